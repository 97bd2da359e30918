#pragma once

#include "models/jobs/BulkJob.h"
#include "models/storage/JobStoreSchema.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

#include <functional>
#include <memory>
#include <optional>

class QLockFile;
class QSqlDatabase;

namespace simfleet {

// The local journal of bulk jobs: one SQLite file, every change in one
// transaction, so a crash leaves either the old or the new state. Each SIM of a
// job is one row keyed by (job, SIM): a SIM belongs to exactly one chunk.
// Every call opens its own uniquely named connection, so calls may come from
// any thread; they are not meant to run concurrently on the same job.
//
// One writer per journal: open() holds a lock file beside it (lockPath())
// until the store is destroyed, so a second window or simfleet-cli cannot
// rewrite the chunks the first one is sending or following. The lock of a
// process that has ended (crashed) is taken over; a live holder keeps it for
// as long as it runs, whatever its age.
class JobStore final {
    Q_DECLARE_TR_FUNCTIONS(JobStore)
    Q_DISABLE_COPY_MOVE(JobStore)

public:
    // 2: chunk states "unknown" (no clear answer) besides "failed" (refused),
    // SIM outcome "unknown", chunks.unknown_since. Version 1 journals are
    // migrated on open; their "failed" chunks stay refused.
    // 3: reasons as codes with arguments (translated when shown; older rows
    // keep their free text), jobs.finished (stamped by every write).
    static constexpr int kSchemaVersion = JobStoreSchema::kVersion;

    explicit JobStore(QString filePath);
    ~JobStore(); // releases the lock

    const QString& filePath() const { return m_path; }
    // Takes the journal's lock, then creates the file and schema when needed.
    // A file that is not a usable journal is renamed aside (setAsidePath())
    // and a fresh one is started; a journal written by a newer version is left
    // alone and refused. When another live process holds the lock, nothing is
    // touched, isLockedElsewhere() is true and *error says who holds it.
    bool open(QString* error = nullptr);
    const QString& setAsidePath() const { return m_setAside; }
    bool isLockedElsewhere() const { return m_lockedElsewhere; }
    // The process id holding the lock when open() found it taken (0: unknown).
    qint64 lockHolderPid() const { return m_lockHolderPid; }
    // For showing another process's journal: no lock, nothing created, set
    // aside or changed; create() and the save calls are refused from now on.
    // A journal that does not exist yet simply has no jobs.
    bool openForReading(QString* error = nullptr);
    bool isReadOnly() const { return m_readOnly; }
    static QString lockPath(const QString& journalPath);

    // Stores a new job with all its chunks and SIMs; returns its id.
    std::optional<qint64> create(const BulkJob& job, QString* error = nullptr);
    // The chunk's row and the given SIM rows (normally the chunk's SIMs).
    bool saveChunk(qint64 jobId, const BulkChunk& chunk, const QVector<SimResult>& sims,
                   QString* error = nullptr);
    bool saveSims(qint64 jobId, const QVector<SimResult>& sims, QString* error = nullptr);
    // Several saveChunk() calls in one transaction (one flush to disk), in order.
    struct ChunkWrite {
        qint64 jobId = 0;
        BulkChunk chunk;
        QVector<SimResult> sims;
    };
    bool saveChunks(const QVector<ChunkWrite>& writes, QString* error = nullptr);

    std::optional<BulkJob> load(qint64 jobId, QString* error = nullptr) const;
    QVector<qint64> jobIds(QString* error = nullptr) const; // oldest first
    // Jobs with a chunk not yet answered or a SIM not yet resolved.
    QVector<qint64> unfinishedJobIds(QString* error = nullptr) const;

private:
    // Runs `work` in one transaction; a failure leaves the journal unchanged.
    bool update(QString* error, const std::function<bool(QSqlDatabase&, QString*)>& work);

    bool takeLock(QString* error);
    bool refuseWhenReadOnly(QString* error) const;
    bool existsForReading() const;

    QString m_path;
    QString m_setAside;
    std::unique_ptr<QLockFile> m_lock;
    bool m_lockedElsewhere = false;
    qint64 m_lockHolderPid = 0;
    bool m_readOnly = false;
    // The schema of the file as found: a reader may be shown a journal that an
    // older SimFleet still writes (and so has not migrated).
    int m_fileVersion = kSchemaVersion;
};

} // namespace simfleet
