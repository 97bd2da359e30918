#pragma once

#include "api/Provider.h"
#include "api/SimOperation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace simfleet {

// What became of one selected SIM in a bulk job.
enum class SimOutcome : quint8 {
    Pending,     // applicable, its chunk not yet accepted by the provider
    Queued,      // accepted by the provider; waiting for confirmation
    Done,        // the observed state matches the requested one
    Sent,        // accepted; the operation leaves no visible state to confirm
    Unconfirmed, // accepted, but not confirmed within the timeout
    Skipped,     // never sent (reason)
    Failed,      // certainly not carried out: its chunk was refused or never left (reason)
    // Its chunk got no clear answer: NovaConnect may or may not have queued it
    // (reason). Operations with a visible state are settled by the tracker
    // (done, or unconfirmed after the timeout); for the others it is final and
    // only an explicit "send again anyway" sends them again.
    Unknown,
};

enum class ChunkState : quint8 {
    Pending,  // not sent yet
    Sending,  // request in flight; after a crash its outcome is unknown
    Accepted, // the provider answered with a queue id
    Refused,  // certainly not queued: the API said no, or it never left; retryable
    Unknown,  // no clear answer (timeout, connection lost, 5xx, unreadable 2xx): maybe queued
};

// Derived from the per-SIM outcomes.
enum class JobState : quint8 {
    Queued,
    InProgress,
    Done,
    PartlyFailed,
    Sent,
    Unconfirmed,
    Failed,
    Unknown, // finished, some SIMs' outcome unknown and not checkable
};

// Whether the operation leaves a state the fleet shows (block, limit, groups...),
// so that its effect can be checked by reading the fleet.
bool hasVisibleState(SimOperation op);

struct ApiError;

// Why a SIM was skipped or failed, or what its chunk's answer was, as a stable
// code with its arguments: translated when shown (BulkJobText::reasonText), so
// it follows a change of language. A server's own message travels as an
// argument and stays as the server wrote it.
struct JobReason {
    QString code; // empty: no code (a journal before schema 3 kept free text only)
    QStringList args;

    bool isEmpty() const { return code.isEmpty(); }
    friend bool operator==(const JobReason& a, const JobReason& b) {
        return a.code == b.code && a.args == b.args;
    }
    friend bool operator!=(const JobReason& a, const JobReason& b) { return !(a == b); }
};

struct SimResult {
    qint64 simId = 0;
    SimOutcome outcome = SimOutcome::Pending;
    int chunk = -1; // index into BulkJob::chunks; -1 for skipped SIMs
    // Why skipped / failed, as text in the language of the moment it was
    // recorded (the only form journals before schema 3 kept).
    QString reason;
    QString queueStatus; // the provider's code, as sent ("done", "error", ...)
    JobReason reasonCode = {};

    // The reason in today's language (the recorded text when it has no code).
    QString reasonText() const;
    void setReason(const JobReason& why);
    void clearReason();
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
    // When the chunk's outcome became unknown; the confirmation timeout counts from it.
    QDateTime unknownSince;
    JobReason errorCode = {}; // `error` as a code (schema 3)

    QString errorText() const; // in today's language
    void setError(const JobReason& why);
    void clearError();
};

struct BulkJob {
    qint64 id = 0; // assigned by JobStore
    SimOperation op = SimOperation::Block;
    // NovaConnect queues chunks of many SIMs; the second operator changes one
    // SIM per request and answers at once (a per-SIM job: chunks of one SIM,
    // never "queued"; see BulkJobRunner).
    ProviderKind provider = ProviderKind::NovaConnect;
    SimOperationParams params;
    QString callbackUrl;
    QString author;
    QDateTime created;
    // When the job last became finished (JobStore keeps it); invalid while it
    // runs, and for jobs finished before schema 3.
    QDateTime finished;
    QVector<BulkChunk> chunks;
    QMap<qint64, SimResult> sims; // every selected SIM, by id

    bool isPerSim() const { return provider != ProviderKind::NovaConnect; }
    JobState state() const;
    // No SIM pending, queued or (for an operation with a visible state) of
    // unknown outcome; no chunk waiting or sending.
    bool isFinished() const;
    QMap<SimOutcome, int> outcomeCounts() const;
    QVector<qint64> simsWith(SimOutcome outcome) const;
    // What "Retry failed" sends: SIMs of refused chunks and, for operations with
    // a visible state, SIMs of unknown chunks whose state was not seen in time.
    QVector<qint64> retryableSims() const;
    // What only an explicit "send again anyway" sends: SIMs whose outcome stays
    // unknown because the operation leaves no visible state.
    QVector<qint64> unknownSims() const;
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
    // "17 sent · 3 skipped · 2 failed": the outcomes that occur, each with its
    // count (plural forms), in a fixed order.
    static QString countsText(const QMap<SimOutcome, int>& counts);
    // "45 s", "2 min 05 s", "1 h 02 min"; empty for a negative duration.
    static QString durationText(qint64 seconds);
    // The provider's per-SIM queue status in words ("Done", "Error"); other
    // codes as sent.
    static QString queueStatusText(const QString& code);

    // Reasons (see JobReason). Codes are stable: they are kept in journals.
    static JobReason reason(const char* code, const QStringList& args = {});
    // A refused or unanswered request: the error's kind and numbers and the
    // server's own message, so that ApiError::userMessage() is rebuilt when shown.
    static JobReason apiErrorReason(const char* code, const ApiError& error,
                                    const QStringList& before = {});
    // The code of a skip reason from a preview (SimOperations::skipReason,
    // BulkPreview), matched against the texts of today's language; an empty
    // code when it matches none (it is then kept as text).
    static JobReason skipReason(const QString& translatedText);
    // The reason in today's language; empty for an empty or unknown code.
    static QString reasonText(const JobReason& why);
    // Lossless round trip of the parameters (unlike SimOperations::paramsJson).
    static QJsonObject paramsToJson(const SimOperationParams& params);
    static SimOperationParams paramsFromJson(const QJsonObject& json);
    // What the journal keeps of a job besides its operation: the parameters
    // and, for a per-SIM provider, the provider's code ("provider": "v2";
    // absent for NovaConnect, as in journals written before it existed).
    static QJsonObject jobParamsToJson(const BulkJob& job);
    static void jobParamsFromJson(const QJsonObject& json, BulkJob* job);
};

} // namespace simfleet
