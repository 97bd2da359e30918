#pragma once

#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "api/ListPage.h"
#include "api/PagedFetch.h"

#include <QJsonArray>
#include <QMap>

#include <functional>
#include <memory>

namespace simfleet {

// Shared plumbing of the per-area services: typed single calls and "fetch
// every page" with items parsed as each page arrives.
namespace ServiceSupport {

template <typename T> using Done = std::function<void(const Result<T>&)>;
template <typename T> using ItemsParser = QVector<T> (*)(const QJsonArray&, ParseProblems*);
using Progress = std::function<void(qint64 received, qint64 total)>;

// `result.item` of an envelope parsed by T::fromJson.
template <typename T> std::optional<T> resultItem(const QJsonObject& envelope, QString* problem) {
    const QJsonValue item =
        envelope.value(QLatin1String("result")).toObject().value(QLatin1String("item"));
    if (!item.isObject()) {
        if (problem)
            *problem = QStringLiteral("answer has no result.item object");
        return std::nullopt;
    }
    return T::fromJson(item.toObject(), problem);
}

template <typename T>
ApiCall* postForItem(ApiClient* client, const QString& method, const QJsonObject& body,
                     QObject* context, Done<T> done) {
    return onResult<T>(client->post(method, body), context, &resultItem<T>, std::move(done));
}

template <typename T>
ApiCall* postForPage(ApiClient* client, const QString& method, const QJsonObject& body,
                     QObject* context, ListPage<T> (*parsePage)(const QJsonObject&),
                     Done<ListPage<T>> done) {
    auto parse = [parsePage](const QJsonObject& envelope, QString*) {
        return std::optional<ListPage<T>>(parsePage(envelope));
    };
    return onResult<ListPage<T>>(client->post(method, body), context, parse, std::move(done));
}

// Reads every page of `method`; `done` gets all items in page order.
template <typename T>
PagedFetch* fetchAll(ApiClient* client, const QString& method, const QJsonObject& body,
                     int pageSize, PagedFetch::Mode mode, QObject* context,
                     ItemsParser<T> parseItems, Done<ListPage<T>> done, Progress progress = {}) {
    auto* fetch = new PagedFetch(client, method, body, pageSize, mode, context);
    auto pages = std::make_shared<QMap<int, QVector<T>>>();
    auto problems = std::make_shared<ParseProblems>();
    QObject::connect(
        fetch, &PagedFetch::pageArrived, context,
        [pages, problems, parseItems, mode](int index, const QJsonObject& envelope) {
            pages->insert(index, parseItems(PagedFetch::itemsOf(envelope, mode), problems.get()));
        });
    if (progress)
        QObject::connect(fetch, &PagedFetch::progress, context, progress);
    QObject::connect(fetch, &PagedFetch::finished, context,
                     [fetch, pages, problems, done = std::move(done)](const ApiError& error) {
                         Result<ListPage<T>> result;
                         result.error = error;
                         if (!error.isError()) {
                             for (auto& items : *pages)
                                 result.value.items += std::move(items);
                             result.value.count = result.value.items.size();
                             result.value.allCount = fetch->total();
                             result.value.problems = *problems;
                         }
                         fetch->deleteLater();
                         if (done)
                             done(result);
                     });
    fetch->start();
    return fetch;
}

// Success envelopes of methods whose answer carries nothing we need.
inline std::optional<QJsonObject> envelopeOnly(const QJsonObject& envelope, QString*) {
    return envelope;
}

} // namespace ServiceSupport

} // namespace simfleet
