#pragma once

#include "api/ApiError.h"
#include "api/v2/V2Methods.h"

#include <QMap>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace simfleet {

class ApiCall;
class ApiClient;
class FleetRepository;

// One change of which SIM a number belongs to, at the second operator:
// activating a blank SIM with a number and a tariff, binding the number to a
// SIM (with or without call forwarding), or moving it to a new SIM. One
// request, answered at once; the fleet is read again when it worked. What
// the operator's checks would refuse is refused before sending, named by
// the operator's own field names, as its 422 answers are.
class SimIdentityChange final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimIdentityChange)

public:
    SimIdentityChange(ApiClient* client, FleetRepository* fleet, QObject* parent = nullptr);

    // Only Activate, BindNumber and SwapSim; false (nothing sent) when busy.
    bool start(V2Action action, const QString& number, const V2ChangeParams& params);
    bool isBusy() const { return !m_call.isNull() || m_waitingForLocalAnswer; }

signals:
    // A request left and was answered (or not): what it asked for and, when it
    // did not work, why (translated), for the audit trail.
    void sent(V2Action action, const QString& details);
    // `fieldErrors`: texts per field (local checks or the operator's 422);
    // `message`: what happened and what to do (translated); both empty on success.
    void finished(bool ok, const QMap<QString, QStringList>& fieldErrors, const QString& message);

private:
    // "Number 79001234567 → SIM 8970…, tariff 12" (translated).
    static QString describe(V2Action action, const QString& number, const V2ChangeParams& params);

    QPointer<ApiClient> m_client;
    FleetRepository* m_fleet;
    QPointer<ApiCall> m_call;
    bool m_waitingForLocalAnswer = false;
};

} // namespace simfleet
