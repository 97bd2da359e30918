#pragma once

#include "emulator/ApiRouter.h"
#include "emulator/QueuedBulkJob.h"

#include <optional>

namespace novaemu {

class EmulatorState;
class QueueEngine;

// The queued SIM operations (sim/block ... sim/group) and the synchronous sim/edit.
// Requests are validated here; the effect is applied later by the QueueEngine.
class SimBulkHandlers final {
    Q_DISABLE_COPY_MOVE(SimBulkHandlers)

public:
    SimBulkHandlers(EmulatorState& state, QueueEngine& queue);
    void registerRoutes(ApiRouter& router);

private:
    ApiReply bulk(const ApiContext& ctx, const QString& queue);
    ApiReply edit(const ApiContext& ctx);
    std::optional<ApiReply> readParams(const ApiContext& ctx, QueuedBulkJob* job);
    std::optional<ApiReply> readGroups(const ApiContext& ctx, QueuedBulkJob* job);
    std::optional<ApiReply> readCallback(const ApiContext& ctx, QueuedBulkJob* job) const;

    EmulatorState& m_state;
    QueueEngine& m_queue;
};

} // namespace novaemu
