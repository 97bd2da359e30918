// ReportsModel over real loopback HTTP against the emulator: every page read
// to the short last one, totals equal a reference sum, the scope sent as
// s_<id>/g_<id>, today refused without sending, cancel keeping the rows
// before; pages read ahead arriving complete and in order, a cancel mid-way
// asking for no more pages; and the chart aggregates (ReportAggregates) on synthetic rows: a
// planted spike found as an anomaly, sums of a large input equal the totals.
#include "api/ApiClient.h"
#include "api/ProviderTime.h"
#include "api/ReportService.h"
#include "models/reports/ReportAggregates.h"
#include "models/reports/ReportsModel.h"
#include "tests/support/EmulatorFixture.h"
#include "tests/support/EmulatorJournal.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <cmath>
#include <memory>

using namespace simfleet;
using Kind = ReportsModel::Kind;
namespace RA = ReportAggregates;

namespace {

constexpr qint64 kMb = qint64(1024) * 1024;

struct Rig {
    explicit Rig(int sims = 40)
        : fixture(EmulatorFixture::smallFleet(sims))
        , model(&fixture.client()) {
        for (int k = 0; k < ReportsModel::kKindCount; ++k)
            testers.push_back(std::make_unique<QAbstractItemModelTester>(
                model.table(Kind(k)), QAbstractItemModelTester::FailureReportingMode::QtTest));
    }

    ReportQuery lastDays(int days) const {
        ReportQuery query;
        query.end = model.lastCompleteDay();
        query.start = query.end.addDays(-(days - 1));
        return query;
    }

    // Runs and waits; the finished error.
    ApiError run(Kind kind, const ReportQuery& query) {
        QSignalSpy finished(&model, &ReportsModel::finished);
        if (!model.run(kind, query))
            return ApiError::cancelled();
        if (!finished.wait(60000))
            return ApiError::cancelled();
        return finished.constLast().at(1).value<ApiError>();
    }

    EmulatorFixture fixture;
    ReportsModel model;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
};

// Every daily row by report/day pages of `size`, read one by one: the reference.
QVector<DayReportRow> referenceDaily(ApiClient& client, const ReportQuery& query) {
    QVector<DayReportRow> rows;
    ReportService service(&client);
    for (int page = 0; page < 1000; ++page) {
        std::optional<Result<ListPage<DayReportRow>>> result;
        QObject context;
        service.daily(query, page, ReportService::kDefaultPageSize, &context,
                      [&result](const Result<ListPage<DayReportRow>>& r) { result = r; });
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, 30000) || !result->ok())
            return {};
        rows += result->value.items;
        if (result->value.items.size() < ReportService::kDefaultPageSize)
            break;
    }
    return rows;
}

DayReportRow dayRow(qint64 simId, const QDate& day, qint64 bytes, double cost = 0) {
    DayReportRow row;
    row.simId = simId;
    row.name = QStringLiteral("SIM %1").arg(simId);
    row.number = QStringLiteral("7700%1").arg(simId);
    row.day = QDateTime::fromSecsSinceEpoch(
        ProviderTime::startOfDay(day, ProviderTime::defaultZone()) + 3600);
    row.bytes = bytes;
    row.costEur = cost;
    return row;
}

} // namespace

class TestReportsModel : public QObject {
    Q_OBJECT

private slots:
    void daily_readsEveryPageToTheShortOne();
    void sessionsAndCalls_totalsCountByType();
    void scope_sentAsSimsAndGroups();
    void today_refusedWithoutSending();
    void cancel_keepsTheRowsBefore();
    void readAhead_manyPagesArriveCompleteAndInOrder();
    void cancel_midwayStopsRequestingPages();
    void clear_emptiesEveryReport();
    void aggregates_plantedSpikeIsAnAnomaly();
    void aggregates_largeInputSumsToTotals();
    void aggregates_topConsumersAndHours();
    void aggregates_dailyTrafficOfTopSumsToTheDays();
};

void TestReportsModel::daily_readsEveryPageToTheShortOne() {
    Rig rig(40);
    QVERIFY(rig.fixture.isListening());
    const ReportQuery query = rig.lastDays(30);
    const ApiError error = rig.run(Kind::Daily, query);
    QVERIFY2(!error.isError(), qPrintable(error.userMessage()));
    QVERIFY(rig.model.hasResult(Kind::Daily));
    const int rows = rig.model.daily()->rowCount();
    QVERIFY2(rows > ReportService::kDefaultPageSize, "the range needs more than one page");
    // Pages of 500 until a short one: rows / 500 + 1 pages, each asked for
    // once, and (read ahead) fewer than 2 x kReadAhead more beyond the last.
    const auto requests =
        EmulatorJournal::entries(rig.fixture.emulator(), QStringLiteral("report/day"));
    const int pages = rows / ReportService::kDefaultPageSize + 1;
    QSet<int> asked;
    for (const auto& request : requests) {
        const int page = request.body.value(QStringLiteral("page")).toInt();
        QVERIFY2(!asked.contains(page), qPrintable(QString::number(page)));
        asked.insert(page);
        QVERIFY(page < pages + 2 * ReportService::kReadAhead - 1);
    }
    for (int page = 0; page < pages; ++page)
        QVERIFY2(asked.contains(page), qPrintable(QString::number(page)));
    const QJsonObject filter = requests.first().body.value(QStringLiteral("filter")).toObject();
    QCOMPARE(filter.value(QStringLiteral("start")).toString(), ProviderTime::apiDate(query.start));
    QCOMPARE(filter.value(QStringLiteral("end")).toString(), ProviderTime::apiDate(query.end));
    QCOMPARE(requests.first().body.value(QStringLiteral("select")).toArray(),
             QJsonArray{QStringLiteral("all")});

    // Totals equal the sum of the same report read page by page.
    const QVector<DayReportRow> reference = referenceDaily(rig.fixture.client(), query);
    QCOMPARE(reference.size(), rows);
    qint64 bytes = 0;
    double cost = 0;
    for (const DayReportRow& row : reference) {
        bytes += row.bytes;
        cost += row.costEur;
    }
    const ReportTotals totals = rig.model.totals(Kind::Daily);
    QCOMPARE(totals.rows, qint64(rows));
    QCOMPARE(totals.bytes, bytes);
    QVERIFY(std::abs(totals.costEur - cost) < 1e-6);
    QVERIFY(totals.bytes > 0);
    QVERIFY(rig.model.totalsText(Kind::Daily).contains(ReportsModel::bytesText(bytes)));
    // Every day shown is inside the requested range.
    for (const DayReportRow& row : rig.model.daily()->rows()) {
        const QDate day = row.calendarDay(rig.model.providerZone());
        QVERIFY(day >= query.start && day <= query.end);
    }
    const auto perDay = RA::dailyTraffic(rig.model.daily()->rows(), rig.model.providerZone(),
                                         query.start, query.end);
    QCOMPARE(perDay.size(), 30);
    qint64 summed = 0;
    for (const RA::DayTotal& day : perDay)
        summed += day.bytes;
    QCOMPARE(summed, bytes);
    // Sorting by traffic uses the bytes.
    QCOMPARE(
        rig.model.daily()->index(0, ReportsModel::DailyTraffic).data(ReportsModel::RawValueRole),
        QVariant(rig.model.daily()->rowAt(0).bytes));
}

void TestReportsModel::sessionsAndCalls_totalsCountByType() {
    Rig rig(20);
    QVERIFY(rig.fixture.isListening());
    const ReportQuery query = rig.lastDays(7);
    QVERIFY(!rig.run(Kind::Sessions, query).isError());
    QVERIFY(!rig.run(Kind::CallsAndSms, query).isError());
    QVERIFY(rig.model.sessions()->rowCount() > 0);
    QVERIFY(rig.model.callsAndSms()->rowCount() > 0);

    qint64 bytes = 0;
    for (const SessionReportRow& row : rig.model.sessions()->rows())
        bytes += row.bytes;
    QCOMPARE(rig.model.totals(Kind::Sessions).bytes, bytes);
    qint64 countryBytes = 0;
    for (const RA::NamedTotal& country : RA::trafficByCountry(rig.model.sessions()->rows()))
        countryBytes += country.bytes;
    QCOMPARE(countryBytes, bytes);

    const ReportTotals calls = rig.model.totals(Kind::CallsAndSms);
    qint64 byType[5] = {};
    for (const CallSmsReportRow& row : rig.model.callsAndSms()->rows())
        ++byType[int(row.type)];
    QCOMPARE(calls.calls, byType[0]);
    QCOMPARE(calls.incomingSms, byType[1]);
    QCOMPARE(calls.outgoingSms, byType[2]);
    QCOMPARE(calls.ussd, byType[3]);
    QCOMPARE(calls.rows, qint64(rig.model.callsAndSms()->rowCount()));
    int perDay = 0;
    for (const RA::CallSmsDay& day : RA::callsAndSmsPerDay(
             rig.model.callsAndSms()->rows(), rig.model.providerZone(), query.start, query.end))
        perDay += day.total();
    QCOMPARE(perDay, rig.model.callsAndSms()->rowCount());
    // The daily report was never run: it has no result.
    QVERIFY(!rig.model.hasResult(Kind::Daily));
}

void TestReportsModel::scope_sentAsSimsAndGroups() {
    Rig rig(20);
    QVERIFY(rig.fixture.isListening());
    const QVector<Sim> fleet = rig.fixture.fetchFleet();
    QVERIFY(fleet.size() >= 2);
    ReportQuery query = rig.lastDays(10);
    query.addSim(fleet.at(0).id);
    query.addSim(fleet.at(1).id);
    QVERIFY(!rig.run(Kind::Daily, query).isError());
    for (const DayReportRow& row : rig.model.daily()->rows())
        QVERIFY(row.simId == fleet.at(0).id || row.simId == fleet.at(1).id);
    const auto sent =
        EmulatorJournal::entries(rig.fixture.emulator(), QStringLiteral("report/day"));
    QCOMPARE(sent.last().body.value(QStringLiteral("select")).toArray(),
             (QJsonArray{QStringLiteral("s_%1").arg(fleet.at(0).id),
                         QStringLiteral("s_%1").arg(fleet.at(1).id)}));

    ReportQuery groups = rig.lastDays(3);
    groups.addGroup(5);
    rig.run(Kind::Sessions, groups);
    const auto sessions =
        EmulatorJournal::entries(rig.fixture.emulator(), QStringLiteral("report/sessions"));
    QVERIFY(!sessions.isEmpty());
    QCOMPARE(sessions.last().body.value(QStringLiteral("select")).toArray(),
             QJsonArray{QStringLiteral("g_5")});
    // Reports only read.
    QCOMPARE(EmulatorJournal::writeMethods(rig.fixture.emulator()), QStringList());
}

void TestReportsModel::today_refusedWithoutSending() {
    Rig rig(5);
    ReportQuery query;
    query.start = rig.model.providerToday().addDays(-3);
    query.end = rig.model.providerToday();
    QString refusal;
    QVERIFY(!rig.model.run(Kind::Daily, query, &refusal));
    QVERIFY(
        refusal.contains(QLocale().toString(rig.model.lastCompleteDay(), QLocale::ShortFormat)));
    query.start = query.end.addDays(-1);
    query.end = query.end.addDays(-5);
    QVERIFY(!rig.model.run(Kind::Sessions, query, &refusal));
    QVERIFY(!refusal.isEmpty());
    QVERIFY(!rig.model.isRunning());
    QCOMPARE(rig.fixture.journalCount(), 0);
}

void TestReportsModel::cancel_keepsTheRowsBefore() {
    Rig rig(40);
    QVERIFY(rig.fixture.isListening());
    QVERIFY(!rig.run(Kind::Daily, rig.lastDays(2)).isError());
    const int before = rig.model.daily()->rowCount();
    QSignalSpy finished(&rig.model, &ReportsModel::finished);
    QVERIFY(rig.model.run(Kind::Daily, rig.lastDays(60)));
    QVERIFY(rig.model.isRunning());
    rig.model.cancel();
    QVERIFY(!rig.model.isRunning());
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(1).value<ApiError>().kind, ApiError::Kind::Cancelled);
    QTest::qWait(200); // an answer arriving after the cancel changes nothing
    QCOMPARE(rig.model.daily()->rowCount(), before);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(rig.model.query(Kind::Daily).start, rig.lastDays(2).start);
}

void TestReportsModel::readAhead_manyPagesArriveCompleteAndInOrder() {
    Rig rig(200);
    QVERIFY(rig.fixture.isListening());
    const ReportQuery query = rig.lastDays(30);
    const ApiError error = rig.run(Kind::Daily, query);
    QVERIFY2(!error.isError(), qPrintable(error.userMessage()));
    const int rows = rig.model.daily()->rowCount();
    const int pages = rows / ReportService::kDefaultPageSize + 1;
    QVERIFY2(pages > 2 * ReportService::kReadAhead, qPrintable(QString::number(rows)));
    // Every page was asked for; pages asked for ahead of the short one (how
    // many depends on when the answers came) stay within the read-ahead.
    const auto requests =
        EmulatorJournal::entries(rig.fixture.emulator(), QStringLiteral("report/day"));
    QVERIFY2(requests.size() >= pages, qPrintable(QString::number(requests.size())));
    QVERIFY(requests.size() < pages + 2 * ReportService::kReadAhead);

    // Every row, in the order of the pages read one by one.
    const QVector<DayReportRow> reference = referenceDaily(rig.fixture.client(), query);
    QCOMPARE(reference.size(), rows);
    const QVector<DayReportRow>& loaded = rig.model.daily()->rows();
    for (int i = 0; i < rows; ++i) {
        QCOMPARE(loaded.at(i).sessionId, reference.at(i).sessionId);
        QCOMPARE(loaded.at(i).simId, reference.at(i).simId);
        QCOMPARE(loaded.at(i).bytes, reference.at(i).bytes);
        QCOMPARE(loaded.at(i).iccid, reference.at(i).iccid);
        QCOMPARE(loaded.at(i).name, reference.at(i).name);
    }
    QCOMPARE(rig.model.rowsReceived(), qint64(rows));
}

void TestReportsModel::cancel_midwayStopsRequestingPages() {
    Rig rig(300);
    QVERIFY(rig.fixture.isListening());
    // Answers that take a while, so the cancel comes with pages still to read.
    rig.fixture.emulator().setLatencyMs(30);
    QSignalSpy progress(&rig.model, &ReportsModel::progress);
    QSignalSpy finished(&rig.model, &ReportsModel::finished);
    QVERIFY(rig.model.run(Kind::Daily, rig.lastDays(60)));
    QVERIFY(QTest::qWaitFor([&progress] { return progress.size() >= 2; }, 30000));
    QVERIFY(rig.model.isRunning());
    const qint64 received = rig.model.rowsReceived();
    rig.model.cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(1).value<ApiError>().kind, ApiError::Kind::Cancelled);
    // Requests already on their way may still reach the server; then none.
    QTest::qWait(300);
    const int asked = rig.fixture.journalCount(QStringLiteral("report/day"));
    QTest::qWait(500);
    QCOMPARE(rig.fixture.journalCount(QStringLiteral("report/day")), asked);
    // No more pages than those read plus the read-ahead window.
    const int pagesRead = int(received / ReportService::kDefaultPageSize);
    QVERIFY2(asked <= pagesRead + 2 * ReportService::kReadAhead,
             qPrintable(QStringLiteral("%1 asked, %2 read").arg(asked).arg(pagesRead)));
    // Far fewer than the report's pages (60 days of 300 SIMs: some 20 pages).
    QVERIFY(asked < 12);
    QCOMPARE(rig.model.daily()->rowCount(), 0);
    QVERIFY(!rig.model.hasResult(Kind::Daily));
    QCOMPARE(finished.size(), 1);
}

void TestReportsModel::clear_emptiesEveryReport() {
    Rig rig(10);
    QVERIFY(!rig.run(Kind::Sessions, rig.lastDays(3)).isError());
    QVERIFY(rig.model.sessions()->rowCount() > 0);
    rig.model.clear();
    QCOMPARE(rig.model.sessions()->rowCount(), 0);
    QVERIFY(!rig.model.hasResult(Kind::Sessions));
}

void TestReportsModel::aggregates_plantedSpikeIsAnAnomaly() {
    const QDate first(2026, 3, 1), last(2026, 3, 31);
    QVector<DayReportRow> rows;
    for (QDate day = first; day <= last; day = day.addDays(1)) {
        rows << dayRow(1, day, 10 * kMb);             // steady
        rows << dayRow(2, day, 12 * kMb + day.day()); // steady
        rows << dayRow(3, day, 2 * kMb);              // small, spikes below the minimum
    }
    const QDate spike(2026, 3, 17);
    rows << dayRow(2, spike, 300 * kMb); // 12 MB -> 312 MB that day: about 26x
    rows << dayRow(3, spike, 30 * kMb);  // 16x, but under 50 MB
    // SIM 4 is idle on most days and used moderately on a few: its used days are its baseline.
    for (int d = 1; d <= 10; ++d)
        rows << dayRow(4, QDate(2026, 3, d * 3), 60 * kMb + d);
    rows << dayRow(4, QDate(2026, 3, 31), 800 * kMb); // about 13x its used days
    const QVector<RA::Anomaly> found =
        RA::anomalies(rows, ProviderTime::defaultZone(), first, last);
    QCOMPARE(found.size(), 2);
    QCOMPARE(found.first().simId, qint64(2));
    QCOMPARE(found.first().day, spike);
    QCOMPARE(found.first().bytes, 312 * kMb + 17);
    QVERIFY(found.first().factor > 20 && found.first().factor < 30);
    QCOMPARE(found.last().simId, qint64(4));
    QCOMPARE(found.last().day, QDate(2026, 3, 31));
    QVERIFY(found.last().factor > 10 && found.last().factor < 15);
    // Thresholds are adjustable: a lower minimum finds SIM 3 too; a higher factor neither.
    RA::AnomalyThresholds low;
    low.minBytes = 20 * kMb;
    QCOMPARE(RA::anomalies(rows, ProviderTime::defaultZone(), first, last, low).size(), 3);
    RA::AnomalyThresholds strict;
    strict.factor = 50;
    QVERIFY(RA::anomalies(rows, ProviderTime::defaultZone(), first, last, strict).isEmpty());
}

void TestReportsModel::aggregates_largeInputSumsToTotals() {
    // 10,000 SIMs x 31 days: every aggregate sums to the same totals.
    const QDate first(2026, 1, 1), last(2026, 1, 31);
    QVector<DayReportRow> rows;
    rows.reserve(310000);
    qint64 bytes = 0;
    for (qint64 sim = 1; sim <= 10000; ++sim) {
        for (QDate day = first; day <= last; day = day.addDays(1)) {
            const qint64 value = (sim * 7919 + qint64(day.day()) * 104729) % (20 * kMb);
            rows << dayRow(sim, day, value, double(value % 100) / 100.0);
            bytes += value;
        }
    }
    const auto days = RA::dailyTraffic(rows, ProviderTime::defaultZone(), first, last);
    QCOMPARE(days.size(), 31);
    qint64 summed = 0;
    for (const RA::DayTotal& day : days)
        summed += day.bytes;
    QCOMPARE(summed, bytes);
    const auto top = RA::topConsumers(rows, RA::RankBy::Traffic, 20);
    QCOMPARE(top.size(), 20);
    for (int i = 1; i < top.size(); ++i)
        QVERIFY(top.at(i - 1).bytes >= top.at(i).bytes);
    const auto byCost = RA::topConsumers(rows, RA::RankBy::Cost, 20);
    for (int i = 1; i < byCost.size(); ++i)
        QVERIFY(byCost.at(i - 1).costEur >= byCost.at(i).costEur);
    // Values below 20 MB never pass the 50 MB minimum.
    QVERIFY(RA::anomalies(rows, ProviderTime::defaultZone(), first, last).isEmpty());
}

void TestReportsModel::aggregates_topConsumersAndHours() {
    QVector<SessionReportRow> sessions;
    for (int hour = 0; hour < 24; ++hour) {
        for (int k = 0; k <= hour; ++k) {
            SessionReportRow row;
            row.start = QDateTime(QDate(2026, 2, 3), QTime(hour, 10), QTimeZone::utc());
            row.countryName = k % 2 ? QStringLiteral("Kazakhstan") : QStringLiteral("Germany");
            row.operatorName = QStringLiteral("Op");
            row.bytes = 100;
            sessions << row;
        }
    }
    const auto hours = RA::sessionsByHour(sessions, QTimeZone::utc());
    for (int hour = 0; hour < 24; ++hour)
        QCOMPARE(hours[size_t(hour)], qint64(hour + 1));
    const auto countries = RA::trafficByCountry(sessions);
    QCOMPARE(countries.size(), 2);
    QCOMPARE(countries.first().name, QStringLiteral("Germany"));
    QCOMPARE(countries.first().sessions + countries.last().sessions, qint64(sessions.size()));
    QCOMPARE(RA::trafficByOperator(sessions).size(), 1);

    QVector<DayReportRow> rows{dayRow(1, QDate(2026, 2, 3), 5, 9.0),
                               dayRow(2, QDate(2026, 2, 3), 50, 1.0),
                               dayRow(1, QDate(2026, 2, 4), 5, 1.0)};
    const auto top = RA::topConsumers(rows, RA::RankBy::Traffic, 1);
    QCOMPARE(top.size(), 1);
    QCOMPARE(top.first().simId, qint64(2));
    const auto cost = RA::topConsumers(rows, RA::RankBy::Cost);
    QCOMPARE(cost.size(), 2);
    QCOMPARE(cost.first().simId, qint64(1));
    QCOMPARE(cost.first().costEur, 10.0);
    QCOMPARE(cost.first().bytes, qint64(10));
}

void TestReportsModel::aggregates_dailyTrafficOfTopSumsToTheDays() {
    // 14 SIMs over 5 days (SIM n uses n MB a day), none on day 3, one row outside the range.
    const QDate first(2026, 4, 1), last(2026, 4, 5);
    QVector<DayReportRow> rows;
    for (qint64 sim = 1; sim <= 14; ++sim)
        for (QDate day = first; day <= last; day = day.addDays(1))
            if (day.day() != 3)
                rows << dayRow(sim, day, sim * kMb);
    rows << dayRow(1, QDate(2026, 4, 9), 1000 * kMb);
    const auto top = RA::dailyTrafficOfTop(rows, ProviderTime::defaultZone(), first, last, 10);
    QCOMPARE(top.days.size(), 5);
    QCOMPARE(top.days.first(), first);
    QCOMPARE(top.days.last(), last);
    QCOMPARE(top.sims.size(), 10);
    QCOMPARE(top.bytes.size(), 10);
    QCOMPARE(top.sims.first().simId, qint64(14)); // the biggest first
    QCOMPARE(top.sims.last().simId, qint64(5));
    QCOMPARE(top.bytes.first().at(0), 14 * kMb);
    QCOMPARE(top.bytes.first().at(2), qint64(0)); // the idle day is there, as zero
    QCOMPARE(top.otherBytes.size(), 5);
    QCOMPARE(top.otherBytes.at(0),
             (1 + 2 + 3 + 4) * kMb); // SIM 1's day outside the range is left out
    QCOMPARE(top.otherBytes.at(2), qint64(0));
    const auto days = RA::dailyTraffic(rows, ProviderTime::defaultZone(), first, last);
    for (int d = 0; d < 5; ++d) {
        qint64 stacked = top.otherBytes.at(d);
        for (const QVector<qint64>& sim : top.bytes)
            stacked += sim.at(d);
        QCOMPARE(stacked, days.at(d).bytes);
    }
    // Fewer SIMs than asked: all of them, and nothing for the others.
    const auto all = RA::dailyTrafficOfTop(rows, ProviderTime::defaultZone(), first, last, 20);
    QCOMPARE(all.sims.size(), 14);
    QCOMPARE(all.otherBytes, QVector<qint64>(5, 0));
    // No rows: the days, no SIMs.
    const auto none = RA::dailyTrafficOfTop({}, ProviderTime::defaultZone(), first, last);
    QCOMPARE(none.days.size(), 5);
    QVERIFY(none.sims.isEmpty());
}

QTEST_MAIN(TestReportsModel)
#include "tst_reports_model.moc"
