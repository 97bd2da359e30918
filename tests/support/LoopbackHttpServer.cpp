#include "tests/support/LoopbackHttpServer.h"

#include <QSslConfiguration>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>

namespace simfleet {

namespace {

QByteArray reasonPhrase(int status) {
    switch (status) {
    case 200:
        return "OK";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 303:
        return "See Other";
    case 307:
        return "Temporary Redirect";
    case 308:
        return "Permanent Redirect";
    default:
        return "Status";
    }
}

} // namespace

QByteArray LoopbackHttpServer::Request::header(const QByteArray& name) const {
    const QByteArray wanted = name.toLower();
    for (const auto& header : headers) {
        if (header.first == wanted)
            return header.second;
    }
    return {};
}

QByteArray LoopbackHttpServer::Request::path() const {
    const qsizetype query = target.indexOf('?');
    return query < 0 ? target : target.left(query);
}

LoopbackHttpServer::LoopbackHttpServer(QObject* parent)
    : QObject(parent)
    , m_server(std::make_unique<QTcpServer>()) {
    connect(m_server.get(), &QTcpServer::newConnection, this, &LoopbackHttpServer::onConnection);
}

LoopbackHttpServer::LoopbackHttpServer(const QSslConfiguration& configuration, QObject* parent)
    : QObject(parent)
    , m_tls(true) {
    auto server = std::make_unique<QSslServer>();
    server->setSslConfiguration(configuration);
    connect(server.get(), &QSslServer::startedEncryptionHandshake, this,
            [this] { ++m_connections; });
    // A QSslServer offers a connection only once its handshake ended well.
    connect(server.get(), &QTcpServer::pendingConnectionAvailable, this,
            &LoopbackHttpServer::onConnection);
    m_server = std::move(server);
}

LoopbackHttpServer::~LoopbackHttpServer() {
    m_server->close();
    for (const auto& connection : std::as_const(m_open)) {
        if (connection->socket) {
            connection->socket->disconnect(this);
            delete connection->socket.data();
        }
    }
}

quint16 LoopbackHttpServer::listen() {
    return m_server->listen(QHostAddress::LocalHost) ? m_server->serverPort() : 0;
}

quint16 LoopbackHttpServer::port() const {
    return m_server->serverPort();
}

QUrl LoopbackHttpServer::url(const QString& path) const {
    return QUrl(QStringLiteral("%1://127.0.0.1:%2%3")
                    .arg(m_tls ? QStringLiteral("https") : QStringLiteral("http"))
                    .arg(port())
                    .arg(path));
}

void LoopbackHttpServer::onConnection() {
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        if (!m_tls)
            ++m_connections;
        ++m_secured;
        auto connection = std::make_shared<Connection>();
        connection->socket = socket;
        m_open.append(connection);
        Connection* raw = connection.get();
        connect(socket, &QTcpSocket::readyRead, this, [this, raw] { onData(raw); });
        if (socket->bytesAvailable() > 0)
            onData(raw);
    }
}

void LoopbackHttpServer::onData(Connection* connection) {
    QTcpSocket* socket = connection->socket;
    if (!socket)
        return;
    const QByteArray bytes = socket->readAll();
    m_received += bytes;
    if (connection->answered)
        return;
    connection->data += bytes;
    const qsizetype headerEnd = connection->data.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    Request request;
    const QList<QByteArray> lines = connection->data.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    request.method = requestLine.value(0);
    request.target = requestLine.value(1);
    qint64 length = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = lines.at(i).left(colon).trimmed().toLower();
        const QByteArray value = lines.at(i).mid(colon + 1).trimmed();
        request.headers.append({name, value});
        if (name == "content-length")
            length = value.toLongLong();
    }
    request.body = connection->data.mid(headerEnd + 4);
    if (request.body.size() < length)
        return;
    connection->answered = true;
    m_requests.append(request);
    const Answer answer = m_handler ? m_handler(request) : Answer{404, {}, {}};
    QByteArray head =
        "HTTP/1.1 " + QByteArray::number(answer.status) + ' ' + reasonPhrase(answer.status) +
        "\r\nConnection: close\r\nContent-Length: " + QByteArray::number(answer.body.size()) +
        "\r\n";
    for (const auto& header : answer.headers)
        head += header.first + ": " + header.second + "\r\n";
    socket->write(head + "\r\n" + answer.body);
    socket->disconnectFromHost();
}

LoopbackHttpServer::Answer redirectAnswer(int status, const QUrl& location) {
    return {status, {{"Location", location.toEncoded()}}, {}};
}

LoopbackHttpServer::Answer jsonAnswer(const QByteArray& json) {
    return {200, {{"Content-Type", "application/json"}}, json};
}

} // namespace simfleet
