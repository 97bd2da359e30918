// The bulk operations as wired in the application (OperationsController):
// the demo's callback listener, a job from the SIMs page's dialog followed to
// the end with the fleet refreshed, the notification, the Operations page and
// the audit trail; read-only sessions; "select these SIMs".

#include "api/ApiClient.h"
#include "api/Session.h"
#include "api/SimOperation.h"
#include "app/core/AccountFiles.h"
#include "app/core/CallbackListener.h"
#include "app/core/Settings.h"
#include "app/demo/DemoBackend.h"
#include "app/gui/AppController.h"
#include "app/gui/OperationsController.h"
#include "models/fleet/FleetModel.h"
#include "models/jobs/AuditTrailModel.h"
#include "models/jobs/BulkOperations.h"
#include "models/jobs/JobListModel.h"
#include "models/storage/JobStore.h"
#include "tests/support/DemoAppRig.h"
#include "views/common/InlineBanner.h"
#include "views/groups/GroupMembershipDialog.h"
#include "views/groups/GroupsPage.h"
#include "views/operations/BulkOperationDialog.h"
#include "views/operations/OperationsPage.h"
#include "views/shell/DesktopNotifier.h"
#include "views/shell/MainWindow.h"
#include "views/sims/SimActions.h"
#include "views/sims/SimsPage.h"
#include "views/sims/TechnicalColumns.h"
#include "views/users/UsersPage.h"

#include "tests/support/TestTemporaryDir.h"
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLockFile>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <memory>

using namespace simfleet;

using novaemu::Emulator;

class TestOperationsGui final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void demo_blockFromDialog_followedByCallbacksAndFleetRefreshed();
    void readOnlyUser_operationsDisabledWithReasonAndNothingSent();
    void selectTheseSims_switchesToSimsPageAndSelects();
    void journalPath_isPerAccount();
    void journalInUse_readOnlyWithNoticeUntilTryAgain();
    void closeWhileSending_asksAndKeepsTheWindowOnKeepSending();
    void signOutWhileSending_asksFirst();
    void technicalColumns_rememberedInTheSettings();
    void addToGroup_fromSimsPageAndGroupsPage_jobsKeepOtherGroups();

private:
    bool startDemo(const QString& role, int latencyMs = 0);
    // Answers the next question box with its reject button ("Keep sending")
    // once it is up — however late it comes — noting its texts; stops when
    // the returned timer goes.
    std::unique_ptr<QTimer> keepSendingWhenAsked(QString* question, QString* details);
    QVector<qint64> simsThatApply(SimOperation op, int count) const;

    std::unique_ptr<DemoAppRig> m_rig;
    std::unique_ptr<AppController> m_controller;
};

void TestOperationsGui::initTestCase() {
    DemoAppRig::prepareTestCase();
}

void TestOperationsGui::init() {
    m_rig = std::make_unique<DemoAppRig>();
    QVERIFY(m_rig->isValid());
    m_controller = std::make_unique<AppController>(m_rig->settings());
}

void TestOperationsGui::cleanup() {
    m_controller.reset();
    // Each test's journals start empty.
    QDir(AccountFiles::jobsDirectory()).removeRecursively();
    m_rig.reset();
}

bool TestOperationsGui::startDemo(const QString& role, int latencyMs) {
    const auto quickQueue = [latencyMs](AppController::StartOptions& options) {
        options.demoConfig.queueDelayMs = 300;
        options.demoConfig.latencyMs = latencyMs;
    };
    return DemoAppRig::start(m_controller.get(), role, 300, QStringLiteral("en"), quickQueue) &&
           DemoAppRig::waitForFleet(m_controller.get(), 300, 30000);
}

std::unique_ptr<QTimer> TestOperationsGui::keepSendingWhenAsked(QString* question,
                                                                QString* details) {
    auto timer = std::make_unique<QTimer>();
    timer->setInterval(20);
    QTimer* poll = timer.get();
    connect(poll, &QTimer::timeout, this, [poll, question, details] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box || !box->isVisible())
            return;
        poll->stop();
        *question = box->text();
        if (details)
            *details = box->informativeText();
        for (QAbstractButton* button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::RejectRole)
                button->click();
        }
    });
    poll->start();
    return timer;
}

QVector<qint64> TestOperationsGui::simsThatApply(SimOperation op, int count) const {
    QVector<qint64> ids;
    for (const Sim& sim : m_controller->page<SimsPage>()->model()->allSims()) {
        if (SimOperations::skipReason(op, sim).isEmpty())
            ids << sim.id;
        if (ids.size() == count)
            break;
    }
    return ids;
}

void TestOperationsGui::demo_blockFromDialog_followedByCallbacksAndFleetRefreshed() {
    QVERIFY(startDemo(QStringLiteral("admin")));
    OperationsController* operations = m_controller->operations();
    MainWindow* window = m_controller->mainWindow();
    SimsPage* sims = m_controller->page<SimsPage>();

    // Demo mode: the listener is on and the emulator is told to call it.
    QVERIFY(operations->listener());
    QVERIFY(operations->callbackUrl().startsWith(QStringLiteral("http://127.0.0.1:")));
    QCOMPARE(operations->operations()->options().callbackUrl, operations->callbackUrl());
    // The Operations menu holds the SIMs page's actions and "Show jobs".
    const QList<QAction*> menuActions = window->operationsMenu()->actions();
    QVERIFY(menuActions.contains(sims->operationAction(SimOperation::Block)));
    QVERIFY(menuActions.contains(window->showOperationsAction()));

    const QVector<qint64> ids = simsThatApply(SimOperation::Block, 7);
    QCOMPARE(ids.size(), 7);
    QCOMPARE(sims->selectSims(ids), 7);
    QVERIFY(sims->operationAction(SimOperation::Block)->isEnabled());
    BulkOperationDialog* dialog = sims->openOperationDialog(SimOperation::Block);
    QVERIFY(dialog);
    QCOMPARE(dialog->preview().applicable.size(), 7);
    QVERIFY(dialog->primaryButton()->isEnabled());
    QTest::mouseClick(dialog->primaryButton(), Qt::LeftButton);
    QVERIFY(dialog->startedJob().has_value());
    const qint64 jobId = *dialog->startedJob();
    QCOMPARE(window->infoBanner()->kind(), InlineBanner::Kind::Info);
    QVERIFY(window->infoBanner()->text().contains(QStringLiteral("Operations page")));

    // The user switches to another window: the end of the job is notified.
    window->hide();
    QTRY_VERIFY_WITH_TIMEOUT(operations->operations()->activeJobCount() == 0, 60000);
    const std::optional<BulkJob> job = operations->operations()->job(jobId);
    QVERIFY(job);
    QCOMPARE(job->state(), JobState::Done);
    QCOMPARE(job->callbackUrl, operations->callbackUrl());
    QTRY_COMPARE(operations->notifier()->notificationCount(), 1);
    QVERIFY(operations->notifier()->lastTitle().contains(QStringLiteral("Block")));
    QVERIFY(operations->notifier()->lastText().contains(QStringLiteral("7")));

    // The request carried the callback URL and the emulator called back.
    bool sentWithCallback = false;
    for (const Emulator::JournalEntry& entry : m_controller->demoBackend()->journal()) {
        if (entry.method == QLatin1String("sim/block"))
            sentWithCallback = entry.body.value(QStringLiteral("callbackUrl")).toString() ==
                               operations->callbackUrl();
    }
    QVERIFY(sentWithCallback);

    // The fleet table shows the new state once the job completed.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (qint64 id : ids) {
                const int row = sims->model()->rowOfId(id);
                if (row < 0 || sims->model()->simAt(row).block != BlockCode::User)
                    return false;
            }
            return true;
        }(),
        30000);

    // The Operations page lists the job; the audit trail has the action.
    QCOMPARE(operations->operations()->jobs()->rowCount(), 1);
    QCOMPARE(operations->operations()->jobs()->jobIdAt(0), jobId);
    // Followed to the end: when it finished, how long it took, its counts in words.
    const JobListModel* jobs = operations->operations()->jobs();
    QVERIFY(!jobs->index(0, JobListModel::Finished).data().toString().isEmpty());
    QVERIFY(!jobs->index(0, JobListModel::Duration).data().toString().isEmpty());
    QCOMPARE(jobs->index(0, JobListModel::Counts).data().toString(), QStringLiteral("7 done"));
    // Started from the dialog: the Operations page has it selected.
    QCOMPARE(operations->page()->selectedJobId(), jobId);
    QCOMPARE(operations->operations()->audit()->rowCount(), 1);
    window->showOperationsAction()->trigger();
    QCOMPARE(window->currentPage(), operations->page());
}

void TestOperationsGui::readOnlyUser_operationsDisabledWithReasonAndNothingSent() {
    QVERIFY(startDemo(QStringLiteral("user")));
    SimsPage* sims = m_controller->page<SimsPage>();
    QVERIFY(!sims->hasWriteAccess());
    const QVector<qint64> ids = simsThatApply(SimOperation::Block, 3);
    QCOMPARE(sims->selectSims(ids), 3);
    QAction* block = sims->operationAction(SimOperation::Block);
    QVERIFY(!block->isEnabled());
    QVERIFY(sims->operationsUnavailableReason().contains(QStringLiteral("role")));
    QVERIFY(!sims->openOperationDialog(SimOperation::Block));
    QVERIFY(!sims->renameAction()->isEnabled());
    for (const Emulator::JournalEntry& entry : m_controller->demoBackend()->journal())
        QVERIFY2(entry.method == QLatin1String("sim/list") ||
                     entry.method == QLatin1String("group/list") ||
                     entry.method == QLatin1String("bill/list") || // the Home page's latest bill
                     entry.method == QLatin1String("user/list") ||
                     entry.method.startsWith(QLatin1String("user/get")) ||
                     entry.method.startsWith(QLatin1String("company/get")),
                 qPrintable(entry.method));
}

void TestOperationsGui::selectTheseSims_switchesToSimsPageAndSelects() {
    QVERIFY(startDemo(QStringLiteral("admin")));
    OperationsController* operations = m_controller->operations();
    MainWindow* window = m_controller->mainWindow();
    window->showOperationsAction()->trigger();
    QCOMPARE(window->currentPage(), operations->page());

    QVector<qint64> ids;
    for (int row = 10; row < 15; ++row)
        ids << m_controller->page<SimsPage>()->model()->simAt(row).id;
    emit operations->page()->selectSimsRequested(ids);
    QCOMPARE(window->currentPage(), m_controller->page<SimsPage>());
    QVector<qint64> selected = m_controller->page<SimsPage>()->selectedSimIds();
    std::sort(selected.begin(), selected.end());
    std::sort(ids.begin(), ids.end());
    QCOMPARE(selected, ids);
}

void TestOperationsGui::journalPath_isPerAccount() {
    const QString a = OperationsController::journalPath(QStringLiteral("https://x/api#11"));
    QCOMPARE(a, OperationsController::journalPath(QStringLiteral("https://x/api#11")));
    QVERIFY(a != OperationsController::journalPath(QStringLiteral("https://x/api#12")));
    QVERIFY(a != OperationsController::journalPath(QStringLiteral("https://y/api#11")));
    QVERIFY(a != OperationsController::auditPath(QStringLiteral("https://x/api#11")));
}

// Another window (or simfleet-cli --wait) holds the account's journal: this
// one shows the jobs read-only, says why, and disables every send and retry.
void TestOperationsGui::journalInUse_readOnlyWithNoticeUntilTryAgain() {
    QVERIFY(startDemo(QStringLiteral("admin")));
    OperationsController* operations = m_controller->operations();
    BulkOperations* ops = operations->operations();
    SimsPage* sims = m_controller->page<SimsPage>();
    QVERIFY(!ops->isReadOnly());
    const QVector<qint64> ids = simsThatApply(SimOperation::Ping, 3);
    const BulkPreview preview =
        BulkPreview::build(SimOperation::Ping, ids, sims->model()->allSims());
    const std::optional<qint64> jobId = ops->start(preview, {});
    QVERIFY(jobId);
    QTRY_VERIFY_WITH_TIMEOUT(ops->activeJobCount() == 0, 60000);

    const QString key = AccountFiles::accountKey(m_controller->client()->baseUrl(),
                                                 m_controller->session()->user().id);
    operations->sessionEnded();
    QLockFile other(JobStore::lockPath(OperationsController::journalPath(key)));
    QVERIFY(other.tryLock(0));
    operations->sessionStarted(key);

    QVERIFY(ops->isReadOnly());
    const QString reason = ops->readOnlyReason();
    QVERIFY(reason.contains(QStringLiteral("read-only")));
    QCOMPARE(ops->jobs()->rowCount(), 1);
    auto* notice = operations->page()->findChild<InlineBanner*>(QStringLiteral("journalNotice"));
    QVERIFY(notice);
    QVERIFY(!notice->isHidden());
    QCOMPARE(notice->text(), reason);
    QCOMPARE(m_controller->mainWindow()->noticeBanner()->text(), reason);
    // Only the jobs wait for the journal: renaming a SIM and changing users
    // or groups are direct requests and stay allowed.
    QVERIFY(sims->hasWriteAccess());
    QCOMPARE(sims->operationsUnavailableReason(), reason);
    QCOMPARE(sims->selectSims({ids.first()}), 1);
    QVERIFY(sims->renameAction()->isEnabled());
    QCOMPARE(sims->selectSims(ids), 3);
    QVERIFY(!sims->operationAction(SimOperation::Ping)->isEnabled());
    QVERIFY(!sims->openOperationDialog(SimOperation::Ping));
    QVERIFY(m_controller->page<UsersPage>()->writeAccess().allowed);
    QVERIFY(m_controller->page<UsersPage>()->createAction()->isEnabled());
    GroupsPage* groups = m_controller->page<GroupsPage>();
    QVERIFY(groups->writeAccess().allowed);
    QCOMPARE(groups->writeAccess().jobsDeniedReason(), reason);
    auto* createGroup = groups->findChild<QPushButton*>(QStringLiteral("createGroup"));
    auto* addSims = groups->findChild<QToolButton*>(QStringLiteral("addSimsToGroup"));
    QVERIFY(createGroup && addSims);
    QVERIFY(createGroup->isEnabled());
    QVERIFY(!addSims->isEnabled());
    QCOMPARE(addSims->toolTip(), reason);
    operations->page()->showJob(*jobId);
    auto* retry = operations->page()->findChild<QPushButton*>(QStringLiteral("retryFailed"));
    QVERIFY(retry);
    QVERIFY(!retry->isEnabled());
    QCOMPARE(retry->toolTip(), reason);

    // Still held: Try again stays read-only; released: this window writes.
    emit notice->actionTriggered();
    QVERIFY(ops->isReadOnly());
    other.unlock();
    emit notice->actionTriggered();
    QVERIFY(!ops->isReadOnly());
    QVERIFY(notice->isHidden());
    QVERIFY(sims->hasWriteAccess());
    QCOMPARE(ops->jobs()->rowCount(), 1);
}

void TestOperationsGui::closeWhileSending_asksAndKeepsTheWindowOnKeepSending() {
    QVERIFY(startDemo(QStringLiteral("admin"), 1500));
    MainWindow* window = m_controller->mainWindow();
    SimsPage* sims = m_controller->page<SimsPage>();
    BulkOperations* operations = m_controller->operations()->operations();
    QCOMPARE(sims->selectSims(simsThatApply(SimOperation::Ping, 5)), 5);
    BulkOperationDialog* dialog = sims->openOperationDialog(SimOperation::Ping);
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->primaryButton()->isEnabled());
    QTest::mouseClick(dialog->primaryButton(), Qt::LeftButton);
    auto* refused = dialog->findChild<InlineBanner*>(QStringLiteral("operationError"));
    QVERIFY2(dialog->startedJob().has_value(), qPrintable(refused ? refused->text() : QString()));
    const qint64 jobId = *dialog->startedJob();
    QVERIFY(operations->isSending(jobId));

    // The question comes up; "Keep sending" keeps the window open.
    QString question;
    const auto answer = keepSendingWhenAsked(&question, nullptr);
    QVERIFY(!window->close());
    QVERIFY(question.contains(QStringLiteral("still being sent")));
    QVERIFY(window->isVisible());

    // Once sent, closing asks nothing.
    QTRY_VERIFY_WITH_TIMEOUT(!operations->isSending(jobId), 30000);
    QVERIFY(window->close());
}

void TestOperationsGui::signOutWhileSending_asksFirst() {
    QVERIFY(startDemo(QStringLiteral("admin"), 1500));
    MainWindow* window = m_controller->mainWindow();
    SimsPage* sims = m_controller->page<SimsPage>();
    BulkOperations* operations = m_controller->operations()->operations();
    QCOMPARE(sims->selectSims(simsThatApply(SimOperation::Ping, 5)), 5);
    BulkOperationDialog* dialog = sims->openOperationDialog(SimOperation::Ping);
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->primaryButton()->isEnabled());
    QTest::mouseClick(dialog->primaryButton(), Qt::LeftButton);
    auto* refused = dialog->findChild<InlineBanner*>(QStringLiteral("operationError"));
    QVERIFY2(dialog->startedJob().has_value(), qPrintable(refused ? refused->text() : QString()));
    const qint64 jobId = *dialog->startedJob();
    QVERIFY(operations->isSending(jobId));

    // "Keep sending": still signed in, still sending.
    QString question, details;
    const auto answer = keepSendingWhenAsked(&question, &details);
    emit window->signOutRequested();
    QVERIFY(question.contains(QStringLiteral("still being sent")));
    QVERIFY(!details.contains(QStringLiteral("Nothing is sent twice")));
    QVERIFY(details.contains(QStringLiteral("unknown")));
    QVERIFY(window->isVisible());
    QVERIFY(operations->isOpen());
    QVERIFY(operations->isSending(jobId));
    QTRY_VERIFY_WITH_TIMEOUT(!operations->isSending(jobId), 30000);
}

void TestOperationsGui::technicalColumns_rememberedInTheSettings() {
    QVERIFY(startDemo(QStringLiteral("admin")));
    OperationsPage* page = m_controller->operations()->page();
    QCOMPARE(page->shownTechnicalColumns(), QStringList());
    std::unique_ptr<QMenu> menu(page->jobsColumns()->createMenu(nullptr));
    QAction* queueIds = menu->findChild<QAction*>(QStringLiteral("jobs/queueIds"));
    QVERIFY(queueIds);
    queueIds->trigger();
    const qint64 userId = m_controller->session()->user().id;
    QCOMPARE(m_rig->settings()
                 ->pageState(userId, OperationsPage::staticPageId())
                 .value(QStringLiteral("technicalColumns"))
                 .toStringList(),
             QStringList{QStringLiteral("jobs/queueIds")});

    // The next start shows it again.
    m_controller.reset();
    m_controller = std::make_unique<AppController>(m_rig->settings());
    QVERIFY(startDemo(QStringLiteral("admin")));
    auto* jobs =
        m_controller->operations()->page()->findChild<QTableView*>(QStringLiteral("jobsTable"));
    QVERIFY(!jobs->horizontalHeader()->isSectionHidden(JobListModel::QueueIds));
}

void TestOperationsGui::addToGroup_fromSimsPageAndGroupsPage_jobsKeepOtherGroups() {
    QVERIFY(startDemo(QStringLiteral("admin")));
    OperationsController* operations = m_controller->operations();
    MainWindow* window = m_controller->mainWindow();
    SimsPage* sims = m_controller->page<SimsPage>();
    GroupsPage* groups = m_controller->page<GroupsPage>();
    QVERIFY(groups);
    QAction* add = sims->actions()->addToGroupAction();
    QAction* remove = sims->actions()->removeFromGroupAction();
    // In the Operations menu, beside Set groups.
    const QList<QAction*> menu = window->operationsMenu()->actions();
    const qsizetype setGroups = menu.indexOf(sims->operationAction(SimOperation::Group));
    QVERIFY(setGroups >= 0);
    QCOMPARE(menu.value(setGroups + 1), add);
    QCOMPARE(menu.value(setGroups + 2), remove);

    // 20 SIMs with their groups as they are; the group the fewest of them are in.
    QVector<Sim> chosen = sims->model()->allSims().mid(0, 20);
    QVector<qint64> ids;
    for (const Sim& sim : chosen)
        ids.append(sim.id);
    QCOMPARE(sims->selectSims(ids), 20);
    QVERIFY(add->isEnabled());
    add->trigger();
    auto* dialog = sims->findChild<GroupMembershipDialog*>();
    QVERIFY(dialog);
    QVERIFY(dialog->groupBox()->isEnabled());
    QVERIFY(dialog->groupBox()->count() > 1);
    const qint64 group = dialog->groupBox()->itemData(0).toLongLong();
    dialog->setGroup(group);
    const int requests = dialog->plan().requestCount();
    QVERIFY(requests > 0);
    QVERIFY(dialog->primaryButton()->isEnabled());
    QTest::mouseClick(dialog->primaryButton(), Qt::LeftButton);
    QVERIFY(dialog->startedJob());
    const qint64 jobId = *dialog->startedJob();
    QTRY_VERIFY_WITH_TIMEOUT(operations->operations()->activeJobCount() == 0, 60000);
    QCOMPARE(operations->operations()->job(jobId)->state(), JobState::Done);
    int sent = 0;
    for (const Emulator::JournalEntry& entry : m_controller->demoBackend()->journal())
        sent += entry.method == QLatin1String("sim/group") ? 1 : 0;
    QCOMPARE(sent, requests);
    // Every chosen SIM: its old groups and the one.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (const Sim& old : chosen) {
                const int row = sims->model()->rowOfId(old.id);
                if (row < 0)
                    return false;
                QSet<qint64> expected{group};
                for (const GroupRef& ref : old.groups)
                    expected.insert(ref.id);
                QSet<qint64> now;
                for (const GroupRef& ref : sims->model()->simAt(row).groups)
                    now.insert(ref.id);
                if (now != expected)
                    return false;
            }
            return true;
        }(),
        30000);

    // The Groups page starts jobs in the same journal, on the SIMs page's selection.
    QVERIFY(groups->selectGroup(group));
    QVERIFY(groups->removeSimsButton()->isEnabled());
    GroupMembershipDialog* removal = groups->changeSimsPageSelection(false);
    QVERIFY(removal);
    QCOMPARE(removal->plan().preview.applicable.size(), 20);
    QVERIFY(!removal->groupBox()->isEnabled());
    QTest::mouseClick(removal->primaryButton(), Qt::LeftButton);
    // The dialog deletes itself once closed: keep the job's id first.
    QVERIFY(removal->startedJob());
    const qint64 removalJob = *removal->startedJob();
    QTRY_VERIFY_WITH_TIMEOUT(operations->operations()->activeJobCount() == 0, 60000);
    QCOMPARE(operations->operations()->job(removalJob)->state(), JobState::Done);
}

QTEST_MAIN(TestOperationsGui)
#include "tst_operations_gui.moc"
