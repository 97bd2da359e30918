#include "app/cli/UsageText.h"

#include "api/ApiClient.h"
#include "app/cli/CommandRegistry.h"

#include <QStringList>

namespace simfleet {

namespace {

QString helpText(const char* text) {
    return QCoreApplication::translate("CliHelp", text);
}

// "  name   text" lines with the texts aligned.
QString aligned(const QList<std::pair<QString, QString>>& entries, int indent) {
    qsizetype width = 0;
    for (const auto& entry : entries)
        width = qMax(width, entry.first.size());
    QString text;
    for (const auto& entry : entries) {
        text += QString(indent, QLatin1Char(' ')) + entry.first.leftJustified(width + 2) +
                entry.second + QLatin1Char('\n');
    }
    return text;
}

QList<std::pair<QString, QString>> optionEntries(const QList<OptionSpec>& options) {
    QList<std::pair<QString, QString>> entries;
    for (const OptionSpec& option : options) {
        QString name = QStringLiteral("--") + QLatin1String(option.name);
        if (option.takesValue())
            name += QLatin1Char(' ') + QLatin1String(option.valueName);
        entries.append({name, helpText(option.help)});
    }
    return entries;
}

QString usageLine(const QString& area, const QString& action) {
    return UsageText::tr("Usage: %1 [OPTIONS] %2 %3 [ACTION OPTIONS]")
        .arg(QCoreApplication::applicationName(), area, action);
}

} // namespace

QString UsageText::general(const CommandRegistry& registry) {
    QString text = usageLine(tr("AREA"), tr("ACTION")) + QStringLiteral("\n\n");
    text += tr("Manage NovaConnect IoT SIM cards from scripts.") + QStringLiteral("\n\n");
    text += tr("Options:") + QLatin1Char('\n');
    text += aligned(optionEntries(CommandRegistry::globalOptions()), 2) + QLatin1Char('\n');
    text += tr("Areas and actions:") + QLatin1Char('\n');
    QList<std::pair<QString, QString>> areas;
    for (const AreaSpec& area : registry.areas()) {
        QStringList actions;
        for (const ActionSpec& action : area.actions)
            actions.append(action.name);
        areas.append({area.name, helpText(area.summary) + QStringLiteral(" — ") +
                                     actions.join(QStringLiteral(", "))});
    }
    text += aligned(areas, 2) + QLatin1Char('\n');
    text += tr("The access token is read from the SIMFLEET_TOKEN environment variable or, when "
               "it is not set, from the system keychain where the SimFleet desktop app stores "
               "it. It is never accepted on the command line.") +
            QLatin1Char('\n');
    text += tr("Default API address: %1").arg(ApiClient::defaultBaseUrl().toString()) +
            QLatin1Char('\n');
    text += tr("Exit codes: 0 success, 1 local file error, 2 usage error or invalid input, "
               "3 refused by the server or by your role, 4 network error, 5 the account's job "
               "journal is in use by another SimFleet program (--wait, v2 change, v2 retry), 130 "
               "interrupted (Ctrl+C) while downloading bills.") +
            QLatin1Char('\n');
    text += tr("Run \"%1 AREA --help\" to see the options of each action.")
                .arg(QCoreApplication::applicationName()) +
            QLatin1Char('\n');
    return text;
}

QString UsageText::area(const AreaSpec& area) {
    QString text = usageLine(area.name, tr("ACTION")) + QStringLiteral("\n\n");
    text += helpText(area.summary) + QStringLiteral("\n\n");
    text += tr("Actions:") + QLatin1Char('\n');
    qsizetype nameWidth = 0;
    for (const ActionSpec& action : area.actions)
        nameWidth = qMax(nameWidth, action.name.size());
    for (const ActionSpec& action : area.actions) {
        text += QStringLiteral("  ") + action.name.leftJustified(nameWidth + 2) +
                helpText(action.summary) + QLatin1Char('\n');
        text += aligned(optionEntries(action.options), 4);
    }
    text += QLatin1Char('\n') +
            tr("Run \"%1 --help\" for the options every action accepts.")
                .arg(QCoreApplication::applicationName()) +
            QLatin1Char('\n');
    return text;
}

QString UsageText::action(const AreaSpec& area, const ActionSpec& action) {
    QString text = usageLine(area.name, action.name) + QStringLiteral("\n\n");
    text += helpText(action.summary) + QStringLiteral("\n\n");
    if (!action.options.isEmpty()) {
        text += tr("Action options:") + QLatin1Char('\n');
        text += aligned(optionEntries(action.options), 2) + QLatin1Char('\n');
    }
    if (action.notes)
        text += helpText(action.notes) + QStringLiteral("\n\n");
    text += tr("Options:") + QLatin1Char('\n');
    text += aligned(optionEntries(CommandRegistry::globalOptions()), 2);
    return text;
}

} // namespace simfleet
