#pragma once

#include "api/AccountNotification.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>

namespace simfleet {

class AccountWorkspace;
class BulkOperations;
class CallbackListener;
class DesktopNotifier;
class JobsIndicator;
class MainWindow;
class OperationsPage;
class Session;
class Settings;

// Bulk operations in the GUI: opening the open account's job journal (the
// workspace's BulkOperations), the callback listener (a setting; always on in
// demo mode, where the emulator calls it), the Operations page and the jobs
// indicator, every page's write access (read-only roles, a journal that could
// not be opened), news when a job was sent and a desktop notification when
// one ends. It lives as long as the application; attach() gives it an
// account's workspace once its pages are in the window, detach() takes it
// away before they go.
class OperationsController final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OperationsController)

public:
    OperationsController(Session* session, MainWindow* window, Settings* settings,
                         QObject* parent = nullptr);
    ~OperationsController() override;

    // Demo mode: the listener is on whatever the settings say, and its local
    // address is the callback URL (the emulator runs on this computer).
    void setDemo(bool demo);
    // Chunk size, unconfirmed timeout, listener and public callback URL.
    void applySettings();
    // The workspace whose jobs to show and track; its Operations page must be
    // registered in the window.
    void attach(AccountWorkspace* workspace);
    void detach();
    // Opens the account's journal and audit trail (accountKey: API URL + user id).
    void sessionStarted(const QString& accountKey);
    void sessionEnded();

    // The attached workspace's; nullptr when none.
    BulkOperations* operations() const { return m_operations; }
    OperationsPage* page() const { return m_page; }
    JobsIndicator* indicator() const { return m_indicator; }
    DesktopNotifier* notifier() const { return m_notifier; }
    CallbackListener* listener() const { return m_listener.get(); }
    // The callback URL new jobs pass to the provider; empty: polling only.
    QString callbackUrl() const;
    // The listener's local address for account notifications
    // (http://127.0.0.1:PORT/notify/<secret>); empty while it is off.
    QUrl localNotificationUrl() const;
    // Where the account's journal and audit trail are kept.
    static QString journalPath(const QString& accountKey);
    static QString auditPath(const QString& accountKey);
    // Asks before signing out (or switching account) by choice while chunks
    // are still being sent, like quitting does; true to go on.
    bool confirmSignOut();
    // The same before switching to another account.
    bool confirmSwitch();

signals:
    // The listener received an account notification (NotificationsController
    // takes it to the open account).
    void accountNotificationReceived(const AccountNotification& notification);

private:
    void onJobStarted(qint64 jobId);
    void updateWriteAccess();
    void updateListener();
    void onJobFinished(qint64 jobId);
    void showOperationsPage();
    int jobsBeingSent() const;
    // Asks before quitting while chunks are still being sent.
    bool confirmQuit();
    bool confirmLeaving(const QString& leaveText);
    void showPage(const QWidget* page);

    Session* m_session;
    MainWindow* m_window;
    Settings* m_settings;
    BulkOperations* m_operations = nullptr;
    OperationsPage* m_page = nullptr;
    JobsIndicator* m_indicator = nullptr;
    DesktopNotifier* m_notifier;
    std::unique_ptr<CallbackListener> m_listener;
    qint64 m_notifiedJob = 0;
    bool m_demo = false;
    bool m_open = false;
    QString m_accountKey; // of the open session
};

} // namespace simfleet
