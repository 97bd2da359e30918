#include "app/core/AppLogging.h"

#include <QLoggingCategory>

namespace simfleet {

namespace AppLogging {

bool verboseRequested(const QStringList& arguments, const QByteArray& environmentValue) {
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--verbose"))
            return true;
    }
    const QByteArray value = environmentValue.trimmed().toLower();
    return !value.isEmpty() && value != "0" && value != "false" && value != "no" && value != "off";
}

bool verboseRequested(const QStringList& arguments) {
    return verboseRequested(arguments, qgetenv("SIMFLEET_VERBOSE"));
}

QString filterRules(bool verbose) {
    return verbose ? QStringLiteral("simfleet.*.debug=true\nsimfleet.*.info=true")
                   : QStringLiteral("simfleet.*.debug=false\nsimfleet.*.info=false");
}

void configure(bool verbose) {
    QLoggingCategory::setFilterRules(filterRules(verbose));
}

} // namespace AppLogging

} // namespace simfleet
