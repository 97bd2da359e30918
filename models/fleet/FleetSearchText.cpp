#include "models/fleet/FleetSearchText.h"

#include "models/common/ParallelMap.h"
#include "models/fleet/TextScan.h"

#include <QThread>

#include <algorithm>
#include <cstring>
#include <iterator>
#include <numeric>
#include <type_traits>

namespace simfleet {

namespace {

// Appends a field lower-cased as UTF-8, then the field separator. Most fields
// (ICCIDs, numbers, many names) are ASCII: those are lower-cased unit by unit
// straight into `out`, without the two temporary strings toLower().toUtf8()
// costs, which dominated appending a page of SIMs on the GUI thread. `units`
// are UTF-16 or UTF-8 code units (ASCII is below 0x80 in both); `folded`
// gives the whole field folded, as UTF-8, when it is not ASCII.
template <typename Unit, typename Folded>
void appendUnits(QByteArray& out, const Unit* units, qsizetype length, Folded folded) {
    bool ascii = true;
    for (qsizetype i = 0; i < length && ascii; ++i)
        ascii = std::make_unsigned_t<Unit>(units[i]) < 0x80;
    if (!ascii) {
        out += folded();
        out += '\x1f';
        return;
    }
    const qsizetype at = out.size();
    out.resize(at + length + 1);
    char* to = out.data() + at;
    for (qsizetype i = 0; i < length; ++i) {
        const auto c = char(units[i]);
        to[i] = c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
    }
    to[length] = '\x1f';
}

void appendField(QByteArray& out, const QString& field) {
    appendUnits(out, field.utf16(), field.size(),
                [&field] { return FleetSearchText::fold(field).toUtf8(); });
}

// The same for a field stored as UTF-8.
void appendField(QByteArray& out, QByteArrayView field) {
    appendUnits(out, field.data(), field.size(),
                [field] { return FleetSearchText::fold(QString::fromUtf8(field)).toUtf8(); });
}

void appendTexts(QByteArray& out, const SimStore& store, qsizetype row) {
    QByteArrayView texts[int(SimStore::Text::Count)];
    store.utf8Texts(row, texts);
    appendField(out, texts[int(SimStore::Text::Iccid)]);
    appendField(out, texts[int(SimStore::Text::Number)]);
    appendField(out, texts[int(SimStore::Text::ExternalNumber)]);
    appendField(out, texts[int(SimStore::Text::Name)]);
}

void appendGroups(QByteArray& out, const QVector<GroupRef>& groups) {
    for (const GroupRef& group : groups)
        appendField(out, group.name);
}

void appendKey(QByteArray& out, const SimStore& store, qsizetype row) {
    appendTexts(out, store, row);
    appendGroups(out, store.groups(row));
}

void appendKey(QByteArray& out, const Sim& sim) {
    appendField(out, sim.iccid);
    appendField(out, sim.number);
    appendField(out, sim.externalNumber);
    appendField(out, sim.name);
    for (const GroupRef& group : sim.groups)
        appendField(out, group.name);
}

QList<QByteArray> alternativesOf(const QByteArray& needle) {
    return needle.split(FleetSearchText::kAlternative);
}

QVector<int> unite(const QVector<int>& a, const QVector<int>& b) {
    QVector<int> rows;
    rows.reserve(a.size() + b.size());
    std::set_union(a.cbegin(), a.cend(), b.cbegin(), b.cend(), std::back_inserter(rows));
    return rows;
}

} // namespace

QString FleetSearchText::fold(const QString& text) {
    QString folded = text.toLower();
    folded.replace(QChar(0x0451), QChar(0x0435)); // ё → е
    return folded;
}

bool FleetSearchText::keyContains(const QByteArray& key, const QByteArray& needle) {
    if (!needle.contains(kAlternative))
        return key.contains(needle);
    const QList<QByteArray> alternatives = alternativesOf(needle);
    return std::any_of(alternatives.cbegin(), alternatives.cend(),
                       [&](const QByteArray& one) { return key.contains(one); });
}

QByteArray FleetSearchText::keyOf(const Sim& sim) {
    QByteArray key;
    key.reserve(96);
    appendKey(key, sim);
    return key;
}

QByteArray FleetSearchText::keyOf(const SimStore& store, qsizetype row) {
    QByteArray key;
    key.reserve(96);
    appendKey(key, store, row);
    return key;
}

void FleetSearchText::clear() {
    m_text.clear();
    m_starts.clear();
    m_groupKeys.clear();
}

void FleetSearchText::reserve(qsizetype rows, qsizetype bytesPerRow) {
    m_text.reserve(rows * bytesPerRow);
    m_starts.reserve(rows);
}

void FleetSearchText::append(const Sim& sim) {
    m_starts.append(quint32(m_text.size()));
    appendKey(m_text, sim);
    m_text += '\0';
}

void FleetSearchText::append(const SimStore& store, qsizetype row) {
    m_starts.append(quint32(m_text.size()));
    appendTexts(m_text, store, row);
    // Most SIMs share a few group lists: each list's text is made once.
    const QVector<GroupRef>& groups = store.groups(row);
    if (!groups.isEmpty()) {
        const quint32 number = store.groupListNumber(row);
        if (number >= quint32(m_groupKeys.size()))
            m_groupKeys.resize(number + 1);
        GroupKey& key = m_groupKeys[number];
        if (!key.groups.isSharedWith(groups)) {
            key.groups = groups;
            key.text.clear();
            appendGroups(key.text, groups);
        }
        m_text += key.text;
    }
    m_text += '\0';
}

void FleetSearchText::rebuild(const SimStore& store) {
    clear();
    reserve(store.size());
    for (qsizetype row = 0; row < store.size(); ++row)
        append(store, row);
}

TextScan::Text FleetSearchText::scanText() const {
    return TextScan::Text{m_text.constData(), m_text.size(), m_starts.constData(), m_starts.size()};
}

bool FleetSearchText::rowContains(int row, const QByteArray& needle) const {
    if (needle.isEmpty())
        return true;
    const TextScan::Text text = scanText();
    const auto contains = [&text, row](const QByteArray& one) {
        return !one.isEmpty() && !one.contains('\0') && TextScan::rowContains(text, row, one);
    };
    // Called for every row of a page while a text filter is set: the usual
    // single needle is not split into a list first.
    if (!needle.contains(kAlternative))
        return contains(needle);
    const QList<QByteArray> alternatives = alternativesOf(needle);
    return std::any_of(alternatives.cbegin(), alternatives.cend(), contains);
}

QVector<int> FleetSearchText::find(const QByteArray& needle, const QVector<int>* candidates) const {
    if (needle.contains(kAlternative)) {
        QVector<int> rows;
        for (const QByteArray& one : alternativesOf(needle)) {
            if (!one.isEmpty())
                rows = unite(rows, find(one, candidates));
        }
        return rows;
    }
    if (needle.contains('\0'))
        return {}; // no row's text holds one
    if (needle.isEmpty()) {
        if (candidates)
            return *candidates;
        QVector<int> rows(m_starts.size());
        std::iota(rows.begin(), rows.end(), 0);
        return rows;
    }
    // The rows found are written into one buffer with room for every row
    // searched: each part of a search writes into its own stretch of it. A
    // big search is split in two halves searched on two threads; the second
    // half's rows come after the first's, so closing the gap between them
    // keeps the order.
    const qsizetype size = candidates ? candidates->size() : m_starts.size();
    QVector<int> rows(size);
    int* const buffer = rows.data();
    const auto searchPart = [this, &needle, candidates, buffer](qsizetype from, qsizetype to) {
        int* out = buffer + from;
        return candidates ? findAmong(needle, candidates->constData() + from,
                                      candidates->constData() + to, out)
                          : TextScan::findRows(scanText(), from, to, needle, out);
    };
    qsizetype found = 0;
    if (size < kSplitSearchRows || QThread::idealThreadCount() < 2) {
        found = searchPart(0, size);
    } else {
        struct Part {
            qsizetype from = 0;
            qsizetype to = 0;
            qsizetype found = 0;
        };
        QVector<Part> parts{{0, size / 2, 0}, {size / 2, size, 0}};
        blockingMapVisibly(
            parts, [&searchPart](Part& part) { part.found = searchPart(part.from, part.to); });
        const Part& second = parts.at(1);
        std::copy_n(buffer + second.from, second.found, buffer + parts.at(0).found);
        found = parts.at(0).found + second.found;
    }
    rows.resize(found);
    // Kept for a while among the recent matches: not with room for every row.
    if (found < size / 2)
        rows.squeeze();
    return rows;
}

qsizetype FleetSearchText::findAmong(const QByteArray& needle, const int* begin, const int* end,
                                     int* out) const {
    const TextScan::Text text = scanText();
    int* next = out;
    for (const int* row = begin; row != end; ++row) {
        if (TextScan::rowContains(text, *row, needle))
            *next++ = *row;
    }
    return next - out;
}

} // namespace simfleet
