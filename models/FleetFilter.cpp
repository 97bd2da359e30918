#include "FleetFilter.h"

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
           a.msuBlocked == b.msuBlocked && a.groupId == b.groupId && a.limitType == b.limitType &&
           a.tariffName == b.tariffName;
}

} // namespace

bool FleetFilter::isEmpty() const {
    return *this == FleetFilter{};
}

bool FleetFilter::matchesCriteria(const Sim& sim) const {
    if (profile && sim.profile != *profile)
        return false;
    switch (status) {
    case Status::Any:
        break;
    case Status::Active:
        if (sim.block != BlockCode::None)
            return false;
        break;
    case Status::BlockedAny:
        if (sim.block == BlockCode::None)
            return false;
        break;
    case Status::Code:
        if (sim.block != blockCode)
            return false;
        break;
    }
    if (msuBlocked && (sim.block == BlockCode::Msu) != *msuBlocked)
        return false;
    if (limitType && sim.limit.type != *limitType)
        return false;
    if (!tariffName.isEmpty() && sim.tariff.name != tariffName)
        return false;
    if (groupId) {
        bool member = false;
        for (const GroupRef& g : sim.groups) {
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
        QString digits;
        digits.reserve(trimmed.size());
        for (QChar c : trimmed) {
            if (c.isDigit())
                digits.append(c);
        }
        return digits.toLatin1();
    }
    return trimmed.toLower().toUtf8();
}

bool FleetFilter::narrows(const FleetFilter& wider) const {
    return sameCriteria(*this, wider) && needle().contains(wider.needle());
}

bool operator==(const FleetFilter& a, const FleetFilter& b) {
    return sameCriteria(a, b) && a.text.trimmed() == b.text.trimmed();
}
