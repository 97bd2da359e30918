#pragma once

#include "models/fleet/FleetFilter.h"

#include <QColor>
#include <QList>
#include <QVector>
#include <QWidget>

#include <optional>

class QChart;
class QChartView;
class QLabel;
class QPieSeries;
class QPieSlice;
class QPushButton;
class QVBoxLayout;

namespace simfleet {

// A donut of SIM counts (Qt Charts) with a title and a legend beside it:
// each slice is a part of the fleet that a FleetFilter selects. Hovering a
// slice shows its exact count and share; clicking a slice or its legend
// entry (a button, so the keyboard reaches it too) asks for the SIMs page
// filtered to it (filterRequested()). Parts without SIMs are left out.
class DonutChart final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DonutChart)

public:
    struct Part {
        QString label; // translated
        int count = 0;
        QColor color;
        std::optional<FleetFilter> filter; // none: the slice opens nothing
    };

    explicit DonutChart(const QString& objectName, QWidget* parent = nullptr);

    void setTitle(const QString& title);
    QString title() const;
    // Replaces the slices and the legend (call again after a language change).
    void setParts(const QVector<Part>& parts);

    QChartView* view() const { return m_view; }
    QPieSeries* series() const { return m_series; }
    // The slice of the part labelled `label` (tests); nullptr when not shown.
    QPieSlice* slice(const QString& label) const;
    // The legend entries, in slice order.
    const QList<QPushButton*>& legendEntries() const { return m_entries; }
    // What hovering a slice or its legend entry shows.
    static QString toolTip(const Part& part, int total);
    // The legend's text of a part: "Active: 1,234".
    static QString legendText(const Part& part);

signals:
    void filterRequested(const FleetFilter& filter);

private:
    QLabel* m_title;
    QChart* m_chart;
    QPieSeries* m_series;
    QChartView* m_view;
    QVBoxLayout* m_legend;
    QList<QPushButton*> m_entries;
    QVector<Part> m_parts; // those shown, in slice order
};

} // namespace simfleet
