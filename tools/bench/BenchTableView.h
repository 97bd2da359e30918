#pragma once

#include <QTableView>

namespace simfleet {

// A QTableView set up like the app's SimTableView (rows selected whole, no row
// header, sorting enabled with no initial sort) that counts the paints that
// showed at least one row, so a benchmark can wait for "rows on screen".
class BenchTableView final : public QTableView {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BenchTableView)

public:
    explicit BenchTableView(QWidget* parent = nullptr);

    int rowPaints() const { return m_rowPaints; }
    // Processes pending events and paints the viewport now.
    void settle();

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    int m_rowPaints = 0;
};

} // namespace simfleet
