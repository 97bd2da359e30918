#include "models/fleet/SimStore.h"

#include <QHashFunctions>

#include <cstring>
#include <tuple>

namespace simfleet {

size_t qHash(const GroupRef& group, size_t seed = 0) noexcept {
    return qHashMulti(seed, group.id, group.name);
}

size_t qHash(const SimStore::TariffKey& key, size_t seed) noexcept {
    return qHashMulti(seed, key.id, key.name, key.packageAuto);
}

namespace {

// A text's length prefix in the arena: one byte up to kLongest1, else a
// marker and two or four bytes.
constexpr quint8 kLongest1 = 0xfc;
constexpr quint8 kNull = 0xfd;
constexpr quint8 kLength2 = 0xfe;
constexpr quint8 kLength4 = 0xff;
constexpr int kTextCount = int(SimStore::Text::Count);
constexpr quint32 kUnmapped = 0xffffffffU;

void appendText(QByteArray& arena, const QString& text) {
    if (text.isNull()) {
        arena.append(char(kNull));
        return;
    }
    const QByteArray bytes = text.toUtf8();
    const qsizetype length = bytes.size();
    if (length <= kLongest1) {
        arena.append(char(length));
    } else if (length <= 0xffff) {
        const quint16 n = quint16(length);
        arena.append(char(kLength2));
        arena.append(reinterpret_cast<const char*>(&n), sizeof n);
    } else {
        const quint32 n = quint32(length);
        arena.append(char(kLength4));
        arena.append(reinterpret_cast<const char*>(&n), sizeof n);
    }
    arena.append(bytes);
}

// Reads one length prefix at `at`; returns the text's length (-1: null) and
// moves `at` past the prefix.
qsizetype readLength(const char* arena, qsizetype* at) {
    const auto first = quint8(arena[*at]);
    ++*at;
    if (first <= kLongest1)
        return first;
    if (first == kNull)
        return -1;
    if (first == kLength2) {
        quint16 n = 0;
        std::memcpy(&n, arena + *at, sizeof n);
        *at += sizeof n;
        return n;
    }
    quint32 n = 0;
    std::memcpy(&n, arena + *at, sizeof n);
    *at += sizeof n;
    return qsizetype(n);
}

qint64 msOf(const std::optional<QDateTime>& time) {
    return time ? time->toMSecsSinceEpoch() : 0;
}

std::optional<QDateTime> timeOf(bool present, qint64 ms) {
    if (!present)
        return std::nullopt;
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

} // namespace

template <typename T> quint32 SimStore::Interned<T>::intern(const T& value) {
    const auto known = index.constFind(value);
    if (known != index.constEnd())
        return *known;
    const auto at = quint32(values.size());
    values.append(value);
    index.insert(value, at);
    return at;
}

SimStore::SimStore()
    : d(new Data) {}

void SimStore::reserve(qsizetype rows) {
    if (rows <= capacity())
        return;
    d.detach();
    // Texts take 60-80 bytes a SIM; room is reserved generously, since pages
    // never written to cost no memory, while growing the arena late in a big
    // load copies all of it on the GUI thread.
    const qsizetype bytesPerRow =
        d->rows.empty() ? 128 : d->arena.size() / qsizetype(d->rows.size()) * 3 / 2 + 16;
    d->rows.reserve(std::size_t(rows));
    d->arena.reserve(qMax(d->arena.capacity(), rows * bytesPerRow));
}

void SimStore::clear() {
    d = new Data;
}

SimStore::Row SimStore::encode(const Sim& sim) {
    Row row;
    row.id = sim.id;
    row.balance = sim.balance;
    row.profile = quint8(sim.profile);
    row.block = quint8(sim.block);
    row.limitType = quint8(sim.limit.type);
    quint16 flags = 0;
    if (sim.msuValue) {
        flags |= HasMsu;
        row.msuValue = *sim.msuValue;
    }
    if (sim.limit.valueMb) {
        flags |= HasLimitValue;
        row.limitValueMb = *sim.limit.valueMb;
    }
    if (sim.limit.usedMb) {
        flags |= HasLimitUsed;
        row.limitUsedMb = *sim.limit.usedMb;
    }
    if (sim.limit.updated) {
        flags |= HasLimitUpdated;
        row.limitUpdatedMs = msOf(sim.limit.updated);
    }
    if (sim.limit.created) {
        flags |= HasLimitCreated;
        row.limitCreatedMs = msOf(sim.limit.created);
    }
    if (sim.tariff.changeLock) {
        flags |= HasChangeLock;
        row.changeLockMs = msOf(sim.tariff.changeLock);
    }
    if (sim.hasGroups)
        flags |= HasGroups;
    row.groups = d->groupLists.intern(sim.groups);
    row.tariff = d->tariffs.intern({sim.tariff.id, sim.tariff.name, sim.tariff.packageAuto});
    row.currency = d->currencies.intern(sim.currency);
    if (!sim.profileRaw.isEmpty() || !sim.blockRaw.isEmpty() || !sim.limit.typeRaw.isEmpty() ||
        !sim.queueStatus.isNull() || !sim.extras.isEmpty()) {
        flags |= HasRare;
        d->rare.insert(sim.id, Rare{sim.profileRaw, sim.blockRaw, sim.limit.typeRaw,
                                    sim.queueStatus, sim.extras});
    }
    row.flags = flags;

    const auto offset = quint64(d->arena.size());
    row.textLow = quint32(offset);
    row.textHigh = quint8(offset >> 32);
    appendText(d->arena, sim.iccid);
    appendText(d->arena, sim.number);
    appendText(d->arena, sim.externalNumber);
    appendText(d->arena, sim.name);
    appendText(d->arena, sim.comment);
    return row;
}

void SimStore::append(const Sim& sim) {
    d.detach();
    d->rows.push_back(encode(sim));
}

void SimStore::forgetRare(const Row& row) {
    if ((row.flags & HasRare) != 0)
        d->rare.remove(row.id);
}

void SimStore::set(qsizetype row, const Sim& sim) {
    d.detach();
    Row& target = d->rows[std::size_t(row)];
    forgetRare(target);
    d->replacedBytes += textLength(target);
    target = encode(sim);
    compactArenaIfWasteful();
}

void SimStore::removeRows(qsizetype first, qsizetype count) {
    d.detach();
    const auto begin = d->rows.begin() + first;
    for (auto row = begin; row != begin + count; ++row) {
        forgetRare(*row);
        d->replacedBytes += textLength(*row);
    }
    d->rows.erase(begin, begin + count);
    compactArenaIfWasteful();
}

void SimStore::compactArenaIfWasteful() {
    // Replaced texts stay until they are half the arena: a rename or an
    // update rewrites no more than its own row.
    constexpr qsizetype kMinimumWaste = 1 << 20;
    if (d->replacedBytes < kMinimumWaste || d->replacedBytes * 2 < d->arena.size())
        return;
    QByteArray arena;
    arena.reserve(d->arena.size() - d->replacedBytes);
    for (Row& row : d->rows) {
        const qsizetype from = textOffset(row);
        const qsizetype length = textLength(row);
        const auto offset = quint64(arena.size());
        arena.append(d->arena.constData() + from, length);
        row.textLow = quint32(offset);
        row.textHigh = quint8(offset >> 32);
    }
    d->arena = std::move(arena);
    d->replacedBytes = 0;
}

qsizetype SimStore::textOffset(const Row& row) {
    return qsizetype(quint64(row.textLow) | (quint64(row.textHigh) << 32));
}

void SimStore::readTexts(const Row& row, qsizetype* starts, qsizetype* lengths) const {
    const char* arena = d->arena.constData();
    qsizetype at = textOffset(row);
    for (int i = 0; i < kTextCount; ++i) {
        lengths[i] = readLength(arena, &at);
        starts[i] = at;
        if (lengths[i] > 0)
            at += lengths[i];
    }
}

qsizetype SimStore::textLength(const Row& row) const {
    qsizetype starts[kTextCount];
    qsizetype lengths[kTextCount];
    readTexts(row, starts, lengths);
    const qsizetype last = kTextCount - 1;
    return starts[last] + qMax<qsizetype>(0, lengths[last]) - textOffset(row);
}

QByteArrayView SimStore::utf8(qsizetype row, Text field) const {
    qsizetype starts[kTextCount];
    qsizetype lengths[kTextCount];
    readTexts(at(row), starts, lengths);
    const int i = int(field);
    if (lengths[i] < 0)
        return {};
    return QByteArrayView(d->arena.constData() + starts[i], lengths[i]);
}

void SimStore::utf8Texts(qsizetype row, QByteArrayView* texts) const {
    qsizetype starts[kTextCount];
    qsizetype lengths[kTextCount];
    readTexts(at(row), starts, lengths);
    for (int i = 0; i < kTextCount; ++i) {
        texts[i] = lengths[i] < 0 ? QByteArrayView()
                                  : QByteArrayView(d->arena.constData() + starts[i], lengths[i]);
    }
}

QString SimStore::text(qsizetype row, Text field) const {
    const QByteArrayView bytes = utf8(row, field);
    if (bytes.isNull())
        return {};
    if (bytes.isEmpty())
        return QStringLiteral("");
    return QString::fromUtf8(bytes);
}

std::optional<qint64> SimStore::msuValue(qsizetype row) const {
    const Row& r = at(row);
    return (r.flags & HasMsu) != 0 ? std::optional<qint64>(r.msuValue) : std::nullopt;
}

SimLimit SimStore::limit(qsizetype row) const {
    const Row& r = at(row);
    SimLimit limit;
    limit.type = LimitType(r.limitType);
    if ((r.flags & HasLimitValue) != 0)
        limit.valueMb = r.limitValueMb;
    if ((r.flags & HasLimitUsed) != 0)
        limit.usedMb = r.limitUsedMb;
    limit.updated = timeOf((r.flags & HasLimitUpdated) != 0, r.limitUpdatedMs);
    limit.created = timeOf((r.flags & HasLimitCreated) != 0, r.limitCreatedMs);
    if ((r.flags & HasRare) != 0)
        limit.typeRaw = d->rare.value(r.id).limitTypeRaw;
    return limit;
}

const QString& SimStore::currency(qsizetype row) const {
    return d->currencies.values.at(at(row).currency);
}

const QString& SimStore::tariffName(qsizetype row) const {
    return d->tariffs.values.at(at(row).tariff).name;
}

bool SimStore::packageAuto(qsizetype row) const {
    return d->tariffs.values.at(at(row).tariff).packageAuto;
}

std::optional<QDateTime> SimStore::tariffChangeLock(qsizetype row) const {
    const Row& r = at(row);
    return timeOf((r.flags & HasChangeLock) != 0, r.changeLockMs);
}

const QVector<GroupRef>& SimStore::groups(qsizetype row) const {
    return d->groupLists.values.at(at(row).groups);
}

QString SimStore::profileRaw(qsizetype row) const {
    const Row& r = at(row);
    return (r.flags & HasRare) != 0 ? d->rare.value(r.id).profileRaw : QString();
}

QString SimStore::blockRaw(qsizetype row) const {
    const Row& r = at(row);
    return (r.flags & HasRare) != 0 ? d->rare.value(r.id).blockRaw : QString();
}

bool SimStore::equals(qsizetype row, const Sim& sim) const {
    const Row& r = at(row);
    if (r.id != sim.id || r.balance != sim.balance || r.profile != quint8(sim.profile) ||
        r.block != quint8(sim.block) || r.limitType != quint8(sim.limit.type) ||
        ((r.flags & HasGroups) != 0) != sim.hasGroups || msuValue(row) != sim.msuValue ||
        tariffChangeLock(row) != sim.tariff.changeLock)
        return false;
    const SimLimit stored = limit(row);
    if (stored != sim.limit)
        return false;
    const TariffKey& tariff = d->tariffs.values.at(r.tariff);
    if (tariff.id != sim.tariff.id || tariff.packageAuto != sim.tariff.packageAuto ||
        tariff.name != sim.tariff.name || currency(row) != sim.currency ||
        groups(row) != sim.groups)
        return false;
    const Rare rare = (r.flags & HasRare) != 0 ? d->rare.value(r.id) : Rare();
    if (rare.profileRaw != sim.profileRaw || rare.blockRaw != sim.blockRaw ||
        rare.queueStatus != sim.queueStatus || rare.extras != sim.extras)
        return false;
    qsizetype starts[kTextCount];
    qsizetype lengths[kTextCount];
    readTexts(r, starts, lengths);
    const QString* texts[kTextCount] = {&sim.iccid, &sim.number, &sim.externalNumber, &sim.name,
                                        &sim.comment};
    for (int i = 0; i < kTextCount; ++i) {
        const QUtf8StringView stored(d->arena.constData() + starts[i],
                                     qMax<qsizetype>(0, lengths[i]));
        if (!QAnyStringView::equal(QStringView(*texts[i]), stored))
            return false;
    }
    return true;
}

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

Sim SimStore::sim(qsizetype row) const {
    const Row& r = at(row);
    Sim sim;
    sim.id = r.id;
    qsizetype starts[kTextCount];
    qsizetype lengths[kTextCount];
    readTexts(r, starts, lengths);
    QString* texts[kTextCount] = {&sim.iccid, &sim.number, &sim.externalNumber, &sim.name,
                                  &sim.comment};
    for (int i = 0; i < kTextCount; ++i) {
        if (lengths[i] == 0)
            *texts[i] = QStringLiteral("");
        else if (lengths[i] > 0)
            *texts[i] = QString::fromUtf8(d->arena.constData() + starts[i], lengths[i]);
    }
    sim.balance = r.balance;
    sim.currency = currency(row);
    sim.msuValue = msuValue(row);
    sim.profile = SimProfile(r.profile);
    sim.block = BlockCode(r.block);
    sim.groups = groups(row);
    sim.hasGroups = (r.flags & HasGroups) != 0;
    sim.limit = limit(row);
    const TariffKey& tariff = d->tariffs.values.at(r.tariff);
    sim.tariff.id = tariff.id;
    sim.tariff.name = tariff.name;
    sim.tariff.packageAuto = tariff.packageAuto;
    sim.tariff.changeLock = tariffChangeLock(row);
    if ((r.flags & HasRare) != 0) {
        const Rare rare = d->rare.value(r.id);
        sim.profileRaw = rare.profileRaw;
        sim.blockRaw = rare.blockRaw;
        sim.queueStatus = rare.queueStatus;
        sim.extras = rare.extras;
    }
    return sim;
}

} // namespace simfleet
