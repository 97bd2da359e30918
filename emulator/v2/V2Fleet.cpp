#include "emulator/v2/V2Fleet.h"

#include "emulator/Rng.h"

#include <QJsonArray>

#include <cmath>

namespace novaemu {

namespace {

// Companies of the fleet (10- and 12-digit taxpayer numbers).
const char* const kInns[] = {"7701234567", "7812345678", "500100732259"};

// The fewest blank cards in stock of a non-empty fleet.
constexpr int kMinStock = 5;

QString digits(quint64 value, int width) {
    return QStringLiteral("%1").arg(value, width, 10, QLatin1Char('0'));
}

quint64 textHash(const QString& text) {
    quint64 h = 0x76325F74657874ULL;
    for (const QChar c : text)
        h = rng::mix(h ^ c.unicode());
    return h;
}

template <typename T> QJsonValue orNull(bool present, const T& value) {
    return present ? QJsonValue(value) : QJsonValue();
}

} // namespace

QJsonObject V2Sim::toJson() const {
    const QString status = number.isEmpty() ? QStringLiteral("inactive")
                           : blocked        ? QStringLiteral("blocked")
                                            : QStringLiteral("active");
    return {
        {QStringLiteral("number"), orNull(!number.isEmpty(), number)},
        {QStringLiteral("iccid"), iccid},
        {QStringLiteral("imsi"), imsi},
        {QStringLiteral("status"), status},
        {QStringLiteral("services"), QJsonObject{{QStringLiteral("internet"), !internetBlocked},
                                                 {QStringLiteral("sms"), !smsBlocked},
                                                 {QStringLiteral("call"), !callBlocked}}},
        {QStringLiteral("finance_blocked"), financeBlocked},
        {QStringLiteral("packet_id"), orNull(packetId > 0, packetId)},
        {QStringLiteral("inn"), inn},
        {QStringLiteral("balance"), balance},
        {QStringLiteral("call_forwarding"), callForwarding},
        {QStringLiteral("packet_next_id"), orNull(packetNextId > 0, packetNextId)},
        {QStringLiteral("packet_next_date"),
         orNull(packetNextDate.isValid(), packetNextDate.toString(Qt::ISODate))},
        {QStringLiteral("small_packets_added"), smallPacketsAdded},
        {QStringLiteral("last_small_packet_id"), orNull(lastSmallPacketId > 0, lastSmallPacketId)},
        {QStringLiteral("info_sms_sent"), infoSmsSent},
        {QStringLiteral("last_info_sms"), orNull(!lastInfoSms.isEmpty(), lastInfoSms)}};
}

QJsonObject V2SmallPacket::toJson() const {
    return {{QStringLiteral("id"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("internet_mb"), internetMb},
            {QStringLiteral("price"), price}};
}

QJsonObject V2Packet::toJson() const {
    QJsonArray small;
    for (const V2SmallPacket& packet : smallPackets)
        small.append(packet.toJson());
    return {{QStringLiteral("id"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("price"), price},
            {QStringLiteral("internet_mb"), internetMb},
            {QStringLiteral("minutes"), minutes},
            {QStringLiteral("sms"), sms},
            {QStringLiteral("small_packets"), small}};
}

V2Fleet::V2Fleet(int sims, quint32 seed)
    : m_seed(seed)
    , m_packets{{1, QStringLiteral("IoT 100 MB"), 90.0, 100, 0, 10, {}},
                {2, QStringLiteral("IoT 1 GB"), 250.0, 1024, 0, 50, {}},
                {3, QStringLiteral("Telemetry 5 GB"), 600.0, 5120, 30, 100, {}},
                {4, QStringLiteral("Voice & Data"), 450.0, 2048, 300, 300, {}}} {
    // Top-ups: ids are the tariff's id times 100 plus 1, 2.
    m_packets[0].smallPackets = {{101, QStringLiteral("+50 MB"), 50, 40.0},
                                 {102, QStringLiteral("+200 MB"), 200, 120.0}};
    m_packets[1].smallPackets = {{201, QStringLiteral("+500 MB"), 500, 150.0},
                                 {202, QStringLiteral("+1 GB"), 1024, 250.0}};
    m_packets[2].smallPackets = {{301, QStringLiteral("+1 GB"), 1024, 200.0},
                                 {302, QStringLiteral("+5 GB"), 5120, 550.0}};
    m_packets[3].smallPackets = {{401, QStringLiteral("+1 GB"), 1024, 220.0},
                                 {402, QStringLiteral("+3 GB"), 3072, 480.0}};
    const int count = qBound(0, sims, 1000000);
    rng::SplitMix64 random(rng::hash({0x76325F666C656574ULL, seed}));
    // Strides coprime with the modulus keep numbers, ICCIDs and IMSIs unique; card i of the
    // stock is card count + i of these sequences, so it shares no identifier with a SIM.
    const quint64 numberBase = random.next() % 1000000000ULL;
    const quint64 iccidBase = random.next() % 100000000000000ULL;
    const quint64 imsiBase = random.next() % 10000000000ULL;
    const auto card = [&](int i) {
        V2Sim sim;
        sim.iccid = QStringLiteral("89701") +
                    digits((iccidBase + quint64(i) * 104729) % 100000000000000ULL, 14);
        sim.imsi =
            QStringLiteral("25099") + digits((imsiBase + quint64(i) * 7927) % 10000000000ULL, 10);
        return sim;
    };
    m_sims.reserve(count);
    for (int i = 0; i < count; ++i) {
        V2Sim sim = card(i);
        sim.number =
            QStringLiteral("79") + digits((numberBase + quint64(i) * 7919) % 1000000000ULL, 9);
        sim.blocked = random.chance(0.15);
        sim.packetId = m_packets.at(int(random.below(quint32(m_packets.size())))).id;
        sim.inn = QString::fromLatin1(kInns[random.below(3)]);
        sim.balance = std::round(random.unit() * 200000.0 - 5000.0) / 100.0;
        m_byNumber.insert(sim.number, i);
        m_byIccid.insert(sim.iccid, i);
        m_byImsi.insert(sim.imsi, i);
        m_sims.append(sim);
    }
    // The stock: a tenth of the fleet in blank cards (at least kMinStock), each of one company.
    const int stock = count == 0 ? 0 : qMax(kMinStock, (count + 9) / 10);
    m_stock.reserve(stock);
    for (int i = 0; i < stock; ++i) {
        V2Sim blank = card(count + i);
        blank.inn =
            QString::fromLatin1(kInns[rng::hash({seed, quint64(i), 0x76325F73746BULL}) % 3]);
        m_stockByIccid.insert(blank.iccid, i);
        m_stockByImsi.insert(blank.imsi, i);
        m_stock.append(blank);
    }
}

QList<const V2Sim*> V2Fleet::blankCards() const {
    QList<const V2Sim*> cards;
    for (int i = 0; i < m_stock.size(); ++i) {
        if (m_stockByIccid.value(m_stock.at(i).iccid, -1) == i)
            cards.append(&m_stock.at(i));
    }
    return cards;
}

const V2Packet* V2Fleet::packet(int id) const {
    for (const V2Packet& packet : m_packets) {
        if (packet.id == id)
            return &packet;
    }
    return nullptr;
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

V2Sim* V2Fleet::byImsi(const QString& imsi) {
    const auto it = m_byImsi.constFind(imsi);
    return it == m_byImsi.cend() ? nullptr : &m_sims[it.value()];
}

const V2Sim* V2Fleet::blankByIccid(const QString& iccid) const {
    const auto it = m_stockByIccid.constFind(iccid);
    return it == m_stockByIccid.cend() ? nullptr : &m_stock.at(it.value());
}

const V2Sim* V2Fleet::blankByImsi(const QString& imsi) const {
    const auto it = m_stockByImsi.constFind(imsi);
    return it == m_stockByImsi.cend() ? nullptr : &m_stock.at(it.value());
}

V2Sim* V2Fleet::activate(const QString& iccid, const QString& number, int packetId) {
    const int stockIndex = m_stockByIccid.value(iccid, -1);
    if (stockIndex < 0 || m_byNumber.contains(number))
        return nullptr;
    V2Sim sim = m_stock.at(stockIndex);
    m_stockByIccid.remove(sim.iccid);
    m_stockByImsi.remove(sim.imsi);
    sim.number = number;
    sim.packetId = packetId;
    sim.blocked = false;
    const int i = int(m_sims.size());
    m_byNumber.insert(sim.number, i);
    m_byIccid.insert(sim.iccid, i);
    m_byImsi.insert(sim.imsi, i);
    m_sims.append(sim);
    return &m_sims.last();
}

V2Sim* V2Fleet::swapCard(const QString& number, const QString& iccid, const QString& imsi) {
    const int i = m_byNumber.value(number, -1);
    if (i < 0)
        return nullptr;
    V2Sim& sim = m_sims[i];
    const int stockIndex = m_stockByIccid.value(iccid, -1);
    if (stockIndex >= 0) {
        m_stockByIccid.remove(iccid);
        m_stockByImsi.remove(m_stock.at(stockIndex).imsi);
    }
    m_byIccid.remove(sim.iccid);
    m_byImsi.remove(sim.imsi);
    sim.iccid = iccid;
    sim.imsi = imsi;
    m_byIccid.insert(sim.iccid, i);
    m_byImsi.insert(sim.imsi, i);
    return &sim;
}

QString V2Fleet::newImsiFor(const QString& iccid) const {
    for (quint64 attempt = 0;; ++attempt) {
        const quint64 h = rng::hash({m_seed, textHash(iccid), attempt, 0x76325F696D7369ULL});
        QString imsi = QStringLiteral("25099") + digits(h % 10000000000ULL, 10);
        if (!m_byImsi.contains(imsi) && !m_stockByImsi.contains(imsi))
            return imsi;
    }
}

QString V2Fleet::newIccidFor(const QString& imsi) const {
    for (quint64 attempt = 0;; ++attempt) {
        const quint64 h = rng::hash({m_seed, textHash(imsi), attempt, 0x76325F69636369ULL});
        QString iccid = QStringLiteral("89701") + digits(h % 100000000000000ULL, 14);
        if (!m_byIccid.contains(iccid) && !m_stockByIccid.contains(iccid))
            return iccid;
    }
}

} // namespace novaemu
