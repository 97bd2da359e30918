#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QMetaType>
#include <QNetworkReply>
#include <QString>
#include <QStringList>

namespace simfleet {

// A typed failure of one API call. Every error the user sees is produced from
// this value by userMessage(), the single place that turns errors into text.
struct ApiError {
    enum class Kind {
        None,
        Network,      // could not connect / DNS / connection reset
        Timeout,      // no data within the transfer timeout
        Unauthorized, // token invalid or revoked (HTTP 401 or code 401)
        Forbidden,    // role may not do this (403), or refused locally in a read-only session
        Validation,   // the server refused the input (400/404/422)
        Server,       // 5xx, 429 or another unexpected status
        Malformed,    // 2xx but not a JSON object / no `code`
        Cancelled,    // cancelled by the caller
        LocalFile,    // a download could not be written to disk
        TooLarge,     // the answer passed the size limit (`limit` bytes); nothing of it kept
        TooSlow,      // the answer took longer than the overall deadline (`limit` ms)
        ListTooLong,  // a list said or kept sending more than `limit` pages
        // The server redirected to another origin (host, port or scheme): not
        // followed, so neither the request nor the token went there.
        RedirectRefused,
        // The TLS handshake failed (e.g. an untrusted certificate): the request,
        // and so the token, never left.
        TlsFailed,
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    int apiCode = 0;
    QString serverMessage; // `message` from the server, shown to the user where useful
    QString detail;        // technical detail for logs; never contains the token
    bool refusedLocally = false;
    bool neverSent = false; // the connection could not be opened: the request did not leave
    qint64 limit = 0;       // the limit passed (TooLarge: bytes, TooSlow: ms, ListTooLong: pages)
    // A validation answer's texts per input field (`errors` of an HTTP 422:
    // {"errors": {"date": ["..."]}}), for showing them next to the fields.
    QMap<QString, QStringList> fieldErrors;
    // HTTP 429: the seconds the server's Retry-After asked to wait; -1 when it said nothing.
    int retryAfterSeconds = -1;

    bool isError() const { return kind != Kind::None; }
    // The server asked to slow down (HTTP 429): nothing was done; send again later.
    bool isRateLimited() const { return httpStatus == 429; }
    // Worth retrying for reads: the same request may succeed a moment later.
    bool isTransient() const;
    // For a write: whether the server may have carried it out although the call
    // failed (a timeout, a connection lost after sending, HTTP 5xx, an unreadable
    // 2xx, a cancelled call). False when it certainly did not: the API's error
    // envelope, an HTTP 4xx, a local refusal, a connection that never opened.
    bool mayHaveBeenApplied() const;

    QString title() const;              // short, translated ("Connection failed")
    QString userMessage() const;        // translated: what happened and what to do
    static QString kindName(Kind kind); // stable English code for logs and --json output

    static ApiError localRefusal(const QString& method);
    static ApiError cancelled();
    static ApiError localFile(const QString& path, const QString& reason);
    static ApiError tooLarge(qint64 limitBytes, const QString& detail);
    static ApiError tooSlow(qint64 deadlineMs);
    static ApiError listTooLong(qint64 maxPages, const QString& detail);
    // Classifies a finished HTTP exchange. On success returns Kind::None and
    // stores the parsed envelope in *envelope.
    static ApiError fromHttp(QNetworkReply::NetworkError networkError,
                             const QString& networkErrorText, int httpStatus,
                             const QByteArray& body, bool timedOut, QJsonObject* envelope);
    // Classifies the body of a 2xx answer: a JSON object with `code` 200 is a
    // success (stored in *envelope); anything else is Malformed or the API's
    // error. Thread-safe: raw calls (ApiClient::postRaw) run it off the GUI thread.
    static ApiError fromEnvelopeBytes(const QByteArray& body, int httpStatus,
                                      QJsonObject* envelope);
    // Classifies an envelope `code` other than 200.
    static ApiError fromApiCode(int code, const QString& message, int httpStatus);
};

} // namespace simfleet

Q_DECLARE_METATYPE(simfleet::ApiError)
