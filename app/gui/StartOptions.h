#pragma once

#include "emulator/EmulatorConfig.h"

#include <QString>

namespace simfleet {

// What `simfleet`'s command line asks for (CommandLine::parse) and
// AppController::start acts on.
struct StartOptions {
    bool demo = false;
    QString demoRole = QStringLiteral("admin"); // "admin" or "user"
    int demoSims = 2000;
    // "nova", "v2" (the second operator alone) or "both" (one account of each
    // in the Account menu, NovaConnect's open first).
    QString demoProvider = QStringLiteral("nova");
    QString language; // empty: the one from the settings
    // Fleet seed, latency, faults; `sims` is taken from demoSims.
    novaemu::EmulatorConfig demoConfig;
};

} // namespace simfleet
