#include "app/core/AppLogging.h"
#include "app/core/Settings.h"
#include "app/gui/AppController.h"
#include "app/gui/CommandLine.h"
#include "resources/ResourceIcons.h"
#include "resources/SimFleetVersion.h"
#include "translations/Translations.h"
#include "views/common/Theme.h"

#include <QApplication>
#include <QMessageBox>

#include <cstdio>

using namespace simfleet;

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    // API requests are logged only with --verbose or SIMFLEET_VERBOSE=1.
    AppLogging::configure(AppLogging::verboseRequested(QCoreApplication::arguments()));
    // Settings (app/core/Settings) and the keychain (TokenStore) name "SimFleet"
    // themselves; these names must stay so existing users keep their settings.
    QCoreApplication::setOrganizationName(QStringLiteral("SimFleet"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("simfleet.github.io"));
    QCoreApplication::setApplicationName(QStringLiteral("SimFleet"));
    // The installed dist/<app id>.desktop: the Wayland app id,
    // taskbar grouping and the notifications' application.
    QGuiApplication::setDesktopFileName(QStringLiteral(SIMFLEET_APP_ID));
    QCoreApplication::setApplicationVersion(QStringLiteral(SIMFLEET_VERSION));
    QApplication::setStyle(QStringLiteral("Fusion"));
    QApplication::setWindowIcon(ResourceIcons::icon(QStringLiteral("app")));

    Settings settings;
    // The chosen palette before any window exists (Preferences → Appearance).
    Theme::apply(Theme::modeFromKey(settings.theme()));
    // The help text is translated, so the language is needed before parsing.
    const QString requested = CommandLine::requestedLanguage(app.arguments());
    Translations::install(requested.isEmpty() ? settings.language() : requested);

    AppController::StartOptions options;
    QString error;
    if (!CommandLine::parse(app.arguments(), &options, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }

    AppController controller(&settings);
    QObject::connect(&controller, &AppController::quitRequested, &app, &QCoreApplication::quit,
                     Qt::QueuedConnection);
    if (!controller.start(options, &error)) {
        QMessageBox::critical(nullptr, QCoreApplication::applicationName(), error);
        return 1;
    }
    return app.exec();
}
