// What the Home page shows: provider money strings in the interface's
// format, the company and the newest bill read over loopback HTTP from the
// emulator (postpaid and prepaid, offline after a failure), the jobs still in
// progress, and the near-limit figure agreeing with its filter.
#include "api/AccountService.h"
#include "models/fleet/FleetCounts.h"
#include "models/fleet/FleetFilter.h"
#include "models/fleet/SavedFilters.h"
#include "models/home/ActiveJobsModel.h"
#include "models/home/CompanyInfo.h"
#include "models/home/LatestBill.h"
#include "models/home/MoneyText.h"
#include "models/jobs/JobListModel.h"
#include "tests/support/EmulatorFixture.h"
#include "tests/support/SimBuilders.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace simfleet;

Q_DECLARE_METATYPE(std::optional<double>)

class TestHomeModels final : public QObject {
    Q_OBJECT

private slots:
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void moneyText_readsProviderStrings_data();
    void moneyText_readsProviderStrings();
    void moneyText_display_followsTheInterfaceLocale();

    void companyInfo_postpaid_showsPreliminaryBalance();
    void companyInfo_prepaid_hasNoPreliminaryBalance();
    void companyInfo_setCompany_sendsNothing();

    void latestBill_isTheNewestOfEveryPage();
    void latestBill_newest_ignoresTheListOrder();
    void latestBill_failureAfterARead_isOfflineAndKeepsTheBill();

    void activeJobs_listsUnfinishedJobsOnly();
    void fleetCounts_nearLimit_equalsTheFilter();
};

void TestHomeModels::moneyText_readsProviderStrings_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<std::optional<double>>("value");
    QTest::addColumn<QString>("currency");
    const std::optional<double> none;
    QTest::newRow("provider's own")
        << QStringLiteral("-1 245,30 €") << std::optional(-1245.30) << QStringLiteral("€");
    QTest::newRow("no-break spaces")
        << QStringLiteral("12\u00a0345,5\u00a0€") << std::optional(12345.5) << QStringLiteral("€");
    QTest::newRow("sign first") << QStringLiteral("€1,245.30") << std::optional(1245.30)
                                << QStringLiteral("€");
    QTest::newRow("minus before sign")
        << QStringLiteral("-€7.10") << std::optional(-7.10) << QStringLiteral("€");
    QTest::newRow("code") << QStringLiteral("12.50 EUR") << std::optional(12.5)
                          << QStringLiteral("EUR");
    QTest::newRow("zero") << QStringLiteral("0,00 €") << std::optional(0.0) << QStringLiteral("€");
    QTest::newRow("minus zero") << QStringLiteral("-0,00 €") << std::optional(0.0)
                                << QStringLiteral("€");
    QTest::newRow("plain number") << QStringLiteral("42") << std::optional(42.0) << QString();
    QTest::newRow("thousand or decimal?") << QStringLiteral("1,245 €") << none << QString();
    QTest::newRow("two decimal commas") << QStringLiteral("1,2,3 €") << none << QString();
    QTest::newRow("sign on both sides") << QStringLiteral("€ 5 €") << none << QString();
    QTest::newRow("text") << QStringLiteral("n/a") << none << QString();
    QTest::newRow("empty") << QString() << none << QString();
}

void TestHomeModels::moneyText_readsProviderStrings() {
    QFETCH(QString, text);
    QFETCH(std::optional<double>, value);
    QFETCH(QString, currency);
    const std::optional<MoneyText::Amount> amount = MoneyText::parse(text);
    QCOMPARE(amount.has_value(), value.has_value());
    if (!value)
        return;
    QVERIFY2(qAbs(amount->value - *value) < 1e-9, qPrintable(QString::number(amount->value)));
    QVERIFY(!std::signbit(amount->value) || amount->value != 0);
    QCOMPARE(amount->currency, currency);
}

void TestHomeModels::moneyText_display_followsTheInterfaceLocale() {
    const QString sent = QStringLiteral("-1 245,30 €");
    for (const QLocale& locale : {QLocale(QLocale::English, QLocale::UnitedStates),
                                  QLocale(QLocale::Russian, QLocale::Russia)}) {
        QLocale::setDefault(locale);
        QCOMPARE(MoneyText::display(sent),
                 locale.negativeSign() + locale.toCurrencyString(1245.30, QStringLiteral("€"), 2));
        QCOMPARE(MoneyText::display(QStringLiteral("1 245,30 €")),
                 locale.toCurrencyString(1245.30, QStringLiteral("€"), 2));
    }
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    // Not the accounting "(€1,245.30)" of the English currency format.
    QCOMPARE(MoneyText::display(sent), QStringLiteral("-€1,245.30"));
    QCOMPARE(MoneyText::display(QStringLiteral("12.5 KZT")), QStringLiteral("12.50\u00a0KZT"));
    // What cannot be read without a guess is shown as sent.
    QCOMPARE(MoneyText::display(QStringLiteral(" 1,245 € ")), QStringLiteral("1,245 €"));
}

namespace {

bool reloadCompany(CompanyInfo& company) {
    QSignalSpy changed(&company, &CompanyInfo::changed);
    company.reload();
    return QTest::qWaitFor([&] { return !company.load().loading; }, 30000);
}

bool reloadBill(LatestBill& bill) {
    bill.reload();
    return QTest::qWaitFor([&] { return !bill.load().loading; }, 30000);
}

} // namespace

void TestHomeModels::companyInfo_postpaid_showsPreliminaryBalance() {
    EmulatorFixture emulator;
    QVERIFY(emulator.isListening());
    CompanyInfo company(&emulator.client());
    QVERIFY(reloadCompany(company));
    QVERIFY(company.load().loaded);
    QVERIFY(!company.load().failed());
    QCOMPARE(company.company().name, QStringLiteral("ACME Logistics LLP"));
    QCOMPARE(company.company().billing, Company::Billing::Postpaid);
    QVERIFY(!company.company().preliminaryBalance.isEmpty());
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    // The provider's "-24,50 €" in the interface's format.
    QVERIFY2(company.balanceText().startsWith(QStringLiteral("-€")),
             qPrintable(company.balanceText()));
    QVERIFY2(company.preliminaryBalanceText().startsWith(QStringLiteral("-€")),
             qPrintable(company.preliminaryBalanceText()));
    QCOMPARE(company.overdraftText(), QStringLiteral("€0.00"));
}

void TestHomeModels::companyInfo_prepaid_hasNoPreliminaryBalance() {
    novaemu::EmulatorConfig config = EmulatorFixture::smallFleet();
    config.prepaid = true;
    EmulatorFixture emulator(config);
    QVERIFY(emulator.isListening());
    CompanyInfo company(&emulator.client());
    QVERIFY(reloadCompany(company));
    QCOMPARE(company.company().billing, Company::Billing::Prepaid);
    QVERIFY(company.company().isPrepaid());
    QVERIFY(company.company().preliminaryBalance.isEmpty());
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY2(company.balanceText().startsWith(QStringLiteral("€")),
             qPrintable(company.balanceText()));
}

void TestHomeModels::companyInfo_setCompany_sendsNothing() {
    EmulatorFixture emulator;
    CompanyInfo company(&emulator.client());
    Company known;
    known.id = 7;
    known.name = QStringLiteral("Known");
    QSignalSpy changed(&company, &CompanyInfo::changed);
    company.setCompany(known);
    QCOMPARE(changed.count(), 1);
    QVERIFY(company.load().loaded);
    QCOMPARE(company.company().name, QStringLiteral("Known"));
    QTest::qWait(50);
    QCOMPARE(emulator.journalCount(QStringLiteral("company/get")), 0);
    company.clear();
    QVERIFY(!company.load().loaded);
    QVERIFY(company.company().name.isEmpty());
}

void TestHomeModels::latestBill_isTheNewestOfEveryPage() {
    EmulatorFixture emulator;
    LatestBill bill(&emulator.client());
    QVERIFY(reloadBill(bill));
    QVERIFY(bill.load().loaded);
    QVERIFY(bill.bill());
    // The emulator's 24 bills are 5001…5024, the last one issued last and unpaid.
    QCOMPARE(bill.bill()->id, qint64(5024));
    QVERIFY(!bill.bill()->isPaid());
    QVERIFY(!bill.periodText().isEmpty());
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY2(bill.amountText().endsWith(QStringLiteral("\u00a0KZT")),
             qPrintable(bill.amountText()));
    QVERIFY(emulator.journalCount(QStringLiteral("bill/list")) >= 1);
}

void TestHomeModels::latestBill_newest_ignoresTheListOrder() {
    QVERIFY(!LatestBill::newest({}));
    const auto bill = [](qint64 id, qint64 added) {
        Bill b;
        b.id = id;
        if (added > 0)
            b.added = QDateTime::fromSecsSinceEpoch(added);
        return b;
    };
    QCOMPARE(LatestBill::newest({bill(1, 100), bill(3, 300), bill(2, 200)})->id, qint64(3));
    QCOMPARE(LatestBill::newest({bill(3, 300), bill(1, 100)})->id, qint64(3));
    // Same date: the higher id; no date at all is the oldest.
    QCOMPARE(LatestBill::newest({bill(4, 300), bill(5, 300), bill(9, 0)})->id, qint64(5));
}

void TestHomeModels::latestBill_failureAfterARead_isOfflineAndKeepsTheBill() {
    EmulatorFixture emulator;
    LatestBill bill(&emulator.client());
    QVERIFY(reloadBill(bill));
    QVERIFY(bill.bill());
    QVERIFY(!bill.load().offline());
    emulator.stopEmulator();
    QVERIFY(reloadBill(bill));
    QVERIFY(bill.load().failed());
    QVERIFY(bill.load().offline());
    QVERIFY(bill.bill());
    QCOMPARE(bill.bill()->id, qint64(5024));

    // Without a read before, a failure is an error, not "offline".
    LatestBill fresh(&emulator.client());
    QVERIFY(reloadBill(fresh));
    QVERIFY(fresh.load().failed());
    QVERIFY(!fresh.load().offline());
    QVERIFY(!fresh.bill());
}

void TestHomeModels::activeJobs_listsUnfinishedJobsOnly() {
    JobListModel jobs;
    ActiveJobsModel active(&jobs);
    QAbstractItemModelTester tester(&active,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(active.columnCount(), int(ActiveJobsModel::ColumnCount));

    const auto job = [](qint64 id, SimOutcome outcome) {
        BulkJob j;
        j.id = id;
        j.created = QDateTime::currentDateTime().addSecs(-id);
        BulkChunk chunk;
        chunk.simIds = {1};
        chunk.state = outcome == SimOutcome::Pending ? ChunkState::Pending : ChunkState::Accepted;
        j.chunks = {chunk};
        SimResult sim;
        sim.simId = 1;
        sim.chunk = 0;
        sim.outcome = outcome;
        j.sims.insert(1, sim);
        return j;
    };
    jobs.setJobs(
        {job(1, SimOutcome::Done), job(2, SimOutcome::Pending), job(3, SimOutcome::Queued)});
    QCOMPARE(active.rowCount(), 2);
    QSet<qint64> shown{active.jobIdAt(0), active.jobIdAt(1)};
    QCOMPARE(shown, (QSet<qint64>{2, 3}));
    QCOMPARE(active.headerData(ActiveJobsModel::Operation, Qt::Horizontal),
             jobs.headerData(JobListModel::Operation, Qt::Horizontal));
    QCOMPARE(active.headerData(ActiveJobsModel::Started, Qt::Horizontal),
             jobs.headerData(JobListModel::Started, Qt::Horizontal));
    QCOMPARE(active.headerData(ActiveJobsModel::Progress, Qt::Horizontal),
             jobs.headerData(JobListModel::Progress, Qt::Horizontal));

    // A job that finishes leaves the list; a new one joins it.
    jobs.updateJob(job(3, SimOutcome::Done));
    QCOMPARE(active.rowCount(), 1);
    QCOMPARE(active.jobIdAt(0), qint64(2));
    jobs.updateJob(job(4, SimOutcome::Pending));
    QCOMPARE(active.rowCount(), 2);
    jobs.clear();
    QCOMPARE(active.rowCount(), 0);
}

void TestHomeModels::fleetCounts_nearLimit_equalsTheFilter() {
    QVector<Sim> sims;
    const auto withLimit = [&](qint64 id, LimitType type, std::optional<qint64> value,
                               double used) {
        Sim sim = makeSim(id);
        sim.limit.type = type;
        sim.limit.valueMb = value;
        sim.limit.usedMb = used;
        sims.append(sim);
    };
    withLimit(1, LimitType::Month, 100, 79.9);         // not yet
    withLimit(2, LimitType::Month, 100, 80);           // near
    withLimit(3, LimitType::PackageNoRenew, 50, 50);   // reached
    withLimit(4, LimitType::PackageAutoRenew, 50, 75); // over
    withLimit(5, LimitType::Off, 100, 99);             // no limit set
    withLimit(6, LimitType::Month, std::nullopt, 500); // no value
    withLimit(7, LimitType::Month, 0, 5);              // zero: no limit
    const FleetCounts counts = FleetCounts::of(sims);
    QCOMPARE(counts.nearLimit, 3);
    FleetFilter filter;
    filter.nearLimit = true;
    QSet<qint64> matched;
    for (const Sim& sim : std::as_const(sims)) {
        if (filter.matchesCriteria(sim))
            matched.insert(sim.id);
    }
    QCOMPARE(matched, (QSet<qint64>{2, 3, 4}));
    QVERIFY(!filter.isEmpty());
    // It travels to the SIMs page (SimsPage::filterRequest) as saved-filter JSON.
    QCOMPARE(SavedFilters::filterFromJson(SavedFilters::filterToJson(filter)), filter);
    QVERIFY(!SavedFilters::filterFromJson(SavedFilters::filterToJson(FleetFilter{})).nearLimit);
}

QTEST_GUILESS_MAIN(TestHomeModels)
#include "tst_home_models.moc"
