#pragma once

#include "api/Provider.h"
#include "app/cli/CommandRegistry.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace simfleet {

class Output;
class OptionParser;

// simfleet-cli's wiring: reads the command line, picks the language, the API
// address and the token, and runs one command.
class CliApplication final {
    Q_DECLARE_TR_FUNCTIONS(CliApplication)

public:
    // `arguments` without the program name.
    explicit CliApplication(QStringList arguments);

    int run();

private:
    // The --lang value, looked for before anything else so that every message,
    // including errors about the command line, is in that language.
    QString requestedLanguage() const;
    // The action to run, or nullopt with the exit code after help or an error.
    const ActionSpec* findAction(const OptionParser& parser, Output& out, int* exitCode) const;
    // From --provider, checked against the area (the v2 area is the second operator's).
    std::optional<ProviderKind> provider(const OptionParser& parser, OptionValues& options,
                                         Output& out) const;
    std::optional<QUrl> apiUrl(OptionValues& options, ProviderKind provider, Output& out) const;
    std::optional<QString> token(const QUrl& apiUrl, Output& out) const;

    QStringList m_arguments;
    CommandRegistry m_registry;
};

} // namespace simfleet
