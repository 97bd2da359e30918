#pragma once

#include "Sim.h"

#include <QString>

#include <optional>

// What the fleet table's filter bar asks for. Criteria combine (AND).
struct FleetFilter {
    enum class Status { Any, Active, BlockedAny, Code };

    QString text; // free text: ICCID, numbers, name, group names
    std::optional<SimProfile> profile;
    Status status = Status::Any;
    BlockCode blockCode = BlockCode::None; // used when status == Code
    std::optional<bool> msuBlocked;
    std::optional<qint64> groupId;
    std::optional<LimitType> limitType;
    QString tariffName; // exact match; empty = any

    bool isEmpty() const;
    // Everything except the free text matches `sim`.
    bool matchesCriteria(const Sim& sim) const;
    // Every SIM this filter matches is also matched by `wider`, so the new
    // result can be found among the previous one's rows (typing more text).
    bool narrows(const FleetFilter& wider) const;
    // The free text as it is searched: lower-case UTF-8; separators dropped
    // from phone-like input ("+7 701-123" → "7701123") so digits match inside numbers.
    QByteArray needle() const;

    friend bool operator==(const FleetFilter& a, const FleetFilter& b);
    friend bool operator!=(const FleetFilter& a, const FleetFilter& b) { return !(a == b); }
};
