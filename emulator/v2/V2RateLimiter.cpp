#include "emulator/v2/V2RateLimiter.h"

namespace novaemu {

V2RateLimiter::V2RateLimiter(int perSecond)
    : m_perSecond(qMax(0, perSecond)) {
    m_clock.start();
}

bool V2RateLimiter::admit(int* retryAfterSecs) {
    if (m_perSecond <= 0)
        return true;
    const qint64 now = m_clock.elapsed();
    while (!m_admitted.isEmpty() && now - m_admitted.head() >= 1000)
        m_admitted.dequeue();
    if (m_admitted.size() < m_perSecond) {
        m_admitted.enqueue(now);
        return true;
    }
    if (retryAfterSecs) {
        const qint64 waitMs = m_admitted.head() + 1000 - now;
        *retryAfterSecs = int(qMax<qint64>(1, (waitMs + 999) / 1000));
    }
    return false;
}

} // namespace novaemu
