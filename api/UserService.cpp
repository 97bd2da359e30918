#include "api/UserService.h"

#include "api/ServiceSupport.h"

namespace simfleet {

using namespace ServiceSupport;

QJsonObject NewUser::toJson() const {
    QJsonObject o{{QStringLiteral("first_name"), firstName.trimmed()},
                  {QStringLiteral("last_name"), lastName.trimmed()},
                  {QStringLiteral("email"), email.trimmed()},
                  {QStringLiteral("phone"), phone.trimmed()},
                  {QStringLiteral("send"), sendCredentials}};
    if (!password.isEmpty())
        o.insert(QStringLiteral("password"), password);
    if (!role.isEmpty())
        o.insert(QStringLiteral("role"), role);
    return o;
}

QJsonObject UserChanges::toJson() const {
    QJsonObject o;
    auto put = [&o](const char* key, const std::optional<QString>& value) {
        if (value)
            o.insert(QLatin1String(key), *value);
    };
    put("first_name", firstName);
    put("last_name", lastName);
    put("email", email);
    put("phone", phone);
    put("password", password);
    put("role", role);
    if (active)
        o.insert(QStringLiteral("active"), *active);
    return o;
}

ApiCall* UserService::list(int page, int size, QObject* context,
                           std::function<void(const Result<ListPage<User>>&)> done) {
    return postForPage<User>(
        m_client, QStringLiteral("user/list"),
        QJsonObject{{QStringLiteral("page"), page}, {QStringLiteral("size"), size}}, context,
        &parseUserPage, std::move(done));
}

PagedFetch* UserService::fetchAll(QObject* context,
                                  std::function<void(const Result<ListPage<User>>&)> done) {
    return ServiceSupport::fetchAll<User>(m_client, QStringLiteral("user/list"), {}, 200,
                                          PagedFetch::Mode::AllCount, context, &parseUsers,
                                          std::move(done));
}

ApiCall* UserService::create(const NewUser& user, QObject* context,
                             std::function<void(const Result<User>&)> done) {
    return postForItem<User>(m_client, QStringLiteral("user/create"), user.toJson(), context,
                             std::move(done));
}

ApiCall* UserService::edit(qint64 id, const UserChanges& changes, QObject* context,
                           std::function<void(const Result<User>&)> done) {
    QJsonObject body = changes.toJson();
    body.insert(QStringLiteral("id"), id);
    return postForItem<User>(m_client, QStringLiteral("user/edit"), body, context, std::move(done));
}

ApiCall* UserService::remove(qint64 id, QObject* context,
                             std::function<void(const Result<User>&)> done) {
    return postForItem<User>(m_client, QStringLiteral("user/remove"),
                             QJsonObject{{QStringLiteral("id"), id}}, context, std::move(done));
}

ApiCall* ProfileService::get(QObject* context, std::function<void(const Result<User>&)> done) {
    return postForItem<User>(m_client, QStringLiteral("user/get"), {}, context, std::move(done));
}

ApiCall* ProfileService::edit(const QString& firstName, const QString& lastName,
                              const QString& email, QObject* context,
                              std::function<void(const Result<User>&)> done) {
    return postForItem<User>(m_client, QStringLiteral("user/edit"),
                             QJsonObject{{QStringLiteral("first_name"), firstName.trimmed()},
                                         {QStringLiteral("last_name"), lastName.trimmed()},
                                         {QStringLiteral("email"), email.trimmed()}},
                             context, std::move(done));
}

ApiCall* ProfileService::changePassword(const QString& oldPassword, const QString& newPassword,
                                        QObject* context,
                                        std::function<void(const Result<User>&)> done) {
    return postForItem<User>(m_client, QStringLiteral("user/password"),
                             QJsonObject{{QStringLiteral("password"), newPassword},
                                         {QStringLiteral("old_password"), oldPassword}},
                             context, std::move(done));
}

} // namespace simfleet
