#pragma once

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QtGlobal>

namespace novaemu {

// One SIM card of the second operator (api/v2, docs/api-v2-notes.md). A card with a number is
// a subscriber's SIM; a blank card (empty number) lies in the company's stock until activated.
struct V2Sim {
    QString number; // 7 + 10 digits; empty for a blank card
    QString iccid;  // 19 digits (a card given in a SIM swap: 19 or 20)
    QString imsi;   // 15 digits
    bool blocked = false;
    // Per-service blocks (sim/block-service) and the financial block (sim/block-finance).
    bool internetBlocked = false;
    bool smsBlocked = false;
    bool callBlocked = false;
    bool financeBlocked = false;
    int packetId = 0; // 0 for a blank card
    QString inn;      // the owning company
    double balance = 0.0;
    bool callForwarding = true; // sim/set `cf`
    // A tariff change scheduled by sim/packet (0 / invalid date: none).
    int packetNextId = 0;
    QDate packetNextDate;
    int smallPacketsAdded = 0; // sim/small-packet
    int lastSmallPacketId = 0;
    int infoSmsSent = 0; // sim/send-sms
    QString lastInfoSms; // its `type`

    QJsonObject toJson() const;
};

// A top-up ("small packet") that can be added to a SIM on a given tariff.
struct V2SmallPacket {
    int id = 0;
    QString name;
    int internetMb = 0;
    double price = 0.0;

    QJsonObject toJson() const;
};

// A tariff ("packet") of the second operator.
struct V2Packet {
    int id = 0;
    QString name;
    double price = 0.0;
    int internetMb = 0;
    int minutes = 0;
    int sms = 0;
    QList<V2SmallPacket> smallPackets; // the first is the default of sim/small-packet

    QJsonObject toJson() const;
};

// The second operator's deterministic fleet: the same (sims, seed) always yields the same SIMs
// and the same stock of blank cards.
class V2Fleet final {
public:
    V2Fleet(int sims, quint32 seed);

    quint32 seed() const { return m_seed; }
    // The SIMs with a number, in order; an activated card is appended.
    const QList<V2Sim>& sims() const { return m_sims; }
    // The blank cards still in stock, in order.
    QList<const V2Sim*> blankCards() const;
    const QList<V2Packet>& packets() const { return m_packets; }
    const V2Packet* packet(int id) const;
    QStringList inns() const;
    V2Sim* byNumber(const QString& number);
    const V2Sim* byNumber(const QString& number) const;
    V2Sim* byIccid(const QString& iccid);
    V2Sim* byImsi(const QString& imsi);
    const V2Sim* blankByIccid(const QString& iccid) const;
    const V2Sim* blankByImsi(const QString& imsi) const;

    // Takes the blank card `iccid` out of stock and makes it the SIM of `number` on
    // `packetId`, active. Returns the new SIM (valid until the next change of the fleet).
    V2Sim* activate(const QString& iccid, const QString& number, int packetId);
    // Moves `number` to the card (iccid, imsi): a blank card of that ICCID leaves the stock;
    // the old card is forgotten (its identifiers are free again).
    V2Sim* swapCard(const QString& number, const QString& iccid, const QString& imsi);
    // Identifiers for a new card known only by its ICCID or by its IMSI: deterministic in
    // (seed, the other identifier) and not used by any card.
    QString newImsiFor(const QString& iccid) const;
    QString newIccidFor(const QString& imsi) const;

private:
    quint32 m_seed = 1;
    QList<V2Sim> m_sims;
    QList<V2Sim> m_stock; // blank cards; those taken are no longer in the m_stockBy* indexes
    QList<V2Packet> m_packets;
    QHash<QString, int> m_byNumber;
    QHash<QString, int> m_byIccid;
    QHash<QString, int> m_byImsi;
    QHash<QString, int> m_stockByIccid;
    QHash<QString, int> m_stockByImsi;
};

} // namespace novaemu
