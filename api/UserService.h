#pragma once

#include "api/ApiCall.h"
#include "api/ListPage.h"
#include "api/PagedFetch.h"
#include "api/User.h"

#include <functional>
#include <optional>

namespace simfleet {

class ApiClient;

// user/* methods for the company's users (admin), and the current user's
// own profile (any role).
class UserService final {
public:
    explicit UserService(ApiClient* client)
        : m_client(client) {}

    ApiCall* list(int page, int size, QObject* context,
                  std::function<void(const Result<ListPage<User>>&)> done);
    PagedFetch* fetchAll(QObject* context, std::function<void(const Result<ListPage<User>>&)> done);
    ApiCall* create(const NewUser& user, QObject* context,
                    std::function<void(const Result<User>&)> done);
    ApiCall* edit(qint64 id, const UserChanges& changes, QObject* context,
                  std::function<void(const Result<User>&)> done);
    ApiCall* remove(qint64 id, QObject* context, std::function<void(const Result<User>&)> done);

private:
    ApiClient* m_client;
};

// user/get, user/edit (self) and user/password.
class ProfileService final {
public:
    explicit ProfileService(ApiClient* client)
        : m_client(client) {}

    ApiCall* get(QObject* context, std::function<void(const Result<User>&)> done);
    ApiCall* edit(const QString& firstName, const QString& lastName, const QString& email,
                  QObject* context, std::function<void(const Result<User>&)> done);
    ApiCall* changePassword(const QString& oldPassword, const QString& newPassword,
                            QObject* context, std::function<void(const Result<User>&)> done);

private:
    ApiClient* m_client;
};

} // namespace simfleet
