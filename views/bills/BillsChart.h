#pragma once

#include <QChartView>

class QBarCategoryAxis;
class QBarSeries;
class QBarSet;
class QValueAxis;

namespace simfleet {

class BillsModel;

// A small bar chart above the bills: the amount in euros per period of the
// last 24 bills, oldest on the left; unpaid periods in a warning colour, the
// exact amount in a tooltip.
class BillsChart final : public QChartView {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BillsChart)

public:
    static constexpr int kBills = 24;

    explicit BillsChart(BillsModel* model, QWidget* parent = nullptr);

    // Reads the model again (it changed, or the language did).
    void refill();
    int barCount() const;
    QStringList periods() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    // Bars, background, labels and grid in the theme's colours.
    void applyColours();

    BillsModel* m_model;
    QBarSeries* m_series;
    QBarSet* m_set;
    QBarCategoryAxis* m_periods;
    QValueAxis* m_amounts;
};

} // namespace simfleet
