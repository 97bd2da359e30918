#pragma once

#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "api/ListPage.h"
#include "api/PagedFetch.h"
#include "api/ParseThreads.h"

#include <QFutureWatcher>
#include <QHash>
#include <QJsonArray>
#include <QMap>
#include <QtConcurrent>

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
                     ItemsParser<T> parseItems, Done<ListPage<T>> done,
                     const Progress& progress = {}) {
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

// Reads every page of a short-page list (a report) `readAhead` pages at a
// time, each answer parsed by `parsePage` on a parse thread (ParseThreads):
// the GUI thread only moves each parsed page's rows into the result, in page
// order, through `adopt` when given (e.g. to share strings between rows).
// `done` gets all items in page order; errors and progress as fetchAll().
template <typename T>
PagedFetch* fetchAllReadAhead(ApiClient* client, const QString& method, const QJsonObject& body,
                              int pageSize, int readAhead, QObject* context,
                              ListPage<T> (*parsePage)(const QJsonObject&), Done<ListPage<T>> done,
                              std::function<void(QVector<T>&)> adopt = {}) {
    auto* fetch =
        new PagedFetch(client, method, body, pageSize, PagedFetch::Mode::ShortPage, context);
    fetch->setReadAhead(readAhead);
    fetch->setRawPages(true);
    struct Pages {
        QHash<int, ListPage<T>> read; // parsed, not yet accepted
        QVector<T> items;             // accepted, in page order
        ParseProblems problems;
    };
    auto pages = std::make_shared<Pages>();
    QObject::connect(
        fetch, &PagedFetch::rawPageArrived, fetch,
        [fetch, pages, parsePage](int index, const QByteArray& bytes) {
            // Owned by the fetch: a fetch that ends (or goes) drops late parses.
            auto* watcher = new QFutureWatcher<Result<ListPage<T>>>(fetch);
            QObject::connect(watcher, &QFutureWatcherBase::finished, fetch,
                             [fetch, pages, watcher, index] {
                                 watcher->deleteLater();
                                 Result<ListPage<T>> page = watcher->future().takeResult();
                                 const qint64 count = page.value.count;
                                 if (page.ok())
                                     pages->read.insert(index, std::move(page.value));
                                 fetch->rawPageRead(index, count, page.error);
                             });
            watcher->setFuture(QtConcurrent::run(ParseThreads::pool(), [parsePage, bytes] {
                ParseThreads::yieldToGuiThread();
                Result<ListPage<T>> page;
                QJsonObject envelope;
                page.error = ApiError::fromEnvelopeBytes(bytes, 200, &envelope);
                if (page.ok())
                    page.value = parsePage(envelope);
                return page;
            }));
        });
    QObject::connect(fetch, &PagedFetch::rawPageAccepted, fetch,
                     [pages, adopt = std::move(adopt)](int index) {
                         ListPage<T> page = pages->read.take(index);
                         if (adopt)
                             adopt(page.items);
                         if (pages->items.isEmpty())
                             pages->items = std::move(page.items);
                         else
                             pages->items.append(std::move(page.items));
                         pages->problems.merge(page.problems);
                     });
    QObject::connect(fetch, &PagedFetch::finished, context,
                     [fetch, pages, done = std::move(done)](const ApiError& error) {
                         Result<ListPage<T>> result;
                         result.error = error;
                         if (!error.isError()) {
                             result.value.items = std::move(pages->items);
                             result.value.count = result.value.items.size();
                             result.value.problems = std::move(pages->problems);
                         }
                         pages->read.clear();
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
