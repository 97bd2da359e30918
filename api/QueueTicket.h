#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace simfleet {

// The answer of a queued bulk method (sim/block, sim/limit, sim/group, ...).
struct QueueTicket {
    QString queueId;

    // Reads `result.item.queue_id` (string or number -> string, trimmed). Also
    // accepts `result.queue_id` and a top-level `queue_id`, since the guide's
    // own sample of this answer is malformed. nullopt + *problem when none is
    // usable.
    static std::optional<QueueTicket> fromResponse(const QJsonObject& body,
                                                   QString* problem = nullptr);
};

} // namespace simfleet
