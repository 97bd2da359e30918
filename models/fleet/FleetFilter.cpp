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

bool FleetFilter::matchesCriteria(const Sim& sim) const {
    return matchesFields(sim.id, sim.profile, sim.block, sim.limit, sim.tariff.name, sim.groups);
}

bool FleetFilter::matchesCriteria(const SimStore& store, qsizetype row) const {
    return matchesFields(store.id(row), store.profile(row), store.block(row), store.limit(row),
                         store.tariffName(row), store.groups(row));
}

bool FleetFilter::matchesFields(qint64 id, SimProfile simProfile, BlockCode block,
                                const SimLimit& limit, const QString& simTariff,
                                const QVector<GroupRef>& groups) const {
    if (profile && simProfile != *profile)
        return false;
    switch (status) {
    case Status::Any:
        break;
    case Status::Active:
        if (block != BlockCode::None)
            return false;
        break;
    case Status::BlockedAny:
        if (block == BlockCode::None)
            return false;
        break;
    case Status::Code:
        if (block != blockCode)
            return false;
        break;
    case Status::NotMsu:
        if (block == BlockCode::Msu)
            return false;
        break;
    }
    if (onlyIds && !onlyIds->contains(id))
        return false;
    if (limitType && limit.type != *limitType)
        return false;
    if (nearLimit && SimText::limitUsage(limit) < kLimitNearShare)
        return false;
    if (!tariffName.isEmpty() && simTariff != tariffName)
        return false;
    if (groupId) {
        bool member = false;
        for (const GroupRef& g : groups) {
            if (g.id == *groupId) {
                member = true;
                break;
            }
        }
        if (!member)
            return false;
    }
    return true;
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
