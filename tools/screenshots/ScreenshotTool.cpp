// simfleet-screenshots [--out DIR] [--sims N] [--theme light|dark] [--workspace-only]
//                      [--operations-only] [--laptop-only] [--<page>-only]
// Renders SimFleet offscreen against the in-process demo emulator and saves
// PNGs of the main window (English and Russian, admin and read-only user,
// loading, empty and error states), the sign-in dialog, the bulk operation
// dialogs, every page (each also alone with --<page>-only), and the icon set.
// --theme dark shoots in the dark palette and adds "-dark" to every file name.
// Settings go to a temporary file: the user's own settings are never touched.

#include "api/ApiError.h"
#include "resources/ResourceIcons.h"
#include "resources/SimFleetVersion.h"
#include "tools/screenshots/ScreenshotSupport.h"
#include "tools/screenshots/Shots.h"
#include "translations/Translations.h"
#include "views/common/Theme.h"
#include "views/shell/SignInDialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QPainter>
#include <QStandardPaths>

#include <cstdio>

namespace simfleet::screenshots {

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
    const QString path = withFileSuffix(dir + QStringLiteral("/icons.png"));
    const bool ok = sheet.save(path);
    std::printf("%s %s\n", ok ? "saved" : "FAILED", qPrintable(path));
    return ok;
}

} // namespace simfleet::screenshots

using namespace simfleet;
using namespace simfleet::screenshots;

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
    const QCommandLineOption theme(QStringLiteral("theme"),
                                   QStringLiteral("Palette: light (default) or dark."),
                                   QStringLiteral("name"), QStringLiteral("light"));
    parser.addOptions({out, sims, theme, workspaceOnly, operationsOnly, laptopOnly});
    // The pages shot alone with --<name>-only, and in the full run.
    const QVector<PageShots> pages = pageShots();
    QVector<QCommandLineOption> pageOptions;
    for (const PageShots& page : pages) {
        pageOptions.append(QCommandLineOption(page.name + QStringLiteral("-only"),
                                              QStringLiteral("Only the %1 shots.").arg(page.name)));
        parser.addOption(pageOptions.last());
    }
    parser.process(app);
    const QString themeName = parser.value(theme).trimmed().toLower();
    if (themeName != QLatin1String("light") && themeName != QLatin1String("dark")) {
        std::fprintf(stderr, "--theme must be light or dark, not \"%s\"\n",
                     qPrintable(parser.value(theme)));
        return 2;
    }
    const Theme::Mode mode = Theme::modeFromKey(themeName);
    Theme::apply(mode);
    setFileSuffix(mode == Theme::Mode::Dark ? QStringLiteral("-dark") : QString());
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

    for (int i = 0; i < pages.size(); ++i) {
        if (!parser.isSet(pageOptions.at(i)))
            continue;
        bool ok = true;
        for (const QString& language : {QStringLiteral("en"), QStringLiteral("ru")})
            ok = pages.at(i).shoot(language, dir) && ok;
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
        for (const PageShots& page : pages)
            ok = page.shoot(language, dir) && ok;
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
