#include "models/reports/ReportAggregates.h"

#include "api/ProviderTime.h"

#include <QHash>

#include <algorithm>
#include <limits>

namespace simfleet::ReportAggregates {

namespace {

// Index of `day` in [first, last], or -1.
qint64 dayIndex(const QDate& day, const QDate& first, const QDate& last) {
    if (!day.isValid() || !first.isValid() || !last.isValid() || day < first || day > last)
        return -1;
    return first.daysTo(day);
}

// The index in [first, last] of a daily row's provider day, or -1. A report
// stamps every row of a day with the same instant, and converting an instant
// to the provider's zone costs far more than looking it up: each instant is
// converted once.
class DayIndexer {
public:
    DayIndexer(const QTimeZone& zone, const QDate& first, const QDate& last)
        : m_zone(zone)
        , m_first(first)
        , m_last(last) {}

    qint64 operator()(const DayReportRow& row) {
        if (!row.day || !row.day->isValid())
            return dayIndex(QDate(), m_first, m_last);
        const qint64 secs = row.day->toSecsSinceEpoch();
        if (secs == m_lastSecs)
            return m_lastIndex;
        auto found = m_indexOf.constFind(secs);
        if (found == m_indexOf.constEnd())
            found = m_indexOf.insert(secs, dayIndex(row.calendarDay(m_zone), m_first, m_last));
        m_lastSecs = secs;
        m_lastIndex = *found;
        return m_lastIndex;
    }

private:
    QTimeZone m_zone;
    QDate m_first, m_last;
    QHash<qint64, qint64> m_indexOf;
    qint64 m_lastSecs = std::numeric_limits<qint64>::min();
    qint64 m_lastIndex = -1;
};

qint64 dayCount(const QDate& first, const QDate& last) {
    if (!first.isValid() || !last.isValid() || last < first)
        return 0;
    return first.daysTo(last) + 1;
}

template <typename Row> void copySim(Consumer& consumer, const Row& row) {
    consumer.simId = row.simId;
    if (consumer.name.isEmpty())
        consumer.name = row.name;
    if (consumer.number.isEmpty())
        consumer.number = row.number;
    if (consumer.iccid.isEmpty())
        consumer.iccid = row.iccid;
}

QVector<NamedTotal> byName(const QVector<SessionReportRow>& rows,
                           QString SessionReportRow::*field) {
    QHash<QString, NamedTotal> totals;
    for (const SessionReportRow& row : rows) {
        const QString name = (row.*field).trimmed();
        NamedTotal& total = totals[name];
        total.name = name;
        total.bytes += row.bytes;
        total.costEur += row.costEur;
        ++total.sessions;
    }
    QVector<NamedTotal> list;
    list.reserve(totals.size());
    for (const NamedTotal& total : std::as_const(totals))
        list.append(total);
    std::sort(list.begin(), list.end(), [](const NamedTotal& a, const NamedTotal& b) {
        return a.bytes != b.bytes ? a.bytes > b.bytes : a.name < b.name;
    });
    return list;
}

// Each SIM's sums over the rows `keep` accepts.
template <typename Keep>
QHash<qint64, Consumer> sumBySim(const QVector<DayReportRow>& rows, const Keep& keep) {
    QHash<qint64, Consumer> sims;
    for (const DayReportRow& row : rows) {
        if (!keep(row))
            continue;
        Consumer& consumer = sims[row.simId];
        copySim(consumer, row);
        consumer.bytes += row.bytes;
        consumer.costEur += row.costEur;
    }
    return sims;
}

// The `count` biggest, biggest first (ties by SIM id).
QVector<Consumer> ranked(const QHash<qint64, Consumer>& sims, RankBy by, int count) {
    QVector<Consumer> list;
    list.reserve(sims.size());
    for (const Consumer& consumer : sims)
        list.append(consumer);
    const auto bigger = [by](const Consumer& a, const Consumer& b) {
        if (by == RankBy::Cost && a.costEur != b.costEur)
            return a.costEur > b.costEur;
        if (by == RankBy::Traffic && a.bytes != b.bytes)
            return a.bytes > b.bytes;
        return a.simId < b.simId;
    };
    const qsizetype kept = qMin(qsizetype(qMax(0, count)), list.size());
    std::partial_sort(list.begin(), list.begin() + kept, list.end(), bigger);
    list.resize(kept);
    return list;
}

qint64 medianOf(QVector<qint64> values) {
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

} // namespace

QVector<DayTotal> dailyTraffic(const QVector<DayReportRow>& rows, const QTimeZone& providerZone,
                               const QDate& first, const QDate& last) {
    QVector<DayTotal> days(dayCount(first, last));
    for (qsizetype i = 0; i < days.size(); ++i)
        days[i].day = first.addDays(i);
    DayIndexer dayOf(providerZone, first, last);
    for (const DayReportRow& row : rows) {
        const qint64 index = dayOf(row);
        if (index < 0)
            continue;
        days[index].bytes += row.bytes;
        days[index].costEur += row.costEur;
    }
    return days;
}

QVector<NamedTotal> trafficByCountry(const QVector<SessionReportRow>& rows) {
    return byName(rows, &SessionReportRow::countryName);
}

QVector<NamedTotal> trafficByOperator(const QVector<SessionReportRow>& rows) {
    return byName(rows, &SessionReportRow::operatorName);
}

std::array<qint64, 24> sessionsByHour(const QVector<SessionReportRow>& rows,
                                      const QTimeZone& zone) {
    std::array<qint64, 24> hours{};
    for (const SessionReportRow& row : rows) {
        if (!row.start || !row.start->isValid())
            continue;
        const int hour = row.start->toTimeZone(zone).time().hour();
        if (hour >= 0 && hour < 24)
            ++hours[size_t(hour)];
    }
    return hours;
}

QVector<CallSmsDay> callsAndSmsPerDay(const QVector<CallSmsReportRow>& rows,
                                      const QTimeZone& providerZone, const QDate& first,
                                      const QDate& last) {
    QVector<CallSmsDay> days(dayCount(first, last));
    for (qsizetype i = 0; i < days.size(); ++i)
        days[i].day = first.addDays(i);
    for (const CallSmsReportRow& row : rows) {
        const qint64 index = dayIndex(ProviderTime::dayOf(row.date, providerZone), first, last);
        if (index < 0)
            continue;
        CallSmsDay& day = days[index];
        switch (row.type) {
        case CallSmsReportRow::Type::Call:
            ++day.calls;
            break;
        case CallSmsReportRow::Type::IncomingSms:
            ++day.incomingSms;
            break;
        case CallSmsReportRow::Type::OutgoingSms:
            ++day.outgoingSms;
            break;
        case CallSmsReportRow::Type::Ussd:
            ++day.ussd;
            break;
        case CallSmsReportRow::Type::Unknown:
            ++day.other;
            break;
        }
    }
    return days;
}

QVector<Consumer> topConsumers(const QVector<DayReportRow>& rows, RankBy by, int count) {
    return ranked(sumBySim(rows, [](const DayReportRow&) { return true; }), by, count);
}

TopSimsPerDay dailyTrafficOfTop(const QVector<DayReportRow>& rows, const QTimeZone& providerZone,
                                const QDate& first, const QDate& last, int count) {
    TopSimsPerDay result;
    const qint64 days = dayCount(first, last);
    result.days.reserve(days);
    for (qint64 i = 0; i < days; ++i)
        result.days.append(first.addDays(i));
    result.otherBytes.fill(0, days);
    // Only the range's days rank the SIMs.
    DayIndexer dayOf(providerZone, first, last);
    const auto inRange = [&dayOf](const DayReportRow& row) { return dayOf(row) >= 0; };
    result.sims = ranked(sumBySim(rows, inRange), RankBy::Traffic, count);
    QHash<qint64, int> seriesOf;
    for (int i = 0; i < result.sims.size(); ++i)
        seriesOf.insert(result.sims.at(i).simId, i);
    result.bytes = QVector<QVector<qint64>>(result.sims.size(), QVector<qint64>(days, 0));
    for (const DayReportRow& row : rows) {
        const qint64 day = dayOf(row);
        if (day < 0)
            continue;
        const auto series = seriesOf.constFind(row.simId);
        if (series == seriesOf.constEnd())
            result.otherBytes[day] += row.bytes;
        else
            result.bytes[*series][day] += row.bytes;
    }
    return result;
}

QVector<Anomaly> anomalies(const QVector<DayReportRow>& rows, const QTimeZone& providerZone,
                           const QDate& first, const QDate& last,
                           const AnomalyThresholds& thresholds) {
    const qint64 days = dayCount(first, last);
    struct SimDays {
        Consumer sim;
        QVector<qint64> bytes;
    };
    QHash<qint64, SimDays> sims;
    DayIndexer dayOf(providerZone, first, last);
    for (const DayReportRow& row : rows) {
        const qint64 index = dayOf(row);
        if (index < 0)
            continue;
        SimDays& sim = sims[row.simId];
        if (sim.bytes.isEmpty())
            sim.bytes.resize(days);
        copySim(sim.sim, row);
        sim.bytes[index] += row.bytes;
    }
    QVector<Anomaly> found;
    for (const SimDays& sim : std::as_const(sims)) {
        // A SIM idle on most days has a median of 0: its own used days are its baseline
        // then, or every day it is used would count.
        qint64 median = medianOf(sim.bytes);
        if (median == 0) {
            QVector<qint64> used;
            for (qint64 bytes : sim.bytes) {
                if (bytes > 0)
                    used.append(bytes);
            }
            median = medianOf(std::move(used));
        }
        for (qint64 i = 0; i < days; ++i) {
            const qint64 bytes = sim.bytes.at(i);
            if (bytes < thresholds.minBytes || bytes <= 0)
                continue;
            const double factor = median > 0 ? double(bytes) / double(median)
                                             : std::numeric_limits<double>::infinity();
            if (factor < thresholds.factor)
                continue;
            Anomaly anomaly;
            anomaly.simId = sim.sim.simId;
            anomaly.name = sim.sim.name;
            anomaly.number = sim.sim.number;
            anomaly.iccid = sim.sim.iccid;
            anomaly.day = first.addDays(i);
            anomaly.bytes = bytes;
            anomaly.medianBytes = median;
            anomaly.factor = factor;
            found.append(anomaly);
        }
    }
    std::sort(found.begin(), found.end(), [](const Anomaly& a, const Anomaly& b) {
        if (a.factor != b.factor)
            return a.factor > b.factor;
        if (a.bytes != b.bytes)
            return a.bytes > b.bytes;
        return a.simId != b.simId ? a.simId < b.simId : a.day < b.day;
    });
    return found;
}

} // namespace simfleet::ReportAggregates
