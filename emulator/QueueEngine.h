#pragma once

#include "emulator/QueuedBulkJob.h"

#include <QHash>
#include <QObject>

#include <memory>

class QTimer;

namespace novaemu {

class CallbackSender;
class EmulatorState;

// Applies queued bulk jobs in a few steps spread over the configured delay and reports each
// step to the job's callbackUrl, like the provider's queue does.
class QueueEngine final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueueEngine)

public:
    QueueEngine(EmulatorState& state, int totalDelayMs, QObject* parent = nullptr);
    ~QueueEngine() override;

    // Starts the job and returns its queue id.
    QString enqueue(QueuedBulkJob job, qint64 now);
    int runningJobs() const { return int(m_jobs.size()); }

signals:
    void jobFinished(const QString& queueId);

private:
    struct Running {
        QueuedBulkJob job;
        QString id;
        qint64 added = 0;
        int processed = 0;
        int stepSize = 1;
        QTimer* timer = nullptr;
    };
    void runStep(const QString& queueId);

    EmulatorState& m_state;
    int m_delayMs;
    quint64 m_counter = 0;
    QHash<QString, std::shared_ptr<Running>> m_jobs;
    CallbackSender* m_callbacks = nullptr;
};

} // namespace novaemu
