#include "app/gui/WorkspacePages.h"

#include "models/fleet/SimTableSource.h"
#include "models/workspace/AccountWorkspace.h"
#include "views/bills/BillsPage.h"
#include "views/combined/CombinedFleetPage.h"
#include "views/groups/GroupsPage.h"
#include "views/home/HomePage.h"
#include "views/notifications/NotificationsPage.h"
#include "views/operations/OperationsPage.h"
#include "views/profile/ProfilePage.h"
#include "views/reports/ReportsPage.h"
#include "views/sims/SimsPage.h"
#include "views/users/UsersPage.h"

#include <QPointer>

namespace simfleet {

namespace {

GroupsPage* groupsPage(AccountWorkspace* workspace, SimsPage* sims) {
    auto* groups = new GroupsPage(workspace);
    // "Add SIMs…" on the Groups page can take the SIMs selected on the SIMs page.
    groups->setSimsPageSelection([sims = QPointer<SimsPage>(sims)] {
        QVector<Sim> selected;
        if (!sims)
            return selected;
        for (qint64 id : sims->selectedSimIds()) {
            if (const std::optional<Sim> sim = sims->tableSource()->findSim(id))
                selected.append(*sim);
        }
        return selected;
    });
    return groups;
}

ReportsPage* reportsPage(AccountWorkspace* workspace, SimsPage* sims) {
    auto* reports = new ReportsPage(workspace);
    // The "Selected SIMs" scope of a report: the SIMs selected on the SIMs page.
    reports->setSimsPageSelection([sims = QPointer<SimsPage>(sims)] {
        return sims ? sims->selectedSimIds() : QVector<qint64>();
    });
    return reports;
}

} // namespace

QList<WorkspacePage*>
createWorkspacePages(AccountWorkspace* workspace,
                     std::function<QVector<CombinedAccount>()> savedAccounts) {
    auto* sims = new SimsPage(workspace);
    // What the account's provider does not have is not shown at all.
    QList<WorkspacePage*> pages{new HomePage(workspace), sims};
    if (workspace->has(Capability::Groups))
        pages.append(groupsPage(workspace, sims));
    if (workspace->has(Capability::Users))
        pages.append(new UsersPage(workspace));
    if (workspace->has(Capability::Bills))
        pages.append(new BillsPage(workspace));
    if (workspace->has(Capability::SessionReports) || workspace->has(Capability::UsageReport))
        pages.append(reportsPage(workspace, sims));
    if (workspace->has(Capability::Notifications))
        pages.append(new NotificationsPage(workspace));
    pages.append(new OperationsPage(workspace->bulkOperations()));
    if (workspace->has(Capability::Profile))
        pages.append(new ProfilePage(workspace->profile()));
    if (savedAccounts)
        pages.append(new CombinedFleetPage(workspace, std::move(savedAccounts)));
    return pages;
}

} // namespace simfleet
