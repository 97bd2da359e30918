#include "app/core/CallbackRequest.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <microhttpd.h>

namespace simfleet::CallbackRequest {

namespace {

bool isJsonContentType(const QByteArray& value) {
    const QByteArray mime = value.split(';').constFirst().trimmed().toLower();
    return mime == "application/json";
}

// Takes as long for a near miss as for a wrong first byte, so the time of a
// 404 tells nothing about how much of a guessed secret was right.
bool sameInConstantTime(const QByteArray& expected, const QByteArray& actual) {
    unsigned difference = expected.size() == actual.size() ? 0u : 1u;
    const QByteArray& other = expected.size() == actual.size() ? actual : expected;
    for (qsizetype i = 0; i < expected.size(); ++i)
        difference |= unsigned(uchar(expected.at(i)) ^ uchar(other.at(i)));
    return difference == 0;
}

Reading readCallback(const QJsonObject& object) {
    Reading reading;
    ParseProblems problems;
    reading.callback = QueueCallback::fromJson(object, &problems);
    reading.status = reading.callback ? MHD_HTTP_OK : MHD_HTTP_BAD_REQUEST;
    return reading;
}

Reading readNotification(const QJsonObject& object) {
    Reading reading;
    ParseProblems problems;
    reading.notification = AccountNotification::fromJson(object, &problems);
    if (!reading.notification) {
        reading.status = MHD_HTTP_BAD_REQUEST;
        reading.warning = QStringLiteral("account notification refused: ") +
                          problems.messages.mid(0, 5).join(QStringLiteral("; "));
        return reading;
    }
    reading.status = MHD_HTTP_OK;
    if (!problems.isEmpty()) {
        reading.warning = QStringLiteral("account notification %1 read with problems: %2")
                              .arg(reading.notification->typeRaw,
                                   problems.messages.mid(0, 5).join(QStringLiteral("; ")));
    }
    return reading;
}

} // namespace

unsigned refusal(const QByteArray& callbackPath, const QByteArray& notificationPath,
                 const Head& head, qint64 maxBodyBytes, qint64* contentLength, bool* notification) {
    *contentLength = 0;
    // Both compared every time: which path matched shows in no timing.
    const bool callback = sameInConstantTime(callbackPath, head.url);
    *notification = sameInConstantTime(notificationPath, head.url);
    if (!callback && !*notification)
        return MHD_HTTP_NOT_FOUND;
    if (head.method != MHD_HTTP_METHOD_POST)
        return MHD_HTTP_METHOD_NOT_ALLOWED;
    // Only a body of announced length can be refused before it is read.
    if (head.hasTransferEncoding)
        return MHD_HTTP_LENGTH_REQUIRED;
    if (!head.contentLength.isEmpty()) {
        bool ok = false;
        *contentLength = head.contentLength.trimmed().toLongLong(&ok);
        if (!ok || *contentLength < 0)
            return MHD_HTTP_BAD_REQUEST;
        if (*contentLength > maxBodyBytes)
            return MHD_HTTP_CONTENT_TOO_LARGE;
    }
    if (!isJsonContentType(head.contentType))
        return MHD_HTTP_UNSUPPORTED_MEDIA_TYPE;
    return 0;
}

Reading readBody(const QByteArray& body, bool notification) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        Reading reading;
        reading.status = MHD_HTTP_BAD_REQUEST;
        if (notification) {
            reading.warning = QStringLiteral("account notification refused: not a JSON object");
            if (parseError.error != QJsonParseError::NoError)
                reading.warning += QLatin1Char(' ') + parseError.errorString();
        }
        return reading;
    }
    return notification ? readNotification(document.object()) : readCallback(document.object());
}

} // namespace simfleet::CallbackRequest
