#pragma once

#include "views/shell/WorkspacePage.h"

class QAction;
class QLabel;
class QMessageBox;
class QStackedWidget;
class QTableView;

namespace simfleet {

class AccountWorkspace;
class EmptyState;
class NotificationsModel;
struct Notice;

// The account notifications the callback listener received (the workspace's
// NotificationsModel), newest first, unread ones in bold (a row becomes read
// when it is selected). Actions on the selected notification: open its saved
// file, show it in its folder, show its SIMs on the SIMs page (msu_lock,
// package_empty) or its bill on the Bills page (bill kinds); and Mark all
// read, Clear. With no notification it says how to receive them. It changes
// nothing on the server.
class NotificationsPage final : public WorkspacePage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationsPage)

public:
    explicit NotificationsPage(AccountWorkspace* workspace, QWidget* parent = nullptr);
    ~NotificationsPage() override;

    QString navigationTitle() const override;
    QIcon navigationIcon() const override;
    static QString staticPageId() { return QStringLiteral("notifications"); }
    QString pageId() const override { return staticPageId(); }
    QList<QAction*> pageActions() const override {
        return {m_openFile, m_showInFolder, m_showSims, m_openBill, m_markAllRead, m_clear};
    }
    QVariantMap saveState() const override;
    void restoreState(const QVariantMap& state) override;

    // Asks the page to select one notification (openRequest()).
    static QVariantMap noticeRequest(qint64 noticeId);
    void openRequest(const QVariantMap& request) override;

    NotificationsModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    EmptyState* emptyState() const { return m_empty; }
    QAction* openFileAction() const { return m_openFile; }
    QAction* showInFolderAction() const { return m_showInFolder; }
    QAction* showSimsAction() const { return m_showSims; }
    QAction* openBillAction() const { return m_openBill; }
    QAction* markAllReadAction() const { return m_markAllRead; }
    QAction* clearAction() const { return m_clear; }
    // The notification of the current row; 0 when none.
    qint64 currentNoticeId() const;
    bool selectNotice(qint64 id);

    // What the actions do (also for tests): false when there is nothing to do.
    bool openFile();
    bool showInFolder();
    void showSims();
    void openBill();
    // Asks first (window-modal, not blocking); returns the question: nothing
    // is removed before its Clear.
    QMessageBox* confirmClear();

private:
    void retranslateUi() override;
    void updateState();
    void updateActions();
    const Notice* currentNotice() const;

    AccountWorkspace* m_workspace;
    NotificationsModel* m_model;
    QLabel* m_count;
    QStackedWidget* m_states;
    QTableView* m_table;
    EmptyState* m_empty;
    QAction* m_openFile;
    QAction* m_showInFolder;
    QAction* m_showSims;
    QAction* m_openBill;
    QAction* m_markAllRead;
    QAction* m_clear;
};

} // namespace simfleet
