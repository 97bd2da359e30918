#include "CliApplication.h"

#include <QCoreApplication>
#include <QLoggingCategory>

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("simfleet-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SIMFLEET_VERSION));
    // stderr is for the command's own messages; QT_LOGGING_RULES can still enable these.
    QLoggingCategory::setFilterRules(
        QStringLiteral("simfleet.*.debug=false\nsimfleet.*.info=false"));
    CliApplication cli(QCoreApplication::arguments().mid(1));
    return cli.run();
}
