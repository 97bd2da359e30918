#pragma once

#include <QElapsedTimer>

namespace simfleet {

// A token bucket of one token: at most `perSecond` sends a second (a little
// under it: see intervalMs()), evenly spaced (a burst would run into a server's own per-second
// window), and a pause that holds every send until it ends (a server's Retry-After).
class RateLimiter final {
public:
    explicit RateLimiter(int perSecond = 10);

    void setRate(int perSecond);
    int rate() const { return m_perSecond; }
    // Milliseconds until a send may go; 0: now.
    qint64 msUntilNext() const;
    // Takes the token of a send that goes now (msUntilNext() was 0).
    void take();
    // Holds every send for `ms` from now (a longer pause already running wins).
    void pauseFor(qint64 ms);
    bool isPaused() const;

private:
    // 5 % wider than 1/rate: a send held up by a busy moment leaves closer to
    // the next one, which must not push a server's one-second window over.
    qint64 intervalMs() const { return (1050 + m_perSecond - 1) / m_perSecond; }

    int m_perSecond = 10;
    QElapsedTimer m_clock;
    qint64 m_nextAt = 0;   // when the next token is due, on m_clock
    qint64 m_pausedTo = 0; // no send before this, on m_clock
};

} // namespace simfleet
