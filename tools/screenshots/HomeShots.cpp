#include "app/core/Settings.h"
#include "app/demo/DemoBackend.h"
#include "app/gui/AppController.h"
#include "app/gui/OperationsController.h"
#include "models/fleet/FleetModel.h"
#include "models/home/CompanyInfo.h"
#include "models/home/HomeOverview.h"
#include "models/home/LatestBill.h"
#include "models/jobs/BulkOperations.h"
#include "models/jobs/BulkPreview.h"
#include "models/workspace/AccountWorkspace.h"
#include "tools/screenshots/ScreenshotSupport.h"
#include "tools/screenshots/Shots.h"
#include "views/home/HomePage.h"
#include "views/shell/MainWindow.h"
#include "views/sims/SimsPage.h"

#include "tests/support/TestTemporaryDir.h"

namespace simfleet::screenshots {

// The Home page: the admin's with a job in progress, a read-only user's of a
// prepaid company, and the offline state after NovaConnect went away. Files
// home-<language>-*.png.
bool shootHome(const QString& language, const QString& dir) {
    const QString prefix = dir + QStringLiteral("/home-%1-").arg(language);
    bool ok = true;
    for (const bool admin : {true, false}) {
        TestTemporaryDir settingsDir;
        Settings settings(settingsDir.filePath(QStringLiteral("settings.ini")));
        AppController controller(&settings);
        AppController::StartOptions options;
        options.demoRole = admin ? QStringLiteral("admin") : QStringLiteral("user");
        options.demoSims = 2000;
        options.language = language;
        options.demoConfig.queueDelayMs = 600000; // the job stays in progress
        options.demoConfig.prepaid = !admin;
        if (!startDemo(controller, options, QSize(1440, 820)))
            return false;
        SimsPage* sims = controller.page<SimsPage>();
        if (!sims || !waitForFleet(sims))
            return false;
        MainWindow* window = controller.mainWindow();
        HomeOverview* home = controller.workspace()->home();
        window->openPage(HomePage::staticPageId());
        if (!waitFor([&] {
                return home->latestBill()->load().loaded && home->company()->load().loaded;
            }))
            return false;
        if (!admin) {
            ok = save(window, prefix + QStringLiteral("user-prepaid.png")) && ok;
            continue;
        }
        const FleetModel* fleet = controller.workspace()->fleetModel();
        QVector<qint64> ids;
        for (int row = 0; row < 250; ++row)
            ids.append(fleet->simAt(row).id);
        BulkOperations* operations = controller.operations()->operations();
        SimOperationParams params;
        params.smsText = QStringLiteral("Firmware update tonight");
        operations->start(BulkPreview::build(SimOperation::Sms, ids, fleet->allSims()), params);
        waitFor([] { return false; }, 1500);
        ok = save(window, prefix + QStringLiteral("admin.png")) && ok;

        // NovaConnect gone: F5 keeps what was read and says it is offline.
        controller.demoBackend()->stop();
        window->currentPage()->refresh();
        if (!waitFor([&] {
                return !home->company()->load().loading && !home->latestBill()->load().loading &&
                       !sims->isLoading();
            }))
            return false;
        settle();
        ok = save(window, prefix + QStringLiteral("offline.png")) && ok;
    }
    return ok;
}

} // namespace simfleet::screenshots
