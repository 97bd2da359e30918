#include "models/fleet/FleetFilter.h"

#include "models/fleet/FleetSearchText.h"
#include "models/fleet/SimText.h"

#include <algorithm>

namespace simfleet {

namespace {

bool isPhoneLike(const QString& text) {
    bool digit = false;
    for (QChar c : text) {
        if (c.isDigit())
            digit = true;
        else if (c != QLatin1Char(' ') && c != QLatin1Char('+') && c != QLatin1Char('-') &&
                 c != QLatin1Char('(') && c != QLatin1Char(')'))
            return false;
    }
    return digit;
}

bool sameCriteria(const FleetFilter& a, const FleetFilter& b) {
    return a.profile == b.profile && a.status == b.status &&
           (a.status != FleetFilter::Status::Code || a.blockCode == b.blockCode) &&
           a.groupId == b.groupId && a.limitType == b.limitType && a.nearLimit == b.nearLimit &&
           a.tariffName == b.tariffName && a.onlyIds == b.onlyIds;
}

} // namespace

bool FleetFilter::isEmpty() const {
    return *this == FleetFilter{};
}

namespace {

// The fields the criteria read, from a Sim or from a row of a SimStore; the
// limit is read only when a criterion needs it.
struct SimFields {
    const Sim& sim;
    qint64 id() const { return sim.id; }
    SimProfile profile() const { return sim.profile; }
    BlockCode block() const { return sim.block; }
    LimitType limitType() const { return sim.limit.type; }
    double limitUsage() const { return SimText::limitUsage(sim.limit); }
    const QString& tariffName() const { return sim.tariff.name; }
    const QVector<GroupRef>& groups() const { return sim.groups; }
};

struct StoreFields {
    const SimStore& store;
    qsizetype row;
    qint64 id() const { return store.id(row); }
    SimProfile profile() const { return store.profile(row); }
    BlockCode block() const { return store.block(row); }
    LimitType limitType() const { return store.limitType(row); }
    double limitUsage() const { return SimText::limitUsage(store.limit(row)); }
    const QString& tariffName() const { return store.tariffName(row); }
    const QVector<GroupRef>& groups() const { return store.groups(row); }
};

template <typename Fields> bool matchesFields(const FleetFilter& filter, const Fields& sim) {
    if (filter.profile && sim.profile() != *filter.profile)
        return false;
    const BlockCode block = sim.block();
    switch (filter.status) {
    case FleetFilter::Status::Any:
        break;
    case FleetFilter::Status::Active:
        if (block != BlockCode::None)
            return false;
        break;
    case FleetFilter::Status::BlockedAny:
        if (block == BlockCode::None)
            return false;
        break;
    case FleetFilter::Status::Code:
        if (block != filter.blockCode)
            return false;
        break;
    case FleetFilter::Status::NotMsu:
        if (block == BlockCode::Msu)
            return false;
        break;
    }
    if (filter.onlyIds && !filter.onlyIds->contains(sim.id()))
        return false;
    if (filter.limitType && sim.limitType() != *filter.limitType)
        return false;
    if (filter.nearLimit && sim.limitUsage() < kLimitNearShare)
        return false;
    if (!filter.tariffName.isEmpty() && sim.tariffName() != filter.tariffName)
        return false;
    if (filter.groupId) {
        const QVector<GroupRef>& groups = sim.groups();
        const bool member =
            std::any_of(groups.cbegin(), groups.cend(),
                        [&filter](const GroupRef& g) { return g.id == *filter.groupId; });
        if (!member)
            return false;
    }
    return true;
}

} // namespace

bool FleetFilter::hasCriteria() const {
    return profile || status != Status::Any || onlyIds || limitType || nearLimit ||
           !tariffName.isEmpty() || groupId;
}

bool FleetFilter::matchesCriteria(const Sim& sim) const {
    return matchesFields(*this, SimFields{sim});
}

bool FleetFilter::matchesCriteria(const SimStore& store, qsizetype row) const {
    return !hasCriteria() || matchesFields(*this, StoreFields{store, row});
}

QByteArray FleetFilter::needle() const {
    const QString trimmed = text.trimmed();
    if (isPhoneLike(trimmed)) {
        QByteArray digits;
        digits.reserve(trimmed.size());
        for (QChar c : trimmed) {
            if (c.isDigit())
                digits.append(char(c.unicode() < 0x80 ? c.toLatin1() : '0' + c.digitValue()));
        }
        // "8 701 428…": a Kazakh or Russian number in the local form, which is
        // +7 701 428…. Four digits at least, so typing "8" alone still finds
        // an 8; at most 11, the length of the whole number. Written with
        // separators or as all 11 digits it is a number: searched as +7 only.
        // Otherwise (plain digits, or 89…, which also starts every ICCID and
        // local mobile numbers 8 9xx) both are searched.
        if (!trimmed.startsWith(QLatin1Char('+')) && digits.startsWith('8') && digits.size() >= 4 &&
            digits.size() <= 11) {
            QByteArray international = '7' + digits.mid(1);
            const bool writtenAsNumber = digits.size() == 11 || trimmed.size() != digits.size();
            if (writtenAsNumber && !digits.startsWith("89"))
                return international;
            return digits + FleetSearchText::kAlternative + international;
        }
        return digits;
    }
    return FleetSearchText::fold(trimmed).toUtf8();
}

bool FleetFilter::narrows(const FleetFilter& wider) const {
    if (!sameCriteria(*this, wider))
        return false;
    // Every alternative of the new needle must contain one of the wider
    // needle's: then a row matching the new one matched the wider one.
    const QList<QByteArray> now = needle().split(FleetSearchText::kAlternative);
    const QList<QByteArray> before = wider.needle().split(FleetSearchText::kAlternative);
    return std::all_of(now.cbegin(), now.cend(), [&](const QByteArray& one) {
        return std::any_of(before.cbegin(), before.cend(),
                           [&](const QByteArray& old) { return one.contains(old); });
    });
}

bool operator==(const FleetFilter& a, const FleetFilter& b) {
    return sameCriteria(a, b) && a.text.trimmed() == b.text.trimmed();
}

} // namespace simfleet
