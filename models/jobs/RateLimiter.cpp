#include "models/jobs/RateLimiter.h"

#include <QtGlobal>

namespace simfleet {

RateLimiter::RateLimiter(int perSecond) {
    m_clock.start();
    setRate(perSecond);
}

void RateLimiter::setRate(int perSecond) {
    m_perSecond = qBound(1, perSecond, 1000);
    while (m_sent.size() > m_perSecond)
        m_sent.dequeue();
}

qint64 RateLimiter::msUntilNext() const {
    qint64 dueAt = qMax(m_nextAt, m_pausedTo);
    // A full window: the oldest of its sends must leave it first.
    if (m_sent.size() >= m_perSecond)
        dueAt = qMax(dueAt, m_sent.head() + 1000000 + kWindowGuardUs);
    const qint64 waitUs = dueAt - nowUs();
    return waitUs <= 0 ? 0 : (waitUs + 999) / 1000;
}

void RateLimiter::take() {
    // On the schedule, so that a send held up by a busy moment is made up
    // for (the window keeps that from becoming a burst); at least half an
    // interval after this one, and an idle while earns no burst.
    const qint64 now = nowUs();
    const qint64 interval = intervalUs();
    m_nextAt = qMax(m_nextAt + interval, now + interval / 2);
    m_sent.enqueue(now);
    while (m_sent.size() > m_perSecond)
        m_sent.dequeue();
}

void RateLimiter::pauseFor(qint64 ms) {
    m_pausedTo = qMax(m_pausedTo, nowUs() + qMax<qint64>(0, ms) * 1000);
}

bool RateLimiter::isPaused() const {
    return nowUs() < m_pausedTo;
}

} // namespace simfleet
