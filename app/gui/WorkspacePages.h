#pragma once

#include <QList>

namespace simfleet {

class AccountWorkspace;
class WorkspacePage;

// The main window's pages in navigation order, each given what it shows from
// the account workspace. Adding a page is one line here.
QList<WorkspacePage*> createWorkspacePages(AccountWorkspace* workspace);

} // namespace simfleet
