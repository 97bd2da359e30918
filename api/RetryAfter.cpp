#include "api/RetryAfter.h"

#include <QLocale>
#include <QString>

namespace simfleet {

namespace {

// An HTTP date in any of the three forms HTTP allows (IMF-fixdate, RFC 850,
// asctime), all in GMT; else an RFC 2822 date with a numeric offset.
// Qt::RFC2822Date alone does not take the "GMT" every HTTP server sends. The
// weekday says nothing the date does not: it is left out before reading.
QDateTime httpDate(const QByteArray& value, const QDateTime& nowUtc) {
    const QString text = QString::fromLatin1(value).simplified();
    const QString withoutWeekday = text.section(QLatin1Char(' '), 1);
    const QLocale c = QLocale::c();
    QDateTime when = c.toDateTime(withoutWeekday, QStringLiteral("dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        when = c.toDateTime(withoutWeekday, QStringLiteral("MMM d HH:mm:ss yyyy"));
    if (!when.isValid()) {
        // RFC 850's two-digit year: the latest one not more than 50 years ahead.
        when = c.toDateTime(withoutWeekday, QStringLiteral("dd-MMM-yy HH:mm:ss 'GMT'"));
        if (when.isValid()) {
            const int century = nowUtc.date().year() / 100 * 100;
            int year = century + when.date().year() % 100;
            if (year > nowUtc.date().year() + 50)
                year -= 100;
            when.setDate(QDate(year, when.date().month(), when.date().day()));
        }
    }
    if (!when.isValid())
        return QDateTime::fromString(text, Qt::RFC2822Date);
    when.setTimeSpec(Qt::UTC);
    return when;
}

} // namespace

int retryAfterSeconds(const QByteArray& value, const QDateTime& nowUtc) {
    const QByteArray trimmed = value.trimmed();
    bool ok = false;
    const qlonglong seconds = trimmed.toLongLong(&ok);
    if (ok)
        return int(qBound(qlonglong(0), seconds, qlonglong(kMaxRetryAfterSeconds)));
    const QDateTime when = httpDate(trimmed, nowUtc);
    if (!when.isValid())
        return -1;
    return int(qBound(qint64(0), nowUtc.secsTo(when), qint64(kMaxRetryAfterSeconds)));
}

} // namespace simfleet
