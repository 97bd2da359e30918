#include "api/Session.h"
#include "app/core/CallbackListener.h"
#include "models/jobs/AuditTrail.h"
#include "models/jobs/AuditTrailModel.h"
#include "models/jobs/JobListModel.h"
#include "models/jobs/JobSimsModel.h"
#include "models/storage/JobStore.h"
#include "tests/support/OperationsRig.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>

using namespace simfleet;

class TestBulkOperations final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void pollingOnly_followsTheJobToDone_andAuditsIt() {
        OperationsRig rig;
        QVERIFY(rig.open());
        QAbstractItemModelTester jobsTester(rig.ops.jobs(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester auditTester(
            rig.ops.audit(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        BulkOperations::Options options = rig.ops.options();
        options.chunkSize = 7;
        rig.ops.setOptions(options);
        const BulkPreview preview = rig.preview(SimOperation::Block);
        QVERIFY(preview.applicable.size() > 7);
        QSignalSpy started(&rig.ops, &BulkOperations::jobStarted);
        QSignalSpy finished(&rig.ops, &BulkOperations::jobFinished);
        QSignalSpy active(&rig.ops, &BulkOperations::activeJobCountChanged);

        QString error;
        const std::optional<qint64> jobId = rig.ops.start(preview, {}, &error);
        QVERIFY2(jobId, qPrintable(error));
        QCOMPARE(started.size(), 1);
        QCOMPARE(rig.ops.activeJobCount(), 1);
        QCOMPARE(rig.ops.jobs()->rowCount(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kOpsWaitMs);
        QCOMPARE(finished.at(0).at(0).toLongLong(), *jobId);

        const BulkJob job = *rig.ops.job(*jobId);
        QCOMPARE(job.state(), JobState::Done);
        QCOMPARE(job.simsWith(SimOutcome::Done).size(), preview.applicable.size());
        QCOMPARE(job.simsWith(SimOutcome::Skipped).size(), preview.skipped.size());
        QCOMPARE(job.author, QStringLiteral("Anna Admin"));
        QCOMPARE(rig.ops.activeJobCount(), 0);
        QVERIFY(!active.isEmpty());
        QCOMPARE(active.last().at(0).toInt(), 0);

        JobListModel* jobs = rig.ops.jobs();
        QCOMPARE(jobs->index(0, 0).data(JobListModel::JobIdRole).toLongLong(), *jobId);
        QCOMPARE(jobs->index(0, JobListModel::Progress).data(JobListModel::ProgressRole).toInt(),
                 100);
        QCOMPARE(jobs->index(0, JobListModel::State).data().toString(),
                 BulkJobText::stateName(JobState::Done));
        QCOMPARE(jobs->index(0, JobListModel::Author).data().toString(),
                 QStringLiteral("Anna Admin"));

        AuditTrailModel* audit = rig.ops.audit();
        QCOMPARE(audit->rowCount(), 1);
        const AuditEntry& entry = audit->entryAt(0);
        QCOMPARE(entry.action, SimOperations::name(SimOperation::Block));
        QCOMPARE(entry.author, QStringLiteral("Anna Admin"));
        QCOMPARE(entry.simCount, int(preview.applicable.size()));
        QCOMPARE(entry.skippedCount, int(preview.skipped.size()));
        QCOMPARE(entry.jobId, *jobId);
        QStringList queueIds;
        for (const BulkChunk& chunk : job.chunks)
            queueIds << chunk.queueId;
        // In the order the provider accepted the chunks (two are sent at a time).
        QStringList audited = entry.queueIds;
        audited.sort();
        queueIds.sort();
        QCOMPARE(audited, queueIds);
        // Chunk coverage: every applicable SIM was sent exactly once.
        QVector<qint64> sent;
        for (const QVector<qint64>& request : rig.sentItems(QStringLiteral("sim/block")))
            sent += request;
        QCOMPARE(OperationsRig::sorted(sent), OperationsRig::sorted(preview.applicable));
    }

    void callbacks_followTheJobToDone() {
        OperationsRig rig;
        CallbackListener listener;
        QVERIFY(listener.listen(0) != 0);
        connect(&listener, &CallbackListener::callbackReceived, &rig.ops,
                &BulkOperations::applyCallback);
        BulkOperations::Options options = rig.ops.options();
        options.callbackUrl = listener.localUrl().toString();
        options.firstPollMs = 10 * 60 * 1000; // no poll within the test: callbacks only
        options.maxPollMs = options.firstPollMs;
        rig.ops.setOptions(options);
        QVERIFY(rig.open());
        SimOperationParams params;
        params.limitType = LimitType::Month;
        params.limitMb = 250;
        const BulkPreview preview = rig.preview(SimOperation::Limit);
        QVERIFY(!preview.applicable.isEmpty());
        QSignalSpy finished(&rig.ops, &BulkOperations::jobFinished);
        const std::optional<qint64> jobId = rig.ops.start(preview, params);
        QVERIFY(jobId);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kOpsWaitMs);
        const BulkJob job = *rig.ops.job(*jobId);
        QCOMPARE(job.state(), JobState::Done);
        QCOMPARE(job.simsWith(SimOutcome::Done).size(), preview.applicable.size());
        QCOMPARE(rig.sentItems(QStringLiteral("sim/list")).size(), 1); // the preview's read only
        QVERIFY(rig.ops.jobs()
                    ->index(0, JobListModel::Operation)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("250")));
    }

    void closedMidJob_reopenResumesTracking() {
        OperationsRig rig(30, 400);
        QVERIFY(rig.open());
        SimOperationParams params;
        params.limitType = LimitType::Month;
        params.limitMb = 120;
        const BulkPreview preview = rig.preview(SimOperation::Limit);
        QSignalSpy changed(&rig.ops, &BulkOperations::jobChanged);
        const std::optional<qint64> jobId = rig.ops.start(preview, params);
        QVERIFY(jobId);
        // Close as soon as the provider accepted the job (one chunk).
        QTRY_VERIFY_WITH_TIMEOUT(rig.ops.job(*jobId)->chunks.at(0).state == ChunkState::Accepted,
                                 kOpsWaitMs);
        rig.ops.closeAccount();
        QVERIFY(!rig.ops.isOpen());
        QCOMPARE(rig.ops.jobs()->rowCount(), 0);
        QCOMPARE(rig.ops.audit()->rowCount(), 0);
        QCOMPARE(rig.ops.activeJobCount(), 0);
        QVERIFY(!JobStore(rig.journalPath()).load(*jobId)->isFinished());

        QSignalSpy finished(&rig.ops, &BulkOperations::jobFinished);
        QVERIFY(rig.open());
        QCOMPARE(rig.ops.jobs()->rowCount(), 1);
        QCOMPARE(rig.ops.audit()->rowCount(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kOpsWaitMs);
        QCOMPARE(rig.ops.job(*jobId)->state(), JobState::Done);
        QCOMPARE(rig.ops.activeJobCount(), 0);
        QCOMPARE(rig.sentItems(QStringLiteral("sim/limit")).size(), 1);
    }

    void failedChunk_retrySendsOnlyItsSims_andIsAudited() {
        OperationsRig rig;
        QVERIFY(rig.open());
        BulkOperations::Options options = rig.ops.options();
        options.chunkSize = 5;
        options.maxConcurrentChunks = 1;
        rig.ops.setOptions(options);
        const BulkPreview preview = rig.preview(SimOperation::Block);
        QVERIFY(preview.applicable.size() > 10);
        // The second chunk is refused: sent with a token whose role may not do it.
        bool injected = false;
        connect(&rig.ops, &BulkOperations::jobChanged, this, [&](qint64 jobId) {
            const BulkJob job = *rig.ops.job(jobId);
            if (!injected && job.chunks.at(0).state == ChunkState::Accepted) {
                injected = true;
                rig.client.setToken(QStringLiteral("demo-user"));
            }
            if (job.chunks.at(1).state == ChunkState::Refused)
                rig.client.setToken(QStringLiteral("demo-admin"));
        });
        QSignalSpy finished(&rig.ops, &BulkOperations::jobFinished);
        const std::optional<qint64> jobId = rig.ops.start(preview, {});
        QVERIFY(jobId);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kOpsWaitMs);
        BulkJob job = *rig.ops.job(*jobId);
        QCOMPARE(job.state(), JobState::PartlyFailed);
        const QVector<qint64> failed = job.simsWith(SimOutcome::Failed);
        QCOMPARE(OperationsRig::sorted(failed), OperationsRig::sorted(job.chunks.at(1).simIds));
        QVERIFY(rig.ops.canRetry(*jobId));

        rig.emulator.clearJournal();
        QString error;
        QVERIFY2(rig.ops.retryFailed(*jobId, &error), qPrintable(error));
        QCOMPARE(rig.ops.activeJobCount(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, kOpsWaitMs);
        const QVector<QVector<qint64>> requests = rig.sentItems(QStringLiteral("sim/block"));
        QCOMPARE(requests.size(), 1);
        QCOMPARE(OperationsRig::sorted(requests.at(0)), OperationsRig::sorted(failed));
        job = *rig.ops.job(*jobId);
        QCOMPARE(job.state(), JobState::Done);
        QVERIFY(!rig.ops.canRetry(*jobId));
        QVERIFY(!rig.ops.retryFailed(*jobId, &error));
        QVERIFY(!error.isEmpty());

        AuditTrailModel* audit = rig.ops.audit();
        QCOMPARE(audit->rowCount(), 2);
        const AuditEntry& retry = audit->entryAt(0); // newest first
        QCOMPARE(retry.action, QString(AuditTrail::kRetryAction));
        QCOMPARE(retry.simCount, int(failed.size()));
        QCOMPARE(retry.jobId, *jobId);
        QCOMPARE(retry.queueIds, QStringList{job.chunks.at(1).queueId});
        QCOMPARE(audit->entryAt(1).queueIds.size(), job.chunks.size() - 1);
    }

    void auditTrail_filtersAndExportsCsv() {
        OperationsRig rig;
        QVERIFY(rig.open());
        AuditTrailModel* audit = rig.ops.audit();
        QAbstractItemModelTester tester(audit,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        rig.ops.recordRename(11, QStringLiteral("Truck 1"), QStringLiteral("Truck one"), {});
        rig.ops.recordRename(12, QStringLiteral("Pump"), QStringLiteral("Pump, north"),
                             QStringLiteral("Name too long"));
        const std::optional<qint64> jobId = rig.ops.start(rig.preview(SimOperation::Ping), {});
        QVERIFY(jobId);
        QCOMPARE(audit->rowCount(), 3);
        QCOMPARE(audit->actionCodes().size(), 2);

        audit->setActionFilter(QString(AuditTrail::kRenameAction));
        QCOMPARE(audit->rowCount(), 2);
        audit->setTextFilter(QStringLiteral("north"));
        QCOMPARE(audit->rowCount(), 1);
        QVERIFY(audit->entryAt(0).details.contains(QStringLiteral("Name too long")));
        audit->setTextFilter({});
        audit->setActionFilter({});
        QCOMPARE(audit->rowCount(), 3);
        const QDate today = QDate::currentDate();
        audit->setDateRange(today.addDays(-3), today.addDays(-1));
        QCOMPARE(audit->rowCount(), 0);
        audit->setDateRange(today, today);
        QCOMPARE(audit->rowCount(), 3);
        audit->setDateRange({}, {});

        audit->setActionFilter(QString(AuditTrail::kRenameAction));
        const QString path = rig.dir.filePath(QStringLiteral("audit.csv"));
        QString error;
        QVERIFY2(audit->exportCsv(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QStringList lines =
            QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3); // header + the two renames
        QVERIFY(lines.at(0).startsWith(QStringLiteral("Time,Author,Action")));
        QVERIFY(lines.at(1).contains(QStringLiteral("\"SIM 12: “Pump” → “Pump, north” failed: "
                                                    "Name too long\"")));
        QVERIFY(lines.at(2).contains(QStringLiteral("Anna Admin")));

        // The trail survives closing the account.
        rig.ops.closeAccount();
        QVERIFY(rig.open());
        QCOMPARE(rig.ops.audit()->totalCount(), 3);
    }

    void tenThousandSims_updateInPlaceAndFilter() {
        BulkJob job;
        job.id = 7;
        job.op = SimOperation::Block;
        job.created = QDateTime::currentDateTimeUtc();
        for (int c = 0; c < 20; ++c) {
            BulkChunk chunk;
            chunk.index = c;
            chunk.state = ChunkState::Accepted;
            chunk.queueId = QStringLiteral("q%1").arg(c);
            for (int i = 0; i < 500; ++i) {
                const qint64 id = 1000000 + c * 500 + i;
                chunk.simIds.append(id);
                job.sims.insert(id, SimResult{id, SimOutcome::Queued, c, {}, {}});
            }
            job.chunks.append(chunk);
        }
        JobListModel jobs;
        JobSimsModel sims;
        QAbstractItemModelTester jobsTester(&jobs,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester simsTester(&sims,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        jobs.updateJob(job);
        sims.setJob(job);
        QCOMPARE(sims.rowCount(), 10000);
        QCOMPARE(jobs.index(0, JobListModel::Progress).data(JobListModel::ProgressRole).toInt(), 0);

        QSignalSpy jobsReset(&jobs, &QAbstractItemModel::modelReset);
        QSignalSpy jobsChanged(&jobs, &QAbstractItemModel::dataChanged);
        QSignalSpy simsReset(&sims, &QAbstractItemModel::modelReset);
        for (qint64 id : job.chunks.at(0).simIds)
            job.sims[id].outcome = SimOutcome::Done;
        job.sims[job.chunks.at(1).simIds.first()].outcome = SimOutcome::Failed;
        job.chunks[2].percentage = 50;
        jobs.updateJob(job);
        sims.setJob(job);
        QCOMPARE(jobsReset.size(), 0);
        QCOMPARE(jobsChanged.size(), 1);
        QCOMPARE(simsReset.size(), 0); // same rows: updated in place
        QCOMPARE(jobs.index(0, JobListModel::Progress).data(JobListModel::ProgressRole).toInt(),
                 7); // (500 done + 1 failed + 500 queued at 50%) of 10,000
        QCOMPARE(jobs.index(0, JobListModel::State).data().toString(),
                 JobListModel::stateText(JobState::InProgress, 7));

        sims.setOutcomeFilter(SimOutcome::Failed);
        QCOMPARE(sims.rowCount(), 1);
        QCOMPARE(sims.simIds(SimOutcome::Done).size(), 500);
        QCOMPARE(sims.outcomeCounts().value(SimOutcome::Queued), 9499);
    }

    void readOnlySession_refusesAndSendsNothing() {
        OperationsRig rig;
        rig.client.setToken(QStringLiteral("demo-user"));
        Session session(&rig.client);
        QSignalSpy signedIn(&session, &Session::signedIn);
        session.signIn();
        QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 1, kOpsWaitMs);
        QVERIFY(rig.client.isReadOnly());
        QVERIFY(rig.open());
        const BulkPreview preview = rig.preview(SimOperation::Block);
        QVERIFY(!preview.applicable.isEmpty());
        QString error;
        QVERIFY(!rig.ops.start(preview, {}, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(rig.ops.jobs()->rowCount(), 0);
        QCOMPARE(rig.ops.audit()->rowCount(), 0);
        QCOMPARE(rig.writeRequests(), 0);
    }

    // A second window on the same account shows the jobs, but never recovers,
    // resumes, sends or rewrites anything: the first one is sending them.
    void secondInstance_readOnly_leavesTheFirstsLiveChunksAlone() {
        OperationsRig rig(30, 400);
        BulkOperations::Options options = rig.ops.options();
        options.chunkSize = 10;
        options.maxConcurrentChunks = 1;
        rig.ops.setOptions(options);
        QVERIFY(rig.open());
        SimOperationParams params;
        params.limitType = LimitType::Month;
        params.limitMb = 120;
        const BulkPreview preview = rig.preview(SimOperation::Limit);
        QVERIFY(preview.applicable.size() > 10);
        QSignalSpy finished(&rig.ops, &BulkOperations::jobFinished);
        const std::optional<qint64> jobId = rig.ops.start(preview, params);
        QVERIFY(jobId);
        // Its chunks are live: being sent or waiting to be.
        const BulkJob live = *JobStore(rig.journalPath()).load(*jobId);
        QVERIFY(live.chunks.size() >= 2);
        for (const BulkChunk& chunk : live.chunks)
            QVERIFY(chunk.state == ChunkState::Pending || chunk.state == ChunkState::Sending);

        BulkOperations second(&rig.client);
        QAbstractItemModelTester tester(second.jobs());
        QSignalSpy problems(&second, &BulkOperations::problem);
        QString error;
        QVERIFY2(
            second.openAccount(rig.journalPath(), rig.auditPath(), QStringLiteral("Boris"), &error),
            qPrintable(error));
        // Nothing was recovered: no chunk of the first one's was marked failed.
        const BulkJob after = *JobStore(rig.journalPath()).load(*jobId);
        for (const BulkChunk& chunk : after.chunks)
            QVERIFY(chunk.state != ChunkState::Refused && chunk.state != ChunkState::Unknown);
        QVERIFY(after.simsWith(SimOutcome::Failed).isEmpty());
        QVERIFY(second.isOpen());
        QVERIFY(second.isReadOnly());
        QVERIFY(!rig.ops.isReadOnly());
        QVERIFY2(
            second.readOnlyReason().contains(QString::number(QCoreApplication::applicationPid())),
            qPrintable(second.readOnlyReason()));
        QCOMPARE(second.jobs()->rowCount(), 1);
        // Every send and retry is refused with the reason.
        QVERIFY(!second.isSending(*jobId));
        QVERIFY(!second.canRetry(*jobId));
        QVERIFY(!second.start(preview, params, &error));
        QCOMPARE(error, second.readOnlyReason());
        QVERIFY(!second.retryFailed(*jobId, &error));
        QCOMPARE(error, second.readOnlyReason());

        // The first one follows the job to the end alone; the second shows it.
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kOpsWaitMs);
        QCOMPARE(rig.ops.job(*jobId)->state(), JobState::Done);
        QSignalSpy changed(&second, &BulkOperations::jobChanged);
        second.reloadJobs();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(second.job(*jobId)->state(), JobState::Done);
        QCOMPARE(second.activeJobCount(), 0);
        second.reloadJobs();
        QCOMPARE(changed.size(), 1); // nothing changed, nothing said
        QCOMPARE(rig.sentItems(QStringLiteral("sim/limit")).size(), live.chunks.size());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).value(0).toString()));

        // Once the first one closes, the account opens for writing again.
        rig.ops.closeAccount();
        QVERIFY(second.openAccount(rig.journalPath(), rig.auditPath(), QStringLiteral("Boris")));
        QVERIFY(!second.isReadOnly());
        QVERIFY(second.readOnlyReason().isEmpty());
    }

    void invalidParameters_refusedBeforeTheNetwork() {
        OperationsRig rig;
        QVERIFY(rig.open());
        const BulkPreview preview = rig.preview(SimOperation::Sms);
        rig.emulator.clearJournal();
        SimOperationParams params;
        params.smsText = QString(SimOperations::kMaxSmsLength + 1, QLatin1Char('x'));
        QString error;
        QVERIFY(!rig.ops.start(preview, params, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(rig.emulator.journal().size(), 0);
    }

    void closedAccount_refusesToStart() {
        OperationsRig rig;
        QString error;
        QVERIFY(!rig.ops.isOpen());
        QVERIFY(!rig.ops.start(rig.preview(SimOperation::Ping), {}, &error));
        QVERIFY(!error.isEmpty());
    }

    void damagedJournal_isSetAsideAndSaidSo() {
        OperationsRig rig;
        {
            QFile damaged(rig.journalPath());
            QVERIFY(damaged.open(QIODevice::WriteOnly));
            damaged.write("this is not a database");
        }
        QSignalSpy problems(&rig.ops, &BulkOperations::problem);
        QVERIFY(rig.open());
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.at(0).at(0).toString().contains(QStringLiteral("set aside")));
        QVERIFY(rig.ops.start(rig.preview(SimOperation::Ping), {}));
    }

    void jobSimsModel_followsALiveJob() {
        OperationsRig rig(40, 300);
        QVERIFY(rig.open());
        JobSimsModel sims;
        QAbstractItemModelTester tester(&sims,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QVector<Sim> fleet = rig.fleet();
        sims.setSimLookup([&fleet](qint64 id) -> std::optional<Sim> {
            for (const Sim& sim : fleet) {
                if (sim.id == id)
                    return sim;
            }
            return std::nullopt;
        });
        sims.setOutcomeFilter(SimOutcome::Done);
        connect(&rig.ops, &BulkOperations::jobChanged, &sims,
                [&](qint64 jobId) { sims.setJob(*rig.ops.job(jobId)); });
        QSignalSpy finished(&rig.ops, &BulkOperations::jobFinished);
        const BulkPreview preview = rig.preview(SimOperation::Unblock);
        const std::optional<qint64> jobId = rig.ops.start(preview, {});
        QVERIFY(jobId);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kOpsWaitMs);
        QCOMPARE(sims.rowCount(), int(preview.applicable.size()));
        const qint64 firstId = sims.index(0, 0).data(JobSimsModel::SimIdRole).toLongLong();
        const auto known = std::find_if(fleet.cbegin(), fleet.cend(),
                                        [firstId](const Sim& sim) { return sim.id == firstId; });
        QVERIFY(known != fleet.cend());
        QCOMPARE(sims.index(0, JobSimsModel::Iccid).data().toString(), known->iccid);
        QCOMPARE(sims.index(0, JobSimsModel::Name).data().toString(), known->name);
        QCOMPARE(sims.index(0, JobSimsModel::QueueId).data().toString(),
                 rig.ops.job(*jobId)->chunks.at(0).queueId);
        sims.setOutcomeFilter(std::nullopt);
        QCOMPARE(sims.rowCount(), int(preview.selectedCount()));
        QVERIFY(sims.countsText().contains(BulkJobText::outcomeName(SimOutcome::Done).toLower()));
    }
};

QTEST_GUILESS_MAIN(TestBulkOperations)
#include "tst_bulk_operations.moc"
