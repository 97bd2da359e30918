#include "tests/support/DemoAppRig.h"

#include "app/core/Settings.h"
#include "models/fleet/FleetModel.h"
#include "views/shell/MainWindow.h"
#include "views/sims/SimsPage.h"

#include <QApplication>
#include <QDebug>
#include <QStandardPaths>
#include <QTest>

namespace simfleet {

DemoAppRig::DemoAppRig()
    : m_settings(std::make_unique<Settings>(m_dir.filePath(QStringLiteral("settings.ini")))) {
    m_settings->setLanguage(QStringLiteral("en"));
}

DemoAppRig::~DemoAppRig() = default;

void DemoAppRig::prepareTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setStyle(QStringLiteral("Fusion"));
}

bool DemoAppRig::start(AppController* controller, const QString& role, int sims,
                       const QString& language, const AdjustOptions& adjust) {
    AppController::StartOptions options;
    options.demo = true;
    options.demoRole = role;
    options.demoSims = sims;
    options.language = language;
    if (adjust)
        adjust(options);
    QString error;
    if (controller->start(options, &error))
        return true;
    qWarning() << "demo did not start:" << error;
    return false;
}

bool DemoAppRig::waitForFleet(AppController* controller, int rows, int timeoutMs) {
    if (!QTest::qWaitFor([controller] { return controller->mainWindow()->isVisible(); }, timeoutMs))
        return false;
    SimsPage* page = controller->page<SimsPage>();
    return QTest::qWaitFor(
        [page, rows] { return !page->isLoading() && page->model()->rowCount() == rows; },
        timeoutMs);
}

} // namespace simfleet
