#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QtGlobal>

namespace novaemu {

// One SIM of the second operator (api/v2, docs/api-v2-notes.md).
struct V2Sim {
    QString number; // 7 + 10 digits
    QString iccid;  // 19 digits
    QString imsi;   // 15 digits
    bool blocked = false;
    // Per-service blocks (sim/block-service) and the financial block (sim/block-finance).
    bool internetBlocked = false;
    bool smsBlocked = false;
    bool callBlocked = false;
    bool financeBlocked = false;
    int packetId = 0;
    QString inn; // the owning company
    double balance = 0.0;

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

    QJsonObject toJson() const;
};

// The second operator's deterministic fleet: the same (sims, seed) always yields the same SIMs.
class V2Fleet final {
public:
    V2Fleet(int sims, quint32 seed);

    quint32 seed() const { return m_seed; }
    const QList<V2Sim>& sims() const { return m_sims; }
    const QList<V2Packet>& packets() const { return m_packets; }
    QStringList inns() const;
    V2Sim* byNumber(const QString& number);
    const V2Sim* byNumber(const QString& number) const;
    V2Sim* byIccid(const QString& iccid);

private:
    quint32 m_seed = 1;
    QList<V2Sim> m_sims;
    QList<V2Packet> m_packets;
    QHash<QString, int> m_byNumber;
    QHash<QString, int> m_byIccid;
};

} // namespace novaemu
