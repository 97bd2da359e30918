#include "app/core/Settings.h"
#include "app/demo/DemoBackend.h"
#include "app/gui/AppController.h"
#include "app/gui/OperationsController.h"
#include "models/home/CompanyInfo.h"
#include "models/home/HomeOverview.h"
#include "models/home/LatestBill.h"
#include "models/notifications/NotificationsModel.h"
#include "models/workspace/AccountWorkspace.h"
#include "tools/screenshots/ScreenshotSupport.h"
#include "tools/screenshots/Shots.h"
#include "views/bills/BillsPage.h"
#include "views/home/HomePage.h"
#include "views/notifications/NotificationsPage.h"
#include "views/shell/MainWindow.h"
#include "views/sims/SimsPage.h"

#include <QScrollArea>
#include <QScrollBar>
#include "tests/support/TestTemporaryDir.h"

namespace simfleet::screenshots {

// Account notifications: the Notifications page with one of each kind the
// demo sends (unpaid_bill_6's banner above it) and the Home page's card.
// Files notifications-<language>-page.png and -home.png.
bool shootNotifications(const QString& language, const QString& dir) {
    const QString prefix = dir + QStringLiteral("/notifications-%1-").arg(language);
    TestTemporaryDir settingsDir;
    Settings settings(settingsDir.filePath(QStringLiteral("settings.ini")));
    AppController controller(&settings);
    AppController::StartOptions options;
    options.demoSims = 2000;
    options.language = language;
    if (!startDemo(controller, options, QSize(1440, 820)))
        return false;
    SimsPage* sims = controller.page<SimsPage>();
    if (!sims || !waitForFleet(sims))
        return false;
    // The invoices go to a folder of the tool's own.
    controller.page<BillsPage>()->setDownloadFolder(settingsDir.filePath(QStringLiteral("bills")));
    NotificationsModel* model = controller.workspace()->notifications();
    const QUrl url = controller.operations()->localNotificationUrl();
    const QStringList kinds = {QStringLiteral("generate_bill"), QStringLiteral("package_empty"),
                               QStringLiteral("unpaid_bill_3"), QStringLiteral("msu_lock"),
                               QStringLiteral("unpaid_bill_5"), QStringLiteral("unpaid_bill_6")};
    for (const QString& kind : kinds) {
        const int before = model->rowCount();
        if (!controller.demoBackend()->sendAccountNotification(kind, url) ||
            !waitFor([&] { return model->rowCount() == before + 1; }, 20000))
            return false;
    }
    // The older ones have been seen.
    for (int row = 3; row < model->rowCount(); ++row)
        model->markRead(model->rowAt(row).id);

    MainWindow* window = controller.mainWindow();
    HomeOverview* home = controller.workspace()->home();
    window->openPage(HomePage::staticPageId());
    if (!waitFor(
            [&] { return home->latestBill()->load().loaded && home->company()->load().loaded; }))
        return false;
    // The card is the last one: scrolled down to it.
    if (auto* scroll = window->findChild<QScrollArea*>(QStringLiteral("homeScroll")))
        scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
    settle();
    bool ok = save(window, prefix + QStringLiteral("home.png"));
    window->openPage(NotificationsPage::staticPageId(),
                     NotificationsPage::noticeRequest(model->rowAt(2).id));
    settle();
    ok = save(window, prefix + QStringLiteral("page.png")) && ok;
    return ok;
}

} // namespace simfleet::screenshots
