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
    m_call =
        V2Service(m_client).change(action, number, params, this, [this](const Result<Sim>& result) {
            m_call.clear();
            m_waitingForLocalAnswer = false;
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

} // namespace simfleet
