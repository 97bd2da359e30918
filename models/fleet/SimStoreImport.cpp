#include "models/fleet/SimStore.h"

#include <cstring>
#include <tuple>

// SimStore between stores: comparing a row with another store's, and copying
// rows in (SimStore::Import).

namespace simfleet {

namespace {
constexpr quint32 kUnmapped = 0xffffffffU;
} // namespace

const SimStore::Rare* SimStore::rareOf(const Row& row) const {
    if ((row.flags & HasRare) == 0)
        return nullptr;
    const auto it = d->rare.constFind(row.id);
    return it == d->rare.constEnd() ? nullptr : &*it;
}

bool SimStore::equals(qsizetype row, const SimStore& other, qsizetype from) const {
    const Row& a = at(row);
    const Row& b = other.at(from);
    // Every plain field at once: the record minus the arena offset and the
    // interned indexes, which differ between stores.
    const auto plain = [](const Row& r) {
        return std::tie(r.id, r.balance, r.msuValue, r.limitValueMb, r.limitUsedMb,
                        r.limitUpdatedMs, r.limitCreatedMs, r.changeLockMs, r.profile, r.block,
                        r.limitType, r.flags);
    };
    if (plain(a) != plain(b))
        return false;
    if (currency(row) != other.currency(from) || groups(row) != other.groups(from) ||
        !(d->tariffs.values.at(a.tariff) == other.d->tariffs.values.at(b.tariff)))
        return false;
    const Rare* rareA = rareOf(a);
    const Rare* rareB = other.rareOf(b);
    if (rareA || rareB) {
        if (!rareA || !rareB || rareA->profileRaw != rareB->profileRaw ||
            rareA->blockRaw != rareB->blockRaw || rareA->limitTypeRaw != rareB->limitTypeRaw ||
            rareA->queueStatus != rareB->queueStatus ||
            rareA->queueStatus.isNull() != rareB->queueStatus.isNull() ||
            rareA->extras != rareB->extras)
            return false;
    }
    const qsizetype length = textLength(a);
    return length == other.textLength(b) &&
           std::memcmp(d->arena.constData() + textOffset(a),
                       other.d->arena.constData() + textOffset(b), std::size_t(length)) == 0;
}

void SimStore::copyTexts(Row& row, const SimStore& other, const Row& from) {
    const auto offset = quint64(d->arena.size());
    d->arena.append(other.d->arena.constData() + textOffset(from), other.textLength(from));
    row.textLow = quint32(offset);
    row.textHigh = quint8(offset >> 32);
}

SimStore::Import::Import(SimStore* target, const SimStore& source)
    : m_target(target)
    , m_source(source)
    , m_currencies(std::size_t(source.d->currencies.values.size()), kUnmapped)
    , m_tariffs(std::size_t(source.d->tariffs.values.size()), kUnmapped)
    , m_groupLists(std::size_t(source.d->groupLists.values.size()), kUnmapped) {}

quint32 SimStore::Import::mapped(std::vector<quint32>& cache, quint32 index, int table) {
    quint32& known = cache[index];
    if (known != kUnmapped)
        return known;
    Data& to = *m_target->d;
    const Data& from = *m_source.d;
    switch (table) {
    case 0:
        known = to.currencies.intern(from.currencies.values.at(index));
        break;
    case 1:
        known = to.tariffs.intern(from.tariffs.values.at(index));
        break;
    default:
        known = to.groupLists.intern(from.groupLists.values.at(index));
        break;
    }
    return known;
}

SimStore::Row SimStore::Import::map(qsizetype from) {
    const Row& source = m_source.at(from);
    Row row = source;
    row.currency = mapped(m_currencies, source.currency, 0);
    row.tariff = mapped(m_tariffs, source.tariff, 1);
    row.groups = mapped(m_groupLists, source.groups, 2);
    if (const Rare* rare = m_source.rareOf(source))
        m_target->d->rare.insert(source.id, *rare);
    m_target->copyTexts(row, m_source, source);
    return row;
}

void SimStore::Import::append(qsizetype from) {
    m_target->d.detach();
    m_target->d->rows.push_back(map(from));
}

void SimStore::Import::set(qsizetype row, qsizetype from) {
    m_target->d.detach();
    Row& target = m_target->d->rows[std::size_t(row)];
    m_target->forgetRare(target);
    m_target->d->replacedBytes += m_target->textLength(target);
    target = map(from);
    m_target->compactArenaIfWasteful();
}

} // namespace simfleet
