// simfleet-screenshots [--out DIR] [--sims N] [--workspace-only] [--operations-only]
// Renders SimFleet offscreen against the in-process demo emulator and saves
// PNGs of the main window (English and Russian, admin and read-only user,
// loading, empty and error states), the sign-in dialog, the bulk operation
// dialogs and the Operations page, and the icon set.
// Settings go to a temporary file: the user's own settings are never touched.

#include "api/ApiError.h"
#include "app/core/Settings.h"
#include "app/demo/DemoBackend.h"
#include "app/gui/AppController.h"
#include "app/gui/OperationsController.h"
#include "models/fleet/FleetCounts.h"
#include "models/fleet/FleetFilterModel.h"
#include "models/fleet/FleetLoader.h"
#include "models/fleet/FleetModel.h"
#include "models/jobs/BulkOperations.h"
#include "models/jobs/JobListModel.h"
#include "resources/ResourceIcons.h"
#include "resources/SimFleetVersion.h"
#include "translations/Translations.h"
#include "views/common/ColumnChooser.h"
#include "views/operations/BulkOperationDialog.h"
#include "views/operations/OperationParamsEditor.h"
#include "views/operations/OperationsPage.h"
#include "views/shell/MainWindow.h"
#include "views/shell/SignInDialog.h"
#include "views/sims/BulkActionBar.h"
#include "views/sims/FilterBar.h"
#include "views/sims/GroupPicker.h"
#include "views/sims/ImportSelectionDialog.h"
#include "views/sims/SavedFiltersBar.h"
#include "views/sims/SimTableView.h"
#include "views/sims/SimsPage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QThread>
#include <QToolButton>

#include <cstdio>
#include <functional>

namespace simfleet {

namespace {

bool waitFor(const std::function<bool()>& condition, int timeoutMs = 60000) {
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
    }
    return true;
}

void settle() {
    for (int i = 0; i < 10; ++i) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(10);
    }
}

bool save(QWidget* widget, const QString& path) {
    settle();
    const bool ok = widget->grab().save(path);
    std::printf("%s %s\n", ok ? "saved" : "FAILED", qPrintable(path));
    return ok;
}

// Starts the demo in `controller` and waits for its main window; false (and
// a line on stderr) when the demo could not start.
bool startDemo(AppController& controller, AppController::StartOptions options, QSize size) {
    options.demo = true;
    QString error;
    if (!controller.start(options, &error)) {
        std::fprintf(stderr, "demo failed: %s\n", qPrintable(error));
        return false;
    }
    controller.mainWindow()->resize(size);
    return waitFor([&] { return controller.mainWindow()->isVisible(); });
}

bool waitForFleet(SimsPage* page) {
    return waitFor([&] { return !page->isLoading() && page->model()->rowCount() > 0; });
}

struct Shot {
    QString name;
    QString language;
    QString role = QStringLiteral("admin");
    int sims = 2000;
    int latencyMs = 0;
    enum class State { Loaded, Loading, Error } state = State::Loaded;
};

bool shootMainWindow(const Shot& shot, const QString& dir) {
    QTemporaryDir settingsDir;
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

// The SIMs workspace: the details pane on an MSU-blocked SIM, a filter in use,
// the list selection dialog with entries that matched nothing and the column
// chooser. Files are named ws-<language>-<role>-<what>.png.
bool shootWorkspace(const QString& language, const QString& role, int sims, const QString& dir) {
    QTemporaryDir settingsDir;
    Settings settings(settingsDir.filePath(QStringLiteral("settings.ini")));
    AppController controller(&settings);
    AppController::StartOptions options;
    options.demoRole = role;
    options.demoSims = sims;
    options.language = language;
    SimsPage* page = controller.page<SimsPage>();
    if (!startDemo(controller, options, QSize(1440, 820)) || !waitForFleet(page))
        return false;
    MainWindow* window = controller.mainWindow();
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
    QTemporaryDir settingsDir;
    Settings settings(settingsDir.filePath(QStringLiteral("settings.ini")));
    AppController controller(&settings);
    AppController::StartOptions options;
    options.demoRole = QStringLiteral("admin");
    options.demoSims = sims;
    options.language = language;
    SimsPage* page = controller.page<SimsPage>();
    if (!startDemo(controller, options, QSize(1366, 700)) || !waitForFleet(page))
        return false;
    MainWindow* window = controller.mainWindow();
    window->showNotice(language == QLatin1String("ru")
                           ? QStringLiteral("Уведомление поверх окна: так выглядит баннер.")
                           : QStringLiteral("A notice across the window: this is how a banner "
                                            "looks."));
    page->table()->selectRow(3);
    bool ok = save(window, dir + QStringLiteral("/laptop-%1.png").arg(language));
    page->setDetailsPaneShown(false);
    ok = save(window, dir + QStringLiteral("/laptop-%1-no-details.png").arg(language)) && ok;
    for (int i = 1; i < window->pageCount(); ++i) {
        window->showPage(i);
        ok = save(window, dir + QStringLiteral("/laptop-%1-page%2.png").arg(language).arg(i)) && ok;
    }
    window->showPage(0);
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

// The SIMs that `op` applies to, from the top of the table.
QVector<qint64> applicableSims(const FleetModel* model, SimOperation op, int count, int from = 0) {
    QVector<qint64> ids;
    for (int row = from; row < model->rowCount() && ids.size() < count; ++row) {
        if (SimOperations::skipReason(op, model->simAt(row)).isEmpty())
            ids << model->simAt(row).id;
    }
    return ids;
}

// Bulk operations: the bulk bar, each kind of dialog, the Operations page with
// finished and running jobs, and the audit trail. Files ops-<language>-*.png.
bool shootOperations(const QString& language, const QString& dir) {
    QTemporaryDir settingsDir;
    Settings settings(settingsDir.filePath(QStringLiteral("settings.ini")));
    AppController controller(&settings);
    AppController::StartOptions options;
    options.demoSims = 2000;
    options.language = language;
    options.demoConfig.queueDelayMs = 4000;
    SimsPage* page = controller.page<SimsPage>();
    if (!startDemo(controller, options, QSize(1440, 820)) || !waitForFleet(page))
        return false;
    MainWindow* window = controller.mainWindow();
    const QString prefix = dir + QStringLiteral("/ops-%1-").arg(language);
    const FleetModel* model = page->model();

    // 40 SIMs of every kind: block skips the blocked ones.
    QVector<qint64> mixed;
    for (int row = 0; row < 40; ++row)
        mixed << model->simAt(row).id;
    page->selectSims(mixed);
    bool ok = save(window, prefix + QStringLiteral("bulk-bar.png"));
    auto shootDialog = [&](SimOperation op, const QString& name,
                           const std::function<void(BulkOperationDialog*)>& fill) {
        BulkOperationDialog* dialog = page->openOperationDialog(op);
        if (!dialog)
            return false;
        if (fill)
            fill(dialog);
        dialog->adjustSize();
        const bool shot = save(dialog, prefix + name);
        dialog->reject();
        settle();
        return shot;
    };
    ok = shootDialog(SimOperation::Block, QStringLiteral("dialog-block.png"),
                     [](BulkOperationDialog* dialog) {
                         if (dialog->skippedToggle())
                             dialog->skippedToggle()->click();
                     }) &&
         ok;
    ok = shootDialog(SimOperation::Sms, QStringLiteral("dialog-sms.png"),
                     [language](BulkOperationDialog* dialog) {
                         dialog->paramsEditor()->smsEdit()->setPlainText(
                             language == QLatin1String("ru")
                                 ? QStringLiteral("Перезагрузите счётчик до 18:00")
                                 : QStringLiteral("Restart the meter before 6 pm, please"));
                     }) &&
         ok;
    page->selectSims(applicableSims(model, SimOperation::Tariff, 25));
    ok = shootDialog(SimOperation::Tariff, QStringLiteral("dialog-tariff.png"), nullptr) && ok;
    page->selectSims(applicableSims(model, SimOperation::Limit, 25));
    ok = shootDialog(SimOperation::Limit, QStringLiteral("dialog-limit.png"), nullptr) && ok;
    page->selectSims(mixed);
    ok =
        shootDialog(SimOperation::Group, QStringLiteral("dialog-groups.png"),
                    [](BulkOperationDialog* dialog) {
                        waitFor([&] { return !dialog->paramsEditor()->groupPicker()->isLoading(); },
                                10000);
                    }) &&
        ok;
    page->selectSims(applicableSims(model, SimOperation::Disconnect, 150));
    ok = shootDialog(SimOperation::Disconnect, QStringLiteral("dialog-disconnect-typed.png"),
                     nullptr) &&
         ok;

    // Jobs: a finished one and one still running.
    BulkOperations* operations = controller.operations()->operations();
    auto run = [&](SimOperation op, const QVector<qint64>& ids, const SimOperationParams& params) {
        page->selectSims(ids);
        BulkOperationDialog* dialog = page->openOperationDialog(op);
        if (!dialog)
            return false;
        if (dialog->paramsEditor()->smsEdit())
            dialog->paramsEditor()->smsEdit()->setPlainText(params.smsText);
        if (dialog->needsTypedConfirmation())
            dialog->confirmationField()->setText(
                QString::number(dialog->preview().applicable.size()));
        dialog->primaryButton()->click();
        // The dialog deletes itself once closed: read the outcome first.
        const bool started = dialog->startedJob().has_value();
        settle();
        if (!started)
            std::fprintf(stderr, "%s was not started\n", qPrintable(SimOperations::name(op)));
        return started;
    };
    SimOperationParams sms;
    sms.smsText = QStringLiteral("Firmware update tonight");
    ok = run(SimOperation::Block, applicableSims(model, SimOperation::Block, 120), {}) && ok;
    if (!waitFor([&] { return operations->activeJobCount() == 0; }, 60000)) {
        std::fprintf(stderr, "the block job did not finish\n");
        ok = false;
    }
    ok = run(SimOperation::Sms, applicableSims(model, SimOperation::Sms, 60, 400), sms) && ok;
    ok = run(SimOperation::Unblock, applicableSims(model, SimOperation::Unblock, 300, 600), {}) &&
         ok;
    waitFor([] { return false; }, 1500);
    window->showOperationsAction()->trigger();
    OperationsPage* opsPage = controller.operations()->page();
    QTabWidget* tabs = opsPage->findChild<QTabWidget*>();
    opsPage->showJob(operations->jobs()->jobIdAt(operations->jobs()->rowCount() - 1));
    ok = save(window, prefix + QStringLiteral("page-jobs.png")) && ok;
    if (!waitFor([&] { return operations->activeJobCount() == 0; }, 60000)) {
        std::fprintf(stderr, "the SMS and unblock jobs did not finish\n");
        ok = false;
    }
    opsPage->showJob(operations->jobs()->jobIdAt(0));
    ok = save(window, prefix + QStringLiteral("page-jobs-done.png")) && ok;
    if (tabs) {
        tabs->setCurrentIndex(1);
        ok = save(window, prefix + QStringLiteral("page-audit.png")) && ok;
    }
    return ok;
}

bool shootSignIn(const QString& language, const QString& dir) {
    Translations::install(language);
    SignInDialog dialog;
    dialog.show();
    bool ok = save(&dialog, dir + QStringLiteral("/signin-%1.png").arg(language));

    ApiError rejected;
    rejected.kind = ApiError::Kind::Unauthorized;
    dialog.setApiUrl(QUrl(QStringLiteral("http://api.example.com/api")));
    dialog.setToken(QStringLiteral("revoked-token"));
    dialog.showError(rejected.title(), rejected.userMessage());
    dialog.adjustSize();
    ok = save(&dialog, dir + QStringLiteral("/signin-error-%1.png").arg(language)) && ok;

    dialog.setApiUrl(QUrl(QStringLiteral("http://127.0.0.1:8080/api")));
    dialog.clearMessage();
    dialog.setBusy(true);
    ok = save(&dialog, dir + QStringLiteral("/signin-busy-%1.png").arg(language)) && ok;
    return ok;
}

bool shootIcons(const QString& dir) {
    const QStringList names = ResourceIcons::names();
    const int cell = 120;
    const int columns = 6;
    QImage sheet(columns * cell, int((names.size() + columns - 1) / columns) * cell,
                 QImage::Format_ARGB32);
    sheet.fill(Qt::white);
    QPainter painter(&sheet);
    for (int i = 0; i < names.size(); ++i) {
        const QPoint origin((i % columns) * cell, (i / columns) * cell);
        const QIcon icon = ResourceIcons::icon(names.at(i));
        painter.drawPixmap(origin + QPoint(10, 10), icon.pixmap(16, 16));
        painter.drawPixmap(origin + QPoint(34, 10), icon.pixmap(24, 24));
        painter.drawPixmap(origin + QPoint(66, 10), icon.pixmap(48, 48));
        painter.drawText(QRect(origin + QPoint(0, 66), QSize(cell, 40)), Qt::AlignCenter,
                         names.at(i));
    }
    painter.end();
    const QString path = dir + QStringLiteral("/icons.png");
    const bool ok = sheet.save(path);
    std::printf("%s %s\n", ok ? "saved" : "FAILED", qPrintable(path));
    return ok;
}

} // namespace

} // namespace simfleet

using namespace simfleet;

int main(int argc, char* argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SimFleet"));
    QCoreApplication::setApplicationName(QStringLiteral("SimFleet"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SIMFLEET_VERSION));
    QApplication::setStyle(QStringLiteral("Fusion"));

    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("Output folder."),
                                 QStringLiteral("dir"), QStringLiteral("/tmp/simfleet-shots"));
    const QCommandLineOption sims(QStringLiteral("sims"), QStringLiteral("Demo fleet size."),
                                  QStringLiteral("count"), QStringLiteral("2000"));
    const QCommandLineOption workspaceOnly(QStringLiteral("workspace-only"),
                                           QStringLiteral("Only the SIMs workspace shots."));
    const QCommandLineOption operationsOnly(QStringLiteral("operations-only"),
                                            QStringLiteral("Only the bulk operations shots."));
    const QCommandLineOption laptopOnly(QStringLiteral("laptop-only"),
                                        QStringLiteral("Only the 1366×768 laptop shots."));
    parser.addOptions({out, sims, workspaceOnly, operationsOnly, laptopOnly});
    parser.process(app);
    const QString dir = parser.value(out);
    QDir().mkpath(dir);
    const int fleet = parser.value(sims).toInt();

    if (parser.isSet(workspaceOnly)) {
        bool ok = true;
        for (const QString& language : {QStringLiteral("en"), QStringLiteral("ru")}) {
            for (const QString& role : {QStringLiteral("admin"), QStringLiteral("user")})
                ok = shootWorkspace(language, role, fleet, dir) && ok;
        }
        return ok ? 0 : 1;
    }

    if (parser.isSet(laptopOnly)) {
        bool ok = true;
        for (const QString& language : {QStringLiteral("en"), QStringLiteral("ru")})
            ok = shootLaptop(language, fleet, dir) && ok;
        return ok ? 0 : 1;
    }

    if (parser.isSet(operationsOnly)) {
        bool ok = true;
        for (const QString& language : {QStringLiteral("en"), QStringLiteral("ru")})
            ok = shootOperations(language, dir) && ok;
        return ok ? 0 : 1;
    }

    bool ok = shootIcons(dir);
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("ru")}) {
        ok = shootOperations(language, dir) && ok;
        ok = shootSignIn(language, dir) && ok;
        ok = shootLaptop(language, fleet, dir) && ok;
        for (const QString& role : {QStringLiteral("admin"), QStringLiteral("user")}) {
            Shot shot{QStringLiteral("main-%1-%2").arg(language, role), language, role, fleet};
            ok = shootMainWindow(shot, dir) && ok;
            ok = shootWorkspace(language, role, fleet, dir) && ok;
        }
        Shot loading{QStringLiteral("main-%1-loading").arg(language), language};
        loading.sims = 50000;
        loading.latencyMs = 400;
        loading.state = Shot::State::Loading;
        ok = shootMainWindow(loading, dir) && ok;
        Shot empty{QStringLiteral("main-%1-empty").arg(language), language};
        empty.sims = 0;
        ok = shootMainWindow(empty, dir) && ok;
        Shot failing{QStringLiteral("main-%1-error").arg(language), language};
        failing.sims = 300;
        failing.state = Shot::State::Error;
        ok = shootMainWindow(failing, dir) && ok;
    }
    return ok ? 0 : 1;
}
