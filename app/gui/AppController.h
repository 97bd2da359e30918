#pragma once

#include "api/ApiError.h"
#include "emulator/EmulatorConfig.h"
#include "views/shell/PreferencesDialog.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <memory>

namespace simfleet {

class ApiClient;
class DemoBackend;
class MainWindow;
class OperationsController;
class Session;
class Settings;
class SignInDialog;
class SimsPage;
class TokenStore;

// Wires the GUI application: settings, language, the API client and session,
// the demo backend or the sign-in flow (with the keychain), the main window
// and its pages, sign-out and an expired token.
class AppController final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppController)

public:
    struct StartOptions {
        bool demo = false;
        QString demoRole = QStringLiteral("admin"); // "admin" or "user"
        int demoSims = 2000;
        QString language; // empty: the one from the settings
        // Fleet seed, latency, faults; `sims` is taken from demoSims.
        novaemu::EmulatorConfig demoConfig;
    };

    explicit AppController(Settings* settings, QObject* parent = nullptr);
    ~AppController() override;

    // Demo: starts the emulator and signs in with the role's token. Otherwise
    // shows the sign-in dialog and tries the token stored in the keychain.
    // False (and *error) only when the demo backend could not start.
    bool start(const StartOptions& options, QString* error = nullptr);

    // Switches the UI and the API `lang` now; `persist` stores the choice.
    void setLanguage(const QString& code, bool persist = true);
    QString language() const { return m_language; }

    ApiClient* client() const { return m_client.get(); }
    Session* session() const { return m_session.get(); }
    MainWindow* mainWindow() const { return m_window.get(); }
    SignInDialog* signInDialog() const { return m_dialog.get(); }
    DemoBackend* demoBackend() const { return m_demo.get(); }
    SimsPage* simsPage() const { return m_simsPage; }
    // Bulk operations: the job journal, the Operations page, the listener.
    OperationsController* operations() const { return m_operations; }
    // The open Preferences dialog, if any.
    PreferencesDialog* preferencesDialog() const { return m_preferencesDialog; }

    // Opens the Preferences dialog over the main window (window-modal); on
    // Save the settings are stored and applied at once.
    void showPreferences();

signals:
    void quitRequested();

private:
    struct Attempt {
        QUrl url;
        QString token;
        bool remember = false;
        bool fromKeychain = false;
    };

    void beginSignIn(const Attempt& attempt);
    void onStoredToken(const QString& apiUrl, const QString& token, const QString& error);
    // False (and the dialog says why) when `attempt` would send the token read
    // from the keychain to an address other than the one it is stored for.
    bool keepsStoredTokenAtItsAddress(const Attempt& attempt);
    void onSignedIn();
    void onSignInFailed(const ApiError& error);
    void onUnauthorized();
    void onTokenWritten(bool ok, const QString& error);
    void signOut();
    void showSignInDialog();
    void showMainWindow();
    void saveWindowState();
    // The SIMs page's columns, details width and saved filters, per user.
    void restoreSimsPageState();
    void saveSimsPageState();
    bool usesKeychain() const { return !m_demo; }
    // Request timeout, requests in flight and the fleet's loading, refresh and
    // server-side mode, from the settings to the client and the SIMs page.
    void applySettings();

    Settings* m_settings;
    // Declared first so it is destroyed last, after everything that talks to it.
    std::unique_ptr<DemoBackend> m_demo;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<TokenStore> m_tokens;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<SignInDialog> m_dialog;
    SimsPage* m_simsPage = nullptr;
    OperationsController* m_operations = nullptr;
    QPointer<PreferencesDialog> m_preferencesDialog;
    qint64 m_simsStateUserId = 0; // whose SIMs page state is shown; 0 = nobody's yet

    Attempt m_attempt;
    // The token read from the keychain and TokenStore::accountKey() of its address.
    QString m_storedToken;
    QString m_storedTokenKey;
    QString m_language;
    bool m_waitingForStoredToken = false;
    bool m_keychainUnavailable = false;
    bool m_windowShown = false;
};

} // namespace simfleet
