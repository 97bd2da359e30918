#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace simfleet {

// SimFleet's own log categories (simfleet.api, simfleet.models.*, ...): quiet
// by default, so API requests are not logged; `--verbose` or the environment
// variable SIMFLEET_VERBOSE=1 turns their debug and info messages on.
// Warnings always show. QT_LOGGING_RULES still wins over both.
namespace AppLogging {

// True for "--verbose" among `arguments` (after the program name) or a
// SIMFLEET_VERBOSE value other than empty, "0", "false", "no" or "off".
bool verboseRequested(const QStringList& arguments, const QByteArray& environmentValue);
// The same, from QCoreApplication's arguments and the real environment.
bool verboseRequested(const QStringList& arguments);
// The filter rules for QLoggingCategory::setFilterRules.
QString filterRules(bool verbose);
void configure(bool verbose);

} // namespace AppLogging

} // namespace simfleet
