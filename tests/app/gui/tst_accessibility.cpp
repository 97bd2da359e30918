// What a screen reader and a keyboard user meet: every control of every page
// and of the main dialogs has an accessible name (its text, a buddy label or
// an accessible name set for it), and Tab goes through each dialog in reading
// order.
#include "app/gui/AppController.h"
#include "models/fleet/FleetModel.h"
#include "tests/support/AccessibilityChecks.h"
#include "tests/support/DemoAppRig.h"
#include "translations/Translations.h"
#include "views/groups/GroupMembershipDialog.h"
#include "views/groups/GroupNameDialog.h"
#include "views/groups/GroupsPage.h"
#include "views/shell/GlossaryDialog.h"
#include "views/shell/KeyboardShortcutsDialog.h"
#include "views/shell/MainWindow.h"
#include "views/shell/PreferencesDialog.h"
#include "views/shell/SignInDialog.h"
#include "views/shell/WorkspacePage.h"
#include "views/sims/ImportSelectionDialog.h"
#include "views/sims/SimsPage.h"
#include "views/users/UserDialog.h"
#include "views/users/UsersPage.h"

#include <QApplication>
#include <QDialog>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace simfleet;

class TestAccessibility final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void everyPage_everyControlNamed_data();
    void everyPage_everyControlNamed();
    void dialogs_controlsNamed_tabInReadingOrder_data();
    void dialogs_controlsNamed_tabInReadingOrder();

private:
    void startDemo(const QString& language);
    MainWindow* window() const { return m_controller->mainWindow(); }

    std::unique_ptr<DemoAppRig> m_rig;
    std::unique_ptr<AppController> m_controller;
};

void TestAccessibility::initTestCase() {
    DemoAppRig::prepareTestCase();
}

void TestAccessibility::init() {
    m_rig = std::make_unique<DemoAppRig>();
    QVERIFY(m_rig->isValid());
}

void TestAccessibility::cleanup() {
    m_controller.reset();
    m_rig.reset();
    Translations::install(QStringLiteral("en"));
}

void TestAccessibility::startDemo(const QString& language) {
    m_controller = std::make_unique<AppController>(m_rig->settings());
    QVERIFY(DemoAppRig::start(m_controller.get(), QStringLiteral("admin"), 10, language));
    QVERIFY(DemoAppRig::waitForFleet(m_controller.get(), 10));
}

void TestAccessibility::everyPage_everyControlNamed_data() {
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("ru") << QStringLiteral("ru");
}

void TestAccessibility::everyPage_everyControlNamed() {
    QFETCH(QString, language);
    startDemo(language);
    QStringList unnamed;
    for (int i = 0; i < window()->pageCount(); ++i) {
        window()->showPage(i);
        QTest::qWait(100); // pages fill their lists when shown
        for (const QString& control : AccessibilityChecks::unnamedControls(window()))
            unnamed.append(window()->page(i)->pageId() + QStringLiteral(": ") + control);
    }
    unnamed.removeDuplicates();
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));
}

void TestAccessibility::dialogs_controlsNamed_tabInReadingOrder_data() {
    QTest::addColumn<QString>("dialog");
    for (const char* name : {"preferences", "signIn", "newUser", "editUser", "newGroup",
                             "addSimsToGroup", "selectFromList", "glossary", "shortcuts"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestAccessibility::dialogs_controlsNamed_tabInReadingOrder() {
    QFETCH(QString, dialog);
    startDemo(QStringLiteral("en"));
    std::unique_ptr<QDialog> owned;
    QDialog* shown = nullptr;
    if (dialog == QLatin1String("preferences")) {
        owned = std::make_unique<PreferencesDialog>(Preferences{}, nullptr);
        shown = owned.get();
    } else if (dialog == QLatin1String("signIn")) {
        owned = std::make_unique<SignInDialog>(nullptr);
        shown = owned.get();
    } else if (dialog == QLatin1String("newUser")) {
        QVERIFY(window()->openPage(UsersPage::staticPageId()));
        shown = m_controller->page<UsersPage>()->openCreateDialog();
    } else if (dialog == QLatin1String("editUser")) {
        QVERIFY(window()->openPage(UsersPage::staticPageId()));
        auto* users = m_controller->page<UsersPage>();
        QTRY_VERIFY(users->table()->model()->rowCount() > 0);
        users->table()->selectRow(0);
        shown = users->openEditDialog();
    } else if (dialog == QLatin1String("newGroup")) {
        QVERIFY(window()->openPage(GroupsPage::staticPageId()));
        shown = m_controller->page<GroupsPage>()->openCreateDialog();
    } else if (dialog == QLatin1String("addSimsToGroup")) {
        QVERIFY(window()->openPage(GroupsPage::staticPageId()));
        auto* groups = m_controller->page<GroupsPage>();
        QTRY_VERIFY(groups->table()->model()->rowCount() > 0);
        groups->table()->selectRow(0);
        const QVector<Sim> sims = m_controller->page<SimsPage>()->model()->allSims().mid(0, 3);
        shown = groups->openMembershipDialog(true, sims);
    } else if (dialog == QLatin1String("selectFromList")) {
        owned = std::make_unique<ImportSelectionDialog>(nullptr);
        shown = owned.get();
    } else if (dialog == QLatin1String("glossary")) {
        owned = std::make_unique<GlossaryDialog>(nullptr);
        shown = owned.get();
    } else {
        owned = std::make_unique<KeyboardShortcutsDialog>(window(), nullptr);
        shown = owned.get();
    }
    QVERIFY(shown);
    shown->show();
    QVERIFY(QTest::qWaitForWindowExposed(shown));
    const QStringList problems = AccessibilityChecks::dialogProblems(shown);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    shown->reject();
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
