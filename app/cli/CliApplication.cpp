#include "app/cli/CliApplication.h"

#include "api/ApiClient.h"
#include "app/cli/ExitCodes.h"
#include "app/cli/Invocation.h"
#include "app/cli/Output.h"
#include "app/cli/UsageText.h"
#include "app/core/Settings.h"
#include "app/core/TokenStore.h"
#include "translations/Translations.h"

namespace simfleet {

namespace {

constexpr int kMaxTimeoutSeconds = 24 * 3600;

void printHelp(const QString& text) {
    QTextStream out(stdout);
    out << text;
}

} // namespace

CliApplication::CliApplication(QStringList arguments)
    : m_arguments(std::move(arguments))
    , m_registry(CommandRegistry::standard()) {}

QString CliApplication::requestedLanguage() const {
    // The last --lang wins, as with every other option.
    QString language = Translations::systemDefault();
    for (qsizetype i = 0; i < m_arguments.size(); ++i) {
        const QString& argument = m_arguments.at(i);
        if (argument == QLatin1String("--lang") && i + 1 < m_arguments.size())
            language = m_arguments.at(++i).trimmed().toLower();
        else if (argument.startsWith(QLatin1String("--lang=")))
            language = argument.mid(7).trimmed().toLower();
    }
    return language;
}

int CliApplication::run() {
    QString language = requestedLanguage();
    if (!Translations::available().contains(language))
        language = Translations::systemDefault(); // reported as a usage error below
    Translations::install(language);

    OptionParser parser(m_registry.allOptions());
    const bool parsed = parser.parse(m_arguments);
    OptionValues options = parser.values();
    Output out(parsed ? options.isSet("json") : m_arguments.contains(QStringLiteral("--json")));
    if (!parsed) {
        out.error(QStringLiteral("usage"), parser.error());
        return ExitCode::Usage;
    }
    int exitCode = ExitCode::Ok;
    const ActionSpec* action = findAction(parser, out, &exitCode);
    if (!action)
        return exitCode;

    options.choice("lang", Translations::available());
    const qint64 timeoutSeconds = options.integer("timeout", 1, kMaxTimeoutSeconds).value_or(0);
    if (!options.ok()) {
        out.error(QStringLiteral("usage"), options.error());
        return ExitCode::Usage;
    }
    const std::optional<ProviderKind> provider = this->provider(parser, options, out);
    if (!provider)
        return ExitCode::Usage;
    const std::optional<QUrl> url = apiUrl(options, *provider, out);
    if (!url)
        return ExitCode::Usage;

    ApiClient client;
    client.setBaseUrl(*url);
    client.setMethodRules(Providers::methodRules(*provider));
    // The second operator has no roles: its token may change SIMs.
    if (*provider == ProviderKind::SecondOperator)
        client.setReadOnly(false);
    client.setLanguage(language);
    // The limits set in the desktop app's Preferences; --timeout overrides
    // the request timeout and never leaves the answer deadline shorter.
    Settings::ofDesktopApp().applyNetworkLimits(&client);
    if (timeoutSeconds > 0) {
        client.setTransferTimeoutMs(int(timeoutSeconds * 1000));
        client.setDeadlineMs(qMax(client.deadlineMs(), int(timeoutSeconds * 1000)));
    }
    Invocation invocation(&client, options, &out);
    invocation.setTokenSource([this, url = *url, &out] { return token(url, out); });
    action->run(invocation);
    return invocation.exec();
}

const ActionSpec* CliApplication::findAction(const OptionParser& parser, Output& out,
                                             int* exitCode) const {
    const QStringList& words = parser.positionals();
    const bool help = parser.values().isSet("help");
    const QString program = QCoreApplication::applicationName();
    auto usageError = [&out, exitCode](const QString& message) {
        out.error(QStringLiteral("usage"), message);
        *exitCode = ExitCode::Usage;
        return nullptr;
    };
    if (words.isEmpty()) {
        if (help) {
            printHelp(UsageText::general(m_registry));
            return nullptr;
        }
        return usageError(tr("Say what to do: %1 AREA ACTION [OPTIONS]. Run \"%1 --help\" to "
                             "see the areas and actions.")
                              .arg(program));
    }
    const AreaSpec* area = m_registry.area(words.first());
    if (!area)
        return usageError(tr("Unknown area \"%1\". Run \"%2 --help\" to see the areas.")
                              .arg(words.first(), program));
    if (words.size() == 1) {
        if (help) {
            printHelp(UsageText::area(*area));
            return nullptr;
        }
        return usageError(tr("Say which %1 action to run. Run \"%2 %1 --help\" to see them.")
                              .arg(area->name, program));
    }
    const ActionSpec* action = area->action(words.at(1));
    if (!action)
        return usageError(tr("Unknown action \"%1\" for %2. Run \"%3 %2 --help\" to see the "
                             "actions.")
                              .arg(words.at(1), area->name, program));
    if (words.size() > 2)
        return usageError(tr("Unexpected argument \"%1\".").arg(words.at(2)));
    for (const QString& option : parser.givenOptions()) {
        if (!action->accepts(option))
            return usageError(tr("%1 %2 does not take the option --%3. Run \"%4 %1 --help\" to "
                                 "see its options.")
                                  .arg(area->name, action->name, option, program));
    }
    if (help) {
        printHelp(UsageText::action(*area, *action));
        return nullptr;
    }
    return action;
}

std::optional<ProviderKind> CliApplication::provider(const OptionParser& parser,
                                                     OptionValues& options, Output& out) const {
    const bool operatorArea = parser.positionals().value(0) == QLatin1String("v2");
    std::optional<ProviderKind> chosen;
    if (options.isSet("provider")) {
        chosen = Providers::fromCode(options.text("provider"));
        if (!chosen) {
            out.error(QStringLiteral("usage"),
                      tr("Unknown provider \"%1\": use nova or v2.").arg(options.text("provider")));
            return std::nullopt;
        }
    } else {
        chosen = operatorArea ? ProviderKind::SecondOperator : ProviderKind::NovaConnect;
    }
    if (operatorArea != (*chosen == ProviderKind::SecondOperator)) {
        out.error(QStringLiteral("usage"),
                  operatorArea
                      ? tr("The v2 area is the second operator's: leave out --provider or give "
                           "--provider v2.")
                      : tr("The second operator's commands are in the v2 area. Run \"%1 v2 "
                           "--help\" to see them.")
                            .arg(QCoreApplication::applicationName()));
        return std::nullopt;
    }
    return chosen;
}

std::optional<QUrl> CliApplication::apiUrl(OptionValues& options, ProviderKind provider,
                                           Output& out) const {
    QString text = options.text("api-url").trimmed();
    if (!options.isSet("api-url"))
        text = qEnvironmentVariable("SIMFLEET_API_URL").trimmed();
    // The second operator has no well-known address: the desktop app's, when
    // its last sign-in was there, or the one given.
    if (text.isEmpty() && provider == ProviderKind::SecondOperator) {
        const Settings desktop = Settings::ofDesktopApp();
        if (desktop.provider() == ProviderKind::SecondOperator)
            text = desktop.apiUrl().toString();
        if (text.isEmpty()) {
            out.error(QStringLiteral("usage"),
                      tr("Give the second operator's address with --api-url or "
                         "SIMFLEET_API_URL (it ends in /api/v2)."));
            return std::nullopt;
        }
    }
    const QUrl url = text.isEmpty() ? ApiClient::defaultBaseUrl() : QUrl(text, QUrl::StrictMode);
    QString why;
    if (!ApiClient::validateBaseUrl(url, &why)) {
        out.error(QStringLiteral("usage"),
                  tr("Cannot use the API address \"%1\": %2").arg(text, why));
        return std::nullopt;
    }
    return url;
}

std::optional<QString> CliApplication::token(const QUrl& apiUrl, Output& out) const {
    const QString fromEnvironment = qEnvironmentVariable("SIMFLEET_TOKEN").trimmed();
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    QString keychainError;
    const QString stored = TokenStore::readBlocking(apiUrl.toString(), &keychainError).trimmed();
    if (!stored.isEmpty())
        return stored;
    QString message =
        tr("No access token. Either set the SIMFLEET_TOKEN environment variable to a token "
           "created in the web cabinet (My profile → Access tokens), or sign in once with the "
           "SimFleet desktop app for %1 so that it keeps the token in the system keychain.")
            .arg(apiUrl.toString());
    if (!keychainError.isEmpty())
        message += QLatin1Char('\n') + tr("The keychain said: %1").arg(keychainError);
    out.error(ApiError::kindName(ApiError::Kind::Unauthorized), message);
    return std::nullopt;
}

} // namespace simfleet
