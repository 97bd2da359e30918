#include "views/reports/ReportCharts.h"

#include "models/reports/ReportAggregates.h"
#include "models/reports/UsageReport.h"
#include "views/common/Theme.h"
#include "views/reports/ReportChartParts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QDateTimeAxis>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QLocale>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

// How each chart is drawn from the report's sums.

namespace simfleet {

namespace RA = ReportAggregates;
using namespace ReportChartParts;

void ReportCharts::drawDailyTraffic() {
    const DaySource source = daySource();
    const QVector<RA::DayTotal> days =
        RA::dailyTraffic(source.rows, source.zone, source.first, source.last);
    const bool withCost = !m_usageShown; // the usage report has no cost
    qint64 maxBytes = 0;
    for (const RA::DayTotal& day : days)
        maxBytes = qMax(maxBytes, day.bytes);
    const ByteScale scale = scaleFor(maxBytes);
    auto* series = new QLineSeries;
    series->setName(tr("Traffic, %1").arg(scale.unit));
    series->setPointsVisible(true);
    // Each day at its noon on this computer's clock, which the axis uses.
    for (const RA::DayTotal& day : days)
        series->append(double(QDateTime(day.day, QTime(12, 0)).toMSecsSinceEpoch()),
                       double(day.bytes) / scale.divisor);
    QChart* chart = newChart(chartName(Chart::DailyTraffic));
    chart->addSeries(series);
    auto* x = new QDateTimeAxis;
    x->setFormat(dayFormat());
    x->setTickCount(qBound(2, int(days.size()), 8));
    if (!days.isEmpty())
        x->setRange(QDateTime(days.first().day, QTime(0, 0)),
                    QDateTime(days.last().day, QTime(23, 59)));
    x->setTitleText(tr("Day"));
    auto* y = new QValueAxis;
    y->setTitleText(scale.unit);
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setMin(0);
    y->setMax(qMax(1.0, double(maxBytes) / scale.divisor * 1.05));
    y->applyNiceNumbers();
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    connect(series, &QLineSeries::hovered, this,
            [days, withCost](const QPointF& point, bool state) {
                if (!state) {
                    QToolTip::hideText();
                    return;
                }
                const QDate day = QDateTime::fromMSecsSinceEpoch(qint64(point.x())).date();
                for (const RA::DayTotal& total : days) {
                    if (total.day == day && !withCost) {
                        showTip(tr("%1: %2").arg(QLocale().toString(day, QLocale::ShortFormat),
                                                 ReportsModel::bytesText(total.bytes)));
                        return;
                    }
                    if (total.day == day) {
                        showTip(tr("%1: %2, %3")
                                    .arg(QLocale().toString(day, QLocale::ShortFormat),
                                         ReportsModel::bytesText(total.bytes),
                                         ReportsModel::costText(total.costEur)));
                        return;
                    }
                }
            });
    showChart(chart);
}

void ReportCharts::drawDailyTopSims() {
    const DaySource source = daySource();
    const RA::TopSimsPerDay top =
        RA::dailyTrafficOfTop(source.rows, source.zone, source.first, source.last, kStackedCount);
    qint64 maxBytes = 0;
    for (qsizetype day = 0; day < top.days.size(); ++day) {
        qint64 sum = top.otherBytes.at(day);
        for (const QVector<qint64>& sim : top.bytes)
            sum += sim.at(day);
        maxBytes = qMax(maxBytes, sum);
    }
    const ByteScale scale = scaleFor(maxBytes);
    auto* series = new QStackedBarSeries;
    series->setBarWidth(0.8);
    QStringList names;
    for (qsizetype i = 0; i < top.sims.size(); ++i) {
        const RA::Consumer& sim = top.sims.at(i);
        names << uniqueLabel(simLabel(sim.name, sim.number, sim.simId), names);
        auto* set = new QBarSet(names.last());
        for (qint64 bytes : top.bytes.at(i))
            *set << double(bytes) / scale.divisor;
        series->append(set);
    }
    const bool others = std::any_of(top.otherBytes.cbegin(), top.otherBytes.cend(),
                                    [](qint64 bytes) { return bytes > 0; });
    if (others) {
        auto* set = new QBarSet(tr("All other SIMs"));
        // Quieter than the SIMs named above it.
        const QPalette palette = Theme::current();
        set->setColor(
            Theme::mix(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.3));
        Theme::keepOwnColour(set);
        for (qint64 bytes : top.otherBytes)
            *set << double(bytes) / scale.divisor;
        series->append(set);
    }
    QStringList labels;
    const QString format = dayFormat();
    for (const QDate& day : top.days)
        labels << QLocale().toString(day, format);
    QChart* chart = newChart(chartName(Chart::DailyTopSims));
    chart->addSeries(series);
    chart->legend()->setAlignment(Qt::AlignRight);
    QValueAxis* y = addDayAxes(chart, series, labels);
    y->setTitleText(scale.unit);
    y->setMax(qMax(1.0, double(maxBytes) / scale.divisor * 1.05));
    y->applyNiceNumbers();
    // The sets in order: the top SIMs, then "All other SIMs".
    connect(series, &QStackedBarSeries::hovered, this,
            [top, series](bool status, int index, QBarSet* set) {
                const qsizetype sim = series->barSets().indexOf(set);
                if (!status || index < 0 || index >= top.days.size() || sim < 0) {
                    QToolTip::hideText();
                    return;
                }
                const qint64 bytes =
                    sim < top.bytes.size() ? top.bytes.at(sim).at(index) : top.otherBytes.at(index);
                showTip(tr("%1, %2: %3")
                            .arg(QLocale().toString(top.days.at(index), QLocale::ShortFormat),
                                 set->label(), ReportsModel::bytesText(bytes)));
            });
    connect(series, &QStackedBarSeries::clicked, this, [this, top, series](int, QBarSet* set) {
        const qsizetype sim = series->barSets().indexOf(set);
        if (sim >= 0 && sim < top.sims.size())
            emit simRequested(top.sims.at(sim).simId);
    });
    showChart(chart);
}

void ReportCharts::drawTop(Chart which) {
    const bool byCost = which == Chart::TopByCost;
    const bool usage = which == Chart::UsageTop && m_usage;
    const QVector<RA::Consumer> top =
        usage ? m_usage->topConsumers(UsageReport::kTopCount)
              : RA::topConsumers(m_model->daily()->rows(),
                                 byCost ? RA::RankBy::Cost : RA::RankBy::Traffic, kTopCount);
    qint64 maxBytes = 0;
    for (const RA::Consumer& sim : top)
        maxBytes = qMax(maxBytes, sim.bytes);
    const ByteScale scale = scaleFor(maxBytes);
    auto* set = new QBarSet(byCost ? tr("Cost, EUR") : tr("Traffic, %1").arg(scale.unit));
    QStringList labels;
    // Bottom to top: the biggest at the top.
    for (qsizetype i = top.size() - 1; i >= 0; --i) {
        const RA::Consumer& sim = top.at(i);
        *set << (byCost ? sim.costEur : double(sim.bytes) / scale.divisor);
        labels << uniqueLabel(simLabel(sim.name, sim.number, sim.simId), labels);
        m_barSims << sim.simId;
    }
    QChart* chart = newChart(chartName(which));
    QHorizontalBarSeries* series =
        addHorizontalBars(chart, set, labels, byCost ? tr("EUR") : scale.unit,
                          byCost ? QStringLiteral("%.2f") : QStringLiteral("%.0f"));
    const QVector<RA::Consumer> bottomUp(top.rbegin(), top.rend());
    connect(series, &QHorizontalBarSeries::hovered, this,
            [bottomUp, usage](bool status, int index, QBarSet*) {
                if (!status || index < 0 || index >= bottomUp.size()) {
                    QToolTip::hideText();
                    return;
                }
                const RA::Consumer& sim = bottomUp.at(index);
                if (usage) {
                    showTip(tr("%1\nTraffic %2\nClick to open the SIM")
                                .arg(sim.number, ReportsModel::bytesText(sim.bytes)));
                    return;
                }
                showTip(tr("%1 (%2, ICCID %3)\nTraffic %4, cost %5\nClick to open the SIM")
                            .arg(simLabel(sim.name, sim.number, sim.simId), sim.number, sim.iccid,
                                 ReportsModel::bytesText(sim.bytes),
                                 ReportsModel::costText(sim.costEur)));
            });
    connect(series, &QHorizontalBarSeries::clicked, this, [this](int index, QBarSet*) {
        if (index >= 0 && index < m_barSims.size())
            emit simRequested(m_barSims.at(index));
    });
    showChart(chart);
}

void ReportCharts::drawNamed(bool byOperator) {
    QVector<RA::NamedTotal> totals = byOperator ? RA::trafficByOperator(m_model->sessions()->rows())
                                                : RA::trafficByCountry(m_model->sessions()->rows());
    // The biggest, and the rest summed as "Other".
    if (totals.size() > kNamedCount) {
        RA::NamedTotal other;
        other.name = tr("Other");
        for (qsizetype i = kNamedCount - 1; i < totals.size(); ++i) {
            other.bytes += totals.at(i).bytes;
            other.costEur += totals.at(i).costEur;
            other.sessions += totals.at(i).sessions;
        }
        totals.resize(kNamedCount - 1);
        totals.append(other);
    }
    qint64 maxBytes = 0;
    for (const RA::NamedTotal& total : totals)
        maxBytes = qMax(maxBytes, total.bytes);
    const ByteScale scale = scaleFor(maxBytes);
    auto* set = new QBarSet(tr("Traffic, %1").arg(scale.unit));
    QStringList labels;
    const QVector<RA::NamedTotal> bottomUp(totals.rbegin(), totals.rend());
    for (const RA::NamedTotal& total : bottomUp) {
        *set << double(total.bytes) / scale.divisor;
        labels << uniqueLabel(total.name.isEmpty() ? tr("Unknown") : total.name, labels);
    }
    QChart* chart = newChart(chartName(byOperator ? Chart::ByOperator : Chart::ByCountry));
    QHorizontalBarSeries* series =
        addHorizontalBars(chart, set, labels, scale.unit, QStringLiteral("%.0f"));
    connect(series, &QHorizontalBarSeries::hovered, this,
            [bottomUp, labels](bool status, int index, QBarSet*) {
                if (!status || index < 0 || index >= bottomUp.size()) {
                    QToolTip::hideText();
                    return;
                }
                const RA::NamedTotal& total = bottomUp.at(index);
                showTip(tr("%1: %2 in %n session(s), cost %3", "", int(total.sessions))
                            .arg(labels.at(index).trimmed(), ReportsModel::bytesText(total.bytes),
                                 ReportsModel::costText(total.costEur)));
            });
    showChart(chart);
}

void ReportCharts::drawHours() {
    const std::array<qint64, 24> hours = RA::sessionsByHour(m_model->sessions()->rows());
    auto* set = new QBarSet(tr("Sessions started"));
    QStringList labels;
    qint64 max = 0;
    for (int hour = 0; hour < 24; ++hour) {
        *set << double(hours[size_t(hour)]);
        labels << QString::number(hour);
        max = qMax(max, hours[size_t(hour)]);
    }
    auto* series = new QBarSeries;
    series->append(set);
    QChart* chart = newChart(chartName(Chart::ByHour));
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(labels);
    x->setTitleText(tr("Hour of day (this computer's time)"));
    auto* y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setMin(0);
    y->setMax(qMax<double>(1.0, double(max) * 1.05));
    y->applyNiceNumbers();
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    connect(series, &QBarSeries::hovered, this, [hours](bool status, int index, QBarSet*) {
        if (!status || index < 0 || index >= 24) {
            QToolTip::hideText();
            return;
        }
        showTip(tr("%1:00–%1:59: %n session(s)", "", int(hours[size_t(index)]))
                    .arg(index, 2, 10, QLatin1Char('0')));
    });
    showChart(chart);
}

void ReportCharts::drawCallsPerDay() {
    const ReportQuery& query = m_model->query(ReportsModel::Kind::CallsAndSms);
    const QVector<RA::CallSmsDay> days = RA::callsAndSmsPerDay(
        m_model->callsAndSms()->rows(), m_model->providerZone(), query.start, query.end);
    using Type = CallSmsReportRow::Type;
    const QVector<Type> types{Type::Call, Type::IncomingSms, Type::OutgoingSms, Type::Ussd};
    auto* series = new QStackedBarSeries;
    QVector<QBarSet*> sets;
    for (Type type : types) {
        auto* set = new QBarSet(ReportsModel::typeName(type));
        sets << set;
        series->append(set);
    }
    QStringList labels;
    const QString format = dayFormat();
    for (const RA::CallSmsDay& day : days) {
        *sets[0] << day.calls;
        *sets[1] << day.incomingSms;
        *sets[2] << day.outgoingSms;
        *sets[3] << day.ussd;
        labels << QLocale().toString(day.day, format);
    }
    QChart* chart = newChart(chartName(Chart::CallsPerDay));
    chart->addSeries(series);
    addDayAxes(chart, series, labels)->applyNiceNumbers();
    connect(series, &QStackedBarSeries::hovered, this,
            [days](bool status, int index, QBarSet* set) {
                if (!status || index < 0 || index >= days.size() || !set) {
                    QToolTip::hideText();
                    return;
                }
                showTip(tr("%1, %2: %3")
                            .arg(QLocale().toString(days.at(index).day, QLocale::ShortFormat),
                                 set->label(), QLocale().toString(int(set->at(index)))));
            });
    showChart(chart);
}

} // namespace simfleet
