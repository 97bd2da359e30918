#include "app/core/Settings.h"
#include "app/gui/AppController.h"
#include "models/reports/ReportsModel.h"
#include "models/workspace/AccountWorkspace.h"
#include "tools/screenshots/ScreenshotSupport.h"
#include "tools/screenshots/Shots.h"
#include "views/reports/ReportCharts.h"
#include "views/reports/ReportsPage.h"
#include "views/shell/MainWindow.h"
#include "views/sims/SimsPage.h"

#include <QDoubleSpinBox>
#include <QSpinBox>
#include "tests/support/TestTemporaryDir.h"

#include <cstdio>

namespace simfleet::screenshots {

// The Reports page: before a run, each report's table with its totals, and
// every chart (the anomalies with thresholds the demo traffic reaches).
// Files reports-<language>-*.png.
bool shootReports(const QString& language, const QString& dir) {
    TestTemporaryDir settingsDir;
    Settings settings(settingsDir.filePath(QStringLiteral("settings.ini")));
    AppController controller(&settings);
    AppController::StartOptions options;
    options.demoSims = 300;
    options.demoRole = QStringLiteral("admin");
    options.language = language;
    if (!startDemo(controller, options, QSize(1280, 760)) ||
        !waitForFleet(controller.page<SimsPage>()))
        return false;
    MainWindow* window = controller.mainWindow();
    ReportsPage* page = controller.page<ReportsPage>();
    ReportsModel* model = page->model();
    window->openPage(ReportsPage::staticPageId());
    const QString prefix = dir + QStringLiteral("/reports-%1-").arg(language);
    bool ok = save(window, prefix + QStringLiteral("not-run.png"));

    const QVector<std::pair<ReportsModel::Kind, QString>> kinds{
        {ReportsModel::Kind::Daily, QStringLiteral("daily")},
        {ReportsModel::Kind::Sessions, QStringLiteral("sessions")},
        {ReportsModel::Kind::CallsAndSms, QStringLiteral("calls")}};
    for (const auto& [kind, name] : kinds) {
        page->setChartsShown(false);
        page->setKind(kind);
        if (!page->run() || !waitFor([model] { return !model->isRunning(); }, 60000) ||
            model->error(kind).isError()) {
            std::fprintf(stderr, "the %s report did not load\n", qPrintable(name));
            return false;
        }
        settle();
        ok = save(window, prefix + name + QStringLiteral("-table.png")) && ok;
        page->setChartsShown(true);
        int index = 0;
        for (ReportCharts::Chart chart : ReportCharts::chartsOf(kind)) {
            page->charts()->setChart(chart);
            if (chart == ReportCharts::Chart::Anomalies) {
                page->charts()->factorEdit()->setValue(2.0);
                page->charts()->minimumEdit()->setValue(10);
            }
            settle();
            ok = save(window, prefix + name + QStringLiteral("-chart%1.png").arg(++index)) && ok;
        }
    }
    page->setChartsShown(false);
    return ok;
}

} // namespace simfleet::screenshots
