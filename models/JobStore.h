#pragma once

#include "BulkJob.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

#include <functional>
#include <optional>

class QSqlDatabase;

// The local journal of bulk jobs: one SQLite file, every change in one
// transaction, so a crash leaves either the old or the new state. Each SIM of a
// job is one row keyed by (job, SIM): a SIM belongs to exactly one chunk.
// Every call opens its own uniquely named connection, so calls may come from
// any thread; they are not meant to run concurrently on the same job.
class JobStore final {
    Q_DECLARE_TR_FUNCTIONS(JobStore)
    Q_DISABLE_COPY_MOVE(JobStore)

public:
    // 2: chunk states "unknown" (no clear answer) besides "failed" (refused),
    // SIM outcome "unknown", chunks.unknown_since. Version 1 journals are
    // migrated on open; their "failed" chunks stay refused.
    static constexpr int kSchemaVersion = 2;

    explicit JobStore(QString filePath);

    const QString& filePath() const { return m_path; }
    // Creates the file and schema when needed. A file that is not a usable
    // journal is renamed aside (setAsidePath()) and a fresh one is started; a
    // journal written by a newer version is left alone and refused.
    bool open(QString* error = nullptr);
    const QString& setAsidePath() const { return m_setAside; }

    // Stores a new job with all its chunks and SIMs; returns its id.
    std::optional<qint64> create(const BulkJob& job, QString* error = nullptr);
    // The chunk's row and the given SIM rows (normally the chunk's SIMs).
    bool saveChunk(qint64 jobId, const BulkChunk& chunk, const QVector<SimResult>& sims,
                   QString* error = nullptr);
    bool saveSims(qint64 jobId, const QVector<SimResult>& sims, QString* error = nullptr);

    std::optional<BulkJob> load(qint64 jobId, QString* error = nullptr) const;
    QVector<qint64> jobIds(QString* error = nullptr) const; // oldest first
    // Jobs with a chunk not yet answered or a SIM not yet resolved.
    QVector<qint64> unfinishedJobIds(QString* error = nullptr) const;

private:
    // Runs `work` in one transaction; a failure leaves the journal unchanged.
    bool update(QString* error, const std::function<bool(QSqlDatabase&, QString*)>& work);

    QString m_path;
    QString m_setAside;
};
