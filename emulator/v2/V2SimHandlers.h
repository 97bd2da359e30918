#pragma once

#include "emulator/ApiTypes.h"
#include "emulator/v2/V2Call.h"

namespace novaemu {

class V2Fleet;
struct V2Sim;

// The sim/... methods of api/v2: list, packets, details, block and unblock (whole SIM, one
// service, financial).
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

private:
    // The SIM `number` names, checked against `imsi`/`iccid` of the call; null and *error set
    // (422 or 404) otherwise.
    V2Sim* identified(const V2Call& call, ApiReply* error) const;

    V2Fleet& m_fleet;
};

} // namespace novaemu
