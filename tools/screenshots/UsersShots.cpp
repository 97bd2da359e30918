#include "app/core/Settings.h"
#include "app/gui/AppController.h"
#include "models/users/UsersModel.h"
#include "tools/screenshots/ScreenshotSupport.h"
#include "tools/screenshots/Shots.h"
#include "views/shell/MainWindow.h"
#include "views/sims/SimsPage.h"
#include "views/users/PasswordField.h"
#include "views/users/UserDialog.h"
#include "views/users/UsersPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include "tests/support/TestTemporaryDir.h"

#include <cstdio>

namespace simfleet::screenshots {

namespace {

bool saveDialog(QWidget* dialog, const QString& path) {
    dialog->adjustSize();
    settle();
    return save(dialog, path);
}

} // namespace

// The Users page as an administrator (table, New user with its field
// problems, the emulator's refusal, Edit, Remove) and as a read-only user.
// Files users-<language>-*.png.
bool shootUsers(const QString& language, const QString& role, const QString& dir) {
    TestTemporaryDir settingsDir;
    Settings settings(settingsDir.filePath(QStringLiteral("settings.ini")));
    AppController controller(&settings);
    AppController::StartOptions options;
    options.demoSims = 300;
    options.demoRole = role;
    options.language = language;
    if (!startDemo(controller, options, QSize(1280, 720)) ||
        !waitForFleet(controller.page<SimsPage>()))
        return false;
    MainWindow* window = controller.mainWindow();
    UsersPage* page = controller.page<UsersPage>();
    window->openPage(UsersPage::staticPageId());
    if (!waitFor([page] { return page->model()->isLoaded() && !page->model()->isLoading(); },
                 30000)) {
        std::fprintf(stderr, "the users did not load\n");
        return false;
    }
    const QString prefix = dir + QStringLiteral("/users-%1-").arg(language);
    page->selectUser(12);
    if (role != QLatin1String("admin"))
        return save(window, prefix + QStringLiteral("page-readonly.png"));
    bool ok = save(window, prefix + QStringLiteral("page.png"));

    // New user: what is refused before sending.
    UserDialog* dialog = page->openCreateDialog();
    dialog->firstNameEdit()->setText(language == QLatin1String("ru") ? QStringLiteral("Марат")
                                                                     : QStringLiteral("Marat"));
    dialog->emailEdit()->setText(QStringLiteral("marat.abenov"));
    dialog->phoneEdit()->setText(QStringLiteral("+7 701 55"));
    dialog->submit();
    ok = saveDialog(dialog, prefix + QStringLiteral("create-invalid.png")) && ok;
    // ... and what NovaConnect refuses: the dialog keeps what was typed.
    dialog->lastNameEdit()->setText(language == QLatin1String("ru") ? QStringLiteral("Абенов")
                                                                    : QStringLiteral("Abenov"));
    dialog->emailEdit()->setText(QStringLiteral("d.volkov@acme-logistics.kz"));
    dialog->phoneEdit()->setText(QStringLiteral("+7 701 555 12 34"));
    dialog->passwordField()->setPassword(QStringLiteral("Lemon-Tiger-5521"));
    dialog->sendBox()->setChecked(true);
    dialog->submit();
    waitFor([dialog] { return !dialog->isBusy(); }, 10000);
    ok = saveDialog(dialog, prefix + QStringLiteral("create-refused.png")) && ok;
    dialog->passwordField()->setShown(true);
    ok = saveDialog(dialog, prefix + QStringLiteral("create-password-shown.png")) && ok;
    dialog->reject();
    settle();

    page->selectUser(12);
    dialog = page->openEditDialog();
    ok = saveDialog(dialog, prefix + QStringLiteral("edit.png")) && ok;
    dialog->reject();
    page->selectUser(11);
    dialog = page->openEditDialog();
    ok = saveDialog(dialog, prefix + QStringLiteral("edit-yourself.png")) && ok;
    dialog->reject();
    settle();
    // Removing oneself: refused with the reason in the page's banner.
    page->confirmRemoveSelected();
    ok = save(window, prefix + QStringLiteral("page-remove-yourself.png")) && ok;

    page->selectUser(16);
    QMessageBox* box = page->confirmRemoveSelected();
    if (box) {
        settle();
        ok = save(box, prefix + QStringLiteral("remove-confirm.png")) && ok;
        box->reject();
        settle();
    } else {
        ok = false;
    }
    return ok;
}

} // namespace simfleet::screenshots
