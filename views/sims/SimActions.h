#pragma once

#include "views/shell/WorkspacePage.h"

#include "api/SimOperation.h"
#include "views/operations/BulkOperationDialog.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace simfleet {

class AccountWorkspace;
class ApiClient;
class BulkActionBar;
class FleetModel;
class FleetRepository;
class GroupMembershipDialog;
class InlineBanner;
class ServerFleetModel;
class SimDetailsPane;
class SimIdentityActions;
class SimSelection;
class SimTableView;
struct Sim;

// What can be done to SIMs on the SIMs page: the operation actions (table
// context menu, bulk bar, the main window's menu), the bulk bar under the
// table, the bulk dialog for the selection, and renaming one SIM (details
// pane, Name cell). Operations need write access, a connection and a starter;
// otherwise the actions are disabled and say why.
class SimActions final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimActions)

public:
    // `page` parents the bulk bar, the banner and the dialogs.
    SimActions(AccountWorkspace* workspace, SimSelection* selection, SimTableView* table,
               SimDetailsPane* details, QWidget* page);

    // The operation actions in menu order (Block, Disconnect, separator,
    // the others, separator, Rename…); separators are separator actions.
    // Only the operations the workspace's provider offers exist
    // (SimOperations::available), Rename only with Capability::Rename.
    QList<QAction*> actions() const { return m_actionList; }
    // nullptr for an operation the provider does not offer.
    QAction* operationAction(SimOperation op) const { return m_opActions.value(op); }
    // Never shown without Capability::Rename.
    QAction* renameAction() const { return m_renameAction; }
    // "Add to group…" / "Remove from group…" (beside Set groups…); nullptr
    // without Capability::Groups.
    QAction* addToGroupAction() const { return m_addToGroup; }
    // Activate / bind / swap (the second operator); nullptr without those capabilities.
    SimIdentityActions* identityActions() const { return m_identity; }
    QAction* removeFromGroupAction() const { return m_removeFromGroup; }
    BulkActionBar* bulkBar() const { return m_bulkBar; }
    // Rename failures.
    InlineBanner* banner() const { return m_operationBanner; }

    // Whether the session may change SIMs; `reason` says why not.
    void setWriteAccess(const WriteAccess& access);
    // Whether the session may change SIMs at all (bulk jobs may still be refused).
    bool hasWriteAccess() const { return m_writeAccess.allowed; }
    // What starts a job from the bulk dialog; the workspace's bulk operations
    // unless set.
    void setOperationStarter(BulkOperationDialog::Starter starter);
    // Why operations cannot start now (read-only, offline, no starter, no
    // selection); empty when they can.
    QString operationsUnavailableReason() const;
    // Opens the dialog for `op` on the selection; nullptr when operations are
    // unavailable. The dialog deletes itself when closed.
    BulkOperationDialog* openOperationDialog(SimOperation op);
    // cppcheck-suppress CastIntegerToAddressAtReturn ; QPointer<T> converts to T* (no Qt headers)
    BulkOperationDialog* operationDialog() const { return m_operationDialog; }
    // Adds the selection to a group, or takes it out of one, keeping each
    // SIM's other groups (GroupMembershipDialog); nullptr when operations are
    // unavailable. The dialog deletes itself when closed.
    GroupMembershipDialog* openGroupMembershipDialog(bool add);

    // Renames one SIM (sim/edit); the table shows the new name once
    // NovaConnect accepted it. False when renaming is not possible now.
    bool renameSim(qint64 simId, const QString& newName);
    bool isRenaming() const { return m_renaming; }
    // The server-side table, whose row a rename updates in place.
    void setServerModel(ServerFleetModel* server) { m_serverModel = server; }

    // Enables, disables and explains the actions for the current state.
    void updateOperationActions();
    void retranslate();

signals:
    // A rename ended; `errorOrEmpty` is the translated failure (audit trail).
    void simRenamed(qint64 simId, const QString& oldName, const QString& newName,
                    const QString& errorOrEmpty);

private:
    void createOperationActions();
    bool canRename() const;
    std::optional<Sim> findSim(qint64 id) const;
    QString renameUnavailableReason() const;

    AccountWorkspace* m_workspace;
    QPointer<ApiClient> m_client;
    FleetModel* m_model;
    FleetRepository* m_repository;
    SimSelection* m_selection;
    SimTableView* m_table;
    SimDetailsPane* m_details;
    QWidget* m_page;
    QPointer<ServerFleetModel> m_serverModel;
    QHash<SimOperation, QAction*> m_opActions;
    QAction* m_renameAction = nullptr;
    QAction* m_addToGroup = nullptr;
    QAction* m_removeFromGroup = nullptr;
    SimIdentityActions* m_identity = nullptr;
    QList<QAction*> m_actionList;
    BulkActionBar* m_bulkBar = nullptr;
    InlineBanner* m_operationBanner;
    QPointer<BulkOperationDialog> m_operationDialog;
    BulkOperationDialog::Starter m_starter;
    WriteAccess m_writeAccess;
    bool m_renaming = false;
};

} // namespace simfleet
