// Crash safety of the local stores: simfleet-crash-writer (tests/support/
// CrashWriter.cpp) writes the job journal, the audit trail and the fleet
// snapshot and is killed with SIGKILL at a random moment; then the stores are
// opened here as the app opens them. Each must load at least everything the
// writer reported committed before the kill (every queue id, every audit
// entry, the last snapshot or a later one) or be set aside — never crash, never
// open silently empty.
//
// SIMFLEET_CRASH_ITERATIONS (default kDefaultIterations) sets the number of
// kills, SIMFLEET_CRASH_SEED the seed (printed, so a run can be repeated; the
// moments of the kills still depend on the machine's speed).

#include "models/jobs/AuditTrail.h"
#include "models/jobs/BulkJob.h"
#include "models/storage/FleetSnapshotStore.h"
#include "models/storage/JobStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QStandardPaths>
#include "tests/support/TestTemporaryDir.h"
#include <QTest>
#include <QThread>

#include <utility>

using namespace simfleet;

namespace {

constexpr int kDefaultIterations = 250;
// The kill comes this long at most after the writer said "ready": it opens
// the stores, then writes a job or a snapshot every few milliseconds.
constexpr int kMaxKillDelayMs = 200;
// On average this many writers run one after another in the same folder,
// each on top of what the killed ones left.
constexpr int kRunsPerFolder = 6;
constexpr int kProcessWaitMs = 60000;

// Shared with the writer.
const QString kAccountKey = QStringLiteral("https://crash.example.com/api|user-1");
const QDateTime kSnapshotEpoch(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);

// Beside the test (run directly for a long run) unless ctest says otherwise.
QString binary(const QString& name) {
    QString dir = qEnvironmentVariable("SIMFLEET_BIN_DIR");
    if (dir.isEmpty())
        dir = QCoreApplication::applicationDirPath();
    return dir + QLatin1Char('/') + name;
}

// What the writers of one folder reported committed, and what the last
// restart found there (it must not go away later).
struct Committed {
    QSet<qint64> jobs;
    QHash<std::pair<qint64, int>, QString> queueIds; // (job, chunk)
    QSet<qint64> auditEntries;
    QHash<qint64, QStringList> auditQueueIds;
    qint64 snapshot = 0; // 0: none yet
    qsizetype snapshotRows = 0;
};

struct Figures {
    int kills = 0;
    int killsBeforeFirstWrite = 0;
    int reusedFolder = 0;
    int jobsMidTransaction = 0;  // a journal left behind by the kill
    int auditMidTransaction = 0; // the same for the audit trail
    int snapshotMidSave = 0;     // the killed writer's temporary snapshot left behind
    int snapshotAhead = 0;       // saved, but killed before it could say so
    int setAside = 0;
    qint64 jobs = 0, queueIds = 0, auditEntries = 0, auditQueueIds = 0, snapshots = 0;
};

bool nonEmptyFile(const QString& path) {
    return QFileInfo(path).size() > 0;
}

} // namespace

class TestCrashSafety final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void killedWriter_everyStoreKeepsWhatItReported() {
        const int iterations = qEnvironmentVariableIsSet("SIMFLEET_CRASH_ITERATIONS")
                                   ? qEnvironmentVariableIntValue("SIMFLEET_CRASH_ITERATIONS")
                                   : kDefaultIterations;
        const quint32 seed = qEnvironmentVariableIsSet("SIMFLEET_CRASH_SEED")
                                 ? quint32(qEnvironmentVariable("SIMFLEET_CRASH_SEED").toUInt())
                                 : QRandomGenerator::global()->generate();
        qInfo("crash safety: seed %u (SIMFLEET_CRASH_SEED), %d iterations "
              "(SIMFLEET_CRASH_ITERATIONS)",
              seed, iterations);
        QRandomGenerator random(seed);
        TestTemporaryDir root;
        QVERIFY(root.isValid());

        Figures figures;
        Committed committed;
        QString folder;
        int folders = 0;
        for (int i = 0; i < iterations; ++i) {
            if (folder.isEmpty() || random.bounded(kRunsPerFolder) == 0) {
                folder = root.filePath(QStringLiteral("run-%1").arg(++folders));
                committed = {};
            } else {
                ++figures.reusedFolder;
            }
            const quint32 writerSeed = random.generate();
            const int delayMs = int(random.bounded(kMaxKillDelayMs));
            runAndKill(folder, writerSeed, delayMs, &committed, &figures);
            if (!QTest::currentTestFailed())
                checkJobs(folder, &committed, &figures);
            if (!QTest::currentTestFailed())
                checkAudit(folder, &committed, &figures);
            if (!QTest::currentTestFailed())
                checkSnapshot(folder, &committed, &figures);
            if (QTest::currentTestFailed()) {
                root.setAutoRemove(false);
                qWarning("iteration %d (writer seed %u, killed after %d ms) failed; the files "
                         "are kept in %s",
                         i + 1, writerSeed, delayMs, qPrintable(folder));
                return;
            }
        }
        qInfo("crash safety: %d writers killed with SIGKILL (%d before their first write), "
              "%d of them on top of a killed one's files, in %d folders",
              figures.kills, figures.killsBeforeFirstWrite, figures.reusedFolder, folders);
        qInfo("crash safety: killed inside a transaction: job journal %d, audit trail %d; "
              "inside a snapshot save: %d",
              figures.jobsMidTransaction, figures.auditMidTransaction, figures.snapshotMidSave);
        qInfo("crash safety: reported committed before the kills: %lld jobs, %lld queue ids, "
              "%lld audit entries with %lld queue ids, %lld snapshots",
              figures.jobs, figures.queueIds, figures.auditEntries, figures.auditQueueIds,
              figures.snapshots);
        qInfo("crash safety: after each restart every reported item was there; "
              "set aside: %d; a later snapshot than reported: %d; lost: 0",
              figures.setAside, figures.snapshotAhead);
        QCOMPARE(figures.kills, iterations);
    }

private:
    void runAndKill(const QString& folder, quint32 writerSeed, int delayMs, Committed* committed,
                    Figures* figures) {
        QProcess writer;
        writer.setProgram(binary(QStringLiteral("simfleet-crash-writer")));
        writer.setArguments({folder, QString::number(writerSeed)});
        writer.start();
        QVERIFY2(writer.waitForStarted(kProcessWaitMs), qPrintable(writer.errorString()));
        QByteArray out;
        while (!out.startsWith("ready\n")) {
            QVERIFY2(writer.state() == QProcess::Running && writer.waitForReadyRead(kProcessWaitMs),
                     writer.readAllStandardError().constData());
            out += writer.readAllStandardOutput();
        }
        QThread::msleep(ulong(delayMs));
        // A writer that stopped by itself failed a store call: its reason is on stderr.
        QVERIFY2(writer.state() == QProcess::Running, writer.readAllStandardError().constData());
        const qint64 pid = writer.processId();
        writer.kill(); // SIGKILL
        QVERIFY(writer.waitForFinished(kProcessWaitMs));
        QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
        ++figures->kills;
        out += writer.readAllStandardOutput();

        // Only whole lines: a line cut by the kill proves nothing.
        const QList<QByteArray> lines = out.left(out.lastIndexOf('\n')).split('\n');
        if (lines.size() <= 1)
            ++figures->killsBeforeFirstWrite;
        for (const QByteArray& line : lines.mid(1)) {
            const QList<QByteArray> words = line.split(' ');
            const QByteArray& what = words.at(0);
            if (what == "job" && words.size() == 2) {
                committed->jobs.insert(words.at(1).toLongLong());
                ++figures->jobs;
            } else if (what == "queue" && words.size() == 4) {
                committed->queueIds.insert({words.at(1).toLongLong(), words.at(2).toInt()},
                                           QString::fromUtf8(words.at(3)));
                ++figures->queueIds;
            } else if (what == "audit" && words.size() == 2) {
                committed->auditEntries.insert(words.at(1).toLongLong());
                ++figures->auditEntries;
            } else if (what == "auditq" && words.size() == 3) {
                committed->auditQueueIds[words.at(1).toLongLong()].append(
                    QString::fromUtf8(words.at(2)));
                ++figures->auditQueueIds;
            } else if (what == "snapshot" && words.size() == 4) {
                committed->snapshot = words.at(1).toLongLong();
                committed->snapshotRows = words.at(3).toLongLong();
                ++figures->snapshots;
            } else {
                QFAIL(qPrintable(QStringLiteral("unexpected line from the writer: %1")
                                     .arg(QString::fromUtf8(line))));
            }
        }
        const QDir snapshots(QDir(folder).filePath(QStringLiteral("snapshots")));
        if (!snapshots.entryList({QStringLiteral("*.tmp-%1-*").arg(pid)}, QDir::Files).isEmpty())
            ++figures->snapshotMidSave;
    }

    void checkJobs(const QString& folder, Committed* committed, Figures* figures) {
        const QString path = QDir(folder).filePath(QStringLiteral("jobs.sqlite"));
        if (nonEmptyFile(path + QStringLiteral("-journal")))
            ++figures->jobsMidTransaction;
        // Opened as BulkOperations opens it: the lock of the killed writer is
        // taken over, a damaged file set aside.
        JobStore store(path);
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        if (!store.setAsidePath().isEmpty()) {
            qWarning("job journal set aside as %s", qPrintable(store.setAsidePath()));
            QVERIFY(QFile::exists(store.setAsidePath()));
            ++figures->setAside;
            committed->jobs.clear();
            committed->queueIds.clear();
        }
        const QVector<qint64> ids = store.jobIds(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(committed->jobs.isEmpty() || !ids.isEmpty(),
                 "the job journal opened empty after jobs had been recorded");
        QHash<qint64, BulkJob> jobs;
        for (qint64 id : ids) {
            std::optional<BulkJob> job = store.load(id, &error);
            QVERIFY2(job, qPrintable(error));
            jobs.emplace(id, std::move(*job));
        }
        for (qint64 id : std::as_const(committed->jobs))
            QVERIFY2(jobs.contains(id), qPrintable(QStringLiteral("job %1 is lost").arg(id)));
        for (auto it = committed->queueIds.cbegin(); it != committed->queueIds.cend(); ++it) {
            const auto [jobId, chunk] = it.key();
            const BulkJob job = jobs.value(jobId);
            QVERIFY2(
                chunk < job.chunks.size() && job.chunks.at(chunk).queueId == it.value() &&
                    job.chunks.at(chunk).state == ChunkState::Accepted,
                qPrintable(
                    QStringLiteral("queue id %1 of job %2 is lost").arg(it.value()).arg(jobId)));
        }
        store.unfinishedJobIds(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // What this restart found must be found by the later ones too.
        for (const BulkJob& job : std::as_const(jobs)) {
            committed->jobs.insert(job.id);
            for (const BulkChunk& chunk : job.chunks) {
                if (chunk.state == ChunkState::Accepted)
                    committed->queueIds.insert({job.id, chunk.index}, chunk.queueId);
            }
        }
    }

    void checkAudit(const QString& folder, Committed* committed, Figures* figures) {
        const QString path = QDir(folder).filePath(QStringLiteral("audit.sqlite"));
        if (nonEmptyFile(path + QStringLiteral("-journal")))
            ++figures->auditMidTransaction;
        AuditTrail trail(path);
        QString error;
        QVERIFY2(trail.open(&error), qPrintable(error));
        if (!trail.setAsidePath().isEmpty()) {
            qWarning("audit trail set aside as %s", qPrintable(trail.setAsidePath()));
            QVERIFY(QFile::exists(trail.setAsidePath()));
            ++figures->setAside;
            committed->auditEntries.clear();
            committed->auditQueueIds.clear();
        }
        const QVector<AuditEntry> entries = trail.entries(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(entries.size() >= committed->auditEntries.size(),
                 qPrintable(QStringLiteral("the audit trail holds %1 entries of %2")
                                .arg(entries.size())
                                .arg(committed->auditEntries.size())));
        QHash<qint64, AuditEntry> byId;
        for (const AuditEntry& entry : entries)
            byId.insert(entry.id, entry);
        for (qint64 id : std::as_const(committed->auditEntries))
            QVERIFY2(byId.contains(id),
                     qPrintable(QStringLiteral("audit entry %1 is lost").arg(id)));
        for (auto it = committed->auditQueueIds.cbegin(); it != committed->auditQueueIds.cend();
             ++it) {
            const QStringList stored = byId.value(it.key()).queueIds;
            for (const QString& queueId : it.value())
                QVERIFY2(stored.contains(queueId),
                         qPrintable(QStringLiteral("queue id %1 of audit entry %2 is lost")
                                        .arg(queueId)
                                        .arg(it.key())));
        }
        for (const AuditEntry& entry : entries) {
            committed->auditEntries.insert(entry.id);
            committed->auditQueueIds.insert(entry.id, entry.queueIds);
        }
    }

    void checkSnapshot(const QString& folder, Committed* committed, Figures* figures) {
        FleetSnapshotStore store(QDir(folder).filePath(QStringLiteral("snapshots")));
        QString error;
        const std::optional<FleetSnapshotStore::Snapshot> snapshot =
            store.load(kAccountKey, &error);
        if (!snapshot && !error.isEmpty()) {
            // Set aside: the message says so, the file is kept beside.
            qWarning("snapshot set aside: %s", qPrintable(error));
            const QFileInfo target(store.filePath(kAccountKey));
            QVERIFY(!target.exists());
            QVERIFY(!target.dir()
                         .entryList({target.fileName() + QStringLiteral(".corrupt-*")}, QDir::Files)
                         .isEmpty());
            ++figures->setAside;
            committed->snapshot = 0;
            return;
        }
        if (!snapshot) {
            QVERIFY2(committed->snapshot == 0, "the fleet snapshot is lost");
            return;
        }
        const qint64 number = kSnapshotEpoch.msecsTo(snapshot->asOf);
        QVERIFY2(number >= committed->snapshot,
                 qPrintable(QStringLiteral("snapshot %1 loaded after snapshot %2 was saved")
                                .arg(number)
                                .arg(committed->snapshot)));
        if (number == committed->snapshot)
            QCOMPARE(snapshot->sims.size(), committed->snapshotRows);
        else
            ++figures->snapshotAhead;
        committed->snapshot = number;
        committed->snapshotRows = snapshot->sims.size();
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crash_safety.moc"
