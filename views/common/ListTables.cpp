#include "views/common/ListTables.h"

#include "models/fleet/SimText.h"

#include <QDateTime>
#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolButton>

namespace simfleet {

QTableView* ListTables::make(QWidget* parent, const QString& objectName) {
    auto* view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    return view;
}

void ListTables::fitColumn(QTableView* view, int column, int minWidth, const QString& sample) {
    const QFontMetrics metrics = view->fontMetrics();
    const QString title = view->model()->headerData(column, Qt::Horizontal).toString();
    const int width = qMax(minWidth, qMax(metrics.horizontalAdvance(title) + 28,
                                          metrics.horizontalAdvance(sample) + 20));
    view->horizontalHeader()->resizeSection(column, width);
}

QString ListTables::sampleDateTime() {
    // The tables' own format (four-digit year), not the locale's short one.
    return SimText::shortDateTime(QDateTime(QDate(2026, 12, 31), QTime(23, 59, 59)));
}

bool ListTables::selectSourceRow(QTableView* view, int sourceRow) {
    auto* proxy = qobject_cast<QSortFilterProxyModel*>(view->model());
    if (!proxy || sourceRow < 0 || sourceRow >= proxy->sourceModel()->rowCount())
        return false;
    const QModelIndex index = proxy->mapFromSource(proxy->sourceModel()->index(sourceRow, 0));
    if (!index.isValid())
        return false;
    view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                       QItemSelectionModel::Rows);
    view->scrollTo(index);
    return true;
}

QToolButton* ListTables::actionButton(QWidget* parent, QAction* action) {
    auto* button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

} // namespace simfleet
