// Paged reads under injected faults: retries of reads make a full fleet list
// (and a report read page by page) come back complete, every row exactly once.
// The emulator's fault pattern is deterministic (request n fails iff
// floor(n*r) > floor((n-1)*r)), so these runs are repeatable.

#include "api/ReportService.h"
#include "api/ServiceSupport.h"
#include "api/SimService.h"
#include "tests/support/ApiTestSupport.h"
#include "tests/support/EmulatorFixture.h"

#include <QLoggingCategory>
#include <QMap>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>

#include <memory>

using namespace simfleet;

using novaemu::EmulatorConfig;

namespace {

// "p0:200 p3:500 ..." - the order in which pages reached the server, for failure messages.
QByteArray requestTrace(const EmulatorFixture& fx) {
    QByteArray trace;
    for (const auto& entry : fx.journal()) {
        trace += 'p' + QByteArray::number(entry.body.value(QLatin1String("page")).toInt()) + ':' +
                 QByteArray::number(entry.httpStatus) + ' ';
    }
    return trace;
}

} // namespace

class TstApiRetry final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void fleetUnderFaults_returnsEverySimOnce_data();
    void fleetUnderFaults_returnsEverySimOnce();
    void fleetBeyondServerPageCap_returnsEverySim();
    void reportPages_shortLastPage_returnsEveryRowOnce_data();
    void reportPages_shortLastPage_returnsEveryRowOnce();
};

void TstApiRetry::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QLoggingCategory::setFilterRules(QStringLiteral("simfleet.*.debug=false"));
}

void TstApiRetry::fleetUnderFaults_returnsEverySimOnce_data() {
    QTest::addColumn<double>("errorRate");
    QTest::addColumn<double>("malformedRate");
    QTest::newRow("HTTP 500 rate 0.3") << 0.3 << 0.0;
    QTest::newRow("truncated JSON rate 0.2") << 0.0 << 0.2;
}

void TstApiRetry::fleetUnderFaults_returnsEverySimOnce() {
    QFETCH(double, errorRate);
    QFETCH(double, malformedRate);
    constexpr int kSims = 2000;
    constexpr int kPageSize = 200;
    constexpr int kPages = kSims / kPageSize;

    EmulatorConfig config = EmulatorFixture::smallFleet(kSims);
    config.errorRate = errorRate;
    config.malformedRate = malformedRate;
    EmulatorFixture fx(config);
    QVERIFY(fx.isListening());
    QCOMPARE(fx.emulator().simCount(), kSims);

    Outcome<ListPage<Sim>> out;
    PagedFetch* fetch = SimService(&fx.client()).fetchAll({}, kPageSize, this, out.sink());
    QVERIFY(fetch);
    // What arrived before SimService removes duplicates: each page once, whole.
    QMap<int, int> pageArrivals;
    qsizetype rawItems = 0;
    const QObject receiver; // ends the connection with this scope, even on failure
    connect(fetch, &PagedFetch::pageArrived, &receiver,
            [&](int index, const QJsonObject& envelope) {
                ++pageArrivals[index];
                rawItems += PagedFetch::itemsOf(envelope, PagedFetch::Mode::AllCount).size();
            });
    QVERIFY(out.wait(30000));
    QVERIFY2(out.result().ok(),
             (describe(out.error()) + "; requests: " + requestTrace(fx)).constData());

    const ListPage<Sim>& all = out.value();
    QVERIFY(all.problems.isEmpty());
    QCOMPARE(all.allCount.value_or(-1), kSims);
    QCOMPARE(all.items.size(), kSims);
    QCOMPARE(rawItems, kSims);
    QCOMPARE(pageArrivals.size(), kPages);
    for (auto it = pageArrivals.cbegin(); it != pageArrivals.cend(); ++it) {
        QVERIFY(it.key() >= 0 && it.key() < kPages);
        QCOMPARE(it.value(), 1);
    }
    QSet<qint64> ids;
    for (const Sim& sim : all.items)
        ids.insert(sim.id);
    QCOMPARE(ids.size(), kSims);
    for (qint64 id = 100001; id < 100001 + kSims; ++id)
        QVERIFY2(ids.contains(id), qPrintable(QString::number(id)));

    // Retries did happen, and only as many as there were faults.
    const auto requests = fx.journal(QStringLiteral("sim/list"));
    int serverErrors = 0;
    for (const auto& entry : requests) {
        if (entry.httpStatus == 500)
            ++serverErrors;
    }
    QVERIFY2(requests.size() > kPages, qPrintable(QString::number(requests.size())));
    if (errorRate > 0)
        QVERIFY(serverErrors > 0);
    else
        QCOMPARE(serverErrors, 0);
}

void TstApiRetry::fleetBeyondServerPageCap_returnsEverySim() {
    // The emulator silently serves at most 5000 SIMs per page (a real server may
    // cap too): asking for 6000 per page must still bring every SIM.
    constexpr int kSims = 5600;
    constexpr int kAskedPageSize = 6000;
    EmulatorFixture fx(EmulatorFixture::smallFleet(kSims));
    QVERIFY(fx.isListening());

    Outcome<ListPage<Sim>> out;
    SimService(&fx.client()).fetchAll({}, kAskedPageSize, this, out.sink());
    QVERIFY(out.wait(30000));
    API_VERIFY_OK(out);
    QCOMPARE(out.value().allCount.value_or(-1), kSims);
    QSet<qint64> ids;
    for (const Sim& sim : out.value().items)
        ids.insert(sim.id);
    QCOMPARE(ids.size(), kSims);
    QCOMPARE(out.value().items.size(), kSims);
}

void TstApiRetry::reportPages_shortLastPage_returnsEveryRowOnce_data() {
    QTest::addColumn<QString>("pageSizeRule");
    QTest::addColumn<double>("errorRate");
    QTest::addColumn<double>("malformedRate");
    QTest::addColumn<int>("readAhead"); // 0: PagedFetch's JSON pages one after another
    QTest::newRow("short last page") << "short" << 0.0 << 0.0 << 0;
    QTest::newRow("short last page, rate 0.3") << "short" << 0.3 << 0.0 << 0;
    QTest::newRow("exact multiple: empty last page") << "exact" << 0.0 << 0.0 << 0;
    // Few pages: a rate of 0.5 makes the second request fail.
    QTest::newRow("ReportService::fetchAllSessions, rate 0.5")
        << "service" << 0.5 << 0.0 << ReportService::kReadAhead;
    // Raw pages parsed off the GUI thread, 3 requested at once. Their requests
    // interleave, so a page's attempts are not consecutive requests: at a rate
    // of 0.3 all three could meet a fault; at 0.1 faults are 10 requests apart.
    QTest::newRow("read ahead 3, short last page") << "short" << 0.0 << 0.0 << 3;
    QTest::newRow("read ahead 3, rate 0.1") << "short" << 0.1 << 0.0 << 3;
    QTest::newRow("read ahead 3, exact multiple") << "exact" << 0.0 << 0.0 << 3;
    // Unreadable 200 answers: asked for again by the fetch, not the client.
    QTest::newRow("read ahead 3, truncated JSON rate 0.1") << "short" << 0.0 << 0.1 << 3;
}

void TstApiRetry::reportPages_shortLastPage_returnsEveryRowOnce() {
    QFETCH(QString, pageSizeRule);
    QFETCH(double, errorRate);
    QFETCH(double, malformedRate);
    QFETCH(int, readAhead);
    EmulatorFixture fx(EmulatorFixture::smallFleet(60));
    QVERIFY(fx.isListening());

    ReportQuery query;
    query.end = QDate::currentDate().addDays(-1);
    query.start = query.end.addDays(-6);

    // The truth: the whole report in one page.
    Outcome<ListPage<SessionReportRow>> whole;
    ReportService(&fx.client()).sessions(query, 0, 10000, this, whole.sink());
    QVERIFY(whole.wait());
    API_VERIFY_OK(whole);
    const QVector<SessionReportRow>& truth = whole.value().items;
    const int total = int(truth.size());
    QVERIFY2(total > 2 * ReportService::kDefaultPageSize / 3, qPrintable(QString::number(total)));
    fx.emulator().clearJournal();
    fx.emulator().setErrorRate(errorRate);
    fx.emulator().setMalformedRate(malformedRate);

    int pageSize = ReportService::kDefaultPageSize;
    if (pageSizeRule == QLatin1String("short"))
        pageSize = total % 37 == 0 ? 38 : 37;
    else if (pageSizeRule == QLatin1String("exact"))
        pageSize = total;

    Outcome<ListPage<SessionReportRow>> paged;
    if (pageSizeRule == QLatin1String("service")) {
        // One request at a time, as the client allows: the pages meet the
        // faults in turn (reading ahead, a page's attempts could all land on
        // the failing half of the requests).
        fx.client().setMaxInFlight(1);
        ReportService(&fx.client()).fetchAllSessions(query, this, paged.sink());
    } else if (readAhead > 0) {
        ServiceSupport::fetchAllReadAhead<SessionReportRow>(
            &fx.client(), QStringLiteral("report/sessions"), query.toJson(), pageSize, readAhead,
            this, &parseSessionPage, paged.sink());
    } else {
        ServiceSupport::fetchAll<SessionReportRow>(
            &fx.client(), QStringLiteral("report/sessions"), query.toJson(), pageSize,
            PagedFetch::Mode::ShortPage, this, &parseSessionRows, paged.sink());
    }
    QVERIFY(paged.wait(30000));
    API_VERIFY_OK(paged);
    const QVector<SessionReportRow>& rows = paged.value().items;
    QCOMPARE(rows.size(), truth.size());
    QSet<qint64> sessionIds;
    for (int i = 0; i < total; ++i) {
        QCOMPARE(rows[i].sessionId, truth[i].sessionId);
        QCOMPARE(rows[i].simId, truth[i].simId);
        QCOMPARE(rows[i].bytes, truth[i].bytes);
        sessionIds.insert(rows[i].sessionId);
    }
    QCOMPARE(sessionIds.size(), total);

    // One request per page (the last one short or empty), plus one per fault;
    // reading ahead, fewer than 2 x readAhead pages more, all beyond the last.
    const int pages = total / pageSize + 1;
    const auto requests = fx.journal(QStringLiteral("report/sessions"));
    QSet<int> pagesAsked;
    int failures = 0;
    for (const auto& entry : requests) {
        if (entry.httpStatus != 200) {
            ++failures;
            continue;
        }
        pagesAsked.insert(entry.body.value(QLatin1String("page")).toInt());
        QCOMPARE(entry.body.value(QLatin1String("size")).toInt(), pageSize);
    }
    for (int page = 0; page < pages; ++page)
        QVERIFY2(pagesAsked.contains(page), qPrintable(QString::number(page)));
    if (readAhead == 0) {
        QCOMPARE(pagesAsked.size(), pages);
    } else {
        QVERIFY2(pagesAsked.size() < pages + 2 * readAhead, requestTrace(fx).constData());
        QVERIFY(*std::max_element(pagesAsked.cbegin(), pagesAsked.cend()) <
                pages + 2 * readAhead - 1);
    }
    if (malformedRate == 0)
        QCOMPARE(int(requests.size()), int(pagesAsked.size()) + failures);
    else
        QVERIFY2(int(requests.size()) > int(pagesAsked.size()), requestTrace(fx).constData());
    if (errorRate > 0)
        QVERIFY(failures > 0);
}

QTEST_GUILESS_MAIN(TstApiRetry)
#include "tst_api_retry.moc"
