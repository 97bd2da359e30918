#include "models/fleet/SimListMatcher.h"
#include "models/fleet/SimListCsv.h"
#include "models/fleet/SimListText.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMultiHash>
#include <QSet>
#include <QStringConverter>
#include <QStringDecoder>

#include <algorithm>

#include <optional>

namespace simfleet {

using namespace Qt::StringLiterals;
using namespace SimListText;

namespace {

QString withoutPhonePlus(QString token) {
    if (token.size() > 1 && token.startsWith(u'+') && isDigitGroupText(token))
        token.remove(0, 1);
    return token;
}

// The entries of one line, before removing repeats.
QStringList lineTokens(QStringView line) {
    QStringList tokens;
    qsizetype fieldStart = 0;
    for (qsizetype i = 0; i <= line.size(); ++i) {
        if (i < line.size() && line.at(i) != u',' && line.at(i) != u';' && line.at(i) != u'\t')
            continue;
        const QString field = unwrap(line.mid(fieldStart, i - fieldStart));
        fieldStart = i + 1;
        if (field.isEmpty())
            continue;
        if (isOneGroupedValue(field)) {
            tokens.append(digitsOnly(field));
            continue;
        }
        qsizetype tokenStart = -1;
        for (qsizetype j = 0; j <= field.size(); ++j) {
            const bool space = j == field.size() || field.at(j).isSpace();
            if (!space && tokenStart < 0)
                tokenStart = j;
            if (space && tokenStart >= 0) {
                const QString token =
                    withoutPhonePlus(unwrap(QStringView(field).mid(tokenStart, j - tokenStart)));
                if (!token.isEmpty())
                    tokens.append(token);
                tokenStart = -1;
            }
        }
    }
    return tokens;
}

// A CSV header: words, and no token that looks like a value (digits only, or
// mostly digits like an ICCID ending in 'F').
bool isHeaderLine(const QStringList& tokens) {
    bool hasLetters = false;
    for (const QString& token : tokens) {
        qsizetype digits = 0;
        qsizetype letters = 0;
        for (const QChar c : token) {
            if (isAsciiDigit(c))
                ++digits;
            else if (c.isLetter())
                ++letters;
        }
        if (isDigitsOnly(token) || (digits > 0 && digits >= letters))
            return false;
        hasLetters = hasLetters || letters > 0;
    }
    return hasLetters;
}

QString iccidKey(QStringView text) {
    return text.trimmed().toString().toUpper();
}

template <typename Key>
bool markAll(const QMultiHash<Key, int>& index, const Key& key, QVector<bool>& selected) {
    const auto [begin, end] = index.equal_range(key);
    for (auto it = begin; it != end; ++it)
        selected[*it] = true;
    return begin != end;
}

} // namespace

QStringList SimListMatcher::parseEntries(const QString& text) {
    QStringList entries;
    QSet<QString> seen;
    bool headerChecked = false;
    QString body = text;
    body.remove(QChar(0xFEFF)); // byte order marks, wherever a concatenation left them
    if (std::optional<QStringList> headed = SimListCsv::headedEntries(body))
        return *headed;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i <= body.size(); ++i) {
        if (i < body.size() && body.at(i) != u'\n' && body.at(i) != u'\r')
            continue;
        const QStringList tokens = lineTokens(QStringView(body).mid(lineStart, i - lineStart));
        lineStart = i + 1;
        if (tokens.isEmpty())
            continue;
        if (!headerChecked) {
            headerChecked = true;
            if (isHeaderLine(tokens))
                continue;
        }
        for (const QString& token : tokens) {
            if (!seen.contains(token)) {
                seen.insert(token);
                entries.append(token);
            }
        }
    }
    return entries;
}

QStringList SimListMatcher::readFile(const QString& path, QString* error) {
    const auto fail = [&](const QString& text) {
        if (error)
            *error = text;
        return QStringList();
    };
    const QString shownPath = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.isFile())
        return fail(tr("The file %1 does not exist.").arg(shownPath));
    if (info.size() > kMaxFileBytes) {
        return fail(tr("The file %1 is too large (%2 MB). A list can be at most %3 MB.")
                        .arg(shownPath)
                        .arg(info.size() / (qint64(1024) * 1024))
                        .arg(kMaxFileBytes / (qint64(1024) * 1024)));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Could not read %1: %2").arg(shownPath, file.errorString()));
    // As much as the file held when measured (plus one byte, to notice one
    // that grew since): a buffer of the whole limit would be allocated and
    // touched for every list, however short (found by fuzzing: 20 MB each time).
    QByteArray data = file.read(std::min(info.size(), kMaxFileBytes) + 1);
    if (data.size() > info.size())
        data += file.read(kMaxFileBytes + 1 - data.size());
    if (data.size() > kMaxFileBytes) {
        return fail(tr("The file %1 is too large. A list can be at most %2 MB.")
                        .arg(shownPath)
                        .arg(kMaxFileBytes / (qint64(1024) * 1024)));
    }

    QString text;
    if (const std::optional<QStringConverter::Encoding> bom =
            QStringConverter::encodingForData(data)) {
        QStringDecoder decoder(*bom);
        text = decoder(data);
    } else if (data.contains('\0')) {
        return fail(tr("%1 is not a text file. Use a .txt or .csv file with one ICCID, number "
                       "or id per line.")
                        .arg(shownPath));
    } else {
        QStringDecoder utf8(QStringConverter::Utf8);
        text = utf8(data);
        if (utf8.hasError())
            text = QString::fromLatin1(data);
    }
    if (error)
        error->clear();
    return parseEntries(text);
}

SimListMatcher::MatchResult SimListMatcher::match(const QVector<Sim>& sims,
                                                  const QStringList& entries) {
    QMultiHash<QString, int> byIccid;
    QMultiHash<QString, int> byNumber;
    QMultiHash<qint64, int> byId;
    byIccid.reserve(sims.size());
    byNumber.reserve(sims.size() * 2);
    byId.reserve(sims.size());
    for (int row = 0; row < int(sims.size()); ++row) {
        const Sim& sim = sims.at(row);
        if (const QString iccid = iccidKey(sim.iccid); !iccid.isEmpty())
            byIccid.insert(iccid, row);
        const QString number = digitsOnly(sim.number);
        if (!number.isEmpty())
            byNumber.insert(number, row);
        const QString external = digitsOnly(sim.externalNumber);
        if (!external.isEmpty() && external != number)
            byNumber.insert(external, row);
        byId.insert(sim.id, row);
    }

    MatchResult result;
    QVector<bool> selected(sims.size(), false);
    for (const QString& entry : entries) {
        const QString key = iccidKey(entry);
        if (key.isEmpty())
            continue;
        if (entry.startsWith(kIdPrefix, Qt::CaseInsensitive)) {
            // Ids only when named as ids: "id:1042".
            const QStringView id = QStringView(entry).mid(kIdPrefix.size()).trimmed();
            bool ok = false;
            const qint64 value = id.toLongLong(&ok);
            if (!(ok && isDigitsOnly(id) && markAll(byId, value, selected)))
                result.notFound.append(entry);
            continue;
        }
        bool found = markAll(byIccid, key, selected);
        if (isDigitGroupText(key)) {
            const QString digits = digitsOnly(key);
            found = markAll(byNumber, digits, selected) || found;
            found = markAll(byIccid, digits, selected) || found;
            // "8 701 123 45 67": the local form of +7 701 123 45 67.
            if (!key.startsWith(u'+') && digits.size() == 11 && digits.startsWith(u'8'))
                found = markAll(byNumber, u'7' + digits.mid(1), selected) || found;
        }
        if (!found)
            result.notFound.append(entry);
    }
    for (int row = 0; row < int(selected.size()); ++row) {
        if (selected.at(row))
            result.rows.append(row);
    }
    return result;
}

} // namespace simfleet
