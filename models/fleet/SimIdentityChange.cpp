#include "models/fleet/SimIdentityChange.h"

#include "api/v2/V2Service.h"
#include "models/fleet/FleetRepository.h"

namespace simfleet {

SimIdentityChange::SimIdentityChange(ApiClient* client, FleetRepository* fleet, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_fleet(fleet) {}

bool SimIdentityChange::start(V2Action action, const QString& number,
                              const V2ChangeParams& params) {
    if (isBusy() || !m_client)
        return false;
    if (action != V2Action::Activate && action != V2Action::BindNumber &&
        action != V2Action::SwapSim)
        return false;
    m_waitingForLocalAnswer = true;
    const QString what = describe(action, number, params);
    m_call = V2Service(m_client).change(
        action, number, params, this, [this, action, what](const Result<Sim>& result) {
            m_call.clear();
            m_waitingForLocalAnswer = false;
            if (!result.error.refusedLocally)
                emit sent(action, result.ok()
                                      ? what
                                      : tr("%1 failed: %2").arg(what, result.error.userMessage()));
            if (result.ok()) {
                m_fleet->refresh();
                emit finished(true, {}, {});
                return;
            }
            emit finished(false, result.error.fieldErrors,
                          result.error.refusedLocally ? QString() : result.error.userMessage());
        });
    return true;
}

QString SimIdentityChange::describe(V2Action action, const QString& number,
                                    const V2ChangeParams& params) {
    const auto sim = [](const QString& iccid, const QString& imsi) {
        return iccid.isEmpty() ? tr("IMSI %1").arg(imsi) : tr("ICCID %1").arg(iccid);
    };
    switch (action) {
    case V2Action::Activate:
        return tr("Number %1 → SIM %2, tariff %3")
            .arg(number, sim(params.iccid, params.imsi))
            .arg(params.packetId);
    case V2Action::BindNumber:
        return params.callForwarding ? tr("Number %1 → SIM %2, with call forwarding")
                                           .arg(number, sim(params.iccid, params.imsi))
                                     : tr("Number %1 → SIM %2, without call forwarding")
                                           .arg(number, sim(params.iccid, params.imsi));
    case V2Action::SwapSim:
        return tr("Number %1: SIM %2 → SIM %3")
            .arg(number, sim(params.iccid, params.imsi), sim(params.newIccid, params.newImsi));
    default:
        return number;
    }
}

} // namespace simfleet
