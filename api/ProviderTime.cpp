#include "api/ProviderTime.h"

#include <QRegularExpression>

namespace simfleet {

namespace ProviderTime {

QTimeZone defaultZone() {
    const QTimeZone zone{QByteArray(kDefaultZoneId)};
    return zone.isValid() ? zone : QTimeZone(kFallbackOffsetSeconds);
}

std::optional<QTimeZone> zoneById(const QString& id) {
    const QString trimmed = id.trimmed();
    if (trimmed.isEmpty())
        return defaultZone();
    // Only the system's known ids: QTimeZone alone also takes any word as a POSIX
    // rule ("Almaty" would be a valid zone at UTC+00:00).
    if (!QTimeZone::isTimeZoneIdAvailable(trimmed.toUtf8()))
        return std::nullopt;
    const QTimeZone zone(trimmed.toUtf8());
    if (!zone.isValid())
        return std::nullopt;
    return zone;
}

QTimeZone zoneOrDefault(const QString& id) {
    return zoneById(id).value_or(defaultZone());
}

QDate dayOf(qint64 unixSeconds, const QTimeZone& zone) {
    return QDateTime::fromSecsSinceEpoch(unixSeconds, zone).date();
}

QDate dayOf(const std::optional<QDateTime>& time, const QTimeZone& zone) {
    return time ? dayOf(time->toSecsSinceEpoch(), zone) : QDate();
}

qint64 startOfDay(const QDate& date, const QTimeZone& zone) {
    return date.startOfDay(zone).toSecsSinceEpoch();
}

std::optional<QDate> parseDate(const QString& text) {
    // Explicit patterns: QDate::fromString alone would also take one-digit days and months.
    static const QRegularExpression dayFirst(QStringLiteral("^(\\d{2})([-.])(\\d{2})\\2(\\d{4})$"));
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    const QString trimmed = text.trimmed();
    QDate date;
    if (const QRegularExpressionMatch m = dayFirst.match(trimmed); m.hasMatch())
        date = QDate(m.captured(4).toInt(), m.captured(3).toInt(), m.captured(1).toInt());
    else if (const QRegularExpressionMatch m = iso.match(trimmed); m.hasMatch())
        date = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (!date.isValid())
        return std::nullopt;
    return date;
}

QString apiDate(const QDate& date) {
    return date.toString(QStringLiteral("dd-MM-yyyy"));
}

} // namespace ProviderTime

} // namespace simfleet
