#include "app/core/Settings.h"
#include "app/demo/DemoBackend.h"
#include "app/gui/AppController.h"
#include "models/fleet/FleetFilterModel.h"
#include "models/fleet/FleetModel.h"
#include "tools/screenshots/ScreenshotSupport.h"
#include "tools/screenshots/Shots.h"
#include "views/common/ColumnChooser.h"
#include "views/shell/MainWindow.h"
#include "views/sims/FilterBar.h"
#include "views/sims/ImportSelectionDialog.h"
#include "views/sims/SavedFiltersBar.h"
#include "views/sims/SimTableView.h"
#include "views/sims/SimsPage.h"

#include <QLineEdit>
#include <QMenu>
#include "tests/support/TestTemporaryDir.h"

namespace simfleet::screenshots {

// The main window in its states, the SIMs workspace and a laptop screen.

bool shootMainWindow(const Shot& shot, const QString& dir) {
    TestTemporaryDir settingsDir;
    Settings settings(settingsDir.filePath(QStringLiteral("settings.ini")));
    AppController controller(&settings);
    AppController::StartOptions options;
    options.demoRole = shot.role;
    options.demoSims = shot.sims;
    options.language = shot.language;
    options.demoConfig.latencyMs = shot.latencyMs;
    if (!startDemo(controller, options, QSize(1280, 760)))
        return false;
    MainWindow* window = controller.mainWindow();
    SimsPage* page = controller.page<SimsPage>();
    window->openPage(SimsPage::staticPageId());
    if (shot.state == Shot::State::Loading) {
        if (!waitFor([&] { return page->model()->rowCount() > 0; }))
            return false;
        return save(window, dir + QStringLiteral("/%1.png").arg(shot.name));
    }
    if (!waitFor([&] { return !page->isLoading(); }))
        return false;
    if (shot.state == Shot::State::Error) {
        controller.demoBackend()->stop();
        page->refresh();
        if (!waitFor([&] { return !page->isLoading(); }))
            return false;
    }
    return save(window, dir + QStringLiteral("/%1.png").arg(shot.name));
}

// The SIMs workspace: the details pane on an MSU-blocked SIM, the limit bars of
// SIMs near their data limit, a filter in use,
// the list selection dialog with entries that matched nothing and the column
// chooser. Files are named ws-<language>-<role>-<what>.png.
bool shootWorkspace(const QString& language, const QString& role, int sims, const QString& dir) {
    TestTemporaryDir settingsDir;
    Settings settings(settingsDir.filePath(QStringLiteral("settings.ini")));
    AppController controller(&settings);
    AppController::StartOptions options;
    options.demoRole = role;
    options.demoSims = sims;
    options.language = language;
    if (!startDemo(controller, options, QSize(1440, 820)))
        return false;
    // The pages exist once signed in.
    SimsPage* page = controller.page<SimsPage>();
    if (!waitForFleet(page))
        return false;
    MainWindow* window = controller.mainWindow();
    window->openPage(SimsPage::staticPageId());
    settle();
    const QString prefix = dir + QStringLiteral("/ws-%1-%2-").arg(language, role);

    // An MSU-blocked SIM in the details pane, the table filtered to that status.
    FleetFilter msu;
    msu.status = FleetFilter::Status::Code;
    msu.blockCode = BlockCode::Msu;
    page->setFilter(msu);
    if (page->filterModel()->rowCount() > 0)
        page->table()->setCurrentIndex(page->filterModel()->index(0, 0));
    bool ok = save(window, prefix + QStringLiteral("msu-details.png"));

    // The limit bars: SIMs near or over their data limit, the table scrolled
    // to the Limit column, one of them in the details pane.
    FleetFilter nearLimit;
    nearLimit.nearLimit = true;
    page->setFilter(nearLimit);
    if (page->filterModel()->rowCount() > 0) {
        page->table()->setCurrentIndex(page->filterModel()->index(0, FleetModel::Limit));
        page->table()->scrollTo(page->filterModel()->index(0, FleetModel::Limit),
                                QAbstractItemView::PositionAtCenter);
    }
    ok = save(window, prefix + QStringLiteral("limits.png")) && ok;
    page->setFilter({});
    if (role != QLatin1String("admin"))
        return ok;

    // Free text and a profile together.
    FleetFilter typed;
    typed.text = QStringLiteral("77");
    typed.profile = SimProfile::TC;
    typed.status = FleetFilter::Status::BlockedAny;
    FleetFilter tdOnly;
    tdOnly.profile = SimProfile::TD;
    page->setFilter(tdOnly);
    page->savedFiltersBar()->saveCurrent(QStringLiteral("TD"));
    page->setFilter(typed);
    page->savedFiltersBar()->saveCurrent(QStringLiteral("Blocked TC"));
    page->filterBar()->textEdit()->setFocus();
    if (page->filterModel()->rowCount() > 2)
        page->table()->setCurrentIndex(page->filterModel()->index(2, 0));
    ok = save(window, prefix + QStringLiteral("filter.png")) && ok;

    typed.text = QStringLiteral("no such SIM");
    page->setFilter(typed);
    ok = save(window, prefix + QStringLiteral("no-match.png")) && ok;
    page->setFilter({});

    // Select from a list: three known SIMs, two unknown entries.
    const FleetModel* model = page->model();
    const QStringList entries{model->simAt(0).iccid, model->simAt(1).number, model->simAt(2).iccid,
                              QStringLiteral("8997019999999999999"),
                              QStringLiteral("+7 700 000-00-00")};
    page->showImportDialog();
    ImportSelectionDialog* dialog = page->importDialog();
    dialog->setText(entries.join(QLatin1Char('\n')));
    dialog->showOutcome(page->selectFromList(dialog->entries(), false));
    ok = save(dialog, prefix + QStringLiteral("import.png")) && ok;
    dialog->close();
    ok = save(window, prefix + QStringLiteral("selection.png")) && ok;

    QMenu* menu = page->columnChooser()->createMenu(window);
    menu->popup(window->mapToGlobal(QPoint(400, 200)));
    ok = save(menu, prefix + QStringLiteral("columns.png")) && ok;
    menu->close();
    delete menu;
    return ok;
}

// A 1366×768 laptop (the window as large as its screen leaves room for), with
// a notice and a selection. Files laptop-<language>.png.
bool shootLaptop(const QString& language, int sims, const QString& dir) {
    TestTemporaryDir settingsDir;
    Settings settings(settingsDir.filePath(QStringLiteral("settings.ini")));
    AppController controller(&settings);
    AppController::StartOptions options;
    options.demoRole = QStringLiteral("admin");
    options.demoSims = sims;
    options.language = language;
    if (!startDemo(controller, options, QSize(1366, 700)))
        return false;
    // The pages exist once signed in.
    SimsPage* page = controller.page<SimsPage>();
    if (!waitForFleet(page))
        return false;
    MainWindow* window = controller.mainWindow();
    window->openPage(SimsPage::staticPageId());
    window->showNotice(language == QLatin1String("ru")
                           ? QStringLiteral("Уведомление поверх окна: так выглядит баннер.")
                           : QStringLiteral("A notice across the window: this is how a banner "
                                            "looks."));
    page->table()->selectRow(3);
    bool ok = save(window, dir + QStringLiteral("/laptop-%1.png").arg(language));
    page->setDetailsPaneShown(false);
    ok = save(window, dir + QStringLiteral("/laptop-%1-no-details.png").arg(language)) && ok;
    for (int i = 0; i < window->pageCount(); ++i) {
        if (window->page(i) == page)
            continue;
        window->showPage(i);
        ok = save(window, dir + QStringLiteral("/laptop-%1-page%2.png").arg(language).arg(i)) && ok;
    }
    window->openPage(SimsPage::staticPageId());
    window->resize(window->minimumSizeHint());
    ok = save(window, dir + QStringLiteral("/laptop-%1-minimum.png").arg(language)) && ok;

    // Six SIMs selected, then a filter that hides five: the bar says so.
    window->resize(1366, 700);
    page->setDetailsPaneShown(true);
    QVector<qint64> six;
    for (int row = 0; row < 6; ++row)
        six.append(page->model()->simAt(row).id);
    page->selectSims(six);
    FleetFilter filter;
    filter.text = page->model()->simAt(0).iccid;
    page->setFilter(filter);
    ok = save(window, dir + QStringLiteral("/laptop-%1-hidden-selection.png").arg(language)) && ok;
    return ok;
}

} // namespace simfleet::screenshots
