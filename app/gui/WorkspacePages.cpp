#include "app/gui/WorkspacePages.h"

#include "models/workspace/AccountWorkspace.h"
#include "views/home/HomePage.h"
#include "views/operations/OperationsPage.h"
#include "views/profile/ProfilePage.h"
#include "views/sims/SimsPage.h"
#include "views/users/UsersPage.h"

namespace simfleet {

QList<WorkspacePage*> createWorkspacePages(AccountWorkspace* workspace) {
    return {
        new HomePage(workspace),
        new SimsPage(workspace),
        new UsersPage(workspace),
        new OperationsPage(workspace->bulkOperations()),
        new ProfilePage(workspace->profile()),
    };
}

} // namespace simfleet
