#include "models/bills/BillFileName.h"

#include "api/Bill.h"

#include <QRegularExpression>
#include <QStringList>

namespace simfleet {

namespace BillFileName {

namespace {

bool isForbidden(QChar c) {
    return c.unicode() < 0x20 || c.unicode() == 0x7f || c.category() == QChar::Other_Control ||
           c.category() == QChar::Other_Format || QStringLiteral("/\\:*?\"<>|").contains(c);
}

// CON, PRN, AUX, NUL, COM0-9, LPT0-9 (also before an extension: "nul.pdf").
bool isReservedDeviceName(const QString& name) {
    static const QRegularExpression reserved(
        QStringLiteral("^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\\$|conout\\$)$"),
        QRegularExpression::CaseInsensitiveOption);
    const QString stem = name.section(u'.', 0, 0).trimmed();
    return reserved.match(stem).hasMatch();
}

QString trimDotsAndSpaces(QString text) {
    while (!text.isEmpty() && (text.front() == u'.' || text.front().isSpace()))
        text.remove(0, 1);
    while (!text.isEmpty() && (text.back() == u'.' || text.back().isSpace()))
        text.chop(1);
    return text;
}

} // namespace

QString safe(const QString& name, const QString& fallback) {
    QString clean;
    clean.reserve(name.size());
    for (const QChar c : name)
        clean.append(isForbidden(c) ? u'_' : c);
    // No "..": every run of dots becomes one.
    static const QRegularExpression dots(QStringLiteral("\\.{2,}"));
    clean.replace(dots, QStringLiteral("."));
    clean = trimDotsAndSpaces(clean);
    if (clean.size() > kMaxLength) {
        // Keep a short extension when there is one.
        const int dot = int(clean.lastIndexOf(u'.'));
        const QString extension = dot > 0 && clean.size() - dot <= 6 ? clean.mid(dot) : QString();
        clean = clean.left(kMaxLength - int(extension.size()));
        if (clean.back().isHighSurrogate())
            clean.chop(1);
        clean = trimDotsAndSpaces(clean) + extension;
    }
    if (clean.isEmpty() || clean.count(u'_') == clean.size())
        clean = fallback;
    if (isReservedDeviceName(clean))
        clean.prepend(u'_');
    return clean;
}

QString forBill(const Bill& bill, const QString& periodText, bool transcript) {
    QString number = bill.billNumber.trimmed();
    if (number.isEmpty())
        number = QString::number(bill.id);
    QString period = periodText.trimmed();
    static const QRegularExpression monthYear(QStringLiteral("^(\\d\\d)\\.(\\d{4})$"));
    const QRegularExpressionMatch match = monthYear.match(period);
    if (match.hasMatch())
        period = match.captured(2) + u'-' + match.captured(1);
    const QString prefix = transcript ? QStringLiteral("transcript") : QStringLiteral("invoice");
    const QString extension = transcript ? QStringLiteral(".xlsx") : QStringLiteral(".pdf");
    QStringList parts{prefix, number};
    if (!period.isEmpty())
        parts << period;
    // The stem is made safe alone so that the extension always stays.
    QString stem = safe(parts.join(u'-'), prefix);
    stem = stem.left(kMaxLength - int(extension.size()));
    return safe(stem + extension, prefix + extension);
}

} // namespace BillFileName

} // namespace simfleet
