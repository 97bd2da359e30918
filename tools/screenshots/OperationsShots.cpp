#include "app/core/Settings.h"
#include "app/gui/AppController.h"
#include "app/gui/OperationsController.h"
#include "models/fleet/FleetModel.h"
#include "models/jobs/BulkOperations.h"
#include "models/jobs/JobListModel.h"
#include "tools/screenshots/ScreenshotSupport.h"
#include "tools/screenshots/Shots.h"
#include "views/operations/BulkOperationDialog.h"
#include "views/operations/OperationParamsEditor.h"
#include "views/operations/OperationsPage.h"
#include "views/shell/MainWindow.h"
#include "views/sims/GroupPicker.h"
#include "views/sims/SimsPage.h"

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include "tests/support/TestTemporaryDir.h"
#include <QToolButton>

#include <cstdio>
#include <functional>

namespace simfleet::screenshots {

namespace {

// The SIMs that `op` applies to, from the top of the table.
QVector<qint64> applicableSims(const FleetModel* model, SimOperation op, int count, int from = 0) {
    QVector<qint64> ids;
    for (int row = from; row < model->rowCount() && ids.size() < count; ++row) {
        if (SimOperations::skipReason(op, model->simAt(row)).isEmpty())
            ids << model->simAt(row).id;
    }
    return ids;
}

} // namespace

// Bulk operations: the bulk bar, each kind of dialog, the Operations page with
// finished and running jobs, and the audit trail. Files ops-<language>-*.png.
bool shootOperations(const QString& language, const QString& dir) {
    TestTemporaryDir settingsDir;
    Settings settings(settingsDir.filePath(QStringLiteral("settings.ini")));
    AppController controller(&settings);
    AppController::StartOptions options;
    options.demoSims = 2000;
    options.language = language;
    options.demoConfig.queueDelayMs = 4000;
    if (!startDemo(controller, options, QSize(1440, 820)))
        return false;
    // The pages exist once signed in.
    SimsPage* page = controller.page<SimsPage>();
    if (!waitForFleet(page))
        return false;
    MainWindow* window = controller.mainWindow();
    window->openPage(SimsPage::staticPageId());
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

} // namespace simfleet::screenshots
