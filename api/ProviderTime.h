#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace simfleet {

// The provider's calendar. NovaConnect gives a report `day` and a bill's
// issue and payment dates as Unix seconds with no time zone, and reads the
// report filter's DD-MM-YYYY as its own calendar dates. Its day starts at its
// own midnight (Kazakhstan), not the user's: a day is therefore always read in
// the provider's zone, whatever the zone of this computer. Instants (session
// start and end, SMS time) are not days and stay in the user's zone.
namespace ProviderTime {

// The IANA id of NovaConnect's zone, used unless the account's settings say otherwise.
inline constexpr const char* kDefaultZoneId = "Asia/Almaty";
// Asia/Almaty's offset since 2024-03-01, used when the system has no zone data for it.
inline constexpr int kFallbackOffsetSeconds = 5 * 3600;

// Asia/Almaty from the system's zone data, else a fixed UTC+05:00.
QTimeZone defaultZone();
// The zone with this IANA id, or nullopt when the system does not know it
// (an empty or blank id gives defaultZone()).
std::optional<QTimeZone> zoneById(const QString& id);
// `id` when the system knows it, else defaultZone().
QTimeZone zoneOrDefault(const QString& id);

// The provider's calendar date that contains the instant.
QDate dayOf(qint64 unixSeconds, const QTimeZone& zone);
// An invalid QDate for nullopt.
QDate dayOf(const std::optional<QDateTime>& time, const QTimeZone& zone);
// The first second of `date` in the zone, as Unix seconds.
qint64 startOfDay(const QDate& date, const QTimeZone& zone);

// A calendar date as the API writes it (DD-MM-YYYY), as ISO 8601 (YYYY-MM-DD)
// or as DD.MM.YYYY; surrounding spaces are ignored. nullopt for anything else,
// including dates that do not exist (31-02-2026).
std::optional<QDate> parseDate(const QString& text);
// DD-MM-YYYY, the API's form.
QString apiDate(const QDate& date);

} // namespace ProviderTime

} // namespace simfleet
