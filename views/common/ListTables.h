#pragma once

#include <QString>

class QAction;
class QTableView;
class QToolButton;
class QWidget;

namespace simfleet {

// What list tables share: how a table is set up and how a column is sized.
// (Asking where to save an export: SaveFileDialog.)
namespace ListTables {

// Whole rows, one at a time, read-only, no row numbers, the last column stretched.
QTableView* make(QWidget* parent, const QString& objectName);
// Sets a column to fit its header and a typical value (`sample`), at least
// `minWidth`: translated headers and the locale's date format decide.
void fitColumn(QTableView* view, int column, int minWidth, const QString& sample = {});
// A date and time as wide as any the tables show.
QString sampleDateTime();
// Makes `sourceRow` of the view's model's source the current, selected and
// visible row; false when it is out of range or filtered out. The view's
// model must be a QSortFilterProxyModel.
bool selectSourceRow(QTableView* view, int sourceRow);
// A text-only button for `action` in a list page's toolbar.
QToolButton* actionButton(QWidget* parent, QAction* action);

} // namespace ListTables

} // namespace simfleet
