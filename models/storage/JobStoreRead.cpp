#include "models/storage/JobStore.h"

#include "models/storage/SqliteConnection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace simfleet {

// Reading the job journal: one job with its chunks and SIMs, and job ids.

using namespace Qt::StringLiterals;

namespace {

void setError(QString* error, const QString& text) {
    if (error)
        *error = text;
}

QDateTime timeFrom(const QString& text) {
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs);
}

JobReason reasonFrom(const QString& code, const QString& args) {
    JobReason why;
    why.code = code;
    for (const auto& arg : QJsonDocument::fromJson(args.toUtf8()).array())
        why.args.append(arg.toString());
    return why;
}

QVector<qint64> idsFrom(const QString& path, const QString& sql, QString* error) {
    QVector<qint64> ids;
    const SqliteConnection connection(path, u"simfleet-jobs"_s);
    if (!connection.isOpen()) {
        setError(error, connection.error());
        return ids;
    }
    QSqlQuery q(connection.database());
    if (!q.exec(sql)) {
        setError(error, q.lastError().text());
        return ids;
    }
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

} // namespace

std::optional<BulkJob> JobStore::load(qint64 jobId, QString* error) const {
    setError(error, {});
    if (!existsForReading()) {
        setError(
            error,
            tr("Could not read job %1 from the journal: %2").arg(jobId).arg(tr("no such job")));
        return std::nullopt;
    }
    const SqliteConnection connection(m_path, u"simfleet-jobs"_s);
    if (!connection.isOpen()) {
        setError(error, tr("Could not open the job journal: %1").arg(connection.error()));
        return std::nullopt;
    }
    QSqlQuery q(connection.database());
    auto fail = [&](const QString& text) {
        setError(error, tr("Could not read job %1 from the journal: %2").arg(jobId).arg(text));
        return std::nullopt;
    };
    // Columns of schema 3, read as empty from an older file.
    const bool v3 = m_fileVersion >= 3;
    q.prepare(u"SELECT operation, params, callback_url, author, created, %1 FROM jobs "
              "WHERE id=?"_s.arg(v3 ? "finished"_L1 : "''"_L1));
    q.addBindValue(jobId);
    if (!q.exec())
        return fail(q.lastError().text());
    if (!q.next())
        return fail(tr("no such job"));
    BulkJob job;
    job.id = jobId;
    const std::optional<SimOperation> op = SimOperations::fromName(q.value(0).toString());
    if (!op)
        return fail(tr("unknown operation \"%1\"").arg(q.value(0).toString()));
    job.op = *op;
    BulkJobText::jobParamsFromJson(QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object(),
                                   &job);
    job.callbackUrl = q.value(2).toString();
    job.author = q.value(3).toString();
    job.created = timeFrom(q.value(4).toString());
    job.finished = timeFrom(q.value(5).toString());

    q.prepare(u"SELECT idx, state, queue_id, error, accepted_at, attempts, count, processed, "
              "percentage, unknown_since, %1 FROM chunks WHERE job_id=? ORDER BY idx"_s.arg(
                  v3 ? "error_code, error_args"_L1 : "'', ''"_L1));
    q.addBindValue(jobId);
    if (!q.exec())
        return fail(q.lastError().text());
    while (q.next()) {
        BulkChunk chunk;
        chunk.index = q.value(0).toInt();
        const auto state = BulkJobText::chunkStateFromCode(q.value(1).toString());
        if (!state || chunk.index != job.chunks.size())
            return fail(tr("damaged chunk %1").arg(chunk.index));
        chunk.state = *state;
        chunk.queueId = q.value(2).toString();
        chunk.error = q.value(3).toString();
        chunk.acceptedAt = timeFrom(q.value(4).toString());
        chunk.attempts = q.value(5).toInt();
        chunk.count = q.value(6).toInt();
        chunk.processed = q.value(7).toInt();
        chunk.percentage = q.value(8).toInt();
        chunk.unknownSince = timeFrom(q.value(9).toString());
        chunk.errorCode = reasonFrom(q.value(10).toString(), q.value(11).toString());
        job.chunks.append(chunk);
    }

    q.prepare(
        u"SELECT sim_id, chunk_idx, outcome, reason, queue_status, %1 FROM sims "
        "WHERE job_id=? ORDER BY position"_s.arg(v3 ? "reason_code, reason_args"_L1 : "'', ''"_L1));
    q.addBindValue(jobId);
    if (!q.exec())
        return fail(q.lastError().text());
    while (q.next()) {
        SimResult sim;
        sim.simId = q.value(0).toLongLong();
        sim.chunk = q.value(1).toInt();
        const auto outcome = BulkJobText::outcomeFromCode(q.value(2).toString());
        if (!outcome || sim.chunk >= job.chunks.size())
            return fail(tr("damaged entry for SIM %1").arg(sim.simId));
        sim.outcome = *outcome;
        sim.reason = q.value(3).toString();
        sim.queueStatus = q.value(4).toString();
        sim.reasonCode = reasonFrom(q.value(5).toString(), q.value(6).toString());
        if (sim.chunk >= 0)
            job.chunks[sim.chunk].simIds.append(sim.simId);
        job.sims.insert(sim.simId, sim);
    }
    return job;
}

QVector<qint64> JobStore::jobIds(QString* error) const {
    setError(error, {});
    if (!existsForReading())
        return {};
    return idsFrom(m_path, u"SELECT id FROM jobs ORDER BY id"_s, error);
}

QVector<qint64> JobStore::unfinishedJobIds(QString* error) const {
    setError(error, {});
    if (!existsForReading())
        return {};
    // SIMs of unknown outcome wait for the tracker only where it can check them.
    QStringList checkable;
    for (SimOperation op : SimOperations::all()) {
        if (hasVisibleState(op))
            checkable.append(u"'%1'"_s.arg(SimOperations::name(op)));
    }
    return idsFrom(m_path,
                   u"SELECT id FROM jobs WHERE id IN (SELECT job_id FROM sims WHERE outcome IN "
                   "('pending','queued')) OR id IN (SELECT job_id FROM chunks WHERE state IN "
                   "('pending','sending')) OR (operation IN (%1) AND id IN (SELECT job_id FROM "
                   "sims WHERE outcome='unknown')) ORDER BY id"_s.arg(checkable.join(u',')),
                   error);
}

} // namespace simfleet
