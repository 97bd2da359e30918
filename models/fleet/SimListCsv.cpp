#include "models/fleet/SimListCsv.h"
#include "models/fleet/SimListMatcher.h"
#include "models/fleet/SimListText.h"

#include <QSet>
#include <QVector>

namespace simfleet::SimListCsv {

using namespace Qt::StringLiterals;
using namespace SimListText;

namespace {

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

} // namespace

std::optional<QStringList> headedEntries(QStringView body) {
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

} // namespace simfleet::SimListCsv
