#pragma once

#include "SimOperation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QVector>

// What became of one selected SIM in a bulk job.
enum class SimOutcome : quint8 {
    Pending,     // applicable, its chunk not yet accepted by the provider
    Queued,      // accepted by the provider; waiting for confirmation
    Done,        // the observed state matches the requested one
    Sent,        // accepted; the operation leaves no visible state to confirm
    Unconfirmed, // accepted, but not confirmed within the timeout
    Skipped,     // never sent (reason)
    Failed,      // its chunk was refused or could not be sent (reason)
};

enum class ChunkState : quint8 {
    Pending,  // not sent yet
    Sending,  // request in flight; after a crash its fate is unknown
    Accepted, // the provider answered with a queue id
    Failed,   // refused or lost; retryable
};

// Derived from the per-SIM outcomes.
enum class JobState : quint8 { Queued, InProgress, Done, PartlyFailed, Sent, Unconfirmed, Failed };

struct SimResult {
    qint64 simId = 0;
    SimOutcome outcome = SimOutcome::Pending;
    int chunk = -1; // index into BulkJob::chunks; -1 for skipped SIMs
    QString reason; // why skipped / failed
    QString queueStatus;
};

struct BulkChunk {
    int index = 0;
    QVector<qint64> simIds;
    ChunkState state = ChunkState::Pending;
    QString queueId;
    QString error;
    QDateTime acceptedAt;
    int attempts = 0;
    // From the provider's callbacks.
    int count = 0, processed = 0, percentage = 0;
};

struct BulkJob {
    qint64 id = 0; // assigned by JobStore
    SimOperation op = SimOperation::Block;
    SimOperationParams params;
    QString callbackUrl;
    QString author;
    QDateTime created;
    QVector<BulkChunk> chunks;
    QMap<qint64, SimResult> sims; // every selected SIM, by id

    JobState state() const;
    bool isFinished() const; // no SIM pending or queued, no chunk sending
    QMap<SimOutcome, int> outcomeCounts() const;
    QVector<qint64> simsWith(SimOutcome outcome) const;
};

class BulkJobText final {
    Q_DECLARE_TR_FUNCTIONS(BulkJobText)

public:
    static QString outcomeName(SimOutcome outcome); // translated
    static QString stateName(JobState state);       // translated
    static QString outcomeCode(SimOutcome outcome); // stable, for storage and --json
    static std::optional<SimOutcome> outcomeFromCode(const QString& code);
    static QString chunkStateCode(ChunkState state);
    static std::optional<ChunkState> chunkStateFromCode(const QString& code);
    static QString stateCode(JobState state);
    // Lossless round trip of the parameters (unlike SimOperations::paramsJson).
    static QJsonObject paramsToJson(const SimOperationParams& params);
    static SimOperationParams paramsFromJson(const QJsonObject& json);
};
