#pragma once

#include "api/ApiClient.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QVector>

#include <optional>

namespace simfleet {

// The second operator's changes: one request per SIM, answered at once (no
// queue). Paths and verbs follow docs/api-v2-notes.md; this file and
// V2Service are the only places that know them.
enum class V2Action {
    Block,
    Unblock,
    BlockService,
    UnblockService,
    BlockFinance,
    UnblockFinance,
    ChangePacket, // tariff change from a date
    TopUp,        // small (top-up) packet
    InfoSms,      // informational SMS about a packet type
    Activate,     // bind a number to a SIM with a packet
    BindNumber,   // bind the number to another SIM (call forwarding optional)
    SwapSim,      // move the number to a new SIM
};

struct V2ChangeParams {
    // The SIM the number is bound to now (every action but Activate and
    // BindNumber, where they name the SIM to bind): one of the two is enough.
    QString iccid, imsi;
    qint64 packetId = 0;        // Activate, ChangePacket
    QDate date;                 // ChangePacket: the new tariff's first day
    QString service;            // Block/UnblockService: internet, sms or call
    bool callForwarding = true; // BindNumber
    QString newIccid, newImsi;  // SwapSim: the SIM the number moves to
    qint64 smallPacketId = 0;   // TopUp: 0 = the first of the SIM's tariff
    QString smsType;            // InfoSms: call or internet
};

// Checks of input the operator validates too, made before anything is sent.
namespace V2Validation {
bool isNumber(const QString& text); // ^7\d{10}$
bool isIccid(const QString& text);  // 18 to 22 digits
bool isImsi(const QString& text);   // 15 digits
bool isInn(const QString& text);    // 10 or 12 digits
// YYYY-MM-DD and a real date; nullopt otherwise.
std::optional<QDate> date(const QString& text);
QString dateText(const QDate& date);
} // namespace V2Validation

class V2Actions final {
    Q_DECLARE_TR_FUNCTIONS(V2Actions)

public:
    static const QVector<V2Action>& all();
    static QString name(V2Action action); // "block-service": CLI, journal
    static std::optional<V2Action> fromName(const QString& name);
    static QString displayName(V2Action action); // translated verb
    // "sim/block/79001234567"
    static QString path(V2Action action, const QString& number);
    static QJsonObject body(V2Action action, const V2ChangeParams& params);
    // Field → translated problem, named as the operator names its fields (so
    // its 422 answers land on the same fields); empty when valid.
    static QMap<QString, QString> validate(V2Action action, const QString& number,
                                           const V2ChangeParams& params);
    // Whether the action changes a state SimFleet reads back from the SIM,
    // so that an unknown outcome can be settled by reading it.
    static bool hasVisibleState(V2Action action);
};

// What the gateway needs to know of api/v2: only `login` is sent before the
// session knows it may write, GETs are the reads, and no `lang` parameter.
ApiClient::MethodRules v2MethodRules();

} // namespace simfleet
