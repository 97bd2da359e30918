#pragma once

#include "emulator/ApiTypes.h"
#include "emulator/Emulator.h"
#include "emulator/v2/V2Call.h"

#include <QSet>

#include <functional>
#include <memory>

namespace novaemu {

struct IncomingRequest;
class FaultInjector;
class V2CdrHandler;
class V2Fleet;
class V2RateLimiter;
class V2SimHandlers;

// The second operator's API under /api/v2 (docs/api-v2-notes.md): the rate limit, login and
// bearer tokens, the route table (HTTP verb + path pattern) and the journal entry of each request.
class V2Routes final {
    Q_DISABLE_COPY_MOVE(V2Routes)

public:
    static constexpr const char* kPrefix = "/api/v2";

    explicit V2Routes(const EmulatorConfig& config);
    ~V2Routes();

    struct Outcome {
        ApiReply reply;
        Emulator::JournalEntry journal;
    };
    // `origin` is http://127.0.0.1:PORT, for the paging links. `faults` (the emulator's
    // --error-rate/--malformed-rate) is asked once per request that passed the rate limit,
    // before routing: a 500 changes nothing.
    Outcome process(const IncomingRequest& request, const QString& origin, FaultInjector& faults);
    static bool isV2Path(const QString& path);
    int simCount() const;

private:
    using Handler = std::function<ApiReply(const V2Call&)>;
    struct Route {
        QByteArray verb;
        QStringList pattern; // path segments after api/v2; "{}" captures one segment
        bool needsToken = true;
        Handler handler;
    };
    ApiReply login(const V2Call& call);
    ApiReply route(const QByteArray& verb, const QStringList& segments, bool authenticated,
                   V2Call& call);

    QString m_login;
    QString m_password;
    quint32 m_seed = 1;
    std::unique_ptr<V2Fleet> m_fleet;
    std::unique_ptr<V2SimHandlers> m_sims;
    std::unique_ptr<V2CdrHandler> m_cdr;
    std::unique_ptr<V2RateLimiter> m_rate;
    QList<Route> m_routes;
    QSet<QString> m_tokens; // issued by login
};

} // namespace novaemu
