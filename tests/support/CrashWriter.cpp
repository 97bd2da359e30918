// simfleet-crash-writer: the process tst_crash_safety kills. For tests only.
//
//   simfleet-crash-writer <folder> <seed> [seconds]
//
// Writes the job journal (<folder>/jobs.sqlite), the audit trail
// (<folder>/audit.sqlite) and the fleet snapshot (<folder>/snapshots) through
// the app's own stores, the way BulkJobRunner, BulkOperations and
// FleetRepository do, until killed (or for `seconds`, 30 by default). After
// each store call has returned success it prints one line and flushes it: the
// proof that the state was committed before the kill.
//
//   ready                          the stores are about to be opened
//   job <job id>                   JobStore::create()
//   queue <job id> <chunk> <id>    the chunk accepted with that queue id (saveChunk(s))
//   audit <entry id>               AuditTrail::record()
//   auditq <entry id> <queue id>   AuditTrail::appendQueueId()
//   snapshot <n> rows <rows>       FleetSnapshotStore::save(), as of kSnapshotEpoch + n ms
//
// Exits 2 with the message on stderr when a store call fails.

#include "models/jobs/AuditTrail.h"
#include "models/jobs/BulkJob.h"
#include "models/storage/FleetSnapshotStore.h"
#include "models/storage/JobStore.h"
#include "tests/support/SimBuilders.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QStringList>

#include <cstdio>
#include <cstdlib>

using namespace simfleet;

namespace {

// Shared with tst_crash_safety.
const QString kAccountKey = QStringLiteral("https://crash.example.com/api|user-1");
const QDateTime kSnapshotEpoch(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);

void say(const QString& line) {
    const QByteArray bytes = line.toUtf8() + '\n';
    // A line lost to a failed write only leaves the test less to check.
    static_cast<void>(std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout));
    std::fflush(stdout);
}

[[noreturn]] void fail(const char* what, const QString& error) {
    std::fprintf(stderr, "%s: %s\n", what, qPrintable(error));
    std::exit(2); // NOLINT(concurrency-mt-unsafe): the writer runs on one thread
}

class Writer final {
public:
    Writer(const QString& folder, quint32 seed)
        : m_seed(seed)
        , m_random(seed)
        , m_jobs(QDir(folder).filePath(QStringLiteral("jobs.sqlite")))
        , m_audit(QDir(folder).filePath(QStringLiteral("audit.sqlite")))
        , m_snapshots(QDir(folder).filePath(QStringLiteral("snapshots"))) {}

    void open() {
        QString error;
        if (!m_jobs.open(&error))
            fail("job journal", error);
        if (!m_audit.open(&error))
            fail("audit trail", error);
        // The app shows the last snapshot at sign-in; later ones continue its count.
        if (const auto snapshot = m_snapshots.load(kAccountKey, &error))
            m_snapshotCount = kSnapshotEpoch.msecsTo(snapshot->asOf);
    }

    void step() {
        if (m_random.bounded(10) < 7)
            writeJob();
        else
            writeSnapshot();
    }

private:
    void writeJob() {
        BulkJob job;
        job.op = SimOperation::Block;
        job.author = QStringLiteral("Crash writer %1").arg(m_seed);
        job.callbackUrl = QStringLiteral("https://hooks.example.com/crash");
        job.created = QDateTime::currentDateTimeUtc();
        const int chunkCount = 1 + int(m_random.bounded(4));
        for (int c = 0; c < chunkCount; ++c) {
            BulkChunk chunk;
            chunk.index = c;
            const int simCount = 1 + int(m_random.bounded(60));
            for (int s = 0; s < simCount; ++s) {
                const qint64 id = 1000 * (c + 1) + s;
                chunk.simIds.append(id);
                job.sims.insert(id, SimResult{id, SimOutcome::Pending, c, {}, {}});
            }
            job.chunks.append(chunk);
        }
        QString error;
        const std::optional<qint64> jobId = m_jobs.create(job, &error);
        if (!jobId)
            fail("create", error);
        job.id = *jobId;
        say(QStringLiteral("job %1").arg(job.id));

        AuditEntry entry;
        entry.author = job.author;
        entry.action = SimOperations::name(job.op);
        entry.details = QStringLiteral("crash test job %1").arg(job.id);
        entry.simCount = int(job.sims.size());
        entry.jobId = job.id;
        const std::optional<qint64> entryId = m_audit.record(entry, &error);
        if (!entryId)
            fail("record", error);
        say(QStringLiteral("audit %1").arg(*entryId));

        // Chunks one by one (BulkJobRunner) or several in one transaction
        // (the per-SIM runner's saveChunks()).
        QVector<JobStore::ChunkWrite> batch;
        for (BulkChunk& chunk : job.chunks) {
            chunk.state = ChunkState::Accepted;
            chunk.queueId = QStringLiteral("Q-%1-%2-%3").arg(m_seed).arg(job.id).arg(chunk.index);
            chunk.acceptedAt = QDateTime::currentDateTimeUtc();
            QVector<SimResult> sims;
            for (qint64 id : std::as_const(chunk.simIds)) {
                SimResult& sim = job.sims[id];
                sim.outcome = SimOutcome::Queued;
                sims.append(sim);
            }
            if (m_random.bounded(3) == 0) {
                batch.append({job.id, chunk, sims});
                continue;
            }
            if (!m_jobs.saveChunk(job.id, chunk, sims, &error))
                fail("saveChunk", error);
            accepted(job.id, *entryId, chunk);
        }
        if (batch.isEmpty())
            return;
        if (!m_jobs.saveChunks(batch, &error))
            fail("saveChunks", error);
        for (const JobStore::ChunkWrite& write : std::as_const(batch))
            accepted(job.id, *entryId, write.chunk);
    }

    void accepted(qint64 jobId, qint64 entryId, const BulkChunk& chunk) {
        say(QStringLiteral("queue %1 %2 %3").arg(jobId).arg(chunk.index).arg(chunk.queueId));
        QString error;
        if (!m_audit.appendQueueId(entryId, chunk.queueId, &error))
            fail("appendQueueId", error);
        say(QStringLiteral("auditq %1 %2").arg(entryId).arg(chunk.queueId));
    }

    void writeSnapshot() {
        // From empty to a few thousand rows: short and long writes alike.
        const int rows = m_random.bounded(8) == 0 ? 0 : int(m_random.bounded(2500));
        QVector<Sim> sims;
        sims.reserve(rows);
        for (int i = 0; i < rows; ++i)
            sims.append(TestFleet::makeSim(i));
        ++m_snapshotCount;
        QString error;
        if (!m_snapshots.save(kAccountKey, sims, kSnapshotEpoch.addMSecs(m_snapshotCount), &error))
            fail("snapshot", error);
        say(QStringLiteral("snapshot %1 rows %2").arg(m_snapshotCount).arg(rows));
    }

    quint32 m_seed;
    QRandomGenerator m_random;
    JobStore m_jobs;
    AuditTrail m_audit;
    FleetSnapshotStore m_snapshots;
    qint64 m_snapshotCount = 0;
};

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 3) {
        std::fputs("usage: simfleet-crash-writer <folder> <seed> [seconds]\n", stderr);
        return 64;
    }
    const quint32 seed = args.at(2).toUInt();
    const qint64 limitMs = 1000 * (args.size() > 3 ? args.at(3).toLongLong() : 30);
    Writer writer(args.at(1), seed);
    say(QStringLiteral("ready"));
    writer.open();
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < limitMs)
        writer.step();
    return 0;
}
