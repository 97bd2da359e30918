#include "models/fleet/SimStore.h"

#include <QHashFunctions>

#include <cstring>

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
    return equals(row, of({sim}), 0);
}

SimStore SimStore::of(const QVector<Sim>& sims) {
    SimStore store;
    store.reserve(sims.size());
    for (const Sim& sim : sims)
        store.append(sim);
    return store;
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
