#include "views/reports/ReportCharts.h"

#include "models/reports/ReportAggregates.h"
#include "models/reports/UsageReport.h"
#include "views/common/SaveFileDialog.h"
#include "views/common/Theme.h"
#include "views/reports/ReportChartParts.h"

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

constexpr double kMb = 1024.0 * 1024.0;

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
    connect(m_export, &QPushButton::clicked, this, &ReportCharts::exportPicture);
    connect(m_anomalies, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        if (QTableWidgetItem* item = m_anomalies->item(row, 0))
            emit simRequested(item->data(Qt::UserRole).toLongLong());
    });
    for (int k = 0; k < ReportsModel::kKindCount; ++k) {
        connect(m_model->table(ReportsModel::Kind(k)), &QAbstractItemModel::modelReset, this,
                [this, k] {
                    if (ReportsModel::Kind(k) == m_kind && !m_usageShown)
                        markDirty();
                });
    }
    retranslateUi();
}

ReportCharts::~ReportCharts() = default;

void ReportCharts::markDirty() {
    m_dirty = true;
    if (isVisible())
        rebuild();
}

void ReportCharts::setUsageReport(UsageReport* usage) {
    m_usage = usage;
    connect(usage->table(), &QAbstractItemModel::modelReset, this, [this] {
        if (m_usageShown)
            markDirty();
    });
}

void ReportCharts::showUsage() {
    if (!m_usage)
        return;
    if (!m_usageShown) {
        m_usageShown = true;
        fillChartChoices();
        m_dirty = true;
    }
    if (m_dirty)
        rebuild();
}

QVector<ReportCharts::Chart> ReportCharts::usageCharts() {
    return {Chart::DailyTraffic, Chart::DailyTopSims, Chart::UsageTop, Chart::Anomalies};
}

ReportCharts::DaySource ReportCharts::daySource() const {
    if (m_usageShown && m_usage)
        return {m_usage->dayRows(), UsageReport::aggregatesZone(), m_usage->query().from,
                m_usage->query().to};
    const ReportQuery& query = m_model->query(ReportsModel::Kind::Daily);
    return {m_model->daily()->rows(), m_model->providerZone(), query.start, query.end};
}

QVector<ReportCharts::Chart> ReportCharts::chartsOf(ReportsModel::Kind kind) {
    switch (kind) {
    case ReportsModel::Kind::Daily:
        return {Chart::DailyTraffic, Chart::DailyTopSims, Chart::TopByTraffic, Chart::TopByCost,
                Chart::Anomalies};
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
    case Chart::DailyTopSims:
        return tr("Traffic per day, top %n SIM(s) stacked", "", kStackedCount);
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
    case Chart::UsageTop:
        return tr("Top %n SIM(s) by traffic", "", UsageReport::kTopCount);
    }
    return {};
}

void ReportCharts::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    } else if (event->type() == QEvent::PaletteChange && currentChart()) {
        // Drawn again in the theme's colours (a set's own colour too).
        m_dirty = true;
        if (isVisible())
            rebuild();
        else
            Theme::styleChart(currentChart(), Theme::current());
    }
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
    m_export->setText(tr("Save picture…"));
    m_export->setToolTip(tr("Save what is shown as a PNG image or an SVG drawing"));
    m_anomalies->setHorizontalHeaderLabels(
        {tr("SIM"), tr("Number"), tr("Day"), tr("Traffic"), tr("Median day"), tr("Factor")});
    fillChartChoices();
    rebuild();
}

void ReportCharts::fillChartChoices() {
    const QSignalBlocker block(m_chart);
    const int current = m_chart->currentData().toInt();
    m_chart->clear();
    for (Chart chart : m_usageShown ? usageCharts() : chartsOf(m_kind))
        m_chart->addItem(chartName(chart), int(chart));
    const int index = m_chart->findData(current);
    m_chart->setCurrentIndex(index >= 0 ? index : 0);
}

void ReportCharts::setKind(ReportsModel::Kind kind) {
    if (kind != m_kind || m_usageShown) {
        m_kind = kind;
        m_usageShown = false;
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
    const bool usage = m_usageShown && m_usage;
    if (usage ? !m_usage->hasResult() : !m_model->hasResult(m_kind)) {
        showMessage(tr("Run the report to see its charts."));
        return;
    }
    if ((usage ? m_usage->table() : m_model->table(m_kind))->rowCount() == 0) {
        showMessage(tr("The report has no rows in these days."));
        return;
    }
    switch (c) {
    case Chart::DailyTraffic:
        drawDailyTraffic();
        break;
    case Chart::DailyTopSims:
        drawDailyTopSims();
        break;
    case Chart::TopByTraffic:
    case Chart::TopByCost:
    case Chart::UsageTop:
        drawTop(c);
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
    Theme::styleChart(chart, Theme::current());
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

void ReportCharts::fillAnomalies() {
    const DaySource source = daySource();
    RA::AnomalyThresholds thresholds;
    thresholds.factor = m_factor->value();
    thresholds.minBytes = qint64(m_minimum->value()) * qint64(kMb);
    const QVector<RA::Anomaly> found =
        RA::anomalies(source.rows, source.zone, source.first, source.last, thresholds);
    m_anomalies->setRowCount(int(found.size()));
    for (int row = 0; row < found.size(); ++row) {
        const RA::Anomaly& a = found.at(row);
        const QString factor = std::isinf(a.factor)
                                   ? tr("no traffic on most days")
                                   : tr("%1×").arg(QLocale().toString(a.factor, 'f', 1));
        const QStringList cells{ReportChartParts::simLabel(a.name, a.number, a.simId),
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
    // The usage report's SIMs are known by their number alone: no separate SIM column.
    m_anomalies->setColumnHidden(0, m_usageShown);
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
    return shown && ReportChartParts::savePng(shown, path);
}

bool ReportCharts::saveSvg(const QString& path) {
    QWidget* shown = m_stack->currentWidget();
    return shown && ReportChartParts::saveSvg(shown, path, chartName(chart()));
}

void ReportCharts::exportPicture() {
    const SaveFileDialog::Choice choice =
        SaveFileDialog::ask(this, tr("Save the chart"), chartName(chart()),
                            {{tr("PNG image (*.png)"), QStringLiteral("png")},
                             {tr("SVG drawing (*.svg)"), QStringLiteral("svg")}});
    if (choice.path.isEmpty())
        return;
    const bool svg = choice.path.endsWith(QStringLiteral(".svg"), Qt::CaseInsensitive);
    const bool saved = svg ? saveSvg(choice.path) : savePng(choice.path);
    if (!saved)
        ReportChartParts::showTip(tr("The picture could not be saved to %1.").arg(choice.path));
}

} // namespace simfleet
