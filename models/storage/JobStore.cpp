#include "models/storage/JobStore.h"

#include "models/storage/JobStoreSchema.h"
#include "models/storage/PrivateFiles.h"
#include "models/storage/SqliteConnection.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QLoggingCategory>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace simfleet {

using namespace Qt::StringLiterals;

namespace {

Q_LOGGING_CATEGORY(lcJobStore, "simfleet.models.jobstore")

void setError(QString* error, const QString& text) {
    if (error)
        *error = text;
}

bool hasOwnTables(const QString& path) {
    const SqliteConnection connection(path, u"simfleet-jobs"_s);
    if (!connection.isOpen())
        return false;
    QSqlDatabase db = connection.database();
    return JobStoreSchema::hasOwnTables(db);
}

// Rolls back unless commit() succeeded.
class Transaction final {
    Q_DISABLE_COPY_MOVE(Transaction)

public:
    explicit Transaction(const QSqlDatabase& db)
        : m_db(db)
        , m_active(m_db.transaction()) {}
    ~Transaction() {
        if (m_active)
            m_db.rollback();
    }
    bool isActive() const { return m_active; }
    bool commit() {
        if (!m_active || !m_db.commit())
            return false;
        m_active = false;
        return true;
    }

private:
    QSqlDatabase m_db;
    bool m_active;
};

QString timeText(const QDateTime& time) {
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString(""_L1);
}

QString argsText(const JobReason& why) {
    if (why.isEmpty())
        return QString(""_L1);
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(why.args)).toJson(QJsonDocument::Compact));
}

// Stamps the job finished when it has just become so, and clears the stamp
// while it is not (a retry runs it again). The conditions are BulkJob::isFinished()'s.
bool stampFinished(const QSqlDatabase& db, qint64 jobId, QString* problem) {
    QStringList checkable;
    for (SimOperation op : SimOperations::all()) {
        if (hasVisibleState(op))
            checkable.append(u"'%1'"_s.arg(SimOperations::name(op)));
    }
    QSqlQuery q(db);
    q.prepare(u"UPDATE jobs SET finished = CASE WHEN "
              "EXISTS(SELECT 1 FROM sims WHERE job_id=? AND outcome IN ('pending','queued')) OR "
              "EXISTS(SELECT 1 FROM chunks WHERE job_id=? AND state IN ('pending','sending')) OR "
              "(operation IN (%1) AND "
              "EXISTS(SELECT 1 FROM sims WHERE job_id=? AND outcome='unknown')) THEN '' "
              "WHEN finished='' THEN ? ELSE finished END WHERE id=?"_s.arg(checkable.join(u',')));
    for (int i = 0; i < 3; ++i)
        q.addBindValue(jobId);
    q.addBindValue(timeText(QDateTime::currentDateTimeUtc()));
    q.addBindValue(jobId);
    if (!q.exec()) {
        *problem = q.lastError().text();
        return false;
    }
    return true;
}

bool writeChunk(const QSqlDatabase& db, qint64 jobId, const BulkChunk& chunk, QString* problem) {
    QSqlQuery q(db);
    q.prepare(u"INSERT OR REPLACE INTO chunks(job_id, idx, state, queue_id, error, accepted_at, "
              "attempts, count, processed, percentage, unknown_since, error_code, error_args) "
              "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?)"_s);
    q.addBindValue(jobId);
    q.addBindValue(chunk.index);
    q.addBindValue(BulkJobText::chunkStateCode(chunk.state));
    q.addBindValue(chunk.queueId.isNull() ? QString(""_L1) : chunk.queueId);
    q.addBindValue(chunk.error.isNull() ? QString(""_L1) : chunk.error);
    q.addBindValue(timeText(chunk.acceptedAt));
    q.addBindValue(chunk.attempts);
    q.addBindValue(chunk.count);
    q.addBindValue(chunk.processed);
    q.addBindValue(chunk.percentage);
    q.addBindValue(timeText(chunk.unknownSince));
    q.addBindValue(chunk.errorCode.isEmpty() ? QString(""_L1) : chunk.errorCode.code);
    q.addBindValue(argsText(chunk.errorCode));
    if (!q.exec()) {
        *problem = q.lastError().text();
        return false;
    }
    return true;
}

// Updates existing SIM rows (the position is fixed at creation).
bool updateSims(const QSqlDatabase& db, qint64 jobId, const QVector<SimResult>& sims,
                QString* problem) {
    QSqlQuery q(db);
    if (!q.prepare(u"UPDATE sims SET chunk_idx=?, outcome=?, reason=?, queue_status=?, "
                   "reason_code=?, reason_args=? WHERE job_id=? AND sim_id=?"_s)) {
        *problem = q.lastError().text();
        return false;
    }
    for (const SimResult& sim : sims) {
        q.bindValue(0, sim.chunk);
        q.bindValue(1, BulkJobText::outcomeCode(sim.outcome));
        q.bindValue(2, sim.reason.isNull() ? QString(""_L1) : sim.reason);
        q.bindValue(3, sim.queueStatus.isNull() ? QString(""_L1) : sim.queueStatus);
        q.bindValue(4, sim.reasonCode.isEmpty() ? QString(""_L1) : sim.reasonCode.code);
        q.bindValue(5, argsText(sim.reasonCode));
        q.bindValue(6, jobId);
        q.bindValue(7, sim.simId);
        if (!q.exec()) {
            *problem = q.lastError().text();
            return false;
        }
        if (q.numRowsAffected() != 1) {
            *problem = JobStore::tr("SIM %1 is not part of job %2.").arg(sim.simId).arg(jobId);
            return false;
        }
    }
    return true;
}

} // namespace

JobStore::JobStore(QString filePath)
    : m_path(std::move(filePath)) {}

JobStore::~JobStore() = default;

bool JobStore::open(QString* error) {
    setError(error, {});
    m_lockedElsewhere = false;
    m_lockHolderPid = 0;
    const QFileInfo info(m_path);
    if (!PrivateFiles::makeFolder(info.absolutePath())) {
        setError(error, tr("Could not create the folder %1 for the job journal.")
                            .arg(QDir::toNativeSeparators(info.absolutePath())));
        return false;
    }
    if (!m_lock && !takeLock(error))
        return false;
    m_readOnly = false;
    m_fileVersion = kSchemaVersion;
    const SqliteConnection::Inspection found =
        SqliteConnection::inspect(m_path, u"simfleet-jobs"_s);
    if (!found.opened) {
        setError(error, tr("Could not open the job journal: %1").arg(found.error));
        return false;
    }
    int version = found.version;
    if (found.usable && version > kSchemaVersion) {
        setError(error, tr("The job journal %1 was written by a newer version of SimFleet.")
                            .arg(QDir::toNativeSeparators(m_path)));
        return false;
    }
    // Found by fuzzing: a file stamped with this version whose jobs table
    // lost its key was used, and every job stored in it was lost.
    if (!found.usable || (version == kSchemaVersion && !hasOwnTables(m_path))) {
        m_setAside = SqliteConnection::setAside(m_path);
        qCWarning(lcJobStore) << "job journal unusable, set aside as" << m_setAside;
        if (m_setAside.isEmpty()) {
            setError(error, tr("The job journal %1 is damaged and could not be set aside.")
                                .arg(QDir::toNativeSeparators(m_path)));
            return false;
        }
        version = 0;
    }
    if (version == kSchemaVersion)
        return true;
    const SqliteConnection connection(m_path, u"simfleet-jobs"_s);
    if (!connection.isOpen()) {
        setError(error, tr("Could not open the job journal: %1").arg(connection.error()));
        return false;
    }
    QSqlDatabase db = connection.database();
    Transaction transaction(db);
    QString problem;
    if (!JobStoreSchema::upgrade(db, version, &problem) || !transaction.commit()) {
        setError(error, tr("Could not create the job journal: %1")
                            .arg(problem.isEmpty() ? db.lastError().text() : problem));
        return false;
    }
    return true;
}

bool JobStore::openForReading(QString* error) {
    setError(error, {});
    m_readOnly = true;
    m_fileVersion = kSchemaVersion;
    m_lock.reset();
    if (!existsForReading())
        return true;
    const SqliteConnection::Inspection found =
        SqliteConnection::inspect(m_path, u"simfleet-jobs"_s);
    if (!found.opened) {
        setError(error, tr("Could not open the job journal: %1").arg(found.error));
        return false;
    }
    if (!found.usable || (found.version == kSchemaVersion && !hasOwnTables(m_path))) {
        setError(error, tr("The job journal %1 is damaged; the SimFleet program using it sets it "
                           "aside when it next opens it.")
                            .arg(QDir::toNativeSeparators(m_path)));
        return false;
    }
    m_fileVersion = found.version;
    if (found.version > kSchemaVersion) {
        setError(error, tr("The job journal %1 was written by a newer version of SimFleet.")
                            .arg(QDir::toNativeSeparators(m_path)));
        return false;
    }
    return true;
}

bool JobStore::existsForReading() const {
    // Connecting to a missing file would create it: a reader must not.
    const QFileInfo info(m_path);
    return !m_readOnly || (info.exists() && info.size() > 0);
}

bool JobStore::refuseWhenReadOnly(QString* error) const {
    if (!m_readOnly)
        return false;
    setError(error, tr("The job journal is open read-only here: another SimFleet program is "
                       "using it."));
    return true;
}

std::optional<qint64> JobStore::create(const BulkJob& job, QString* error) {
    setError(error, {});
    if (refuseWhenReadOnly(error))
        return std::nullopt;
    const SqliteConnection connection(m_path, u"simfleet-jobs"_s);
    if (!connection.isOpen()) {
        setError(error, tr("Could not open the job journal: %1").arg(connection.error()));
        return std::nullopt;
    }
    QSqlDatabase db = connection.database();
    Transaction transaction(db);
    QString problem;
    auto fail = [&](const QString& text) {
        setError(error, tr("Could not record the job: %1").arg(text));
        return std::nullopt;
    };
    if (!transaction.isActive())
        return fail(db.lastError().text());
    qint64 jobId = 0;
    {
        QSqlQuery q(db);
        q.prepare(u"INSERT INTO jobs(operation, params, callback_url, author, created) "
                  "VALUES(?,?,?,?,?)"_s);
        q.addBindValue(SimOperations::name(job.op));
        q.addBindValue(QString::fromUtf8(
            QJsonDocument(BulkJobText::jobParamsToJson(job)).toJson(QJsonDocument::Compact)));
        q.addBindValue(job.callbackUrl.isNull() ? QString(""_L1) : job.callbackUrl);
        q.addBindValue(job.author.isNull() ? QString(""_L1) : job.author);
        q.addBindValue(timeText(job.created));
        if (!q.exec())
            return fail(q.lastError().text());
        jobId = q.lastInsertId().toLongLong();
    }
    for (const BulkChunk& chunk : job.chunks) {
        if (!writeChunk(db, jobId, chunk, &problem))
            return fail(problem);
    }
    {
        QSqlQuery q(db);
        q.prepare(u"INSERT INTO sims(job_id, sim_id, position, chunk_idx, outcome, reason, "
                  "queue_status, reason_code, reason_args) VALUES(?,?,?,?,?,?,?,?,?)"_s);
        // Chunk members in chunk order (load() rebuilds the chunks from it), then the rest.
        QVector<SimResult> ordered;
        ordered.reserve(job.sims.size());
        for (const BulkChunk& chunk : job.chunks) {
            for (qint64 id : chunk.simIds)
                ordered.append(
                    job.sims.value(id, SimResult{id, SimOutcome::Pending, chunk.index, {}, {}}));
        }
        for (const SimResult& sim : job.sims) {
            if (sim.chunk < 0)
                ordered.append(sim);
        }
        if (ordered.size() != job.sims.size())
            return fail(tr("the SIMs of the job do not match its chunks"));
        qint64 position = 0;
        for (const SimResult& sim : ordered) {
            q.bindValue(0, jobId);
            q.bindValue(1, sim.simId);
            q.bindValue(2, position++);
            q.bindValue(3, sim.chunk);
            q.bindValue(4, BulkJobText::outcomeCode(sim.outcome));
            q.bindValue(5, sim.reason.isNull() ? QString(""_L1) : sim.reason);
            q.bindValue(6, sim.queueStatus.isNull() ? QString(""_L1) : sim.queueStatus);
            q.bindValue(7, sim.reasonCode.isEmpty() ? QString(""_L1) : sim.reasonCode.code);
            q.bindValue(8, argsText(sim.reasonCode));
            if (!q.exec())
                return fail(q.lastError().text());
        }
    }
    if (!stampFinished(db, jobId, &problem))
        return fail(problem);
    if (!transaction.commit())
        return fail(db.lastError().text());
    return jobId;
}

bool JobStore::saveChunk(qint64 jobId, const BulkChunk& chunk, const QVector<SimResult>& sims,
                         QString* error) {
    return update(error, [&](QSqlDatabase& db, QString* problem) {
        return writeChunk(db, jobId, chunk, problem) && updateSims(db, jobId, sims, problem) &&
               stampFinished(db, jobId, problem);
    });
}

bool JobStore::saveChunks(const QVector<ChunkWrite>& writes, QString* error) {
    return update(error, [&](QSqlDatabase& db, QString* problem) {
        QSet<qint64> jobs;
        for (const ChunkWrite& write : writes) {
            if (!writeChunk(db, write.jobId, write.chunk, problem) ||
                !updateSims(db, write.jobId, write.sims, problem))
                return false;
            jobs.insert(write.jobId);
        }
        for (qint64 jobId : std::as_const(jobs)) {
            if (!stampFinished(db, jobId, problem))
                return false;
        }
        return true;
    });
}

bool JobStore::saveSims(qint64 jobId, const QVector<SimResult>& sims, QString* error) {
    return update(error, [&](QSqlDatabase& db, QString* problem) {
        return updateSims(db, jobId, sims, problem) && stampFinished(db, jobId, problem);
    });
}

bool JobStore::update(QString* error, const std::function<bool(QSqlDatabase&, QString*)>& work) {
    setError(error, {});
    if (refuseWhenReadOnly(error))
        return false;
    const SqliteConnection connection(m_path, u"simfleet-jobs"_s);
    if (!connection.isOpen()) {
        setError(error, tr("Could not open the job journal: %1").arg(connection.error()));
        return false;
    }
    QSqlDatabase db = connection.database();
    Transaction transaction(db);
    QString problem;
    if (!transaction.isActive() || !work(db, &problem) || !transaction.commit()) {
        if (problem.isEmpty())
            problem = db.lastError().text();
        setError(error, tr("Could not update the job journal: %1").arg(problem));
        return false;
    }
    return true;
}

} // namespace simfleet
