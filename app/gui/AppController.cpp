#include "app/gui/AppController.h"

#include "api/ApiClient.h"
#include "api/ProviderTime.h"
#include "api/Session.h"
#include "app/core/AccountFiles.h"
#include "app/core/Settings.h"
#include "app/core/TokenStore.h"
#include "app/demo/DemoBackend.h"
#include "app/gui/OperationsController.h"
#include "models/fleet/FleetRepository.h"
#include "translations/Translations.h"
#include "views/shell/MainWindow.h"
#include "views/shell/PreferencesDialog.h"
#include "views/shell/SignInDialog.h"
#include "views/sims/SimsPage.h"

#include <QLoggingCategory>
#include <QStandardPaths>

namespace simfleet {

Q_LOGGING_CATEGORY(lcApp, "simfleet.app")

AppController::AppController(Settings* settings, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_client(std::make_unique<ApiClient>())
    , m_session(std::make_unique<Session>(m_client.get()))
    , m_tokens(std::make_unique<TokenStore>())
    , m_window(std::make_unique<MainWindow>(m_session.get()))
    , m_dialog(std::make_unique<SignInDialog>()) {
    // The pages, in navigation order: one line each.
    m_simsPage = new SimsPage(m_client.get());
    FleetRepository* fleet = m_simsPage->repository();
    fleet->setSnapshotDirectory(
        QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
        QStringLiteral("/snapshots"));
    m_window->addPage(m_simsPage);
    m_operations = new OperationsController(m_client.get(), m_session.get(), m_window.get(),
                                            m_simsPage, m_settings, this);
    applySettings();
    connect(fleet, &FleetRepository::snapshotProblem, m_window.get(),
            qOverload<const QString&>(&MainWindow::showNotice));
    connect(m_simsPage, &SimsPage::userStateChanged, this, &AppController::saveSimsPageState);

    m_dialog->setModal(true);
    connect(m_dialog.get(), &SignInDialog::signInRequested, this,
            [this](const QUrl& url, const QString& token, bool remember) {
                beginSignIn({url, token, remember, false});
            });
    connect(m_dialog.get(), &SignInDialog::rejected, this, &AppController::quitRequested);

    connect(m_session.get(), &Session::signedIn, this, &AppController::onSignedIn);
    connect(m_session.get(), &Session::signInFailed, this, &AppController::onSignInFailed);
    connect(m_client.get(), &ApiClient::unauthorized, this, &AppController::onUnauthorized);
    connect(m_tokens.get(), &TokenStore::readFinished, this, &AppController::onStoredToken);
    connect(m_tokens.get(), &TokenStore::writeFinished, this, &AppController::onTokenWritten);

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
    // The pages first (the Operations page shows the job models), then the job
    // tracker and the listener, all before the client and the demo backend.
    m_window.reset();
    m_simsPage = nullptr;
    delete m_operations;
    m_operations = nullptr;
    // Stop the pages' requests before the client goes.
    m_client->cancelAll();
}

bool AppController::start(const StartOptions& options, QString* error) {
    setLanguage(options.language.isEmpty() ? m_settings->language() : options.language, false);

    if (!options.demo) {
        const QUrl url = m_settings->apiUrl();
        m_dialog->setApiUrl(url);
        m_dialog->setRememberToken(m_settings->rememberToken());
        showSignInDialog();
        m_waitingForStoredToken = true;
        m_tokens->read(url.toString());
        return true;
    }

    DemoBackend::Role role = DemoBackend::Role::Admin;
    DemoBackend::roleFromString(options.demoRole, &role);
    novaemu::EmulatorConfig config = options.demoConfig;
    config.sims = options.demoSims;
    m_demo = std::make_unique<DemoBackend>();
    if (!m_demo->start(config, error)) {
        m_demo.reset();
        return false;
    }
    // The emulator reports job progress to the local listener, as a provider
    // would to a forwarded public address.
    m_operations->setDemo(true);
    m_dialog->setApiUrl(m_demo->baseUrl());
    m_dialog->setToken(m_demo->tokenFor(role));
    m_dialog->setRememberToken(false);
    beginSignIn({m_demo->baseUrl(), m_demo->tokenFor(role), false, false});
    return true;
}

void AppController::applySettings() {
    m_settings->applyNetworkLimits(m_client.get());
    FleetRepository* fleet = m_simsPage->repository();
    fleet->setPageSize(m_settings->fleetPageSize());
    fleet->setConcurrency(m_settings->fleetConcurrency());
    fleet->setAutoRefreshMinutes(m_settings->autoRefreshMinutes());
    fleet->setServerSideThreshold(m_settings->serverSideThreshold());
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
    const Preferences current{m_settings->requestTimeoutSec(),
                              m_settings->maxInFlight(),
                              m_settings->fleetPageSize(),
                              m_settings->fleetConcurrency(),
                              m_settings->autoRefreshMinutes(),
                              m_settings->serverSideThreshold(),
                              m_settings->bulkChunkSize(),
                              m_settings->unconfirmedTimeoutMinutes(),
                              m_settings->callbackListenerEnabled(),
                              m_settings->callbackListenerPort(),
                              m_settings->publicCallbackUrl().toString(),
                              m_settings->maxAnswerMiB(),
                              m_settings->maxDownloadMiB(),
                              m_settings->answerDeadlineSec(),
                              m_settings->providerTimeZone(account)};
    const Preferences defaults{Settings::kDefaultRequestTimeoutSec,
                               Settings::kDefaultMaxInFlight,
                               Settings::kDefaultFleetPageSize,
                               Settings::kDefaultFleetConcurrency,
                               Settings::kDefaultAutoRefreshMinutes,
                               Settings::kDefaultServerSideThreshold,
                               Settings::kDefaultBulkChunkSize,
                               Settings::kDefaultUnconfirmedTimeoutMinutes,
                               false,
                               0,
                               QString(),
                               Settings::kDefaultMaxAnswerMiB,
                               Settings::kDefaultMaxDownloadMiB,
                               Settings::kDefaultAnswerDeadlineSec,
                               QString::fromLatin1(ProviderTime::kDefaultZoneId)};
    m_preferencesDialog = new PreferencesDialog(current, defaults, m_window.get());
    m_preferencesDialog->setCallbackPath(QStringLiteral("/callback/") +
                                         m_settings->callbackSecret());
    m_preferencesDialog->setAccountAddress(account.toString(QUrl::RemoveUserInfo));
    m_preferencesDialog->setAttribute(Qt::WA_DeleteOnClose);
    PreferencesDialog* dialog = m_preferencesDialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog, account] {
        const Preferences chosen = dialog->preferences();
        m_settings->setRequestTimeoutSec(chosen.requestTimeoutSec);
        m_settings->setMaxInFlight(chosen.maxInFlight);
        m_settings->setFleetPageSize(chosen.fleetPageSize);
        m_settings->setFleetConcurrency(chosen.fleetConcurrency);
        m_settings->setAutoRefreshMinutes(chosen.autoRefreshMinutes);
        m_settings->setServerSideThreshold(chosen.serverSideThreshold);
        m_settings->setBulkChunkSize(chosen.bulkChunkSize);
        m_settings->setUnconfirmedTimeoutMinutes(chosen.unconfirmedTimeoutMinutes);
        m_settings->setCallbackListenerEnabled(chosen.callbackListenerEnabled);
        m_settings->setCallbackListenerPort(chosen.callbackListenerPort);
        m_settings->setPublicCallbackUrl(QUrl(chosen.publicCallbackUrl));
        m_settings->setMaxAnswerMiB(chosen.maxAnswerMiB);
        m_settings->setMaxDownloadMiB(chosen.maxDownloadMiB);
        m_settings->setAnswerDeadlineSec(chosen.answerDeadlineSec);
        m_settings->setProviderTimeZone(account, chosen.providerTimeZone);
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

bool AppController::keepsStoredTokenAtItsAddress(const Attempt& attempt) {
    if (attempt.fromKeychain || !m_dialog->isTokenRemembered() || m_storedToken.isEmpty() ||
        attempt.token != m_storedToken ||
        TokenStore::accountKey(attempt.url.toString()) == m_storedTokenKey)
        return true;
    // The address was changed after the dialog was filled from the keychain.
    m_dialog->setToken({});
    m_dialog->showError(tr("Token not sent"),
                        tr("The remembered access token belongs to another API address, so it "
                           "was not sent to %1. Enter the access token for this address.")
                            .arg(attempt.url.toDisplayString()));
    showSignInDialog();
    return false;
}

void AppController::beginSignIn(const Attempt& attempt) {
    if (usesKeychain() && !keepsStoredTokenAtItsAddress(attempt))
        return;
    QString why;
    if (!m_client->setBaseUrl(attempt.url, &why)) {
        m_dialog->showError(QString(), why);
        showSignInDialog();
        return;
    }
    m_waitingForStoredToken = false;
    m_attempt = attempt;
    m_client->setToken(attempt.token);
    m_dialog->setBusy(true);
    m_session->signIn();
}

void AppController::onStoredToken(const QString& apiUrl, const QString& token,
                                  const QString& error) {
    if (!m_waitingForStoredToken)
        return;
    m_waitingForStoredToken = false;
    if (!error.isEmpty()) {
        m_keychainUnavailable = true;
        qCInfo(lcApp) << "keychain read failed:" << error;
        if (!m_dialog->isBusy() && m_dialog->messageText().isEmpty())
            m_dialog->showNotice(tr("The system keychain is not available: a token you enter is "
                                    "kept for this session only."));
        return;
    }
    if (token.isEmpty())
        return;
    m_storedToken = token;
    m_storedTokenKey = TokenStore::accountKey(apiUrl);
    // The token is only for the address it was stored for: not when the
    // address in the dialog was changed while the keychain was answering.
    if (m_dialog->isBusy() || !m_dialog->token().isEmpty() ||
        TokenStore::accountKey(m_dialog->apiUrl().toString()) != m_storedTokenKey)
        return;
    m_dialog->setRememberedToken(token);
    beginSignIn({QUrl(apiUrl), token, true, true});
}

void AppController::onSignedIn() {
    m_dialog->setBusy(false);
    m_dialog->clearMessage();
    m_dialog->hide();
    if (usesKeychain()) {
        m_settings->setApiUrl(m_attempt.url);
        m_settings->setRememberToken(m_attempt.remember);
        const QString key = m_attempt.url.toString();
        if (!m_attempt.remember) {
            m_tokens->remove(key);
            if (TokenStore::accountKey(key) == m_storedTokenKey)
                m_storedToken.clear();
        } else if (m_keychainUnavailable)
            m_window->showNotice([] {
                return tr("The system keychain is not available, so the access token is kept for "
                          "this session only. You will need to enter it again next time.");
            });
        else if (!m_attempt.fromKeychain) {
            // Only now, with the new token known to work, does it replace the stored one.
            m_tokens->write(key, m_attempt.token);
            m_storedToken = m_attempt.token;
            m_storedTokenKey = TokenStore::accountKey(key);
        }
    }
    showMainWindow();
    restoreSimsPageState();
    // One snapshot per account: the same user id on another server is another account.
    const QString accountKey = AccountFiles::accountKey(m_client->baseUrl(), m_session->user().id);
    m_simsPage->setAccountKey(accountKey);
    m_operations->sessionStarted(accountKey);
    m_window->sessionStarted();
}

void AppController::onSignInFailed(const ApiError& error) {
    m_dialog->setBusy(false);
    m_dialog->showError(error.title(), error.userMessage());
    // The stored token stays until a new one has worked (onSignedIn replaces it).
    showSignInDialog();
}

void AppController::onUnauthorized() {
    // A 401 during sign-in is reported by signInFailed; later it means the
    // token was revoked: ask for a new one over the main window. The stored
    // token is kept until a new one has worked: a 401 from a confused server
    // or proxy must not cost the user the token.
    if (m_session->isSigningIn() || !m_session->isSignedIn() || m_dialog->isVisible())
        return;
    ApiError expired;
    expired.kind = ApiError::Kind::Unauthorized;
    m_dialog->setToken({});
    m_dialog->showError(expired.title(), expired.userMessage());
    showSignInDialog();
}

void AppController::onTokenWritten(bool ok, const QString& error) {
    if (ok)
        return;
    qCInfo(lcApp) << "keychain write failed:" << error;
    m_keychainUnavailable = true;
    m_window->showNotice([error] {
        return tr("The access token could not be saved in the system keychain (%1). It is kept "
                  "for this session only; you will need to enter it again next time.")
            .arg(error);
    });
}

void AppController::signOut() {
    if (usesKeychain()) {
        m_tokens->remove(m_attempt.url.toString());
        m_storedToken.clear();
        m_storedTokenKey.clear();
    }
    m_window->sessionEnded();
    m_operations->sessionEnded();
    m_session->signOut();
    saveWindowState();
    m_window->hide();
    m_dialog->setToken({});
    m_dialog->clearMessage();
    showSignInDialog();
}

void AppController::showSignInDialog() {
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
    // Also when it was open already (a token was refused or cleared).
    m_dialog->focusFirstEmptyField();
}

void AppController::showMainWindow() {
    if (!m_windowShown) {
        m_windowShown = true;
        const QByteArray geometry = m_settings->windowGeometry();
        if (!geometry.isEmpty())
            m_window->restoreGeometry(geometry);
        const QByteArray state = m_settings->windowState();
        if (!state.isEmpty())
            m_window->restoreState(state);
    }
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
}

void AppController::restoreSimsPageState() {
    const qint64 userId = m_session->user().id;
    if (userId == m_simsStateUserId)
        return;
    saveSimsPageState();
    m_simsStateUserId = userId;
    m_simsPage->restoreUserState(
        {m_settings->simsHeaderState(userId), m_settings->simsSplitterState(userId),
         m_settings->simsSavedFilters(userId), m_settings->simsCsvSeparator(userId)});
}

void AppController::saveSimsPageState() {
    if (m_simsStateUserId == 0)
        return;
    const SimsPage::UserState state = m_simsPage->userState();
    m_settings->setSimsHeaderState(m_simsStateUserId, state.header);
    m_settings->setSimsSplitterState(m_simsStateUserId, state.splitter);
    m_settings->setSimsSavedFilters(m_simsStateUserId, state.savedFilters);
    m_settings->setSimsCsvSeparator(m_simsStateUserId, state.csvSeparator);
}

void AppController::saveWindowState() {
    saveSimsPageState();
    if (!m_windowShown)
        return;
    m_settings->setWindowGeometry(m_window->saveGeometry());
    m_settings->setWindowState(m_window->saveState());
}

} // namespace simfleet
