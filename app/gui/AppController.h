#pragma once

#include "app/gui/StartOptions.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace simfleet {

class AccountSwitcher;
class AccountWorkspace;
class ApiClient;
class DemoBackend;
class MainWindow;
class NotificationsController;
class OperationsController;
class PreferencesDialog;
class Session;
class Settings;
class SignInDialog;
class SignInFlow;
class WorkspacePage;

// Wires the GUI application: settings, language, the API client and session,
// the demo backend or the sign-in flow, the main window, preferences,
// sign-out. Each signed-in account gets its own AccountWorkspace and pages
// (registered alike: state per user, write access, data changes), created at
// sign-in and destroyed when the account is closed; a new token for the same
// account keeps them.
class AppController final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppController)

public:
    using StartOptions = simfleet::StartOptions;

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
    // The open account's; nullptr while nobody is signed in.
    AccountWorkspace* workspace() const { return m_workspace.get(); }
    MainWindow* mainWindow() const { return m_window.get(); }
    SignInDialog* signInDialog() const;
    DemoBackend* demoBackend() const { return m_demo.get(); }
    // The registered page of type Page (e.g. page<SimsPage>()), if any.
    template <typename Page> Page* page() const {
        return qobject_cast<Page*>(pageOfType(Page::staticMetaObject));
    }
    // The saved accounts of the Account menu.
    AccountSwitcher* accounts() const { return m_accounts; }
    // Bulk operations: the job journal, the Operations page, the listener.
    OperationsController* operations() const { return m_operations; }
    // Account notifications: the unpaid-bill banner, desktop notifications, the Demo menu.
    NotificationsController* notifications() const { return m_notifications; }
    // The open Preferences dialog, if any.
    PreferencesDialog* preferencesDialog() const;

    // Opens the Preferences dialog over the main window (window-modal); on
    // Save the settings are stored and applied at once.
    void showPreferences();

signals:
    void quitRequested();
    // An account's workspace and pages were created, before they load.
    void workspaceOpened(AccountWorkspace* workspace);

private:
    QObject* pageOfType(const QMetaObject& type) const;
    void registerPage(WorkspacePage* page);
    void onSignedIn();
    // The account's workspace and pages: created, and closed with its state kept.
    void openWorkspace(const QString& accountKey);
    void closeWorkspace();
    void signOut();
    void connectAccountMenu();
    void showMainWindow();
    void saveWindowState();
    // The pages' state of the signed-in user (columns, filters, ...).
    void restorePageStates(qint64 userId);
    void savePageStates();
    void savePageState(WorkspacePage* page);
    // The preferences, to the client, the workspace and the operations.
    void applySettings();

    Settings* m_settings;
    // Declared first so it is destroyed last, after everything that talks to it.
    std::unique_ptr<DemoBackend> m_demo;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<AccountWorkspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
    OperationsController* m_operations = nullptr;
    NotificationsController* m_notifications = nullptr;
    SignInFlow* m_signIn = nullptr;
    AccountSwitcher* m_accounts = nullptr;
    QPointer<PreferencesDialog> m_preferencesDialog;
    qint64 m_stateUserId = 0; // whose page state the pages show; 0 = none
    QString m_language;
    bool m_windowShown = false;
    bool m_userGeometryRestored = false; // the signed-in user's own window geometry
};

} // namespace simfleet
