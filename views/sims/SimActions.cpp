// The SIMs page's actions: bulk operations on the selection and renaming one SIM.
#include "views/sims/SimActions.h"

#include "api/ApiClient.h"
#include "models/fleet/FleetFilterModel.h"
#include "models/fleet/FleetModel.h"
#include "models/fleet/FleetRepository.h"
#include "models/fleet/ServerFleetModel.h"
#include "models/fleet/SimTableSource.h"
#include "models/jobs/BulkOperations.h"
#include "models/jobs/BulkPreview.h"
#include "models/workspace/AccountWorkspace.h"
#include "resources/ResourceIcons.h"
#include "views/common/InlineBanner.h"
#include "views/groups/GroupMembershipDialog.h"
#include "views/sims/BulkActionBar.h"
#include "views/sims/SimDetailsPane.h"
#include "views/sims/SimIdentityActions.h"
#include "views/sims/SimSelection.h"
#include "views/sims/SimTableView.h"

#include <QAction>
#include <QMenu>
#include <QToolButton>

#include <memory>

namespace simfleet {

namespace {

// Menu order: the destructive ones first, set apart; Rename last. Only those
// the account's provider offers are created.
const SimOperation kDestructiveOrder[] = {
    SimOperation::Block,
    SimOperation::Disconnect,
    SimOperation::ServiceBlock,
    SimOperation::FinanceBlock,
};
const SimOperation kOtherOrder[] = {
    SimOperation::Unblock,        SimOperation::ServiceUnblock, SimOperation::FinanceUnblock,
    SimOperation::Reconnect,      SimOperation::Ping,           SimOperation::Sms,
    SimOperation::InfoSms,        SimOperation::Limit,          SimOperation::Tariff,
    SimOperation::TariffFromDate, SimOperation::Repackage,      SimOperation::TopUp,
    SimOperation::Group,
};

} // namespace

SimActions::SimActions(AccountWorkspace* workspace, SimSelection* selection, SimTableView* table,
                       SimDetailsPane* details, QWidget* page)
    : QObject(page)
    , m_workspace(workspace)
    , m_client(workspace->client())
    , m_model(workspace->fleetModel())
    , m_repository(workspace->fleet())
    , m_selection(selection)
    , m_table(table)
    , m_details(details)
    , m_page(page)
    , m_operationBanner(new InlineBanner(page)) {
    // New jobs go to the workspace's journal; tests may start them elsewhere.
    BulkOperations* bulk = workspace->bulkOperations();
    m_starter = [bulk](const BulkPreview& preview, const SimOperationParams& params,
                       QString* error) { return bulk->start(preview, params, error); };
    createOperationActions();
    connect(m_selection, &SimSelection::changed, this, &SimActions::updateOperationActions);
    connect(m_repository, &FleetRepository::offlineChanged, this,
            &SimActions::updateOperationActions);
    retranslate();
}

void SimActions::createOperationActions() {
    const auto addSeparator = [this] {
        auto* separator = new QAction(this);
        separator->setSeparator(true);
        m_actionList.append(separator);
    };
    const ProviderKind provider = m_workspace->provider();
    const auto addOperation = [this, provider](SimOperation op) {
        if (!SimOperations::isAvailable(op, provider))
            return false;
        auto* action = new QAction(this);
        action->setObjectName(QStringLiteral("operation_") + SimOperations::name(op));
        if (BulkOperationDialog::isDestructive(op))
            action->setIcon(ResourceIcons::icon(QStringLiteral("status-blocked")));
        connect(action, &QAction::triggered, this, [this, op] { openOperationDialog(op); });
        m_opActions.insert(op, action);
        m_actionList.append(action);
        if (op == SimOperation::Group && m_workspace->has(Capability::Groups)) {
            m_addToGroup = new QAction(this);
            m_addToGroup->setObjectName(QStringLiteral("operation_addToGroup"));
            connect(m_addToGroup, &QAction::triggered, this,
                    [this] { openGroupMembershipDialog(true); });
            m_removeFromGroup = new QAction(this);
            m_removeFromGroup->setObjectName(QStringLiteral("operation_removeFromGroup"));
            connect(m_removeFromGroup, &QAction::triggered, this,
                    [this] { openGroupMembershipDialog(false); });
            m_actionList.append(m_addToGroup);
            m_actionList.append(m_removeFromGroup);
        }
        return true;
    };
    bool any = false;
    for (SimOperation op : kDestructiveOrder)
        any = addOperation(op) || any;
    if (any)
        addSeparator();
    for (SimOperation op : kOtherOrder)
        addOperation(op);
    // Renaming exists only where the provider keeps a name: elsewhere the
    // action is never shown (the pane and the Name cell offer none either).
    m_renameAction = new QAction(this);
    m_renameAction->setObjectName(QStringLiteral("operation_rename"));
    m_renameAction->setVisible(canRename());
    connect(m_renameAction, &QAction::triggered, m_details, &SimDetailsPane::beginRename);
    if (canRename()) {
        addSeparator();
        m_actionList.append(m_renameAction);
    }
    if (m_workspace->has(Capability::Activation) || m_workspace->has(Capability::NumberBinding)) {
        m_identity = new SimIdentityActions(
            m_workspace,
            [this]() -> std::optional<Sim> {
                const QVector<qint64> ids = m_selection->selectedIds();
                return ids.size() == 1 ? findSim(ids.first()) : std::nullopt;
            },
            m_page);
        addSeparator();
        m_actionList += m_identity->actions();
    }
    m_details->setRenameShown(canRename());

    m_bulkBar = new BulkActionBar(m_opActions, canRename() ? m_renameAction : nullptr, m_page);
    m_bulkBar->hide();
    // Beside Set groups… under the bar's More.
    if (QMenu* more = m_bulkBar->moreButton()->menu(); more && m_addToGroup) {
        const QList<QAction*> items = more->actions();
        const int at = int(items.indexOf(m_opActions.value(SimOperation::Group)));
        more->insertActions(items.value(at + 1), {m_addToGroup, m_removeFromGroup});
    }
    connect(m_bulkBar, &BulkActionBar::bringBackRequested, m_selection,
            &SimSelection::bringBackHidden);
    m_operationBanner->setObjectName(QStringLiteral("operationBanner"));
    m_operationBanner->hide();

    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addActions(m_actionList);
    connect(m_table, &SimTableView::nameEdited, this,
            [this](qint64 simId, const QString& name) { renameSim(simId, name); });
    connect(m_details, &SimDetailsPane::renameRequested, this, &SimActions::renameSim);
}

void SimActions::setWriteAccess(const WriteAccess& access) {
    m_writeAccess = access;
    updateOperationActions();
}

void SimActions::setOperationStarter(BulkOperationDialog::Starter starter) {
    m_starter = std::move(starter);
    updateOperationActions();
}

QString SimActions::operationsUnavailableReason() const {
    if (!m_writeAccess.jobsAllowed()) {
        const QString reason = m_writeAccess.jobsDeniedReason();
        return reason.isEmpty() ? tr("Sign in as an administrator to change SIMs.") : reason;
    }
    if (m_repository->isOffline())
        return m_workspace->provider() == ProviderKind::NovaConnect
                   ? tr("Offline — operations need a connection to NovaConnect.")
                   : tr("Offline — operations need a connection to the operator.");
    if (!m_starter)
        return tr("Operations are not available in this window.");
    if (m_selection->count() == 0)
        return tr("Select one or more SIMs first.");
    return {};
}

QString SimActions::renameUnavailableReason() const {
    // Renaming is one direct request, not a job: the journal is not needed.
    if (!m_writeAccess.allowed)
        return m_writeAccess.reason.isEmpty() ? tr("Sign in as an administrator to change SIMs.")
                                              : m_writeAccess.reason;
    if (m_repository->isOffline())
        return tr("Offline — renaming needs a connection to NovaConnect.");
    if (!m_client)
        return tr("Renaming is not available in this window.");
    if (m_renaming)
        return tr("A SIM is being renamed.");
    if (m_selection->count() != 1)
        return tr("Select one SIM to rename it.");
    return {};
}

void SimActions::updateOperationActions() {
    const QString reason = operationsUnavailableReason();
    QList<QAction*> operations = m_opActions.values();
    if (m_addToGroup)
        operations << m_addToGroup << m_removeFromGroup;
    for (QAction* action : std::as_const(operations)) {
        action->setEnabled(reason.isEmpty());
        action->setToolTip(reason.isEmpty() ? action->iconText() : reason);
        action->setStatusTip(reason);
    }
    if (m_identity) {
        QString identityReason;
        if (!m_writeAccess.allowed)
            identityReason = m_writeAccess.reason.isEmpty()
                                 ? tr("Sign in as an administrator to change SIMs.")
                                 : m_writeAccess.reason;
        else if (m_repository->isOffline())
            identityReason = tr("Offline — operations need a connection to the operator.");
        m_identity->update(identityReason);
    }
    const QString renameReason = renameUnavailableReason();
    m_renameAction->setEnabled(renameReason.isEmpty());
    m_renameAction->setToolTip(renameReason.isEmpty() ? m_renameAction->iconText() : renameReason);
    m_renameAction->setStatusTip(renameReason);

    // The pane and the Name cell do not need a selection of exactly one.
    QString paneReason;
    if (!m_writeAccess.allowed || m_repository->isOffline() || !m_client)
        paneReason = renameReason;
    m_details->setRenameAllowed(paneReason.isEmpty(), paneReason);
    if (SimTableSource* source = m_selection->source())
        source->setNameEditable(canRename() && paneReason.isEmpty() && !m_renaming);

    const int selected = m_selection->count();
    const int hidden = int(m_selection->hiddenIds().size());
    m_bulkBar->setSelectedCount(selected);
    m_bulkBar->setHiddenCount(hidden);
    m_bulkBar->setUnavailableReason(selected > 0 ? reason : QString());
    m_bulkBar->setVisible(selected > 0 || hidden > 0);
    m_details->setSelectionCount(selected);
}

BulkOperationDialog* SimActions::openOperationDialog(SimOperation op) {
    if (!m_opActions.contains(op) || !operationsUnavailableReason().isEmpty())
        return nullptr;
    if (m_operationDialog) {
        m_operationDialog->raise();
        m_operationDialog->activateWindow();
        return m_operationDialog;
    }
    const QVector<qint64> ids = m_selection->selectedIds();
    // A copy of the selected SIMs: the table may refresh while the dialog is open.
    auto selected = std::make_shared<QHash<qint64, Sim>>();
    selected->reserve(ids.size());
    for (qint64 id : ids) {
        if (const std::optional<Sim> sim = findSim(id))
            selected->insert(id, *sim);
    }
    BulkPreview preview = BulkPreview::build(op, ids, *selected);
    auto lookup = [selected](qint64 id) -> const Sim* {
        const auto it = selected->constFind(id);
        return it == selected->constEnd() ? nullptr : &*it;
    };
    auto* dialog = new BulkOperationDialog(std::move(preview), lookup, m_workspace->groups(),
                                           m_workspace->tariffs(), m_page);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setStarter(m_starter);
    m_operationDialog = dialog;
    dialog->open();
    return dialog;
}

GroupMembershipDialog* SimActions::openGroupMembershipDialog(bool add) {
    if (!m_addToGroup || !operationsUnavailableReason().isEmpty())
        return nullptr;
    QVector<Sim> sims;
    const QVector<qint64> ids = m_selection->selectedIds();
    sims.reserve(ids.size());
    for (qint64 id : ids) {
        if (const std::optional<Sim> sim = findSim(id))
            sims.append(*sim);
    }
    auto* dialog = new GroupMembershipDialog(
        add ? GroupMembership::Change::Add : GroupMembership::Change::Remove, sims,
        m_workspace->groups(), 0, m_workspace->bulkOperations()->options().chunkSize, {}, m_page);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setStarter(m_starter);
    dialog->open();
    return dialog;
}

std::optional<Sim> SimActions::findSim(qint64 id) const {
    if (SimTableSource* source = m_selection->source()) {
        if (std::optional<Sim> sim = source->findSim(id))
            return sim;
    }
    const std::optional<Sim>& shown = m_details->sim();
    return shown && shown->id == id ? shown : std::nullopt;
}

bool SimActions::canRename() const {
    return m_workspace->has(Capability::Rename);
}

bool SimActions::renameSim(qint64 simId, const QString& newName) {
    if (!canRename() || m_renaming || !m_client || !m_writeAccess.allowed ||
        m_repository->isOffline())
        return false;
    const std::optional<Sim> sim = findSim(simId);
    if (!sim)
        return false;
    const QString oldName = sim->name;
    const QString name = newName.trimmed();
    m_renaming = true;
    m_operationBanner->hide();
    m_details->setRenameBusy(true);
    updateOperationActions();
    m_repository->renameSim(
        *sim, name, this,
        [this, simId, oldName, name, fallback = *sim](const Result<SimRename>& result) {
            m_renaming = false;
            if (result.ok()) {
                // The SIM as the table holds it now, not as it was when the rename began.
                const std::optional<Sim> current = findSim(simId);
                Sim renamed = current ? *current : fallback;
                renamed.name = result.value.name.isNull() ? name : result.value.name;
                if (m_model->rowOfId(simId) >= 0)
                    m_model->upsert({renamed});
                if (m_serverModel)
                    m_serverModel->updateSim(renamed);
                if (m_details->sim() && m_details->sim()->id == simId)
                    m_details->setSim(&renamed);
                m_details->finishRename(true);
                updateOperationActions();
                emit simRenamed(simId, oldName, renamed.name, QString());
                return;
            }
            m_details->finishRename(false);
            const QString error = result.error.userMessage();
            m_operationBanner->setClosable(true);
            const ApiError failure = result.error;
            m_operationBanner->showMessage(
                InlineBanner::Kind::Error, [] { return tr("The SIM was not renamed"); },
                [failure] { return failure.userMessage(); });
            updateOperationActions();
            emit simRenamed(simId, oldName, name, error);
        });
    return true;
}

void SimActions::retranslate() {
    for (auto it = m_opActions.cbegin(); it != m_opActions.cend(); ++it) {
        QString text;
        switch (it.key()) {
        case SimOperation::Block:
            text = tr("&Block", "verb: block SIMs");
            break;
        case SimOperation::Unblock:
            text = tr("&Unblock", "verb: unblock SIMs");
            break;
        case SimOperation::Reconnect:
            text = tr("R&econnect", "verb: reconnect SIMs");
            break;
        case SimOperation::Disconnect:
            text = tr("&Disconnect", "verb: disconnect SIMs from the network");
            break;
        case SimOperation::Ping:
            text = tr("&Ping", "verb: ping SIMs");
            break;
        case SimOperation::Sms:
            text = tr("Send &SMS…");
            break;
        case SimOperation::Limit:
            text = tr("Data &limit…");
            break;
        case SimOperation::Tariff:
            text = tr("&Tariff…", "change the tariff plan");
            break;
        case SimOperation::Repackage:
            text = tr("Re-&add package");
            break;
        case SimOperation::Group:
            text = tr("Set &groups…");
            break;
        case SimOperation::ServiceBlock:
            text = tr("Block a ser&vice…");
            break;
        case SimOperation::ServiceUnblock:
            text = tr("Unbloc&k a service…");
            break;
        case SimOperation::FinanceBlock:
            text = tr("&Financial block");
            break;
        case SimOperation::FinanceUnblock:
            text = tr("Lift the financial bl&ock");
            break;
        case SimOperation::TariffFromDate:
            text = tr("&Tariff from a date…");
            break;
        case SimOperation::TopUp:
            text = tr("Add a top-&up packet…");
            break;
        case SimOperation::InfoSms:
            text = tr("Informational &SMS…");
            break;
        }
        it.value()->setText(text);
    }
    if (m_addToGroup) {
        m_addToGroup->setText(tr("Add t&o group…", "add SIMs to a group"));
        m_removeFromGroup->setText(tr("Re&move from group…", "remove SIMs from a group"));
    }
    m_renameAction->setText(tr("Re&name…", "rename one SIM"));
    if (m_identity)
        m_identity->retranslate();
    updateOperationActions();
}

} // namespace simfleet
