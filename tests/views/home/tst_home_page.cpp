// The Home page in the whole app against the built-in emulator: it is the
// first page after sign-in; the company card shows the preliminary balance
// for a postpaid company only; the charts' counts are the fleet's, follow it
// live and open the SIMs page filtered by the slice clicked; the jobs in
// progress open the Operations page on the job; read-only users see it all;
// in server-side mode the charts say they need the whole fleet.
#include "api/ApiClient.h"
#include "api/ApiMethods.h"
#include "api/SimOperation.h"
#include "app/core/AccountFiles.h"
#include "app/demo/DemoBackend.h"
#include "app/gui/AppController.h"
#include "app/gui/OperationsController.h"
#include "models/fleet/FleetCounts.h"
#include "models/fleet/FleetModel.h"
#include "models/fleet/FleetRepository.h"
#include "models/fleet/SimText.h"
#include "models/home/ActiveJobsModel.h"
#include "models/home/CompanyInfo.h"
#include "models/home/HomeOverview.h"
#include "models/home/LatestBill.h"
#include "models/jobs/BulkOperations.h"
#include "models/jobs/BulkPreview.h"
#include "models/workspace/AccountWorkspace.h"
#include "tests/support/DemoAppRig.h"
#include "translations/Translations.h"
#include "views/bills/BillsPage.h"
#include "views/home/ActiveJobsCard.h"
#include "views/home/BillCard.h"
#include "views/home/CompanyCard.h"
#include "views/home/DonutChart.h"
#include "views/home/FleetGlanceCard.h"
#include "views/home/HomeCard.h"
#include "views/home/HomePage.h"
#include "views/operations/OperationsPage.h"
#include "views/shell/MainWindow.h"
#include "views/sims/FilterBar.h"
#include "views/sims/SimTableView.h"
#include "views/sims/SimsPage.h"

#include <QDir>
#include <QLabel>
#include <QPieSeries>
#include <QPieSlice>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolTip>

#include <memory>

using namespace simfleet;

class TestHomePage final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { DemoAppRig::prepareTestCase(); }
    void init();
    void cleanup();

    void firstPage_postpaidCompanyBillAndChartsOfTheFleet();
    void slicesAndCounts_openTheSimsPageFiltered();
    void counts_followTheFleetLive();
    void prepaidCompany_readOnlyUser_seesItAllWithoutPreliminaryBalance();
    void jobInProgress_opensTheOperationsPageOnIt();
    void serverSideMode_chartsSayTheyNeedTheWholeFleet();
    void backendDown_offlineNoticeOrErrorWithRetry();
    void languageSwitch_retranslatesChartsAndCards();

private:
    bool startDemo(const QString& role, int sims, const DemoAppRig::AdjustOptions& adjust = {});
    HomePage* home() const { return m_controller->page<HomePage>(); }
    FleetCounts fleetCounts() const {
        return FleetCounts::of(m_controller->workspace()->fleetModel()->allSims());
    }

    std::unique_ptr<DemoAppRig> m_rig;
    std::unique_ptr<AppController> m_controller;
};

void TestHomePage::init() {
    // Each test's job journal starts empty.
    QDir(AccountFiles::jobsDirectory()).removeRecursively();
    m_rig = std::make_unique<DemoAppRig>();
    QVERIFY(m_rig->isValid());
}

void TestHomePage::cleanup() {
    m_controller.reset();
    Translations::install(QStringLiteral("en"));
    QDir(AccountFiles::jobsDirectory()).removeRecursively();
    m_rig.reset();
}

bool TestHomePage::startDemo(const QString& role, int sims,
                             const DemoAppRig::AdjustOptions& adjust) {
    m_controller = std::make_unique<AppController>(m_rig->settings());
    return DemoAppRig::start(m_controller.get(), role, sims, QStringLiteral("en"), adjust) &&
           DemoAppRig::waitForFleet(m_controller.get(), sims);
}

void TestHomePage::firstPage_postpaidCompanyBillAndChartsOfTheFleet() {
    QVERIFY(startDemo(QStringLiteral("admin"), 300));
    MainWindow* window = m_controller->mainWindow();
    HomePage* page = home();
    QVERIFY(page);
    QCOMPARE(window->page(0), page);
    QCOMPARE(window->currentPage(), page);

    CompanyCard* company = page->companyCard();
    QTRY_VERIFY(company->card()->isShowingContent());
    QCOMPARE(company->value(QStringLiteral("companyName"))->text(),
             QStringLiteral("ACME Logistics LLP"));
    QCOMPARE(company->value(QStringLiteral("companyBilling"))->text(), QStringLiteral("Postpaid"));
    QVERIFY(company->isPreliminaryBalanceShown());
    // The provider's "-… €" in the interface's format (English: "-€…").
    QVERIFY2(
        company->value(QStringLiteral("companyBalance"))->text().startsWith(QStringLiteral("-€")),
        qPrintable(company->value(QStringLiteral("companyBalance"))->text()));

    BillCard* bill = page->billCard();
    QTRY_VERIFY_WITH_TIMEOUT(bill->card()->isShowingContent(), 30000);
    QVERIFY(!bill->value(QStringLiteral("billNumber"))->text().isEmpty());
    QCOMPARE(bill->value(QStringLiteral("billStatus"))->text(), QStringLiteral("Unpaid"));
    QVERIFY(bill->findChild<QLabel*>(QStringLiteral("billStatusIcon"))->isVisible());
    QVERIFY(bill->value(QStringLiteral("billAmount"))->text().contains(QStringLiteral("KZT")));
    // Invoice / Transcript open the Bills page to download this bill's file.
    {
        QSignalSpy requested(page, &WorkspacePage::pageRequested);
        QVERIFY(bill->transcriptButton()->isVisible());
        bill->transcriptButton()->click();
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first().at(0).toString(), BillsPage::staticPageId());
        const QVariantMap request = requested.first().at(1).toMap();
        const qint64 billId = request.value(QStringLiteral("bill")).toLongLong();
        QVERIFY(billId > 0);
        QCOMPARE(request, BillsPage::downloadRequest(billId, true));
    }

    FleetGlanceCard* fleet = page->fleetCard();
    QTRY_VERIFY(fleet->card()->isShowingContent());
    const FleetCounts counts = fleetCounts();
    QCOMPARE(counts.total, 300);
    double sum = 0;
    for (const QPieSlice* slice : fleet->statusChart()->series()->slices())
        sum += slice->value();
    QCOMPARE(int(sum), counts.total);
    QCOMPARE(int(fleet->statusChart()->slice(SimText::status(BlockCode::None))->value()),
             counts.active);
    for (BlockCode block : SimText::knownBlockCodes()) {
        QPieSlice* slice = fleet->statusChart()->slice(SimText::status(block));
        QCOMPARE(slice ? int(slice->value()) : 0, counts.blockedBy(block));
    }
    QCOMPARE(int(fleet->profileChart()->slice(QStringLiteral("TD"))->value()), counts.td);
    QCOMPARE(int(fleet->profileChart()->slice(QStringLiteral("TC"))->value()), counts.tc);
    QVERIFY(fleet->packageUsedUpButton()->text().endsWith(
        QLocale().toString(counts.blockedBy(BlockCode::Package))));
    QVERIFY(fleet->nearLimitButton()->text().endsWith(QLocale().toString(counts.nearLimit)));
    QVERIFY(fleet->totalLabel()->text().contains(QStringLiteral("300")));
    // Hovering a slice lifts it and says its exact count and share.
    QPieSlice* user = fleet->statusChart()->slice(SimText::status(BlockCode::User));
    emit user->hovered(true);
    QVERIFY(user->isExploded());
    QTRY_VERIFY2(QToolTip::text().contains(QLocale().toString(counts.blockedBy(BlockCode::User)) +
                                           QStringLiteral(" SIMs")),
                 qPrintable(QToolTip::text()));
    QVERIFY(QToolTip::text().contains(QStringLiteral("% of the fleet")));
    emit user->hovered(false);
    QVERIFY(!user->isExploded());
    // The legend says every count; hovering says it exactly, with its share.
    const QList<QPushButton*>& legend = fleet->statusChart()->legendEntries();
    QCOMPARE(legend.size(), fleet->statusChart()->series()->count());
    for (int i = 0; i < legend.size(); ++i) {
        const QString count =
            QLocale().toString(int(fleet->statusChart()->series()->slices().at(i)->value()));
        QVERIFY2(legend.at(i)->text().endsWith(count), qPrintable(legend.at(i)->text()));
        QVERIFY2(legend.at(i)->toolTip().contains(count + QStringLiteral(" SIM")),
                 qPrintable(legend.at(i)->toolTip()));
    }
}

void TestHomePage::slicesAndCounts_openTheSimsPageFiltered() {
    QVERIFY(startDemo(QStringLiteral("admin"), 300));
    MainWindow* window = m_controller->mainWindow();
    HomePage* page = home();
    SimsPage* sims = m_controller->page<SimsPage>();
    FleetGlanceCard* fleet = page->fleetCard();
    QTRY_VERIFY(fleet->card()->isShowingContent());
    const FleetCounts counts = fleetCounts();

    // A status slice.
    QVERIFY(counts.blockedBy(BlockCode::User) > 0);
    emit fleet->statusChart()->slice(SimText::status(BlockCode::User))->clicked();
    QCOMPARE(window->currentPage(), sims);
    FleetFilter wanted;
    wanted.status = FleetFilter::Status::Code;
    wanted.blockCode = BlockCode::User;
    QCOMPARE(sims->filterBar()->filter(), wanted);
    QTRY_COMPARE(sims->table()->model()->rowCount(), counts.blockedBy(BlockCode::User));

    // "Active" and a profile.
    window->openPage(HomePage::staticPageId());
    emit fleet->statusChart()->slice(SimText::status(BlockCode::None))->clicked();
    QCOMPARE(sims->filterBar()->filter().status, FleetFilter::Status::Active);
    QTRY_COMPARE(sims->table()->model()->rowCount(), counts.active);
    window->openPage(HomePage::staticPageId());
    emit fleet->profileChart()->slice(QStringLiteral("TC"))->clicked();
    QCOMPARE(window->currentPage(), sims);
    FleetFilter tc;
    tc.profile = SimProfile::TC;
    QCOMPARE(sims->filterBar()->filter(), tc);
    QTRY_COMPARE(sims->table()->model()->rowCount(), counts.tc);

    // The SIMs that need attention.
    window->openPage(HomePage::staticPageId());
    QVERIFY(counts.nearLimit > 0);
    fleet->nearLimitButton()->click();
    QCOMPARE(window->currentPage(), sims);
    QVERIFY(sims->filterBar()->filter().nearLimit);
    QTRY_COMPARE(sims->table()->model()->rowCount(), counts.nearLimit);
    window->openPage(HomePage::staticPageId());
    if (counts.blockedBy(BlockCode::Package) > 0) {
        fleet->packageUsedUpButton()->click();
        QCOMPARE(sims->filterBar()->filter(), FleetGlanceCard::packageUsedUpFilter());
        QTRY_COMPARE(sims->table()->model()->rowCount(), counts.blockedBy(BlockCode::Package));
    }
}

void TestHomePage::counts_followTheFleetLive() {
    QVERIFY(startDemo(QStringLiteral("admin"), 120));
    FleetGlanceCard* fleet = home()->fleetCard();
    QTRY_VERIFY(fleet->card()->isShowingContent());
    FleetModel* model = m_controller->workspace()->fleetModel();
    const int financialBefore = fleetCounts().blockedBy(BlockCode::Financial);
    // One active SIM becomes financially blocked in the loaded fleet.
    Sim changed;
    for (const Sim& sim : model->allSims()) {
        if (sim.block == BlockCode::None) {
            changed = sim;
            break;
        }
    }
    QVERIFY(changed.id != 0);
    changed.block = BlockCode::Financial;
    model->upsert({changed});
    QTRY_VERIFY(fleet->statusChart()->slice(SimText::status(BlockCode::Financial)));
    QTRY_COMPARE(int(fleet->statusChart()->slice(SimText::status(BlockCode::Financial))->value()),
                 financialBefore + 1);
    QCOMPARE(int(fleet->statusChart()->slice(SimText::status(BlockCode::None))->value()),
             fleetCounts().active);
}

void TestHomePage::prepaidCompany_readOnlyUser_seesItAllWithoutPreliminaryBalance() {
    QVERIFY(startDemo(QStringLiteral("user"), 60, [](AppController::StartOptions& options) {
        options.demoConfig.prepaid = true;
    }));
    HomePage* page = home();
    QCOMPARE(m_controller->mainWindow()->currentPage(), page);
    CompanyCard* company = page->companyCard();
    QTRY_VERIFY(company->card()->isShowingContent());
    QCOMPARE(company->value(QStringLiteral("companyBilling"))->text(), QStringLiteral("Prepaid"));
    QVERIFY(!company->isPreliminaryBalanceShown());
    QVERIFY(!company->value(QStringLiteral("companyBalance"))->text().startsWith(QLatin1Char('-')));
    QTRY_VERIFY_WITH_TIMEOUT(page->billCard()->card()->isShowingContent(), 30000);
    QTRY_VERIFY(page->fleetCard()->card()->isShowingContent());
    QVERIFY(page->jobsCard()->openOperationsButton()->isEnabled());
    // Reading is all the page does.
    page->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!m_controller->workspace()->home()->latestBill()->load().loading,
                             30000);
    for (const novaemu::Emulator::JournalEntry& entry : m_controller->demoBackend()->journal())
        QVERIFY2(ApiMethods::isRead(entry.method), qPrintable(entry.method));
}

void TestHomePage::jobInProgress_opensTheOperationsPageOnIt() {
    QVERIFY(startDemo(QStringLiteral("admin"), 60, [](AppController::StartOptions& options) {
        options.demoConfig.queueDelayMs = 600000; // stays in progress through the test
    }));
    ActiveJobsCard* jobs = home()->jobsCard();
    QVERIFY(!jobs->card()->isShowingContent());
    BulkOperations* ops = m_controller->operations()->operations();
    QVector<qint64> ids;
    for (const Sim& sim : m_controller->workspace()->fleetModel()->allSims()) {
        if (ids.size() < 3 && SimOperations::skipReason(SimOperation::Ping, sim).isEmpty())
            ids.append(sim.id);
    }
    QCOMPARE(ids.size(), 3);
    const BulkPreview preview = BulkPreview::build(
        SimOperation::Ping, ids, m_controller->workspace()->fleetModel()->allSims());
    const std::optional<qint64> jobId = ops->start(preview, {});
    QVERIFY(jobId);
    QTRY_VERIFY(jobs->card()->isShowingContent());
    QTableView* table = jobs->table();
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(qobject_cast<ActiveJobsModel*>(table->model())->jobIdAt(0), *jobId);

    emit table->activated(table->model()->index(0, ActiveJobsModel::Operation));
    auto* operations = m_controller->page<OperationsPage>();
    QCOMPARE(m_controller->mainWindow()->currentPage(), operations);
    QCOMPARE(operations->selectedJobId(), *jobId);

    m_controller->mainWindow()->openPage(HomePage::staticPageId());
    jobs->openOperationsButton()->click();
    QCOMPARE(m_controller->mainWindow()->currentPage(), operations);
}

void TestHomePage::serverSideMode_chartsSayTheyNeedTheWholeFleet() {
    QVERIFY(startDemo(QStringLiteral("admin"), 60));
    FleetGlanceCard* fleet = home()->fleetCard();
    QTRY_VERIFY(fleet->card()->isShowingContent());
    FleetRepository* repository = m_controller->workspace()->fleet();
    repository->setServerSideThreshold(10);
    repository->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(repository->mode() == FleetRepository::Mode::ServerSide, 30000);
    QTRY_VERIFY(!fleet->card()->isShowingContent());
    QVERIFY(fleet->card()->messageLabel()->text().contains(QStringLiteral("whole fleet")));
    QVERIFY(!fleet->card()->retryButton()->isVisibleTo(fleet->card()));
}

void TestHomePage::backendDown_offlineNoticeOrErrorWithRetry() {
    QVERIFY(startDemo(QStringLiteral("admin"), 40));
    HomePage* page = home();
    HomeOverview* overview = m_controller->workspace()->home();
    QTRY_VERIFY_WITH_TIMEOUT(overview->latestBill()->load().loaded, 30000);
    m_controller->client()->setRetryPolicy({1, 10, 10});
    m_controller->demoBackend()->stop();

    // F5 with data shown: the data stays, a notice says it is offline.
    page->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!overview->company()->load().loading, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(!overview->latestBill()->load().loading, 30000);
    QVERIFY(page->companyCard()->card()->isShowingContent());
    QVERIFY(page->companyCard()->card()->noticeLabel()->isVisible());
    QVERIFY(
        page->companyCard()->card()->noticeLabel()->text().startsWith(QStringLiteral("Offline")));
    QVERIFY(page->companyCard()->card()->noticeRetryButton()->isVisible());

    // Nothing read yet: the error in place of the card, with Retry.
    overview->latestBill()->clear();
    overview->latestBill()->reload();
    QTRY_VERIFY_WITH_TIMEOUT(!overview->latestBill()->load().loading, 30000);
    HomeCard* bill = page->billCard()->card();
    QVERIFY(!bill->isShowingContent());
    QVERIFY(bill->retryButton()->isVisible());
    QVERIFY(!bill->messageLabel()->text().isEmpty());
    bill->retryButton()->click();
    QVERIFY(overview->latestBill()->load().loading);
    QCOMPARE(bill->messageLabel()->text(), QStringLiteral("Loading…"));
}

void TestHomePage::languageSwitch_retranslatesChartsAndCards() {
    QVERIFY(startDemo(QStringLiteral("admin"), 60));
    HomePage* page = home();
    QTRY_VERIFY(page->fleetCard()->card()->isShowingContent());
    QCOMPARE(page->fleetCard()->statusChart()->title(), QStringLiteral("SIMs by status"));
    m_controller->setLanguage(QStringLiteral("ru"), false);
    QCoreApplication::processEvents();
    QCOMPARE(page->navigationTitle(), QStringLiteral("Главная"));
    QCOMPARE(page->fleetCard()->statusChart()->title(), QStringLiteral("SIM-карты по статусу"));
    QVERIFY2(page->fleetCard()->statusChart()->legendEntries().first()->text().startsWith(
                 SimText::status(BlockCode::None)),
             qPrintable(page->fleetCard()->statusChart()->legendEntries().first()->text()));
    QCOMPARE(SimText::status(BlockCode::None), QStringLiteral("Без блокировки"));
    QCOMPARE(page->companyCard()->value(QStringLiteral("companyBilling"))->text(),
             QStringLiteral("Постоплата"));
    QCOMPARE(page->fleetCard()->card()->titleLabel()->text(), QStringLiteral("SIM-карты: сводка"));
    m_controller->setLanguage(QStringLiteral("en"), false);
    QCoreApplication::processEvents();
    QCOMPARE(page->fleetCard()->statusChart()->title(), QStringLiteral("SIMs by status"));
}

QTEST_MAIN(TestHomePage)
#include "tst_home_page.moc"
