#include "emulator/QueueEngine.h"

#include "emulator/CallbackSender.h"
#include "emulator/EmulatorState.h"
#include "emulator/EntityJson.h"
#include "emulator/Logging.h"
#include "emulator/SimEffects.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

namespace novaemu {

namespace {
constexpr int kSteps = 5;
}

QueueEngine::QueueEngine(EmulatorState& state, int totalDelayMs, QObject* parent)
    : QObject(parent)
    , m_state(state)
    , m_delayMs(qMax(0, totalDelayMs))
    , m_callbacks(new CallbackSender(this)) {}

QueueEngine::~QueueEngine() = default;

QString QueueEngine::enqueue(QueuedBulkJob job, qint64 now) {
    auto running = std::make_shared<Running>();
    running->id = QStringLiteral("q%1").arg(++m_counter, 6, 10, QLatin1Char('0'));
    running->added = now;
    const int count = int(job.ids.size());
    const int steps = qBound(1, count, kSteps);
    running->stepSize = (count + steps - 1) / steps;
    running->job = std::move(job);
    running->timer = new QTimer(this);
    running->timer->setInterval(m_delayMs / steps);
    QString id = running->id;
    connect(running->timer, &QTimer::timeout, this, [this, id] { runStep(id); });
    m_jobs.insert(id, running);
    running->timer->start();
    qCDebug(lcEmulatorQueue) << "queued" << id << running->job.queue << count << "SIMs";
    return id;
}

void QueueEngine::runStep(const QString& queueId) {
    const std::shared_ptr<Running> running = m_jobs.value(queueId);
    if (!running)
        return;
    const QueuedBulkJob& job = running->job;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const int count = int(job.ids.size());
    const int end = qMin(count, running->processed + running->stepSize);
    QJsonArray items;
    for (int i = running->processed; i < end; ++i) {
        const int id = job.ids.at(i);
        const int index = m_state.simIndex(id);
        if (index < 0) {
            items.append(QJsonObject{{QStringLiteral("id"), id},
                                     {QStringLiteral("queue_status"), QStringLiteral("error")}});
            continue;
        }
        SimRecord& sim = m_state.simAt(index);
        const bool done = SimEffects::apply(sim, job, now);
        if (done)
            m_state.markSimChanged(index);
        if (!job.callbackUrl.isEmpty()) {
            items.append(EntityJson::simForWebhook(sim, done ? QStringLiteral("done")
                                                             : QStringLiteral("error")));
        }
    }
    running->processed = end;

    if (!job.callbackUrl.isEmpty()) {
        const QJsonObject status{{QStringLiteral("count"), count},
                                 {QStringLiteral("process"), end},
                                 {QStringLiteral("percentage"), count ? end * 100 / count : 100}};
        const QJsonObject payload{{QStringLiteral("qid"), running->id},
                                  {QStringLiteral("added"), double(running->added)},
                                  {QStringLiteral("queue"), job.queue},
                                  {QStringLiteral("handler"), job.callbackUrl.toString()},
                                  {QStringLiteral("items"), items},
                                  {QStringLiteral("user"), job.user},
                                  {QStringLiteral("status"), status}};
        m_callbacks->post(running->id, job.callbackUrl,
                          QJsonDocument(payload).toJson(QJsonDocument::Compact));
    }

    if (end >= count) {
        running->timer->stop();
        running->timer->deleteLater();
        m_jobs.remove(queueId);
        qCDebug(lcEmulatorQueue) << "finished" << queueId;
        emit jobFinished(queueId);
    }
}

} // namespace novaemu
