#include "api/ApiError.h"
#include "models/jobs/BulkJob.h"
#include "models/jobs/BulkPreview.h"
#include "models/storage/JobStore.h"
#include "tests/support/SimBuilders.h"

#include "tests/support/DamagedFiles.h"
#include "tests/support/TestTemporaryDir.h"
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTest>

using namespace simfleet;

namespace {

// Above Linux's largest process id (4194304): no process has it.
constexpr qint64 kNoSuchPid = 99999999;

BulkJob sampleJob() {
    BulkJob job;
    job.op = SimOperation::Tariff;
    job.params.packageMb = 25;
    job.params.autoPackage = true;
    job.params.worldRoaming = false;
    job.callbackUrl = QStringLiteral("https://hooks.example.com/x");
    job.author = QStringLiteral("Aigerim Nurlanova");
    job.created = QDateTime::currentDateTimeUtc();
    const QVector<QVector<qint64>> chunks{{5, 3}, {9}};
    for (int i = 0; i < chunks.size(); ++i) {
        BulkChunk chunk;
        chunk.index = i;
        chunk.simIds = chunks.at(i);
        for (qint64 id : chunk.simIds)
            job.sims.insert(id, SimResult{id, SimOutcome::Pending, i, {}, {}});
        job.chunks.append(chunk);
    }
    job.sims.insert(7, SimResult{7, SimOutcome::Skipped, -1, QStringLiteral("only TD"), {}});
    return job;
}

// The jobs and sims tables of journal versions 1 and 2.
const char* const kOldJobsTable =
    "CREATE TABLE jobs(id INTEGER PRIMARY KEY AUTOINCREMENT, operation TEXT NOT NULL, params "
    "TEXT NOT NULL, callback_url TEXT NOT NULL, author TEXT NOT NULL, created TEXT NOT NULL)";
const char* const kOldSimsTable =
    "CREATE TABLE sims(job_id INTEGER NOT NULL REFERENCES jobs(id), sim_id INTEGER NOT NULL, "
    "position INTEGER NOT NULL, chunk_idx INTEGER NOT NULL, outcome TEXT NOT NULL, reason TEXT "
    "NOT NULL, queue_status TEXT NOT NULL, PRIMARY KEY(job_id, sim_id))";
const char* const kOldSimsIndex = "CREATE INDEX sims_by_outcome ON sims(outcome)";

// A journal as an older SimFleet left it: `statements` run in order on a new
// SQLite file at `path`.
void writeOldJournal(const QString& path, std::initializer_list<const char*> statements) {
    const QString connection = QStringLiteral("old-journal");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const char* sql : statements)
            QVERIFY2(q.exec(QString::fromUtf8(sql)), qPrintable(q.lastError().text()));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
}

} // namespace

class TestJobStore final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void roundTrip_keepsEveryField() {
        TestTemporaryDir dir;
        JobStore store(dir.filePath(QStringLiteral("sub/jobs.sqlite")));
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        const BulkJob job = sampleJob();
        const std::optional<qint64> id = store.create(job, &error);
        QVERIFY2(id, qPrintable(error));
        const std::optional<BulkJob> loaded = store.load(*id, &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->op, SimOperation::Tariff);
        QCOMPARE(loaded->params.packageMb, 25);
        QVERIFY(loaded->params.autoPackage);
        QCOMPARE(loaded->params.worldRoaming, std::optional<bool>(false));
        QCOMPARE(loaded->callbackUrl, job.callbackUrl);
        QCOMPARE(loaded->author, job.author);
        QCOMPARE(loaded->chunks.size(), 2);
        QCOMPARE(loaded->chunks.at(0).simIds, (QVector<qint64>{5, 3}));
        QCOMPARE(loaded->chunks.at(1).simIds, (QVector<qint64>{9}));
        QCOMPARE(loaded->sims.size(), 4);
        QCOMPARE(loaded->sims.value(7).outcome, SimOutcome::Skipped);
        QCOMPARE(loaded->sims.value(7).reason, QStringLiteral("only TD"));
        QCOMPARE(loaded->state(), JobState::Queued);
        QCOMPARE(store.unfinishedJobIds(), (QVector<qint64>{*id}));
    }

    void chunkAndSimUpdates_persistAndFinishTheJob() {
        TestTemporaryDir dir;
        JobStore store(dir.filePath(QStringLiteral("jobs.sqlite")));
        QVERIFY(store.open());
        BulkJob job = sampleJob();
        const qint64 id = store.create(job).value_or(0);
        QVERIFY(id > 0);
        BulkChunk first = job.chunks.at(0);
        first.state = ChunkState::Accepted;
        first.queueId = QStringLiteral("q000001");
        first.acceptedAt = QDateTime::currentDateTimeUtc();
        QVERIFY(store.saveChunk(id, first,
                                {SimResult{5, SimOutcome::Queued, 0, {}, {}},
                                 SimResult{3, SimOutcome::Queued, 0, {}, {}}}));
        BulkChunk second = job.chunks.at(1);
        second.state = ChunkState::Refused;
        second.error = QStringLiteral("HTTP 500");
        QVERIFY(
            store.saveChunk(id, second, {SimResult{9, SimOutcome::Failed, 1, second.error, {}}}));
        QCOMPARE(store.load(id)->state(), JobState::InProgress);
        QVERIFY(store.saveSims(id, {SimResult{5, SimOutcome::Done, 0, {}, QStringLiteral("done")},
                                    SimResult{3, SimOutcome::Done, 0, {}, {}}}));
        const BulkJob loaded = *store.load(id);
        QCOMPARE(loaded.chunks.at(0).queueId, QStringLiteral("q000001"));
        QCOMPARE(loaded.sims.value(5).queueStatus, QStringLiteral("done"));
        QCOMPARE(loaded.sims.value(9).reason, QStringLiteral("HTTP 500"));
        QCOMPARE(loaded.state(), JobState::PartlyFailed);
        QVERIFY(store.unfinishedJobIds().isEmpty());
    }

    void unknownSim_isRefusedAndNothingChanges() {
        TestTemporaryDir dir;
        JobStore store(dir.filePath(QStringLiteral("jobs.sqlite")));
        QVERIFY(store.open());
        const qint64 id = store.create(sampleJob()).value_or(0);
        QString error;
        QVERIFY(!store.saveSims(id,
                                {SimResult{5, SimOutcome::Done, 0, {}, {}},
                                 SimResult{404, SimOutcome::Done, 0, {}, {}}},
                                &error));
        QVERIFY(!error.isEmpty());
        // The whole update is one transaction: SIM 5 did not change either.
        QCOMPARE(store.load(id)->sims.value(5).outcome, SimOutcome::Pending);
    }

    void reopen_keepsJobs() {
        TestTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("jobs.sqlite"));
        qint64 id = 0;
        {
            JobStore store(path);
            QVERIFY(store.open());
            id = store.create(sampleJob()).value_or(0);
        }
        JobStore again(path);
        QVERIFY(again.open());
        QVERIFY(again.setAsidePath().isEmpty());
        QCOMPARE(again.jobIds(), (QVector<qint64>{id}));
    }

    // One writer per journal, even within one process (a QLockFile whose
    // holder is alive refuses a second one, whichever process asks).
    void secondWriter_isRefusedUntilTheFirstCloses() {
        TestTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("jobs.sqlite"));
        auto first = std::make_unique<JobStore>(path);
        QVERIFY(first->open());
        QVERIFY(QFile::exists(JobStore::lockPath(path)));
        const std::optional<qint64> id = first->create(sampleJob());
        QVERIFY(id);

        JobStore second(path);
        QString error;
        QVERIFY(!second.open(&error));
        QVERIFY(second.isLockedElsewhere());
        QCOMPARE(second.lockHolderPid(), QCoreApplication::applicationPid());
        QVERIFY2(error.contains(QString::number(QCoreApplication::applicationPid())),
                 qPrintable(error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(JobStore::lockPath(path))),
                 qPrintable(error));
        // Refused before anything: the first one's journal is as it was.
        QCOMPARE(first->load(*id)->chunks.at(0).state, ChunkState::Pending);

        first.reset();
        QVERIFY(!QFile::exists(JobStore::lockPath(path)));
        QVERIFY2(second.open(&error), qPrintable(error));
        QVERIFY(!second.isLockedElsewhere());
        QCOMPARE(second.jobIds(), (QVector<qint64>{*id}));
    }

    // A holder that crashed left its lock file behind: it must not block for ever.
    void lockOfEndedProcess_isTakenOver() {
        TestTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("jobs.sqlite"));
        QFile lock(JobStore::lockPath(path));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write(QByteArray::number(kNoSuchPid) + '\n' + QByteArray("simfleet\n") +
                   QSysInfo::machineHostName().toUtf8() + '\n' + QSysInfo::machineUniqueId() +
                   '\n' + QSysInfo::bootUniqueId() + '\n');
        lock.close();

        JobStore store(path);
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        QVERIFY(store.create(sampleJob(), &error));
    }

    // A lock file naming no process: its writer ended while creating it.
    void emptyLockFile_isTakenOver() {
        TestTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("jobs.sqlite"));
        QFile lock(JobStore::lockPath(path));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.close();
        JobStore store(path);
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
    }

    void readOnlyStore_readsButNeverWrites() {
        TestTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("jobs.sqlite"));
        {
            // Nothing there yet: no jobs, and no file is created.
            JobStore reader(path);
            QString error;
            QVERIFY2(reader.openForReading(&error), qPrintable(error));
            QVERIFY(reader.isReadOnly());
            QVERIFY(reader.jobIds(&error).isEmpty());
            QVERIFY(error.isEmpty());
            QVERIFY(!QFile::exists(path));
            QVERIFY(!QFile::exists(JobStore::lockPath(path)));
        }
        JobStore writer(path);
        QVERIFY(writer.open());
        const std::optional<qint64> id = writer.create(sampleJob());
        QVERIFY(id);

        JobStore reader(path);
        QString error;
        QVERIFY2(reader.openForReading(&error), qPrintable(error));
        QCOMPARE(reader.jobIds(), (QVector<qint64>{*id}));
        QCOMPARE(reader.unfinishedJobIds(), (QVector<qint64>{*id}));
        BulkJob job = *reader.load(*id);
        BulkChunk chunk = job.chunks.at(0);
        chunk.state = ChunkState::Refused;
        QVERIFY(!reader.saveChunk(*id, chunk, {}, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!reader.saveSims(*id, {job.sims.value(5)}));
        QVERIFY(!reader.create(sampleJob()));
        QCOMPARE(writer.jobIds(), (QVector<qint64>{*id}));
        QCOMPARE(writer.load(*id)->chunks.at(0).state, ChunkState::Pending);
    }

    void version1Journal_isMigrated_failedChunksStayRefused() {
        TestTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("jobs.sqlite"));
        writeOldJournal(
            path, {kOldJobsTable,
                   "CREATE TABLE chunks(job_id INTEGER NOT NULL REFERENCES jobs(id), idx "
                   "INTEGER NOT NULL, state TEXT NOT NULL, queue_id TEXT NOT NULL, error TEXT "
                   "NOT NULL, accepted_at TEXT NOT NULL, attempts INTEGER NOT NULL, count "
                   "INTEGER NOT NULL, processed INTEGER NOT NULL, percentage INTEGER NOT NULL, "
                   "PRIMARY KEY(job_id, idx))",
                   kOldSimsTable, kOldSimsIndex,
                   "INSERT INTO jobs VALUES(1, 'block', '{}', '', 'old', "
                   "'2026-01-01T00:00:00.000Z')",
                   "INSERT INTO chunks VALUES(1, 0, 'accepted', 'q-1', '', "
                   "'2026-01-01T00:00:01.000Z', 1, 0, 0, 0)",
                   "INSERT INTO chunks VALUES(1, 1, 'failed', '', 'HTTP 500', '', 1, 0, 0, 0)",
                   "INSERT INTO sims VALUES(1, 5, 0, 0, 'done', '', '')",
                   "INSERT INTO sims VALUES(1, 6, 1, 1, 'failed', 'HTTP 500', '')",
                   "PRAGMA user_version=1"});
        if (QTest::currentTestFailed())
            return;

        JobStore store(path);
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        QVERIFY(store.setAsidePath().isEmpty());
        const std::optional<BulkJob> job = store.load(1, &error);
        QVERIFY2(job, qPrintable(error));
        QCOMPARE(job->chunks.at(0).state, ChunkState::Accepted);
        QCOMPARE(job->chunks.at(1).state, ChunkState::Refused);
        QCOMPARE(job->chunks.at(1).error, QStringLiteral("HTTP 500"));
        QCOMPARE(job->sims.value(6).outcome, SimOutcome::Failed);
        QCOMPARE(job->retryableSims(), (QVector<qint64>{6}));
        QCOMPARE(job->state(), JobState::PartlyFailed);

        // The new states are stored and read back.
        BulkChunk unknown = job->chunks.at(1);
        unknown.state = ChunkState::Unknown;
        unknown.unknownSince = QDateTime::currentDateTimeUtc();
        QVERIFY(store.saveChunk(1, unknown, {SimResult{6, SimOutcome::Unknown, 1, {}, {}}}));
        JobStore again(path); // a second reader while `store` holds the lock
        QVERIFY(again.openForReading());
        const BulkJob reread = *again.load(1);
        QCOMPARE(reread.chunks.at(1).state, ChunkState::Unknown);
        QCOMPARE(reread.chunks.at(1).unknownSince.toSecsSinceEpoch(),
                 unknown.unknownSince.toSecsSinceEpoch());
        QCOMPARE(reread.sims.value(6).outcome, SimOutcome::Unknown);
        QCOMPARE(again.unfinishedJobIds(), (QVector<qint64>{1})); // block: still being checked
    }

    void version2Journal_isMigrated_freeTextReasonsShownAsTheyAre() {
        TestTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("jobs.sqlite"));
        writeOldJournal(
            path, {kOldJobsTable,
                   "CREATE TABLE chunks(job_id INTEGER NOT NULL REFERENCES jobs(id), idx "
                   "INTEGER NOT NULL, state TEXT NOT NULL, queue_id TEXT NOT NULL, error TEXT "
                   "NOT NULL, accepted_at TEXT NOT NULL, attempts INTEGER NOT NULL, count "
                   "INTEGER NOT NULL, processed INTEGER NOT NULL, percentage INTEGER NOT NULL, "
                   "unknown_since TEXT NOT NULL DEFAULT '', PRIMARY KEY(job_id, idx))",
                   kOldSimsTable, kOldSimsIndex,
                   "INSERT INTO jobs VALUES(1, 'block', '{}', '', 'old', "
                   "'2026-01-01T00:00:00.000Z')",
                   "INSERT INTO chunks VALUES(1, 0, 'failed', '', 'Сервер отклонил запрос', '', "
                   "1, 0, 0, 0, '')",
                   "INSERT INTO sims VALUES(1, 6, 0, 0, 'failed', 'Сервер отклонил запрос', '')",
                   "INSERT INTO sims VALUES(1, 7, 1, -1, 'skipped', 'уже заблокирована', '')",
                   "PRAGMA user_version=2"});
        if (QTest::currentTestFailed())
            return;

        // An older SimFleet still writing it: a reader shows it unmigrated.
        {
            JobStore reader(path);
            QVERIFY(reader.openForReading());
            QString readError;
            const std::optional<BulkJob> old = reader.load(1, &readError);
            QVERIFY2(old, qPrintable(readError));
            QCOMPARE(old->sims.value(7).reasonText(), QStringLiteral("уже заблокирована"));
        }

        JobStore store(path);
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        QVERIFY(store.setAsidePath().isEmpty());
        QCOMPARE(JobStore::kSchemaVersion, 3);
        const std::optional<BulkJob> job = store.load(1, &error);
        QVERIFY2(job, qPrintable(error));
        // Old free text has no code: shown as it was written, in its language.
        QVERIFY(job->sims.value(6).reasonCode.isEmpty());
        QCOMPARE(job->sims.value(6).reasonText(), QStringLiteral("Сервер отклонил запрос"));
        QCOMPARE(job->sims.value(7).reasonText(), QStringLiteral("уже заблокирована"));
        QCOMPARE(job->chunks.at(0).errorText(), QStringLiteral("Сервер отклонил запрос"));
        QVERIFY(!job->finished.isValid()); // not known for jobs of older journals

        // New rows keep codes and arguments.
        SimResult refused = job->sims.value(6);
        ApiError e;
        e.kind = ApiError::Kind::Validation;
        e.httpStatus = 400;
        e.serverMessage = QStringLiteral("SIM is locked");
        refused.setReason(BulkJobText::apiErrorReason("refused", e));
        QVERIFY(store.saveSims(1, {refused}, &error));
        const BulkJob reread = *store.load(1);
        QCOMPARE(reread.sims.value(6).reasonCode, refused.reasonCode);
        QCOMPARE(reread.sims.value(6).reasonText(), e.userMessage());
    }

    void reasonCodes_roundTripAndAreTranslatedWhenShown() {
        TestTemporaryDir dir;
        JobStore store(dir.filePath(QStringLiteral("jobs.sqlite")));
        QVERIFY(store.open());
        BulkJob job = sampleJob();
        job.sims[7].setReason(BulkJobText::skipReason(
            QCoreApplication::translate("SimOperations", "already blocked")));
        QCOMPARE(job.sims[7].reasonCode.code, QStringLiteral("skip_already_blocked"));
        const std::optional<qint64> id = store.create(job);
        QVERIFY(id);
        BulkChunk refused = job.chunks.at(1);
        refused.state = ChunkState::Refused;
        refused.setError(BulkJobText::apiErrorReason("refused", ApiError::cancelled()));
        SimResult sim = job.sims.value(9);
        sim.outcome = SimOutcome::Failed;
        sim.setReason(refused.errorCode);
        QVERIFY(store.saveChunk(*id, refused, {sim}));
        const BulkJob loaded = *store.load(*id);
        QCOMPARE(loaded.sims.value(7).reasonText(), QStringLiteral("already blocked"));
        QCOMPARE(loaded.chunks.at(1).errorCode, refused.errorCode);
        QCOMPARE(loaded.sims.value(9).reasonText(), ApiError::cancelled().userMessage());
        // A text no code is known for is kept as text.
        QVERIFY(BulkJobText::skipReason(QStringLiteral("some other reason")).isEmpty());
    }

    void finished_isStampedWhenTheJobFinishes_andClearedWhenItRunsAgain() {
        TestTemporaryDir dir;
        JobStore store(dir.filePath(QStringLiteral("jobs.sqlite")));
        QVERIFY(store.open());
        BulkJob job = sampleJob();
        const std::optional<qint64> id = store.create(job);
        QVERIFY(id);
        QVERIFY(!store.load(*id)->finished.isValid());
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        for (BulkChunk chunk : job.chunks) {
            chunk.state = ChunkState::Accepted;
            QVector<SimResult> sims;
            for (qint64 simId : chunk.simIds)
                sims.append(SimResult{simId, SimOutcome::Done, chunk.index, {}, {}});
            QVERIFY(store.saveChunk(*id, chunk, sims));
        }
        const QDateTime finished = store.load(*id)->finished;
        QVERIFY(finished.isValid());
        QVERIFY(finished >= before);
        // Saving a finished job again keeps its time; running it again clears it.
        QVERIFY(store.saveSims(*id, {SimResult{5, SimOutcome::Done, 0, {}, {}}}));
        QCOMPARE(store.load(*id)->finished, finished);
        QVERIFY(store.saveSims(*id, {SimResult{5, SimOutcome::Pending, 0, {}, {}}}));
        QVERIFY(!store.load(*id)->finished.isValid());
    }

    void jobTexts_countsAndDurations() {
        QCOMPARE(BulkJobText::countsText({{SimOutcome::Sent, 17}, {SimOutcome::Skipped, 3}}),
                 QStringLiteral("17 sent · 3 skipped"));
        QCOMPARE(BulkJobText::countsText({{SimOutcome::Failed, 2}, {SimOutcome::Done, 0}}),
                 QStringLiteral("2 failed"));
        QCOMPARE(BulkJobText::countsText({{SimOutcome::Unknown, 1}}), QStringLiteral("1 unknown"));
        QCOMPARE(BulkJobText::durationText(125), QStringLiteral("2 min 05 s"));
        QCOMPARE(BulkJobText::durationText(42), QStringLiteral("42 s"));
        QCOMPARE(BulkJobText::durationText(3720), QStringLiteral("1 h 02 min"));
        QCOMPARE(BulkJobText::queueStatusText(QStringLiteral("error")), QStringLiteral("Error"));
        QCOMPARE(BulkJobText::queueStatusText(QStringLiteral("odd")), QStringLiteral("odd"));
    }

    void damagedFile_isSetAsideAndReplaced() {
        TestTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("jobs.sqlite"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("this is not a database at all");
        }
        JobStore store(path);
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        QVERIFY(!store.setAsidePath().isEmpty());
        QVERIFY(QFile::exists(store.setAsidePath()));
        QVERIFY(store.jobIds().isEmpty());
        QVERIFY(store.create(sampleJob()));
    }

    // Found by fuzzing (tests/fuzz, job_store): a journal stamped with this
    // version, sound to SQLite, whose jobs table lost its key ("id INTEGER
    // PRIMARYAUEKY  TOINCREMENT") was used: every job stored in it was lost
    // ("no such job" when loaded). It is set aside; a reader is told it is
    // damaged.
    void tableWithoutItsKey_isSetAside() {
        TestTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("jobs.sqlite"));
        {
            JobStore store(path);
            QVERIFY(store.open());
            QVERIFY(store.create(sampleJob()));
        }
        QVERIFY(replaceInFile(path, "PRIMARY KEY AUTOINCREMENT", "PRIMARYAUEKY  TOINCREMENT"));

        QString error;
        JobStore reader(path);
        QVERIFY(!reader.openForReading(&error));
        QVERIFY(error.contains(QStringLiteral("damaged")));

        JobStore store(path);
        QVERIFY2(store.open(&error), qPrintable(error));
        QVERIFY(!store.setAsidePath().isEmpty());
        QVERIFY(QFile::exists(store.setAsidePath()));
        QVERIFY(store.jobIds().isEmpty());
        const std::optional<qint64> id = store.create(sampleJob(), &error);
        QVERIFY2(id.has_value(), qPrintable(error));
        const std::optional<BulkJob> loaded = store.load(*id, &error);
        QVERIFY2(loaded.has_value(), qPrintable(error));
        QCOMPARE(loaded->sims.size(), sampleJob().sims.size());
    }

    void preview_splitsBySkipReasonAndDeduplicates() {
        const QVector<Sim> fleet{makeSim(1, SimProfile::TD, BlockCode::None),
                                 makeSim(2, SimProfile::TC, BlockCode::Msu),
                                 makeSim(3, SimProfile::TC, BlockCode::User),
                                 makeSim(4, SimProfile::TD, BlockCode::None)};
        const BulkPreview unblock =
            BulkPreview::build(SimOperation::Unblock, {1, 2, 3, 3, 99}, fleet);
        QCOMPARE(unblock.applicable, (QVector<qint64>{3}));
        QCOMPARE(unblock.skipped.size(), 3);
        QCOMPARE(unblock.skipped.at(0).simId, 1);
        QCOMPARE(unblock.skipped.at(1).simId, 2);
        QCOMPARE(unblock.skipped.at(2).simId, 99);
        QCOMPARE(unblock.selectedCount(), 4);
        const BulkPreview ping = BulkPreview::build(SimOperation::Ping, {1, 2, 4}, fleet);
        QCOMPARE(ping.applicable, (QVector<qint64>{1, 4}));
        QCOMPARE(ping.skipped.size(), 1);
        QVERIFY(!ping.skipped.at(0).reason.isEmpty());
    }

    void jobState_followsOutcomes() {
        BulkJob job = sampleJob();
        QCOMPARE(job.state(), JobState::Queued);
        job.chunks[0].state = ChunkState::Accepted;
        job.chunks[1].state = ChunkState::Accepted;
        for (qint64 id : {5, 3, 9})
            job.sims[id].outcome = SimOutcome::Sent;
        QCOMPARE(job.state(), JobState::Sent);
        job.sims[9].outcome = SimOutcome::Unconfirmed;
        QCOMPARE(job.state(), JobState::Unconfirmed);
        for (qint64 id : {5, 3, 9})
            job.sims[id].outcome = SimOutcome::Done;
        QCOMPARE(job.state(), JobState::Done);
        for (qint64 id : {5, 3, 9})
            job.sims[id].outcome = SimOutcome::Failed;
        QCOMPARE(job.state(), JobState::Failed);
    }
};

QTEST_GUILESS_MAIN(TestJobStore)
#include "tst_job_store.moc"
