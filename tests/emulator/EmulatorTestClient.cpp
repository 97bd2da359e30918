#include "tests/emulator/EmulatorTestClient.h"

#include <QEventLoop>
#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrlQuery>

EmulatorTestClient::EmulatorTestClient(const QUrl& baseUrl)
    : m_base(baseUrl) {}

EmulatorTestClient::Response EmulatorTestClient::post(const QString& method,
                                                      const QJsonObject& body, const QString& token,
                                                      const QString& lang) {
    QUrl url(m_base.toString() + u'/' + method);
    if (!lang.isEmpty())
        url.setQuery(QStringLiteral("lang=") + lang);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    return finish(m_network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact)));
}

EmulatorTestClient::Response
EmulatorTestClient::postRaw(const QString& method, const QByteArray& body, const QString& token) {
    QNetworkRequest request(QUrl(m_base.toString() + u'/' + method));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    return finish(m_network.post(request, body));
}

EmulatorTestClient::Response EmulatorTestClient::get(const QString& pathAndQuery,
                                                     const QString& token) {
    QNetworkRequest request(QUrl(m_base.toString() + u'/' + pathAndQuery));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    return finish(m_network.get(request));
}

EmulatorTestClient::Response EmulatorTestClient::finish(QNetworkReply* reply) {
    QEventLoop loop;
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    Response response;
    response.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.contentType = reply->rawHeader("Content-Type");
    response.contentDisposition = reply->rawHeader("Content-Disposition");
    response.body = reply->readAll();
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(response.body, &error);
    response.jsonValid = error.error == QJsonParseError::NoError && doc.isObject();
    response.json = doc.object();
    reply->deleteLater();
    return response;
}

WebhookReceiver::WebhookReceiver()
    : m_server(new QHttpServer) {
    m_server->setMissingHandler(
        [this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
            m_received.append(QJsonDocument::fromJson(request.body()).object());
            responder.write(QHttpServerResponder::StatusCode::Ok);
        });
    m_port = m_server->listen(QHostAddress(QHostAddress::LocalHost), 0);
}

WebhookReceiver::~WebhookReceiver() {
    delete m_server;
}

QUrl WebhookReceiver::url() const {
    return QUrl(QStringLiteral("http://127.0.0.1:%1/hook").arg(m_port));
}
