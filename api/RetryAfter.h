#pragma once

#include <QByteArray>
#include <QDateTime>

namespace simfleet {

// The longest wait a Retry-After header can ask of us; more is read as this.
constexpr int kMaxRetryAfterSeconds = 24 * 3600;

// The seconds an HTTP Retry-After header value asks to wait: delay-seconds, or
// an HTTP date read as "from nowUtc" (a past date: 0). Clamped to
// 0..kMaxRetryAfterSeconds; -1 when the value is absent or unreadable.
int retryAfterSeconds(const QByteArray& value, const QDateTime& nowUtc);

} // namespace simfleet
