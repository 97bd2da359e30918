#include "app/cli/CommandRegistry.h"

#include "app/cli/Areas.h"

namespace simfleet {

bool ActionSpec::accepts(const QString& option) const {
    for (const OptionSpec& spec : options) {
        if (option == QLatin1String(spec.name))
            return true;
    }
    return CommandRegistry::isGlobalOption(option);
}

const ActionSpec* AreaSpec::action(const QString& name) const {
    for (const ActionSpec& spec : actions) {
        if (spec.name == name)
            return &spec;
    }
    return nullptr;
}

CommandRegistry CommandRegistry::standard() {
    CommandRegistry registry;
    registry.add(simsArea());
    registry.add(groupsArea());
    registry.add(usersArea());
    registry.add(profileArea());
    registry.add(companyArea());
    registry.add(billsArea());
    registry.add(reportsArea());
    registry.add(operatorArea());
    return registry;
}

const QList<OptionSpec>& CommandRegistry::globalOptions() {
    static const QList<OptionSpec> options{
        {"api-url", "URL",
         QT_TRANSLATE_NOOP("CliHelp", "API address (default: $SIMFLEET_API_URL, else the "
                                      "NovaConnect address); https is required except for "
                                      "this computer")},
        {"provider", "nova|v2",
         QT_TRANSLATE_NOOP("CliHelp", "The provider: nova (NovaConnect) or v2 (the second "
                                      "operator, whose commands are in the v2 area); default: "
                                      "v2 in the v2 area, nova elsewhere")},
        {"lang", "ru|en",
         QT_TRANSLATE_NOOP("CliHelp", "Language of messages and of the server's answers "
                                      "(default: the system language)")},
        {"json", nullptr, QT_TRANSLATE_NOOP("CliHelp", "Print results as JSON")},
        {"timeout", "SECONDS",
         QT_TRANSLATE_NOOP("CliHelp", "Give up on a request after this many seconds without "
                                      "data (default: 30)")},
        {"verbose", nullptr,
         QT_TRANSLATE_NOOP("CliHelp", "Log every API request on stderr (also: "
                                      "SIMFLEET_VERBOSE=1)")},
        {"help", nullptr, QT_TRANSLATE_NOOP("CliHelp", "Show help and exit")},
    };
    return options;
}

bool CommandRegistry::isGlobalOption(const QString& name) {
    for (const OptionSpec& spec : globalOptions()) {
        if (name == QLatin1String(spec.name))
            return true;
    }
    return false;
}

const AreaSpec* CommandRegistry::area(const QString& name) const {
    for (const AreaSpec& spec : m_areas) {
        if (spec.name == name)
            return &spec;
    }
    return nullptr;
}

QList<OptionSpec> CommandRegistry::allOptions() const {
    QList<OptionSpec> all = globalOptions();
    auto addOnce = [&all](const OptionSpec& option) {
        for (const OptionSpec& known : all) {
            if (qstrcmp(known.name, option.name) == 0) {
                // The command line is split before the command is known.
                Q_ASSERT_X(known.takesValue() == option.takesValue(), "CommandRegistry",
                           "an option name must be a flag everywhere or take a value everywhere");
                return;
            }
        }
        all.append(option);
    };
    for (const AreaSpec& area : m_areas) {
        for (const ActionSpec& action : area.actions) {
            for (const OptionSpec& option : action.options)
                addOnce(option);
        }
    }
    return all;
}

} // namespace simfleet
