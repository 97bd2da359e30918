#include "models/home/MoneyText.h"

#include <QRegularExpression>
#include <QStringList>

namespace simfleet {

namespace MoneyText {

namespace {

bool isMinus(QChar c) {
    return c == QLatin1Char('-') || c == QChar(0x2212);
}

bool isGroupSpace(QChar c) {
    return c == QLatin1Char(' ') || c == QChar(0x00A0) || c == QChar(0x202F) ||
           c == QLatin1Char('\'') || c == QChar(0x2009);
}

// The number between the first and the last digit: digits, group spaces,
// '.' and ','. Which of '.' and ',' is the decimal separator is decided from
// the text alone; nullopt when it cannot be or the groups are not thousands.
std::optional<Amount> parseNumber(const QString& number) {
    QString cleaned; // digits and separators, the spaces dropped
    for (QChar c : number) {
        if (c.isDigit())
            cleaned.append(QChar(u'0' + c.digitValue()));
        else if (c == QLatin1Char('.') || c == QLatin1Char(','))
            cleaned.append(c);
        else if (!isGroupSpace(c))
            return std::nullopt;
    }
    const qsizetype dots = cleaned.count(QLatin1Char('.'));
    const qsizetype commas = cleaned.count(QLatin1Char(','));
    QChar decimal;
    if (dots > 0 && commas > 0) {
        // Both: the last one is the decimal separator and occurs once.
        decimal = cleaned.at(
            qMax(cleaned.lastIndexOf(QLatin1Char('.')), cleaned.lastIndexOf(QLatin1Char(','))));
        if ((decimal == QLatin1Char('.') ? dots : commas) != 1)
            return std::nullopt;
    } else if (dots + commas == 1) {
        const qsizetype at = cleaned.indexOf(QRegularExpression(QStringLiteral("[.,]")));
        // One separator followed by exactly three digits may group thousands.
        if (cleaned.size() - at - 1 == 3)
            return std::nullopt;
        decimal = cleaned.at(at);
    }
    const qsizetype decimalAt = decimal.isNull() ? -1 : cleaned.lastIndexOf(decimal);
    const QString whole = decimalAt < 0 ? cleaned : cleaned.left(decimalAt);
    const QString fraction = decimalAt < 0 ? QString() : cleaned.mid(decimalAt + 1);
    // Groups of the whole part: 1–3 digits, then threes.
    const QStringList groups = whole.split(QRegularExpression(QStringLiteral("[.,]")));
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const qsizetype size = groups.at(i).size();
        if (size == 0 || (groups.size() > 1 && (i == 0 ? size > 3 : size != 3)))
            return std::nullopt;
    }
    if ((decimalAt >= 0 && fraction.isEmpty()) ||
        fraction.contains(QRegularExpression(QStringLiteral("[.,]"))))
        return std::nullopt;
    Amount amount;
    amount.decimals = int(fraction.size());
    bool ok = false;
    const QString plain = groups.join(QString());
    amount.value = (fraction.isEmpty() ? plain : plain + QLatin1Char('.') + fraction).toDouble(&ok);
    if (!ok)
        return std::nullopt;
    return amount;
}

bool isLetterCode(const QString& currency) {
    if (currency.size() < 2)
        return false;
    for (QChar c : currency) {
        if (!c.isLetter())
            return false;
    }
    return true;
}

} // namespace

std::optional<Amount> parse(const QString& text) {
    const QString trimmed = text.trimmed();
    int first = -1;
    int last = -1;
    for (int i = 0; i < trimmed.size(); ++i) {
        if (trimmed.at(i).isDigit()) {
            if (first < 0)
                first = i;
            last = i;
        }
    }
    if (first < 0)
        return std::nullopt;
    bool negative = false;
    // Before and after the number: a minus sign and the currency, nothing else.
    const auto currencyPart = [&negative](const QString& part) -> std::optional<QString> {
        QString currency;
        for (QChar c : part) {
            if (isMinus(c)) {
                if (negative)
                    return std::nullopt;
                negative = true;
            } else if (c.isDigit() || c == QLatin1Char('.') || c == QLatin1Char(',')) {
                return std::nullopt;
            } else {
                currency.append(c);
            }
        }
        return currency.trimmed();
    };
    const std::optional<QString> before = currencyPart(trimmed.left(first));
    const std::optional<QString> after = currencyPart(trimmed.mid(last + 1));
    if (!before || !after || (!before->isEmpty() && !after->isEmpty()))
        return std::nullopt;
    std::optional<Amount> amount = parseNumber(trimmed.mid(first, last - first + 1));
    if (!amount)
        return std::nullopt;
    if (negative && amount->value != 0) // "-0,00 €" is no debt
        amount->value = -amount->value;
    amount->currency = before->isEmpty() ? *after : *before;
    return amount;
}

QString format(double amount, const QString& currency, int decimals, const QLocale& locale) {
    if (currency.isEmpty())
        return locale.toString(amount, 'f', decimals);
    if (isLetterCode(currency)) // "1,234.50 KZT", as SimText::money() writes a SIM's balance
        return locale.toString(amount, 'f', decimals) + QChar::Nbsp + currency;
    // A debt reads with a minus sign: some locales' currency format writes
    // negatives in accounting brackets ("(€74.23)"), easily misread.
    if (amount < 0)
        return locale.negativeSign() + locale.toCurrencyString(-amount, currency, decimals);
    return locale.toCurrencyString(amount, currency, decimals);
}

QString display(const QString& text, const QLocale& locale) {
    const std::optional<Amount> amount = parse(text);
    if (!amount)
        return text.trimmed();
    return format(amount->value, amount->currency, qMax(2, amount->decimals), locale);
}

} // namespace MoneyText

} // namespace simfleet
