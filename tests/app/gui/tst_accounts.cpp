// Several saved accounts: switching between two emulators keeps their data
// apart, a token that no longer works leaves the open account open, removing
// and signing out forget the right keychain entries, demo mode saves nothing.
#include "api/ApiClient.h"
#include "api/Session.h"
#include "app/core/Settings.h"
#include "app/core/TokenStore.h"
#include "app/gui/AccountSwitcher.h"
#include "app/gui/AppController.h"
#include "emulator/Emulator.h"
#include "models/fleet/FleetModel.h"
#include "models/workspace/AccountWorkspace.h"
#include "tests/support/DemoAppRig.h"
#include "views/shell/AccountMenu.h"
#include "views/shell/MainWindow.h"
#include "views/shell/SignInDialog.h"
#include "views/sims/SimsPage.h"

#include <QAction>
#include <QApplication>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace simfleet;

using novaemu::Emulator;
using novaemu::EmulatorConfig;

class TestAccounts final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void savedAccounts_keptInSettingsInOrder();
    void addAndSwitch_twoEmulators_keepDataApart();
    void switchWithATokenThatNoLongerWorks_keepsTheOpenAccount();
    void removeAndSignOut_forgetTheirKeychainEntries();
    void demo_savesNoAccounts();

private:
    std::unique_ptr<Emulator> startEmulator(int sims);
    // Signs in to `emulator` through the sign-in dialog, token remembered.
    void signInInteractively(const Emulator& emulator, int sims);
    void waitForAccount(const Emulator& emulator, int sims);
    QAction* menuAction(const QString& key) const;
    // Adds `emulator` through Account → Add account….
    void addAccount(const Emulator& emulator, int sims);

    std::unique_ptr<DemoAppRig> m_rig;
    QHash<QString, QString> m_keychain;
    std::unique_ptr<AppController> m_controller;
};

void TestAccounts::initTestCase() {
    DemoAppRig::prepareTestCase();
}

void TestAccounts::init() {
    m_rig = std::make_unique<DemoAppRig>();
    QVERIFY(m_rig->isValid());
    m_keychain.clear();
    TokenStore::useInMemoryKeychain(&m_keychain);
}

void TestAccounts::cleanup() {
    m_controller.reset();
    TokenStore::useInMemoryKeychain(nullptr);
    m_rig.reset();
}

std::unique_ptr<Emulator> TestAccounts::startEmulator(int sims) {
    EmulatorConfig config;
    config.sims = sims;
    auto emulator = std::make_unique<Emulator>(config);
    if (emulator->listen(0) == 0)
        return nullptr;
    return emulator;
}

void TestAccounts::waitForAccount(const Emulator& emulator, int sims) {
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->workspace() &&
                                 m_controller->client()->baseUrl() == emulator.baseUrl() &&
                                 m_controller->session()->isSignedIn(),
                             30000);
    QVERIFY(DemoAppRig::waitForFleet(m_controller.get(), sims));
}

void TestAccounts::signInInteractively(const Emulator& emulator, int sims) {
    m_controller = std::make_unique<AppController>(m_rig->settings());
    QVERIFY(m_controller->start(AppController::StartOptions{}));
    SignInDialog* dialog = m_controller->signInDialog();
    dialog->setApiUrl(emulator.baseUrl());
    dialog->setToken(QStringLiteral("demo-admin"));
    dialog->setRememberToken(true);
    dialog->submit();
    waitForAccount(emulator, sims);
}

QAction* TestAccounts::menuAction(const QString& key) const {
    for (QAction* action : m_controller->mainWindow()->accountMenu()->accountActions()) {
        if (action->data().toString() == key)
            return action;
    }
    return nullptr;
}

void TestAccounts::addAccount(const Emulator& emulator, int sims) {
    m_controller->mainWindow()->accountMenu()->addAccountAction()->trigger();
    SignInDialog* dialog = m_controller->accounts()->dialog();
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->purpose(), SignInDialog::Purpose::AddAccount);
    dialog->setApiUrl(emulator.baseUrl());
    dialog->setToken(QStringLiteral("demo-admin"));
    dialog->setRememberToken(true);
    dialog->submit();
    waitForAccount(emulator, sims);
    QVERIFY(!dialog->isVisible());
}

void TestAccounts::savedAccounts_keptInSettingsInOrder() {
    Settings* settings = m_rig->settings();
    QVERIFY(settings->savedAccounts().isEmpty());
    QVector<SavedAccount> accounts;
    SavedAccounts::remember(
        accounts,
        {QUrl(QStringLiteral("https://a.example/api")), 7, "A", ProviderKind::NovaConnect, {}});
    SavedAccounts::remember(
        accounts,
        {QUrl(QStringLiteral("https://b.example/api")), 7, "B", ProviderKind::NovaConnect, {}});
    // The same account again keeps its place and the name it was given.
    QCOMPARE(SavedAccounts::remember(accounts, {QUrl(QStringLiteral("https://a.example/api")),
                                                7,
                                                "A2",
                                                ProviderKind::NovaConnect,
                                                {}}),
             QStringLiteral("A"));
    QCOMPARE(accounts.size(), 2);
    QVERIFY(SavedAccounts::rename(accounts, accounts.at(1).key(), QStringLiteral("  Bee ")));
    QVERIFY(!SavedAccounts::rename(accounts, accounts.at(1).key(), QStringLiteral("   ")));
    settings->setSavedAccounts(accounts);
    const QVector<SavedAccount> read = settings->savedAccounts();
    QCOMPARE(read.size(), 2);
    QCOMPARE(read.at(0).name, QStringLiteral("A"));
    QCOMPARE(read.at(1).name, QStringLiteral("Bee"));
    QCOMPARE(read.at(1).apiUrl, QUrl(QStringLiteral("https://b.example/api")));
    QCOMPARE(read.at(1).userId, 7);
    QVERIFY(SavedAccounts::remove(accounts, read.at(0).key()));
    settings->setSavedAccounts(accounts);
    QCOMPARE(settings->savedAccounts().size(), 1);
    // Per-account keychain entries are apart from the address's own.
    QVERIFY(TokenStore::accountKey(QStringLiteral("https://a.example/api"), 7) !=
            TokenStore::accountKey(QStringLiteral("https://a.example/api")));
    QCOMPARE(TokenStore::accountKey(QStringLiteral("https://a.example/api"), 0),
             TokenStore::accountKey(QStringLiteral("https://a.example/api")));
}

void TestAccounts::addAndSwitch_twoEmulators_keepDataApart() {
    std::unique_ptr<Emulator> first = startEmulator(30);
    std::unique_ptr<Emulator> second = startEmulator(45);
    QVERIFY(first && second);
    signInInteractively(*first, 30);
    const QString firstKey = m_controller->workspace()->accountKey();
    QPointer<AccountWorkspace> firstWorkspace = m_controller->workspace();

    addAccount(*second, 45);
    const QString secondKey = m_controller->workspace()->accountKey();
    QVERIFY(firstKey != secondKey);
    QVERIFY(!firstWorkspace); // the first account's workspace was closed
    QCOMPARE(m_controller->page<SimsPage>()->model()->rowCount(), 45);
    // Both saved, the open one checked, each token kept for its account.
    QCOMPARE(m_rig->settings()->savedAccounts().size(), 2);
    QVERIFY(menuAction(secondKey)->isChecked());
    QVERIFY(!menuAction(firstKey)->isChecked());
    QCOMPARE(menuAction(firstKey)->toolTip(),
             QStringLiteral("NovaConnect · ") + first->baseUrl().toDisplayString());
    const qint64 userId = m_controller->session()->user().id;
    QCOMPARE(m_keychain.value(TokenStore::accountKey(first->baseUrl().toString(), userId)),
             QStringLiteral("demo-admin"));
    QCOMPARE(m_keychain.value(TokenStore::accountKey(second->baseUrl().toString(), userId)),
             QStringLiteral("demo-admin"));

    // Back to the first: its own fleet, not the second's.
    menuAction(firstKey)->trigger();
    waitForAccount(*first, 30);
    QCOMPARE(m_controller->workspace()->accountKey(), firstKey);
    QVERIFY(menuAction(firstKey)->isChecked());
    QCOMPARE(m_rig->settings()->apiUrl(), first->baseUrl());

    // Renaming shows in the menu and is kept.
    QTimer::singleShot(0, this, [] {
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            if (auto* input = qobject_cast<QInputDialog*>(widget)) {
                input->setTextValue(QStringLiteral("Warehouse sensors"));
                input->accept();
            }
        }
    });
    m_controller->mainWindow()->accountMenu()->renameAccountAction()->trigger();
    QCOMPARE(menuAction(firstKey)->text(), QStringLiteral("Warehouse sensors"));
    QCOMPARE(m_rig->settings()->savedAccounts().at(0).name, QStringLiteral("Warehouse sensors"));
}

void TestAccounts::switchWithATokenThatNoLongerWorks_keepsTheOpenAccount() {
    std::unique_ptr<Emulator> first = startEmulator(20);
    std::unique_ptr<Emulator> second = startEmulator(25);
    QVERIFY(first && second);
    signInInteractively(*first, 20);
    const QString firstKey = m_controller->workspace()->accountKey();
    addAccount(*second, 25);
    const qint64 userId = m_controller->session()->user().id;
    m_keychain.insert(TokenStore::accountKey(first->baseUrl().toString(), userId),
                      QStringLiteral("revoked"));

    QPointer<AccountWorkspace> open = m_controller->workspace();
    menuAction(firstKey)->trigger();
    SignInDialog* dialog = m_controller->accounts()->dialog();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isVisible() && !dialog->isBusy(), 30000);
    QVERIFY2(dialog->messageText().contains(QLatin1String("no longer works")),
             qPrintable(dialog->messageText()));
    QCOMPARE(dialog->apiUrl(), first->baseUrl());
    // The second account is still open, with its fleet.
    QVERIFY(open);
    QCOMPARE(m_controller->workspace(), open.data());
    QCOMPARE(m_controller->page<SimsPage>()->model()->rowCount(), 25);

    // Cancel leaves it so; a working token opens the first account.
    dialog->setToken(QStringLiteral("demo-admin"));
    dialog->submit();
    waitForAccount(*first, 20);
    QCOMPARE(m_keychain.value(TokenStore::accountKey(first->baseUrl().toString(), userId)),
             QStringLiteral("demo-admin"));
}

void TestAccounts::removeAndSignOut_forgetTheirKeychainEntries() {
    std::unique_ptr<Emulator> first = startEmulator(10);
    std::unique_ptr<Emulator> second = startEmulator(12);
    QVERIFY(first && second);
    signInInteractively(*first, 10);
    const QString firstKey = m_controller->workspace()->accountKey();
    addAccount(*second, 12);
    const qint64 userId = m_controller->session()->user().id;
    const QString firstEntry = TokenStore::accountKey(first->baseUrl().toString(), userId);
    QVERIFY(m_keychain.contains(firstEntry));

    // The open account is not offered for removal.
    AccountMenu* menu = m_controller->mainWindow()->accountMenu();
    QCOMPARE(menu->removeAccountMenu()->actions().size(), 1);
    QTimer::singleShot(0, this, [] {
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            if (widget->objectName() == QLatin1String("confirmRemoveAccount")) {
                auto* box = qobject_cast<QMessageBox*>(widget);
                for (QAbstractButton* button : box->buttons()) {
                    if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                        button->click();
                }
            }
        }
    });
    menu->removeAccountMenu()->actions().at(0)->trigger();
    QTRY_VERIFY(!m_keychain.contains(firstEntry));
    QCOMPARE(m_rig->settings()->savedAccounts().size(), 1);
    QVERIFY(!menuAction(firstKey));

    // Sign out forgets the open account's tokens; the account stays listed.
    const QString secondEntry = TokenStore::accountKey(second->baseUrl().toString(), userId);
    QVERIFY(m_keychain.contains(secondEntry));
    emit m_controller->mainWindow()->signOutRequested();
    QTRY_VERIFY(!m_keychain.contains(secondEntry));
    QVERIFY(!m_keychain.contains(TokenStore::accountKey(second->baseUrl().toString())));
    QCOMPARE(m_rig->settings()->savedAccounts().size(), 1);
    QVERIFY(menu->accountActions().size() == 1 && !menu->accountActions().at(0)->isChecked());
}

void TestAccounts::demo_savesNoAccounts() {
    m_controller = std::make_unique<AppController>(m_rig->settings());
    QVERIFY(DemoAppRig::start(m_controller.get(), QStringLiteral("admin"), 15));
    QVERIFY(DemoAppRig::waitForFleet(m_controller.get(), 15));
    AccountMenu* menu = m_controller->mainWindow()->accountMenu();
    QCOMPARE(menu->accountActions().size(), 1);
    QVERIFY(menu->accountActions().at(0)->isChecked());
    QVERIFY(!menu->addAccountAction()->isEnabled());
    QVERIFY(menu->addAccountAction()->toolTip().contains(QLatin1String("demo")));
    QVERIFY(m_rig->settings()->savedAccounts().isEmpty());
    QVERIFY(m_keychain.isEmpty());
}

QTEST_MAIN(TestAccounts)
#include "tst_accounts.moc"
