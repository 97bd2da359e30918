#pragma once

#include <QString>

namespace simfleet {

struct Bill;

// File names for downloaded bills, safe on every file system: no path
// separators or characters Windows refuses, no control characters, no "..",
// no leading or trailing dots and spaces, no reserved device names (CON, NUL,
// COM1, LPT1, ...), at most kMaxLength characters. Pure functions.
namespace BillFileName {

inline constexpr int kMaxLength = 120;

// `name` made safe; `fallback` when nothing usable is left.
QString safe(const QString& name, const QString& fallback = QStringLiteral("bill"));
// "invoice-<number>-<YYYY-MM>.pdf" / "transcript-<number>-<YYYY-MM>.xlsx";
// `periodText` as shown ("03.2026"), any other text is kept (made safe).
QString forBill(const Bill& bill, const QString& periodText, bool transcript);

} // namespace BillFileName

} // namespace simfleet
