#include "tools/bench/RawPageFetch.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrlQuery>

namespace simfleet {

namespace {

constexpr int kTimeoutMs = 120000;

QNetworkRequest pageRequest(const QUrl& baseUrl, const QString& token) {
    QUrl url(baseUrl.toString() + QStringLiteral("/sim/list"));
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

} // namespace simfleet
