#pragma once

#include <QDate>
#include <QTimeZone>

namespace novaemu {

// NovaConnect's calendar. The provider is in Kazakhstan: its days begin at
// midnight in Asia/Almaty, report days and bill issue dates are stamped with
// that midnight, and the report filter's DD-MM-YYYY dates are its calendar
// dates. Days are numbered as days since 1970-01-01 of that calendar.
namespace ProviderCalendar {

// Asia/Almaty from the system's zone data, else a fixed UTC+05:00 (its offset since 2024-03-01).
const QTimeZone& zone();

qint64 dayNumber(const QDate& date);
QDate dateOf(qint64 dayNumber);
// The provider's day that contains the instant (Unix seconds).
qint64 dayOfInstant(qint64 unixSeconds);
// The provider's midnight that starts the day, as Unix seconds.
qint64 midnight(qint64 dayNumber);

} // namespace ProviderCalendar

} // namespace novaemu
