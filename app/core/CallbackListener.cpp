#include "CallbackListener.h"

#include <QByteArray>
#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace {

Q_LOGGING_CATEGORY(lcCallback, "simfleet.app.callback")

QString randomSecret() {
    QByteArray bytes(24, Qt::Uninitialized);
    QRandomGenerator* random = QRandomGenerator::system();
    for (char& byte : bytes)
        byte = char(random->bounded(256));
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

void answer(QHttpServerResponder& responder, QHttpServerResponder::StatusCode status) {
    responder.write(status);
}

bool isJsonContentType(const QByteArray& value) {
    const QByteArray mime = value.split(';').constFirst().trimmed().toLower();
    return mime == "application/json";
}

} // namespace

CallbackListener::CallbackListener(QObject* parent)
    : QObject(parent)
    , m_server(new QHttpServer(this))
    , m_secret(randomSecret()) {
    m_server->setMissingHandler(
        [this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
            handle(request, std::move(responder));
        });
}

CallbackListener::~CallbackListener() = default;

quint16 CallbackListener::listen(quint16 port) {
    m_port = m_server->listen(QHostAddress(QHostAddress::LocalHost), port);
    if (m_port == 0)
        qCWarning(lcCallback) << "cannot listen on port" << port;
    return m_port;
}

bool CallbackListener::setSecret(const QString& secret) {
    static const QRegularExpression kSafe(QStringLiteral("^[A-Za-z0-9_-]{16,}$"));
    if (!kSafe.match(secret).hasMatch())
        return false;
    m_secret = secret;
    return true;
}

QString CallbackListener::path() const {
    return QStringLiteral("/callback/") + m_secret;
}

QUrl CallbackListener::localUrl() const {
    if (m_port == 0)
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    url.setPath(path());
    return url;
}

void CallbackListener::handle(const QHttpServerRequest& request, QHttpServerResponder&& responder) {
    using Status = QHttpServerResponder::StatusCode;
    if (request.url().path() != path()) {
        answer(responder, Status::NotFound);
        return;
    }
    if (request.method() != QHttpServerRequest::Method::Post) {
        answer(responder, Status::MethodNotAllowed);
        return;
    }
    // QHttpServer has read the body already; the limit still keeps a huge one
    // from being parsed and kept.
    if (request.value(QByteArrayLiteral("Content-Length")).toLongLong() > kMaxBodyBytes ||
        request.body().size() > kMaxBodyBytes) {
        answer(responder, Status::PayloadTooLarge);
        return;
    }
    if (!isJsonContentType(request.value(QByteArrayLiteral("Content-Type")))) {
        answer(responder, Status::UnsupportedMediaType);
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        answer(responder, Status::BadRequest);
        return;
    }
    ParseProblems problems;
    const std::optional<QueueCallback> callback =
        QueueCallback::fromJson(document.object(), &problems);
    if (!callback) {
        answer(responder, Status::BadRequest);
        return;
    }
    answer(responder, Status::Ok);
    emit callbackReceived(*callback);
}
