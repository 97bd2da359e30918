#pragma once

#include "api/ApiCall.h"
#include "api/ListPage.h"
#include "api/PagedFetch.h"
#include "api/QueueTicket.h"
#include "api/Sim.h"
#include "api/SimOperation.h"

#include <QVector>

#include <functional>
#include <optional>

namespace simfleet {

class ApiClient;

struct SimListQuery {
    std::optional<SimProfile> profile;
    std::optional<bool> msuBlocked;
    std::optional<bool> blocked;
    QString query;
    QString sortField; // id, iccid, number, name, ...; empty = server default
    Qt::SortOrder sortOrder = Qt::AscendingOrder;

    // `filter` and `sort` as the API expects them (no page/size).
    QJsonObject toJson() const;
};

struct SimRename {
    qint64 id = 0;
    QString name;
    static std::optional<SimRename> fromJson(const QJsonObject& item, QString* problem);
};

// sim/* methods: the list and the queued bulk operations.
class SimService final {
public:
    static constexpr int kDefaultPageSize = 1000;

    explicit SimService(ApiClient* client)
        : m_client(client) {}

    ApiCall* list(const SimListQuery& query, int page, int size, QObject* context,
                  std::function<void(const Result<ListPage<Sim>>&)> done);
    // The same request, answered unparsed (ApiCall::rawBody()), for callers
    // that parse pages off the GUI thread with parseListAnswer().
    ApiCall* listRaw(const SimListQuery& query, int page, int size);
    // One sim/list answer's bytes: the page, or the error the envelope carries.
    static Result<ListPage<Sim>> parseListAnswer(const QByteArray& body);
    // Every SIM matching the query, each exactly once (by id).
    PagedFetch* fetchAll(const SimListQuery& query, int pageSize, QObject* context,
                         std::function<void(const Result<ListPage<Sim>>&)> done,
                         const std::function<void(qint64, qint64)>& progress = {});
    // Queues `op` for `ids`. Params are validated locally first: an invalid
    // request finishes with a Validation error and never reaches the network.
    ApiCall* run(SimOperation op, const QVector<qint64>& ids, const SimOperationParams& params,
                 const QString& callbackUrl, QObject* context,
                 std::function<void(const Result<QueueTicket>&)> done);
    ApiCall* rename(qint64 id, const QString& name, QObject* context,
                    std::function<void(const Result<SimRename>&)> done);

private:
    ApiClient* m_client;
};

} // namespace simfleet
