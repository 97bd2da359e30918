#pragma once

#include "models/reports/ReportsModel.h"

#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTableWidget;

namespace simfleet {

class UsageReport;

// The charts of a report (Qt Charts), drawn from the sums of
// ReportAggregates, never one point per row: for the daily report the
// traffic per day on a date axis, the top 20 SIMs by traffic or by cost (a
// click opens the SIM on the SIMs page) and the anomalies (a SIM's day far
// above its own median; thresholds adjustable); for sessions the traffic by
// country and by operator and the sessions by hour of day; for SMS & calls
// the events per day by type; for the second operator's usage report
// (UsageReport, showUsage()) the daily charts that fit: traffic per day, the
// top SIMs stacked per day, the top 10 SIMs by traffic and the anomalies.
// Each chart has a legend and tooltips with the
// exact values, and can be saved as PNG or SVG.
class ReportCharts final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportCharts)

public:
    enum class Chart {
        DailyTraffic,
        DailyTopSims,
        TopByTraffic,
        TopByCost,
        Anomalies,
        ByCountry,
        ByOperator,
        ByHour,
        CallsPerDay,
        UsageTop // the usage report's top UsageReport::kTopCount SIMs by traffic
    };

    static constexpr int kTopCount = 20;     // top consumers
    static constexpr int kNamedCount = 15;   // countries, operators (the rest as "Other")
    static constexpr int kStackedCount = 10; // SIMs stacked per day

    explicit ReportCharts(ReportsModel* model, QWidget* parent = nullptr);
    ~ReportCharts() override;

    // Shows the charts of `kind` from the model's rows (redrawn when they change).
    void setKind(ReportsModel::Kind kind);
    ReportsModel::Kind kind() const { return m_kind; }
    // The charts `kind` offers, in order.
    static QVector<Chart> chartsOf(ReportsModel::Kind kind);
    // The second operator's usage report, drawn by showUsage() (redrawn when its rows change).
    void setUsageReport(UsageReport* usage);
    void showUsage();
    bool isUsageShown() const { return m_usageShown; }
    // The charts the usage report offers, in order.
    static QVector<Chart> usageCharts();
    static QString chartName(Chart chart);
    void setChart(Chart chart);
    Chart chart() const;

    // Redraws from the model's current rows.
    void rebuild();
    // The chart shown (nullptr for the anomalies list or when there is no data).
    QChart* currentChart() const;
    QChartView* chartView() const { return m_view; }
    QTableWidget* anomaliesTable() const { return m_anomalies; }
    QDoubleSpinBox* factorEdit() const { return m_factor; }
    QSpinBox* minimumEdit() const { return m_minimum; }
    // What the chart area shows, as a picture; false when it could not be written.
    bool savePng(const QString& path);
    // The same as vectors (SVG).
    bool saveSvg(const QString& path);
    // The SIM ids of the top consumer bars, bottom to top (tests).
    QVector<qint64> barSimIds() const { return m_barSims; }

signals:
    // A top consumer or an anomaly was clicked: open the SIM on the SIMs page.
    void simRequested(qint64 simId);

protected:
    void changeEvent(QEvent* event) override;

private:
    // The per-SIM days the daily charts draw: the daily report's or the usage report's.
    struct DaySource {
        const QVector<DayReportRow>& rows;
        QTimeZone zone;
        QDate first, last;
    };
    DaySource daySource() const;
    void markDirty();
    void retranslateUi();
    void fillChartChoices();
    void drawDailyTraffic();
    void drawDailyTopSims();
    void drawTop(Chart which);
    void drawNamed(bool byOperator);
    void drawHours();
    void drawCallsPerDay();
    void fillAnomalies();
    void showChart(QChart* chart);
    void showMessage(const QString& text);
    void exportPicture();

    ReportsModel* m_model;
    UsageReport* m_usage = nullptr;
    ReportsModel::Kind m_kind = ReportsModel::Kind::Daily;
    bool m_usageShown = false;
    QVector<qint64> m_barSims;
    bool m_dirty = true;

    QLabel* m_chartLabel;
    QComboBox* m_chart;
    QLabel* m_factorLabel;
    QDoubleSpinBox* m_factor;
    QLabel* m_minimumLabel;
    QSpinBox* m_minimum;
    QPushButton* m_export;
    QStackedWidget* m_stack;
    QChartView* m_view;
    QTableWidget* m_anomalies;
    QLabel* m_message;
};

} // namespace simfleet
