#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <memory>

class QTcpSocket;

namespace simfleet {

class ApiClient;

// A loopback HTTP server that answers like a broken or hostile NovaConnect:
// bodies that never end, that trickle one byte a second, a Content-Length far
// beyond any limit, or JSON made by a handler (e.g. all_count 2^62, pages that
// are always full). Each request gets its own connection (Connection: close).
class HostileServer final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HostileServer)

public:
    enum class Behaviour {
        Json,              // the handler's answer, complete
        Endless,           // 200, no Content-Length, body bytes until the client hangs up
        Trickle,           // 200, a modest Content-Length, then one body byte a second
        HugeContentLength, // 200, Content-Length of 1 TiB, a few bytes, then nothing
    };
    // The answer to POST /api/<method> with the request's JSON body.
    using Handler = std::function<QJsonObject(const QString& method, const QJsonObject& body)>;

    explicit HostileServer(QObject* parent = nullptr);
    ~HostileServer() override;

    quint16 listen(); // 0 on failure
    QUrl baseUrl() const;
    void setBehaviour(Behaviour behaviour) { m_behaviour = behaviour; }
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    // "application/json" by default; a file download wants something else.
    void setContentType(const QByteArray& type) { m_contentType = type; }

    int requestCount() const { return m_requests; }
    // Body bytes written so far, over all connections.
    qint64 bodyBytesSent() const { return m_bodyBytesSent; }
    // Connections still open (the client hung up on the others).
    int openConnections() const;

private:
    struct Connection {
        QPointer<QTcpSocket> socket;
        QByteArray request;
        bool answered = false;
    };
    void onConnection();
    void onData(Connection* connection);
    void answer(Connection* connection, const QString& method, const QJsonObject& body);
    void feed(QTcpSocket* socket);
    void trickle();

    QTcpServer m_server;
    QTimer m_trickleTimer;
    Behaviour m_behaviour = Behaviour::Json;
    Handler m_handler;
    QByteArray m_contentType = "application/json";
    QList<Connection*> m_connections;
    QList<QPointer<QTcpSocket>> m_trickling;
    int m_requests = 0;
    qint64 m_bodyBytesSent = 0;
};

// A client of `server` with a token, and quick retries so tests end soon.
std::unique_ptr<ApiClient> makeHostileClient(const HostileServer& server);

} // namespace simfleet
