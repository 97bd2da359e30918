#include "app/gui/WorkspacePages.h"

#include "models/workspace/AccountWorkspace.h"
#include "views/operations/OperationsPage.h"
#include "views/sims/SimsPage.h"
#include "views/users/UsersPage.h"

namespace simfleet {

QList<WorkspacePage*> createWorkspacePages(AccountWorkspace* workspace) {
    return {
        new SimsPage(workspace),
        new OperationsPage(workspace->bulkOperations()),
        new UsersPage(workspace),
    };
}

} // namespace simfleet
