#pragma once

#include "emulator/ApiTypes.h"
#include "emulator/v2/V2Call.h"
#include "emulator/v2/V2Params.h"

#include <QDate>

namespace novaemu {

class V2Fleet;
struct V2Packet;
struct V2Sim;

// The parameters that name a SIM's card, and whether one of the two is required.
struct V2CardKeys {
    QString imsi = QStringLiteral("imsi");
    QString iccid = QStringLiteral("iccid");
    bool required = true;
    // `imsi`/`iccid` that need not be given, but must be the SIM's when they are.
    static V2CardKeys optional() {
        return {QStringLiteral("imsi"), QStringLiteral("iccid"), false};
    }
};

// The sim/... methods of api/v2: list, packets, details, activation, tariff change, block
// and unblock (whole SIM, one service, financial), number binding, SIM swap, top-up packet
// and informational SMS. Every change applies at once and answers {"data": SIM}.
class V2SimHandlers final {
public:
    explicit V2SimHandlers(V2Fleet& fleet)
        : m_fleet(fleet) {}

    ApiReply list(const V2Call& call) const;
    ApiReply packets(const V2Call& call) const;
    ApiReply infoByNumber(const V2Call& call) const;       // args: number
    ApiReply infoByIccid(const V2Call& call) const;        // args: iccid
    ApiReply setBlocked(const V2Call& call, bool blocked); // args: number
    // `type` = internet | sms | call; args: number
    ApiReply setServiceBlocked(const V2Call& call, bool blocked);
    ApiReply setFinanceBlocked(const V2Call& call, bool blocked); // args: number
    // `packet_id`, `imsi`/`iccid` of a blank card; args: number
    ApiReply activate(const V2Call& call);
    // `packet_id`, `date` (today or later), `imsi`/`iccid`; args: number
    ApiReply changePacket(const V2Call& call);
    // `imsi`/`iccid`, `cf` (true when absent); args: number
    ApiReply bindNumber(const V2Call& call);
    // new `imsi`/`iccid`, `current_imsi`/`current_iccid`; args: number
    ApiReply swapSim(const V2Call& call);
    // `small_packet_id` (the tariff's first when absent); args: number
    ApiReply addSmallPacket(const V2Call& call);
    // `type` = call | internet; args: number
    ApiReply sendInfoSms(const V2Call& call);

    // The operator's today (UTC): the first day a tariff change may be scheduled for.
    static QDate today();

private:
    // Appends the 422 texts when `keys` are required and neither is given.
    static void requireCard(const V2Call& call, const V2CardKeys& keys,
                            V2Params::FieldErrors* errors);
    // Appends the 422 texts for a malformed `iccid` (19-20 digits) or `imsi` (15 digits).
    static void checkCardFormat(const V2Call& call, V2Params::FieldErrors* errors);
    // The SIM `number` names, checked against the card `keys` of the call. Null and *error set
    // otherwise: a 422 with `errors` (the method's own field errors) and those of the request,
    // a 404 for an unknown number, a 422 when the card is not the SIM's.
    V2Sim* identified(const V2Call& call, const V2Params::FieldErrors& errors, ApiReply* error,
                      const V2CardKeys& keys = V2CardKeys()) const;
    // The card the call's `iccid`/`imsi` name: a blank card of the stock or, when
    // `newCardAllowed`, a card unknown to the emulator (the missing identifier made up). False
    // and *error (a 422) for a card in use, an unknown card otherwise, or two identifiers of
    // different cards.
    bool resolveCard(const V2Call& call, bool newCardAllowed, ApiReply* error, QString* cardIccid,
                     QString* cardImsi) const;
    // The existing packet the parameter `name` names; null and an error otherwise.
    const V2Packet* packetParam(const V2Call& call, const QString& name,
                                V2Params::FieldErrors* errors) const;
    // {"data": SIM}, the answer of every change.
    static ApiReply changed(const V2Sim& sim);

    V2Fleet& m_fleet;
};

} // namespace novaemu
