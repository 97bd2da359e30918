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

namespace {

// --help and --version print their text and exit: no display is needed for
// them, so they run without the GUI (on a server, over ssh).
bool onlyPrints(int argc, char* argv[]) {
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "-h" || argument == "-?" || argument == "--help" ||
            argument == "--help-all" || argument == "-v" || argument == "--version")
            return true;
    }
    return false;
}

void nameApplication() {
    // Settings (app/core/Settings) and the keychain (TokenStore) name "SimFleet"
    // themselves; these names must stay so existing users keep their settings.
    QCoreApplication::setOrganizationName(QStringLiteral("SimFleet"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("simfleet.github.io"));
    QCoreApplication::setApplicationName(QStringLiteral("SimFleet"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SIMFLEET_VERSION));
}

// The language asked for on the command line, else the saved one: the help
// text is translated, so it is needed before parsing.
void installLanguage(const QStringList& arguments, const Settings& settings) {
    const QString requested = CommandLine::requestedLanguage(arguments);
    Translations::install(requested.isEmpty() ? settings.language() : requested);
}

// Parses the command line into `options` (--help and --version print and
// exit here); false, with the reason on stderr, for a bad option.
bool parseCommandLine(const QStringList& arguments, AppController::StartOptions* options) {
    QString error;
    if (CommandLine::parse(arguments, options, &error))
        return true;
    std::fprintf(stderr, "%s\n", qPrintable(error));
    return false;
}

int printHelpOrVersion(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    nameApplication();
    const Settings settings;
    installLanguage(QCoreApplication::arguments(), settings);
    AppController::StartOptions options;
    return parseCommandLine(QCoreApplication::arguments(), &options) ? 0 : 2;
}

} // namespace

int main(int argc, char* argv[]) {
    if (onlyPrints(argc, argv))
        return printHelpOrVersion(argc, argv);
    QApplication app(argc, argv);
    // API requests are logged only with --verbose or SIMFLEET_VERBOSE=1.
    AppLogging::configure(AppLogging::verboseRequested(QCoreApplication::arguments()));
    nameApplication();
    // The installed dist/<app id>.desktop: the Wayland app id,
    // taskbar grouping and the notifications' application.
    QGuiApplication::setDesktopFileName(QStringLiteral(SIMFLEET_APP_ID));
    QApplication::setStyle(QStringLiteral("Fusion"));
    QApplication::setWindowIcon(ResourceIcons::icon(QStringLiteral("app")));

    Settings settings;
    // The chosen palette before any window exists (Preferences → Appearance).
    Theme::apply(Theme::modeFromKey(settings.theme()));
    installLanguage(QCoreApplication::arguments(), settings);

    AppController::StartOptions options;
    if (!parseCommandLine(QCoreApplication::arguments(), &options))
        return 2;

    AppController controller(&settings);
    QString error;
    QObject::connect(&controller, &AppController::quitRequested, &app, &QCoreApplication::quit,
                     Qt::QueuedConnection);
    if (!controller.start(options, &error)) {
        QMessageBox::critical(nullptr, QCoreApplication::applicationName(), error);
        return 1;
    }
    return QApplication::exec();
}
