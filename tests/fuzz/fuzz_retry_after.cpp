// The Retry-After header of a 429 answer (retryAfterSeconds): delay-seconds or
// an HTTP date in any of its three forms, against a fixed "now".
#include "api/RetryAfter.h"
#include "tests/fuzz/FuzzSupport.h"

using namespace simfleet;

SIMFLEET_FUZZ_INITIALIZE_QT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray value = fuzz::bytes(data, size);
    const QDateTime now(QDate(2026, 12, 6), QTime(12, 0), Qt::UTC);
    const int seconds = retryAfterSeconds(value, now);
    fuzz::check(seconds >= -1 && seconds <= kMaxRetryAfterSeconds, "a wait out of range",
                QString::number(seconds));
    fuzz::check(retryAfterSeconds(value, now) == seconds, "two readings differ");
    bool isNumber = false;
    const qlonglong number = value.trimmed().toLongLong(&isNumber);
    if (isNumber)
        fuzz::check(seconds == int(qBound(qlonglong(0), number, qlonglong(kMaxRetryAfterSeconds))),
                    "delay-seconds misread", QString::number(seconds));
    // A later "now" never asks to wait longer for the same date.
    if (!isNumber && seconds > 0)
        fuzz::check(retryAfterSeconds(value, now.addSecs(60)) <= seconds,
                    "a later now waits longer");
    return 0;
}
