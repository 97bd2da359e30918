#include "models/export/OperationsCsv.h"

#include "models/export/CsvField.h"
#include "models/export/FileWriteErrors.h"
#include "models/export/FleetExporter.h"

#include <QDir>
#include <QLocale>
#include <QSaveFile>

namespace simfleet {

using namespace Qt::StringLiterals;

QString OperationsCsv::field(const QString& text, bool asText, QChar separator) {
    return CsvField::escape(text, separator, asText);
}

bool OperationsCsv::write(const QString& path, const QStringList& header,
                          const QVector<QStringList>& rows, const QVector<int>& textColumns,
                          QString* error) {
    const QChar separator =
        FleetExporter::defaultSeparator(QLocale()) == ExportRequest::CsvSeparator::Semicolon ? u';'
                                                                                             : u',';
    const auto fail = [&](const QString& reason) {
        if (error)
            *error = tr("Could not export to %1: %2").arg(QDir::toNativeSeparators(path), reason);
        return false;
    };
    if (path.isEmpty()) {
        if (error)
            *error = tr("Could not export: no file name was given.");
        return false;
    }
    QString text;
    const auto appendRow = [&](const QStringList& cells, bool isHeader) {
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i > 0)
                text += separator;
            text += field(cells.at(i), !isHeader && textColumns.contains(int(i)), separator);
        }
        text += "\r\n"_L1;
    };
    appendRow(header, true);
    for (const QStringList& row : rows)
        appendRow(row, false);
    QSaveFile file(path);
    // Says what happened and what to do: disk full, no permission, ...
    const auto failedWrite = [&] {
        const QString reason = FileWriteErrors::reason(path, 0, file.errorString());
        file.cancelWriting();
        return fail(reason);
    };
    if (!file.open(QIODevice::WriteOnly))
        return failedWrite();
    const QByteArray bytes = QByteArray("\xEF\xBB\xBF") + text.toUtf8();
    if (file.write(bytes) != bytes.size())
        return failedWrite();
    if (!file.commit())
        return failedWrite();
    if (error)
        error->clear();
    return true;
}

} // namespace simfleet
