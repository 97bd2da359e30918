#pragma once

#include "api/ReportRows.h"

#include <QDate>
#include <QString>
#include <QTimeZone>
#include <QVector>

#include <array>

namespace simfleet {

// What the report charts plot: sums over the rows, never one point per row.
// Pure functions over parsed rows (no widgets, no network), so a report of
// 300,000 rows draws as fast as one of 300. Days are the provider's calendar
// days (ProviderTime.h).
namespace ReportAggregates {

// One provider day's traffic and cost.
struct DayTotal {
    QDate day;
    qint64 bytes = 0;
    double costEur = 0;
};

// A country's or operator's share of the sessions.
struct NamedTotal {
    QString name;
    qint64 bytes = 0;
    double costEur = 0;
    qint64 sessions = 0;
};

// SMS & calls of one provider day, by type.
struct CallSmsDay {
    QDate day;
    int calls = 0, incomingSms = 0, outgoingSms = 0, ussd = 0, other = 0;
    int total() const { return calls + incomingSms + outgoingSms + ussd + other; }
};

// One SIM's sums over the range.
struct Consumer {
    qint64 simId = 0;
    QString name, number, iccid;
    qint64 bytes = 0;
    double costEur = 0;
};

// A SIM's day far above its own median day in the range.
struct Anomaly {
    qint64 simId = 0;
    QString name, number, iccid;
    QDate day;
    qint64 bytes = 0;
    qint64 medianBytes = 0;
    double factor = 0; // bytes / medianBytes; infinity when the median is 0
};

struct AnomalyThresholds {
    static constexpr double kDefaultFactor = 5.0;
    static constexpr qint64 kDefaultMinBytes = 50LL * 1024 * 1024; // 50 MB
    double factor = kDefaultFactor;
    qint64 minBytes = kDefaultMinBytes;
};

enum class RankBy { Traffic, Cost };

// The daily traffic of the SIMs with the most traffic in the range, one
// series of `days` per SIM (biggest first), and the traffic of all other SIMs
// per day in `otherBytes` (zeros when there are no others).
struct TopSimsPerDay {
    QVector<QDate> days;
    QVector<Consumer> sims;
    QVector<QVector<qint64>> bytes; // [sim][day]
    QVector<qint64> otherBytes;     // [day]
};

// Every day from `first` to `last` (inclusive, zeros where nothing was used)
// with the daily rows summed per day; rows outside the range are left out.
QVector<DayTotal> dailyTraffic(const QVector<DayReportRow>& rows, const QTimeZone& providerZone,
                               const QDate& first, const QDate& last);
// Sessions summed by country / operator name, most traffic first (ties by name);
// an empty name is kept as "" for the caller to label.
QVector<NamedTotal> trafficByCountry(const QVector<SessionReportRow>& rows);
QVector<NamedTotal> trafficByOperator(const QVector<SessionReportRow>& rows);
// Sessions started in each hour of the day (0..23), in `zone` (the user's by default).
std::array<qint64, 24> sessionsByHour(const QVector<SessionReportRow>& rows,
                                      const QTimeZone& zone = QTimeZone::systemTimeZone());
// Every day from `first` to `last` with the events of that provider day by type.
QVector<CallSmsDay> callsAndSmsPerDay(const QVector<CallSmsReportRow>& rows,
                                      const QTimeZone& providerZone, const QDate& first,
                                      const QDate& last);
// The `count` SIMs with the most traffic (or cost), biggest first (ties by SIM id).
QVector<Consumer> topConsumers(const QVector<DayReportRow>& rows, RankBy by, int count = 20);
// Every day from `first` to `last`, the `count` SIMs with the most traffic in
// those days and each one's traffic per day.
TopSimsPerDay dailyTrafficOfTop(const QVector<DayReportRow>& rows, const QTimeZone& providerZone,
                                const QDate& first, const QDate& last, int count = 10);
// Every (SIM, day) whose traffic is >= thresholds.factor x the SIM's median
// daily traffic over the range's days (a day without a row counts as 0; for a
// SIM idle on most days, the median of the days it was used) and
// >= thresholds.minBytes; the biggest factor first, then most traffic.
QVector<Anomaly> anomalies(const QVector<DayReportRow>& rows, const QTimeZone& providerZone,
                           const QDate& first, const QDate& last,
                           const AnomalyThresholds& thresholds = {});

} // namespace ReportAggregates

} // namespace simfleet
