#include "app/core/Settings.h"
#include "app/gui/AppController.h"
#include "models/fleet/FleetModel.h"
#include "models/groups/GroupTableModel.h"
#include "tools/screenshots/ScreenshotSupport.h"
#include "tools/screenshots/Shots.h"
#include "views/groups/GroupMembershipDialog.h"
#include "views/groups/GroupNameDialog.h"
#include "views/groups/GroupsPage.h"
#include "views/shell/MainWindow.h"
#include "views/sims/SimsPage.h"

#include <QLineEdit>
#include "tests/support/TestTemporaryDir.h"

namespace simfleet::screenshots {

// The Groups page with a group's SIMs, a refused name, and adding SIMs to a
// group with its preview. Files groups-<language>-*.png.
bool shootGroups(const QString& language, const QString& dir) {
    TestTemporaryDir settingsDir;
    Settings settings(settingsDir.filePath(QStringLiteral("settings.ini")));
    AppController controller(&settings);
    AppController::StartOptions options;
    options.demoSims = 2000;
    options.language = language;
    // The pages are the signed-in account's: asked for once it is open.
    if (!startDemo(controller, options, QSize(1440, 820)) ||
        !waitForFleet(controller.page<SimsPage>()))
        return false;
    SimsPage* sims = controller.page<SimsPage>();
    GroupsPage* page = controller.page<GroupsPage>();
    if (!page)
        return false;
    MainWindow* window = controller.mainWindow();
    for (int i = 0; i < window->pageCount(); ++i) {
        if (window->page(i) == page)
            window->showPage(i);
    }
    GroupTableModel* table = page->model();
    if (!waitFor([table] { return table->rowCount() > 0 && !table->isLoading(); }, 30000))
        return false;
    // The group with the most SIMs, its SIMs below.
    qint64 busiest = 0;
    int most = -1;
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->rowAt(row).sims > most) {
            most = table->rowAt(row).sims;
            busiest = table->groupIdAt(row);
        }
    }
    page->selectGroup(busiest);
    settle();
    const QString prefix = dir + QStringLiteral("/groups-%1-").arg(language);
    bool ok = save(window, prefix + QStringLiteral("page.png"));

    if (GroupNameDialog* dialog = page->openCreateDialog()) {
        dialog->nameField()->setText(table->rowAt(0).group.name.toUpper());
        dialog->adjustSize();
        ok = save(dialog, prefix + QStringLiteral("name-refused.png")) && ok;
        dialog->reject();
        settle();
    }

    QVector<Sim> chosen;
    const FleetModel* fleet = sims->model();
    for (int row = 0; row < fleet->rowCount() && chosen.size() < 120; ++row)
        chosen.append(fleet->simAt(row));
    if (GroupMembershipDialog* dialog = page->openMembershipDialog(true, chosen)) {
        dialog->adjustSize();
        ok = save(dialog, prefix + QStringLiteral("add-sims.png")) && ok;
        dialog->reject();
        settle();
    }
    return ok;
}

} // namespace simfleet::screenshots
