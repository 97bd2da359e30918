#include "app/core/Settings.h"
#include "app/gui/AccountSwitcher.h"
#include "app/gui/AppController.h"
#include "app/gui/OperationsController.h"
#include "models/fleet/FleetModel.h"
#include "models/fleet/SimIdentityChange.h"
#include "models/workspace/AccountWorkspace.h"
#include "tools/screenshots/ScreenshotSupport.h"
#include "tools/screenshots/Shots.h"
#include "views/combined/CombinedFleetPage.h"
#include "views/operations/OperationsPage.h"
#include "views/shell/MainWindow.h"
#include "views/shell/SignInDialog.h"
#include "views/sims/SimIdentityDialog.h"
#include "views/sims/SimsPage.h"

#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>
#include "tests/support/TestTemporaryDir.h"

namespace simfleet::screenshots {

// The second operator: its sign-in (login and password), its SIMs page, a
// SIM swap and the audit trail that records it, Home, and the All accounts page combining it with a
// NovaConnect account.
bool shootSecondOperator(const QString& language, const QString& dir) {
    TestTemporaryDir settingsDir;
    Settings settings(settingsDir.filePath(QStringLiteral("settings.ini")));
    AppController controller(&settings);
    AppController::StartOptions options;
    options.demoSims = 800;
    options.demoProvider = QStringLiteral("both");
    options.language = language;
    if (!startDemo(controller, options, QSize(1280, 720)) ||
        !waitForFleet(controller.page<SimsPage>()))
        return false;
    const QString prefix = dir + QStringLiteral("/v2-%1-").arg(language);

    SignInDialog signIn;
    signIn.setProvider(ProviderKind::SecondOperator);
    signIn.setApiUrl(QUrl(QStringLiteral("https://api.operator.example/api/v2")));
    signIn.setLogin(QStringLiteral("acme-fleet"));
    signIn.show();
    settle();
    bool ok = save(&signIn, prefix + QStringLiteral("sign-in.png"));
    signIn.hide();

    QString v2Key;
    for (const SavedAccount& account : controller.accounts()->accounts()) {
        if (account.provider == ProviderKind::SecondOperator)
            v2Key = account.key();
    }
    controller.accounts()->switchTo(v2Key);
    if (!waitFor([&controller] {
            return controller.workspace() &&
                   controller.workspace()->provider() == ProviderKind::SecondOperator;
        }) ||
        !waitForFleet(controller.page<SimsPage>()))
        return false;
    MainWindow* window = controller.mainWindow();
    SimsPage* sims = controller.page<SimsPage>();
    window->openPage(SimsPage::staticPageId());
    if (auto* table = sims->findChild<QTableView*>())
        table->selectRow(2);
    settle();
    ok = save(window, prefix + QStringLiteral("sims.png")) && ok;
    {
        const Sim sim = controller.workspace()->fleetModel()->simAt(0);
        SimIdentityChange* change = controller.workspace()->identityChange();
        SimIdentityDialog swap(V2Action::SwapSim, &sim, controller.workspace()->tariffs(), change,
                               window);
        swap.show();
        swap.findChild<QLineEdit*>(QStringLiteral("identityIccid"))->setText(QStringLiteral("123"));
        swap.submit(); // refused here, under the field: nothing is sent
        settle();
        ok = save(&swap, prefix + QStringLiteral("swap.png")) && ok;
        // Then done, to a new card: the audit trail has it.
        swap.findChild<QLineEdit*>(QStringLiteral("identityIccid"))
            ->setText(QStringLiteral("8970100000000000099"));
        swap.submit();
        waitFor([&swap] { return swap.result() == QDialog::Accepted; });
    }
    window->showOperationsAction()->trigger();
    if (auto* tabs = controller.operations()->page()->findChild<QTabWidget*>()) {
        tabs->setCurrentIndex(1);
        settle();
        ok = save(window, prefix + QStringLiteral("audit.png")) && ok;
    }
    window->openPage(QStringLiteral("home"));
    settle();
    ok = save(window, prefix + QStringLiteral("home.png")) && ok;
    window->openPage(CombinedFleetPage::staticPageId());
    auto* combined = controller.page<CombinedFleetPage>();
    waitFor([combined] { return combined && combined->model()->accounts().size() == 2; });
    settle();
    return save(window, prefix + QStringLiteral("all-accounts.png")) && ok;
}

} // namespace simfleet::screenshots
