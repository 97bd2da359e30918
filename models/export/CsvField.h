#pragma once

#include <QChar>
#include <QString>

namespace simfleet {

// One CSV field as SimFleet writes it: plain text (an ICCID or a number is
// never wrapped in a ="…" formula), quoted when it holds the separator, a
// quote or a line break, and with a leading apostrophe when a spreadsheet
// would otherwise evaluate it (=, +, -, @ …) — except a phone number such as
// "+7 701 123-45-67" in a text column, which stays as it is.
namespace CsvField {

bool startsLikeFormula(const QString& text);
bool isPhoneNumber(const QString& text);
QString escape(const QString& input, QChar separator, bool textColumn);

} // namespace CsvField

} // namespace simfleet
