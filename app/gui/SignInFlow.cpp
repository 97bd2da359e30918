#include "app/gui/SignInFlow.h"

#include "api/ApiClient.h"
#include "api/Session.h"
#include "api/v2/V2Service.h"
#include "app/core/Settings.h"
#include "app/core/TokenStore.h"
#include "views/common/InlineBanner.h"
#include "views/shell/MainWindow.h"
#include "views/shell/SignInDialog.h"

#include <QLoggingCategory>

namespace simfleet {

Q_LOGGING_CATEGORY(lcSignIn, "simfleet.app.signin")

SignInFlow::SignInFlow(ApiClient* client, Session* session, Settings* settings, MainWindow* window,
                       QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_session(session)
    , m_settings(settings)
    , m_window(window)
    , m_tokens(std::make_unique<TokenStore>())
    , m_dialog(std::make_unique<SignInDialog>()) {
    m_dialog->setModal(true);
    connect(m_dialog.get(), &SignInDialog::signInRequested, this,
            [this](const QUrl& url, const QString& token, bool remember) {
                beginSignIn({url, token, remember, false, ProviderKind::NovaConnect, {}});
            });
    connect(m_dialog.get(), &SignInDialog::passwordSignInRequested, this,
            &SignInFlow::onPasswordSignInRequested);
    connect(m_dialog.get(), &SignInDialog::rejected, this, &SignInFlow::onDialogRejected);
    m_tokenRefused = new InlineBanner(window);
    m_tokenRefused->setObjectName(QStringLiteral("tokenRefused"));
    m_tokenRefused->showMessage(
        InlineBanner::Kind::Error, [] { return tr("Access token refused"); },
        [] {
            return tr("The provider no longer accepts this account's access token, so nothing can "
                      "be loaded or changed. What is on screen is as last read.");
        },
        [] { return tr("Enter a new token…"); });
    m_tokenRefused->hide();
    window->addBanner(m_tokenRefused);
    connect(m_tokenRefused, &InlineBanner::actionTriggered, this, &SignInFlow::askForNewToken);
    connect(m_session, &Session::signedIn, this, &SignInFlow::onSignedIn);
    connect(m_session, &Session::signInFailed, this, &SignInFlow::onSignInFailed);
    connect(m_client, &ApiClient::unauthorized, this, &SignInFlow::onUnauthorized);
    connect(m_tokens.get(), &TokenStore::readFinished, this, &SignInFlow::onStoredToken);
    connect(m_tokens.get(), &TokenStore::writeFinished, this, &SignInFlow::onTokenWritten);
}

SignInFlow::~SignInFlow() = default;

void SignInFlow::start() {
    const QUrl url = m_settings->apiUrl();
    m_dialog->setProvider(m_settings->provider());
    m_dialog->setLogin(m_settings->login());
    m_dialog->setApiUrl(url);
    m_dialog->setRememberToken(m_settings->rememberToken());
    showDialog();
    m_waitingForStoredToken = true;
    m_tokens->read(url.toString());
}

void SignInFlow::signIn(const QUrl& url, const QString& token) {
    m_dialog->setApiUrl(url);
    m_dialog->setToken(token);
    m_dialog->setRememberToken(false);
    beginSignIn({url, token, false, false, ProviderKind::NovaConnect, {}});
}

void SignInFlow::signInWith(const QUrl& url, const QString& token, bool remember,
                            ProviderKind provider, const QString& login) {
    m_dialog->setProvider(provider);
    m_dialog->setLogin(login);
    m_dialog->setApiUrl(url);
    m_dialog->setToken({});
    m_dialog->setRememberToken(remember);
    beginSignIn({url, token, remember, false, provider, login});
}

void SignInFlow::signInWithPassword(const QUrl& url, const QString& login, const QString& password,
                                    bool remember) {
    m_dialog->setProvider(ProviderKind::SecondOperator);
    m_dialog->setLogin(login);
    m_dialog->setApiUrl(url);
    m_dialog->setRememberToken(remember);
    onPasswordSignInRequested(url, login, password, remember);
}

void SignInFlow::onPasswordSignInRequested(const QUrl& url, const QString& login,
                                           const QString& password, bool remember) {
    QString why;
    if (!m_client->setBaseUrl(url, &why)) {
        m_dialog->showError(QString(), why);
        showDialog();
        return;
    }
    m_waitingForStoredToken = false;
    if (m_loginCall)
        m_loginCall->cancel();
    m_session->setProvider(ProviderKind::SecondOperator, login);
    m_client->setToken({});
    m_dialog->setBusy(true);
    m_loginCall = V2Service(m_client).login(
        login, password, this, [this, url, login, remember](const Result<QString>& result) {
            if (result.error.kind == ApiError::Kind::Cancelled)
                return;
            if (!result.ok()) {
                onSignInFailed(result.error);
                return;
            }
            beginSignIn({url, result.value, remember, false, ProviderKind::SecondOperator, login});
        });
}

bool SignInFlow::keepsStoredTokenAtItsAddress(const Attempt& attempt) {
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
    showDialog();
    return false;
}

void SignInFlow::beginSignIn(const Attempt& attempt) {
    if (m_usesKeychain && !keepsStoredTokenAtItsAddress(attempt))
        return;
    QString why;
    if (!m_client->setBaseUrl(attempt.url, &why)) {
        m_dialog->showError(QString(), why);
        showDialog();
        return;
    }
    m_waitingForStoredToken = false;
    m_attempt = attempt;
    m_session->setProvider(attempt.provider, attempt.login);
    m_client->setToken(attempt.token);
    m_dialog->setBusy(true);
    m_session->signIn();
}

void SignInFlow::onStoredToken(const QString& apiUrl, const QString& token, const QString& error) {
    if (!m_waitingForStoredToken)
        return;
    m_waitingForStoredToken = false;
    if (!error.isEmpty()) {
        m_keychainUnavailable = true;
        qCInfo(lcSignIn) << "keychain read failed:" << error;
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
    // A token kept for the second operator signs in as the login it was given for.
    const ProviderKind provider = m_settings->provider();
    const QString login =
        provider == ProviderKind::SecondOperator ? m_settings->login() : QString();
    if (provider == ProviderKind::SecondOperator && login.isEmpty())
        return;
    m_dialog->setRememberedToken(token);
    beginSignIn({QUrl(apiUrl), token, true, true, provider, login});
}

void SignInFlow::onSignedIn() {
    m_dialog->setPurpose(SignInDialog::Purpose::SignIn);
    if (m_tokenRefused)
        m_tokenRefused->hide();
    m_dialog->setBusy(false);
    m_dialog->clearMessage();
    m_dialog->hide();
    if (m_usesKeychain) {
        m_settings->setApiUrl(m_attempt.url);
        m_settings->setProvider(m_attempt.provider);
        m_settings->setLogin(m_attempt.login);
        m_settings->setRememberToken(m_attempt.remember);
        const QString key = m_attempt.url.toString();
        const qint64 userId = m_session->user().id;
        if (!m_attempt.remember) {
            m_tokens->remove(key);
            m_tokens->remove(key, userId);
            if (TokenStore::accountKey(key) == m_storedTokenKey)
                m_storedToken.clear();
        } else if (m_keychainUnavailable)
            m_window->showNotice([] {
                return tr("The system keychain is not available, so the access token is kept for "
                          "this session only. You will need to enter it again next time.");
            });
        else {
            // Only now, with the new token known to work, does it replace the
            // stored one; the account keeps its own copy to switch back to.
            if (!m_attempt.fromKeychain) {
                m_tokens->write(key, m_attempt.token);
                m_storedToken = m_attempt.token;
                m_storedTokenKey = TokenStore::accountKey(key);
            }
            m_tokens->write(key, m_attempt.token, userId);
        }
    }
    emit signedIn();
}

void SignInFlow::onSignInFailed(const ApiError& error) {
    m_dialog->setBusy(false);
    m_dialog->showFieldErrors(error.fieldErrors);
    m_dialog->showError(error.title(), error.userMessage());
    // The stored token stays until a new one has worked (onSignedIn replaces it).
    showDialog();
}

void SignInFlow::onUnauthorized() {
    // A 401 during sign-in is reported by signInFailed; later it means the
    // token was revoked: ask for a new one over the main window. The stored
    // token is kept until a new one has worked: a 401 from a confused server
    // or proxy must not cost the user the token. Once the user said "Not
    // now", further 401s only keep the banner.
    if (m_session->isSigningIn() || !m_session->isSignedIn() || m_dialog->isVisible() ||
        (m_tokenRefused && m_tokenRefused->isVisible()))
        return;
    askForNewToken();
}

void SignInFlow::askForNewToken() {
    ApiError expired;
    expired.kind = ApiError::Kind::Unauthorized;
    m_dialog->setProvider(m_session->provider());
    m_dialog->setLogin(m_session->login());
    m_dialog->setPurpose(SignInDialog::Purpose::RenewToken);
    m_dialog->setApiUrl(m_client->baseUrl());
    m_dialog->setToken({});
    m_dialog->showError(expired.title(), expired.userMessage());
    showDialog();
}

void SignInFlow::onDialogRejected() {
    if (m_dialog->purpose() != SignInDialog::Purpose::RenewToken) {
        emit quitRequested();
        return;
    }
    // The window stays with what it shows; the banner offers the dialog again.
    if (m_tokenRefused)
        m_tokenRefused->show();
}

void SignInFlow::onTokenWritten(bool ok, const QString& error) {
    if (ok)
        return;
    qCInfo(lcSignIn) << "keychain write failed:" << error;
    m_keychainUnavailable = true;
    m_window->showNotice([error] {
        return tr("The access token could not be saved in the system keychain (%1). It is kept "
                  "for this session only; you will need to enter it again next time.")
            .arg(error);
    });
}

void SignInFlow::forgetStoredToken() {
    if (!m_usesKeychain)
        return;
    m_tokens->remove(m_attempt.url.toString());
    if (m_session->isSignedIn())
        m_tokens->remove(m_attempt.url.toString(), m_session->user().id);
    m_storedToken.clear();
    m_storedTokenKey.clear();
}

void SignInFlow::showDialogAfterSignOut() {
    m_dialog->setPurpose(SignInDialog::Purpose::SignIn);
    if (m_tokenRefused)
        m_tokenRefused->hide();
    m_dialog->setToken({});
    m_dialog->clearMessage();
    showDialog();
}

void SignInFlow::showDialog() {
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
    // Also when it was open already (a token was refused or cleared).
    m_dialog->focusFirstEmptyField();
}

} // namespace simfleet
