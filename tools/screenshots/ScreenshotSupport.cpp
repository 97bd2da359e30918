#include "tools/screenshots/ScreenshotSupport.h"

#include "models/fleet/FleetModel.h"
#include "views/shell/MainWindow.h"
#include "views/sims/SimsPage.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>
#include <QWidget>

#include <cstdio>

namespace simfleet::screenshots {

bool waitFor(const std::function<bool()>& condition, int timeoutMs) {
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

namespace {

QString& fileSuffix() {
    static QString suffix;
    return suffix;
}

} // namespace

void setFileSuffix(const QString& suffix) {
    fileSuffix() = suffix;
}

QString withFileSuffix(const QString& path) {
    if (fileSuffix().isEmpty())
        return path;
    const qsizetype dot = path.lastIndexOf(QLatin1Char('.'));
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    return dot > slash ? path.left(dot) + fileSuffix() + path.mid(dot) : path + fileSuffix();
}

bool save(QWidget* widget, const QString& path) {
    settle();
    const QString file = withFileSuffix(path);
    const bool ok = widget->grab().save(file);
    std::printf("%s %s\n", ok ? "saved" : "FAILED", qPrintable(file));
    return ok;
}

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

} // namespace simfleet::screenshots
