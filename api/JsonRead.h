#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace simfleet {

// Tolerant readers for NovaConnect JSON values (docs/api-notes.md "Decision (tolerance)").
// The server documents numbers but sometimes sends them as strings ("12.50",
// a bigint as "12345678901"), and sends `null` where a value is documented.
// Every reader returns "no value" instead of guessing when the input is unusable.
namespace JsonRead {

// int, a double with an integral value (12.0), or a numeric string ("12", " 12 ",
// "12.0"); anything else (12.5, "abc", bool, null, out of qint64 range) -> nullopt.
std::optional<qint64> toInt(const QJsonValue& value);

// a finite number, or a numeric string with '.' or ',' as the decimal separator
// ("12.50", "12,50", " 7 "); anything else -> nullopt.
std::optional<double> toDouble(const QJsonValue& value);

// a string as is; a number rendered without exponent (12 -> "12", 12.5 -> "12.5");
// a bool as "true"/"false"; null, undefined, arrays and objects -> null QString.
QString toString(const QJsonValue& value);

// a bool; the numbers 0/1; the strings "true"/"false"/"1"/"0" (trimmed, any case).
std::optional<bool> toBool(const QJsonValue& value);

// unix seconds as an integer or numeric string, returned in UTC. 0, negative,
// null and values after 9999-12-31 -> nullopt.
std::optional<QDateTime> toUnixTime(const QJsonValue& value);

// A required entity id: a positive integer (tolerantly read). Otherwise nullopt and,
// when `problem` is given, "no id" (absent/null) or "invalid id <value>".
std::optional<qint64> toId(const QJsonValue& value, QString* problem);

// A short rendering of any value for problem messages ("\"abc\"", "12.5", "object").
QString describe(const QJsonValue& value);

// The inverse of toUnixTime for writing snapshots: seconds or null.
QJsonValue fromUnixTime(const std::optional<QDateTime>& time);

} // namespace JsonRead

} // namespace simfleet
