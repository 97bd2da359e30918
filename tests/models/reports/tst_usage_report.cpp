// The second operator's usage report (UsageReport) over real loopback HTTP
// against the emulator's api/v2: the rows of a period (all SIMs, some
// numbers, an INN), the aggregates the charts plot, a query refused locally
// with nothing sent, the server's 422 field errors under the form's fields,
// a revoked token, cancel and sign-out.
#include "api/ApiClient.h"
#include "api/v2/V2FleetFetch.h"
#include "api/v2/V2Service.h"
#include "emulator/Emulator.h"
#include "models/reports/UsageReport.h"
#include "tests/support/EmulatorFixture.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QHash>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <memory>
#include <optional>

using namespace simfleet;
namespace RA = ReportAggregates;

namespace {

constexpr int kSims = 8;

novaemu::EmulatorConfig v2Config() {
    novaemu::EmulatorConfig config = EmulatorFixture::fleetConfig(5);
    config.provider = novaemu::ProviderMode::Both;
    config.v2Sims = kSims;
    return config;
}

} // namespace

class TestUsageReport final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void run_rowsOfEverySimAndDay();
    void run_someNumbersOnly();
    void aggregates_perDayTopAndAnomalies();
    void invalidQuery_refusedLocallyNothingSent();
    void serverFieldErrors_underTheirFields();
    void revokedToken_saysSignInAgain();
    void cancelAndClear_keepThenDropRows();

private:
    bool signIn();
    QStringList numbers();
    bool runAndWait(const V2CdrQuery& query);
    static V2CdrQuery week();

    std::unique_ptr<novaemu::Emulator> m_emulator;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<UsageReport> m_report;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestUsageReport::init() {
    m_emulator = EmulatorFixture::startEmulator(v2Config());
    m_client = std::make_unique<ApiClient>();
    EmulatorFixture::connectV2Client(*m_client, *m_emulator);
    m_report = std::make_unique<UsageReport>(m_client.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_report->table(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestUsageReport::cleanup() {
    m_tester.reset();
    m_report.reset();
    m_client.reset();
    m_emulator.reset();
}

bool TestUsageReport::signIn() {
    return EmulatorFixture::signInV2(*m_client);
}

QStringList TestUsageReport::numbers() {
    QStringList found;
    std::optional<ApiError> done;
    V2FleetFetch fetch(m_client.get(), {}, 1000);
    connect(&fetch, &V2FleetFetch::simsArrived, this, [&](const QVector<Sim>& page) {
        for (const Sim& sim : page)
            found << sim.number;
    });
    connect(&fetch, &V2FleetFetch::finished, this, [&](const ApiError& e) { done = e; });
    fetch.start();
    QElapsedTimer timer;
    timer.start();
    while (!done && timer.elapsed() < 60000)
        QTest::qWait(10);
    std::sort(found.begin(), found.end());
    return found;
}

bool TestUsageReport::runAndWait(const V2CdrQuery& query) {
    QSignalSpy finished(m_report.get(), &UsageReport::finished);
    if (!m_report->run(query))
        return false;
    return finished.wait(30000);
}

V2CdrQuery TestUsageReport::week() {
    V2CdrQuery query;
    query.from = QDate(2026, 11, 1);
    query.to = QDate(2026, 11, 7);
    return query;
}

void TestUsageReport::run_rowsOfEverySimAndDay() {
    QVERIFY(signIn());
    QSignalSpy running(m_report.get(), &UsageReport::runningChanged);
    QVERIFY(runAndWait(week()));
    QVERIFY2(!m_report->error().isError(), qPrintable(m_report->error().detail));
    QVERIFY(m_report->hasResult());
    QVERIFY(!m_report->isRunning());
    QCOMPARE(running.count(), 2);
    UsageReport::Table* table = m_report->table();
    QCOMPARE(table->columnCount(), int(UsageReport::ColumnCount));
    QCOMPARE(table->rowCount(), kSims * 7);
    QCOMPARE(table->headerData(UsageReport::TrafficMb, Qt::Horizontal).toString(),
             QStringLiteral("Traffic, MB"));
    for (int row = 0; row < table->rowCount(); ++row) {
        const V2CdrRow& cdr = table->rowAt(row);
        QVERIFY(cdr.date >= week().from && cdr.date <= week().to);
        QCOMPARE(table->index(row, UsageReport::Number).data().toString(), cdr.number);
        QCOMPARE(table->index(row, UsageReport::Number).data(UsageReport::SimIdRole).toLongLong(),
                 cdr.number.toLongLong());
        QCOMPARE(
            table->index(row, UsageReport::TrafficMb).data(UsageReport::RawValueRole).toLongLong(),
            cdr.bytes);
        QVERIFY(cdr.sessions.has_value()); // the emulator always says
    }
    // Two runs of the same period read the same (the emulator is deterministic).
    const QVector<V2CdrRow> first = table->rows();
    QVERIFY(runAndWait(week()));
    QCOMPARE(table->rowCount(), int(first.size()));
    QCOMPARE(m_report->totalBytes(), [&] {
        qint64 sum = 0;
        for (const V2CdrRow& r : first)
            sum += r.bytes;
        return sum;
    }());
    QVERIFY(m_report->totalsText().contains(QStringLiteral("%1 SIM").arg(kSims)));
}

void TestUsageReport::run_someNumbersOnly() {
    QVERIFY(signIn());
    const QStringList all = numbers();
    QCOMPARE(all.size(), kSims);
    V2CdrQuery query = week();
    query.numbers = {all.at(0), all.at(3)};
    QVERIFY(runAndWait(query));
    QVERIFY(!m_report->error().isError());
    QCOMPARE(m_report->table()->rowCount(), 14);
    for (const V2CdrRow& row : m_report->table()->rows())
        QVERIFY(query.numbers.contains(row.number));
    QCOMPARE(m_report->query().numbers, query.numbers);
    const auto journal = m_emulator->journal();
    QVERIFY(std::any_of(journal.begin(), journal.end(), [](const auto& entry) {
        return entry.method.contains(QStringLiteral("cdr/internet"));
    }));
}

void TestUsageReport::aggregates_perDayTopAndAnomalies() {
    QVERIFY(signIn());
    V2CdrQuery query = week();
    query.to = QDate(2026, 11, 21); // three weeks: a median worth the name
    QVERIFY(runAndWait(query));
    QVERIFY(!m_report->error().isError());

    QHash<QDate, qint64> perDay;
    QHash<QString, qint64> perNumber;
    for (const V2CdrRow& row : m_report->table()->rows()) {
        perDay[row.date] += row.bytes;
        perNumber[row.number] += row.bytes;
    }
    const QVector<RA::DayTotal> days = m_report->trafficPerDay();
    QCOMPARE(days.size(), 21);
    QCOMPARE(days.first().day, query.from);
    QCOMPARE(days.last().day, query.to);
    for (const RA::DayTotal& day : days)
        QCOMPARE(day.bytes, perDay.value(day.day));

    const QVector<RA::Consumer> top = m_report->topConsumers();
    QCOMPARE(top.size(), std::min(UsageReport::kTopCount, kSims));
    QVector<qint64> sums = perNumber.values().toVector();
    std::sort(sums.begin(), sums.end(), std::greater<>());
    for (int i = 0; i < top.size(); ++i) {
        QCOMPARE(top.at(i).bytes, sums.at(i));
        QCOMPARE(top.at(i).bytes, perNumber.value(top.at(i).number));
        QCOMPARE(top.at(i).simId, top.at(i).number.toLongLong());
    }
    QCOMPARE(m_report->topConsumers(3).size(), 3);

    // Low thresholds find some; every one is at least the factor × its SIM's median.
    RA::AnomalyThresholds low;
    low.factor = 1.5;
    low.minBytes = 0;
    const QVector<RA::Anomaly> found = m_report->anomalies(low);
    QVERIFY(!found.isEmpty());
    for (const RA::Anomaly& a : found) {
        QVERIFY(a.bytes >= qint64(1.5 * double(a.medianBytes)));
        QVERIFY(a.day >= query.from && a.day <= query.to);
        QVERIFY(perNumber.contains(a.number));
    }
    // The default thresholds' anomalies are highlighted in the table, with a tooltip.
    const QVector<RA::Anomaly> defaults = m_report->anomalies();
    QCOMPARE(m_report->anomalyCount(), int(defaults.size()));
    int highlighted = 0;
    UsageReport::Table* table = m_report->table();
    for (int row = 0; row < table->rowCount(); ++row) {
        const QModelIndex traffic = table->index(row, UsageReport::TrafficMb);
        const bool anomaly = m_report->isAnomaly(table->rowAt(row));
        QCOMPARE(traffic.data(Qt::ForegroundRole).isValid(), anomaly);
        QCOMPARE(traffic.data(Qt::ToolTipRole).toString().contains(QStringLiteral("anomaly")),
                 anomaly);
        highlighted += anomaly ? 1 : 0;
    }
    QCOMPARE(highlighted, int(defaults.size()));
    RA::AnomalyThresholds impossible;
    impossible.minBytes = 1LL << 40; // a terabyte a day
    QVERIFY(m_report->anomalies(impossible).isEmpty());
}

void TestUsageReport::invalidQuery_refusedLocallyNothingSent() {
    QVERIFY(signIn());
    const int before = int(m_emulator->journal().size());
    QSignalSpy finished(m_report.get(), &UsageReport::finished);
    QSignalSpy running(m_report.get(), &UsageReport::runningChanged);
    V2CdrQuery query;
    query.from = QDate(2026, 11, 10);
    query.to = QDate(2026, 11, 1);
    query.numbers = {QStringLiteral("8800")};
    query.inn = QStringLiteral("123");
    QVERIFY(!m_report->run(query));
    QVERIFY(!m_report->isRunning());
    const auto problems = m_report->fieldProblems();
    QVERIFY(!problems.value(UsageReport::kTo).isEmpty());
    QVERIFY(!problems.value(UsageReport::kNumbers).isEmpty());
    QVERIFY(!problems.value(UsageReport::kInn).isEmpty());
    QVERIFY(!problems.contains(UsageReport::kFrom));
    query.from = QDate();
    QVERIFY(!m_report->run(query));
    QVERIFY(m_report->fieldProblems().contains(UsageReport::kFrom));
    QTest::qWait(50);
    QCOMPARE(int(m_emulator->journal().size()), before);
    QCOMPARE(finished.count(), 0);
    QCOMPARE(running.count(), 0);
    QVERIFY(!m_report->hasResult());
}

void TestUsageReport::serverFieldErrors_underTheirFields() {
    QVERIFY(signIn());
    QVERIFY(runAndWait(week()));
    const int rows = m_report->table()->rowCount();
    QVERIFY(rows > 0);

    // Well-formed, but no SIM of this operator: the server's 422 on "numbers.0".
    V2CdrQuery query = week();
    query.numbers = {QStringLiteral("79999999999")};
    QVERIFY(runAndWait(query));
    QCOMPARE(m_report->error().httpStatus, 422);
    QCOMPARE(m_report->error().kind, ApiError::Kind::Validation);
    QVERIFY(!m_report->error().refusedLocally);
    QVERIFY(!m_report->fieldProblems().value(UsageReport::kNumbers).isEmpty());
    QVERIFY(m_report->fieldProblems()
                .value(UsageReport::kNumbers)
                .contains(QStringLiteral("numbers.0")));
    QCOMPARE(m_report->table()->rowCount(), rows); // the previous rows stay

    // A period longer than the server allows: only it knows the limit.
    query = week();
    query.from = QDate(2025, 1, 1);
    query.to = QDate(2026, 11, 1);
    QVERIFY(runAndWait(query));
    QCOMPARE(m_report->error().httpStatus, 422);
    QVERIFY(!m_report->fieldProblems().value(UsageReport::kTo).isEmpty());
    QVERIFY(!m_report->fieldProblems().contains(UsageReport::kNumbers));

    // A good run clears the problems.
    QVERIFY(runAndWait(week()));
    QVERIFY(m_report->fieldProblems().isEmpty());
    QVERIFY(!m_report->error().isError());
    QCOMPARE(UsageReport::formField(QStringLiteral("numbers.12")), UsageReport::kNumbers);
    QCOMPARE(UsageReport::formField(QStringLiteral("inn")), UsageReport::kInn);
}

void TestUsageReport::revokedToken_saysSignInAgain() {
    m_client->setToken(QStringLiteral("1|revoked"));
    QSignalSpy unauthorized(m_client.get(), &ApiClient::unauthorized);
    QVERIFY(runAndWait(week()));
    QCOMPARE(m_report->error().kind, ApiError::Kind::Unauthorized);
    QVERIFY(!m_report->hasResult());
    QCOMPARE(m_report->table()->rowCount(), 0);
    QVERIFY(m_report->fieldProblems().isEmpty());
    QVERIFY(!m_report->error().userMessage().isEmpty());
    QCOMPARE(unauthorized.count(), 1);
}

void TestUsageReport::cancelAndClear_keepThenDropRows() {
    QVERIFY(signIn());
    QVERIFY(runAndWait(week()));
    const int rows = m_report->table()->rowCount();
    QSignalSpy finished(m_report.get(), &UsageReport::finished);
    V2CdrQuery longer = week();
    longer.to = QDate(2026, 11, 30);
    QVERIFY(m_report->run(longer));
    QVERIFY(m_report->isRunning());
    m_report->cancel();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().first().value<ApiError>().kind, ApiError::Kind::Cancelled);
    QVERIFY(!m_report->isRunning());
    QTest::qWait(100);
    QCOMPARE(finished.count(), 1); // the cancelled answer is not delivered late
    QCOMPARE(m_report->table()->rowCount(), rows);
    QCOMPARE(m_report->query().to, week().to);

    m_report->clear();
    QCOMPARE(m_report->table()->rowCount(), 0);
    QVERIFY(!m_report->hasResult());
    QVERIFY(m_report->trafficPerDay().isEmpty());
}

QTEST_GUILESS_MAIN(TestUsageReport)
#include "tst_usage_report.moc"
