#include "models/storage/SimBinaryCodec.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

#include <cmath>
#include <cstring>
#include <type_traits>

namespace simfleet::SimBinaryCodec {

namespace {

constexpr quint32 kNullString = 0xFFFFFFFFu;

class Writer final {
public:
    explicit Writer(QByteArray* out)
        : m_out(out) {}

    template <typename T> void number(T value) {
        static_assert(std::is_integral_v<T>);
        const T little = qToLittleEndian(value);
        m_out->append(reinterpret_cast<const char*>(&little), sizeof little);
    }
    void real(double value) {
        quint64 bits = 0;
        std::memcpy(&bits, &value, sizeof bits);
        number(bits);
    }
    void flag(bool value) { number(quint8(value ? 1 : 0)); }
    void text(const QString& value) {
        if (value.isNull()) {
            number(kNullString);
            return;
        }
        const QByteArray utf8 = value.toUtf8();
        number(quint32(utf8.size()));
        m_out->append(utf8);
    }
    void optionalNumber(const std::optional<qint64>& value) {
        flag(value.has_value());
        if (value)
            number(qint64(*value));
    }
    void optionalReal(const std::optional<double>& value) {
        flag(value.has_value());
        if (value)
            real(*value);
    }
    void optionalTime(const std::optional<QDateTime>& value) {
        flag(value.has_value());
        if (value)
            number(qint64(value->toMSecsSinceEpoch()));
    }

private:
    QByteArray* m_out;
};

class Reader final {
public:
    explicit Reader(QByteArrayView data)
        : m_data(data) {}

    bool ok() const { return m_ok; }
    bool atEnd() const { return m_pos == m_data.size(); }
    qsizetype remaining() const { return m_data.size() - m_pos; }

    template <typename T> T number() {
        static_assert(std::is_integral_v<T>);
        T little{};
        if (!take(sizeof little))
            return T{};
        std::memcpy(&little, m_data.data() + m_pos - qsizetype(sizeof little), sizeof little);
        return qFromLittleEndian(little);
    }
    double real() {
        const quint64 bits = number<quint64>();
        double value = 0;
        std::memcpy(&value, &bits, sizeof value);
        // The API reader never gives a SIM an infinite or NaN number (and
        // NaN would not even equal itself once read back).
        if (!std::isfinite(value))
            m_ok = false;
        return value;
    }
    bool flag() {
        const quint8 value = number<quint8>();
        if (value > 1)
            m_ok = false;
        return value == 1;
    }
    QString text() {
        const quint32 size = number<quint32>();
        if (size == kNullString || !m_ok)
            return {};
        if (!take(qsizetype(size)))
            return {};
        if (size == 0)
            return QStringLiteral("");
        return QString::fromUtf8(m_data.data() + m_pos - qsizetype(size), qsizetype(size));
    }
    std::optional<qint64> optionalNumber() {
        if (!flag())
            return std::nullopt;
        return number<qint64>();
    }
    std::optional<double> optionalReal() {
        if (!flag())
            return std::nullopt;
        return real();
    }
    std::optional<QDateTime> optionalTime() {
        if (!flag())
            return std::nullopt;
        return QDateTime::fromMSecsSinceEpoch(number<qint64>(), Qt::UTC);
    }
    // An enum stored as a byte, refused beyond its last value.
    template <typename E> E code(E last) {
        const quint8 value = number<quint8>();
        if (value > quint8(last))
            m_ok = false;
        return E(value);
    }
    void fail() { m_ok = false; }

private:
    bool take(qsizetype size) {
        if (!m_ok || size < 0 || size > remaining()) {
            m_ok = false;
            return false;
        }
        m_pos += size;
        return true;
    }

    QByteArrayView m_data;
    qsizetype m_pos = 0;
    bool m_ok = true;
};

void write(Writer& w, const Sim& sim) {
    w.number(qint64(sim.id));
    w.text(sim.iccid);
    w.text(sim.number);
    w.text(sim.externalNumber);
    w.text(sim.name);
    w.real(sim.balance);
    w.text(sim.currency);
    w.optionalNumber(sim.msuValue);
    w.number(quint8(sim.profile));
    w.text(sim.profileRaw);
    w.number(quint8(sim.block));
    w.text(sim.blockRaw);
    w.text(sim.comment);
    w.flag(sim.hasGroups);
    w.number(quint32(sim.groups.size()));
    for (const GroupRef& group : sim.groups) {
        w.number(qint64(group.id));
        w.text(group.name);
    }
    w.number(quint8(sim.limit.type));
    w.text(sim.limit.typeRaw);
    w.optionalNumber(sim.limit.valueMb);
    w.optionalReal(sim.limit.usedMb);
    w.optionalTime(sim.limit.updated);
    w.optionalTime(sim.limit.created);
    w.number(qint64(sim.tariff.id));
    w.text(sim.tariff.name);
    w.optionalTime(sim.tariff.changeLock);
    w.flag(sim.tariff.packageAuto);
    w.text(sim.queueStatus);
    w.text(sim.extras.isEmpty()
               ? QString()
               : QString::fromUtf8(QJsonDocument(sim.extras).toJson(QJsonDocument::Compact)));
}

// The smallest a group takes: its id and a null name.
constexpr qsizetype kMinGroupBytes = 8 + 4;
// The smallest a SIM takes: its numbers, flags, codes and 12 null strings.
constexpr qsizetype kMinSimBytes = 87;

Sim read(Reader& r) {
    Sim sim;
    sim.id = r.number<qint64>();
    if (sim.id < 1)
        r.fail();
    sim.iccid = r.text();
    sim.number = r.text();
    sim.externalNumber = r.text();
    sim.name = r.text();
    sim.balance = r.real();
    sim.currency = r.text();
    sim.msuValue = r.optionalNumber();
    sim.profile = r.code(SimProfile::TC);
    sim.profileRaw = r.text();
    sim.block = r.code(BlockCode::Unknown);
    sim.blockRaw = r.text();
    sim.comment = r.text();
    sim.hasGroups = r.flag();
    const quint32 groups = r.number<quint32>();
    if (qsizetype(groups) > r.remaining() / kMinGroupBytes) {
        r.fail();
        return sim;
    }
    sim.groups.reserve(qsizetype(groups));
    for (quint32 i = 0; i < groups && r.ok(); ++i) {
        GroupRef group;
        group.id = r.number<qint64>();
        group.name = r.text();
        sim.groups.append(std::move(group));
    }
    sim.limit.type = r.code(LimitType::Unknown);
    sim.limit.typeRaw = r.text();
    sim.limit.valueMb = r.optionalNumber();
    sim.limit.usedMb = r.optionalReal();
    sim.limit.updated = r.optionalTime();
    sim.limit.created = r.optionalTime();
    sim.tariff.id = r.number<qint64>();
    sim.tariff.name = r.text();
    sim.tariff.changeLock = r.optionalTime();
    sim.tariff.packageAuto = r.flag();
    sim.queueStatus = r.text();
    const QString extras = r.text();
    if (!extras.isNull()) {
        const QJsonDocument document = QJsonDocument::fromJson(extras.toUtf8());
        if (!document.isObject() || document.object().isEmpty())
            r.fail();
        sim.extras = document.object();
    }
    return sim;
}

} // namespace

QByteArray encodePage(const Sim* begin, const Sim* end) {
    QByteArray page;
    page.reserve((end - begin) * 160);
    Writer writer(&page);
    writer.number(quint32(end - begin));
    for (const Sim* sim = begin; sim != end; ++sim)
        write(writer, *sim);
    return page;
}

std::optional<QVector<Sim>> decodePage(QByteArrayView page, qsizetype expectedCount) {
    Reader reader(page);
    const quint32 count = reader.number<quint32>();
    if (!reader.ok() || qsizetype(count) != expectedCount || expectedCount < 0 ||
        expectedCount > reader.remaining() / kMinSimBytes)
        return std::nullopt;
    QVector<Sim> sims;
    sims.reserve(expectedCount);
    for (qsizetype i = 0; i < expectedCount && reader.ok(); ++i)
        sims.append(read(reader));
    if (!reader.ok() || !reader.atEnd())
        return std::nullopt;
    return sims;
}

} // namespace simfleet::SimBinaryCodec
