#include "api/ApiClient.h"
#include "app/core/Settings.h"
#include "app/gui/AppController.h"
#include "tools/screenshots/ScreenshotSupport.h"
#include "tools/screenshots/Shots.h"
#include "views/shell/AccountMenu.h"
#include "views/shell/MainWindow.h"
#include "views/shell/SignInDialog.h"
#include "views/sims/SimsPage.h"

#include "tests/support/TestTemporaryDir.h"

namespace simfleet::screenshots {

// The Account menu with saved accounts, the add-account dialog, and a token
// refused mid-session: the dialog for a new one, then the window after "Not now".
bool shootAccounts(const QString& language, const QString& dir) {
    TestTemporaryDir settingsDir;
    Settings settings(settingsDir.filePath(QStringLiteral("settings.ini")));
    AppController controller(&settings);
    AppController::StartOptions options;
    options.demoSims = 300;
    options.language = language;
    if (!startDemo(controller, options, QSize(1280, 720)) ||
        !waitForFleet(controller.page<SimsPage>()))
        return false;
    MainWindow* window = controller.mainWindow();
    const QString prefix = dir + QStringLiteral("/accounts-%1-").arg(language);

    // The demo saves no accounts: the menu is shown as a real desk's would be.
    AccountMenu* menu = window->accountMenu();
    menu->setDemo(false);
    const QString address = QStringLiteral("https://api.novaconnect.example/api");
    menu->setAccounts({{QStringLiteral("a#11"), QStringLiteral("ACME Logistics"), address},
                       {QStringLiteral("a#27"), QStringLiteral("ACME Logistics — audit"), address},
                       {QStringLiteral("b#5"), QStringLiteral("Steppe Metering"),
                        QStringLiteral("https://api.steppe.example/api")}},
                      QStringLiteral("a#11"));
    menu->popup(window->mapToGlobal(QPoint(8, 24)));
    settle();
    bool ok = save(menu, prefix + QStringLiteral("menu.png"));
    menu->hide();

    SignInDialog adding;
    adding.setPurpose(SignInDialog::Purpose::AddAccount);
    adding.setApiUrl(QUrl(address));
    adding.show();
    settle();
    ok = save(&adding, prefix + QStringLiteral("add.png")) && ok;
    adding.hide();

    controller.client()->setToken(QStringLiteral("revoked-token"));
    controller.page<SimsPage>()->refresh();
    SignInDialog* dialog = controller.signInDialog();
    if (!waitFor([dialog] { return dialog->isVisible(); }, 30000))
        return false;
    settle();
    ok = save(dialog, prefix + QStringLiteral("token-refused.png")) && ok;
    dialog->reject();
    settle();
    return save(window, prefix + QStringLiteral("token-refused-later.png")) && ok;
}

} // namespace simfleet::screenshots
