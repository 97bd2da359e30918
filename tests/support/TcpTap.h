#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QStringList>
#include <QTcpServer>

#include <memory>

namespace simfleet {

// A transparent loopback TCP relay in front of the emulator that records every
// byte the client sends, so tests can read the request lines and headers exactly
// as they went over the wire (which the emulator's journal does not keep).
class TcpTap final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TcpTap)

public:
    explicit TcpTap(quint16 targetPort, QObject* parent = nullptr);

    struct Request {
        QString line;                                 // "GET /api/x?lang=en HTTP/1.1"
        QList<QPair<QByteArray, QByteArray>> headers; // names in lower case
    };

    quint16 listen(); // 0 on failure
    // Every request the client sent, connection after connection.
    QList<Request> requests() const;
    // Everything the client sent, connection after connection.
    QByteArray sentBytes() const;
    // "GET /api/bill/download/5001?lang=en HTTP/1.1", one per request seen.
    QStringList requestLines() const;
    // Values of one header (case-insensitive name) over all requests seen.
    QStringList headerValues(const QByteArray& name) const;

private:
    void relay();

    QTcpServer m_server;
    quint16 m_targetPort;
    // One stream per client connection, so interleaved connections stay readable.
    QList<std::shared_ptr<QByteArray>> m_streams;
};

} // namespace simfleet
