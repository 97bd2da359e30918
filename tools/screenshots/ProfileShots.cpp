#include "api/ApiClient.h"
#include "app/core/Settings.h"
#include "app/gui/AppController.h"
#include "models/profile/ProfileModel.h"
#include "models/workspace/AccountWorkspace.h"
#include "tools/screenshots/ScreenshotSupport.h"
#include "tools/screenshots/Shots.h"
#include "translations/Translations.h"
#include "views/profile/PasswordChangeForm.h"
#include "views/profile/ProfileDetailsForm.h"
#include "views/profile/ProfilePage.h"
#include "views/shell/MainWindow.h"
#include "views/sims/SimsPage.h"

#include <QLineEdit>
#include <QPushButton>
#include "tests/support/TestTemporaryDir.h"

namespace simfleet::screenshots {

namespace {

bool shootProfileAs(const QString& language, const QString& role, const QString& dir,
                    bool refusals) {
    TestTemporaryDir settingsDir;
    Settings settings(settingsDir.filePath(QStringLiteral("settings.ini")));
    AppController controller(&settings);
    AppController::StartOptions options;
    options.demoRole = role;
    options.demoSims = 200;
    options.language = language;
    if (!startDemo(controller, options, QSize(1366, 768)) ||
        !waitForFleet(controller.page<SimsPage>()))
        return false;
    MainWindow* window = controller.mainWindow();
    auto* page = controller.page<ProfilePage>();
    if (!page || !window->openPage(ProfilePage::staticPageId()) ||
        !waitFor([page] { return page->isShowingProfile(); }, 30000))
        return false;
    const QString prefix = dir + QStringLiteral("/profile-%1-%2").arg(language, role);
    bool ok = save(window, prefix + QStringLiteral(".png"));
    if (!refusals)
        return ok;

    // What is refused before sending, the strength hint, and the server's word.
    ProfileDetailsForm* details = page->detailsForm();
    details->emailEdit()->setText(QStringLiteral("aigerim.nurlanova@acme"));
    details->submit();
    PasswordChangeForm* password = page->passwordForm();
    password->oldPasswordEdit()->setText(QStringLiteral("demo1234"));
    password->newPasswordEdit()->setText(QStringLiteral("Steppe-2026"));
    password->repeatPasswordEdit()->setText(QStringLiteral("Steppe-2062"));
    password->submit();
    ok = save(window, prefix + QStringLiteral("-refused.png")) && ok;

    details->revertButton()->click();
    password->oldPasswordEdit()->setText(QStringLiteral("not-my-password"));
    password->repeatPasswordEdit()->setText(QStringLiteral("Steppe-2026"));
    password->submit();
    ProfileModel* model = controller.workspace()->profile();
    waitFor([model] { return !model->isChangingPassword(); }, 30000);
    ok = save(window, prefix + QStringLiteral("-server-refused.png")) && ok;
    return ok;
}

// The page before its profile could be read: NovaConnect unreachable.
bool shootProfileOffline(const QString& language, const QString& dir) {
    Translations::install(language);
    ApiClient client;
    client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:9/api")));
    client.setToken(QStringLiteral("offline"));
    ProfileModel model(&client);
    ProfilePage page(&model);
    page.resize(1000, 600);
    page.show();
    page.sessionStarted();
    waitFor([&model] { return model.state() == ProfileModel::State::Failed; }, 30000);
    return save(&page, dir + QStringLiteral("/profile-%1-offline.png").arg(language));
}

} // namespace

// My profile: an administrator's and a read-only user's page, refusals
// before sending and the server's refusal, and the offline state. Files
// profile-<language>-*.png.
bool shootProfile(const QString& language, const QString& dir) {
    bool ok = shootProfileAs(language, QStringLiteral("admin"), dir, true);
    ok = shootProfileAs(language, QStringLiteral("user"), dir, false) && ok;
    ok = shootProfileOffline(language, dir) && ok;
    return ok;
}

} // namespace simfleet::screenshots
