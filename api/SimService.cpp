#include "api/SimService.h"

#include "api/SimListFastParse.h"

#include "api/ApiClient.h"
#include "api/JsonRead.h"
#include "api/ServiceSupport.h"

#include <QJsonArray>
#include <QSet>
#include <QTimer>

namespace simfleet {

using namespace ServiceSupport;

QJsonObject SimListQuery::toJson() const {
    QJsonObject body;
    QJsonObject filter;
    if (profile && *profile != SimProfile::Unknown)
        filter.insert(QStringLiteral("profile"), simProfileCode(*profile));
    if (msuBlocked)
        filter.insert(QStringLiteral("msu_block"), *msuBlocked);
    if (blocked)
        filter.insert(QStringLiteral("blocked"), *blocked);
    if (!query.trimmed().isEmpty())
        filter.insert(QStringLiteral("query"), query.trimmed());
    if (!filter.isEmpty())
        body.insert(QStringLiteral("filter"), filter);
    if (!sortField.isEmpty()) {
        body.insert(QStringLiteral("sort"), QJsonObject{{sortField, sortOrder == Qt::AscendingOrder
                                                                        ? QStringLiteral("ASC")
                                                                        : QStringLiteral("DESC")}});
    }
    return body;
}

std::optional<SimRename> SimRename::fromJson(const QJsonObject& item, QString* problem) {
    const auto id = JsonRead::toInt(item.value(QLatin1String("id")));
    if (!id) {
        if (problem)
            *problem = QStringLiteral("renamed SIM has no id");
        return std::nullopt;
    }
    return SimRename{*id, JsonRead::toString(item.value(QLatin1String("name")))};
}

namespace {

const QString kSimList = QStringLiteral("sim/list");

QJsonObject listBody(const SimListQuery& query, int page, int size) {
    QJsonObject body = query.toJson();
    body.insert(QStringLiteral("page"), page);
    body.insert(QStringLiteral("size"), size);
    return body;
}

} // namespace

ApiCall* SimService::list(const SimListQuery& query, int page, int size, QObject* context,
                          std::function<void(const Result<ListPage<Sim>>&)> done) {
    return postForPage<Sim>(m_client, kSimList, listBody(query, page, size), context, &parseSimPage,
                            std::move(done));
}

ApiCall* SimService::listRaw(const SimListQuery& query, int page, int size) {
    return m_client->postRaw(kSimList, listBody(query, page, size));
}

Result<ListPage<Sim>> SimService::parseListAnswer(const QByteArray& body) {
    Result<ListPage<Sim>> result;
    if (std::optional<ListPage<Sim>> page = SimListFastParse::parse(body)) {
        result.value = std::move(*page);
        return result;
    }
    QJsonObject envelope;
    result.error = ApiError::fromEnvelopeBytes(body, 200, &envelope);
    if (!result.error.isError())
        result.value = parseSimPage(envelope);
    return result;
}

PagedFetch* SimService::fetchAll(const SimListQuery& query, int pageSize, QObject* context,
                                 std::function<void(const Result<ListPage<Sim>>&)> done,
                                 const std::function<void(qint64, qint64)>& progress) {
    auto dedupe = [done = std::move(done)](const Result<ListPage<Sim>>& all) {
        Result<ListPage<Sim>> result = all;
        QSet<qint64> seen;
        seen.reserve(result.value.items.size());
        QVector<Sim> unique;
        unique.reserve(result.value.items.size());
        for (Sim& sim : result.value.items) {
            if (!seen.contains(sim.id)) {
                seen.insert(sim.id);
                unique.append(std::move(sim));
            }
        }
        result.value.items = std::move(unique);
        result.value.count = result.value.items.size();
        if (done)
            done(result);
    };
    return ServiceSupport::fetchAll<Sim>(m_client, QStringLiteral("sim/list"), query.toJson(),
                                         pageSize, PagedFetch::Mode::AllCount, context, &parseSims,
                                         std::move(dedupe), progress);
}

ApiCall* SimService::run(SimOperation op, const QVector<qint64>& ids,
                         const SimOperationParams& params, const QString& callbackUrl,
                         QObject* context, std::function<void(const Result<QueueTicket>&)> done) {
    QString invalid = SimOperations::validate(op, params);
    if (invalid.isEmpty() && ids.isEmpty())
        invalid = SimOperations::tr("No SIMs selected.");
    if (!invalid.isEmpty()) {
        // Refused before anything is sent; answered asynchronously like a real call.
        auto error = ApiError::fromApiCode(400, invalid, 0);
        error.refusedLocally = true;
        QTimer::singleShot(0, context, [done, error] {
            Result<QueueTicket> result;
            result.error = error;
            if (done)
                done(result);
        });
        return nullptr;
    }
    QJsonObject body = SimOperations::paramsJson(op, params);
    QJsonArray items;
    for (qint64 id : ids)
        items.append(id);
    body.insert(QStringLiteral("items"), items);
    if (!callbackUrl.isEmpty())
        body.insert(QStringLiteral("callbackUrl"), callbackUrl);
    auto parse = [](const QJsonObject& envelope, QString* problem) {
        return QueueTicket::fromResponse(envelope, problem);
    };
    return onResult<QueueTicket>(m_client->post(SimOperations::method(op), body), context, parse,
                                 std::move(done));
}

ApiCall* SimService::rename(qint64 id, const QString& name, QObject* context,
                            std::function<void(const Result<SimRename>&)> done) {
    return postForItem<SimRename>(
        m_client, QStringLiteral("sim/edit"),
        QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("name"), name}}, context,
        std::move(done));
}

} // namespace simfleet
