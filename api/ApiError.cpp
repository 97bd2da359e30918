#include "api/ApiError.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>

namespace simfleet {

namespace {

// ApiError's texts are written tr("...") in its member functions, so lupdate
// files them under the class's qualified name.
QString tr(const char* text) {
    return QCoreApplication::translate("simfleet::ApiError", text);
}

ApiError make(ApiError::Kind kind, int httpStatus, int apiCode, const QString& message,
              const QString& detail) {
    ApiError e;
    e.kind = kind;
    e.httpStatus = httpStatus;
    e.apiCode = apiCode;
    e.serverMessage = message;
    e.detail = detail;
    return e;
}

ApiError::Kind kindForStatus(int status) {
    switch (status) {
    case 401:
        return ApiError::Kind::Unauthorized;
    case 403:
        return ApiError::Kind::Forbidden;
    case 400:
    case 404:
    case 409:
    case 422:
        return ApiError::Kind::Validation;
    default:
        return ApiError::Kind::Server;
    }
}

QString messageOf(const QByteArray& body, int* code) {
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return {};
    const QJsonObject o = doc.object();
    if (code)
        *code = o.value(QLatin1String("code")).toVariant().toInt();
    return o.value(QLatin1String("message")).toString();
}

QMap<QString, QStringList> fieldErrorsOf(const QByteArray& body) {
    QMap<QString, QStringList> fields;
    const QJsonObject errors =
        QJsonDocument::fromJson(body).object().value(QLatin1String("errors")).toObject();
    for (auto it = errors.begin(); it != errors.end(); ++it) {
        QStringList texts;
        if (it.value().isString())
            texts.append(it.value().toString());
        for (const auto& text : it.value().toArray()) {
            if (text.isString())
                texts.append(text.toString());
        }
        if (!texts.isEmpty())
            fields.insert(it.key(), texts);
    }
    return fields;
}

// A limit for a message: at least 1, within int. Functions of their own:
// lupdate never finished on the same expressions written inline in the calls.
qint64 limitMiB(qint64 bytes) {
    return std::max(qint64(1), bytes / (qint64(1024) * 1024));
}

int limitCount(qint64 count) {
    return int(std::clamp(count, qint64(1), qint64(1000000000)));
}

int limitSeconds(qint64 ms) {
    return limitCount((ms + 999) / 1000);
}

} // namespace

bool ApiError::isTransient() const {
    switch (kind) {
    case Kind::Network:
    case Kind::Timeout:
    case Kind::Malformed:
        return true;
    case Kind::Server:
        return httpStatus == 429 || httpStatus >= 500 || apiCode == 429 || apiCode >= 500;
    default:
        return false;
    }
}

bool ApiError::mayHaveBeenApplied() const {
    if (refusedLocally || neverSent)
        return false;
    switch (kind) {
    case Kind::None:
    case Kind::LocalFile:
        return false;
    case Kind::Network:
    case Kind::Timeout:
    case Kind::Malformed:
    case Kind::Cancelled:
    case Kind::TooLarge: // the request left; only its answer was cut short
    case Kind::TooSlow:
    case Kind::ListTooLong:
    case Kind::RedirectRefused: // the first server had the request before it redirected
        return true;
    case Kind::TlsFailed: // the handshake failed before the request could leave
        return false;
    case Kind::Unauthorized:
    case Kind::Forbidden:
    case Kind::Validation:
    case Kind::Server:
        break;
    }
    // An HTTP 4xx, or a 2xx carrying the API's error envelope, is a refusal.
    const bool clientError = httpStatus >= 400 && httpStatus < 500;
    const bool errorEnvelope = httpStatus >= 200 && httpStatus < 300 && apiCode != 0;
    return !clientError && !errorEnvelope && httpStatus != 0;
}

QString ApiError::kindName(Kind kind) {
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Unauthorized:
        return QStringLiteral("unauthorized");
    case Kind::Forbidden:
        return QStringLiteral("forbidden");
    case Kind::Validation:
        return QStringLiteral("validation");
    case Kind::Server:
        return QStringLiteral("server");
    case Kind::Malformed:
        return QStringLiteral("malformed");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    case Kind::LocalFile:
        return QStringLiteral("file");
    case Kind::TooLarge:
        return QStringLiteral("too_large");
    case Kind::TooSlow:
        return QStringLiteral("too_slow");
    case Kind::ListTooLong:
        return QStringLiteral("list_too_long");
    case Kind::RedirectRefused:
        return QStringLiteral("redirect_refused");
    case Kind::TlsFailed:
        return QStringLiteral("tls_failed");
    }
    return QStringLiteral("unknown");
}

QString ApiError::title() const {
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Network:
        return tr("Connection failed");
    case Kind::Timeout:
        return tr("The server did not answer");
    case Kind::Unauthorized:
        return tr("Access token rejected");
    case Kind::Forbidden:
        return tr("Not allowed for your role");
    case Kind::Validation:
        return tr("Request refused");
    case Kind::Server:
        return tr("Server error");
    case Kind::Malformed:
        return tr("Unreadable answer");
    case Kind::Cancelled:
        return tr("Cancelled");
    case Kind::LocalFile:
        return tr("Could not save the file");
    case Kind::TooLarge:
        return tr("Answer too large");
    case Kind::TooSlow:
        return tr("The answer took too long");
    case Kind::ListTooLong:
        return tr("List too long");
    case Kind::RedirectRefused:
        return tr("Redirect to another server refused");
    case Kind::TlsFailed:
        return tr("Server certificate not trusted");
    }
    return {};
}

QString ApiError::userMessage() const {
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Network:
        return tr("Could not reach the NovaConnect server. Check your internet connection and the "
                  "API address, then try again.");
    case Kind::Timeout:
        return tr("The NovaConnect server did not answer in time. Try again; if it keeps "
                  "happening, check your connection or increase the timeout in the settings.");
    case Kind::Unauthorized:
        return tr("The access token is invalid or has been revoked. Create a new token in the web "
                  "cabinet (My profile → Access tokens) and sign in again.");
    case Kind::Forbidden:
        if (refusedLocally)
            return tr("You are signed in with a read-only role: only an Administrator can do this. "
                      "Nothing was sent to the server.");
        return tr("Your role may not do this. Ask a company administrator to do it or to change "
                  "your role.");
    case Kind::Validation:
        if (!fieldErrors.isEmpty() || !serverMessage.isEmpty()) {
            QStringList texts;
            for (const QStringList& field : fieldErrors)
                texts += field;
            const QString said = texts.isEmpty() ? serverMessage : texts.join(QLatin1Char(' '));
            return tr("The server refused the request: %1. Correct the input and try again.")
                .arg(said);
        }
        return tr("The server refused the request. Check the input and try again.");
    case Kind::Server:
        if (httpStatus == 429 || apiCode == 429)
            return tr("The server is busy and asked SimFleet to slow down. Wait a minute and "
                      "try again.");
        if (!serverMessage.isEmpty())
            return tr("The server reported a problem: %1. Try again later.").arg(serverMessage);
        return tr("The NovaConnect server had a problem (HTTP %1). Try again later; if it "
                  "persists, contact NovaConnect support.")
            .arg(httpStatus ? httpStatus : apiCode);
    case Kind::Malformed:
        return tr("The server sent an answer SimFleet cannot read. Try again later; if it "
                  "persists, contact NovaConnect support.");
    case Kind::Cancelled:
        return tr("The request was cancelled.");
    case Kind::LocalFile:
        return tr("Could not write %1: %2. Choose another folder or free some disk space, then "
                  "try again. Nothing was left half-written.")
            .arg(serverMessage, detail);
    case Kind::TooLarge:
        return tr("The server's answer is larger than the limit of %1 MiB, so SimFleet stopped "
                  "reading it and kept nothing of it. Ask for less at a time (for example a "
                  "narrower filter or a shorter period), or raise the limit in the settings.")
            .arg(limitMiB(limit));
    case Kind::TooSlow:
        return QCoreApplication::translate(
            "ApiError",
            "The server took longer than %n second(s) to send its answer, so SimFleet stopped "
            "waiting and kept nothing of it. Try again later; if it keeps happening, check your "
            "connection or raise the time limit in the settings.",
            nullptr, limitSeconds(limit));
    case Kind::ListTooLong:
        return QCoreApplication::translate(
            "ApiError",
            "The server announced, or kept sending, more than %n page(s) for one list; SimFleet "
            "does not read lists that long and stopped. Try again later; if it persists, contact "
            "NovaConnect support.",
            nullptr, limitCount(limit));
    case Kind::RedirectRefused:
        return tr("The server sent SimFleet on to another server. SimFleet does not follow a "
                  "server elsewhere, so nothing was sent there and your access token stayed "
                  "private. Check the API address (the service may have moved, or the address may "
                  "be mistyped); if it is right, contact the provider's "
                  "support.");
    case Kind::TlsFailed:
        return tr("SimFleet could not set up a secure connection: the server's certificate is not "
                  "trusted (or the connection could not be secured), so nothing was sent and your "
                  "access token stayed private. Check that the API address is right and that no "
                  "network device or proxy intercepts secure connections; if the problem "
                  "persists, contact your network administrator or the provider's support.");
    }
    return {};
}

ApiError ApiError::localRefusal(const QString& method) {
    ApiError e = make(Kind::Forbidden, 0, 403, {},
                      QStringLiteral("%1 refused locally: read-only session").arg(method));
    e.refusedLocally = true;
    return e;
}

ApiError ApiError::localFile(const QString& path, const QString& reason) {
    return make(Kind::LocalFile, 0, 0, path, reason);
}

ApiError ApiError::tooLarge(qint64 limitBytes, const QString& detail) {
    ApiError e = make(Kind::TooLarge, 0, 0, {}, detail);
    e.limit = limitBytes;
    return e;
}

ApiError ApiError::tooSlow(qint64 deadlineMs) {
    ApiError e =
        make(Kind::TooSlow, 0, 0, {},
             QStringLiteral("no complete answer within the %1 ms deadline").arg(deadlineMs));
    e.limit = deadlineMs;
    return e;
}

ApiError ApiError::listTooLong(qint64 maxPages, const QString& detail) {
    ApiError e = make(Kind::ListTooLong, 0, 0, {}, detail);
    e.limit = maxPages;
    return e;
}

ApiError ApiError::cancelled() {
    return make(Kind::Cancelled, 0, 0, {}, QStringLiteral("cancelled"));
}

ApiError ApiError::fromApiCode(int code, const QString& message, int httpStatus) {
    return make(kindForStatus(code), httpStatus, code, message,
                QStringLiteral("API code %1: %2").arg(code).arg(message));
}

ApiError ApiError::fromHttp(QNetworkReply::NetworkError networkError,
                            const QString& networkErrorText, int httpStatus, const QByteArray& body,
                            bool timedOut, QJsonObject* envelope) {
    if (timedOut || networkError == QNetworkReply::TimeoutError)
        return make(Kind::Timeout, httpStatus, 0, {}, QStringLiteral("transfer timed out"));
    if (networkError == QNetworkReply::InsecureRedirectError)
        return make(Kind::RedirectRefused, httpStatus, 0, {}, networkErrorText);
    if (networkError == QNetworkReply::SslHandshakeFailedError) {
        ApiError e = make(Kind::TlsFailed, 0, 0, {}, networkErrorText);
        e.neverSent = true; // no secure connection, so no request
        return e;
    }

    if (httpStatus == 0) {
        // No HTTP answer at all: refused, DNS, reset...
        ApiError e = make(Kind::Network, 0, 0, {}, networkErrorText);
        switch (networkError) {
        case QNetworkReply::ConnectionRefusedError:
        case QNetworkReply::HostNotFoundError:
        case QNetworkReply::ProxyConnectionRefusedError:
        case QNetworkReply::ProxyNotFoundError:
            e.neverSent = true; // no connection, so no request
            break;
        default:
            break;
        }
        return e;
    }

    if (httpStatus < 200 || httpStatus >= 300) {
        int code = 0;
        const QString message = messageOf(body, &code);
        ApiError error = make(kindForStatus(httpStatus), httpStatus, code, message,
                              QStringLiteral("HTTP %1").arg(httpStatus));
        error.fieldErrors = fieldErrorsOf(body);
        return error;
    }

    return fromEnvelopeBytes(body, httpStatus, envelope);
}

ApiError ApiError::fromEnvelopeBytes(const QByteArray& body, int httpStatus,
                                     QJsonObject* envelope) {
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        return make(Kind::Malformed, httpStatus, 0, {},
                    QStringLiteral("body is not a JSON object (%1 bytes): %2")
                        .arg(body.size())
                        .arg(parseError.errorString()));
    }
    const QJsonObject object = doc.object();
    const QJsonValue codeValue = object.value(QLatin1String("code"));
    bool codeOk = false;
    const int code =
        codeValue.isString() ? codeValue.toString().trimmed().toInt(&codeOk) : codeValue.toInt(-1);
    if (codeValue.isDouble())
        codeOk = code != -1;
    if (!codeOk)
        return make(Kind::Malformed, httpStatus, 0, {}, QStringLiteral("no `code` in the answer"));
    if (code != 200)
        return fromApiCode(code, object.value(QLatin1String("message")).toString(), httpStatus);
    if (envelope)
        *envelope = object;
    return {};
}

} // namespace simfleet
