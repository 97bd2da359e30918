#include "models/fleet/SimListMatcher.h"

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

namespace {

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

// Digits with the separators people write numbers with, and at most a leading
// '+': "+7 (701) 123-45-67", "8997.0123".
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

// "+7 701 123-45-67" or an ICCID in groups of four is one value written in
// digit groups, not several entries separated by spaces.
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

// Removes CSV quoting, an ="..." wrapper and stray quotes around a value.
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

// --- CSV with a header row ----------------------------------------------------

enum class ColumnKind { Other, Iccid, Number, Id };

ColumnKind columnKind(const QString& title) {
    const QString t = title.simplified().toLower();
    // SimFleet's export headers in English and Russian, and common synonyms.
    static const QStringList iccid{u"iccid"_s, u"icc id"_s, u"icc"_s};
    static const QStringList number{u"number"_s,        u"external number"_s, u"phone"_s,
                                    u"phone number"_s,  u"msisdn"_s,          u"номер"_s,
                                    u"внешний номер"_s, u"телефон"_s,         u"номер телефона"_s};
    static const QStringList id{u"id"_s,    u"sim id"_s,        u"sim_id"_s,
                                u"simid"_s, u"идентификатор"_s, u"id sim-карты"_s};
    if (iccid.contains(t))
        return ColumnKind::Iccid;
    if (number.contains(t))
        return ColumnKind::Number;
    if (id.contains(t))
        return ColumnKind::Id;
    return ColumnKind::Other;
}

// The separator of a CSV line: the most frequent of , ; TAB outside quotes.
QChar separatorOf(QStringView line) {
    int comma = 0, semicolon = 0, tab = 0;
    bool quoted = false;
    for (const QChar c : line) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && c == u',')
            ++comma;
        else if (!quoted && c == u';')
            ++semicolon;
        else if (!quoted && c == u'\t')
            ++tab;
    }
    if (tab >= comma && tab >= semicolon && tab > 0)
        return u'\t';
    return semicolon > comma ? u';' : u',';
}

// RFC 4180 records: quoted fields may hold separators, quotes ("") and line breaks.
QVector<QStringList> csvRecords(QStringView text, QChar separator) {
    QVector<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    bool wasQuoted = false;
    const auto endField = [&] {
        record.append(wasQuoted ? u"\""_s + field + u'"' : field);
        field.clear();
        wasQuoted = false;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u"\"\""_s;
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"' && field.trimmed().isEmpty()) {
            quoted = true;
            wasQuoted = true;
            field.clear();
        } else if (c == separator) {
            endField();
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            endField();
            records.append(record);
            record.clear();
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !record.isEmpty()) {
        endField();
        records.append(record);
    }
    return records;
}

// The entry of one cell of a known column; empty when the cell is empty.
QString cellEntry(const QString& cell, ColumnKind kind) {
    const QString value = unwrap(cell);
    if (value.isEmpty())
        return {};
    switch (kind) {
    case ColumnKind::Iccid:
    case ColumnKind::Number:
        return isDigitGroupText(value) ? digitsOnly(value) : value;
    case ColumnKind::Id:
        return SimListMatcher::kIdPrefix + (isDigitGroupText(value) ? digitsOnly(value) : value);
    case ColumnKind::Other:
        break;
    }
    return {};
}

// Entries of a CSV whose first line is a header naming known columns;
// nullopt when the first line names none.
std::optional<QStringList> headedCsvEntries(QStringView body) {
    qsizetype start = 0;
    while (start < body.size() &&
           (body.at(start) == u'\n' || body.at(start) == u'\r' || body.at(start).isSpace()))
        ++start;
    body = body.mid(start);
    qsizetype lineEnd = 0;
    while (lineEnd < body.size() && body.at(lineEnd) != u'\n' && body.at(lineEnd) != u'\r')
        ++lineEnd;
    const QChar separator = separatorOf(body.left(lineEnd));
    const QVector<QStringList> records = csvRecords(body, separator);
    if (records.isEmpty())
        return std::nullopt;
    QVector<QPair<qsizetype, ColumnKind>> columns;
    const QStringList& header = records.first();
    for (qsizetype c = 0; c < header.size(); ++c) {
        const ColumnKind kind = columnKind(unwrap(header.at(c)));
        if (kind != ColumnKind::Other)
            columns.append({c, kind});
    }
    if (columns.isEmpty())
        return std::nullopt;
    QStringList entries;
    QSet<QString> seen;
    for (qsizetype r = 1; r < records.size(); ++r) {
        const QStringList& record = records.at(r);
        for (const auto& [column, kind] : std::as_const(columns)) {
            if (column >= record.size())
                continue;
            const QString entry = cellEntry(record.at(column), kind);
            if (!entry.isEmpty() && !seen.contains(entry)) {
                seen.insert(entry);
                entries.append(entry);
            }
        }
    }
    return entries;
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
    if (std::optional<QStringList> headed = headedCsvEntries(body))
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
