#pragma once

#include <QElapsedTimer>
#include <QQueue>

namespace simfleet {

// At most `perSecond` sends a second, evenly spaced (a burst would run into a
// server's own per-second window), and a pause that holds every send until it
// ends (a server's Retry-After). Sends held up by a busy moment are made up
// for, but never more than `perSecond` in any window a little longer than a
// second (kWindowGuardUs): a server counting in a sliding one-second window,
// on a clock of its own, must never see one too many.
class RateLimiter final {
public:
    // How much longer than one second the window is: the server timestamps a
    // request when it gets to it, which may be a little later than it left.
    static constexpr qint64 kWindowGuardUs = 30000;

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
    // 5 % wider than 1/rate: a server under load timestamps requests
    // unevenly, and evenly spaced sends must still not push its window over.
    qint64 intervalUs() const { return 1050000 / m_perSecond; }
    qint64 nowUs() const { return m_clock.nsecsElapsed() / 1000; }

    int m_perSecond = 10;
    QElapsedTimer m_clock;
    qint64 m_nextAt = 0;   // when the next token is due, on m_clock, µs
    qint64 m_pausedTo = 0; // no send before this, on m_clock, µs
    QQueue<qint64> m_sent; // the last `perSecond` sends, on m_clock, µs
};

} // namespace simfleet
