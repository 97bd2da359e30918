#include "emulator/GroupHandlers.h"

#include "emulator/EmulatorState.h"
#include "emulator/EntityJson.h"
#include "emulator/Params.h"
#include "emulator/Reply.h"

#include <QJsonArray>

namespace novaemu {

namespace {

constexpr int kMaxPageSize = 1000;
constexpr int kMaxNameLength = 255;

// Reads and checks `name`; returns an error reply or stores the trimmed name.
std::optional<ApiReply> readName(const ApiContext& ctx, QString* out) {
    const QJsonValue value = ctx.body.value(QStringLiteral("name"));
    if (!value.isUndefined() && !value.isNull() && !value.isString())
        return Reply::invalid(ctx, Msg::FieldInvalid, QStringLiteral("name"));
    *out = value.toString().trimmed();
    if (out->isEmpty())
        return Reply::invalid(ctx, Msg::GroupNameEmpty);
    if (out->size() > kMaxNameLength)
        return Reply::invalid(ctx, Msg::FieldInvalid, QStringLiteral("name"));
    return std::nullopt;
}

} // namespace

GroupHandlers::GroupHandlers(EmulatorState& state)
    : m_state(state) {}

void GroupHandlers::registerRoutes(ApiRouter& router) {
    router.add(QStringLiteral("group/list"), ApiRouter::Access::Any,
               [this](const ApiContext& ctx) { return list(ctx); });
    router.add(QStringLiteral("group/create"), ApiRouter::Access::Admin,
               [this](const ApiContext& ctx) { return create(ctx); });
    router.add(QStringLiteral("group/edit"), ApiRouter::Access::Admin,
               [this](const ApiContext& ctx) { return edit(ctx); });
    router.add(QStringLiteral("group/remove"), ApiRouter::Access::Admin,
               [this](const ApiContext& ctx) { return remove(ctx); });
}

ApiReply GroupHandlers::list(const ApiContext& ctx) const {
    Params::Paging paging;
    if (auto err = Params::paging(ctx, true, 0, kMaxPageSize, &paging))
        return *err;
    QString needle;
    const QJsonValue filter = ctx.body.value(QStringLiteral("filter"));
    if (!filter.isUndefined() && !filter.isNull()) {
        std::optional<QString> name;
        if (!filter.isObject() ||
            Params::optionalString(ctx, filter.toObject(), QStringLiteral("name"), &name))
            return Reply::invalid(ctx, Msg::FilterInvalid, QStringLiteral("filter.name"));
        needle = name.value_or(QString()).trimmed();
    }
    QJsonArray items;
    int matched = 0;
    const qint64 first = qint64(paging.page) * paging.size;
    for (const GroupRecord& g : m_state.groups()) {
        if (!needle.isEmpty() && !g.name.contains(needle, Qt::CaseInsensitive))
            continue;
        if (matched >= first && matched < first + paging.size)
            items.append(EntityJson::group(g));
        ++matched;
    }
    return Reply::ok(ctx.lang, {{QStringLiteral("count"), items.size()},
                                {QStringLiteral("all_count"), matched},
                                {QStringLiteral("items"), items}});
}

ApiReply GroupHandlers::create(const ApiContext& ctx) {
    QString name;
    if (auto err = readName(ctx, &name))
        return *err;
    if (m_state.groupByName(name))
        return Reply::invalid(ctx, Msg::GroupExists, name);
    const GroupRecord created = m_state.createGroup(name, ctx.now);
    return Reply::item(ctx.lang, EntityJson::group(created));
}

ApiReply GroupHandlers::edit(const ApiContext& ctx) {
    int id = 0;
    if (auto err =
            Params::requiredInt(ctx, ctx.body, QStringLiteral("id"), QStringLiteral("id"), &id))
        return *err;
    QString name;
    if (auto err = readName(ctx, &name))
        return *err;
    if (!m_state.group(id))
        return Reply::notFound(ctx, Msg::GroupNotFound, QString::number(id));
    const GroupRecord* sameName = m_state.groupByName(name);
    if (sameName && sameName->id != id)
        return Reply::invalid(ctx, Msg::GroupExists, name);
    m_state.renameGroup(id, name);
    return Reply::item(ctx.lang, EntityJson::group(*m_state.group(id)));
}

ApiReply GroupHandlers::remove(const ApiContext& ctx) {
    int id = 0;
    if (auto err =
            Params::requiredInt(ctx, ctx.body, QStringLiteral("id"), QStringLiteral("id"), &id))
        return *err;
    const GroupRecord* group = m_state.group(id);
    if (!group)
        return Reply::notFound(ctx, Msg::GroupNotFound, QString::number(id));
    const QJsonObject removed = EntityJson::group(*group);
    m_state.removeGroup(id);
    return Reply::item(ctx.lang, removed);
}

} // namespace novaemu
