#include "app/cli/ProviderZone.h"

#include "api/ProviderTime.h"
#include "app/cli/Invocation.h"
#include "app/cli/Output.h"
#include "app/core/Settings.h"

namespace simfleet {

OptionSpec ProviderZone::option() {
    return {"provider-tz", "ZONE",
            QT_TRANSLATE_NOOP("CliHelp", "Time zone of the provider's calendar days, an IANA id "
                                         "such as Asia/Almaty (default: the desktop app's "
                                         "setting for this API address, else Asia/Almaty)")};
}

std::optional<QTimeZone> ProviderZone::of(Invocation& inv) {
    OptionValues& options = inv.options();
    if (options.isSet("provider-tz")) {
        const QString id = options.text("provider-tz").trimmed();
        std::optional<QTimeZone> zone = id.isEmpty() ? std::nullopt : ProviderTime::zoneById(id);
        if (!zone)
            options.fail(tr("--provider-tz needs a time zone this computer knows, such as "
                            "Asia/Almaty, not \"%1\".")
                             .arg(id));
        return zone;
    }
    const QString stored = Settings::ofDesktopApp().providerTimeZone(inv.apiUrl());
    if (std::optional<QTimeZone> zone = ProviderTime::zoneById(stored))
        return zone;
    inv.out().warning(tr("Warning: this computer does not know the provider time zone \"%1\" "
                         "set for %2; showing days in %3.")
                          .arg(stored, inv.apiUrl().toString(),
                               QString::fromLatin1(ProviderTime::kDefaultZoneId)));
    return ProviderTime::defaultZone();
}

} // namespace simfleet
