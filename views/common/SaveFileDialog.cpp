#include "views/common/SaveFileDialog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>

namespace simfleet {

QString SaveFileDialog::withSuffix(const QString& path, const QString& suffix,
                                   const QStringList& accepted) {
    if (path.isEmpty() || accepted.contains(QFileInfo(path).suffix(), Qt::CaseInsensitive))
        return path;
    return path + QLatin1Char('.') + suffix;
}

SaveFileDialog::Choice SaveFileDialog::ask(QWidget* parent, const QString& title,
                                           const QString& suggestedName,
                                           const QVector<FileType>& types, int preferredType) {
    Q_ASSERT(!types.isEmpty());
    const int preferred = qBound(0, preferredType, int(types.size()) - 1);
    QStringList filters;
    QStringList suffixes;
    for (const FileType& type : types) {
        filters << type.filter;
        suffixes << type.suffix;
    }
    const QString suggested =
        QDir(QDir::homePath())
            .filePath(withSuffix(suggestedName, types.at(preferred).suffix, suffixes));
    QString chosenFilter = types.at(preferred).filter;
    const QString path = QFileDialog::getSaveFileName(
        parent, title, suggested, filters.join(QStringLiteral(";;")), &chosenFilter);
    Choice choice;
    if (path.isEmpty())
        return choice;
    choice.type = qMax(0, int(filters.indexOf(chosenFilter)));
    choice.path = withSuffix(path, types.at(choice.type).suffix, suffixes);
    return choice;
}

SaveFileDialog::FileType SaveFileDialog::csvType() {
    return {QCoreApplication::translate("SaveFileDialog", "CSV, UTF-8 (*.csv)"),
            QStringLiteral("csv")};
}

QString SaveFileDialog::askCsv(QWidget* parent, const QString& title,
                               const QString& suggestedName) {
    return ask(parent, title, suggestedName, {csvType()}).path;
}

} // namespace simfleet
