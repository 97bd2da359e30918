#pragma once

#include "api/AccountNotification.h"
#include "api/QueueCallback.h"

#include <QObject>
#include <QUrl>

#include <chrono>
#include <memory>

namespace simfleet {

// Receives the provider's job progress POSTs (on /callback/<secret>) and its
// account notifications (on /notify/<secret>, the address set in the web
// cabinet) on the loopback interface (a public URL must forward to it). Two
// paths rather than one told apart by the body: the provider sends the two
// from different settings, so each kind arrives where only it is expected and
// a body of the wrong shape is a 400, never mistaken for the other. Only a POST
// on one of these paths with a JSON content type, a Content-Length body of at most kMaxBodyBytes
// and no Transfer-Encoding is accepted; anything else is answered 404, 405, 411, 413, 415 or 400
// and otherwise ignored. The secret is a random path segment, new for every listener unless one is
// set.
//
// Anyone who reaches a forwarded public URL can send anything, so the limits
// hold while the request is read, before the secret is known to be right:
// headers of at most about kMaxHeaderBytes (larger: 431 or the connection is
// closed), the body is refused from its announced length before it is read,
// at most kMaxConnections connections are served at once (more wait in the
// system's accept queue, itself kMaxConnections long, or are refused), and
// every request must be complete within its deadline (kRequestDeadline from
// the connection's start or the previous answer) or its connection is closed.
// So the memory a stranger can make it use is bounded by about
// kMaxConnections * (kMaxHeaderBytes + kMaxBodyBytes).
// The server runs on its own threads; callbacks are emitted on this object's
// thread, so a busy event loop never holds a connection open.
class CallbackListener final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallbackListener)

public:
    static constexpr qint64 kMaxBodyBytes = qint64(1024) * 1024;
    static constexpr qint64 kMaxHeaderBytes = qint64(16) * 1024;
    static constexpr int kMaxConnections = 32;
    static constexpr std::chrono::milliseconds kRequestDeadline{10000};

    explicit CallbackListener(QObject* parent = nullptr);
    ~CallbackListener() override;

    // 0 picks a free port. Returns the bound port, or 0 on failure.
    quint16 listen(quint16 port = 0);
    quint16 port() const { return m_port; }
    const QString& secret() const { return m_secret; }
    // Replaces the random secret (before listen(); refused after it): a kept
    // one lets a forwarding set up for a public URL survive restarts. Refuses
    // secrets shorter than 16 characters or with characters other than
    // A-Z a-z 0-9 - _.
    bool setSecret(const QString& secret);
    // http://127.0.0.1:PORT/callback/<secret>; empty before listen().
    QUrl localUrl() const;
    // The path a forwarding public URL must reach: /callback/<secret>.
    QString path() const;
    // Where account notifications are posted: /notify/<secret> (and the local
    // URL with it; empty before listen()).
    QString notificationPath() const;
    QUrl localNotificationUrl() const;

    // For tests only (before listen()): a shorter request deadline, so a slow
    // sender is cut without waiting the real ten seconds.
    void setRequestDeadlineForTest(std::chrono::milliseconds deadline);
    // For tests only: connections open now, and the most open at once so far.
    int openConnectionsForTest() const;
    int peakConnectionsForTest() const;

signals:
    void callbackReceived(const QueueCallback& callback);
    // An account notification that could be read (an unknown `type` too: it
    // is kept as Type::Unknown); an unreadable one is answered 400 and logged.
    void notificationReceived(const AccountNotification& notification);

private:
    QUrl localUrlOf(const QString& path) const;

    struct Server;
    std::unique_ptr<Server> m_server;
    QString m_secret;
    std::chrono::milliseconds m_deadline = kRequestDeadline;
    quint16 m_port = 0;
};

} // namespace simfleet
