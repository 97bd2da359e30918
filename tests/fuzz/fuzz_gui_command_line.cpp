// simfleet's own command line (CommandLine::parse, requestedLanguage): one
// argument per input line after the program's name. Never exits the process;
// what it starts with is always a valid choice, and every refusal says why.
#include "app/gui/CommandLine.h"
#include "tests/fuzz/FuzzSupport.h"

using namespace simfleet;

SIMFLEET_FUZZ_INITIALIZE_QT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QString text = QString::fromUtf8(fuzz::bytes(data, size));
    const QStringList arguments =
        QStringList{QStringLiteral("simfleet")} + text.split(QLatin1Char('\n'));
    if (arguments.size() > 64)
        return 0;
    (void)CommandLine::requestedLanguage(arguments);

    StartOptions options;
    QString message;
    switch (CommandLine::parse(arguments, &options, &message)) {
    case CommandLine::Outcome::Start:
        fuzz::check(options.demoRole == QLatin1String("admin") ||
                        options.demoRole == QLatin1String("user"),
                    "an unknown role accepted", options.demoRole);
        fuzz::check(options.demoSims >= 0 && options.demoSims <= 1000000,
                    "a fleet size out of range", QString::number(options.demoSims));
        fuzz::check(options.demoProvider == QLatin1String("nova") ||
                        options.demoProvider == QLatin1String("v2") ||
                        options.demoProvider == QLatin1String("both"),
                    "an unknown provider accepted", options.demoProvider);
        fuzz::check(options.language.isEmpty() || options.language == QLatin1String("ru") ||
                        options.language == QLatin1String("en"),
                    "an unknown language accepted", options.language);
        break;
    case CommandLine::Outcome::Print:
        fuzz::check(!message.isEmpty(), "nothing to print");
        break;
    case CommandLine::Outcome::Refuse:
        fuzz::check(!message.isEmpty(), "a refusal without a message");
        break;
    }
    return 0;
}
