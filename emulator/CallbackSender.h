#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

namespace novaemu {

// Delivers webhook POSTs. Posts of one job go out one at a time, in order; failures are logged
// and dropped, never retried.
class CallbackSender final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallbackSender)

public:
    explicit CallbackSender(QObject* parent = nullptr);
    void post(const QString& jobId, const QUrl& url, const QByteArray& body);

private:
    struct Pending {
        QUrl url;
        QByteArray body;
    };
    void sendNext(const QString& jobId);

    QNetworkAccessManager* m_network = nullptr;
    QHash<QString, QList<Pending>> m_queues; // per job; the head is in flight
};

} // namespace novaemu
