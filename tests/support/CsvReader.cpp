#include "tests/support/CsvReader.h"

#include <QFile>

#include <utility>

namespace simfleet {

QVector<QStringList> parseCsv(const QString& text, bool* crlfOnly, QChar separator) {
    QVector<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    bool onlyCrlf = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == separator) {
            record.append(std::exchange(field, {}));
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            record.append(std::exchange(field, {}));
            records.append(std::exchange(record, {}));
            ++i;
        } else if (c == u'\n' || c == u'\r') {
            onlyCrlf = false;
            field += c;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !record.isEmpty())
        records.append(record + QStringList{field});
    if (crlfOnly)
        *crlfOnly = onlyCrlf;
    return records;
}

QVector<QStringList> readCsvFile(const QString& path, QChar separator) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray bytes = file.readAll();
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    return parseCsv(QString::fromUtf8(bytes), nullptr, separator);
}

QStringList csvColumn(const QVector<QStringList>& records, int column) {
    QStringList fields;
    fields.reserve(records.size());
    for (const QStringList& record : records)
        fields.append(record.value(column));
    return fields;
}

} // namespace simfleet
