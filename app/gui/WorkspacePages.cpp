#include "app/gui/WorkspacePages.h"

#include "models/workspace/AccountWorkspace.h"
#include "views/groups/GroupsPage.h"
#include "views/operations/OperationsPage.h"
#include "views/sims/SimsPage.h"

namespace simfleet {

QList<WorkspacePage*> createWorkspacePages(AccountWorkspace* workspace) {
    return {
        new SimsPage(workspace),
        new GroupsPage(workspace),
        new OperationsPage(workspace->bulkOperations()),
    };
}

} // namespace simfleet
