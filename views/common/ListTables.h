#pragma once

#include <QString>

class QTableView;
class QWidget;

namespace simfleet {

// What the list tables of the Operations page share: how a table is set up,
// how a column is sized, and asking where to save a CSV file.
namespace ListTables {

// Whole rows, one at a time, read-only, no row numbers, the last column stretched.
QTableView* make(QWidget* parent, const QString& objectName);
// Sets a column to fit its header and a typical value (`sample`), at least
// `minWidth`: translated headers and the locale's date format decide.
void fitColumn(QTableView* view, int column, int minWidth, const QString& sample = {});
// A date and time as wide as any the tables show.
QString sampleDateTime();
// A save dialog for a CSV file in the home folder; ".csv" added when missing.
// Empty when the user cancelled.
QString askCsvPath(QWidget* parent, const QString& title, const QString& suggestedName);

} // namespace ListTables

} // namespace simfleet
