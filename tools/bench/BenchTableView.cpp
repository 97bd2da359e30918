#include "tools/bench/BenchTableView.h"

#include <QCoreApplication>
#include <QHeaderView>

namespace simfleet {

BenchTableView::BenchTableView(QWidget* parent)
    : QTableView(parent) {
    setAlternatingRowColors(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setWordWrap(false);
    setShowGrid(false);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setVerticalScrollMode(QAbstractItemView::ScrollPerItem);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->hide();
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    setSortingEnabled(true);
    resize(1280, 800);
}

void BenchTableView::settle() {
    QCoreApplication::processEvents();
    viewport()->repaint();
}

void BenchTableView::paintEvent(QPaintEvent* event) {
    QTableView::paintEvent(event);
    if (model() && model()->rowCount() > 0)
        ++m_rowPaints;
}

} // namespace simfleet
