// Account notifications end to end in the demo: the emulator's test hook
// (POST /emulator/notify) posts each kind to the demo's listener; the rows
// appear on the Notifications page and the Home card, bill files are saved
// into the bills folder, unpaid_bill_6 shows the window's banner until it is
// dismissed (and stays dismissed), a desktop notification is given while the
// window is not active, and the Demo menu sends them too.

#include "app/demo/DemoBackend.h"
#include "app/gui/AppController.h"
#include "app/gui/NotificationsController.h"
#include "app/gui/OperationsController.h"
#include "models/notifications/NotificationsModel.h"
#include "models/workspace/AccountWorkspace.h"
#include "tests/support/DemoAppRig.h"
#include "views/bills/BillsPage.h"
#include "views/common/EmptyState.h"
#include "views/common/InlineBanner.h"
#include "views/home/HomeCard.h"
#include "views/home/HomePage.h"
#include "views/home/NotificationsCard.h"
#include "views/notifications/NotificationsPage.h"
#include "views/shell/DesktopNotifier.h"
#include "views/shell/MainWindow.h"
#include "views/sims/SimsPage.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>

#include <algorithm>
#include <memory>

using namespace simfleet;

class TestNotificationsGui final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { DemoAppRig::prepareTestCase(); }
    void init();
    void cleanup();
    void emulatorHook_deliversEachKindToPageHomeCardAndBillsFolder();
    void unpaidBill6_bannerUntilDismissedAndStaysDismissed();
    void inactiveWindow_desktopNotificationIsGiven();
    void demoMenu_sendsANotification();

private:
    bool startDemo();
    // POSTs the emulator's test hook (as the admin unless `role` says
    // otherwise); returns the HTTP status.
    int hook(const QString& kind, DemoBackend::Role role = DemoBackend::Role::Admin);
    NotificationsModel* model() const { return m_controller->workspace()->notifications(); }
    bool sendAndWait(const QString& kind);

    std::unique_ptr<DemoAppRig> m_rig;
    std::unique_ptr<AppController> m_controller;
    QNetworkAccessManager m_network;
};

void TestNotificationsGui::init() {
    m_rig = std::make_unique<DemoAppRig>();
    QVERIFY(m_rig->isValid());
    m_controller = std::make_unique<AppController>(m_rig->settings());
}

void TestNotificationsGui::cleanup() {
    m_controller.reset();
    m_rig.reset();
}

bool TestNotificationsGui::startDemo() {
    if (!DemoAppRig::start(m_controller.get(), QStringLiteral("admin"), 60) ||
        !DemoAppRig::waitForFleet(m_controller.get(), 60, 30000))
        return false;
    // The files go to a folder of the test's own, as chosen on the Bills page.
    m_controller->page<BillsPage>()->setDownloadFolder(m_rig->filePath(QStringLiteral("bills")));
    return true;
}

int TestNotificationsGui::hook(const QString& kind, DemoBackend::Role role) {
    QUrl url = m_controller->demoBackend()->baseUrl();
    url.setPath(QStringLiteral("/emulator/notify"));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Authorization",
                         "Bearer " + m_controller->demoBackend()->tokenFor(role).toUtf8());
    const QJsonObject body{
        {QStringLiteral("type"), kind},
        {QStringLiteral("url"), m_controller->operations()->localNotificationUrl().toString()}};
    QNetworkReply* reply = m_network.post(request, QJsonDocument(body).toJson());
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!finished.wait(10000))
        return -1;
    reply->deleteLater();
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

bool TestNotificationsGui::sendAndWait(const QString& kind) {
    const int before = model()->rowCount();
    if (hook(kind) != 202)
        return false;
    return QTest::qWaitFor([&] { return model()->rowCount() == before + 1; }, 20000) &&
           model()->rowAt(0).typeRaw == kind;
}

void TestNotificationsGui::emulatorHook_deliversEachKindToPageHomeCardAndBillsFolder() {
    QVERIFY(startDemo());
    QVERIFY(!m_controller->operations()->localNotificationUrl().isEmpty());
    auto* page = m_controller->page<NotificationsPage>();
    QVERIFY(page);
    HomePage* home = m_controller->page<HomePage>();
    NotificationsCard* card = home->notificationsCard();
    QVERIFY(!card->card()->isShowingContent());
    QVERIFY(page->emptyState()->isVisibleTo(page));

    // Unknown kinds are refused by the hook, and so is anyone but the admin.
    QCOMPARE(hook(QStringLiteral("no_such_kind")), 400);
    QCOMPARE(hook(QStringLiteral("msu_lock"), DemoBackend::Role::User), 401);

    const QStringList kinds = {QStringLiteral("msu_lock"),      QStringLiteral("package_empty"),
                               QStringLiteral("generate_bill"), QStringLiteral("unpaid_bill_3"),
                               QStringLiteral("unpaid_bill_5"), QStringLiteral("unpaid_bill_6")};
    for (const QString& kind : kinds)
        QVERIFY2(sendAndWait(kind), qPrintable(kind));
    QCOMPARE(model()->rowCount(), 6);
    QVERIFY(!page->emptyState()->isVisibleTo(page));
    QCOMPARE(page->table()->model()->rowCount(), 6);
    // The navigation says how many are unread, whichever page is open.
    QCOMPARE(page->navigationTitle(), QStringLiteral("Notifications (6)"));

    // The Home card lists the newest five.
    QVERIFY(card->card()->isShowingContent());
    QCOMPARE(card->table()->model()->rowCount(), NotificationsCard::kShown);
    QCOMPARE(card->table()->model()->index(0, NotificationsModel::Kind).data().toString(),
             QStringLiteral("Unpaid bill: all SIMs blocked"));

    // SIM kinds carry SIMs of the fleet; bill kinds a bill and its invoice,
    // saved into the Bills page's folder.
    const Notice& msu = model()->rowAt(5);
    QCOMPARE(msu.type, AccountNotification::Type::MsuLock);
    QVERIFY(!msu.sims.isEmpty());
    QVERIFY(!model()->rowAt(4).sims.isEmpty());
    const QDir bills(m_rig->filePath(QStringLiteral("bills")));
    for (int row = 0; row < 4; ++row) {
        const Notice& notice = model()->rowAt(row);
        QVERIFY(!notice.bills.isEmpty());
        QCOMPARE(notice.savedPaths().size(), 1);
        const QString path = notice.savedPaths().constFirst();
        QCOMPARE(QFileInfo(path).absolutePath(), bills.absolutePath());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5).startsWith("%PDF"));
    }
    // Four invoices of (mostly) the same bill: none replaced another.
    QCOMPARE(bills.entryList(QDir::Files).size(), 4);

    // Show SIMs selects the notification's SIMs on the SIMs page.
    m_controller->mainWindow()->openPage(NotificationsPage::staticPageId(),
                                         NotificationsPage::noticeRequest(msu.id));
    QCOMPARE(page->currentNoticeId(), msu.id);
    QVERIFY(model()->notice(msu.id)->read);
    QVERIFY(page->showSimsAction()->isEnabled());
    QVERIFY(!page->openBillAction()->isEnabled());
    QVector<qint64> expected;
    for (const Notice::SimRef& sim : model()->notice(msu.id)->sims)
        expected.append(sim.id);
    page->showSimsAction()->trigger();
    auto* sims = m_controller->page<SimsPage>();
    QCOMPARE(m_controller->mainWindow()->currentPage(), sims);
    QVector<qint64> selected = sims->selectedSimIds();
    std::sort(selected.begin(), selected.end());
    std::sort(expected.begin(), expected.end());
    QCOMPARE(selected, expected);

    // Open bill shows the bill on the Bills page.
    m_controller->mainWindow()->openPage(NotificationsPage::staticPageId(),
                                         NotificationsPage::noticeRequest(model()->rowAt(1).id));
    QVERIFY(page->openBillAction()->isEnabled());
    QVERIFY(page->openFileAction()->isEnabled());
    page->openBillAction()->trigger();
    auto* billsPage = m_controller->page<BillsPage>();
    QCOMPARE(m_controller->mainWindow()->currentPage(), billsPage);
    QTRY_COMPARE(billsPage->selectedBillId(), model()->rowAt(1).bills.first().id);

    // Mark all read, then Clear (after the question).
    page->markAllReadAction()->trigger();
    QCOMPARE(model()->unreadCount(), 0);
    QVERIFY(!page->markAllReadAction()->isEnabled());
    QCOMPARE(page->navigationTitle(), QStringLiteral("Notifications"));
}

void TestNotificationsGui::unpaidBill6_bannerUntilDismissedAndStaysDismissed() {
    QVERIFY(startDemo());
    MainWindow* window = m_controller->mainWindow();
    InlineBanner* banner = m_controller->notifications()->blockedBanner();
    QVERIFY(!banner->isVisibleTo(window));
    QVERIFY(sendAndWait(QStringLiteral("unpaid_bill_6")));
    QTRY_VERIFY(banner->isVisibleTo(window));
    QCOMPARE(banner->kind(), InlineBanner::Kind::Error);
    QVERIFY(banner->title().contains(QStringLiteral("All SIMs are blocked")));
    QVERIFY(banner->text().contains(QStringLiteral("Pay the bill")));
    // On every page.
    for (int i = 0; i < window->pageCount(); ++i) {
        window->showPage(i);
        QVERIFY(banner->isVisibleTo(window));
    }
    const qint64 id = model()->rowAt(0).id;

    // Closed by the user: remembered with the notification.
    auto* close = banner->findChildren<QToolButton*>().value(0);
    QVERIFY(close);
    QTest::mouseClick(close, Qt::LeftButton);
    QVERIFY(!banner->isVisibleTo(window));
    QVERIFY(model()->notice(id)->dismissed);
    // Other notifications do not bring it back...
    QVERIFY(sendAndWait(QStringLiteral("generate_bill")));
    QVERIFY(!banner->isVisibleTo(window));
    // ... nor does reading the stored list again (a restart).
    NotificationsModel reread;
    reread.open(model()->storePath());
    QVERIFY(!model()->storePath().isEmpty());
    QCOMPARE(reread.rowCount(), 2);
    QVERIFY(reread.notice(id)->dismissed);
    QVERIFY(!reread.blockingNotice());
    m_controller->notifications()->detach();
    m_controller->notifications()->attach(m_controller->workspace());
    QVERIFY(!banner->isVisibleTo(window));
    // A new unpaid_bill_6 shows it again.
    QVERIFY(sendAndWait(QStringLiteral("unpaid_bill_6")));
    QTRY_VERIFY(banner->isVisibleTo(window));
}

void TestNotificationsGui::inactiveWindow_desktopNotificationIsGiven() {
    QVERIFY(startDemo());
    DesktopNotifier* notifier = m_controller->notifications()->notifier();
    const int before = notifier->notificationCount();
    m_controller->mainWindow()->hide();
    QVERIFY(sendAndWait(QStringLiteral("package_empty")));
    QCOMPARE(notifier->notificationCount(), before + 1);
    QCOMPARE(notifier->lastTitle(), QStringLiteral("Data package used up"));
    QVERIFY2(notifier->lastText().contains(QStringLiteral("out of data")),
             qPrintable(notifier->lastText()));

    // Jobs and notifications share one tray icon; a click opens the page of
    // what the latest message was about.
    QCOMPARE(notifier, m_controller->operations()->notifier());
    MainWindow* window = m_controller->mainWindow();
    window->openPage(HomePage::staticPageId());
    emit notifier->activated(notifier->lastTopic());
    QCOMPARE(window->currentPage(), m_controller->page<NotificationsPage>());
    window->openPage(HomePage::staticPageId());
    emit notifier->activated(QStringLiteral("job"));
    QVERIFY(window->currentPage() != m_controller->page<NotificationsPage>());
}

void TestNotificationsGui::demoMenu_sendsANotification() {
    QVERIFY(startDemo());
    QMenu* menu = m_controller->notifications()->demoMenu();
    QVERIFY(menu);
    QVERIFY(m_controller->mainWindow()->menuBar()->actions().contains(menu->menuAction()));
    auto* action = menu->findChild<QAction*>(QStringLiteral("demoNotify_generate_bill"));
    QVERIFY(action);
    action->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), 1, 20000);
    QCOMPARE(model()->rowAt(0).type, AccountNotification::Type::GenerateBill);
}

QTEST_MAIN(TestNotificationsGui)
#include "tst_notifications_gui.moc"
