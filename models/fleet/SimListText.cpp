#include "models/fleet/SimListText.h"

namespace simfleet::SimListText {

using namespace Qt::StringLiterals;

bool isAsciiDigit(QChar c) {
    return c >= u'0' && c <= u'9';
}

bool isDigitsOnly(QStringView text) {
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (!isAsciiDigit(c))
            return false;
    }
    return true;
}

QString digitsOnly(QStringView text) {
    QString digits;
    digits.reserve(text.size());
    for (const QChar c : text) {
        if (isAsciiDigit(c))
            digits += c;
    }
    return digits;
}

bool isDigitGroupText(QStringView text) {
    if (text.startsWith(u'+'))
        text = text.mid(1);
    bool hasDigit = false;
    for (const QChar c : text) {
        if (isAsciiDigit(c))
            hasDigit = true;
        else if (!c.isSpace() && c != u'(' && c != u')' && c != u'-' && c != u'.')
            return false;
    }
    return hasDigit;
}

bool isOneGroupedValue(QStringView field) {
    if (!isDigitGroupText(field))
        return false;
    const qsizetype digits = digitsOnly(field).size();
    if (digits < 7 || digits > 22)
        return false;
    if (field.startsWith(u'+') || field.contains(u'('))
        return true;
    int run = 0;
    for (const QChar c : field) {
        run = isAsciiDigit(c) ? run + 1 : 0;
        if (run > 4)
            return false;
    }
    return true;
}

bool isQuote(QChar c) {
    return c == u'"' || c == u'\'';
}

QString unwrap(QStringView field) {
    QString value = field.trimmed().toString();
    if (value.size() >= 2 && value.startsWith(u'"') && value.endsWith(u'"'))
        value = value.mid(1, value.size() - 2).replace("\"\""_L1, "\""_L1).trimmed();
    if (value.size() >= 3 && value.startsWith("=\""_L1) && value.endsWith(u'"'))
        value = value.mid(2, value.size() - 3).trimmed();
    qsizetype begin = 0;
    qsizetype end = value.size();
    while (begin < end && isQuote(value.at(begin)))
        ++begin;
    while (end > begin && isQuote(value.at(end - 1)))
        --end;
    return QStringView(value).mid(begin, end - begin).trimmed().toString();
}

} // namespace simfleet::SimListText
