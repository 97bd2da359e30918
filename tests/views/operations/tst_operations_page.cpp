#include "api/ApiError.h"
#include "models/jobs/AuditTrail.h"
#include "models/jobs/AuditTrailModel.h"
#include "models/jobs/JobListModel.h"
#include "models/jobs/JobSimsModel.h"
#include "models/storage/JobStore.h"
#include "tests/support/OperationsRig.h"
#include "translations/Translations.h"
#include "views/operations/OperationsPage.h"
#include "views/shell/JobsIndicator.h"
#include "views/sims/TechnicalColumns.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QToolButton>

using namespace simfleet;

namespace {

// Two finished jobs written straight into the journal: a block with done,
// failed and skipped SIMs, and a ping that was sent to every SIM.
struct FinishedJobs {
    qint64 block = 0, ping = 0;
    QVector<qint64> done, failed, skipped;
};

FinishedJobs writeFinishedJobs(const QString& journalPath, const QVector<Sim>& fleet) {
    FinishedJobs ids;
    JobStore store(journalPath);
    if (!store.open() || fleet.size() < 8)
        return ids;
    ids.done = {fleet.at(0).id, fleet.at(1).id, fleet.at(2).id};
    ids.failed = {fleet.at(3).id, fleet.at(4).id};
    ids.skipped = {fleet.at(5).id};

    BulkJob block;
    block.op = SimOperation::Block;
    block.author = QStringLiteral("Anna Admin");
    block.created = QDateTime::currentDateTimeUtc().addSecs(-600);
    block.chunks = {BulkChunk{0,
                              ids.done,
                              ChunkState::Accepted,
                              QStringLiteral("q-101"),
                              {},
                              block.created,
                              1,
                              3,
                              3,
                              100,
                              {}},
                    BulkChunk{1,
                              ids.failed,
                              ChunkState::Refused,
                              {},
                              QStringLiteral("The server answered HTTP 500."),
                              {},
                              1,
                              0,
                              0,
                              0,
                              {}}};
    for (qint64 id : ids.done)
        block.sims.insert(id, SimResult{id, SimOutcome::Done, 0, {}, QStringLiteral("done")});
    for (qint64 id : ids.failed)
        block.sims.insert(
            id,
            SimResult{
                id, SimOutcome::Failed, 1, QStringLiteral("The server answered HTTP 500."), {}});
    for (qint64 id : ids.skipped)
        block.sims.insert(
            id, SimResult{id, SimOutcome::Skipped, -1, QStringLiteral("Already blocked"), {}});
    ids.block = store.create(block).value_or(0);

    BulkJob ping;
    ping.op = SimOperation::Ping;
    ping.author = QStringLiteral("Anna Admin");
    ping.created = QDateTime::currentDateTimeUtc().addSecs(-60);
    const QVector<qint64> pinged{fleet.at(6).id, fleet.at(7).id};
    ping.chunks = {BulkChunk{0,
                             pinged,
                             ChunkState::Accepted,
                             QStringLiteral("q-102"),
                             {},
                             ping.created,
                             1,
                             2,
                             2,
                             100,
                             {}}};
    for (qint64 id : pinged)
        ping.sims.insert(id, SimResult{id, SimOutcome::Sent, 0, {}, {}});
    ids.ping = store.create(ping).value_or(0);
    return ids;
}

struct PageRig {
    PageRig()
        : fleet(rig.fleet())
        , jobs(writeFinishedJobs(rig.journalPath(), fleet))
        , page(&rig.ops) {
        page.setSimLookup([this](qint64 id) -> std::optional<Sim> {
            for (const Sim& sim : fleet) {
                if (sim.id == id)
                    return sim;
            }
            return std::nullopt;
        });
        page.resize(1100, 700);
    }

    template <typename T> T* child(const char* name) {
        return page.findChild<T*>(QString::fromLatin1(name));
    }

    OperationsRig rig;
    QVector<Sim> fleet;
    FinishedJobs jobs;
    OperationsPage page;
};

} // namespace

class TestOperationsPage final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(Translations::install(QStringLiteral("en")));
    }

    void noJobs_showsTheEmptyState() {
        OperationsRig rig;
        OperationsPage page(&rig.ops);
        JobsIndicator indicator(&rig.ops);
        QVERIFY(rig.open());
        auto* states = page.findChild<QStackedWidget*>();
        QVERIFY(states);
        QCOMPARE(states->currentIndex(), 0);
        QVERIFY(page.findChild<QLabel*>(QStringLiteral("emptyText"))
                    ->text()
                    .startsWith(QStringLiteral("No operations yet.")));
        QVERIFY(indicator.isHidden());
        QCOMPARE(page.navigationTitle(), QStringLiteral("Operations"));
        QVERIFY(!page.navigationIcon().isNull());
    }

    void jobsListed_selectingOneShowsItsOutcomes() {
        PageRig p;
        QVERIFY(p.jobs.block > 0 && p.jobs.ping > 0);
        JobsIndicator indicator(&p.rig.ops);
        QVERIFY(p.rig.open());
        auto* jobsView = p.child<QTableView>("jobsTable");
        QCOMPARE(jobsView->model()->rowCount(), 2);
        // Newest first.
        QCOMPARE(jobsView->model()->index(0, 0).data(JobListModel::JobIdRole).toLongLong(),
                 p.jobs.ping);
        QCOMPARE(jobsView->model()->index(1, JobListModel::State).data().toString(),
                 BulkJobText::stateName(JobState::PartlyFailed));
        QVERIFY(!indicator.isHidden());
        QCOMPARE(indicator.text(), QStringLiteral("Jobs: sent"));

        p.page.showJob(p.jobs.block);
        QCOMPARE(p.page.selectedJobId(), p.jobs.block);
        auto* simsView = p.child<QTableView>("jobSimsTable");
        QCOMPARE(simsView->model()->rowCount(), 6);
        const QString counts = p.child<QLabel>("jobCounts")->text();
        QVERIFY2(counts.contains(QStringLiteral("3 done")), qPrintable(counts));
        QVERIFY2(counts.contains(QStringLiteral("2 failed")), qPrintable(counts));
        QVERIFY2(counts.contains(QStringLiteral("1 skipped")), qPrintable(counts));
        const QModelIndex iccid = simsView->model()->index(0, JobSimsModel::Iccid);
        QVERIFY(!iccid.data().toString().isEmpty());

        auto* filter = p.child<QComboBox>("outcomeFilter");
        filter->setCurrentIndex(filter->findData(int(SimOutcome::Failed)));
        QCOMPARE(simsView->model()->rowCount(), 2);
        QCOMPARE(simsView->model()->index(0, JobSimsModel::Reason).data().toString(),
                 QStringLiteral("The server answered HTTP 500."));
        filter->setCurrentIndex(0);
        QCOMPARE(simsView->model()->rowCount(), 6);

        QAbstractItemModelTester tester(simsView->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        p.page.showJob(p.jobs.ping);
        QCOMPARE(simsView->model()->rowCount(), 2);
    }

    void retryButton_enabledOnlyWhenSomethingCanBeRetried() {
        PageRig p;
        QVERIFY(p.rig.open());
        auto* retry = p.child<QPushButton>("retryFailed");
        QVERIFY(!retry->isEnabled()); // nothing selected
        p.page.showJob(p.jobs.block);
        p.page.setWriteAccess(
            WriteAccess::denied(QStringLiteral("Your role (user) cannot change SIMs.")));
        QVERIFY(!retry->isEnabled());
        QCOMPARE(retry->toolTip(), QStringLiteral("Your role (user) cannot change SIMs."));
        p.page.setWriteAccess(WriteAccess::granted());
        QVERIFY(retry->isEnabled());
        QCOMPARE(retry->text(), QStringLiteral("Retry failed (2)"));
        p.page.showJob(p.jobs.ping);
        QVERIFY(!retry->isEnabled());
        QCOMPARE(retry->toolTip(), QStringLiteral("No SIM of this job failed."));

        // Retrying sends exactly the failed SIMs, then there is nothing left.
        p.page.showJob(p.jobs.block);
        p.rig.emulator.clearJournal();
        QSignalSpy finished(&p.rig.ops, &BulkOperations::jobFinished);
        retry->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kOpsWaitMs);
        const QVector<QVector<qint64>> requests = p.rig.sentItems(QStringLiteral("sim/block"));
        QCOMPARE(requests.size(), 1);
        QCOMPARE(OperationsRig::sorted(requests.at(0)), OperationsRig::sorted(p.jobs.failed));
        QTRY_VERIFY_WITH_TIMEOUT(!retry->isEnabled(), kOpsWaitMs);
        QCOMPARE(p.rig.ops.audit()->rowCount(), 1);
    }

    void unknownSms_notRetried_sentAgainOnlyAfterConfirming() {
        PageRig p;
        QVERIFY(p.rig.open());
        p.page.setWriteAccess(WriteAccess::granted());
        p.rig.emulator.setAcceptedFault(novaemu::AcceptedFault::ServerError);
        SimOperationParams params;
        params.smsText = QStringLiteral("Unknown outcome test");
        const BulkPreview preview = p.rig.preview(SimOperation::Sms);
        QVERIFY(!preview.applicable.isEmpty());
        p.rig.emulator.clearJournal();
        QSignalSpy finished(&p.rig.ops, &BulkOperations::jobFinished);
        const std::optional<qint64> jobId = p.rig.ops.start(preview, params);
        QVERIFY(jobId);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kOpsWaitMs);
        p.page.showJob(*jobId);
        auto* retry = p.child<QPushButton>("retryFailed");
        auto* resend = p.child<QPushButton>("resendUnknown");
        QVERIFY(!retry->isEnabled());
        QVERIFY(resend->isEnabled());
        QVERIFY(!p.rig.ops.canRetry(*jobId));
        const auto sentSims = [&p] {
            return OperationsRig::sorted([&p] {
                QVector<qint64> all;
                for (const QVector<qint64>& request : p.rig.sentItems(QStringLiteral("sim/sms")))
                    all += request;
                return all;
            }());
        };
        QCOMPARE(sentSims(), OperationsRig::sorted(preview.applicable));

        // Cancelling the confirmation sends nothing.
        p.rig.emulator.setAcceptedFault(novaemu::AcceptedFault::None);
        const auto answer = [](bool send) {
            QTimer::singleShot(0, [send] {
                auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
                QVERIFY(box);
                QVERIFY(box->informativeText().contains(QStringLiteral("twice")));
                if (send)
                    box->findChild<QPushButton*>(QStringLiteral("confirmResend"))->click();
                else
                    box->reject();
            });
        };
        answer(false);
        resend->click();
        QTest::qWait(100);
        QCOMPARE(sentSims(), OperationsRig::sorted(preview.applicable));

        // Confirmed: each SIM sent once more, and only then.
        answer(true);
        resend->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, kOpsWaitMs);
        QCOMPARE(sentSims(), OperationsRig::sorted(preview.applicable + preview.applicable));
        QTRY_VERIFY_WITH_TIMEOUT(!resend->isEnabled(), kOpsWaitMs);
        QCOMPARE(p.rig.ops.audit()->entryAt(0).action, QString(AuditTrail::kResendUnknownAction));
    }

    void selectTheseSims_emitsTheRightIds() {
        PageRig p;
        QVERIFY(p.rig.open());
        p.page.showJob(p.jobs.block);
        QSignalSpy requested(&p.page, &OperationsPage::selectSimsRequested);
        const QList<QAction*> actions = p.child<QToolButton>("selectSims")->menu()->actions();
        QCOMPARE(actions.size(), 5);
        QCOMPARE(actions.at(1)->text(), QStringLiteral("Failed SIMs (2)"));
        QVERIFY(!actions.at(3)->isEnabled());
        QCOMPARE(actions.at(4)->text(), QStringLiteral("SIMs of unknown outcome (0)"));
        QVERIFY(!actions.at(4)->isEnabled());
        actions.at(0)->trigger(); // all
        actions.at(1)->trigger(); // failed
        actions.at(2)->trigger(); // skipped
        actions.at(3)->trigger(); // not confirmed: none, nothing emitted
        QCOMPARE(requested.size(), 3);
        QCOMPARE(OperationsRig::sorted(requested.at(0).at(0).value<QVector<qint64>>()),
                 OperationsRig::sorted(p.jobs.done + p.jobs.failed + p.jobs.skipped));
        QCOMPARE(OperationsRig::sorted(requested.at(1).at(0).value<QVector<qint64>>()),
                 OperationsRig::sorted(p.jobs.failed));
        QCOMPARE(requested.at(2).at(0).value<QVector<qint64>>(), p.jobs.skipped);
    }

    void exportJob_plainTextSeparatedAsTheLocaleExpects() {
        PageRig p;
        QVERIFY(p.rig.open());
        p.page.showJob(p.jobs.block);
        const QString path = p.rig.dir.filePath(QStringLiteral("job.csv"));
        QString error;
        QVERIFY2(p.page.exportJobCsv(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QStringList lines =
            QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 7);
        QVERIFY(lines.at(0).startsWith(QStringLiteral("SIM ID,ICCID,Number,Name,Outcome")));
        const Sim& first = p.fleet.at(0);
        bool found = false;
        for (const QString& line : lines)
            found = found || line.contains(QStringLiteral(",%1,").arg(first.iccid));
        QVERIFY(found);
        QVERIFY2(!bytes.contains("=\""), "ICCIDs are plain text, not formulas");
        QVERIFY(bytes.contains("q-101"));

        // Where the decimal mark is a comma, spreadsheets expect ';'.
        const QLocale locale;
        QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Russia));
        const QString semicolonPath = p.rig.dir.filePath(QStringLiteral("job-ru.csv"));
        const bool semicolonWritten = p.page.exportJobCsv(semicolonPath, &error);
        QLocale::setDefault(locale);
        QVERIFY2(semicolonWritten, qPrintable(error));
        QFile semicolonFile(semicolonPath);
        QVERIFY(semicolonFile.open(QIODevice::ReadOnly));
        const QString semicolonText = QString::fromUtf8(semicolonFile.readAll());
        QVERIFY(semicolonText.contains(QStringLiteral(";%1;").arg(first.iccid)));
        QVERIFY(!semicolonText.contains(QStringLiteral(",%1,").arg(first.iccid)));

        // The export failure is shown in the page, not thrown at the user.
        QVERIFY(!p.page.exportJobCsv(p.rig.dir.filePath(QStringLiteral("missing/dir/job.csv")),
                                     &error));
        QVERIFY(!error.isEmpty());
    }

    void auditTab_filtersTheTrail() {
        PageRig p;
        QVERIFY(p.rig.open());
        p.rig.ops.recordRename(p.fleet.at(0).id, QStringLiteral("Old"), QStringLiteral("New"), {});
        auto* auditView = p.child<QTableView>("auditTable");
        QCOMPARE(auditView->model()->rowCount(), 1);
        auto* action = p.child<QComboBox>("auditAction");
        QCOMPARE(action->count(), 2); // all + rename
        p.child<QLineEdit>("auditText")->setText(QStringLiteral("no such text"));
        QCOMPARE(auditView->model()->rowCount(), 0);
        p.child<QLineEdit>("auditText")->clear();
        QCOMPARE(auditView->model()->rowCount(), 1);
    }

    void readOnly_emptyStateDoesNotTellToChooseAnOperation() {
        OperationsRig rig;
        OperationsPage page(&rig.ops);
        QVERIFY(rig.open());
        auto* empty = page.findChild<QLabel*>(QStringLiteral("emptyText"));
        page.setWriteAccess(WriteAccess::granted());
        QVERIFY(empty->text().contains(QStringLiteral("choose an operation")));
        page.setWriteAccess(WriteAccess::denied(
            QStringLiteral("Your role (user) can view SIMs but not change them.")));
        QVERIFY2(!empty->text().contains(QStringLiteral("choose an operation")),
                 qPrintable(empty->text()));
        QVERIFY2(empty->text().contains(QStringLiteral("administrators of this account")),
                 qPrintable(empty->text()));
        QVERIFY(empty->text().contains(QStringLiteral("Your role (user)")));
        // And it stays so after a change of language.
        QEvent change(QEvent::LanguageChange);
        QCoreApplication::sendEvent(&page, &change);
        QVERIFY(!empty->text().contains(QStringLiteral("choose an operation")));
    }

    void newJob_isSelected() {
        OperationsRig rig(20, 2000);
        OperationsPage page(&rig.ops);
        QVERIFY(rig.open());
        const std::optional<qint64> first = rig.ops.start(rig.preview(SimOperation::Ping), {});
        QVERIFY(first);
        QCOMPARE(page.selectedJobId(), *first);
        const std::optional<qint64> second = rig.ops.start(rig.preview(SimOperation::Ping), {});
        QVERIFY(second);
        QCOMPARE(page.selectedJobId(), *second);
        QCOMPARE(page.findChild<QTableView*>(QStringLiteral("jobSimsTable"))->model()->rowCount(),
                 20);
    }

    void jobRow_labelsCounts_showsFinishedAndDuration() {
        PageRig p;
        QVERIFY(p.rig.open());
        QAbstractItemModelTester tester(p.rig.ops.jobs(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const JobListModel* jobs = p.rig.ops.jobs();
        const int block = jobs->rowOfJob(p.jobs.block);
        QCOMPARE(jobs->index(block, JobListModel::Counts).data().toString(),
                 QStringLiteral("3 done · 1 skipped · 2 failed"));
        QCOMPARE(jobs->index(jobs->rowOfJob(p.jobs.ping), JobListModel::Counts).data().toString(),
                 QStringLiteral("2 sent"));
        QCOMPARE(jobs->headerData(JobListModel::Finished, Qt::Horizontal).toString(),
                 QStringLiteral("Finished"));
        QVERIFY(!jobs->index(block, JobListModel::Finished).data().toString().isEmpty());
        // Written finished ten minutes after it started.
        const QString duration = jobs->index(block, JobListModel::Duration).data().toString();
        QVERIFY2(duration.startsWith(QStringLiteral("10 min ")), qPrintable(duration));

        // A running job has no finish time and no duration yet.
        OperationsRig slow(10, 5000);
        QVERIFY(slow.open());
        const std::optional<qint64> running = slow.ops.start(slow.preview(SimOperation::Ping), {});
        QVERIFY(running);
        const int row = slow.ops.jobs()->rowOfJob(*running);
        QVERIFY(slow.ops.jobs()->index(row, JobListModel::Finished).data().toString().isEmpty());
        QVERIFY(slow.ops.jobs()->index(row, JobListModel::Duration).data().toString().isEmpty());
        const QString counts = slow.ops.jobs()->index(row, JobListModel::Counts).data().toString();
        QVERIFY2(counts.contains(QStringLiteral(" waiting to be sent")), qPrintable(counts));
    }

    void technicalColumns_hiddenByDefault_headerMenuShowsThem_simsShowTheirNumber() {
        PageRig p;
        QVERIFY(p.rig.open());
        p.page.showJob(p.jobs.block);
        auto* jobsView = p.child<QTableView>("jobsTable");
        auto* simsView = p.child<QTableView>("jobSimsTable");
        QVERIFY(jobsView->horizontalHeader()->isSectionHidden(JobListModel::QueueIds));
        for (int column : JobSimsModel::technicalColumns())
            QVERIFY(simsView->horizontalHeader()->isSectionHidden(column));
        QVERIFY(!simsView->horizontalHeader()->isSectionHidden(JobSimsModel::Number));
        QCOMPARE(p.page.shownTechnicalColumns(), QStringList());

        // The SIM's number besides its ICCID.
        const qint64 simId = simsView->model()
                                 ->index(0, JobSimsModel::SimId)
                                 .data(JobSimsModel::SimIdRole)
                                 .toLongLong();
        const auto sim = std::find_if(p.fleet.cbegin(), p.fleet.cend(),
                                      [simId](const Sim& s) { return s.id == simId; });
        QVERIFY(sim != p.fleet.cend() && !sim->number.isEmpty());
        QCOMPARE(simsView->model()->index(0, JobSimsModel::Number).data().toString(), sim->number);

        // The header's menu shows one, and says so to whoever remembers it.
        QSignalSpy changed(&p.page, &OperationsPage::technicalColumnsChanged);
        std::unique_ptr<QMenu> menu(p.page.simsColumns()->createMenu(nullptr));
        QCOMPARE(menu->actions().size(), 3);
        QAction* queueId = menu->findChild<QAction*>(QStringLiteral("sims/queueId"));
        QVERIFY(queueId && !queueId->isChecked());
        queueId->trigger();
        QVERIFY(!simsView->horizontalHeader()->isSectionHidden(JobSimsModel::QueueId));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(p.page.shownTechnicalColumns(), QStringList{QStringLiteral("sims/queueId")});

        // Restored from the settings on another page.
        OperationsPage other(&p.rig.ops);
        other.setShownTechnicalColumns(p.page.shownTechnicalColumns());
        auto* otherSims = other.findChild<QTableView*>(QStringLiteral("jobSimsTable"));
        QVERIFY(!otherSims->horizontalHeader()->isSectionHidden(JobSimsModel::QueueId));
        QVERIFY(otherSims->horizontalHeader()->isSectionHidden(JobSimsModel::Chunk));
    }

    void reasonsAndQueueStatuses_followALanguageSwitch() {
        OperationsRig rig;
        const QVector<Sim> fleet = rig.fleet();
        QVERIFY(fleet.size() >= 3);
        const qint64 refusedId = fleet.at(0).id, skippedId = fleet.at(1).id,
                     errorId = fleet.at(2).id;
        {
            JobStore store(rig.journalPath());
            QVERIFY(store.open());
            BulkJob job;
            job.op = SimOperation::Block;
            job.author = QStringLiteral("Anna Admin");
            job.created = QDateTime::currentDateTimeUtc().addSecs(-125);
            ApiError refusal;
            refusal.kind = ApiError::Kind::Validation;
            refusal.httpStatus = 400;
            refusal.serverMessage = QStringLiteral("SIM is locked by the operator");
            BulkChunk chunk{0, {refusedId, errorId}, ChunkState::Refused, {}, {}, {}, 1, 0, 0, 0,
                            {}};
            chunk.setError(BulkJobText::apiErrorReason("refused", refusal));
            job.chunks = {chunk};
            SimResult refused{refusedId, SimOutcome::Failed, 0, {}, {}};
            refused.setReason(chunk.errorCode);
            SimResult error{errorId, SimOutcome::Failed, 0, {}, QStringLiteral("error")};
            error.setReason(BulkJobText::reason("provider_error"));
            SimResult skipped{skippedId, SimOutcome::Skipped, -1, {}, {}};
            skipped.setReason(BulkJobText::skipReason(
                QCoreApplication::translate("SimOperations", "already blocked")));
            job.sims = {{refusedId, refused}, {errorId, error}, {skippedId, skipped}};
            QVERIFY(store.create(job));
        }
        OperationsPage page(&rig.ops);
        QVERIFY(rig.open());
        page.showJob(rig.ops.jobs()->jobIdAt(0));
        QAbstractItemModel* sims =
            page.findChild<QTableView*>(QStringLiteral("jobSimsTable"))->model();
        QAbstractItemModelTester tester(sims,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto text = [sims](qint64 simId, int column) {
            for (int row = 0; row < sims->rowCount(); ++row) {
                if (sims->index(row, 0).data(JobSimsModel::SimIdRole).toLongLong() == simId)
                    return sims->index(row, column).data().toString();
            }
            return QString();
        };
        QCOMPARE(text(skippedId, JobSimsModel::Reason), QStringLiteral("already blocked"));
        QCOMPARE(text(errorId, JobSimsModel::Reason),
                 QStringLiteral("NovaConnect reported an error for this SIM."));
        QCOMPARE(text(errorId, JobSimsModel::QueueStatus), QStringLiteral("Error"));
        const QString english = text(refusedId, JobSimsModel::Reason);
        QVERIFY2(english.startsWith(QStringLiteral("The server refused the request: SIM is locked "
                                                   "by the operator")),
                 qPrintable(english));
        auto* counts = page.findChild<QLabel*>(QStringLiteral("jobCounts"));
        QCOMPARE(counts->text(), QStringLiteral("1 skipped · 2 failed"));

        QVERIFY(Translations::install(QStringLiteral("ru")));
        QEvent change(QEvent::LanguageChange);
        QCoreApplication::sendEvent(&page, &change);
        QCOMPARE(text(skippedId, JobSimsModel::Reason), QStringLiteral("уже заблокирована"));
        QCOMPARE(text(errorId, JobSimsModel::Reason),
                 QStringLiteral("NovaConnect сообщил об ошибке для этой SIM-карты."));
        QCOMPARE(text(errorId, JobSimsModel::QueueStatus), QStringLiteral("Ошибка"));
        const QString russian = text(refusedId, JobSimsModel::Reason);
        // The wrapper in Russian, the server's own words as it sent them.
        QVERIFY2(russian.startsWith(QStringLiteral("Сервер отклонил запрос: SIM is locked by the "
                                                   "operator")),
                 qPrintable(russian));
        QVERIFY2(!counts->text().contains(QStringLiteral("failed")), qPrintable(counts->text()));
        QVERIFY(Translations::install(QStringLiteral("en")));
        QCoreApplication::sendEvent(&page, &change);
        QCOMPARE(text(refusedId, JobSimsModel::Reason), english);
    }

    void languageChange_retitlesThePage() {
        OperationsRig rig;
        OperationsPage page(&rig.ops);
        QSignalSpy retitled(&page, &WorkspacePage::navigationTitleChanged);
        QEvent change(QEvent::LanguageChange);
        QCoreApplication::sendEvent(&page, &change);
        QCOMPARE(retitled.size(), 1);
        QCOMPARE(page.findChild<QPushButton*>(QStringLiteral("exportJob"))->text(),
                 QStringLiteral("Export CSV…"));
    }

    void jobsIndicator_countsRunningJobs() {
        OperationsRig rig(20, 2000);
        JobsIndicator indicator(&rig.ops);
        QSignalSpy clicked(&indicator, &JobsIndicator::clicked);
        QVERIFY(rig.open());
        QVERIFY(indicator.isHidden());
        QVERIFY(rig.ops.start(rig.preview(SimOperation::Ping), {}));
        QVERIFY(!indicator.isHidden());
        QCOMPARE(indicator.text(), QStringLiteral("Jobs: 1"));
        QVERIFY(indicator.toolTip().contains(SimOperations::displayName(SimOperation::Ping)));
        indicator.click();
        QCOMPARE(clicked.size(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(rig.ops.activeJobCount(), 0, kOpsWaitMs);
        QCOMPARE(indicator.text(), QStringLiteral("Jobs: sent"));
    }
};

QTEST_MAIN(TestOperationsPage)
#include "tst_operations_page.moc"
