#pragma once

#include <QElapsedTimer>
#include <QQueue>
#include <QtGlobal>

namespace novaemu {

// At most `perSecond` requests in any sliding window of one second (0: no limit).
class V2RateLimiter final {
public:
    explicit V2RateLimiter(int perSecond);

    // True when the request may go on (and counts it); otherwise *retryAfterSecs says how long
    // to wait (at least 1).
    bool admit(int* retryAfterSecs);

private:
    int m_perSecond = 0;
    QElapsedTimer m_clock;
    QQueue<qint64> m_admitted; // msecs of the requests let through in the last second
};

} // namespace novaemu
