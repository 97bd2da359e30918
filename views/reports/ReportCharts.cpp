#include "views/reports/ReportCharts.h"

#include "models/reports/ReportAggregates.h"
#include "views/common/SaveFileDialog.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QDateTimeAxis>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QPixmap>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStackedBarSeries>
#include <QStackedWidget>
#include <QTableWidget>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

namespace simfleet {

namespace RA = ReportAggregates;

namespace {

constexpr int kTopCount = 20;
constexpr int kNamedCount = 15;
constexpr double kMb = 1024.0 * 1024.0;

// Axis values in MB, GB when big.
struct ByteScale {
    double divisor = kMb;
    QString unit;
};

ByteScale scaleFor(qint64 maxBytes) {
    if (double(maxBytes) >= 10.0 * 1024.0 * kMb)
        return {1024.0 * kMb, ReportCharts::tr("GB")};
    return {kMb, ReportCharts::tr("MB")};
}

QString simLabel(const QString& name, const QString& number, qint64 simId) {
    if (!name.trimmed().isEmpty())
        return name.trimmed();
    if (!number.trimmed().isEmpty())
        return number.trimmed();
    return QStringLiteral("#%1").arg(simId);
}

QChart* newChart(const QString& title) {
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    return chart;
}

void showTip(const QString& text) {
    QToolTip::showText(QCursor::pos(), text);
}

} // namespace

ReportCharts::ReportCharts(ReportsModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_chartLabel(new QLabel(this))
    , m_chart(new QComboBox(this))
    , m_factorLabel(new QLabel(this))
    , m_factor(new QDoubleSpinBox(this))
    , m_minimumLabel(new QLabel(this))
    , m_minimum(new QSpinBox(this))
    , m_export(new QPushButton(this))
    , m_stack(new QStackedWidget(this))
    , m_view(new QChartView(m_stack))
    , m_anomalies(new QTableWidget(m_stack))
    , m_message(new QLabel(m_stack)) {
    setObjectName(QStringLiteral("reportCharts"));
    m_chart->setObjectName(QStringLiteral("reportChartChoice"));
    m_factor->setObjectName(QStringLiteral("anomalyFactor"));
    m_factor->setRange(1.5, 1000.0);
    m_factor->setDecimals(1);
    m_factor->setValue(RA::AnomalyThresholds::kDefaultFactor);
    m_minimum->setObjectName(QStringLiteral("anomalyMinimum"));
    m_minimum->setRange(0, 1000000);
    m_minimum->setValue(int(RA::AnomalyThresholds::kDefaultMinBytes / qint64(kMb)));
    m_export->setObjectName(QStringLiteral("exportChartPng"));
    m_view->setObjectName(QStringLiteral("reportChartView"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(260);
    m_anomalies->setObjectName(QStringLiteral("anomaliesTable"));
    m_anomalies->setColumnCount(6);
    m_anomalies->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_anomalies->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_anomalies->verticalHeader()->hide();
    m_anomalies->horizontalHeader()->setStretchLastSection(true);
    m_anomalies->setSortingEnabled(false);
    m_message->setObjectName(QStringLiteral("chartMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_anomalies);
    m_stack->addWidget(m_message);

    auto* bar = new QHBoxLayout;
    bar->setSpacing(6);
    bar->addWidget(m_chartLabel);
    bar->addWidget(m_chart);
    bar->addSpacing(12);
    bar->addWidget(m_factorLabel);
    bar->addWidget(m_factor);
    bar->addWidget(m_minimumLabel);
    bar->addWidget(m_minimum);
    bar->addStretch(1);
    bar->addWidget(m_export);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);

    connect(m_chart, &QComboBox::currentIndexChanged, this, &ReportCharts::rebuild);
    connect(m_factor, &QDoubleSpinBox::valueChanged, this, &ReportCharts::rebuild);
    connect(m_minimum, &QSpinBox::valueChanged, this, &ReportCharts::rebuild);
    connect(m_export, &QPushButton::clicked, this, &ReportCharts::exportPng);
    connect(m_anomalies, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        if (QTableWidgetItem* item = m_anomalies->item(row, 0))
            emit simRequested(item->data(Qt::UserRole).toLongLong());
    });
    for (int k = 0; k < ReportsModel::kKindCount; ++k) {
        connect(m_model->table(ReportsModel::Kind(k)), &QAbstractItemModel::modelReset, this,
                [this, k] {
                    if (ReportsModel::Kind(k) != m_kind)
                        return;
                    m_dirty = true;
                    if (isVisible())
                        rebuild();
                });
    }
    retranslateUi();
}

ReportCharts::~ReportCharts() = default;

QVector<ReportCharts::Chart> ReportCharts::chartsOf(ReportsModel::Kind kind) {
    switch (kind) {
    case ReportsModel::Kind::Daily:
        return {Chart::DailyTraffic, Chart::TopByTraffic, Chart::TopByCost, Chart::Anomalies};
    case ReportsModel::Kind::Sessions:
        return {Chart::ByCountry, Chart::ByOperator, Chart::ByHour};
    case ReportsModel::Kind::CallsAndSms:
        return {Chart::CallsPerDay};
    }
    return {};
}

QString ReportCharts::chartName(Chart chart) {
    switch (chart) {
    case Chart::DailyTraffic:
        return tr("Traffic per day");
    case Chart::TopByTraffic:
        return tr("Top %n SIM(s) by traffic", "", kTopCount);
    case Chart::TopByCost:
        return tr("Top %n SIM(s) by cost", "", kTopCount);
    case Chart::Anomalies:
        return tr("Anomalies");
    case Chart::ByCountry:
        return tr("Traffic by country");
    case Chart::ByOperator:
        return tr("Traffic by operator");
    case Chart::ByHour:
        return tr("Sessions by hour of day");
    case Chart::CallsPerDay:
        return tr("SMS & calls per day");
    }
    return {};
}

void ReportCharts::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ReportCharts::retranslateUi() {
    m_chartLabel->setText(tr("C&hart:"));
    m_chartLabel->setBuddy(m_chart);
    m_factorLabel->setText(tr("At least"));
    m_factor->setSuffix(tr("× the SIM's median"));
    m_factor->setToolTip(tr("A day counts as an anomaly when the SIM's traffic that day is at "
                            "least this many times its median day in the range"));
    m_minimumLabel->setText(tr("and"));
    m_minimum->setSuffix(tr(" MB"));
    m_minimum->setToolTip(tr("…and at least this much traffic that day"));
    m_export->setText(tr("Save as PNG…"));
    m_anomalies->setHorizontalHeaderLabels(
        {tr("SIM"), tr("Number"), tr("Day"), tr("Traffic"), tr("Median day"), tr("Factor")});
    fillChartChoices();
    rebuild();
}

void ReportCharts::fillChartChoices() {
    const QSignalBlocker block(m_chart);
    const int current = m_chart->currentData().toInt();
    m_chart->clear();
    for (Chart chart : chartsOf(m_kind))
        m_chart->addItem(chartName(chart), int(chart));
    const int index = m_chart->findData(current);
    m_chart->setCurrentIndex(index >= 0 ? index : 0);
}

void ReportCharts::setKind(ReportsModel::Kind kind) {
    if (kind != m_kind) {
        m_kind = kind;
        fillChartChoices();
        m_dirty = true;
    }
    // Drawn again only when the rows or the report changed.
    if (m_dirty)
        rebuild();
}

void ReportCharts::setChart(Chart chart) {
    const int index = m_chart->findData(int(chart));
    if (index >= 0)
        m_chart->setCurrentIndex(index);
}

ReportCharts::Chart ReportCharts::chart() const {
    return Chart(m_chart->currentData().toInt());
}

QChart* ReportCharts::currentChart() const {
    return m_stack->currentWidget() == m_view ? m_view->chart() : nullptr;
}

void ReportCharts::rebuild() {
    const Chart c = chart();
    const bool anomalies = c == Chart::Anomalies;
    m_factorLabel->setVisible(anomalies);
    m_factor->setVisible(anomalies);
    m_minimumLabel->setVisible(anomalies);
    m_minimum->setVisible(anomalies);
    m_barSims.clear();
    m_dirty = false;
    if (!m_model->hasResult(m_kind)) {
        showMessage(tr("Run the report to see its charts."));
        return;
    }
    if (m_model->table(m_kind)->rowCount() == 0) {
        showMessage(tr("The report has no rows in these days."));
        return;
    }
    switch (c) {
    case Chart::DailyTraffic:
        drawDailyTraffic();
        break;
    case Chart::TopByTraffic:
        drawTop(false);
        break;
    case Chart::TopByCost:
        drawTop(true);
        break;
    case Chart::Anomalies:
        fillAnomalies();
        break;
    case Chart::ByCountry:
        drawNamed(false);
        break;
    case Chart::ByOperator:
        drawNamed(true);
        break;
    case Chart::ByHour:
        drawHours();
        break;
    case Chart::CallsPerDay:
        drawCallsPerDay();
        break;
    }
}

void ReportCharts::showChart(QChart* chart) {
    QChart* old = m_view->chart();
    m_view->setChart(chart);
    delete old;
    m_stack->setCurrentWidget(m_view);
    m_export->setEnabled(true);
}

void ReportCharts::showMessage(const QString& text) {
    m_message->setText(text);
    m_stack->setCurrentWidget(m_message);
    m_export->setEnabled(false);
}

void ReportCharts::drawDailyTraffic() {
    const ReportQuery& query = m_model->query(ReportsModel::Kind::Daily);
    const QVector<RA::DayTotal> days =
        RA::dailyTraffic(m_model->daily()->rows(), m_model->providerZone(), query.start, query.end);
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
    x->setFormat(QLocale()
                     .dateFormat(QLocale::ShortFormat)
                     .remove(QRegularExpression(QStringLiteral("[^dM]*y+[^dM]*"))));
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
    connect(series, &QLineSeries::hovered, this, [days](const QPointF& point, bool state) {
        if (!state) {
            QToolTip::hideText();
            return;
        }
        const QDate day = QDateTime::fromMSecsSinceEpoch(qint64(point.x())).date();
        for (const RA::DayTotal& total : days) {
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

void ReportCharts::drawTop(bool byCost) {
    const QVector<RA::Consumer> top = RA::topConsumers(
        m_model->daily()->rows(), byCost ? RA::RankBy::Cost : RA::RankBy::Traffic, kTopCount);
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
        QString label = simLabel(sim.name, sim.number, sim.simId);
        while (labels.contains(label))
            label += QLatin1Char(' ');
        labels << label;
        m_barSims << sim.simId;
    }
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    QChart* chart = newChart(chartName(byCost ? Chart::TopByCost : Chart::TopByTraffic));
    chart->addSeries(series);
    auto* y = new QBarCategoryAxis;
    y->append(labels);
    auto* x = new QValueAxis;
    x->setTitleText(byCost ? tr("EUR") : scale.unit);
    x->setLabelFormat(byCost ? QStringLiteral("%.2f") : QStringLiteral("%.0f"));
    x->setMin(0);
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(y);
    series->attachAxis(x);
    x->applyNiceNumbers();
    const QVector<RA::Consumer> bottomUp(top.rbegin(), top.rend());
    connect(series, &QHorizontalBarSeries::hovered, this,
            [bottomUp](bool status, int index, QBarSet*) {
                if (!status || index < 0 || index >= bottomUp.size()) {
                    QToolTip::hideText();
                    return;
                }
                const RA::Consumer& sim = bottomUp.at(index);
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
        QString label = total.name.isEmpty() ? tr("Unknown") : total.name;
        while (labels.contains(label))
            label += QLatin1Char(' ');
        labels << label;
    }
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    QChart* chart = newChart(chartName(byOperator ? Chart::ByOperator : Chart::ByCountry));
    chart->addSeries(series);
    auto* y = new QBarCategoryAxis;
    y->append(labels);
    auto* x = new QValueAxis;
    x->setTitleText(scale.unit);
    x->setLabelFormat(QStringLiteral("%.0f"));
    x->setMin(0);
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(y);
    series->attachAxis(x);
    x->applyNiceNumbers();
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
    const QString dayFormat = QLocale()
                                  .dateFormat(QLocale::ShortFormat)
                                  .remove(QRegularExpression(QStringLiteral("[^dM]*y+[^dM]*")));
    for (const RA::CallSmsDay& day : days) {
        *sets[0] << day.calls;
        *sets[1] << day.incomingSms;
        *sets[2] << day.outgoingSms;
        *sets[3] << day.ussd;
        labels << QLocale().toString(day.day, dayFormat);
    }
    QChart* chart = newChart(chartName(Chart::CallsPerDay));
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(labels);
    if (labels.size() > 15)
        x->setLabelsAngle(-90);
    auto* y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setMin(0);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    y->applyNiceNumbers();
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

void ReportCharts::fillAnomalies() {
    const ReportQuery& query = m_model->query(ReportsModel::Kind::Daily);
    RA::AnomalyThresholds thresholds;
    thresholds.factor = m_factor->value();
    thresholds.minBytes = qint64(m_minimum->value()) * qint64(kMb);
    const QVector<RA::Anomaly> found = RA::anomalies(
        m_model->daily()->rows(), m_model->providerZone(), query.start, query.end, thresholds);
    m_anomalies->setRowCount(int(found.size()));
    for (int row = 0; row < found.size(); ++row) {
        const RA::Anomaly& a = found.at(row);
        const QString factor = std::isinf(a.factor)
                                   ? tr("no traffic on most days")
                                   : tr("%1×").arg(QLocale().toString(a.factor, 'f', 1));
        const QStringList cells{simLabel(a.name, a.number, a.simId),
                                a.number,
                                QLocale().toString(a.day, QLocale::ShortFormat),
                                ReportsModel::bytesText(a.bytes),
                                ReportsModel::bytesText(a.medianBytes),
                                factor};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setData(Qt::UserRole, a.simId);
            item->setToolTip(tr("Double-click to open the SIM on the SIMs page"));
            if (column >= 3)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_anomalies->setItem(row, column, item);
        }
    }
    m_anomalies->resizeColumnsToContents();
    if (found.isEmpty()) {
        showMessage(tr("No anomalies: no SIM used at least %1× its median day and %2 on one "
                       "day.")
                        .arg(QLocale().toString(thresholds.factor, 'f', 1),
                             ReportsModel::bytesText(thresholds.minBytes)));
        return;
    }
    m_stack->setCurrentWidget(m_anomalies);
    m_export->setEnabled(true);
}

bool ReportCharts::savePng(const QString& path) {
    QWidget* shown = m_stack->currentWidget();
    if (!shown)
        return false;
    const QPixmap picture = shown->grab();
    return !picture.isNull() && picture.save(path, "PNG");
}

void ReportCharts::exportPng() {
    const QString name = QStringLiteral("%1.png").arg(chartName(chart()));
    const SaveFileDialog::Choice choice = SaveFileDialog::ask(
        this, tr("Save the chart"), name, {{tr("PNG image (*.png)"), QStringLiteral("png")}});
    if (choice.path.isEmpty())
        return;
    if (!savePng(choice.path))
        showTip(tr("The picture could not be saved to %1.").arg(choice.path));
}

} // namespace simfleet
