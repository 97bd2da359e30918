#pragma once

#include "QueueCallback.h"

#include <QObject>
#include <QUrl>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;

// Receives the provider's job progress POSTs on the loopback interface (a
// public callback URL must forward to it). Only POST /callback/<secret> with a
// JSON content type and a body of at most kMaxBodyBytes is accepted; anything
// else is answered 404, 405, 413 or 415 and otherwise ignored. The secret is a
// random path segment, new for every listener unless one is set.
class CallbackListener final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallbackListener)

public:
    static constexpr qint64 kMaxBodyBytes = 1024 * 1024;

    explicit CallbackListener(QObject* parent = nullptr);
    ~CallbackListener() override;

    // 0 picks a free port. Returns the bound port, or 0 on failure.
    quint16 listen(quint16 port = 0);
    quint16 port() const { return m_port; }
    const QString& secret() const { return m_secret; }
    // Replaces the random secret (before listen()): a kept one lets a
    // forwarding set up for a public URL survive restarts. Refuses secrets
    // shorter than 16 characters or with characters other than A-Z a-z 0-9 - _.
    bool setSecret(const QString& secret);
    // http://127.0.0.1:PORT/callback/<secret>; empty before listen().
    QUrl localUrl() const;
    // The path a forwarding public URL must reach: /callback/<secret>.
    QString path() const;

signals:
    void callbackReceived(const QueueCallback& callback);

private:
    void handle(const QHttpServerRequest& request, QHttpServerResponder&& responder);

    QHttpServer* m_server;
    QString m_secret;
    quint16 m_port = 0;
};
