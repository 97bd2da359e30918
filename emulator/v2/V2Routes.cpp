#include "emulator/v2/V2Routes.h"

#include "emulator/FaultInjector.h"
#include "emulator/Reply.h"
#include "emulator/RequestPipeline.h"
#include "emulator/Rng.h"
#include "emulator/v2/V2CdrHandler.h"
#include "emulator/v2/V2Fleet.h"
#include "emulator/v2/V2RateLimiter.h"
#include "emulator/v2/V2Reply.h"
#include "emulator/v2/V2SimHandlers.h"

#include <QDateTime>
#include <QJsonDocument>

namespace novaemu {

namespace {

// How many segments of a route's path are literal: of the routes a path matches, only the
// most literal ones count (POST sim/list is a 405, not an activation of number "list").
int literals(const QStringList& pattern) {
    return int(pattern.size() - pattern.count(QStringLiteral("{}")));
}

bool matches(const QStringList& pattern, const QStringList& segments, QStringList* args) {
    if (pattern.size() != segments.size())
        return false;
    QStringList captured;
    for (int i = 0; i < pattern.size(); ++i) {
        if (pattern.at(i) == QLatin1String("{}"))
            captured.append(segments.at(i));
        else if (pattern.at(i) != segments.at(i))
            return false;
    }
    if (args)
        *args = captured;
    return true;
}

} // namespace

V2Routes::V2Routes(const EmulatorConfig& config)
    : m_login(config.v2Login)
    , m_password(config.v2Password)
    , m_seed(config.seed)
    , m_fleet(std::make_unique<V2Fleet>(config.v2Sims, config.seed))
    , m_sims(std::make_unique<V2SimHandlers>(*m_fleet))
    , m_cdr(std::make_unique<V2CdrHandler>(*m_fleet))
    , m_rate(std::make_unique<V2RateLimiter>(config.v2RatePerSecond)) {
    const auto path = [](const char* text) { return QString::fromLatin1(text).split(u'/'); };
    V2SimHandlers* sims = m_sims.get();
    const V2CdrHandler* cdr = m_cdr.get();
    // The verbs of docs/api-v2-notes.md: reads are GET, changes are POST. A path goes to the
    // routes that match it with the most literal segments (see route()).
    m_routes = {
        {"POST", path("login"), false, [this](const V2Call& c) { return login(c); }},
        {"GET", path("sim/list"), true, [sims](const V2Call& c) { return sims->list(c); }},
        {"GET", path("sim/packets"), true, [sims](const V2Call& c) { return sims->packets(c); }},
        {"GET", path("sim/info/{}"), true,
         [sims](const V2Call& c) { return sims->infoByIccid(c); }},
        {"POST", path("sim/block/{}"), true,
         [sims](const V2Call& c) { return sims->setBlocked(c, true); }},
        {"POST", path("sim/unblock/{}"), true,
         [sims](const V2Call& c) { return sims->setBlocked(c, false); }},
        {"POST", path("sim/block-service/{}"), true,
         [sims](const V2Call& c) { return sims->setServiceBlocked(c, true); }},
        {"POST", path("sim/unblock-service/{}"), true,
         [sims](const V2Call& c) { return sims->setServiceBlocked(c, false); }},
        {"POST", path("sim/block-finance/{}"), true,
         [sims](const V2Call& c) { return sims->setFinanceBlocked(c, true); }},
        {"POST", path("sim/unblock-finance/{}"), true,
         [sims](const V2Call& c) { return sims->setFinanceBlocked(c, false); }},
        {"POST", path("sim/packet/{}"), true,
         [sims](const V2Call& c) { return sims->changePacket(c); }},
        {"POST", path("sim/set/{}"), true, [sims](const V2Call& c) { return sims->bindNumber(c); }},
        {"POST", path("sim/refresh/{}"), true,
         [sims](const V2Call& c) { return sims->swapSim(c); }},
        {"POST", path("sim/small-packet/{}"), true,
         [sims](const V2Call& c) { return sims->addSmallPacket(c); }},
        {"POST", path("sim/send-sms/{}"), true,
         [sims](const V2Call& c) { return sims->sendInfoSms(c); }},
        {"GET", path("cdr/internet"), true, [cdr](const V2Call& c) { return cdr->internet(c); }},
        {"GET", path("sim/{}"), true, [sims](const V2Call& c) { return sims->infoByNumber(c); }},
        {"POST", path("sim/{}"), true, [sims](const V2Call& c) { return sims->activate(c); }},
    };
}

V2Routes::~V2Routes() = default;

bool V2Routes::isV2Path(const QString& path) {
    const QLatin1String prefix(kPrefix);
    return path == prefix || path.startsWith(prefix + u'/');
}

int V2Routes::simCount() const {
    return int(m_fleet->sims().size());
}

ApiReply V2Routes::login(const V2Call& call) {
    const QString login = call.param(QStringLiteral("login"));
    const QString password = call.param(QStringLiteral("password"));
    QList<QPair<QString, QString>> errors;
    if (login.isEmpty())
        errors.append({QStringLiteral("login"), QStringLiteral("The login field is required.")});
    if (password.isEmpty())
        errors.append(
            {QStringLiteral("password"), QStringLiteral("The password field is required.")});
    if (!errors.isEmpty())
        return V2Reply::invalid(errors);
    // Laravel's answer to wrong credentials: a validation error on the login field.
    if (login != m_login || password != m_password)
        return V2Reply::invalid({{QStringLiteral("login"),
                                  QStringLiteral("These credentials do not match our records.")}});
    // Sanctum-style "id|secret", deterministic for the seed.
    const int id = int(m_tokens.size()) + 1;
    const QString token = QStringLiteral("%1|%2").arg(id).arg(
        rng::hash({m_seed, quint64(id), 0x76325F746F6BULL}), 16, 16, QLatin1Char('0'));
    m_tokens.insert(token);
    return V2Reply::json(200,
                         QJsonObject{{QStringLiteral("token"), token},
                                     {QStringLiteral("token_type"), QStringLiteral("Bearer")}});
}

ApiReply V2Routes::route(const QByteArray& verb, const QStringList& segments, bool authenticated,
                         V2Call& call) {
    int best = -1;
    for (const Route& r : m_routes) {
        if (matches(r.pattern, segments, nullptr))
            best = qMax(best, literals(r.pattern));
    }
    QStringList allowed;
    for (const Route& r : m_routes) {
        if (literals(r.pattern) != best || !matches(r.pattern, segments, nullptr))
            continue;
        if (r.verb != verb) {
            allowed.append(QString::fromLatin1(r.verb));
            continue;
        }
        if (r.needsToken && !authenticated)
            return V2Reply::unauthenticated();
        matches(r.pattern, segments, &call.args);
        return r.handler(call);
    }
    if (!allowed.isEmpty()) {
        allowed.removeDuplicates();
        return V2Reply::message(
            405, QStringLiteral("The %1 method is not supported for this route. Supported "
                                "methods: %2.")
                     .arg(QString::fromLatin1(verb), allowed.join(QStringLiteral(", "))));
    }
    return V2Reply::notFound(QStringLiteral("Not Found"));
}

V2Routes::Outcome V2Routes::process(const IncomingRequest& request, const QString& origin,
                                    FaultInjector& faults) {
    Outcome out;
    Emulator::JournalEntry& journal = out.journal;
    journal.msecsSinceEpoch = QDateTime::currentMSecsSinceEpoch();
    journal.httpMethod = QString::fromLatin1(request.httpMethod);
    QString path = request.path;
    while (path.size() > 1 && path.endsWith(u'/'))
        path.chop(1);
    journal.method = path.startsWith(QLatin1String("/api/")) ? path.mid(5) : path.mid(1);

    V2Call call;
    call.query = request.query;
    call.pathUrl = origin + path;
    const QByteArray raw = request.body.trimmed();
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(raw, &parseError);
    call.body = document.object();
    journal.body = call.body;

    const bool authenticated = m_tokens.contains(Reply::bearerToken(request.authorization));
    journal.role = authenticated ? QStringLiteral("v2") : QStringLiteral("none");

    int retryAfter = 0;
    const bool admitted = m_rate->admit(&retryAfter);
    const FaultInjector::Fault fault = admitted ? faults.next() : FaultInjector::Fault::None;
    if (!admitted) {
        out.reply = V2Reply::message(429, QStringLiteral("Too Many Attempts."));
        out.reply.headers.append(
            {QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfter)});
    } else if (fault == FaultInjector::Fault::ServerError) {
        out.reply = Reply::serverErrorPage();
    } else if (!raw.isEmpty() &&
               (parseError.error != QJsonParseError::NoError || !document.isObject())) {
        out.reply = V2Reply::message(400, QStringLiteral("The request body is not a JSON object."));
    } else if (!isV2Path(path)) {
        out.reply = V2Reply::notFound(QStringLiteral("Not Found"));
    } else {
        const QString rest = path.mid(int(qstrlen(kPrefix)) + 1);
        out.reply = route(request.httpMethod, rest.split(u'/'), authenticated, call);
    }
    if (fault == FaultInjector::Fault::Malformed)
        out.reply.body.truncate(out.reply.body.size() / 2);
    journal.httpStatus = out.reply.httpStatus;
    journal.apiCode = out.reply.apiCode;
    return out;
}

} // namespace novaemu
