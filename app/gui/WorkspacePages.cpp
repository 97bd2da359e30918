#include "app/gui/WorkspacePages.h"

#include "models/fleet/SimTableSource.h"
#include "models/workspace/AccountWorkspace.h"
#include "views/bills/BillsPage.h"
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

QList<WorkspacePage*> createWorkspacePages(AccountWorkspace* workspace) {
    auto* sims = new SimsPage(workspace);
    auto* groups = new GroupsPage(workspace);
    // "Add SIMs…" on the Groups page can take the SIMs selected on the SIMs page.
    groups->setSimsPageSelection([sims = QPointer<SimsPage>(sims)] {
        QVector<Sim> selected;
        if (!sims)
            return selected;
        for (qint64 id : sims->selectedSimIds()) {
            if (const Sim* sim = sims->tableSource()->findSim(id))
                selected.append(*sim);
        }
        return selected;
    });
    auto* reports = new ReportsPage(workspace);
    // The "Selected SIMs" scope of a report: the SIMs selected on the SIMs page.
    reports->setSimsPageSelection([sims = QPointer<SimsPage>(sims)] {
        return sims ? sims->selectedSimIds() : QVector<qint64>();
    });
    return {
        new HomePage(workspace),
        sims,
        groups,
        new UsersPage(workspace),
        new BillsPage(workspace),
        reports,
        new NotificationsPage(workspace),
        new OperationsPage(workspace->bulkOperations()),
        new ProfilePage(workspace->profile()),
    };
}

} // namespace simfleet
