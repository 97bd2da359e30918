#pragma once

#include "views/shell/WorkspacePage.h"

class QAction;
class QLabel;
class QLineEdit;
class QMessageBox;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QTimer;
class QToolButton;

namespace simfleet {

class AccountWorkspace;
class EmptyState;
class InlineBanner;
class UserDialog;
class UsersModel;
struct ApiError;
struct User;

// The Users page: the company's users (first and last name, email, phone,
// role, active) with an instant filter and sorting, and for administrators
// New user, Edit, Activate/Deactivate and Remove (UserDialog, a confirmation
// naming the user). The rows come from the workspace's UsersModel; the page
// shows loading, empty, error (Retry) and offline states. Without write
// access every changing control is disabled with the reason as its tooltip.
class UsersPage final : public WorkspacePage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsersPage)

public:
    explicit UsersPage(AccountWorkspace* workspace, QWidget* parent = nullptr);
    ~UsersPage() override;

    QString navigationTitle() const override;
    QIcon navigationIcon() const override;
    static QString staticPageId() { return QStringLiteral("users"); }
    QString pageId() const override { return staticPageId(); }
    QList<QWidget*> focusPanes() const override;

    void sessionStarted() override;
    void sessionEnded() override;
    void refresh() override;
    void setWriteAccess(const WriteAccess& access) override;
    // The table's columns and sort order ("header").
    QList<QAction*> pageActions() const override {
        return {m_createAction, m_editAction, m_activeAction, m_removeAction};
    }
    QVariantMap saveState() const override;
    void restoreState(const QVariantMap& state) override;

    // The user of the current row; 0 when none.
    qint64 selectedUserId() const;
    bool selectUser(qint64 id);

    // What the actions do; each returns what it opened (nullptr when refused:
    // the reason shows in the page's banner).
    UserDialog* openCreateDialog();
    UserDialog* openEditDialog();
    // Activates or deactivates the selected user at once; false when refused.
    bool toggleActiveSelected();
    QMessageBox* confirmRemoveSelected();

    UsersModel* model() const { return m_model; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    QTableView* table() const { return m_table; }
    QLineEdit* filterEdit() const { return m_filter; }
    EmptyState* emptyState() const { return m_empty; }
    InlineBanner* banner() const { return m_banner; }
    QLabel* countLabel() const { return m_count; }
    QAction* createAction() const { return m_createAction; }
    QAction* editAction() const { return m_editAction; }
    QAction* activeAction() const { return m_activeAction; }
    QAction* removeAction() const { return m_removeAction; }
    // Whether the table (not an empty/loading/error state) is shown.
    bool isTableShown() const;

private:
    enum class EmptyAction { None, Retry, ClearFilter, Create };

    void retranslateUi() override;
    void updateState();
    void updateActions();
    void updateCount();
    void sizeColumns();
    // Why nothing may be changed now (read-only, offline, signed out); empty when it may.
    QString writeBlockedReason() const;
    const User* selectedUser() const;
    void showProblem(const QString& title, const QString& text);
    void showChangeError(const QString& title, const ApiError& error);
    void removeConfirmed(qint64 id);
    void onEmptyAction();
    void showContextMenu(const QPoint& position);

    UsersModel* m_model;
    QSortFilterProxyModel* m_proxy;
    bool m_signedIn = false;
    EmptyAction m_emptyAction = EmptyAction::None;

    QLineEdit* m_filter;
    QLabel* m_count;
    QToolButton* m_createButton;
    QToolButton* m_editButton;
    QToolButton* m_activeButton;
    QToolButton* m_removeButton;
    QAction* m_createAction;
    QAction* m_editAction;
    QAction* m_activeAction;
    QAction* m_removeAction;
    QAction* m_refreshAction;
    InlineBanner* m_loadBanner;
    InlineBanner* m_banner;
    QStackedWidget* m_states;
    QTableView* m_table;
    EmptyState* m_empty;
    QTimer* m_stateTimer;
};

} // namespace simfleet
