#pragma once

#include "emulator/ApiRouter.h"
#include "emulator/Emulator.h"
#include "emulator/FaultInjector.h"

#include <QUrlQuery>

#include <memory>

namespace novaemu {

class BillingHandlers;
class EmulatorState;
class GroupHandlers;
class QueueEngine;
class ReportHandlers;
class SimBulkHandlers;
class SimListHandler;
class TrafficModel;
class UserHandlers;

// One HTTP request, reduced to what the pipeline needs (no Qt HTTP server types).
struct IncomingRequest {
    QByteArray httpMethod; // GET, POST, ...
    QString path;          // e.g. /api/sim/list
    QUrlQuery query;
    QByteArray authorization; // the Authorization header, if any
    QByteArray body;
};

// Turns a request into an answer: fault injection, routing, authentication, body parsing,
// role checks and the handler call. Also produces the journal entry for the request.
class RequestPipeline final {
    Q_DISABLE_COPY_MOVE(RequestPipeline)

public:
    struct Outcome {
        ApiReply reply;
        Emulator::JournalEntry journal;
        // Set for a queued bulk job whose answer is to be lost, late or an error.
        AcceptedFault acceptedFault = AcceptedFault::None;
        // A bill download to be cut off halfway (EmulatorConfig::downloadCutRate).
        bool cutShort = false;
    };

    RequestPipeline(EmulatorState& state, QueueEngine& queue, const EmulatorConfig& config);
    ~RequestPipeline();

    Outcome process(const IncomingRequest& request);
    FaultInjector& faults() { return m_faults; }
    // Its error rate is the rate of bill downloads cut off halfway.
    FaultInjector& downloadFaults() { return m_downloadFaults; }

private:
    // Resolves a token to (role, user id); Role::None when unknown or the user is inactive.
    std::pair<Role, int> authenticate(const QString& token) const;
    ApiReply processApi(const IncomingRequest& request, ApiContext& ctx,
                        Emulator::JournalEntry& journal);
    ApiReply processDownload(const IncomingRequest& request, ApiContext& ctx,
                             Emulator::JournalEntry& journal);

    EmulatorState& m_state;
    QString m_adminToken;
    QString m_userToken;
    FaultInjector m_faults;
    FaultInjector m_downloadFaults;
    ApiRouter m_router;
    std::unique_ptr<TrafficModel> m_traffic;
    std::unique_ptr<SimListHandler> m_simList;
    std::unique_ptr<SimBulkHandlers> m_simBulk;
    std::unique_ptr<GroupHandlers> m_groups;
    std::unique_ptr<UserHandlers> m_users;
    std::unique_ptr<BillingHandlers> m_billing;
    std::unique_ptr<ReportHandlers> m_reports;
};

} // namespace novaemu
