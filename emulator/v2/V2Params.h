#pragma once

#include "emulator/v2/V2Call.h"

#include <QDate>
#include <QList>
#include <QPair>
#include <QString>

namespace novaemu {

// Laravel-style checks of api/v2 parameters (docs/api-v2-notes.md). Each check appends
// {field, text} to a list that V2Reply::invalid() answers as one 422.
namespace V2Params {

using FieldErrors = QList<QPair<QString, QString>>;

bool isNumber(const QString& text); // 7 + 10 digits
bool isIccid(const QString& text);  // 19 or 20 digits
bool isImsi(const QString& text);   // 15 digits
bool isInn(const QString& text);    // 10 or 12 digits

// How Laravel names a field in its texts: "packet_id" -> "packet id".
QString attribute(const QString& field);

// A required YYYY-MM-DD parameter; an invalid QDate (and an error) when absent or malformed.
QDate date(const V2Call& call, const QString& name, FieldErrors* errors);

// A required integer parameter; 0 (and an error) when absent or not an integer.
int integer(const V2Call& call, const QString& name, FieldErrors* errors);

// An optional boolean parameter (`fallback` when absent): JSON true/false, 1/0, "1"/"0",
// "true"/"false"; anything else is an error.
bool boolean(const V2Call& call, const QString& name, bool fallback, FieldErrors* errors);

// A required parameter that must be one of `allowed`.
QString oneOf(const V2Call& call, const QString& name, const QStringList& allowed,
              FieldErrors* errors);

} // namespace V2Params

} // namespace novaemu
