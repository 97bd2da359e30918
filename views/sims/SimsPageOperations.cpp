// SimsPage: bulk operations on the selection and renaming one SIM.
#include "views/sims/SimsPage.h"

#include "api/ApiClient.h"
#include "models/fleet/FleetFilterModel.h"
#include "models/fleet/FleetModel.h"
#include "models/fleet/FleetRepository.h"
#include "models/fleet/ServerFleetModel.h"
#include "models/jobs/BulkPreview.h"
#include "models/workspace/AccountWorkspace.h"
#include "resources/ResourceIcons.h"
#include "views/common/InlineBanner.h"
#include "views/sims/BulkActionBar.h"
#include "views/sims/FilterBar.h"
#include "views/sims/SimDetailsPane.h"
#include "views/sims/SimTableView.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QSet>

#include <memory>

namespace simfleet {

namespace {

// Menu order: the destructive ones first, set apart; Rename last.
const SimOperation kMenuOrder[] = {
    SimOperation::Block,     SimOperation::Disconnect, SimOperation::Unblock,
    SimOperation::Reconnect, SimOperation::Ping,       SimOperation::Sms,
    SimOperation::Limit,     SimOperation::Tariff,     SimOperation::Repackage,
    SimOperation::Group,
};

} // namespace

void SimsPage::createOperationActions() {
    const auto addSeparator = [this] {
        auto* separator = new QAction(this);
        separator->setSeparator(true);
        m_actionList.append(separator);
    };
    for (SimOperation op : kMenuOrder) {
        auto* action = new QAction(this);
        action->setObjectName(QStringLiteral("operation_") + SimOperations::name(op));
        if (BulkOperationDialog::isDestructive(op))
            action->setIcon(ResourceIcons::icon(QStringLiteral("status-blocked")));
        connect(action, &QAction::triggered, this, [this, op] { openOperationDialog(op); });
        m_opActions.insert(op, action);
        m_actionList.append(action);
        if (op == SimOperation::Disconnect || op == SimOperation::Group)
            addSeparator();
    }
    m_renameAction = new QAction(this);
    m_renameAction->setObjectName(QStringLiteral("operation_rename"));
    connect(m_renameAction, &QAction::triggered, m_details, &SimDetailsPane::beginRename);
    m_actionList.append(m_renameAction);

    m_bulkBar = new BulkActionBar(m_opActions, m_renameAction, this);
    m_bulkBar->hide();
    connect(m_bulkBar, &BulkActionBar::bringBackRequested, this,
            &SimsPage::bringBackHiddenSelection);
    m_operationBanner->setObjectName(QStringLiteral("operationBanner"));
    m_operationBanner->hide();

    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addActions(m_actionList);
    connect(m_table, &SimTableView::nameEdited, this,
            [this](qint64 simId, const QString& name) { renameSim(simId, name); });
    connect(m_details, &SimDetailsPane::renameRequested, this, &SimsPage::renameSim);
}

void SimsPage::setWriteAccess(const WriteAccess& access) {
    WorkspacePage::setWriteAccess(access);
    m_writeAllowed = access.allowed;
    m_writeReason = access.reason;
    updateOperationActions();
}

void SimsPage::setOperationStarter(OperationStarter starter) {
    m_starter = std::move(starter);
    updateOperationActions();
}

QString SimsPage::operationsUnavailableReason() const {
    if (!m_writeAllowed)
        return m_writeReason.isEmpty() ? tr("Sign in as an administrator to change SIMs.")
                                       : m_writeReason;
    if (m_repository->isOffline())
        return tr("Offline — operations need a connection to NovaConnect.");
    if (!m_starter)
        return tr("Operations are not available in this window.");
    if (m_selectedCount == 0)
        return tr("Select one or more SIMs first.");
    return {};
}

QString SimsPage::renameUnavailableReason() const {
    if (!m_writeAllowed)
        return m_writeReason.isEmpty() ? tr("Sign in as an administrator to change SIMs.")
                                       : m_writeReason;
    if (m_repository->isOffline())
        return tr("Offline — renaming needs a connection to NovaConnect.");
    if (!m_client)
        return tr("Renaming is not available in this window.");
    if (m_renaming)
        return tr("A SIM is being renamed.");
    if (m_selectedCount != 1)
        return tr("Select one SIM to rename it.");
    return {};
}

void SimsPage::updateOperationActions() {
    const QString reason = operationsUnavailableReason();
    for (QAction* action : std::as_const(m_opActions)) {
        action->setEnabled(reason.isEmpty());
        action->setToolTip(reason.isEmpty() ? action->iconText() : reason);
        action->setStatusTip(reason);
    }
    const QString renameReason = renameUnavailableReason();
    m_renameAction->setEnabled(renameReason.isEmpty());
    m_renameAction->setToolTip(renameReason.isEmpty() ? m_renameAction->iconText() : renameReason);
    m_renameAction->setStatusTip(renameReason);

    // The pane and the Name cell do not need a selection of exactly one.
    QString paneReason;
    if (!m_writeAllowed || m_repository->isOffline() || !m_client)
        paneReason = renameReason;
    m_details->setRenameAllowed(paneReason.isEmpty(), paneReason);
    m_model->setNameEditable(paneReason.isEmpty() && !m_renaming);
    if (m_serverModel)
        m_serverModel->setNameEditable(paneReason.isEmpty() && !m_renaming);

    m_bulkBar->setSelectedCount(m_selectedCount);
    m_bulkBar->setHiddenCount(int(m_droppedIds.size()));
    m_bulkBar->setUnavailableReason(m_selectedCount > 0 ? reason : QString());
    m_bulkBar->setVisible(m_selectedCount > 0 || !m_droppedIds.isEmpty());
    m_details->setSelectionCount(m_selectedCount);
}

void SimsPage::onSelectionChanged() {
    // A selection the user made (or Select… made) replaces the hidden one.
    if (!m_restoringSelection)
        m_droppedIds.clear();
    recountSelection();
}

void SimsPage::onTableRowsChanged() {
    // A filter change, a refresh or a reset took rows out of the table; the
    // selection model forgot them silently. Selected SIMs the filter now hides
    // are kept aside for "Bring them back"; those it shows again are forgotten.
    const QVector<qint64> before = m_selectionIds;
    recountSelection();
    if (m_serverModel) {
        // The server-side table resets on every sort and page: nothing to keep.
        m_droppedIds.clear();
        updateOperationActions();
        return;
    }
    const auto hidden = [this](qint64 id) {
        const int row = m_model->rowOfId(id);
        return row >= 0 && !m_filterModel->mapFromSource(m_model->index(row, 0)).isValid();
    };
    m_droppedIds.erase(std::remove_if(m_droppedIds.begin(), m_droppedIds.end(),
                                      [&hidden](qint64 id) { return !hidden(id); }),
                       m_droppedIds.end());
    const QSet<qint64> now(m_selectionIds.cbegin(), m_selectionIds.cend());
    const QSet<qint64> kept(m_droppedIds.cbegin(), m_droppedIds.cend());
    QVector<int> lostRows;
    for (qint64 id : before) {
        if (now.contains(id) || kept.contains(id))
            continue;
        if (!hidden(id)) {
            // Still shown but no longer selected: QItemSelectionModel loses a
            // whole-table selection when the row count changes. Not the user's doing.
            const int row = m_model->rowOfId(id);
            if (row >= 0)
                lostRows.append(m_filterModel->mapFromSource(m_model->index(row, 0)).row());
            continue;
        }
        if (m_droppedIds.isEmpty())
            m_restoreFilter = m_appliedFilter;
        m_droppedIds.append(id);
    }
    if (!lostRows.isEmpty()) {
        std::sort(lostRows.begin(), lostRows.end());
        QItemSelection selection;
        const int lastColumn = m_filterModel->columnCount() - 1;
        for (qsizetype i = 0; i < lostRows.size();) {
            qsizetype j = i;
            while (j + 1 < lostRows.size() && lostRows.at(j + 1) == lostRows.at(j) + 1)
                ++j;
            selection.select(m_filterModel->index(lostRows.at(i), 0),
                             m_filterModel->index(lostRows.at(j), lastColumn));
            i = j + 1;
        }
        m_restoringSelection = true;
        m_table->selectionModel()->select(selection, QItemSelectionModel::Select);
        m_restoringSelection = false;
        recountSelection();
    }
    updateOperationActions();
}

void SimsPage::recountSelection() {
    m_selectionIds = selectedSimIds();
    m_selectedCount = int(m_selectionIds.size());
    updateOperationActions();
}

void SimsPage::bringBackHiddenSelection() {
    if (m_droppedIds.isEmpty() || m_serverModel)
        return;
    const QVector<qint64> ids = m_selectionIds + m_droppedIds;
    if (m_restoreFilter != m_appliedFilter)
        m_filterBar->setFilter(m_restoreFilter);
    // selectSims() clears a filter that still hides some of them.
    selectSims(ids);
    m_droppedIds.clear();
    recountSelection();
}

QVector<qint64> SimsPage::selectedSimIds() const {
    QVector<qint64> ids;
    const QItemSelectionModel* selectionModel = m_table->selectionModel();
    if (!selectionModel)
        return ids;
    const QItemSelection selection = selectionModel->selection();
    QVector<int> rows;
    rows.reserve(m_selectedCount);
    for (const QItemSelectionRange& range : selection) {
        for (int row = range.top(); row <= range.bottom(); ++row)
            rows.append(row);
    }
    // Ctrl-clicks leave ranges in click order, possibly overlapping.
    if (selection.size() > 1) {
        std::sort(rows.begin(), rows.end());
        rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    }
    ids.reserve(rows.size());
    if (m_serverModel) {
        for (int row : std::as_const(rows)) {
            if (row < m_serverModel->rowCount())
                ids.append(m_serverModel->simAt(row).id);
        }
        return ids;
    }
    const QVector<int>& sourceRows = m_filterModel->sourceRows();
    for (int row : std::as_const(rows)) {
        if (row < sourceRows.size())
            ids.append(m_model->simAt(sourceRows.at(row)).id);
    }
    return ids;
}

int SimsPage::selectSims(const QVector<qint64>& ids) {
    if (m_serverModel) {
        // Only the rows fetched so far can be selected.
        const QSet<qint64> wanted(ids.cbegin(), ids.cend());
        QVector<int> rows;
        for (int row = 0; row < m_serverModel->rowCount(); ++row) {
            if (wanted.contains(m_serverModel->simAt(row).id))
                rows.append(row);
        }
        const int found = int(rows.size());
        selectProxyRows(std::move(rows));
        return found;
    }
    QVector<int> sourceRows;
    sourceRows.reserve(ids.size());
    for (qint64 id : ids) {
        const int row = m_model->rowOfId(id);
        if (row >= 0)
            sourceRows.append(row);
    }
    const auto hidden = [this](int sourceRow) {
        return !m_filterModel->mapFromSource(m_model->index(sourceRow, 0)).isValid();
    };
    if (std::any_of(sourceRows.cbegin(), sourceRows.cend(), hidden))
        m_filterBar->clear();
    QVector<int> proxyRows;
    proxyRows.reserve(sourceRows.size());
    for (int sourceRow : std::as_const(sourceRows)) {
        const QModelIndex proxy = m_filterModel->mapFromSource(m_model->index(sourceRow, 0));
        if (proxy.isValid())
            proxyRows.append(proxy.row());
    }
    const int found = int(proxyRows.size());
    selectProxyRows(std::move(proxyRows));
    m_table->setFocus(Qt::OtherFocusReason);
    return found;
}

BulkOperationDialog* SimsPage::openOperationDialog(SimOperation op) {
    if (!operationsUnavailableReason().isEmpty())
        return nullptr;
    if (m_operationDialog) {
        m_operationDialog->raise();
        m_operationDialog->activateWindow();
        return m_operationDialog;
    }
    const QVector<qint64> ids = selectedSimIds();
    // A copy of the selected SIMs: the table may refresh while the dialog is open.
    auto selected = std::make_shared<QHash<qint64, Sim>>();
    selected->reserve(ids.size());
    for (qint64 id : ids) {
        if (const Sim* sim = findSim(id))
            selected->insert(id, *sim);
    }
    BulkPreview preview = BulkPreview::build(op, ids, *selected);
    auto lookup = [selected](qint64 id) -> const Sim* {
        const auto it = selected->constFind(id);
        return it == selected->constEnd() ? nullptr : &*it;
    };
    auto* dialog = new BulkOperationDialog(std::move(preview), lookup, m_workspace->groups(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setStarter(m_starter);
    m_operationDialog = dialog;
    dialog->open();
    return dialog;
}

const Sim* SimsPage::findSim(qint64 id) const {
    const int row = m_model->rowOfId(id);
    if (row >= 0)
        return &m_model->simAt(row);
    if (m_serverModel) {
        const int serverRow = m_serverModel->rowOfId(id);
        if (serverRow >= 0)
            return &m_serverModel->simAt(serverRow);
    }
    const std::optional<Sim>& shown = m_details->sim();
    return shown && shown->id == id ? &*shown : nullptr;
}

bool SimsPage::renameSim(qint64 simId, const QString& newName) {
    if (m_renaming || !m_client || !m_writeAllowed || m_repository->isOffline())
        return false;
    const Sim* sim = findSim(simId);
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
                const Sim* current = findSim(simId);
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

void SimsPage::retranslateOperationActions() {
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
        }
        it.value()->setText(text);
    }
    m_renameAction->setText(tr("Re&name…", "rename one SIM"));
    updateOperationActions();
}

} // namespace simfleet
