#pragma once

#include "app/gui/StartOptions.h"

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

    enum class Outcome {
        Start,  // *options filled: start the application
        Print,  // --help or --version: print *message on stdout and exit with 0
        Refuse, // a bad option or value: *message (what and how to fix it) on stderr
    };

    // The value of --lang (or --lang=...) if given, so the help can be shown
    // in that language; empty otherwise.
    static QString requestedLanguage(const QStringList& arguments);
    // Parses the arguments (the first is the program); never exits the process.
    static Outcome parse(const QStringList& arguments, StartOptions* options, QString* message);
};

} // namespace simfleet
