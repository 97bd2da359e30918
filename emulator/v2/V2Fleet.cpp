#include "emulator/v2/V2Fleet.h"

#include "emulator/Rng.h"

#include <cmath>

namespace novaemu {

namespace {

// Companies of the fleet (10- and 12-digit taxpayer numbers).
const char* const kInns[] = {"7701234567", "7812345678", "500100732259"};

QString digits(quint64 value, int width) {
    return QStringLiteral("%1").arg(value, width, 10, QLatin1Char('0'));
}

} // namespace

QJsonObject V2Sim::toJson() const {
    return {
        {QStringLiteral("number"), number},
        {QStringLiteral("iccid"), iccid},
        {QStringLiteral("imsi"), imsi},
        {QStringLiteral("status"), blocked ? QStringLiteral("blocked") : QStringLiteral("active")},
        {QStringLiteral("services"), QJsonObject{{QStringLiteral("internet"), !internetBlocked},
                                                 {QStringLiteral("sms"), !smsBlocked},
                                                 {QStringLiteral("call"), !callBlocked}}},
        {QStringLiteral("finance_blocked"), financeBlocked},
        {QStringLiteral("packet_id"), packetId},
        {QStringLiteral("inn"), inn},
        {QStringLiteral("balance"), balance}};
}

QJsonObject V2Packet::toJson() const {
    return {{QStringLiteral("id"), id},           {QStringLiteral("name"), name},
            {QStringLiteral("price"), price},     {QStringLiteral("internet_mb"), internetMb},
            {QStringLiteral("minutes"), minutes}, {QStringLiteral("sms"), sms}};
}

V2Fleet::V2Fleet(int sims, quint32 seed)
    : m_seed(seed) {
    m_packets = {{1, QStringLiteral("IoT 100 MB"), 90.0, 100, 0, 10},
                 {2, QStringLiteral("IoT 1 GB"), 250.0, 1024, 0, 50},
                 {3, QStringLiteral("Telemetry 5 GB"), 600.0, 5120, 30, 100},
                 {4, QStringLiteral("Voice & Data"), 450.0, 2048, 300, 300}};
    const int count = qBound(0, sims, 1000000);
    rng::SplitMix64 random(rng::hash({0x76325F666C656574ULL, seed}));
    // Strides coprime with the modulus keep numbers, ICCIDs and IMSIs unique.
    const quint64 numberBase = random.next() % 1000000000ULL;
    const quint64 iccidBase = random.next() % 100000000000000ULL;
    const quint64 imsiBase = random.next() % 10000000000ULL;
    m_sims.reserve(count);
    for (int i = 0; i < count; ++i) {
        V2Sim sim;
        sim.number =
            QStringLiteral("79") + digits((numberBase + quint64(i) * 7919) % 1000000000ULL, 9);
        sim.iccid = QStringLiteral("89701") +
                    digits((iccidBase + quint64(i) * 104729) % 100000000000000ULL, 14);
        sim.imsi =
            QStringLiteral("25099") + digits((imsiBase + quint64(i) * 7927) % 10000000000ULL, 10);
        sim.blocked = random.chance(0.15);
        sim.packetId = m_packets.at(int(random.below(quint32(m_packets.size())))).id;
        sim.inn = QString::fromLatin1(kInns[random.below(3)]);
        sim.balance = std::round(random.unit() * 200000.0 - 5000.0) / 100.0;
        m_byNumber.insert(sim.number, i);
        m_byIccid.insert(sim.iccid, i);
        m_sims.append(sim);
    }
}

QStringList V2Fleet::inns() const {
    QStringList list;
    for (const char* inn : kInns)
        list.append(QString::fromLatin1(inn));
    return list;
}

V2Sim* V2Fleet::byNumber(const QString& number) {
    const auto it = m_byNumber.constFind(number);
    return it == m_byNumber.cend() ? nullptr : &m_sims[it.value()];
}

const V2Sim* V2Fleet::byNumber(const QString& number) const {
    const auto it = m_byNumber.constFind(number);
    return it == m_byNumber.cend() ? nullptr : &m_sims.at(it.value());
}

V2Sim* V2Fleet::byIccid(const QString& iccid) {
    const auto it = m_byIccid.constFind(iccid);
    return it == m_byIccid.cend() ? nullptr : &m_sims[it.value()];
}

} // namespace novaemu
