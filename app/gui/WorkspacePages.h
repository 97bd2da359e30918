#pragma once

#include "models/fleet/CombinedFleetModel.h"

#include <QList>

#include <functional>

namespace simfleet {

class AccountWorkspace;
class WorkspacePage;

// The main window's pages in navigation order, each given what it shows from
// the account workspace. Adding a page is one line here.
// `savedAccounts` lists the accounts the All accounts page combines.
QList<WorkspacePage*> createWorkspacePages(
    AccountWorkspace* workspace, std::function<QVector<CombinedAccount>()> savedAccounts = {});

} // namespace simfleet
