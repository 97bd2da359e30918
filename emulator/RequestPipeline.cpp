#include "emulator/RequestPipeline.h"

#include "emulator/BillingHandlers.h"
#include "emulator/EmulatorState.h"
#include "emulator/GroupHandlers.h"
#include "emulator/Messages.h"
#include "emulator/Reply.h"
#include "emulator/ReportHandlers.h"
#include "emulator/SimBulkHandlers.h"
#include "emulator/SimListHandler.h"
#include "emulator/TrafficModel.h"
#include "emulator/UserHandlers.h"

#include <QDateTime>
#include <QJsonDocument>

namespace novaemu {

namespace {

const QString kApiPrefix = QStringLiteral("/api/");
const QString kDownloadPrefix = QStringLiteral("bill/download/");

QString roleName(Role role) {
    switch (role) {
    case Role::Admin:
        return QStringLiteral("admin");
    case Role::User:
        return QStringLiteral("user");
    case Role::None:
        break;
    }
    return QStringLiteral("none");
}

} // namespace

RequestPipeline::RequestPipeline(EmulatorState& state, QueueEngine& queue,
                                 const EmulatorConfig& config)
    : m_state(state)
    , m_adminToken(config.adminToken)
    , m_userToken(config.userToken)
    , m_faults(config.errorRate, config.malformedRate)
    , m_downloadFaults(config.downloadCutRate, 0.0)
    , m_traffic(std::make_unique<TrafficModel>(config.seed, state.simCount()))
    , m_simList(std::make_unique<SimListHandler>(state))
    , m_simBulk(std::make_unique<SimBulkHandlers>(state, queue))
    , m_groups(std::make_unique<GroupHandlers>(state))
    , m_users(std::make_unique<UserHandlers>(state))
    , m_billing(std::make_unique<BillingHandlers>(state, *m_traffic))
    , m_reports(std::make_unique<ReportHandlers>(state, *m_traffic)) {
    m_simList->registerRoutes(m_router);
    m_simBulk->registerRoutes(m_router);
    m_groups->registerRoutes(m_router);
    m_users->registerRoutes(m_router);
    m_billing->registerRoutes(m_router);
    m_reports->registerRoutes(m_router);
    m_faults.setAcceptedFault(config.acceptedFault, config.acceptedFaultRate);
}

RequestPipeline::~RequestPipeline() = default;

std::pair<Role, int> RequestPipeline::authenticate(const QString& token) const {
    int userId = 0;
    if (!token.isEmpty() && token == m_adminToken)
        userId = m_state.adminUserId();
    else if (!token.isEmpty() && token == m_userToken)
        userId = m_state.userUserId();
    const UserRecord* user = userId ? m_state.user(userId) : nullptr;
    if (!user || !user->active)
        return {Role::None, 0};
    return {user->role == QLatin1String("admin") ? Role::Admin : Role::User, user->id};
}

RequestPipeline::Outcome RequestPipeline::process(const IncomingRequest& request) {
    Outcome out;
    Emulator::JournalEntry& journal = out.journal;
    journal.msecsSinceEpoch = QDateTime::currentMSecsSinceEpoch();
    journal.httpMethod = QString::fromLatin1(request.httpMethod);
    journal.lang = request.query.queryItemValue(QStringLiteral("lang"), QUrl::FullyDecoded);
    journal.role = roleName(Role::None);

    ApiContext ctx;
    ctx.now = journal.msecsSinceEpoch / 1000;
    ctx.lang =
        journal.lang.compare(QLatin1String("en"), Qt::CaseInsensitive) == 0 ? Lang::En : Lang::Ru;

    QString path = request.path;
    while (path.size() > 1 && path.endsWith(u'/'))
        path.chop(1);
    if (!path.startsWith(kApiPrefix)) {
        journal.method = path.mid(1);
        out.reply = Reply::error(404, Messages::text(Msg::UnknownMethod, ctx.lang).arg(path), 404);
    } else {
        journal.method = path.mid(kApiPrefix.size());
        ctx.method = journal.method;
        const bool download = journal.method.startsWith(kDownloadPrefix);
        out.reply =
            download ? processDownload(request, ctx, journal) : processApi(request, ctx, journal);
        out.cutShort = download && out.reply.httpStatus == 200 &&
                       m_downloadFaults.next() == FaultInjector::Fault::ServerError;
    }
    if (out.reply.queuedJob) {
        out.acceptedFault = m_faults.nextAccepted();
        if (out.acceptedFault == AcceptedFault::ServerError)
            out.reply = Reply::serverErrorPage(); // the job stays queued
    }
    journal.httpStatus = out.reply.httpStatus;
    journal.apiCode = out.reply.apiCode;
    return out;
}

ApiReply RequestPipeline::processDownload(const IncomingRequest& request, ApiContext& ctx,
                                          Emulator::JournalEntry& journal) {
    if (request.httpMethod != "GET") {
        return Reply::error(
            405,
            Messages::text(Msg::WrongHttpMethod, ctx.lang).arg(ctx.method, QStringLiteral("GET")),
            405);
    }
    QString token = Reply::bearerToken(request.authorization);
    if (token.isEmpty())
        token = request.query.queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded);
    std::tie(ctx.role, ctx.userId) = authenticate(token);
    journal.role = roleName(ctx.role);
    if (ctx.role == Role::None)
        return Reply::error(401, Messages::text(Msg::Unauthorized, ctx.lang), 401);
    return m_billing->download(
        ctx, ctx.method.mid(kDownloadPrefix.size()),
        request.query.queryItemValue(QStringLiteral("mode"), QUrl::FullyDecoded));
}

ApiReply RequestPipeline::processApi(const IncomingRequest& request, ApiContext& ctx,
                                     Emulator::JournalEntry& journal) {
    // The role is resolved up front for the journal only; it decides nothing before the faults.
    std::tie(ctx.role, ctx.userId) = authenticate(Reply::bearerToken(request.authorization));
    journal.role = roleName(ctx.role);
    if (request.httpMethod != "POST") {
        return Reply::error(
            405,
            Messages::text(Msg::WrongHttpMethod, ctx.lang).arg(ctx.method, QStringLiteral("POST")),
            405);
    }
    // The body is parsed first so that the journal holds it whatever the outcome.
    const QByteArray raw = request.body.trimmed();
    QJsonParseError parseError{};
    const QJsonDocument document =
        QJsonDocument::fromJson(raw.isEmpty() ? QByteArrayLiteral("{}") : raw, &parseError);
    const bool bodyIsObject = parseError.error == QJsonParseError::NoError && document.isObject();
    ctx.body = document.object();
    journal.body = ctx.body;

    const FaultInjector::Fault fault = m_faults.next(); // counted before routing and auth
    if (fault == FaultInjector::Fault::ServerError)
        return Reply::serverErrorPage();

    ApiReply reply;
    const ApiRouter::Route* route = m_router.find(ctx.method);
    if (!route)
        reply =
            Reply::error(404, Messages::text(Msg::UnknownMethod, ctx.lang).arg(ctx.method), 404);
    else if (ctx.role == Role::None)
        reply = Reply::error(401, Messages::text(Msg::Unauthorized, ctx.lang), 401);
    else if (route->access == ApiRouter::Access::Admin && ctx.role != Role::Admin)
        reply = Reply::error(403, Messages::text(Msg::Forbidden, ctx.lang));
    else if (!bodyIsObject)
        reply = Reply::error(400, Messages::text(Msg::BodyNotObject, ctx.lang));
    else
        reply = route->handler(ctx);

    if (fault == FaultInjector::Fault::Malformed)
        reply.body.truncate(reply.body.size() / 2);
    return reply;
}

} // namespace novaemu
