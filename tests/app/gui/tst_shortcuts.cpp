// The keyboard map of issue 13, key by key, in the running demo app: each
// shortcut is pressed (QTest key events) and what it should do is checked.
#include "app/gui/AppController.h"
#include "models/groups/GroupTableModel.h"
#include "models/users/UsersModel.h"
#include "tests/support/DemoAppRig.h"
#include "translations/Translations.h"
#include "views/bills/BillsPage.h"
#include "views/groups/GroupNameDialog.h"
#include "views/groups/GroupsPage.h"
#include "views/home/HomePage.h"
#include "views/notifications/NotificationsPage.h"
#include "views/operations/OperationsPage.h"
#include "views/reports/ReportsPage.h"
#include "views/shell/MainWindow.h"
#include "views/shell/PreferencesDialog.h"
#include "views/shell/WorkspacePage.h"
#include "views/sims/SimTableView.h"
#include "views/sims/SimsPage.h"
#include "views/users/UsersPage.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <functional>
#include <memory>

using namespace simfleet;

class TestShortcuts final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void ctrlDigits_showEachPage();
    void f5_refreshesTheShownPage();
    void ctrlJ_showsOperations_ctrlComma_opensPreferences();
    void ctrlF_focusesTheFilterOfEachListPage_escClearsIt();
    void ctrlA_selectsEveryShownSim();
    void del_onUsers_asksBeforeRemoving();
    void del_andF2_onGroups_askAndRename();
    void lastPage_restoredForTheSameUser();
    void windowGeometry_keptPerUser();
    void pageMenu_listsTheShownPagesCommands();

private:
    void startDemo(const QString& role = QStringLiteral("admin"));
    MainWindow* window() const { return m_controller->mainWindow(); }
    QWidget* focused() const;
    // Shows the page and puts the focus in the navigation list, away from it.
    void showPageFromNavigation(const QString& pageId);
    // Presses `key` and runs `inspect` on the modal message box it opens.
    bool withMessageBox(const std::function<void()>& press,
                        const std::function<void(QMessageBox*)>& inspect);

    std::unique_ptr<DemoAppRig> m_rig;
    std::unique_ptr<AppController> m_controller;
};

void TestShortcuts::initTestCase() {
    DemoAppRig::prepareTestCase();
}

void TestShortcuts::init() {
    m_rig = std::make_unique<DemoAppRig>();
    QVERIFY(m_rig->isValid());
}

void TestShortcuts::cleanup() {
    m_controller.reset();
    m_rig.reset();
    Translations::install(QStringLiteral("en"));
}

void TestShortcuts::startDemo(const QString& role) {
    m_controller = std::make_unique<AppController>(m_rig->settings());
    QVERIFY(DemoAppRig::start(m_controller.get(), role, 10));
    QVERIFY(DemoAppRig::waitForFleet(m_controller.get(), 10));
    window()->activateWindow();
    if (!QTest::qWaitForWindowActive(window()))
        qWarning() << "the main window did not become active";
}

QWidget* TestShortcuts::focused() const {
    QWidget* focus = QApplication::focusWidget();
    return focus ? focus : window();
}

void TestShortcuts::showPageFromNavigation(const QString& pageId) {
    QVERIFY(window()->openPage(pageId));
    auto* navigation = window()->findChild<QListWidget*>();
    QVERIFY(navigation);
    navigation->setFocus(Qt::OtherFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), navigation);
}

bool TestShortcuts::withMessageBox(const std::function<void()>& press,
                                   const std::function<void(QMessageBox*)>& inspect) {
    bool seen = false;
    // The box may be modal (exec) or window-modal (open): look for it both ways.
    const auto look = [&] {
        for (QWidget* top : QApplication::topLevelWidgets()) {
            auto* box = qobject_cast<QMessageBox*>(top);
            if (box && box->isVisible()) {
                seen = true;
                inspect(box);
                box->reject();
                return true;
            }
        }
        return false;
    };
    QTimer poll;
    poll.setInterval(20);
    connect(&poll, &QTimer::timeout, this, [&] {
        if (look())
            poll.stop();
    });
    poll.start();
    press();
    return QTest::qWaitFor([&] { return seen; }, 5000);
}

void TestShortcuts::ctrlDigits_showEachPage() {
    startDemo();
    const int pages = qMin(window()->pageCount(), 9);
    QVERIFY(pages >= 8);
    for (int i = pages - 1; i >= 0; --i) {
        QTest::keyClick(focused(), Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
        QCOMPARE(window()->currentPage(), window()->page(i));
    }
}

void TestShortcuts::f5_refreshesTheShownPage() {
    startDemo();
    auto* refresh = window()->findChild<QAction*>(QStringLiteral("refreshAction"));
    QVERIFY(refresh);
    QSignalSpy triggered(refresh, &QAction::triggered);
    showPageFromNavigation(UsersPage::staticPageId());
    auto* users = m_controller->page<UsersPage>();
    QTRY_VERIFY(users->model()->rowCount() > 0);
    QSignalSpy reset(users->model(), &QAbstractItemModel::modelReset);
    QTest::keyClick(focused(), Qt::Key_F5);
    QCOMPARE(triggered.count(), 1);
    // The Users page read the users again.
    QTRY_VERIFY(reset.count() > 0 || users->model()->rowCount() > 0);
}

void TestShortcuts::ctrlJ_showsOperations_ctrlComma_opensPreferences() {
    startDemo();
    showPageFromNavigation(UsersPage::staticPageId());
    QTest::keyClick(focused(), Qt::Key_J, Qt::ControlModifier);
    QCOMPARE(window()->currentPage()->pageId(), OperationsPage::staticPageId());

    QTest::keyClick(focused(), Qt::Key_Comma, Qt::ControlModifier);
    PreferencesDialog* preferences = nullptr;
    QTRY_VERIFY((preferences = window()->findChild<PreferencesDialog*>()) &&
                preferences->isVisible());
    preferences->reject();
}

void TestShortcuts::ctrlF_focusesTheFilterOfEachListPage_escClearsIt() {
    startDemo();
    const QList<QPair<QString, QString>> pages = {
        {UsersPage::staticPageId(), QStringLiteral("usersFilter")},
        {GroupsPage::staticPageId(), QStringLiteral("groupsFilter")},
        {BillsPage::staticPageId(), QStringLiteral("billsFilter")},
        {ReportsPage::staticPageId(), QStringLiteral("reportFilter")},
    };
    // The Reports page filters a report's rows: read one first.
    auto* reports = m_controller->page<ReportsPage>();
    reports->setChartsShown(false);
    QVERIFY(reports->run());
    QTRY_VERIFY_WITH_TIMEOUT(reports->filterEdit()->isEnabled(), 30000);
    for (const auto& [pageId, fieldName] : pages) {
        showPageFromNavigation(pageId);
        auto* field = window()->currentPage()->findChild<QLineEdit*>(fieldName);
        QVERIFY2(field, qPrintable(fieldName));
        QTRY_VERIFY2(field->isEnabled(), qPrintable(fieldName));
        QTest::keyClick(focused(), Qt::Key_F, Qt::ControlModifier);
        QVERIFY2(field->hasFocus(), qPrintable(pageId));
        QTest::keyClicks(field, QStringLiteral("zz"));
        QCOMPARE(field->text(), QStringLiteral("zz"));
        QTest::keyClick(field, Qt::Key_Escape);
        QVERIFY2(field->text().isEmpty(), qPrintable(pageId));
    }
    // The SIMs page's search field, from the navigation list too.
    showPageFromNavigation(SimsPage::staticPageId());
    QTest::keyClick(focused(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(qobject_cast<QLineEdit*>(QApplication::focusWidget()));
    QVERIFY(m_controller->page<SimsPage>()->isAncestorOf(QApplication::focusWidget()));
}

void TestShortcuts::ctrlA_selectsEveryShownSim() {
    startDemo();
    showPageFromNavigation(SimsPage::staticPageId());
    SimTableView* table = m_controller->page<SimsPage>()->findChild<SimTableView*>();
    QVERIFY(table);
    table->setFocus(Qt::OtherFocusReason);
    QTRY_VERIFY(table->hasFocus());
    QTest::keyClick(table, Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(table->selectionModel()->selectedRows().size(), table->model()->rowCount());
    QCOMPARE(table->model()->rowCount(), 10);
}

void TestShortcuts::del_onUsers_asksBeforeRemoving() {
    startDemo();
    showPageFromNavigation(UsersPage::staticPageId());
    auto* users = m_controller->page<UsersPage>();
    QTableView* table = users->table();
    QTRY_VERIFY(table->model()->rowCount() > 1);
    const int before = users->model()->rowCount();
    // A user that may be removed (not the one signed in).
    int row = -1;
    for (int r = 0; r < table->model()->rowCount() && row < 0; ++r) {
        table->selectRow(r);
        if (users->removeAction()->isEnabled())
            row = r;
    }
    QVERIFY(row >= 0);
    table->setFocus(Qt::OtherFocusReason);
    QTRY_VERIFY(table->hasFocus());
    QString question;
    QVERIFY(withMessageBox([&] { QTest::keyClick(table, Qt::Key_Delete); },
                           [&](QMessageBox* box) { question = box->text(); }));
    QVERIFY2(question.startsWith(QStringLiteral("Remove ")), qPrintable(question));
    // Cancelled: nobody removed.
    QTest::qWait(50);
    QCOMPARE(users->model()->rowCount(), before);
}

void TestShortcuts::del_andF2_onGroups_askAndRename() {
    startDemo();
    showPageFromNavigation(GroupsPage::staticPageId());
    auto* groups = m_controller->page<GroupsPage>();
    QTableView* table = groups->table();
    QTRY_VERIFY(table->model()->rowCount() > 0);
    const int before = groups->model()->rowCount();
    table->selectRow(0);
    table->setFocus(Qt::OtherFocusReason);
    QTRY_VERIFY(table->hasFocus());
    QString question;
    QVERIFY(withMessageBox([&] { QTest::keyClick(table, Qt::Key_Delete); },
                           [&](QMessageBox* box) { question = box->text(); }));
    QVERIFY2(question.startsWith(QStringLiteral("Delete the group")), qPrintable(question));
    QTest::qWait(50);
    QCOMPARE(groups->model()->rowCount(), before);

    table->selectRow(0);
    // The closed box gives the activation back (the offscreen platform needs asking).
    window()->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window()));
    table->setFocus(Qt::OtherFocusReason);
    QTRY_VERIFY(table->hasFocus());
    QVERIFY2(groups->findChild<QPushButton*>(QStringLiteral("renameGroup"))->isEnabled(),
             qPrintable(groups->findChild<QPushButton*>(QStringLiteral("renameGroup"))->toolTip()));
    QTest::keyClick(table, Qt::Key_F2);
    GroupNameDialog* rename = nullptr;
    QTRY_VERIFY((rename = groups->findChild<GroupNameDialog*>()) && rename->isVisible());
    rename->reject();
}

void TestShortcuts::lastPage_restoredForTheSameUser() {
    startDemo();
    // Home first, when nothing was kept.
    QCOMPARE(window()->currentPage(), window()->page(0));
    QVERIFY(window()->openPage(GroupsPage::staticPageId()));
    m_controller.reset();

    startDemo();
    QCOMPARE(window()->currentPage()->pageId(), GroupsPage::staticPageId());
}

void TestShortcuts::windowGeometry_keptPerUser() {
    const auto leave = [this](const QString& role, const QRect& geometry) {
        startDemo(role);
        window()->setGeometry(geometry);
        QTRY_COMPARE(window()->geometry().size(), geometry.size());
        m_controller.reset();
    };
    const QRect admin(20, 30, 1300, 700);
    const QRect user(60, 80, 1200, 640);
    leave(QStringLiteral("admin"), admin);
    leave(QStringLiteral("user"), user);

    startDemo(QStringLiteral("admin"));
    QCOMPARE(window()->geometry().size(), admin.size());
    m_controller.reset();
    startDemo(QStringLiteral("user"));
    QCOMPARE(window()->geometry().size(), user.size());
}

// Every command of a page's toolbar is also in the menu bar: a menu named
// after the page shown, filled when it opens.
void TestShortcuts::pageMenu_listsTheShownPagesCommands() {
    startDemo();
    QMenu* menu = window()->pageMenu();
    QVERIFY(menu);
    QVERIFY(window()->openPage(HomePage::staticPageId()));
    QVERIFY(!menu->menuAction()->isVisible());
    for (const QString& pageId :
         {UsersPage::staticPageId(), GroupsPage::staticPageId(), BillsPage::staticPageId(),
          ReportsPage::staticPageId(), NotificationsPage::staticPageId()}) {
        QVERIFY(window()->openPage(pageId));
        emit menu->aboutToShow();
        QVERIFY2(menu->menuAction()->isVisible(), qPrintable(pageId));
        QCOMPARE(menu->title(), window()->currentPage()->navigationTitle());
        int commands = 0;
        for (const QAction* action : menu->actions())
            commands += action->isSeparator() ? 0 : 1;
        QVERIFY2(commands >= 3, qPrintable(pageId));
    }

    // Groups: the entries follow their buttons and do what they do.
    QVERIFY(window()->openPage(GroupsPage::staticPageId()));
    auto* groups = m_controller->page<GroupsPage>();
    QTRY_VERIFY(groups->table()->model()->rowCount() > 0);
    groups->table()->clearSelection();
    const auto entry = [menu](const QString& text) -> QAction* {
        emit menu->aboutToShow();
        for (QAction* action : menu->actions()) {
            if (action->text() == text)
                return action;
        }
        return nullptr;
    };
    auto* rename = groups->findChild<QPushButton*>(QStringLiteral("renameGroup"));
    QVERIFY(!rename->isEnabled());
    QVERIFY(entry(rename->text()) && !entry(rename->text())->isEnabled());
    groups->table()->selectRow(0);
    QVERIFY(rename->isEnabled());
    QAction* renameEntry = entry(rename->text());
    QVERIFY(renameEntry && renameEntry->isEnabled());
    renameEntry->trigger();
    GroupNameDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = groups->findChild<GroupNameDialog*>()) && dialog->isVisible());
    dialog->reject();
    // The drop-down buttons have their menus in the page menu too.
    auto* addSimsButton = groups->findChild<QToolButton*>(QStringLiteral("addSimsToGroup"));
    QVERIFY(addSimsButton);
    QAction* addSims = entry(addSimsButton->text());
    QVERIFY(addSims && addSims->menu());
}

QTEST_MAIN(TestShortcuts)
#include "tst_shortcuts.moc"
