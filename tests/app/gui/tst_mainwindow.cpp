#include "api/ApiClient.h"
#include "api/ApiMethods.h"
#include "api/Session.h"
#include "app/core/Settings.h"
#include "app/core/TokenStore.h"
#include "app/demo/DemoBackend.h"
#include "app/gui/AppController.h"
#include "app/gui/OperationsController.h"
#include "emulator/Emulator.h"
#include "models/fleet/FleetLoader.h"
#include "models/fleet/FleetModel.h"
#include "models/fleet/FleetRepository.h"
#include "models/jobs/BulkOperations.h"
#include "models/workspace/AccountWorkspace.h"
#include "tests/support/DemoAppRig.h"
#include "translations/Translations.h"
#include "views/common/InlineBanner.h"
#include "views/home/HomePage.h"
#include "views/shell/MainWindow.h"
#include "views/shell/SessionStatusWidget.h"
#include "views/shell/SignInDialog.h"
#include "views/sims/FilterBar.h"
#include "views/sims/SimTableView.h"
#include "views/sims/SimsPage.h"

#include <QAction>
#include <QApplication>
#include <QFontInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPointer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include "tests/support/TestTemporaryDir.h"
#include <QTest>

#include <memory>

using namespace simfleet;

using novaemu::Emulator;
using novaemu::EmulatorConfig;

class TestMainWindow final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void demoAdmin_showsFleetAndAdministrator();
    void demoUser_showsReadOnlyBadgeAndWholeFleet();
    void navigation_listsOnlyBuiltPages();
    void readOnlyUser_everyPageRefreshedSendsOnlyReads();
    void languageSwitch_toRussian_retranslatesAndSetsApiLanguage();
    void backendDown_showsInlineErrorWithRetry();
    void revokedToken_bringsBackSignInDialog();
    void revokedToken_notNowKeepsTheWindowAndOffersTheDialogAgain();
    void signOut_clearsFleetAndShowsSignInDialog();
    void emptyFleet_showsEmptyState();
    void simTable_numbersInFixedPitchFontAndFixedRowHeight();
    void interactiveSignIn_savesAddressAndOpensWorkspace();
    void revokedToken_storedTokenKeptUntilANewOneWorks();
    void storedToken_addressChangedWhileReading_notSent();
    void storedToken_addressChangedInDialog_notSent();

private:
    AppController* startDemo(const QString& role, int sims, const QString& language = {});
    void waitForFleet(AppController* controller, int rows);

    std::unique_ptr<DemoAppRig> m_rig;
    std::unique_ptr<AppController> m_controller;
};

void TestMainWindow::initTestCase() {
    DemoAppRig::prepareTestCase();
}

void TestMainWindow::init() {
    m_rig = std::make_unique<DemoAppRig>();
    QVERIFY(m_rig->isValid());
}

void TestMainWindow::cleanup() {
    TokenStore::useInMemoryKeychain(nullptr);
    m_controller.reset();
    m_rig.reset();
    Translations::install(QStringLiteral("en"));
}

AppController* TestMainWindow::startDemo(const QString& role, int sims, const QString& language) {
    m_controller = std::make_unique<AppController>(m_rig->settings());
    DemoAppRig::start(m_controller.get(), role, sims, language);
    return m_controller.get();
}

void TestMainWindow::waitForFleet(AppController* controller, int rows) {
    QVERIFY(DemoAppRig::waitForFleet(controller, rows));
}

void TestMainWindow::demoAdmin_showsFleetAndAdministrator() {
    AppController* controller = startDemo(QStringLiteral("admin"), 700);
    QVERIFY(controller->demoBackend() && controller->demoBackend()->isRunning());
    waitForFleet(controller, 700);
    QVERIFY(!controller->signInDialog()->isVisible());

    // Home is the first page after sign-in; the fleet is on the SIMs page.
    QCOMPARE(controller->mainWindow()->currentPage(), controller->page<HomePage>());
    SimsPage* page = controller->page<SimsPage>();
    QVERIFY(controller->mainWindow()->openPage(SimsPage::staticPageId()));
    QCOMPARE(controller->mainWindow()->currentPage(), page);
    QVERIFY(page->table()->isVisible());
    QCOMPARE(page->table()->model()->rowCount(), 700);
    QCOMPARE(page->table()->model()->columnCount(), int(FleetModel::ColumnCount));
    auto* count = page->findChild<QLabel*>(QStringLiteral("simCount"));
    QVERIFY(count);
    QCOMPARE(count->text(), QStringLiteral("700 SIMs"));

    Session* session = controller->session();
    QVERIFY(session->isSignedIn());
    QVERIFY(!session->isReadOnly());
    const QString summary = controller->mainWindow()->sessionStatus()->summaryText();
    QVERIFY2(summary.contains(session->user().displayName()), qPrintable(summary));
    QVERIFY2(!session->company().name.isEmpty() && summary.contains(session->company().name),
             qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("Administrator")), qPrintable(summary));
    QVERIFY(!controller->mainWindow()->sessionStatus()->isReadOnlyBadgeShown());
    QCOMPARE(controller->client()->language(), QStringLiteral("en"));
}

void TestMainWindow::demoUser_showsReadOnlyBadgeAndWholeFleet() {
    AppController* controller = startDemo(QStringLiteral("user"), 300);
    waitForFleet(controller, 300);
    QVERIFY(controller->session()->isReadOnly());
    SessionStatusWidget* status = controller->mainWindow()->sessionStatus();
    QVERIFY(status->isReadOnlyBadgeShown());
    auto* badge = status->findChild<QWidget*>(QStringLiteral("readOnlyBadge"));
    QVERIFY(badge && badge->isVisible());
    QVERIFY2(status->summaryText().contains(QStringLiteral("Read-only")),
             qPrintable(status->summaryText()));
    QVERIFY(controller->client()->isReadOnly());
}

void TestMainWindow::navigation_listsOnlyBuiltPages() {
    AppController* controller = startDemo(QStringLiteral("admin"), 50);
    waitForFleet(controller, 50);
    auto* navigation =
        controller->mainWindow()->findChild<QListWidget*>(QStringLiteral("navigation"));
    QVERIFY(navigation);
    QCOMPARE(navigation->count(), 10);
    QCOMPARE(navigation->item(0)->text(), QStringLiteral("Home"));
    QCOMPARE(navigation->item(1)->text(), QStringLiteral("SIMs"));
    QCOMPARE(navigation->item(2)->text(), QStringLiteral("Groups"));
    QCOMPARE(navigation->item(3)->text(), QStringLiteral("Users"));
    QCOMPARE(navigation->item(4)->text(), QStringLiteral("Bills"));
    QCOMPARE(navigation->item(5)->text(), QStringLiteral("Reports"));
    QCOMPARE(navigation->item(6)->text(), QStringLiteral("Notifications"));
    QCOMPARE(navigation->item(7)->text(), QStringLiteral("Operations"));
    QCOMPARE(navigation->item(8)->text(), QStringLiteral("My profile"));
    QCOMPARE(navigation->item(9)->text(), QStringLiteral("All accounts"));
    for (int i = 0; i < navigation->count(); ++i)
        QVERIFY(!navigation->item(i)->icon().isNull());
    QCOMPARE(controller->mainWindow()->pageCount(), 10);
    // Home is the first page after sign-in.
    MainWindow* window = controller->mainWindow();
    QCOMPARE(window->currentPage(), window->page(0));
    QCOMPARE(window->currentPage(), controller->page<HomePage>());

    // One page opens another with what to show there.
    window->showPage(2);
    FleetFilter filter;
    filter.status = FleetFilter::Status::BlockedAny;
    filter.profile = SimProfile::TD;
    emit window->page(2)->pageRequested(SimsPage::staticPageId(), SimsPage::filterRequest(filter));
    SimsPage* sims = controller->page<SimsPage>();
    QCOMPARE(window->currentPage(), sims);
    QCOMPARE(sims->filterBar()->filter(), filter);
    QVERIFY(!window->openPage(QStringLiteral("no-such-page")));
    QCOMPARE(window->currentPage(), sims);
}

void TestMainWindow::readOnlyUser_everyPageRefreshedSendsOnlyReads() {
    AppController* controller = startDemo(QStringLiteral("user"), 40);
    waitForFleet(controller, 40);
    MainWindow* window = controller->mainWindow();
    for (int i = 0; i < window->pageCount(); ++i) {
        window->showPage(i);
        QVERIFY2(!window->page(i)->writeAccess().allowed, qPrintable(window->page(i)->pageId()));
        QVERIFY(!window->page(i)->writeAccess().reason.isEmpty());
        window->page(i)->refresh();
    }
    // Let the refreshes reach the emulator before reading what was sent.
    QTest::qWait(1000);
    const auto journal = controller->demoBackend()->journal();
    QVERIFY(journal.size() > 4);
    for (const auto& entry : journal)
        QVERIFY2(ApiMethods::isRead(entry.method), qPrintable(entry.method));
}

void TestMainWindow::languageSwitch_toRussian_retranslatesAndSetsApiLanguage() {
    AppController* controller = startDemo(QStringLiteral("admin"), 100);
    waitForFleet(controller, 100);
    MainWindow* window = controller->mainWindow();
    auto* navigation = window->findChild<QListWidget*>(QStringLiteral("navigation"));
    auto* languageLabel = window->findChild<QLabel*>(QStringLiteral("languageLabel"));
    QCOMPARE(languageLabel->text(), QStringLiteral("English"));
    const QString englishView = window->menuBar()->actions().at(1)->text();

    QAction* russian = nullptr;
    for (QAction* action : window->findChildren<QAction*>())
        if (action->data().toString() == QLatin1String("ru"))
            russian = action;
    QVERIFY(russian);
    russian->trigger();

    QCOMPARE(controller->client()->language(), QStringLiteral("ru"));
    QCOMPARE(m_rig->settings()->language(), QStringLiteral("ru"));
    QVERIFY(russian->isChecked());
    QTRY_COMPARE(navigation->item(1)->text(), QStringLiteral("SIM-карты"));
    QCOMPARE(navigation->item(0)->text(), QStringLiteral("Главная"));
    QTRY_VERIFY(window->menuBar()->actions().at(1)->text() != englishView);
    QCOMPARE(languageLabel->text(), QStringLiteral("Русский"));
    const QString status =
        controller->page<SimsPage>()->model()->index(0, FleetModel::Status).data().toString();
    QVERIFY2(!status.contains(QStringLiteral("Active")) &&
                 !status.contains(QStringLiteral("Blocked")),
             qPrintable(status));

    // The next requests carry lang=ru.
    controller->page<SimsPage>()->refresh();
    waitForFleet(controller, 100);
    const auto journal = controller->demoBackend()->journal();
    QVERIFY(!journal.isEmpty());
    QCOMPARE(journal.first().lang, QStringLiteral("en"));
    QCOMPARE(journal.last().method, QStringLiteral("sim/list"));
    QCOMPARE(journal.last().lang, QStringLiteral("ru"));
}

void TestMainWindow::backendDown_showsInlineErrorWithRetry() {
    AppController* controller = startDemo(QStringLiteral("admin"), 80);
    waitForFleet(controller, 80);
    controller->client()->setRetryPolicy({1, 10, 10});
    controller->demoBackend()->stop();
    SimsPage* page = controller->page<SimsPage>();
    controller->mainWindow()->openPage(SimsPage::staticPageId());
    page->refresh();
    auto* banner = page->findChild<InlineBanner*>();
    QVERIFY(banner);
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 30000);
    // Data is shown, so a connection failure is the offline state (a warning).
    QCOMPARE(banner->kind(), InlineBanner::Kind::Warning);
    QVERIFY(page->repository()->isOffline());
    ApiError network;
    network.kind = ApiError::Kind::Network;
    QVERIFY2(banner->text().contains(network.userMessage()), qPrintable(banner->text()));
    QCOMPARE(page->model()->rowCount(), 80); // what was loaded stays visible
    QVERIFY(!controller->signInDialog()->isVisible());
}

void TestMainWindow::revokedToken_bringsBackSignInDialog() {
    AppController* controller = startDemo(QStringLiteral("admin"), 60);
    waitForFleet(controller, 60);
    controller->client()->setToken(QStringLiteral("revoked-token"));
    controller->page<SimsPage>()->refresh();
    SignInDialog* dialog = controller->signInDialog();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isVisible(), 30000);
    ApiError unauthorized;
    unauthorized.kind = ApiError::Kind::Unauthorized;
    QCOMPARE(dialog->messageText(), unauthorized.userMessage());
    QVERIFY(dialog->token().isEmpty());
    QVERIFY(!dialog->canSubmit());

    // A wrong token keeps the dialog open with the reason.
    dialog->setToken(QStringLiteral("still-wrong"));
    dialog->submit();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 30000);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->messageText(), unauthorized.userMessage());

    dialog->setToken(controller->demoBackend()->tokenFor(DemoBackend::Role::Admin));
    dialog->submit();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isVisible(), 30000);
    waitForFleet(controller, 60);
    QVERIFY(controller->session()->isSignedIn());
}

void TestMainWindow::revokedToken_notNowKeepsTheWindowAndOffersTheDialogAgain() {
    AppController* controller = startDemo(QStringLiteral("admin"), 60);
    waitForFleet(controller, 60);
    QPointer<AccountWorkspace> workspace = controller->workspace();
    QPointer<SimsPage> sims = controller->page<SimsPage>();
    QSignalSpy quit(controller, &AppController::quitRequested);
    controller->client()->setToken(QStringLiteral("revoked-token"));
    sims->refresh();
    SignInDialog* dialog = controller->signInDialog();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isVisible(), 30000);
    QCOMPARE(dialog->purpose(), SignInDialog::Purpose::RenewToken);
    auto* address = dialog->findChild<QLineEdit*>(QStringLiteral("apiUrl"));
    QVERIFY(address && address->isReadOnly()); // a new token for the same account
    QCOMPARE(dialog->apiUrl(), controller->client()->baseUrl());

    // "Not now": nothing quits, the window keeps what it shows, a banner offers the dialog.
    dialog->reject();
    QVERIFY(!dialog->isVisible());
    QCOMPARE(quit.count(), 0);
    QVERIFY(controller->mainWindow()->isVisible());
    QCOMPARE(controller->workspace(), workspace.data());
    QVERIFY(sims);
    QCOMPARE(sims->model()->rowCount(), 60);
    auto* banner =
        controller->mainWindow()->findChild<InlineBanner*>(QStringLiteral("tokenRefused"));
    QVERIFY(banner && banner->isVisible());

    // Later refusals do not pop the dialog up again.
    QSignalSpy refused(controller->client(), &ApiClient::unauthorized);
    sims->refresh();
    QVERIFY(refused.wait(30000));
    QVERIFY(!dialog->isVisible());

    emit banner->actionTriggered();
    QVERIFY(dialog->isVisible());
    dialog->setToken(controller->demoBackend()->tokenFor(DemoBackend::Role::Admin));
    dialog->submit();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isVisible(), 30000);
    QVERIFY(!banner->isVisible());
    QCOMPARE(controller->workspace(), workspace.data());
    QCOMPARE(dialog->purpose(), SignInDialog::Purpose::SignIn);
    QCOMPARE(quit.count(), 0);
}

void TestMainWindow::signOut_clearsFleetAndShowsSignInDialog() {
    AppController* controller = startDemo(QStringLiteral("admin"), 40);
    waitForFleet(controller, 40);
    // The account's workspace and pages go with it.
    QPointer<SimsPage> page = controller->page<SimsPage>();
    QPointer<AccountWorkspace> workspace = controller->workspace();
    emit controller->mainWindow()->signOutRequested();
    QVERIFY(!controller->session()->isSignedIn());
    QVERIFY(!controller->mainWindow()->isVisible());
    QVERIFY(controller->signInDialog()->isVisible());
    QVERIFY(!page);
    QVERIFY(!workspace);
    QVERIFY(!controller->workspace());
    QCOMPARE(controller->mainWindow()->pageCount(), 0);
    QVERIFY(!controller->client()->hasToken());

    controller->signInDialog()->setToken(
        controller->demoBackend()->tokenFor(DemoBackend::Role::User));
    controller->signInDialog()->submit();
    waitForFleet(controller, 40);
    QVERIFY(controller->mainWindow()->sessionStatus()->isReadOnlyBadgeShown());
}

void TestMainWindow::emptyFleet_showsEmptyState() {
    AppController* controller = startDemo(QStringLiteral("admin"), 0);
    QTRY_VERIFY_WITH_TIMEOUT(controller->mainWindow()->isVisible(), 30000);
    SimsPage* page = controller->page<SimsPage>();
    controller->mainWindow()->openPage(SimsPage::staticPageId());
    QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading(), 30000);
    auto* title = page->findChild<QLabel*>(QStringLiteral("emptyTitle"));
    QVERIFY(title);
    QTRY_VERIFY(title->isVisible());
    QCOMPARE(title->text(), QStringLiteral("No SIMs in this account yet"));
    QVERIFY(!page->table()->isVisible());
}

void TestMainWindow::simTable_numbersInFixedPitchFontAndFixedRowHeight() {
    AppController* controller = startDemo(QStringLiteral("admin"), 20);
    waitForFleet(controller, 20);
    SimTableView* table = controller->page<SimsPage>()->table();
    QCOMPARE(table->verticalHeader()->sectionResizeMode(0), QHeaderView::Fixed);
    QVERIFY(MonospaceColumnsDelegate::isMonospaceColumn(FleetModel::Iccid));
    QVERIFY(MonospaceColumnsDelegate::isMonospaceColumn(FleetModel::Number));
    QVERIFY(!MonospaceColumnsDelegate::isMonospaceColumn(FleetModel::Name));
    const QFont mono = MonospaceColumnsDelegate::monospaceFont(table->font());
    QVERIFY2(QFontInfo(mono).fixedPitch(), qPrintable(QFontInfo(mono).family()));
    QCOMPARE(mono.pointSizeF(), table->font().pointSizeF());
}

void TestMainWindow::interactiveSignIn_savesAddressAndOpensWorkspace() {
    EmulatorConfig config;
    config.sims = 30;
    Emulator emulator(config);
    QVERIFY(emulator.listen(0) != 0);

    m_controller = std::make_unique<AppController>(m_rig->settings());
    AppController::StartOptions options; // no --demo: the sign-in dialog
    QVERIFY(m_controller->start(options));
    SignInDialog* dialog = m_controller->signInDialog();
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->apiUrl(), ApiClient::defaultBaseUrl());
    QVERIFY(!m_controller->mainWindow()->isVisible());

    dialog->setApiUrl(emulator.baseUrl());
    dialog->setToken(QStringLiteral("demo-admin"));
    dialog->setRememberToken(false);
    dialog->submit();
    waitForFleet(m_controller.get(), 30);
    QVERIFY(!dialog->isVisible());
    QCOMPARE(m_rig->settings()->apiUrl(), emulator.baseUrl());
    QCOMPARE(m_rig->settings()->rememberToken(), false);
    m_controller.reset();
}

void TestMainWindow::revokedToken_storedTokenKeptUntilANewOneWorks() {
    EmulatorConfig config;
    config.sims = 20;
    Emulator emulator(config);
    QVERIFY(emulator.listen(0) != 0);
    const QString key = TokenStore::accountKey(emulator.baseUrl().toString());
    QHash<QString, QString> keychain{{key, QStringLiteral("demo-admin")}};
    TokenStore::useInMemoryKeychain(&keychain);
    m_rig->settings()->setApiUrl(emulator.baseUrl());
    m_rig->settings()->setRememberToken(true);

    m_controller = std::make_unique<AppController>(m_rig->settings());
    QVERIFY(m_controller->start(AppController::StartOptions{}));
    waitForFleet(m_controller.get(), 20);

    // A 401 in the middle of the session: asked for a new token, the stored one stays.
    m_controller->client()->setToken(QStringLiteral("revoked-token"));
    m_controller->page<SimsPage>()->refresh();
    SignInDialog* dialog = m_controller->signInDialog();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isVisible(), 30000);
    QTest::qWait(50); // a removal would have reached the keychain by now
    QCOMPARE(keychain.value(key), QStringLiteral("demo-admin"));

    // A token that does not work replaces nothing.
    dialog->setToken(QStringLiteral("still-wrong"));
    dialog->setRememberToken(true);
    dialog->submit();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 30000);
    QVERIFY(dialog->isVisible());
    QTest::qWait(50);
    QCOMPARE(keychain.value(key), QStringLiteral("demo-admin"));

    // A new token for the same account: the workspace (fleet, journal) stays.
    QPointer<AccountWorkspace> workspace = m_controller->workspace();
    QPointer<SimsPage> page = m_controller->page<SimsPage>();
    QVERIFY(workspace && page);
    QCOMPARE(page->model()->rowCount(), 20);
    dialog->setToken(QStringLiteral("demo-admin"));
    dialog->submit();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isVisible(), 30000);
    QCOMPARE(m_controller->workspace(), workspace.data());
    QCOMPARE(m_controller->page<SimsPage>(), page.data());
    QVERIFY(m_controller->operations()->operations()->isOpen());
    QCOMPARE(page->model()->rowCount(), 20);

    // Another account's token that works replaces the stored one.
    QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading(), 30000); // a refresh now reads again
    m_controller->client()->setToken(QStringLiteral("revoked-again"));
    page->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isVisible(), 30000);
    dialog->setToken(QStringLiteral("demo-user"));
    dialog->submit();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isVisible(), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(keychain.value(key), QStringLiteral("demo-user"), 5000);
    m_controller.reset();
}

void TestMainWindow::storedToken_addressChangedWhileReading_notSent() {
    EmulatorConfig config;
    config.sims = 5;
    Emulator stored(config);
    Emulator other(config);
    QVERIFY(stored.listen(0) != 0 && other.listen(0) != 0);
    QHash<QString, QString> keychain{
        {TokenStore::accountKey(stored.baseUrl().toString()), QStringLiteral("demo-admin")}};
    TokenStore::useInMemoryKeychain(&keychain);
    m_rig->settings()->setApiUrl(stored.baseUrl());

    m_controller = std::make_unique<AppController>(m_rig->settings());
    QVERIFY(m_controller->start(AppController::StartOptions{}));
    // The user edits the address before the keychain has answered.
    SignInDialog* dialog = m_controller->signInDialog();
    dialog->setApiUrl(other.baseUrl());
    QTest::qWait(300);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->token().isEmpty());
    QVERIFY(other.journal().isEmpty());
    QVERIFY(stored.journal().isEmpty());
    m_controller.reset();
}

void TestMainWindow::storedToken_addressChangedInDialog_notSent() {
    EmulatorConfig config;
    config.sims = 5;
    Emulator other(config);
    QVERIFY(other.listen(0) != 0);
    // The stored token's server does not answer: the dialog stays, filled from the keychain.
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const QUrl storedUrl(QStringLiteral("http://127.0.0.1:%1/api").arg(closed.serverPort()));
    closed.close();
    QHash<QString, QString> keychain{
        {TokenStore::accountKey(storedUrl.toString()), QStringLiteral("demo-admin")}};
    TokenStore::useInMemoryKeychain(&keychain);
    m_rig->settings()->setApiUrl(storedUrl);

    m_controller = std::make_unique<AppController>(m_rig->settings());
    QVERIFY(m_controller->start(AppController::StartOptions{}));
    SignInDialog* dialog = m_controller->signInDialog();
    QTRY_COMPARE_WITH_TIMEOUT(dialog->token(), QStringLiteral("demo-admin"), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy() && !dialog->messageText().isEmpty(), 30000);

    dialog->setApiUrl(other.baseUrl());
    dialog->submit();
    QTest::qWait(300);
    QVERIFY(dialog->isVisible());
    QVERIFY(!m_controller->session()->isSignedIn());
    QVERIFY(other.journal().isEmpty());
    QVERIFY(dialog->token().isEmpty());
    QVERIFY2(dialog->messageText().contains(other.baseUrl().toDisplayString()),
             qPrintable(dialog->messageText()));

    // The token typed in for the new address is sent there.
    dialog->setToken(QStringLiteral("demo-admin"));
    dialog->submit();
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->session()->isSignedIn(), 30000);
    m_controller.reset();
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
