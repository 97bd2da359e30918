#include "tools/bench/RawPageFetch.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrlQuery>

namespace simfleet {

namespace {

constexpr int kTimeoutMs = 120000;

QNetworkRequest pageRequest(const QUrl& baseUrl, const QString& token,
                            const QString& method = QStringLiteral("sim/list")) {
    QUrl url(baseUrl.toString() + QLatin1Char('/') + method);
    url.setQuery(QUrlQuery{{QStringLiteral("lang"), QStringLiteral("en")}});
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    return request;
}

QByteArray pageBody(int page, int pageSize) {
    return QJsonDocument(
               QJsonObject{{QStringLiteral("page"), page}, {QStringLiteral("size"), pageSize}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

RawPages fetchRawSimPages(const QUrl& baseUrl, const QString& token, int pageSize) {
    RawPages result;
    QNetworkAccessManager network;
    const QNetworkRequest request = pageRequest(baseUrl, token);
    int running = 0;

    auto fetch = [&](int page, QByteArray* into) {
        QNetworkReply* reply = network.post(request, pageBody(page, pageSize));
        ++running;
        QObject::connect(reply, &QNetworkReply::finished, reply, [&result, &running, reply, into] {
            if (reply->error() != QNetworkReply::NoError && result.error.isEmpty())
                result.error = reply->errorString();
            *into = reply->readAll();
            reply->deleteLater();
            --running;
        });
    };
    auto waitForAll = [&] {
        QElapsedTimer timer;
        timer.start();
        while (running > 0 && timer.elapsed() < kTimeoutMs)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
        if (running > 0 && result.error.isEmpty())
            result.error = QStringLiteral("sim/list pages timed out");
    };

    QByteArray first;
    fetch(0, &first);
    waitForAll();
    const QJsonObject envelope = QJsonDocument::fromJson(first).object();
    const qint64 allCount = envelope.value(QStringLiteral("all_count")).toInteger(-1);
    if (result.error.isEmpty() && allCount < 0)
        result.error = QStringLiteral("sim/list page 0 has no all_count");
    if (!result.error.isEmpty())
        return result;
    const int pages = int(qMax<qint64>(1, (allCount + pageSize - 1) / pageSize));
    result.pages.resize(pages);
    result.pages[0] = first;
    for (int page = 1; page < pages; ++page)
        fetch(page, &result.pages[page]);
    waitForAll();
    for (const QByteArray& page : std::as_const(result.pages))
        result.bytes += page.size();
    return result;
}

RawPages fetchRawReportPages(const QUrl& baseUrl, const QString& token, const QString& method,
                             const QJsonObject& query, int pageSize) {
    RawPages result;
    QNetworkAccessManager network;
    const QNetworkRequest request = pageRequest(baseUrl, token, method);
    constexpr int kMaxPages = 100000;
    for (int page = 0; page < kMaxPages; ++page) {
        QJsonObject body = query;
        body.insert(QStringLiteral("page"), page);
        body.insert(QStringLiteral("size"), pageSize);
        QNetworkReply* reply =
            network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
        QElapsedTimer timer;
        timer.start();
        while (!reply->isFinished() && timer.elapsed() < kTimeoutMs)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
        if (!reply->isFinished() || reply->error() != QNetworkReply::NoError) {
            result.error = reply->isFinished()
                               ? reply->errorString()
                               : QStringLiteral("%1 page %2 timed out").arg(method).arg(page);
            delete reply;
            return result;
        }
        const QByteArray bytes = reply->readAll();
        delete reply;
        const QJsonObject envelope = QJsonDocument::fromJson(bytes).object();
        const QJsonValue items =
            envelope.value(QStringLiteral("result")).toObject().value(QStringLiteral("items"));
        if (!items.isArray()) {
            result.error = QStringLiteral("%1 page %2 has no result.items").arg(method).arg(page);
            return result;
        }
        result.pages.append(bytes);
        result.bytes += bytes.size();
        if (items.toArray().size() < pageSize)
            return result;
    }
    result.error = QStringLiteral("%1: more than %2 pages").arg(method).arg(kMaxPages);
    return result;
}

} // namespace simfleet
