#pragma once

#include "api/ApiCall.h"
#include "app/cli/OptionParser.h"

#include <QEventLoop>
#include <QObject>
#include <QUrl>

#include <functional>
#include <optional>

namespace simfleet {

class ApiClient;
class Output;
struct ParseProblems;

// One run of one command: the configured API client, the options given, the
// output, and the event loop that runs until the command calls finish().
class Invocation final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Invocation)

public:
    Invocation(ApiClient* client, OptionValues options, Output* output, QObject* parent = nullptr);

    // Where the access token comes from; nullopt when there is none (the source
    // has then explained why on stderr).
    using TokenSource = std::function<std::optional<QString>()>;
    // cppcheck-suppress danglingLifetime ; the caller's Output outlives the Invocation
    void setTokenSource(TokenSource source) { m_tokenSource = std::move(source); }
    // The API client. The token is looked up on first use, so that mistakes on
    // the command line are reported before the keychain is asked. Without a
    // token the command ends (exit 3) and the client never sends anything,
    // since the event loop does not run after the end.
    ApiClient* client();
    // The client without looking a token up (signing in to get one).
    ApiClient* clientWithoutToken() { return m_client; }
    // The API address the command talks to (no token lookup).
    QUrl apiUrl() const;
    OptionValues& options() { return m_options; }
    Output& out() { return *m_output; }
    bool isJson() const;

    // Ends the command; only the first call counts.
    void finish(int exitCode);
    bool isFinished() const { return m_finished; }
    void failUsage(const QString& message);
    void fail(const ApiError& error);
    // After a command has read its options: false (and the command ends with a
    // usage error) when one of them was bad.
    bool optionsOk();
    // Runs `next` once the token's role is known. In a read-only session the
    // client then refuses everything but reads and the user's own profile itself,
    // so nothing reaches the server. Until then the client is read-only too.
    void afterSignIn(std::function<void()> next);
    // The signed-in user's id once afterSignIn() has run `next`; 0 before.
    qint64 userId() const { return m_userId; }
    // A result callback that ends the command on error and otherwise passes
    // the value on.
    template <typename T>
    std::function<void(const Result<T>&)> onSuccess(std::function<void(const T&)> next) {
        return [this, next = std::move(next)](const Result<T>& result) {
            if (!result.ok())
                fail(result.error);
            else
                next(result.value);
        };
    }
    // Rows the server sent that could not be read are skipped; say so on stderr.
    void warnAboutProblems(const ParseProblems& problems);

    // Returns the exit code once the command has finished.
    int exec();

private:
    ApiClient* m_client;
    TokenSource m_tokenSource;
    bool m_tokenLookedUp = false;
    OptionValues m_options;
    Output* m_output;
    QEventLoop m_loop;
    bool m_finished = false;
    qint64 m_userId = 0;
    int m_exitCode = 0;
};

} // namespace simfleet
