#include "api/AccountNotification.h"

#include "api/JsonRead.h"

#include <QJsonArray>
#include <QMimeDatabase>
#include <QStringView>

#include <algorithm>

namespace simfleet {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qsizetype kMaxFileNameLength = 120;

void report(ParseProblems* problems, const QString& message) {
    if (problems)
        problems->add(message);
}

bool isForbiddenFileNameChar(QChar c) {
    // Control and format characters (e.g. U+202E, which can disguise "gpj.exe").
    const QChar::Category category = c.category();
    if (c.unicode() < 0x20 || category == QChar::Other_Control || category == QChar::Other_Format)
        return true;
    switch (c.unicode()) {
    case u'<':
    case u'>':
    case u':':
    case u'"':
    case u'/':
    case u'\\':
    case u'|':
    case u'?':
    case u'*':
        return true;
    default:
        return false;
    }
}

bool isReservedWindowsName(const QString& fileName) {
    const qsizetype dot = fileName.indexOf(u'.');
    const QStringView base = QStringView(fileName).left(dot < 0 ? fileName.size() : dot).trimmed();
    static const char* const kReserved[] = {"CON", "PRN", "AUX", "NUL"};
    for (const char* reserved : kReserved) {
        if (base.compare(QLatin1String(reserved), Qt::CaseInsensitive) == 0)
            return true;
    }
    if (base.size() == 4 && base.at(3).isDigit() && base.at(3) != u'0') {
        const QStringView stem = base.left(3);
        return stem.compare(u"COM", Qt::CaseInsensitive) == 0 ||
               stem.compare(u"LPT", Qt::CaseInsensitive) == 0;
    }
    return false;
}

QString suffixForMime(const QString& format) {
    const QMimeType mime = QMimeDatabase().mimeTypeForName(format.trimmed());
    const QString suffix = mime.isValid() ? mime.preferredSuffix() : QString();
    return suffix.isEmpty() ? QString() : u'.' + suffix;
}

QString trimDotsAndSpaces(const QString& text) {
    qsizetype begin = 0;
    qsizetype end = text.size();
    auto isTrimmed = [](QChar c) { return c == u'.' || c.isSpace(); };
    while (begin < end && isTrimmed(text.at(begin)))
        ++begin;
    while (end > begin && isTrimmed(text.at(end - 1)))
        --end;
    return text.mid(begin, end - begin);
}

// Keeps the extension when a long name has to be shortened.
QString shortened(const QString& name) {
    if (name.size() <= kMaxFileNameLength)
        return name;
    const qsizetype dot = name.lastIndexOf(u'.');
    const qsizetype extLength = dot > 0 ? name.size() - dot : 0;
    if (extLength > 0 && extLength <= 16) {
        QString stem = name.left(kMaxFileNameLength - extLength);
        if (!stem.isEmpty() && stem.back().isHighSurrogate())
            stem.chop(1);
        return stem + name.mid(dot);
    }
    QString cut = name.left(kMaxFileNameLength);
    if (!cut.isEmpty() && cut.back().isHighSurrogate())
        cut.chop(1);
    return cut;
}

std::optional<AccountNotification::File> readFile(const QJsonObject& f, qsizetype index,
                                                  ParseProblems* problems) {
    AccountNotification::File file;
    file.format = JsonRead::toString(f.value("format"_L1));
    file.name = JsonRead::toString(f.value("name"_L1));
    const QString encoding = JsonRead::toString(f.value("type"_L1)).trimmed();
    if (!encoding.isEmpty() && encoding.compare(u"base64", Qt::CaseInsensitive) != 0) {
        report(problems, QStringLiteral("file at index %1 (%2) skipped: unsupported type %3")
                             .arg(QString::number(index), file.name, JsonRead::describe(encoding)));
        return std::nullopt;
    }
    const QJsonValue body = f.value("body"_L1);
    if (!body.isString()) {
        report(problems, QStringLiteral("file at index %1 (%2) skipped: no body")
                             .arg(QString::number(index), file.name));
        return std::nullopt;
    }
    // Line breaks and spaces (MIME-style wrapping) are not part of the data.
    QByteArray encoded = body.toString().toLatin1();
    encoded.removeIf([](char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; });
    QByteArray::FromBase64Result decoded =
        QByteArray::fromBase64Encoding(encoded, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        report(problems, QStringLiteral("file at index %1 (%2) skipped: invalid base64")
                             .arg(QString::number(index), file.name));
        return std::nullopt;
    }
    file.content = std::move(decoded.decoded);
    return file;
}

} // namespace

QString AccountNotification::File::safeFileName() const {
    const qsizetype slash = std::max(name.lastIndexOf(u'/'), name.lastIndexOf(u'\\'));
    QString clean;
    clean.reserve(name.size() - slash - 1);
    for (qsizetype i = slash + 1; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (!isForbiddenFileNameChar(c))
            clean.append(c);
    }
    clean = shortened(trimDotsAndSpaces(clean));
    clean = trimDotsAndSpaces(clean);
    if (clean.isEmpty())
        return QStringLiteral("attachment") + suffixForMime(format);
    if (isReservedWindowsName(clean))
        clean.prepend(u'_');
    return clean;
}

AccountNotification::Type AccountNotification::typeFromString(const QString& code) {
    const QStringView c = QStringView(code).trimmed();
    struct Entry {
        const char16_t* code;
        Type type;
    };
    static constexpr Entry kTypes[] = {
        {u"msu_lock", Type::MsuLock},           {u"package_empty", Type::PackageEmpty},
        {u"generate_bill", Type::GenerateBill}, {u"unpaid_bill_3", Type::UnpaidBill3},
        {u"unpaid_bill_5", Type::UnpaidBill5},  {u"unpaid_bill_6", Type::UnpaidBill6},
    };
    for (const Entry& entry : kTypes) {
        if (c.compare(QStringView(entry.code), Qt::CaseInsensitive) == 0)
            return entry.type;
    }
    return Type::Unknown;
}

bool AccountNotification::isAboutBills() const {
    return type == Type::GenerateBill || type == Type::UnpaidBill3 || type == Type::UnpaidBill5 ||
           type == Type::UnpaidBill6;
}

std::optional<AccountNotification> AccountNotification::fromJson(const QJsonObject& o,
                                                                 ParseProblems* problems) {
    AccountNotification n;
    n.typeRaw = JsonRead::toString(o.value("type"_L1));
    if (n.typeRaw.trimmed().isEmpty()) {
        report(problems, QStringLiteral("notification dropped: no type"));
        return std::nullopt;
    }
    n.type = typeFromString(n.typeRaw);

    const QJsonArray files = o.value("files"_L1).toArray();
    n.files.reserve(files.size());
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QJsonValue value = files.at(i);
        if (!value.isObject()) {
            report(problems, QStringLiteral("file at index %1 skipped: not an object").arg(i));
            continue;
        }
        if (std::optional<File> file = readFile(value.toObject(), i, problems))
            n.files.append(std::move(*file));
    }

    const QJsonArray items = o.value("items"_L1).toArray();
    if (n.isAboutSims())
        n.sims = parseSims(items, problems);
    else if (n.isAboutBills())
        n.bills = parseBills(items, problems);
    else if (!items.isEmpty())
        report(problems, QStringLiteral("%1 items of unknown notification type %2 ignored")
                             .arg(QString::number(items.size()), JsonRead::describe(n.typeRaw)));
    return n;
}

} // namespace simfleet
