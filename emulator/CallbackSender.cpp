#include "emulator/CallbackSender.h"

#include "emulator/Logging.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace novaemu {

namespace {
constexpr int kTimeoutMs = 10000;
}

CallbackSender::CallbackSender(QObject* parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this)) {}

void CallbackSender::post(const QString& jobId, const QUrl& url, const QByteArray& body) {
    QList<Pending>& queue = m_queues[jobId];
    queue.append({url, body});
    if (queue.size() == 1)
        sendNext(jobId);
}

void CallbackSender::sendNext(const QString& jobId) {
    auto it = m_queues.find(jobId);
    if (it == m_queues.end())
        return;
    if (it->isEmpty()) {
        m_queues.erase(it);
        return;
    }
    const Pending& head = it->first();
    QNetworkRequest request(head.url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(kTimeoutMs);
    QNetworkReply* reply = m_network->post(request, head.body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, jobId] {
        reply->deleteLater();
        if (reply->error() != QNetworkReply::NoError) {
            qCWarning(lcEmulatorQueue).noquote()
                << "webhook for job" << jobId << "to" << reply->url().toString()
                << "failed:" << reply->errorString();
        }
        auto queue = m_queues.find(jobId);
        if (queue != m_queues.end() && !queue->isEmpty())
            queue->removeFirst();
        sendNext(jobId);
    });
}

} // namespace novaemu
