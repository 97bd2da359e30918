#include "app/cli/CliApplication.h"
#include "app/core/AppLogging.h"
#include "resources/SimFleetVersion.h"

#include <QCoreApplication>

using namespace simfleet;

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("simfleet-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SIMFLEET_VERSION));
    // stderr is for the command's own messages: SimFleet's logging only with
    // --verbose or SIMFLEET_VERBOSE=1 (QT_LOGGING_RULES can still enable it).
    AppLogging::configure(AppLogging::verboseRequested(QCoreApplication::arguments()));
    CliApplication cli(QCoreApplication::arguments().mid(1));
    return cli.run();
}
