#pragma once

#include "emulator/EmulatorConfig.h"

#include <QtGlobal>

namespace novaemu {

// Deterministic, evenly spread faults. With rate r, request n (counted from 1) is hit iff
// floor(n*r) > floor((n-1)*r): exactly the fraction r is hit and, for r <= 0.5, never two in a
// row. The error and the malformed fault have their own counters; the malformed counter only
// counts requests that were not already failed with HTTP 500. Setting a rate restarts its
// counter.
class FaultInjector final {
public:
    enum class Fault { None, ServerError, Malformed };

    FaultInjector(double errorRate, double malformedRate);
    void setErrorRate(double rate);
    void setMalformedRate(double rate);
    Fault next(); // call once per API request
    // For a bulk request that was queued: the fault its answer gets. Its own counter.
    void setAcceptedFault(AcceptedFault fault, double rate);
    AcceptedFault nextAccepted();

private:
    static bool hit(quint64 n, double rate);

    double m_errorRate = 0.0;
    double m_malformedRate = 0.0;
    quint64 m_errorCount = 0;
    quint64 m_malformedCount = 0;
    AcceptedFault m_acceptedFault = AcceptedFault::None;
    double m_acceptedRate = 0.0;
    quint64 m_acceptedCount = 0;
};

} // namespace novaemu
