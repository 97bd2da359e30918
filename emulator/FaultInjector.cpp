#include "emulator/FaultInjector.h"

#include <cmath>

namespace novaemu {

namespace {
double clampRate(double rate) {
    return std::isfinite(rate) ? qBound(0.0, rate, 1.0) : 0.0;
}
} // namespace

FaultInjector::FaultInjector(double errorRate, double malformedRate)
    : m_errorRate(clampRate(errorRate))
    , m_malformedRate(clampRate(malformedRate)) {}

void FaultInjector::setErrorRate(double rate) {
    m_errorRate = clampRate(rate);
    m_errorCount = 0;
}

void FaultInjector::setMalformedRate(double rate) {
    m_malformedRate = clampRate(rate);
    m_malformedCount = 0;
}

bool FaultInjector::hit(quint64 n, double rate) {
    constexpr double kEpsilon = 1e-9; // so that e.g. 10 * 0.1 counts as 1
    return std::floor(double(n) * rate + kEpsilon) > std::floor(double(n - 1) * rate + kEpsilon);
}

void FaultInjector::setAcceptedFault(AcceptedFault fault, double rate) {
    m_acceptedFault = fault;
    m_acceptedRate = clampRate(rate);
    m_acceptedCount = 0;
}

AcceptedFault FaultInjector::nextAccepted() {
    if (m_acceptedFault == AcceptedFault::None || !hit(++m_acceptedCount, m_acceptedRate))
        return AcceptedFault::None;
    return m_acceptedFault;
}

FaultInjector::Fault FaultInjector::next() {
    if (hit(++m_errorCount, m_errorRate))
        return Fault::ServerError;
    if (hit(++m_malformedCount, m_malformedRate))
        return Fault::Malformed;
    return Fault::None;
}

} // namespace novaemu
