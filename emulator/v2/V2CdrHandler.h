#pragma once

#include "emulator/ApiTypes.h"
#include "emulator/v2/V2Call.h"

namespace novaemu {

class V2Fleet;

// GET api/v2/cdr/internet: internet usage records, one per SIM and day of [from, to].
class V2CdrHandler final {
public:
    // More rows than this in one answer is a 422 (narrow the period or the numbers).
    static constexpr int kMaxRows = 100000;
    static constexpr int kMaxDays = 366;

    explicit V2CdrHandler(const V2Fleet& fleet)
        : m_fleet(fleet) {}

    ApiReply internet(const V2Call& call) const;

private:
    const V2Fleet& m_fleet;
};

} // namespace novaemu
