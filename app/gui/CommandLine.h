#pragma once

#include "app/gui/AppController.h"

#include <QCoreApplication>
#include <QStringList>

namespace simfleet {

// `simfleet [--demo] [--role admin|user] [--sims N] [--provider nova|v2|both] [--lang ru|en]
// [--verbose]`
// (--verbose is read before parsing, by AppLogging).
class CommandLine final {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    CommandLine() = delete;

    // The value of --lang (or --lang=...) if given, so the help can be shown
    // in that language; empty otherwise.
    static QString requestedLanguage(const QStringList& arguments);
    // Parses the arguments. --help and --version print and exit the process
    // (QCommandLineParser::process); a bad value returns false with *error.
    static bool parse(const QStringList& arguments, AppController::StartOptions* options,
                      QString* error);
};

} // namespace simfleet
