#include "models/fleet/SavedFilters.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace simfleet {

namespace {

QString statusCode(FleetFilter::Status status) {
    switch (status) {
    case FleetFilter::Status::Any:
        break;
    case FleetFilter::Status::Active:
        return QStringLiteral("active");
    case FleetFilter::Status::BlockedAny:
        return QStringLiteral("blocked");
    case FleetFilter::Status::Code:
        return QStringLiteral("code");
    case FleetFilter::Status::NotMsu:
        return QStringLiteral("notMsu");
    }
    return QStringLiteral("any");
}

FleetFilter::Status statusFromCode(const QString& code) {
    if (code == QLatin1String("active"))
        return FleetFilter::Status::Active;
    if (code == QLatin1String("blocked"))
        return FleetFilter::Status::BlockedAny;
    if (code == QLatin1String("code"))
        return FleetFilter::Status::Code;
    if (code == QLatin1String("notMsu"))
        return FleetFilter::Status::NotMsu;
    return FleetFilter::Status::Any;
}

// Filters saved before the MSU criterion became a status choice kept it as
// "msuBlocked": true or false beside the status. Expressed with the status:
// yes = "Blocked: MSU limit", no = "Not blocked by MSU". Where the status
// already decides it (Active, another block code) nothing changes; "Blocked
// (any)" and no stays "Blocked (any)", the nearest the status can say.
void migrateMsuBlocked(FleetFilter& filter, bool msuBlocked) {
    using Status = FleetFilter::Status;
    if (msuBlocked && (filter.status == Status::Any || filter.status == Status::BlockedAny)) {
        filter.status = Status::Code;
        filter.blockCode = BlockCode::Msu;
    } else if (!msuBlocked && filter.status == Status::Any) {
        filter.status = Status::NotMsu;
    }
}

} // namespace

int SavedFilters::indexOf(const QString& name) const {
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

void SavedFilters::save(const QString& name, const FleetFilter& filter) {
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return;
    const int at = indexOf(trimmed);
    if (at >= 0)
        m_items[at] = {trimmed, filter};
    else
        m_items.append({trimmed, filter});
}

bool SavedFilters::rename(const QString& from, const QString& to) {
    const int at = indexOf(from);
    const QString trimmed = to.trimmed();
    if (at < 0 || trimmed.isEmpty())
        return false;
    const int other = indexOf(trimmed);
    if (other >= 0 && other != at)
        return false;
    m_items[at].name = trimmed;
    return true;
}

void SavedFilters::remove(const QString& name) {
    const int at = indexOf(name);
    if (at >= 0)
        m_items.remove(at);
}

QJsonObject SavedFilters::filterToJson(const FleetFilter& filter) {
    QJsonObject o;
    if (!filter.text.isEmpty())
        o.insert(QStringLiteral("text"), filter.text);
    if (filter.profile)
        o.insert(QStringLiteral("profile"), simProfileCode(*filter.profile));
    if (filter.status != FleetFilter::Status::Any)
        o.insert(QStringLiteral("status"), statusCode(filter.status));
    if (filter.status == FleetFilter::Status::Code)
        o.insert(QStringLiteral("block"), QString(blockCodeChar(filter.blockCode)));
    if (filter.groupId)
        o.insert(QStringLiteral("groupId"), double(*filter.groupId));
    if (filter.limitType)
        o.insert(QStringLiteral("limitType"), limitTypeCode(*filter.limitType));
    if (filter.nearLimit)
        o.insert(QStringLiteral("nearLimit"), true);
    if (!filter.tariffName.isEmpty())
        o.insert(QStringLiteral("tariff"), filter.tariffName);
    return o;
}

FleetFilter SavedFilters::filterFromJson(const QJsonObject& o) {
    FleetFilter filter;
    filter.text = o.value(QStringLiteral("text")).toString();
    const QString profile = o.value(QStringLiteral("profile")).toString();
    if (simProfileFromCode(profile) != SimProfile::Unknown)
        filter.profile = simProfileFromCode(profile);
    filter.status = statusFromCode(o.value(QStringLiteral("status")).toString());
    if (filter.status == FleetFilter::Status::Code) {
        const BlockCode block = blockCodeFromString(o.value(QStringLiteral("block")).toString());
        if (block == BlockCode::Unknown)
            filter.status = FleetFilter::Status::Any;
        else
            filter.blockCode = block;
    }
    if (o.value(QStringLiteral("msuBlocked")).isBool())
        migrateMsuBlocked(filter, o.value(QStringLiteral("msuBlocked")).toBool());
    if (o.value(QStringLiteral("groupId")).isDouble())
        filter.groupId = qint64(o.value(QStringLiteral("groupId")).toDouble());
    const QString limit = o.value(QStringLiteral("limitType")).toString();
    if (!limit.isEmpty() && limitTypeFromString(limit) != LimitType::Unknown)
        filter.limitType = limitTypeFromString(limit);
    filter.nearLimit = o.value(QStringLiteral("nearLimit")).toBool();
    filter.tariffName = o.value(QStringLiteral("tariff")).toString();
    return filter;
}

QByteArray SavedFilters::toJson() const {
    QJsonArray array;
    for (const SavedFilter& item : m_items) {
        QJsonObject o = filterToJson(item.filter);
        o.insert(QStringLiteral("name"), item.name);
        array.append(o);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

SavedFilters SavedFilters::fromJson(const QByteArray& json) {
    SavedFilters filters;
    const QJsonArray array = QJsonDocument::fromJson(json).array();
    for (const auto& value : array) {
        const QJsonObject o = value.toObject();
        const QString name = o.value(QStringLiteral("name")).toString().trimmed();
        if (name.isEmpty() || filters.indexOf(name) >= 0)
            continue;
        filters.m_items.append({name, filterFromJson(o)});
    }
    return filters;
}

} // namespace simfleet
