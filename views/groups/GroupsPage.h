#pragma once

#include "api/Sim.h"
#include "views/operations/BulkOperationDialog.h"
#include "views/shell/WorkspacePage.h"

#include <QPointer>

#include <functional>

class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QShortcut;
class QSortFilterProxyModel;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTimer;
class QToolButton;

namespace simfleet {

class ButtonActions;

class AccountWorkspace;
class EmptyState;
class GroupMembershipDialog;
class GroupNameDialog;
class GroupSimsModel;
class GroupTableModel;
class InlineBanner;

// The Groups page: the account's groups (name, created, SIMs in each from the
// loaded fleet) with an instant name filter and sorting; create, rename and
// delete; under the table the selected group's SIMs with "Show in SIM table";
// "Add SIMs…" / "Remove SIMs…" for the selected group, taking the SIMs
// selected on the SIMs page or a pasted list, started as bulk jobs through
// the operation starter (the one the SIMs page uses). States: loading, empty,
// error with Retry (a banner), offline. In server-side mode the counts are
// "—" and the name filter is the API's.
class GroupsPage final : public WorkspacePage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupsPage)

public:
    explicit GroupsPage(AccountWorkspace* workspace, QWidget* parent = nullptr);
    ~GroupsPage() override;

    QString navigationTitle() const override;
    QIcon navigationIcon() const override;
    static QString staticPageId() { return QStringLiteral("groups"); }
    QString pageId() const override { return staticPageId(); }
    void sessionStarted() override;
    void sessionEnded() override;
    void refresh() override;
    void setWriteAccess(const WriteAccess& access) override;
    QList<QAction*> pageActions() const override;
    void workspaceDataChanged() override;
    // "header" (columns and sort) and "splitter".
    QVariantMap saveState() const override;
    void restoreState(const QVariantMap& state) override;
    QList<QWidget*> focusPanes() const override;

    // What starts a job from the add/remove dialog: the workspace's bulk
    // operations (as on the SIMs page) unless set; empty: no operations.
    void setOperationStarter(BulkOperationDialog::Starter starter);
    // The SIMs selected on the SIMs page, as last read ("Add SIMs…";
    // WorkspacePages wires it).
    using SimsSource = std::function<QVector<Sim>()>;
    void setSimsPageSelection(SimsSource source);

    // The group whose SIMs are shown (0: none).
    qint64 selectedGroupId() const;
    bool selectGroup(qint64 groupId);
    void setNameFilter(const QString& text);

    // Dialogs (they delete themselves when closed); nullptr when not possible now.
    GroupNameDialog* openCreateDialog();
    GroupNameDialog* openRenameDialog();
    // Asks, then deletes the selected group; false when not possible now,
    // the user said no, or it was refused before sending.
    bool deleteSelectedGroup();
    GroupMembershipDialog* openMembershipDialog(bool add, const QVector<Sim>& sims,
                                                const QStringList& notFound = {});
    // "Add SIMs…" / "Remove SIMs…" from the SIMs page's selection.
    GroupMembershipDialog* changeSimsPageSelection(bool add);
    // … or from a list of ICCIDs, numbers or "id:N" entries (SimListMatcher),
    // matched against the loaded fleet.
    GroupMembershipDialog* changeListedSims(bool add, const QStringList& entries);
    // … or the group's SIMs selected under the table (remove only).
    GroupMembershipDialog* removeSelectedMembers();
    // Asks for the list (ImportSelectionDialog), then as changeListedSims().
    void askForList(bool add);
    // What the delete confirmation says for `name` with `sims` SIMs (-1: not counted).
    static QString deleteQuestion(const QString& name, int sims);

    QTableView* table() const { return m_table; }
    QTableView* simsTable() const { return m_simsTable; }
    QLineEdit* filterField() const { return m_filter; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    GroupTableModel* model() const { return m_model; }
    GroupSimsModel* simsModel() const { return m_sims; }
    InlineBanner* banner() const { return m_banner; }
    EmptyState* emptyState() const { return m_empty; }
    QPushButton* createButton() const { return m_create; }
    QPushButton* renameButton() const { return m_rename; }
    QPushButton* deleteButton() const { return m_delete; }
    QToolButton* addSimsButton() const { return m_addSims; }
    QToolButton* removeSimsButton() const { return m_removeSims; }
    QPushButton* showInSimsButton() const { return m_showInSims; }
    QLabel* simsTitle() const { return m_simsTitle; }
    // 0 loading, 1 empty, 2 the table.
    int shownState() const;

private:
    void layOut();
    void updateState();
    void updateActions();
    void updateSims();
    void showInSimTable();
    QString writeReason() const;
    QString membershipReason() const;
    QMenu* sourceMenu(bool add);
    void showProblem(const QString& title, const QString& text);
    void retranslateUi() override;

    AccountWorkspace* m_workspace;
    GroupTableModel* m_model;
    GroupSimsModel* m_sims;
    QSortFilterProxyModel* m_proxy;
    QLineEdit* m_filter;
    QTimer* m_serverFilter;
    QPushButton* m_create;
    QPushButton* m_rename;
    QPushButton* m_delete;
    ButtonActions* m_menuActions = nullptr; // the buttons' entries in the page menu
    QShortcut* m_deleteKey = nullptr;
    QShortcut* m_renameKey = nullptr;
    QToolButton* m_addSims;
    QToolButton* m_removeSims;
    QToolButton* m_refresh;
    InlineBanner* m_banner;
    InlineBanner* m_offline;
    InlineBanner* m_problem;
    QStackedWidget* m_states;
    QLabel* m_loading;
    EmptyState* m_empty;
    QSplitter* m_splitter;
    QTableView* m_table;
    QLabel* m_simsTitle;
    QPushButton* m_showInSims;
    QTableView* m_simsTable;
    BulkOperationDialog::Starter m_starter;
    SimsSource m_simsPageSelection;
    bool m_sessionOpen = false;
    enum class EmptyAction { Refresh, Create, ClearFilter };
    EmptyAction m_emptyAction = EmptyAction::Refresh;
};

} // namespace simfleet
