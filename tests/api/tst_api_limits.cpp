// Sizes, counts and times from the network are input: a hostile loopback
// server sends endless, trickling and over-announced bodies and absurd
// all_count values; every call must end with a clear error, keep nothing of
// the answer and never queue more than the list can hold.
#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "api/PagedFetch.h"
#include "tests/support/ApiTestSupport.h"
#include "tests/support/HostileServer.h"

#include <QDir>
#include <QJsonArray>
#include <QSignalSpy>
#include "tests/support/TestTemporaryDir.h"
#include <QTest>
#include <QUrlQuery>

using namespace simfleet;

namespace {

constexpr qint64 kSmallLimit = qint64(1024) * 1024;

// A list page of `size` tiny items, with the given extra fields.
QJsonObject page(int size, const QJsonObject& extra = {}) {
    QJsonArray items;
    for (int i = 0; i < size; ++i)
        items.append(QJsonObject{{"id", i + 1}});
    QJsonObject envelope{{"code", 200}, {"count", size}, {"items", items}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        envelope.insert(it.key(), it.value());
    return envelope;
}

struct FetchResult {
    bool done = false;
    ApiError error;
    QList<int> pages;
};

} // namespace

class TstApiLimits final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void endlessBody_endsTooLargeWithoutRetry();
    void hugeContentLength_endsTooLargeBeforeTheBody();
    void trickle_endsTooSlowAtTheDeadline();
    void download_endlessBody_tooLargeAndNoFile();
    void download_hugeContentLength_tooLargeAndNoFile();
    void download_trickle_tooSlowAndNoFile();
    void download_withinItsOwnLargerCap_isSaved();

    void pagedFetch_allCount2pow62_failsAfterOnePage();
    void pagedFetch_negativeAllCount_readsUntilAShortPage();
    void pagedFetch_pagesThatNeverEnd_stopAtTheMaximum();
    void pagedFetch_emptyPageBeforeAllCount_asksForNoMore();

private:
    FetchResult fetch(PagedFetch::Mode mode, int maxPages = PagedFetch::kDefaultMaxPages);

    std::unique_ptr<HostileServer> m_server;
    std::unique_ptr<ApiClient> m_client;
};

void TstApiLimits::init() {
    m_server = std::make_unique<HostileServer>();
    QVERIFY(m_server->listen() != 0);
    m_client = makeHostileClient(*m_server);
    QVERIFY(m_client);
}

void TstApiLimits::cleanup() {
    m_client.reset();
    m_server.reset();
}

void TstApiLimits::endlessBody_endsTooLargeWithoutRetry() {
    m_server->setBehaviour(HostileServer::Behaviour::Endless);
    m_client->setMaxAnswerBytes(kSmallLimit);
    CallWatch watch(m_client->post(QStringLiteral("sim/list"), {{"page", 0}, {"size", 10}}));
    QVERIFY(watch.wait());
    QCOMPARE(watch.error().kind, ApiError::Kind::TooLarge);
    QCOMPARE(watch.error().limit, kSmallLimit);
    QVERIFY(watch.error().userMessage().contains(QLatin1String("MiB")));
    QCOMPARE(watch.attempts(), 1); // passing the limit is not worth another try
    QCOMPARE(m_server->requestCount(), 1);
    // The client hung up: the endless body stops.
    QVERIFY(QTest::qWaitFor([this] { return m_server->openConnections() == 0; }, kAnswerTimeoutMs));
}

void TstApiLimits::hugeContentLength_endsTooLargeBeforeTheBody() {
    // The default limit (256 MiB) against a Content-Length of 1 TiB; the body
    // never comes, so only the announcement can end the call.
    m_server->setBehaviour(HostileServer::Behaviour::HugeContentLength);
    CallWatch watch(m_client->postRaw(QStringLiteral("sim/list"), {{"page", 0}, {"size", 10}}));
    QVERIFY(watch.wait());
    QCOMPARE(watch.error().kind, ApiError::Kind::TooLarge);
    QCOMPARE(watch.error().limit, ApiClient::kDefaultMaxAnswerBytes);
    QCOMPARE(watch.attempts(), 1);
}

void TstApiLimits::trickle_endsTooSlowAtTheDeadline() {
    // One byte a second never trips the inactivity timeout; the deadline ends it.
    m_server->setBehaviour(HostileServer::Behaviour::Trickle);
    m_client->setDeadlineMs(1500);
    CallWatch watch(m_client->post(QStringLiteral("group/list"), {{"page", 0}, {"size", 10}}));
    QVERIFY(watch.wait());
    QCOMPARE(watch.error().kind, ApiError::Kind::TooSlow);
    QCOMPARE(watch.error().limit, 1500);
    QVERIFY(!watch.error().userMessage().isEmpty());
    QCOMPARE(watch.attempts(), 1);
}

void TstApiLimits::download_endlessBody_tooLargeAndNoFile() {
    TestTemporaryDir dir;
    m_server->setBehaviour(HostileServer::Behaviour::Endless);
    m_server->setContentType("application/pdf");
    m_client->setMaxDownloadBytes(kSmallLimit);
    const QString target = dir.filePath(QStringLiteral("invoice.pdf"));
    CallWatch watch(m_client->download(QStringLiteral("bill/download/1"), {}, target));
    QVERIFY(watch.wait());
    QCOMPARE(watch.error().kind, ApiError::Kind::TooLarge);
    QCOMPARE(watch.error().limit, kSmallLimit);
    QVERIFY(!QFile::exists(target));
    QVERIFY2(QDir(dir.path()).isEmpty(), "no partial or temporary file is left");
}

void TstApiLimits::download_hugeContentLength_tooLargeAndNoFile() {
    TestTemporaryDir dir;
    m_server->setBehaviour(HostileServer::Behaviour::HugeContentLength);
    m_server->setContentType("application/pdf");
    const QString target = dir.filePath(QStringLiteral("invoice.pdf"));
    CallWatch watch(m_client->download(QStringLiteral("bill/download/1"), {}, target));
    QVERIFY(watch.wait());
    QCOMPARE(watch.error().kind, ApiError::Kind::TooLarge);
    QCOMPARE(watch.error().limit, ApiClient::kDefaultMaxDownloadBytes);
    QVERIFY(QDir(dir.path()).isEmpty());
}

void TstApiLimits::download_trickle_tooSlowAndNoFile() {
    TestTemporaryDir dir;
    m_server->setBehaviour(HostileServer::Behaviour::Trickle);
    m_server->setContentType("application/pdf");
    m_client->setDeadlineMs(1500);
    const QString target = dir.filePath(QStringLiteral("invoice.pdf"));
    CallWatch watch(m_client->download(QStringLiteral("bill/download/1"), {}, target));
    QVERIFY(watch.wait());
    QCOMPARE(watch.error().kind, ApiError::Kind::TooSlow);
    QVERIFY(QDir(dir.path()).isEmpty());
}

void TstApiLimits::download_withinItsOwnLargerCap_isSaved() {
    // A file bigger than the answer limit but within the download cap is fine.
    TestTemporaryDir dir;
    m_server->setContentType("application/pdf");
    m_server->setHandler([](const QString&, const QJsonObject&) { return page(2000); });
    m_client->setMaxAnswerBytes(1024);
    const QString target = dir.filePath(QStringLiteral("invoice.pdf"));
    CallWatch watch(m_client->download(QStringLiteral("bill/download/1"), {}, target));
    QVERIFY(watch.wait());
    QVERIFY2(!watch.error().isError(), describe(watch.error()).constData());
    QVERIFY(QFileInfo(target).size() > 1024);
}

FetchResult TstApiLimits::fetch(PagedFetch::Mode mode, int maxPages) {
    FetchResult result;
    PagedFetch fetch(m_client.get(), QStringLiteral("group/list"), {}, 10, mode);
    fetch.setMaxPages(maxPages);
    connect(&fetch, &PagedFetch::pageArrived, this,
            [&result](int index, const QJsonObject&) { result.pages.append(index); });
    connect(&fetch, &PagedFetch::finished, this, [&result](const ApiError& error) {
        result.done = true;
        result.error = error;
    });
    fetch.start();
    if (!QTest::qWaitFor([&result] { return result.done; }, kAnswerTimeoutMs))
        result.error.detail = QStringLiteral("no end in sight");
    // Calls still queued would show up as requests after the end.
    QTest::qWait(50);
    return result;
}

void TstApiLimits::pagedFetch_allCount2pow62_failsAfterOnePage() {
    m_server->setHandler([](const QString&, const QJsonObject&) {
        return page(10, {{"all_count", qint64(1) << 62}});
    });
    const FetchResult result = fetch(PagedFetch::Mode::AllCount);
    QVERIFY(result.done);
    QCOMPARE(result.error.kind, ApiError::Kind::ListTooLong);
    QCOMPARE(result.error.limit, PagedFetch::kDefaultMaxPages);
    QVERIFY(result.pages.isEmpty()); // nothing of the list is handed on
    QCOMPARE(m_server->requestCount(), 1);
    QCOMPARE(m_client->pendingCount(), 0);
}

void TstApiLimits::pagedFetch_negativeAllCount_readsUntilAShortPage() {
    m_server->setHandler([](const QString&, const QJsonObject& body) {
        const int index = body.value(QLatin1String("page")).toInt();
        return page(index < 2 ? 10 : 3, {{"all_count", -5}});
    });
    PagedFetch fetch(m_client.get(), QStringLiteral("group/list"), {}, 10,
                     PagedFetch::Mode::AllCount);
    QSignalSpy finished(&fetch, &PagedFetch::finished);
    fetch.start();
    QVERIFY(finished.wait(kAnswerTimeoutMs));
    QVERIFY(!finished.first().first().value<ApiError>().isError());
    QCOMPARE(fetch.itemsReceived(), 23);
    QVERIFY(!fetch.total()); // -5 is no count
    QCOMPARE(m_server->requestCount(), 3);
}

void TstApiLimits::pagedFetch_pagesThatNeverEnd_stopAtTheMaximum() {
    // No all_count (a report) and every page full: without a maximum this never ends.
    m_server->setHandler([](const QString&, const QJsonObject&) {
        QJsonObject envelope = page(10);
        return QJsonObject{{"code", 200}, {"result", QJsonObject{{"items", envelope["items"]}}}};
    });
    const FetchResult result = fetch(PagedFetch::Mode::ShortPage, 5);
    QVERIFY2(result.done, qPrintable(result.error.detail));
    QCOMPARE(result.error.kind, ApiError::Kind::ListTooLong);
    QCOMPARE(result.error.limit, 5);
    QCOMPARE(m_server->requestCount(), 5);

    // The same with all_count missing from a list: read like a report, same maximum.
    m_server->setHandler([](const QString&, const QJsonObject&) { return page(10); });
    const FetchResult list = fetch(PagedFetch::Mode::AllCount, 4);
    QCOMPARE(list.error.kind, ApiError::Kind::ListTooLong);
    QCOMPARE(m_server->requestCount(), 5 + 4);
}

void TstApiLimits::pagedFetch_emptyPageBeforeAllCount_asksForNoMore() {
    // all_count promises 100 pages; page 1 is empty: nothing lies beyond it.
    m_server->setHandler([](const QString&, const QJsonObject& body) {
        const int index = body.value(QLatin1String("page")).toInt();
        return page(index == 0 ? 10 : 0, {{"all_count", 1000}});
    });
    m_client->setMaxInFlight(2);
    const FetchResult result = fetch(PagedFetch::Mode::AllCount);
    QVERIFY(result.done);
    QVERIFY2(!result.error.isError(), describe(result.error).constData());
    QVERIFY2(m_server->requestCount() <= 1 + 2 + 1,
             qPrintable(QString::number(m_server->requestCount())));
}

QTEST_GUILESS_MAIN(TstApiLimits)
#include "tst_api_limits.moc"

