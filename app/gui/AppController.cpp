#include "app/gui/AppController.h"

#include "api/ApiClient.h"
#include "api/Session.h"
#include "app/core/AccountFiles.h"
#include "app/core/Settings.h"
#include "app/demo/DemoBackend.h"
#include "app/gui/AccountSwitcher.h"
#include "app/gui/NotificationsController.h"
#include "app/gui/OperationsController.h"
#include "app/gui/SignInFlow.h"
#include "app/gui/WorkspacePages.h"
#include "models/fleet/FleetRepository.h"
#include "models/workspace/AccountWorkspace.h"
#include "translations/Translations.h"
#include "views/common/Theme.h"
#include "views/shell/AccountMenu.h"
#include "views/shell/MainWindow.h"
#include "views/shell/PreferencesDialog.h"
#include "views/shell/WorkspacePage.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QStandardPaths>

namespace simfleet {

Q_LOGGING_CATEGORY(lcApp, "simfleet.app")

AppController::AppController(Settings* settings, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_client(std::make_unique<ApiClient>())
    , m_session(std::make_unique<Session>(m_client.get()))
    , m_window(std::make_unique<MainWindow>(m_session.get())) {
    m_operations = new OperationsController(m_session.get(), m_window.get(), m_settings, this);
    m_notifications = new NotificationsController(m_operations, m_window.get(), this);
    m_signIn = new SignInFlow(m_client.get(), m_session.get(), m_settings, m_window.get(), this);
    m_accounts = new AccountSwitcher(m_settings, m_client.get(), m_window->accountMenu(),
                                     m_window.get(), this);
    applySettings();
    connectAccountMenu();
    connect(m_signIn, &SignInFlow::signedIn, this, &AppController::onSignedIn);
    connect(m_signIn, &SignInFlow::quitRequested, this, &AppController::quitRequested);

    connect(m_window.get(), &MainWindow::signOutRequested, this, [this] {
        if (m_operations->confirmSignOut())
            signOut();
    });
    connect(m_window.get(), &MainWindow::quitRequested, this, &AppController::quitRequested);
    connect(m_window.get(), &MainWindow::languageRequested, this,
            [this](const QString& code) { setLanguage(code); });
    connect(m_window.get(), &MainWindow::closing, this, &AppController::saveWindowState);
    connect(m_window.get(), &MainWindow::preferencesRequested, this,
            &AppController::showPreferences);
}

AppController::~AppController() {
    saveWindowState();
    // The pages first (the Operations page shows the job models), then the
    // listener and the workspace, all before the client and the demo backend.
    m_operations->detach();
    m_notifications->detach();
    delete m_notifications;
    m_notifications = nullptr;
    m_window.reset();
    delete m_operations;
    m_operations = nullptr;
    delete m_signIn;
    m_signIn = nullptr;
    m_workspace.reset();
    // Stop the pages' requests before the client goes.
    m_client->cancelAll();
}

SignInDialog* AppController::signInDialog() const {
    return m_signIn->dialog();
}

PreferencesDialog* AppController::preferencesDialog() const {
    return m_preferencesDialog;
}

QObject* AppController::pageOfType(const QMetaObject& type) const {
    for (int i = 0; m_window && i < m_window->pageCount(); ++i) {
        if (type.cast(m_window->page(i)))
            return m_window->page(i);
    }
    return nullptr;
}

void AppController::registerPage(WorkspacePage* page) {
    m_window->addPage(page);
    connect(page, &WorkspacePage::stateChanged, this, [this, page] { savePageState(page); });
    connect(m_workspace.get(), &AccountWorkspace::dataChanged, page,
            &WorkspacePage::workspaceDataChanged);
}

bool AppController::start(const StartOptions& options, QString* error) {
    setLanguage(options.language.isEmpty() ? m_settings->language() : options.language, false);

    if (!options.demo) {
        m_signIn->start();
        return true;
    }

    DemoBackend::Role role = DemoBackend::Role::Admin;
    DemoBackend::roleFromString(options.demoRole, &role);
    novaemu::EmulatorConfig config = options.demoConfig;
    config.sims = options.demoSims;
    const bool both = options.demoProvider == QLatin1String("both");
    const bool v2Only = options.demoProvider == QLatin1String("v2");
    if (both || v2Only) {
        config.provider = both ? novaemu::ProviderMode::Both : novaemu::ProviderMode::V2;
        config.v2Sims = v2Only ? options.demoSims : qMax(1, options.demoSims / 4);
    }
    m_demo = std::make_unique<DemoBackend>();
    if (!m_demo->start(config, error)) {
        m_demo.reset();
        return false;
    }
    // The emulator reports job progress to the local listener, as a provider
    // would to a forwarded public address.
    m_operations->setDemo(true);
    m_notifications->setDemo(m_demo.get());
    m_signIn->setUsesKeychain(false);
    m_accounts->setDemo(true);
    if (both) {
        m_accounts->addDemoAccount(m_demo->baseUrl(), ProviderKind::NovaConnect,
                                   m_demo->tokenFor(role), {}, {});
        m_accounts->addDemoAccount(m_demo->v2BaseUrl(), ProviderKind::SecondOperator,
                                   config.v2Password, config.v2Login, tr("Second operator (demo)"));
    }
    if (v2Only)
        m_signIn->signInWithPassword(m_demo->v2BaseUrl(), config.v2Login, config.v2Password, false);
    else
        m_signIn->signIn(m_demo->baseUrl(), m_demo->tokenFor(role));
    return true;
}

void AppController::applySettings() {
    m_settings->applyNetworkLimits(m_client.get());
    if (m_workspace)
        m_workspace->applyPreferences(m_settings->preferences(m_client->baseUrl()));
    m_operations->applySettings();
}

void AppController::showPreferences() {
    if (m_preferencesDialog) {
        m_preferencesDialog->raise();
        m_preferencesDialog->activateWindow();
        return;
    }
    // The provider time zone is kept per account: the API address in use now.
    const QUrl account = m_client->baseUrl();
    m_preferencesDialog = new PreferencesDialog(m_settings->preferences(account), m_window.get());
    m_preferencesDialog->setCallbackPath(QStringLiteral("/callback/") +
                                         m_settings->callbackSecret());
    m_preferencesDialog->setNotificationPath(QStringLiteral("/notify/") +
                                             m_settings->callbackSecret());
    m_preferencesDialog->setAccountAddress(account.toString(QUrl::RemoveUserInfo));
    m_preferencesDialog->setAttribute(Qt::WA_DeleteOnClose);
    PreferencesDialog* dialog = m_preferencesDialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog, account] {
        m_settings->setPreferences(account, dialog->preferences());
        Theme::apply(Theme::modeFromKey(m_settings->theme()));
        applySettings();
    });
    dialog->open();
}

void AppController::setLanguage(const QString& code, bool persist) {
    const QString language = code == QLatin1String("ru") ? code : QStringLiteral("en");
    if (!Translations::install(language))
        qCWarning(lcApp) << "no translation for" << language;
    m_language = language;
    m_client->setLanguage(language);
    m_window->setCurrentLanguage(language);
    if (persist)
        m_settings->setLanguage(language);
}

void AppController::onSignedIn() {
    // One workspace per account: the same user id on another server is another account.
    const QString accountKey = AccountFiles::accountKey(m_client->baseUrl(), m_session->user().id);
    if (m_workspace && m_workspace->accountKey() == accountKey) {
        // A new token for the open account: what is shown, and the journal, stay.
        showMainWindow();
        m_window->sessionStarted();
        return;
    }
    closeWorkspace();
    openWorkspace(accountKey);
    m_accounts->accountOpened(m_client->baseUrl(), m_session->user().id, m_session->company().name,
                              m_session->provider(), m_session->login());
    showMainWindow();
    m_window->sessionStarted();
}

void AppController::openWorkspace(const QString& accountKey) {
    m_workspace = std::make_unique<AccountWorkspace>(m_client.get(), m_session.get());
    m_workspace->setProvider(m_session->provider());
    m_workspace->setSnapshotDirectory(
        QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
        QStringLiteral("/snapshots"));
    m_workspace->setNotificationsDirectory(
        QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
        QStringLiteral("/notifications"));
    m_workspace->applyPreferences(m_settings->preferences(m_client->baseUrl()));
    connect(m_workspace->fleet(), &FleetRepository::snapshotProblem, m_window.get(),
            qOverload<const QString&>(&MainWindow::showNotice));
    const auto savedAccounts = [accounts = QPointer<AccountSwitcher>(m_accounts)] {
        QVector<CombinedAccount> combined;
        if (!accounts)
            return combined;
        for (const SavedAccount& account : accounts->accounts())
            combined.append({account.key(), account.name, account.provider});
        return combined;
    };
    for (WorkspacePage* page : createWorkspacePages(m_workspace.get(), savedAccounts))
        registerPage(page);
    m_operations->attach(m_workspace.get());
    m_notifications->attach(m_workspace.get());
    restorePageStates(m_session->user().id);
    emit workspaceOpened(m_workspace.get());
    m_workspace->open(accountKey);
    m_operations->sessionStarted(accountKey);
}

void AppController::closeWorkspace() {
    if (!m_workspace)
        return;
    savePageStates();
    m_stateUserId = 0;
    m_window->sessionEnded();
    m_operations->sessionEnded();
    m_operations->detach();
    m_notifications->detach();
    m_window->removePages();
    m_workspace->close();
    m_workspace.reset();
}

void AppController::signOut() {
    m_signIn->forgetStoredToken();
    closeWorkspace();
    m_accounts->accountClosed();
    m_session->signOut();
    saveWindowState();
    m_window->hide();
    m_signIn->showDialogAfterSignOut();
}

void AppController::connectAccountMenu() {
    AccountMenu* menu = m_window->accountMenu();
    connect(menu, &AccountMenu::switchRequested, this, [this](const QString& key) {
        if (m_operations->confirmSwitch())
            m_accounts->switchTo(key);
    });
    connect(menu, &AccountMenu::addRequested, this, [this] {
        if (m_operations->confirmSwitch())
            m_accounts->addAccount();
    });
    connect(menu, &AccountMenu::renameRequested, m_accounts, &AccountSwitcher::renameCurrent);
    connect(menu, &AccountMenu::removeRequested, m_accounts, &AccountSwitcher::remove);
    // The other account's token works: close this one, open that one.
    connect(m_accounts, &AccountSwitcher::switchReady, this,
            [this](const QUrl& url, const QString& token, bool remember, ProviderKind provider,
                   const QString& login) {
                closeWorkspace();
                m_signIn->signInWith(url, token, remember, provider, login);
            });
}

void AppController::showMainWindow() {
    if (!m_windowShown) {
        m_windowShown = true;
        const QByteArray geometry = m_settings->windowGeometry();
        if (!geometry.isEmpty() && !m_userGeometryRestored)
            m_window->restoreGeometry(geometry);
        const QByteArray state = m_settings->windowState();
        if (!state.isEmpty())
            m_window->restoreState(state);
    }
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
}

namespace {
// Kept per user beside the pages' own states: the page shown last and the
// window's place and size.
const QString kWindowStateId = QStringLiteral("window");
const QString kLastPageKey = QStringLiteral("lastPage");
const QString kGeometryKey = QStringLiteral("geometry");
} // namespace

void AppController::restorePageStates(qint64 userId) {
    m_stateUserId = userId;
    for (int i = 0; i < m_window->pageCount(); ++i) {
        WorkspacePage* page = m_window->page(i);
        page->restoreState(m_settings->pageState(userId, page->pageId()));
    }
    // The window as this user left it: its place and size (the last one
    // used by anyone until this user has one) and the page open last, the
    // first page (Home) when none or when that page is gone.
    const QVariantMap window = m_settings->pageState(userId, kWindowStateId);
    const QByteArray geometry = window.value(kGeometryKey).toByteArray();
    m_userGeometryRestored = !geometry.isEmpty() && m_window->restoreGeometry(geometry);
    const QString lastPage = window.value(kLastPageKey).toString();
    if (!m_window->openPage(lastPage))
        m_window->showPage(0);
}

void AppController::savePageStates() {
    for (int i = 0; m_window && i < m_window->pageCount(); ++i)
        savePageState(m_window->page(i));
    if (m_window && m_stateUserId != 0) {
        QVariantMap window;
        if (const WorkspacePage* current = m_window->currentPage())
            window.insert(kLastPageKey, current->pageId());
        if (m_windowShown)
            window.insert(kGeometryKey, m_window->saveGeometry());
        m_settings->setPageState(m_stateUserId, kWindowStateId, window);
    }
}

void AppController::savePageState(WorkspacePage* page) {
    if (m_stateUserId != 0)
        m_settings->setPageState(m_stateUserId, page->pageId(), page->saveState());
}

void AppController::saveWindowState() {
    savePageStates();
    if (!m_windowShown)
        return;
    m_settings->setWindowGeometry(m_window->saveGeometry());
    m_settings->setWindowState(m_window->saveState());
}

} // namespace simfleet
