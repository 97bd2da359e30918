#pragma once

#include "api/ApiCall.h"
#include "api/Group.h"
#include "api/ListPage.h"
#include "api/PagedFetch.h"

#include <functional>

namespace simfleet {

class ApiClient;

// group/* methods.
class GroupService final {
public:
    explicit GroupService(ApiClient* client)
        : m_client(client) {}

    ApiCall* list(int page, int size, const QString& nameFilter, QObject* context,
                  std::function<void(const Result<ListPage<Group>>&)> done);
    PagedFetch* fetchAll(const QString& nameFilter, QObject* context,
                         std::function<void(const Result<ListPage<Group>>&)> done);
    ApiCall* create(const QString& name, QObject* context,
                    std::function<void(const Result<Group>&)> done);
    ApiCall* edit(qint64 id, const QString& name, QObject* context,
                  std::function<void(const Result<Group>&)> done);
    ApiCall* remove(qint64 id, QObject* context, std::function<void(const Result<Group>&)> done);

private:
    static QJsonObject filterBody(const QString& nameFilter);
    ApiClient* m_client;
};

} // namespace simfleet
