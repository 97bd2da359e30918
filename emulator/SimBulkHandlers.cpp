#include "emulator/SimBulkHandlers.h"

#include "emulator/EmulatorState.h"
#include "emulator/EntityJson.h"
#include "emulator/Params.h"
#include "emulator/QueueEngine.h"
#include "emulator/Reply.h"

#include <QJsonArray>

namespace novaemu {

namespace {

constexpr int kSmsMaxChars = 70;
constexpr int kPackageMinKb = 15360;
constexpr int kPackageMaxKb = 102400;
constexpr int kPackageStepKb = 5120;
constexpr int kMaxNameLength = 255;

} // namespace

SimBulkHandlers::SimBulkHandlers(EmulatorState& state, QueueEngine& queue)
    : m_state(state)
    , m_queue(queue) {}

void SimBulkHandlers::registerRoutes(ApiRouter& router) {
    static const QStringList queues{QStringLiteral("block"),     QStringLiteral("unblock"),
                                    QStringLiteral("reconnect"), QStringLiteral("disconnect"),
                                    QStringLiteral("ping"),      QStringLiteral("sms"),
                                    QStringLiteral("limit"),     QStringLiteral("tariff"),
                                    QStringLiteral("repackage"), QStringLiteral("group")};
    for (const QString& queue : queues) {
        router.add(QStringLiteral("sim/") + queue, ApiRouter::Access::Admin,
                   [this, queue](const ApiContext& ctx) { return bulk(ctx, queue); });
    }
    router.add(QStringLiteral("sim/edit"), ApiRouter::Access::Admin,
               [this](const ApiContext& ctx) { return edit(ctx); });
}

std::optional<ApiReply> SimBulkHandlers::readCallback(const ApiContext& ctx,
                                                      QueuedBulkJob* job) const {
    const QJsonValue value = ctx.body.value(QStringLiteral("callbackUrl"));
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isString())
        return Reply::invalid(ctx, Msg::CallbackUrlInvalid);
    if (value.toString().trimmed().isEmpty())
        return std::nullopt;
    const QUrl url(value.toString().trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() ||
        (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return Reply::invalid(ctx, Msg::CallbackUrlInvalid);
    job->callbackUrl = url;
    return std::nullopt;
}

std::optional<ApiReply> SimBulkHandlers::readParams(const ApiContext& ctx, QueuedBulkJob* job) {
    const QJsonValue raw = ctx.body.value(QStringLiteral("params"));
    if (!raw.isUndefined() && !raw.isNull() && !raw.isObject())
        return Reply::invalid(ctx, Msg::FieldInvalid, QStringLiteral("params"));
    const QJsonObject params = raw.toObject();
    if (job->queue == QLatin1String("sms")) {
        const QJsonValue text = params.value(QStringLiteral("text"));
        if (!text.isString() || text.toString().trimmed().isEmpty())
            return Reply::invalid(ctx, Msg::SmsTextMissing);
        if (text.toString().size() > kSmsMaxChars)
            return Reply::invalid(ctx, Msg::SmsTooLong, QString::number(text.toString().size()));
        job->params.insert(QStringLiteral("text"), text);
    } else if (job->queue == QLatin1String("limit")) {
        const QJsonValue type = params.value(QStringLiteral("type"));
        if (!type.isString() ||
            (type.toString() != QLatin1String("off") && type.toString() != QLatin1String("month1")))
            return Reply::invalid(ctx, Msg::LimitTypeInvalid);
        int value = 0;
        const QJsonValue rawValue = params.value(QStringLiteral("value"));
        const bool month = type.toString() == QLatin1String("month1");
        if (month && (!Params::toInt(rawValue, &value) || value < 0))
            return Reply::invalid(ctx, Msg::LimitValueInvalid);
        job->params.insert(QStringLiteral("type"), type);
        if (month)
            job->params.insert(QStringLiteral("value"), value);
    } else if (job->queue == QLatin1String("tariff")) {
        int value = 0;
        if (!Params::toInt(params.value(QStringLiteral("value")), &value) ||
            value < kPackageMinKb || value > kPackageMaxKb ||
            (value - kPackageMinKb) % kPackageStepKb != 0)
            return Reply::invalid(ctx, Msg::TariffValueInvalid);
        const QJsonValue autoPackage = params.value(QStringLiteral("auto_package"));
        if (autoPackage.isUndefined() || autoPackage.isNull())
            return Reply::invalid(ctx, Msg::FieldRequired, QStringLiteral("params.auto_package"));
        if (!autoPackage.isBool())
            return Reply::invalid(ctx, Msg::FieldInvalid, QStringLiteral("params.auto_package"));
        std::optional<bool> allWorld;
        if (Params::optionalBool(ctx, params, QStringLiteral("all_world"), &allWorld))
            return Reply::invalid(ctx, Msg::FieldInvalid, QStringLiteral("params.all_world"));
        job->params.insert(QStringLiteral("value"), value);
        job->params.insert(QStringLiteral("auto_package"), autoPackage);
        job->params.insert(QStringLiteral("all_world"), allWorld.value_or(false));
    }
    return std::nullopt;
}

std::optional<ApiReply> SimBulkHandlers::readGroups(const ApiContext& ctx, QueuedBulkJob* job) {
    const QJsonValue group = ctx.body.value(QStringLiteral("group"));
    const QJsonValue newGroup = ctx.body.value(QStringLiteral("new_group"));
    if ((!group.isUndefined() && !group.isNull() && !group.isArray()) ||
        (!newGroup.isUndefined() && !newGroup.isNull() && !newGroup.isArray()))
        return Reply::invalid(ctx, Msg::FieldInvalid, QStringLiteral("group/new_group"));
    for (const auto& v : group.toArray()) {
        int id = 0;
        if (!Params::toInt(v, &id))
            return Reply::invalid(ctx, Msg::FieldInvalid, QStringLiteral("group"));
        if (!m_state.group(id))
            return Reply::notFound(ctx, Msg::GroupNotFound, QString::number(id));
        if (!job->groupIds.contains(id))
            job->groupIds.append(id);
    }
    QStringList names;
    for (const auto& v : newGroup.toArray()) {
        if (!v.isString())
            return Reply::invalid(ctx, Msg::FieldInvalid, QStringLiteral("new_group"));
        const QString name = v.toString().trimmed();
        if (name.isEmpty())
            return Reply::invalid(ctx, Msg::GroupNameEmpty);
        if (name.size() > kMaxNameLength)
            return Reply::invalid(ctx, Msg::FieldInvalid, QStringLiteral("new_group"));
        names.append(name);
    }
    // Only create groups once the whole request is known to be valid.
    for (const QString& name : std::as_const(names)) {
        const GroupRecord* existing = m_state.groupByName(name);
        const int id = existing ? existing->id : m_state.createGroup(name, ctx.now).id;
        if (!job->groupIds.contains(id))
            job->groupIds.append(id);
    }
    return std::nullopt;
}

ApiReply SimBulkHandlers::bulk(const ApiContext& ctx, const QString& queue) {
    QueuedBulkJob job;
    job.queue = queue;
    if (auto err = Params::items(ctx, &job.ids))
        return *err;
    if (auto err = readCallback(ctx, &job))
        return *err;
    if (auto err = readParams(ctx, &job))
        return *err;
    if (queue == QLatin1String("group")) {
        if (auto err = readGroups(ctx, &job))
            return *err;
    }
    if (const UserRecord* user = m_state.user(ctx.userId)) {
        job.user = QJsonObject{{QStringLiteral("id"), user->id},
                               {QStringLiteral("first_name"), user->firstName},
                               {QStringLiteral("last_name"), user->lastName},
                               {QStringLiteral("company_id"), m_state.company().id}};
    }
    const QString queueId = m_queue.enqueue(std::move(job), ctx.now);
    ApiReply reply = Reply::item(ctx.lang, {{QStringLiteral("queue_id"), queueId}});
    reply.queuedJob = true;
    return reply;
}

ApiReply SimBulkHandlers::edit(const ApiContext& ctx) {
    int id = 0;
    if (auto err =
            Params::requiredInt(ctx, ctx.body, QStringLiteral("id"), QStringLiteral("id"), &id))
        return *err;
    if (!ctx.body.contains(QStringLiteral("name")))
        return Reply::invalid(ctx, Msg::FieldRequired, QStringLiteral("name"));
    const QJsonValue name = ctx.body.value(QStringLiteral("name"));
    if (!name.isNull() && !name.isString())
        return Reply::invalid(ctx, Msg::FieldInvalid, QStringLiteral("name"));
    const QString text = name.toString().trimmed();
    if (text.size() > kMaxNameLength)
        return Reply::invalid(ctx, Msg::FieldInvalid, QStringLiteral("name"));
    const int index = m_state.simIndex(id);
    if (index < 0)
        return Reply::notFound(ctx, Msg::SimNotFound, QString::number(id));
    SimRecord& sim = m_state.simAt(index);
    sim.setName(text.isEmpty() ? QString() : text); // an empty name clears it (JSON null)
    m_state.markSimChanged(index);
    return Reply::item(ctx.lang, {{QStringLiteral("id"), sim.id},
                                  {QStringLiteral("name"),
                                   sim.name.isNull() ? QJsonValue() : QJsonValue(sim.name)}});
}

} // namespace novaemu
