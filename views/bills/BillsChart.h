#pragma once

#include <QChartView>

class QBarCategoryAxis;
class QBarSet;
class QStackedBarSeries;
class QValueAxis;

namespace simfleet {

class BillsModel;

// A small bar chart above the bills: the amount in euros per period of the
// last 24 bills, oldest on the left; unpaid periods hatched in a warning
// colour and named "Unpaid" in the legend (not by colour alone), the exact
// amount in a tooltip.
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
    // The bars of paid periods and of unpaid ones (each 0 where the other has the amount).
    QBarSet* paidBars() const { return m_set; }
    QBarSet* unpaidBars() const { return m_unpaid; }

protected:
    void changeEvent(QEvent* event) override;

private:
    // Bars, background, labels and grid in the theme's colours.
    void applyColours();

    BillsModel* m_model;
    QStackedBarSeries* m_series;
    QBarSet* m_set;
    QBarSet* m_unpaid;
    QBarCategoryAxis* m_periods;
    QValueAxis* m_amounts;
};

} // namespace simfleet
