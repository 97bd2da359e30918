#pragma once

#include <QObject>
#include <QString>

#include <memory>
#include <optional>

namespace simfleet {

class AccountWorkspace;
class BulkOperations;
struct BulkPreview;
class CallbackListener;
class DesktopNotifier;
class JobsIndicator;
class MainWindow;
class OperationsPage;
class Session;
class Settings;
class SimsPage;
struct SimOperationParams;

// Bulk operations in the GUI: opening the signed-in account's job journal (the
// workspace's BulkOperations), the callback listener (a setting; always on in
// demo mode, where the emulator calls it), the Operations page and the jobs
// indicator, the SIMs page's operations, every page's write access
// (read-only roles, a journal that could not be opened), and a desktop
// notification when a job ends. The pages are the main window's: the SIMs
// and Operations pages must be registered before.
class OperationsController final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OperationsController)

public:
    OperationsController(AccountWorkspace* workspace, MainWindow* window, Settings* settings,
                         QObject* parent = nullptr);
    ~OperationsController() override;

    // Demo mode: the listener is on whatever the settings say, and its local
    // address is the callback URL (the emulator runs on this computer).
    void setDemo(bool demo);
    // Chunk size, unconfirmed timeout, listener and public callback URL.
    void applySettings();
    // Opens the account's journal and audit trail (accountKey: API URL + user id).
    void sessionStarted(const QString& accountKey);
    void sessionEnded();

    BulkOperations* operations() const { return m_operations; }
    OperationsPage* page() const { return m_page; }
    JobsIndicator* indicator() const { return m_indicator; }
    DesktopNotifier* notifier() const { return m_notifier; }
    CallbackListener* listener() const { return m_listener.get(); }
    // The callback URL new jobs pass to the provider; empty: polling only.
    QString callbackUrl() const;
    // Where the account's journal and audit trail are kept.
    static QString journalPath(const QString& accountKey);
    static QString auditPath(const QString& accountKey);
    // Asks before signing out (or switching account) by choice while chunks
    // are still being sent, like quitting does; true to go on.
    bool confirmSignOut();

private:
    std::optional<qint64> startJob(const BulkPreview& preview, const SimOperationParams& params,
                                   QString* error);
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
    SimsPage* m_simsPage;
    Settings* m_settings;
    BulkOperations* m_operations;
    OperationsPage* m_page;
    JobsIndicator* m_indicator;
    DesktopNotifier* m_notifier;
    std::unique_ptr<CallbackListener> m_listener;
    qint64 m_notifiedJob = 0;
    bool m_demo = false;
    bool m_open = false;
    QString m_accountKey; // of the open session
};

} // namespace simfleet
