#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QUrl>

class QHttpServer;

// Synchronous HTTP helpers over real loopback sockets for the emulator tests.
class EmulatorTestClient final {
public:
    struct Response {
        int httpStatus = 0;
        QByteArray contentType;
        QByteArray contentDisposition;
        QByteArray body;
        QJsonObject json; // empty when the body is not a JSON object
        bool jsonValid = false;
        int code() const { return json.value(QStringLiteral("code")).toInt(); }
        QString message() const { return json.value(QStringLiteral("message")).toString(); }
    };

    explicit EmulatorTestClient(const QUrl& baseUrl);

    Response post(const QString& method, const QJsonObject& body,
                  const QString& token = QStringLiteral("demo-admin"),
                  const QString& lang = QString());
    Response postRaw(const QString& method, const QByteArray& body,
                     const QString& token = QStringLiteral("demo-admin"));
    Response get(const QString& pathAndQuery, const QString& token = QString());

private:
    Response finish(class QNetworkReply* reply);

    QUrl m_base;
    QNetworkAccessManager m_network;
};

// A local webhook receiver: collects the JSON bodies POSTed to it.
class WebhookReceiver final {
    Q_DISABLE_COPY_MOVE(WebhookReceiver)

public:
    WebhookReceiver();
    ~WebhookReceiver();
    QUrl url() const;
    const QList<QJsonObject>& received() const { return m_received; }

private:
    QHttpServer* m_server = nullptr;
    quint16 m_port = 0;
    QList<QJsonObject> m_received;
};
