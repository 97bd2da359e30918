#pragma once

#include <QLocale>
#include <QString>

#include <optional>

namespace simfleet {

// Money for the interface. NovaConnect sends the company's money values as
// preformatted strings with the currency sign ("-1 245,30 €", docs/api-notes.md
// "Company"); they are read back into an amount and a currency and written in
// the interface language's format. A string that cannot be read without a
// guess ("1,245": a thousand or one and a quarter?) is shown as sent.
namespace MoneyText {

struct Amount {
    double value = 0;
    int decimals = 0; // digits after the decimal separator as sent
    QString currency; // the sign or code as sent ("€", "EUR"); may be empty
};

// nullopt when `text` is not one number with an optional sign and currency.
std::optional<Amount> parse(const QString& text);
// `amount` in `locale`'s currency format: a sign through
// QLocale::toCurrencyString (negatives with the locale's minus sign, never in
// accounting brackets), a letter code after the number ("12.50 KZT").
QString format(double amount, const QString& currency, int decimals = 2,
               const QLocale& locale = QLocale());
// A provider money string in `locale`'s format; as sent when parse() fails.
QString display(const QString& text, const QLocale& locale = QLocale());

} // namespace MoneyText

} // namespace simfleet
