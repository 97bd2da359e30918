#pragma once

#include "api/Sim.h"
#include "models/fleet/SimStore.h"

#include <QSet>
#include <QString>

#include <optional>

namespace simfleet {

// From this share of its data limit used (SimText::limitUsage), a SIM's limit
// is "near" (the table's amber bar, the Home page's count, FleetFilter::nearLimit).
inline constexpr double kLimitNearShare = 0.8;

// What the fleet table's filter bar asks for. Criteria combine (AND).
struct FleetFilter {
    // NotMsu: every SIM except those blocked by the MSU limit (the one MSU
    // choice besides Code + BlockCode::Msu; it replaces the former separate
    // "MSU blocked: yes/no" criterion, which saved filters migrate from).
    enum class Status { Any, Active, BlockedAny, Code, NotMsu };

    QString text; // free text: ICCID, numbers, name, group names
    std::optional<SimProfile> profile;
    Status status = Status::Any;
    BlockCode blockCode = BlockCode::None; // used when status == Code
    std::optional<qint64> groupId;
    std::optional<LimitType> limitType;
    // Only SIMs whose data limit is near or reached (SimText::limitUsage() at
    // least kLimitNearShare).
    bool nearLimit = false;
    QString tariffName; // exact match; empty = any
    // "Show only selected": only these SIMs (by id). Never saved with a filter.
    std::optional<QSet<qint64>> onlyIds;

    bool isEmpty() const;
    // Any criterion besides the free text is set.
    bool hasCriteria() const;
    // Everything except the free text matches `sim`.
    bool matchesCriteria(const Sim& sim) const;
    bool matchesCriteria(const SimStore& store, qsizetype row) const;
    // Every SIM this filter matches is also matched by `wider`, so the new
    // result can be found among the previous one's rows (typing more text).
    bool narrows(const FleetFilter& wider) const;
    // The free text as it is searched: lower-case UTF-8 with "ё" as "е"
    // (FleetSearchText::fold); separators dropped from phone-like input
    // ("+7 701-123" → "7701123") so digits match inside numbers. Input in the
    // local form ("8 701 428") is searched as +7; when it may also start an
    // ICCID ("8997…", "8 912…") both are searched, as alternatives separated
    // by FleetSearchText::kAlternative.
    QByteArray needle() const;

    friend bool operator==(const FleetFilter& a, const FleetFilter& b);
    friend bool operator!=(const FleetFilter& a, const FleetFilter& b) { return !(a == b); }
};

} // namespace simfleet
