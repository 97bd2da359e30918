#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

class QWidget;

namespace simfleet {

// Asking where to save a file: a save dialog that starts in the home folder
// with a suggested name, offers one or more file types and makes sure the
// path ends in a suffix of the offered types.
namespace SaveFileDialog {

struct FileType {
    QString filter; // as the dialog shows it: "CSV, UTF-8 (*.csv)"
    QString suffix; // without the dot: "csv"
};

struct Choice {
    QString path;  // empty when the user cancelled
    int type = -1; // index of the chosen file type
};

// `suggestedName`: a file name in the home folder, given the preferred
// type's suffix when it has none of the offered ones. The path chosen gets
// the chosen type's suffix when it ends in none of the offered ones.
Choice ask(QWidget* parent, const QString& title, const QString& suggestedName,
           const QVector<FileType>& types, int preferredType = 0);
// A CSV file (UTF-8); empty when the user cancelled.
QString askCsv(QWidget* parent, const QString& title, const QString& suggestedName);
// The file type `askCsv` offers, in the current language.
FileType csvType();

// `path` as it is when its suffix is one of `accepted` (any case), else with
// ".suffix" added.
QString withSuffix(const QString& path, const QString& suffix, const QStringList& accepted);

} // namespace SaveFileDialog

} // namespace simfleet
