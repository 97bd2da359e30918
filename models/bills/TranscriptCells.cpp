#include "models/bills/TranscriptCells.h"

#include <QDateTime>

#include <cmath>

namespace simfleet {

namespace TranscriptCells {

namespace {

using Type = TranscriptCell::Type;

// The last serial day Excel shows: 9999-12-31.
constexpr double kLastSerial = 2958465.0;
constexpr qint64 kDayMs = 86400000;

Format number(int decimals) {
    return {Type::Number, qint8(decimals)};
}

// The first section of a format code with quoted text, escaped and padding
// characters and [colour]/[locale] brackets removed. Elapsed-time brackets
// ([h], [mm], [ss]) are kept as their letters.
QString formatLetters(const QString& code) {
    QString letters;
    bool quoted = false;
    for (int i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i);
        if (quoted) {
            quoted = c != QLatin1Char('"');
            continue;
        }
        if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(';')) {
            break; // the first section decides
        } else if (c == QLatin1Char('\\') || c == QLatin1Char('_') || c == QLatin1Char('*')) {
            ++i; // the next character is shown or padded, not a code
        } else if (c == QLatin1Char('[')) {
            const int close = code.indexOf(QLatin1Char(']'), i);
            if (close < 0)
                break;
            const QString inside = code.mid(i + 1, close - i - 1).toLower();
            bool elapsed = !inside.isEmpty();
            for (const QChar e : inside)
                elapsed = elapsed &&
                          (e == QLatin1Char('h') || e == QLatin1Char('m') || e == QLatin1Char('s'));
            if (elapsed)
                letters += inside;
            i = close;
        } else {
            letters += c;
        }
    }
    return letters;
}

} // namespace

bool parseReference(QStringView text, int* column, int* row) {
    int i = 0;
    qint64 col = 0;
    while (i < text.size() && i < 4 && text.at(i) >= QLatin1Char('A') &&
           text.at(i) <= QLatin1Char('Z')) {
        col = col * 26 + (text.at(i).unicode() - 'A' + 1);
        ++i;
    }
    if (i == 0 || i > 3 || col > kMaxColumn)
        return false;
    const int digits = int(text.size()) - i;
    if (digits < 1 || digits > 7 || text.at(i) == QLatin1Char('0'))
        return false;
    qint64 r = 0;
    for (; i < text.size(); ++i) {
        if (text.at(i) < QLatin1Char('0') || text.at(i) > QLatin1Char('9'))
            return false;
        r = r * 10 + (text.at(i).unicode() - '0');
    }
    if (r > kMaxRow)
        return false;
    *column = int(col - 1);
    *row = int(r - 1);
    return true;
}

QString columnName(int column) {
    QString name;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        name.prepend(QChar(u'A' + (n - 1) % 26));
    return name;
}

Format builtInFormat(int numFmtId) {
    switch (numFmtId) {
    case 1:
    case 3:
    case 37:
    case 38:
        return number(0);
    case 2:
    case 4:
    case 39:
    case 40:
        return number(2);
    case 14:
    case 15:
    case 16:
    case 17:
        return {Type::Date, -1};
    case 18:
    case 19:
    case 20:
    case 21:
    case 45:
    case 46:
    case 47:
        return {Type::Time, -1};
    case 22:
        return {Type::DateTime, -1};
    default:
        return number(-1);
    }
}

Format customFormat(const QString& code) {
    const QString letters = formatLetters(code);
    if (letters.compare(QLatin1String("general"), Qt::CaseInsensitive) == 0)
        return number(-1);
    bool date = false, time = false, month = false;
    for (const QChar c : letters) {
        switch (c.toLower().unicode()) {
        case 'd':
        case 'y':
        case 'e': // era year
        case 'b': // Buddhist year
            date = true;
            break;
        case 'h':
        case 's':
            time = true;
            break;
        case 'm':
            month = true; // a month, or minutes next to hours or seconds
            break;
        default:
            break;
        }
    }
    date = date || (month && !time);
    if (date || time)
        return {date && time ? Type::DateTime : date ? Type::Date : Type::Time, -1};
    if (letters.contains(QLatin1Char('%')) || letters.contains(QLatin1Char('E')) ||
        letters.contains(QLatin1Char('/')))
        return number(-1); // percent, scientific, fractions: shown plainly
    const int point = int(letters.indexOf(QLatin1Char('.')));
    if (point < 0)
        return number(
            letters.contains(QLatin1Char('0')) || letters.contains(QLatin1Char('#')) ? 0 : -1);
    int decimals = 0;
    for (int i = point + 1; i < letters.size(); ++i) {
        const QChar c = letters.at(i);
        if (c == QLatin1Char('0') || c == QLatin1Char('#') || c == QLatin1Char('?'))
            ++decimals;
        else
            break;
    }
    return number(qMin(decimals, 15));
}

TranscriptCell fromSerial(double serial, TranscriptCell::Type type, bool date1904) {
    TranscriptCell cell;
    if (!std::isfinite(serial) || serial < 0 || serial >= kLastSerial + 1) {
        cell.type = Type::Number; // no date: Excel shows ####
        cell.value = serial;
        return cell;
    }
    qint64 days = qint64(std::floor(serial));
    qint64 ms = std::llround((serial - double(days)) * double(kDayMs));
    if (ms >= kDayMs) {
        ++days;
        ms -= kDayMs;
    }
    const QTime time = QTime(0, 0).addMSecs(int(ms));
    if (type == Type::Time) {
        cell.type = Type::Time;
        cell.value = time;
        return cell;
    }
    QDate date;
    if (date1904) {
        date = QDate(1904, 1, 1).addDays(days);
    } else if (days == 60) {
        // Lotus 1-2-3 took 1900 for a leap year and Excel kept it for
        // compatibility: serial 60 is 1900-02-29, which no calendar has.
        cell.type = Type::Text;
        cell.value = QStringLiteral("1900-02-29");
        return cell;
    } else if (days < 60) {
        date = QDate(1899, 12, 31).addDays(days); // serial 1 is 1900-01-01
    } else {
        date = QDate(1899, 12, 30).addDays(days); // past the day that never was
    }
    cell.type = type;
    if (type == Type::DateTime)
        cell.value = QDateTime(date, time, Qt::UTC);
    else
        cell.value = date;
    return cell;
}

} // namespace TranscriptCells

} // namespace simfleet
