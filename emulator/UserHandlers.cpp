#include "emulator/UserHandlers.h"

#include "emulator/EmulatorState.h"
#include "emulator/EntityJson.h"
#include "emulator/Params.h"
#include "emulator/Reply.h"

#include <QJsonArray>

namespace novaemu {

namespace {

constexpr int kMaxPageSize = 1000;
constexpr int kMinPasswordLength = 6;

bool present(const QJsonObject& body, const QString& key) {
    return body.contains(key) && !body.value(key).isNull();
}

} // namespace

UserHandlers::UserHandlers(EmulatorState& state)
    : m_state(state) {}

void UserHandlers::registerRoutes(ApiRouter& router) {
    using A = ApiRouter::Access;
    router.add(QStringLiteral("user/get"), A::Any, [this](const ApiContext& c) { return get(c); });
    router.add(QStringLiteral("user/edit"), A::Any,
               [this](const ApiContext& c) { return edit(c); });
    router.add(QStringLiteral("user/password"), A::Any,
               [this](const ApiContext& c) { return password(c); });
    router.add(QStringLiteral("user/list"), A::Any,
               [this](const ApiContext& c) { return list(c); });
    router.add(QStringLiteral("user/create"), A::Admin,
               [this](const ApiContext& c) { return create(c); });
    router.add(QStringLiteral("user/remove"), A::Admin,
               [this](const ApiContext& c) { return remove(c); });
}

ApiReply UserHandlers::get(const ApiContext& ctx) const {
    const UserRecord* user = m_state.user(ctx.userId);
    if (!user)
        return Reply::notFound(ctx, Msg::UserNotFound, QString::number(ctx.userId));
    return Reply::item(ctx.lang, EntityJson::user(*user));
}

std::optional<ApiReply> UserHandlers::readFields(const ApiContext& ctx, bool withPrivileged,
                                                 int selfId, UserRecord* draft) const {
    const QJsonObject& body = ctx.body;
    const std::pair<QString, QString*> texts[] = {{QStringLiteral("first_name"), &draft->firstName},
                                                  {QStringLiteral("last_name"), &draft->lastName},
                                                  {QStringLiteral("email"), &draft->email},
                                                  {QStringLiteral("phone"), &draft->phone}};
    for (const auto& [key, target] : texts) {
        if (!present(body, key))
            continue;
        const QJsonValue v = body.value(key);
        if (!v.isString() || v.toString().trimmed().isEmpty())
            return Reply::invalid(ctx, Msg::FieldInvalid, key);
        *target = v.toString().trimmed();
    }
    if (present(body, QStringLiteral("email"))) {
        if (!draft->email.contains(u'@'))
            return Reply::invalid(ctx, Msg::FieldInvalid, QStringLiteral("email"));
        const UserRecord* other = m_state.userByEmail(draft->email);
        if (other && other->id != selfId)
            return Reply::invalid(ctx, Msg::UserEmailExists, draft->email);
    }
    if (!withPrivileged)
        return std::nullopt;
    if (present(body, QStringLiteral("password"))) {
        const QJsonValue v = body.value(QStringLiteral("password"));
        if (!v.isString())
            return Reply::invalid(ctx, Msg::FieldInvalid, QStringLiteral("password"));
        if (v.toString().size() < kMinPasswordLength)
            return Reply::invalid(ctx, Msg::PasswordTooShort);
        draft->password = v.toString();
    }
    if (present(body, QStringLiteral("active"))) {
        if (!body.value(QStringLiteral("active")).isBool())
            return Reply::invalid(ctx, Msg::FieldInvalid, QStringLiteral("active"));
        draft->active = body.value(QStringLiteral("active")).toBool();
    }
    if (present(body, QStringLiteral("role"))) {
        const QString role = body.value(QStringLiteral("role")).toString();
        if (role != QLatin1String("admin") && role != QLatin1String("user"))
            return Reply::invalid(ctx, Msg::UserRoleInvalid,
                                  body.value(QStringLiteral("role")).toVariant().toString());
        draft->role = role;
    }
    return std::nullopt;
}

ApiReply UserHandlers::edit(const ApiContext& ctx) {
    int id = ctx.userId;
    const bool byId = present(ctx.body, QStringLiteral("id"));
    if (byId) {
        if (auto err =
                Params::requiredInt(ctx, ctx.body, QStringLiteral("id"), QStringLiteral("id"), &id))
            return *err;
    }
    const bool self = id == ctx.userId;
    if (!self && ctx.role != Role::Admin)
        return Reply::error(403, Messages::text(Msg::Forbidden, ctx.lang));
    if (self) {
        for (const char* key : {"password", "active", "role"}) {
            if (present(ctx.body, QLatin1String(key)))
                return Reply::invalid(ctx, Msg::UserSelfRestricted);
        }
    }
    const UserRecord* current = m_state.user(id);
    if (!current)
        return Reply::notFound(ctx, Msg::UserNotFound, QString::number(id));
    UserRecord draft = *current;
    const QString keepPhone = draft.phone;
    if (auto err = readFields(ctx, !self, id, &draft))
        return *err;
    if (!byId)
        draft.phone = keepPhone; // self-edit changes first_name, last_name and email only
    *m_state.user(id) = draft;
    return Reply::item(ctx.lang, EntityJson::user(draft));
}

ApiReply UserHandlers::password(const ApiContext& ctx) {
    const QJsonValue next = ctx.body.value(QStringLiteral("password"));
    const QJsonValue old = ctx.body.value(QStringLiteral("old_password"));
    if (!next.isString() || next.toString().isEmpty())
        return Reply::invalid(ctx, Msg::FieldRequired, QStringLiteral("password"));
    if (!old.isString() || old.toString().isEmpty())
        return Reply::invalid(ctx, Msg::FieldRequired, QStringLiteral("old_password"));
    UserRecord* user = m_state.user(ctx.userId);
    if (!user)
        return Reply::notFound(ctx, Msg::UserNotFound, QString::number(ctx.userId));
    if (old.toString() != user->password)
        return Reply::invalid(ctx, Msg::PasswordWrong);
    if (next.toString().size() < kMinPasswordLength)
        return Reply::invalid(ctx, Msg::PasswordTooShort);
    user->password = next.toString();
    return Reply::item(ctx.lang, EntityJson::user(*user));
}

ApiReply UserHandlers::list(const ApiContext& ctx) const {
    Params::Paging paging;
    if (auto err = Params::paging(ctx, true, 0, kMaxPageSize, &paging))
        return *err;
    QJsonArray items;
    const QList<UserRecord>& users = m_state.users();
    const qint64 first = qint64(paging.page) * paging.size;
    for (qint64 i = first; i < qMin<qint64>(first + paging.size, users.size()); ++i)
        items.append(EntityJson::user(users.at(i)));
    return Reply::ok(ctx.lang, {{QStringLiteral("count"), items.size()},
                                {QStringLiteral("all_count"), users.size()},
                                {QStringLiteral("items"), items}});
}

ApiReply UserHandlers::create(const ApiContext& ctx) {
    for (const char* key : {"first_name", "last_name", "email", "phone"}) {
        if (!present(ctx.body, QLatin1String(key)))
            return Reply::invalid(ctx, Msg::FieldRequired, QLatin1String(key));
    }
    UserRecord draft;
    draft.role = QStringLiteral("user");
    draft.active = true;
    draft.password =
        QStringLiteral("Nc%1demo").arg(++m_generatedPasswords, 4, 10, QLatin1Char('0'));
    if (auto err = readFields(ctx, true, 0, &draft))
        return *err;
    std::optional<bool> send;
    if (Params::optionalBool(ctx, ctx.body, QStringLiteral("send"), &send))
        return Reply::invalid(ctx, Msg::FieldInvalid, QStringLiteral("send"));
    const UserRecord& created = m_state.addUser(std::move(draft));
    return Reply::item(ctx.lang, EntityJson::user(created));
}

ApiReply UserHandlers::remove(const ApiContext& ctx) {
    int id = 0;
    if (auto err =
            Params::requiredInt(ctx, ctx.body, QStringLiteral("id"), QStringLiteral("id"), &id))
        return *err;
    if (id == ctx.userId)
        return Reply::invalid(ctx, Msg::UserRemoveSelf);
    const UserRecord* user = m_state.user(id);
    if (!user)
        return Reply::notFound(ctx, Msg::UserNotFound, QString::number(id));
    const QJsonObject removed = EntityJson::user(*user);
    m_state.removeUser(id);
    return Reply::item(ctx.lang, removed);
}

} // namespace novaemu
