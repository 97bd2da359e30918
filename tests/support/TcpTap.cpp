#include "tests/support/TcpTap.h"

#include <QHostAddress>
#include <QTcpSocket>

#include <memory>

namespace simfleet {

TcpTap::TcpTap(quint16 targetPort, QObject* parent)
    : QObject(parent)
    , m_targetPort(targetPort) {
    connect(&m_server, &QTcpServer::newConnection, this, &TcpTap::relay);
}

quint16 TcpTap::listen() {
    if (!m_server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return m_server.serverPort();
}

void TcpTap::relay() {
    while (QTcpSocket* client = m_server.nextPendingConnection()) {
        auto* upstream = new QTcpSocket(client);
        // Bytes the client sends before the upstream connection is up wait here.
        auto pending = std::make_shared<QByteArray>();
        auto stream = std::make_shared<QByteArray>();
        m_streams.append(stream);
        connect(client, &QTcpSocket::readyRead, upstream, [client, upstream, pending, stream] {
            const QByteArray chunk = client->readAll();
            *stream += chunk;
            if (upstream->state() == QAbstractSocket::ConnectedState)
                upstream->write(chunk);
            else
                *pending += chunk;
        });
        connect(upstream, &QTcpSocket::connected, upstream, [upstream, pending] {
            upstream->write(*pending);
            pending->clear();
        });
        connect(upstream, &QTcpSocket::readyRead, client,
                [client, upstream] { client->write(upstream->readAll()); });
        connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
        connect(upstream, &QTcpSocket::errorOccurred, client, &QTcpSocket::disconnectFromHost);
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        upstream->connectToHost(QHostAddress::LocalHost, m_targetPort);
    }
}

QByteArray TcpTap::sentBytes() const {
    QByteArray all;
    for (const auto& stream : m_streams)
        all += *stream;
    return all;
}

QList<TcpTap::Request> TcpTap::requests() const {
    QList<Request> requests;
    for (const auto& stream : m_streams) {
        // HTTP/1.1 messages back to back: head, blank line, Content-Length bytes of body.
        qsizetype pos = 0;
        while (pos < stream->size()) {
            const qsizetype headEnd = stream->indexOf("\r\n\r\n", pos);
            if (headEnd < 0)
                break;
            const QList<QByteArray> lines = stream->mid(pos, headEnd - pos).split('\n');
            Request request;
            request.line = QString::fromLatin1(lines.first().trimmed());
            qsizetype bodySize = 0;
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                if (colon <= 0)
                    continue;
                const QByteArray name = lines[i].left(colon).trimmed().toLower();
                const QByteArray value = lines[i].mid(colon + 1).trimmed();
                request.headers.append({name, value});
                if (name == "content-length")
                    bodySize = value.toLongLong();
            }
            requests.append(request);
            pos = headEnd + 4 + bodySize;
        }
    }
    return requests;
}

QStringList TcpTap::requestLines() const {
    QStringList lines;
    for (const Request& request : requests())
        lines.append(request.line);
    return lines;
}

QStringList TcpTap::headerValues(const QByteArray& name) const {
    QStringList values;
    for (const Request& request : requests()) {
        for (const auto& header : request.headers) {
            if (header.first == name.toLower())
                values.append(QString::fromLatin1(header.second));
        }
    }
    return values;
}

} // namespace simfleet
