#include "emulator/ProviderCalendar.h"

#include <QDateTime>

#include <limits>

namespace novaemu::ProviderCalendar {

namespace {
const QDate kEpoch(1970, 1, 1);
} // namespace

const QTimeZone& zone() {
    static const QTimeZone almaty = [] {
        const QTimeZone named(QByteArrayLiteral("Asia/Almaty"));
        return named.isValid() ? named : QTimeZone(5 * 3600);
    }();
    return almaty;
}

qint64 dayNumber(const QDate& date) {
    return kEpoch.daysTo(date);
}

QDate dateOf(qint64 dayNumber) {
    return kEpoch.addDays(dayNumber);
}

qint64 dayOfInstant(qint64 unixSeconds) {
    return dayNumber(QDateTime::fromSecsSinceEpoch(unixSeconds, zone()).date());
}

qint64 midnight(qint64 dayNumber) {
    // Reports ask for the same day's midnight for every row of that day, and a
    // time-zone conversion costs microseconds: remember the last one.
    thread_local qint64 lastDay = std::numeric_limits<qint64>::min();
    thread_local qint64 lastMidnight = 0;
    if (dayNumber != lastDay) {
        lastMidnight = dateOf(dayNumber).startOfDay(zone()).toSecsSinceEpoch();
        lastDay = dayNumber;
    }
    return lastMidnight;
}

} // namespace novaemu::ProviderCalendar
