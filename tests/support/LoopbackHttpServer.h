#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <memory>

class QSslConfiguration;
class QTcpServer;
class QTcpSocket;

namespace simfleet {

// A loopback HTTP/1.1 server answering raw requests with whatever its handler
// says (a redirect, a file, JSON), plain or over TLS, that records every
// connection and every byte it was sent: what a test needs to prove where a
// request, and the token in it, did or did not go. One request per connection
// (Connection: close).
class LoopbackHttpServer final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoopbackHttpServer)

public:
    struct Request {
        QByteArray method;                            // "POST"
        QByteArray target;                            // "/api/sim/list?lang=ru"
        QList<QPair<QByteArray, QByteArray>> headers; // names in lower case
        QByteArray body;
        QByteArray header(const QByteArray& name) const;
        QByteArray path() const; // the target without its query
    };
    struct Answer {
        int status = 200;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
    };
    using Handler = std::function<Answer(const Request&)>;

    explicit LoopbackHttpServer(QObject* parent = nullptr);
    // Over TLS with `configuration`'s certificate and key (a QSslServer).
    LoopbackHttpServer(const QSslConfiguration& configuration, QObject* parent);
    ~LoopbackHttpServer() override;

    quint16 listen(); // on 127.0.0.1; 0 on failure
    quint16 port() const;
    // "http://127.0.0.1:<port>" ("https://..." over TLS) followed by `path`.
    QUrl url(const QString& path) const;
    void setHandler(Handler handler) { m_handler = std::move(handler); }

    // TCP connections accepted (over TLS: handshakes started).
    int connectionCount() const { return m_connections; }
    // Connections whose TLS handshake ended well (plain: every connection).
    int securedConnectionCount() const { return m_secured; }
    const QList<Request>& requests() const { return m_requests; }
    // Every byte read from every connection (over TLS: after decryption).
    QByteArray receivedBytes() const { return m_received; }

private:
    struct Connection {
        QPointer<QTcpSocket> socket;
        QByteArray data;
        bool answered = false;
    };
    void onConnection();
    void onData(Connection* connection);

    std::unique_ptr<QTcpServer> m_server;
    bool m_tls = false;
    Handler m_handler;
    QList<std::shared_ptr<Connection>> m_open;
    QList<Request> m_requests;
    QByteArray m_received;
    int m_connections = 0;
    int m_secured = 0;
};

// A 30x answer sending the client to `location`.
LoopbackHttpServer::Answer redirectAnswer(int status, const QUrl& location);
// A 200 answer with a JSON body.
LoopbackHttpServer::Answer jsonAnswer(const QByteArray& json);

} // namespace simfleet
