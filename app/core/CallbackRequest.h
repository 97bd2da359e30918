#pragma once

#include "api/AccountNotification.h"
#include "api/QueueCallback.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace simfleet {

// What CallbackListener decides about one request, apart from the HTTP server
// that reads it: plain functions of the request's head and body, so that they
// can be checked (and fuzzed) without a socket. Statuses are HTTP codes; 0
// means "go on".
namespace CallbackRequest {

// The parts of a request head the listener looks at.
struct Head {
    QByteArray url;    // the path as requested
    QByteArray method; // "POST", ...
    bool hasTransferEncoding = false;
    QByteArray contentLength; // the header's value; empty when absent
    QByteArray contentType;   // the header's value; empty when absent
};

// The status a request is refused with before its body is read (404: neither
// path, 405: not a POST, 411: Transfer-Encoding, 400: an unreadable length,
// 413: a length over `maxBodyBytes`, 415: not JSON), or 0. On 0,
// *contentLength is the announced length (0 when none) and *notification
// says whether the request is on `notificationPath`.
unsigned refusal(const QByteArray& callbackPath, const QByteArray& notificationPath,
                 const Head& head, qint64 maxBodyBytes, qint64* contentLength, bool* notification);

// A whole body read: 200 with the parsed callback or notification, or 400.
// `warning` is what to log (notifications only), empty when nothing.
struct Reading {
    unsigned status = 400;
    std::optional<QueueCallback> callback;
    std::optional<AccountNotification> notification;
    QString warning;
};
Reading readBody(const QByteArray& body, bool notification);

} // namespace CallbackRequest

} // namespace simfleet
