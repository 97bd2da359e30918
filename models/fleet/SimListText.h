#pragma once

#include <QString>
#include <QStringView>

namespace simfleet::SimListText {

// The text rules a pasted or imported SIM list is read by (SimListMatcher,
// SimListCsv).
bool isAsciiDigit(QChar c);
bool isDigitsOnly(QStringView text);
QString digitsOnly(QStringView text);
// Digits with the separators people write numbers with, and at most a leading
// '+': "+7 (701) 123-45-67", "8997.0123".
bool isDigitGroupText(QStringView text);
// "+7 701 123-45-67" or an ICCID in groups of four is one value written in
// digit groups, not several entries separated by spaces.
bool isOneGroupedValue(QStringView field);
bool isQuote(QChar c);
// Removes CSV quoting, an ="..." wrapper and stray quotes around a value.
QString unwrap(QStringView field);

} // namespace simfleet::SimListText
