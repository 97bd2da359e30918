#include "models/export/CsvField.h"

#include <QStringView>

namespace simfleet {

using namespace Qt::StringLiterals;

bool CsvField::startsLikeFormula(const QString& text) {
    return !text.isEmpty() && QStringView(u"=+-@\t\r").contains(text.front());
}

bool CsvField::isPhoneNumber(const QString& text) {
    if (!text.startsWith(u'+') || text.size() < 2)
        return false;
    for (const QChar c : QStringView(text).mid(1)) {
        if (!c.isDigit() && c != u' ' && c != u'-' && c != u'(' && c != u')')
            return false;
    }
    return true;
}

QString CsvField::escape(const QString& input, QChar separator, bool textColumn) {
    QString text = input;
    if (startsLikeFormula(text) && !(textColumn && isPhoneNumber(text)))
        text.prepend(u'\'');
    const bool quote = text.contains(separator) || text.contains(u'"') || text.contains(u'\n') ||
                       text.contains(u'\r');
    if (!quote)
        return text;
    return u'"' + text.replace(u'"', u"\"\""_s) + u'"';
}

} // namespace simfleet
