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

// Parses the command line into `options`. --help and --version print their
// text; a bad option prints the reason on stderr. Returns the exit code when
// the program is to end here, else -1.
int parseCommandLine(const QStringList& arguments, AppController::StartOptions* options) {
    QString message;
    switch (CommandLine::parse(arguments, options, &message)) {
    case CommandLine::Outcome::Start:
        return -1;
    case CommandLine::Outcome::Print:
        std::fputs(qPrintable(message), stdout);
        return 0;
    case CommandLine::Outcome::Refuse:
        break;
    }
    std::fprintf(stderr, "%s\n", qPrintable(message));
    return 2;
}

int printHelpOrVersion(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    nameApplication();
    const Settings settings;
    installLanguage(QCoreApplication::arguments(), settings);
    AppController::StartOptions options;
    const int exitCode = parseCommandLine(QCoreApplication::arguments(), &options);
    return exitCode < 0 ? 0 : exitCode;
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
    if (const int exitCode = parseCommandLine(QCoreApplication::arguments(), &options);
        exitCode >= 0)
        return exitCode;

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
