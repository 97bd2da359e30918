#include "models/jobs/RateLimiter.h"

#include <QtGlobal>

namespace simfleet {

RateLimiter::RateLimiter(int perSecond) {
    m_clock.start();
    setRate(perSecond);
}

void RateLimiter::setRate(int perSecond) {
    m_perSecond = qBound(1, perSecond, 1000);
}

qint64 RateLimiter::msUntilNext() const {
    const qint64 now = m_clock.elapsed();
    return qMax<qint64>(0, qMax(m_nextAt, m_pausedTo) - now);
}

void RateLimiter::take() {
    // On the schedule, so that a send held up by a busy moment is made up
    // for; but at least half an interval after this one, and an idle while
    // earns no burst.
    const qint64 interval = intervalMs();
    m_nextAt = qMax(m_nextAt + interval, m_clock.elapsed() + interval / 2);
}

void RateLimiter::pauseFor(qint64 ms) {
    m_pausedTo = qMax(m_pausedTo, m_clock.elapsed() + qMax<qint64>(0, ms));
}

bool RateLimiter::isPaused() const {
    return m_clock.elapsed() < m_pausedTo;
}

} // namespace simfleet
