// The Reports page on a second-operator workspace against the emulator's
// api/v2 over loopback HTTP: only the "Internet usage" kind is offered, a
// run fills the table, totals and charts (traffic per day, top 10 SIMs,
// anomalies), the SIMs selected on the SIMs page are sent as numbers, field
// problems (refused locally, nothing sent, or the server's 422) show under
// their fields, and the table exports as CSV. On a NovaConnect workspace the
// usage kind is absent.
#include "api/ApiClient.h"
#include "api/Session.h"
#include "api/v2/V2Service.h"
#include "emulator/Emulator.h"
#include "models/reports/UsageReport.h"
#include "models/workspace/AccountWorkspace.h"
#include "tests/support/DemoAppRig.h"
#include "tests/support/EmulatorFixture.h"
#include "translations/Translations.h"
#include "views/common/InlineBanner.h"
#include "views/reports/ReportCharts.h"
#include "views/reports/ReportsPage.h"

#include <QAbstractItemModelTester>
#include <QChart>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableWidget>
#include "tests/support/TestTemporaryDir.h"
#include <QTest>

#include <memory>
#include <optional>

using namespace simfleet;
using Chart = ReportCharts::Chart;

namespace {

constexpr int kSims = 30;
constexpr int kDays = 14;

} // namespace

class TestUsageReportsPage final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void secondOperator_offersOnlyTheUsageKind();
    void run_fillsTableTotalsAndCharts();
    void selectedSims_sentAsNumbers();
    void invalidFields_problemsUnderThemNothingSent();
    void serverFieldErrors_underTheirFields();
    void export_csvOfTheUsageRows();
    void novaConnect_hasNoUsageKind();

private:
    void startV2Page();
    bool runAndWait();
    int cdrRequests() const;

    std::unique_ptr<novaemu::Emulator> m_emulator;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<AccountWorkspace> m_workspace;
    std::unique_ptr<ReportsPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QVector<qint64> m_selection;
};

void TestUsageReportsPage::initTestCase() {
    DemoAppRig::prepareTestCase();
    QVERIFY(Translations::install(QStringLiteral("en")));
}

void TestUsageReportsPage::init() {
    novaemu::EmulatorConfig config = EmulatorFixture::smallFleet(20);
    config.provider = novaemu::ProviderMode::Both;
    config.v2Sims = kSims;
    m_emulator = EmulatorFixture::startEmulator(config);
    QVERIFY(m_emulator->port() != 0);
    m_selection.clear();
}

void TestUsageReportsPage::cleanup() {
    m_tester.reset();
    m_page.reset();
    m_workspace.reset();
    m_session.reset();
    m_client.reset();
    m_emulator.reset();
}

void TestUsageReportsPage::startV2Page() {
    m_client = std::make_unique<ApiClient>();
    EmulatorFixture::connectV2Client(*m_client, *m_emulator);
    QVERIFY(EmulatorFixture::signInV2(*m_client));

    m_workspace = std::make_unique<AccountWorkspace>(m_client.get());
    m_workspace->setProvider(ProviderKind::SecondOperator);
    m_page = std::make_unique<ReportsPage>(m_workspace.get());
    m_page->setSimsPageSelection([this] { return m_selection; });
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_page->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_page->resize(1280, 760);
    m_page->show();
    m_page->sessionStarted();
    const QDate last = m_workspace->reports()->lastCompleteDay();
    m_page->setRange(last.addDays(-(kDays - 1)), last);
}

bool TestUsageReportsPage::runAndWait() {
    QSignalSpy finished(m_workspace->usage(), &UsageReport::finished);
    if (!m_page->run())
        return false;
    return finished.wait(30000);
}

int TestUsageReportsPage::cdrRequests() const {
    int count = 0;
    for (const auto& entry : m_emulator->journal())
        count += entry.method.contains(QStringLiteral("cdr/internet")) ? 1 : 0;
    return count;
}

void TestUsageReportsPage::secondOperator_offersOnlyTheUsageKind() {
    startV2Page();
    QCOMPARE(m_page->kindCombo()->count(), 1);
    QVERIFY(m_page->offersUsage());
    QVERIFY(m_page->isUsageShown());
    QCOMPARE(m_page->kindCombo()->currentText(), QStringLiteral("Internet usage"));
    for (int k = 0; k < ReportsModel::kKindCount; ++k)
        QVERIFY(!m_page->offers(ReportsModel::Kind(k)));
    // All SIMs or the selected ones: the operator has no groups.
    QCOMPARE(m_page->scopeCombo()->count(), 2);
    QVERIFY(m_page->innEdit()->isVisible());
    QVERIFY(m_page->noteLabel()->text().contains(QStringLiteral("one row per SIM and day")));
    QCOMPARE(m_page->proxy()->sourceModel(), m_workspace->usage()->table());
    // A saved NovaConnect kind does not replace it.
    m_page->restoreState({{QStringLiteral("kind"), int(ReportsModel::Kind::Sessions)}});
    QVERIFY(m_page->isUsageShown());
}

void TestUsageReportsPage::run_fillsTableTotalsAndCharts() {
    startV2Page();
    QSignalSpy progress(m_page.get(), &WorkspacePage::backgroundProgress);
    QSignalSpy done(m_page.get(), &WorkspacePage::backgroundFinished);
    QVERIFY(runAndWait());
    QVERIFY(!m_workspace->usage()->error().isError());
    QVERIFY(progress.count() >= 1);
    QCOMPARE(done.count(), 1);
    QVERIFY(m_page->isTableShown());
    QCOMPARE(m_page->proxy()->rowCount(), kSims * kDays);
    QCOMPARE(m_page->proxy()->headerData(UsageReport::TrafficMb, Qt::Horizontal).toString(),
             QStringLiteral("Traffic, MB"));
    QVERIFY(m_page->totalsLabel()->text().contains(QStringLiteral("%1 SIM").arg(kSims)));
    QVERIFY(!m_page->banner()->isVisible());
    // Filter by number.
    const QString number = m_workspace->usage()->table()->rowAt(0).number;
    m_page->filterEdit()->setText(number);
    QCOMPARE(m_page->proxy()->rowCount(), kDays);
    m_page->filterEdit()->clear();

    m_page->setChartsShown(true);
    ReportCharts* charts = m_page->charts();
    QVERIFY(charts->isUsageShown());
    QCOMPARE(ReportCharts::usageCharts().size(), 4);
    charts->setChart(Chart::DailyTraffic);
    QVERIFY(charts->currentChart());
    QCOMPARE(charts->currentChart()->title(), ReportCharts::chartName(Chart::DailyTraffic));
    charts->setChart(Chart::DailyTopSims);
    QVERIFY(charts->currentChart());
    charts->setChart(Chart::UsageTop);
    QVERIFY(charts->currentChart());
    const auto top = m_workspace->usage()->topConsumers();
    QCOMPARE(top.size(), UsageReport::kTopCount);
    QVector<qint64> bottomUp;
    for (auto it = top.rbegin(); it != top.rend(); ++it)
        bottomUp << it->simId;
    QCOMPARE(charts->barSimIds(), bottomUp);
    // A top SIM opens on the SIMs page by its number.
    QSignalSpy requested(m_page.get(), &WorkspacePage::pageRequested);
    emit charts->simRequested(top.first().simId);
    QCOMPARE(requested.count(), 1);

    // Anomalies: listed with the page's thresholds.
    charts->setChart(Chart::Anomalies);
    charts->factorEdit()->setValue(1.5);
    charts->minimumEdit()->setValue(0);
    QVERIFY(!charts->factorEdit()->toolTip().isEmpty());
    ReportAggregates::AnomalyThresholds low;
    low.factor = 1.5;
    low.minBytes = 0;
    const int anomalies = int(m_workspace->usage()->anomalies(low).size());
    QVERIFY(anomalies > 0);
    QCOMPARE(charts->anomaliesTable()->rowCount(), anomalies);

    // The page renders (offscreen), and a picture when asked for one.
    charts->setChart(Chart::DailyTraffic);
    const QImage shot = m_page->grab().toImage();
    QVERIFY(!shot.isNull());
    const QString shots = qEnvironmentVariable("SIMFLEET_TEST_SHOTS");
    if (!shots.isEmpty()) {
        shot.save(shots + QStringLiteral("/usage-charts.png"));
        charts->setChart(Chart::UsageTop);
        m_page->grab().save(shots + QStringLiteral("/usage-top.png"));
        charts->setChart(Chart::Anomalies);
        m_page->grab().save(shots + QStringLiteral("/usage-anomalies.png"));
        m_page->setChartsShown(false);
        m_page->grab().save(shots + QStringLiteral("/usage-table.png"));
        // A SIM with an anomalous day: its traffic that day is highlighted.
        m_page->filterEdit()->setText(m_workspace->usage()->anomalies().value(0).number);
        m_page->grab().save(shots + QStringLiteral("/usage-table-anomaly.png"));
        m_page->filterEdit()->clear();
    }
}

void TestUsageReportsPage::selectedSims_sentAsNumbers() {
    startV2Page();
    QVERIFY(runAndWait());
    const auto& rows = m_workspace->usage()->table()->rows();
    const QString first = rows.at(0).number;
    QString second;
    for (const V2CdrRow& row : rows) {
        if (row.number != first) {
            second = row.number;
            break;
        }
    }
    m_selection = {first.toLongLong(), second.toLongLong()};
    m_page->setScope(ReportsPage::Scope::SelectedSims);
    QVERIFY(runAndWait());
    QCOMPARE(m_page->proxy()->rowCount(), 2 * kDays);
    QCOMPARE(m_workspace->usage()->query().numbers, (QStringList{first, second}));
    // An empty selection is refused under the SIMs field.
    m_selection.clear();
    const int before = cdrRequests();
    QVERIFY(!m_page->run());
    QVERIFY(m_page->fieldProblemLabel(UsageReport::kNumbers)->isVisible());
    QCOMPARE(cdrRequests(), before);
}

void TestUsageReportsPage::invalidFields_problemsUnderThemNothingSent() {
    startV2Page();
    const int before = cdrRequests();
    const QDate last = m_workspace->reports()->lastCompleteDay();
    m_page->setRange(last, last.addDays(-3));
    m_page->innEdit()->setText(QStringLiteral("123"));
    QVERIFY(!m_page->run());
    QTest::qWait(50);
    QCOMPARE(cdrRequests(), before);
    QLabel* to = m_page->fieldProblemLabel(UsageReport::kTo);
    QLabel* inn = m_page->fieldProblemLabel(UsageReport::kInn);
    QVERIFY(to->isVisible());
    QVERIFY(!to->text().isEmpty());
    QVERIFY(inn->isVisible());
    QVERIFY(inn->text().contains(QStringLiteral("10 or 12 digits")));
    QVERIFY(!m_page->fieldProblemLabel(UsageReport::kFrom)->isVisible());
    QVERIFY(m_page->banner()->isVisible());
    const QString shots = qEnvironmentVariable("SIMFLEET_TEST_SHOTS");
    if (!shots.isEmpty())
        m_page->grab().save(shots + QStringLiteral("/usage-problems.png"));
    // Changing a field clears its problem; a good run clears the rest.
    QTest::keyClicks(m_page->innEdit(), QStringLiteral("4567890"));
    QVERIFY(!inn->isVisible());
    m_page->innEdit()->clear();
    m_page->setRange(last.addDays(-3), last);
    QVERIFY(runAndWait());
    QVERIFY(!to->isVisible());
    QCOMPARE(cdrRequests(), before + 1);
}

void TestUsageReportsPage::serverFieldErrors_underTheirFields() {
    startV2Page();
    m_selection = {79999999999LL}; // well-formed, not a SIM of this operator
    m_page->setScope(ReportsPage::Scope::SelectedSims);
    QVERIFY(runAndWait());
    QCOMPARE(m_workspace->usage()->error().httpStatus, 422);
    QLabel* numbers = m_page->fieldProblemLabel(UsageReport::kNumbers);
    QVERIFY(numbers->isVisible());
    QVERIFY(numbers->text().contains(QStringLiteral("numbers.0")));
    QVERIFY(m_page->banner()->isVisible());
    QVERIFY(!m_page->isTableShown());
}

void TestUsageReportsPage::export_csvOfTheUsageRows() {
    startV2Page();
    QVERIFY(runAndWait());
    TestTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("usage.csv"));
    QVERIFY(m_page->exportTo(path, false));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines =
        QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), kSims * kDays + 1);
    QVERIFY(lines.first().contains(QStringLiteral("Number")));
    QVERIFY(lines.first().contains(QStringLiteral("Traffic, MB")));
    QVERIFY(m_page->exportTo(dir.filePath(QStringLiteral("usage.xlsx")), true));
}

void TestUsageReportsPage::novaConnect_hasNoUsageKind() {
    m_client = std::make_unique<ApiClient>();
    EmulatorFixture::connectClient(*m_client, *m_emulator, QStringLiteral("demo-admin"), true);
    m_session = std::make_unique<Session>(m_client.get());
    QSignalSpy signedIn(m_session.get(), &Session::signedIn);
    m_session->signIn();
    QVERIFY(signedIn.wait(30000));
    m_workspace = std::make_unique<AccountWorkspace>(m_client.get(), m_session.get());
    m_page = std::make_unique<ReportsPage>(m_workspace.get());
    m_page->show();
    m_page->sessionStarted();
    QCOMPARE(m_page->kindCombo()->count(), ReportsModel::kKindCount);
    QVERIFY(!m_page->offersUsage());
    QVERIFY(!m_page->showUsage());
    QVERIFY(!m_page->isUsageShown());
    QCOMPARE(m_page->kind(), ReportsModel::Kind::Daily);
    QCOMPARE(m_page->scopeCombo()->count(), 3);
    QVERIFY(!m_page->innEdit()->isVisible());
    QVERIFY(m_page->noteLabel()->text().contains(QStringLiteral("a day late")));
}

QTEST_MAIN(TestUsageReportsPage)
#include "tst_usage_reports_page.moc"
