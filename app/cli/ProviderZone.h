#pragma once

#include "app/cli/OptionParser.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <optional>

namespace simfleet {

class Invocation;

// The zone in which a command reads the provider's calendar days (report
// days, bill dates; see ProviderTime.h).
class ProviderZone final {
    Q_DECLARE_TR_FUNCTIONS(ProviderZone)

public:
    // --provider-tz, for the commands that show the provider's days.
    static OptionSpec option();
    // --provider-tz when given, else the desktop app's setting for this API
    // address, else Asia/Almaty. An unknown --provider-tz is a usage error
    // (recorded in the options; nullopt); an unknown stored zone is warned
    // about and the default is used.
    static std::optional<QTimeZone> of(Invocation& inv);
};

} // namespace simfleet
