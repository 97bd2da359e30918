#include "app/cli/Invocation.h"

#include "api/ApiClient.h"
#include "api/ParseReport.h"
#include "api/Session.h"
#include "app/cli/ExitCodes.h"
#include "app/cli/Output.h"

#include <QLoggingCategory>

namespace simfleet {

Q_LOGGING_CATEGORY(lcCli, "simfleet.cli")

Invocation::Invocation(ApiClient* client, OptionValues options, Output* output, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_options(std::move(options))
    , m_output(output) {}

ApiClient* Invocation::client() {
    if (!m_tokenLookedUp) {
        m_tokenLookedUp = true;
        const std::optional<QString> token = m_tokenSource ? m_tokenSource() : std::nullopt;
        if (token)
            m_client->setToken(*token);
        else
            finish(ExitCode::Api);
    }
    return m_client;
}

QUrl Invocation::apiUrl() const {
    return m_client->baseUrl();
}

bool Invocation::isJson() const {
    return m_output->isJson();
}

void Invocation::finish(int exitCode) {
    if (m_finished)
        return;
    m_finished = true;
    m_exitCode = exitCode;
    m_loop.exit(exitCode);
}

void Invocation::failUsage(const QString& message) {
    m_output->error(QStringLiteral("usage"), message);
    finish(ExitCode::Usage);
}

void Invocation::fail(const ApiError& error) {
    qCDebug(lcCli) << "failed:" << ApiError::kindName(error.kind) << error.detail;
    m_output->error(ApiError::kindName(error.kind), error.userMessage());
    finish(ExitCode::forError(error));
}

bool Invocation::optionsOk() {
    if (m_options.ok())
        return true;
    failUsage(m_options.error());
    return false;
}

void Invocation::afterSignIn(std::function<void()> next) {
    auto* session = new Session(client(), this);
    connect(session, &Session::signInFailed, this, [this](const ApiError& error) { fail(error); });
    connect(session, &Session::signedIn, this, [this, session, next = std::move(next)] {
        qCDebug(lcCli) << "signed in as" << session->user().role;
        m_userId = session->user().id;
        next();
    });
    session->signIn();
}

void Invocation::warnAboutProblems(const ParseProblems& problems) {
    if (problems.isEmpty())
        return;
    m_output->warning(tr("Warning: %n record(s) in the server's answer could not be read and "
                         "were left out.",
                         nullptr, int(problems.total())));
    for (const QString& message : problems.messages)
        qCInfo(lcCli) << message;
}

int Invocation::exec() {
    if (m_finished)
        return m_exitCode;
    m_loop.exec();
    return m_exitCode;
}

} // namespace simfleet
