#include "tests/support/HostileServer.h"

#include "api/ApiClient.h"

#include <QJsonDocument>
#include <QTcpSocket>

namespace simfleet {

namespace {

constexpr qint64 kChunk = qint64(64) * 1024;

QByteArray header(int status, const QByteArray& contentType, qint64 contentLength) {
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) +
                      " OK\r\nContent-Type: " + contentType + "\r\nConnection: close\r\n";
    if (contentLength >= 0)
        head += "Content-Length: " + QByteArray::number(contentLength) + "\r\n";
    return head + "\r\n";
}

} // namespace

HostileServer::HostileServer(QObject* parent)
    : QObject(parent) {
    connect(&m_server, &QTcpServer::newConnection, this, &HostileServer::onConnection);
    m_trickleTimer.setInterval(1000);
    connect(&m_trickleTimer, &QTimer::timeout, this, &HostileServer::trickle);
}

HostileServer::~HostileServer() {
    m_server.close();
    for (Connection* connection : std::as_const(m_connections)) {
        if (connection->socket)
            connection->socket->disconnect(this);
        delete connection->socket.data();
        delete connection;
    }
}

quint16 HostileServer::listen() {
    return m_server.listen(QHostAddress::LocalHost) ? m_server.serverPort() : 0;
}

QUrl HostileServer::baseUrl() const {
    return QUrl(QStringLiteral("http://127.0.0.1:%1/api").arg(m_server.serverPort()));
}

int HostileServer::openConnections() const {
    int open = 0;
    for (const Connection* connection : m_connections) {
        if (connection->socket && connection->socket->state() == QAbstractSocket::ConnectedState)
            ++open;
    }
    return open;
}

void HostileServer::onConnection() {
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        auto* connection = new Connection{socket, {}, false};
        m_connections.append(connection);
        connect(socket, &QTcpSocket::readyRead, this, [this, connection] { onData(connection); });
    }
}

void HostileServer::onData(Connection* connection) {
    QTcpSocket* socket = connection->socket;
    if (!socket || connection->answered)
        return;
    connection->request += socket->readAll();
    const qsizetype headerEnd = connection->request.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    const QByteArray head = connection->request.left(headerEnd);
    qint64 length = 0;
    for (const QByteArray& line : head.split('\n')) {
        const QByteArray trimmed = line.trimmed();
        if (trimmed.toLower().startsWith("content-length:"))
            length = trimmed.mid(15).trimmed().toLongLong();
    }
    const QByteArray body = connection->request.mid(headerEnd + 4);
    if (body.size() < length)
        return;
    connection->answered = true;
    ++m_requests;
    // "POST /api/sim/list?lang=ru HTTP/1.1" -> "sim/list"
    QByteArray target = head.left(head.indexOf('\n')).split(' ').value(1);
    target = target.left(target.indexOf('?') < 0 ? target.size() : target.indexOf('?'));
    const QString method = QString::fromUtf8(target).section(QLatin1Char('/'), 2);
    answer(connection, method, QJsonDocument::fromJson(body.left(length)).object());
}

void HostileServer::answer(Connection* connection, const QString& method, const QJsonObject& body) {
    QTcpSocket* socket = connection->socket;
    switch (m_behaviour) {
    case Behaviour::Json: {
        const QByteArray json = QJsonDocument(m_handler ? m_handler(method, body) : QJsonObject())
                                    .toJson(QJsonDocument::Compact);
        socket->write(header(200, m_contentType, json.size()) + json);
        m_bodyBytesSent += json.size();
        socket->disconnectFromHost();
        return;
    }
    case Behaviour::Endless:
        socket->write(header(200, m_contentType, -1) + "{\"code\":200,\"items\":[");
        connect(socket, &QTcpSocket::bytesWritten, this, [this, socket] { feed(socket); });
        feed(socket);
        return;
    case Behaviour::Trickle:
        socket->write(header(200, m_contentType, 4096));
        m_trickling.append(socket);
        if (!m_trickleTimer.isActive())
            m_trickleTimer.start();
        return;
    case Behaviour::HugeContentLength:
        socket->write(header(200, m_contentType, 1LL << 40) + "{\"code\":200,");
        m_bodyBytesSent += 12;
        return;
    }
}

// Keeps a little in the socket's buffer, so the body goes on as fast as the
// client reads it and the server's own memory stays flat.
void HostileServer::feed(QTcpSocket* socket) {
    static const QByteArray chunk = [] {
        QByteArray bytes(kChunk, '0');
        for (qsizetype i = 1; i < bytes.size(); i += 2)
            bytes[i] = ',';
        return bytes;
    }();
    while (socket->state() == QAbstractSocket::ConnectedState && socket->bytesToWrite() < kChunk) {
        socket->write(chunk);
        m_bodyBytesSent += chunk.size();
    }
}

void HostileServer::trickle() {
    for (const QPointer<QTcpSocket>& socket : std::as_const(m_trickling)) {
        if (socket && socket->state() == QAbstractSocket::ConnectedState) {
            socket->write(" ");
            ++m_bodyBytesSent;
        }
    }
}

std::unique_ptr<ApiClient> makeHostileClient(const HostileServer& server) {
    auto client = std::make_unique<ApiClient>();
    if (!client->setBaseUrl(server.baseUrl()))
        return nullptr;
    client->setToken(QStringLiteral("t0k3n"));
    client->setRetryPolicy({3, 10, 20});
    return client;
}

} // namespace simfleet
