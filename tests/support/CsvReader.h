#pragma once

#include <QChar>
#include <QString>
#include <QStringList>
#include <QVector>

namespace simfleet {

// An RFC 4180 reader for the CSV files the app writes: records of fields,
// quoted fields may hold separators, quotes and line breaks; records end with
// CRLF. `crlfOnly`, when given, tells whether every record ended with CRLF (a
// bare CR or LF outside quotes is kept in the field and clears it).
QVector<QStringList> parseCsv(const QString& text, bool* crlfOnly = nullptr,
                              QChar separator = u',');

// The records of a UTF-8 file, after its byte order mark if it has one; none
// when the file cannot be read.
QVector<QStringList> readCsvFile(const QString& path, QChar separator = u',');

// Field `column` of every record (empty for records that are shorter).
QStringList csvColumn(const QVector<QStringList>& records, int column);

} // namespace simfleet
