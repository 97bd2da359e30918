#include "views/groups/GroupsPage.h"

#include "models/fleet/FleetModel.h"
#include "models/fleet/SimListMatcher.h"
#include "models/groups/GroupSimsModel.h"
#include "models/jobs/BulkOperations.h"
#include "models/workspace/AccountWorkspace.h"
#include "views/groups/GroupMembershipDialog.h"
#include "views/sims/ImportSelectionDialog.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QMenu>
#include <QPushButton>
#include <QTableView>

namespace simfleet {

QMenu* GroupsPage::sourceMenu(bool add) {
    auto* menu = new QMenu(this);
    menu->setObjectName(add ? QStringLiteral("addSimsMenu") : QStringLiteral("removeSimsMenu"));
    connect(menu, &QMenu::aboutToShow, this, [this, menu, add] {
        menu->clear();
        const auto addItem = [this, menu](const QString& text, bool enabled,
                                          const std::function<void()>& run) {
            auto* action = new QAction(text, menu);
            action->setEnabled(enabled);
            connect(action, &QAction::triggered, this, run);
            menu->addAction(action);
        };
        const int selected = m_simsPageSelection ? int(m_simsPageSelection().size()) : 0;
        addItem(tr("The %Ln SIM(s) selected on the SIMs page", "", selected), selected > 0,
                [this, add] { changeSimsPageSelection(add); });
        addItem(tr("From a list of ICCIDs, numbers or ids…"), true,
                [this, add] { askForList(add); });
        if (!add) {
            const int members = int(m_simsTable->selectionModel()->selectedRows().size());
            addItem(tr("The %Ln SIM(s) selected in the list below", "", members), members > 0,
                    [this] { removeSelectedMembers(); });
        }
    });
    return menu;
}

QString GroupsPage::membershipReason() const {
    QString reason = writeReason();
    if (!reason.isEmpty())
        return reason;
    // Adding and removing SIMs is a bulk job: it needs the job journal too.
    if (!writeAccess().jobsAllowed())
        return writeAccess().jobsDeniedReason();
    if (!m_starter)
        return tr("Operations are not available in this window.");
    return {};
}

GroupMembershipDialog* GroupsPage::openMembershipDialog(bool add, const QVector<Sim>& sims,
                                                        const QStringList& notFound) {
    const qint64 id = selectedGroupId();
    if (!membershipReason().isEmpty() || id == 0)
        return nullptr;
    auto* dialog = new GroupMembershipDialog(
        add ? GroupMembership::Change::Add : GroupMembership::Change::Remove, sims,
        m_workspace->groups(), id, m_workspace->bulkOperations()->options().chunkSize, notFound,
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setStarter(m_starter);
    dialog->open();
    return dialog;
}

GroupMembershipDialog* GroupsPage::changeSimsPageSelection(bool add) {
    if (!m_simsPageSelection)
        return nullptr;
    return openMembershipDialog(add, m_simsPageSelection());
}

GroupMembershipDialog* GroupsPage::changeListedSims(bool add, const QStringList& entries) {
    const QVector<Sim> fleet = m_workspace->fleetModel()->allSims();
    const SimListMatcher::MatchResult match = SimListMatcher::match(fleet, entries);
    QVector<Sim> sims;
    sims.reserve(match.rows.size());
    for (int row : match.rows)
        sims.append(fleet.at(row));
    return openMembershipDialog(add, sims, match.notFound);
}

GroupMembershipDialog* GroupsPage::removeSelectedMembers() {
    QVector<Sim> sims;
    const QModelIndexList rows = m_simsTable->selectionModel()->selectedRows();
    for (const QModelIndex& index : rows)
        sims.append(m_sims->rowAt(index.row()));
    return openMembershipDialog(false, sims);
}

void GroupsPage::askForList(bool add) {
    if (!membershipReason().isEmpty() || selectedGroupId() == 0)
        return;
    auto* dialog = new ImportSelectionDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->clearFilterButton()->hide();
    connect(dialog, &ImportSelectionDialog::selectRequested, this,
            [this, dialog, add](const QStringList& entries) {
                dialog->close();
                changeListedSims(add, entries);
            });
    dialog->open();
}

} // namespace simfleet
