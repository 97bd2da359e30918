#pragma once

#include "api/ApiError.h"
#include "api/Provider.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <memory>

namespace simfleet {

class ApiCall;
class ApiClient;
class InlineBanner;
class MainWindow;
class Session;
class Settings;
class SignInDialog;
class TokenStore;

// Signing in: the sign-in dialog, the access token kept in the system keychain
// (read at start, written once a new token has worked — for the address and
// for the account, TokenStore — removed at sign-out or when the user does
// not want it kept), a token refused later (revoked) and
// the API address the stored token belongs to. In demo mode the keychain is
// not used. signedIn() follows the session's, once the dialog is done.
// A token refused mid-session asks for a new one for the same account; "Not
// now" keeps the window and shows a banner to enter it later.
class SignInFlow final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInFlow)

public:
    // `window` shows the notices about the keychain.
    SignInFlow(ApiClient* client, Session* session, Settings* settings, MainWindow* window,
               QObject* parent = nullptr);
    ~SignInFlow() override;

    SignInDialog* dialog() const { return m_dialog.get(); }
    // Demo mode: no keychain, and the settings keep their API address.
    void setUsesKeychain(bool uses) { m_usesKeychain = uses; }

    // Shows the dialog filled from the settings and tries the token stored
    // in the keychain for that address.
    void start();
    // Signs in with `token` at `url` at once, as if entered in the dialog
    // (demo mode); the dialog shows them.
    void signIn(const QUrl& url, const QString& token);
    // Another account whose token already worked (AccountSwitcher): signs in
    // with it as if entered in the dialog with "remember" as given.
    void signInWith(const QUrl& url, const QString& token, bool remember,
                    ProviderKind provider = ProviderKind::NovaConnect, const QString& login = {});
    // The second operator: exchanges `login` and `password` for a token at
    // `url` (the password is not kept), then signs in with the token as above.
    void signInWithPassword(const QUrl& url, const QString& login, const QString& password,
                            bool remember);
    // Sign-out by choice: the stored token is removed (the address's entry
    // and the account's own).
    void forgetStoredToken();
    // After sign-out: the dialog again, with an empty token.
    void showDialogAfterSignOut();

signals:
    // Signed in and the dialog closed: show the account.
    void signedIn();
    // The dialog was cancelled.
    void quitRequested();

private:
    struct Attempt {
        QUrl url;
        QString token;
        bool remember = false;
        bool fromKeychain = false;
        ProviderKind provider = ProviderKind::NovaConnect;
        QString login;
    };

    void beginSignIn(const Attempt& attempt);
    void onPasswordSignInRequested(const QUrl& url, const QString& login, const QString& password,
                                   bool remember);
    void onStoredToken(const QString& apiUrl, const QString& token, const QString& error);
    // False (and the dialog says why) when `attempt` would send the token read
    // from the keychain to an address other than the one it is stored for.
    bool keepsStoredTokenAtItsAddress(const Attempt& attempt);
    void onSignedIn();
    void onSignInFailed(const ApiError& error);
    void onUnauthorized();
    void onTokenWritten(bool ok, const QString& error);
    void onDialogRejected();
    void askForNewToken();
    void showDialog();

    ApiClient* m_client;
    Session* m_session;
    Settings* m_settings;
    MainWindow* m_window;
    std::unique_ptr<TokenStore> m_tokens;
    std::unique_ptr<SignInDialog> m_dialog;
    Attempt m_attempt;
    // The token read from the keychain and TokenStore::accountKey() of its address.
    QString m_storedToken;
    QString m_storedTokenKey;
    bool m_usesKeychain = true;
    bool m_waitingForStoredToken = false;
    bool m_keychainUnavailable = false;
    // Shown over the main window while the refused token was not replaced.
    QPointer<InlineBanner> m_tokenRefused;
    QPointer<ApiCall> m_loginCall; // a password being exchanged for a token
};

} // namespace simfleet
