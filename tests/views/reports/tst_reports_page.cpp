// The Reports page against an in-process emulator: a run shows the rows with
// totals, filter and sorting, progress and Cancel through the page's
// background signals; the scope (all, SIMs selected on the SIMs page,
// groups) as sent; the states (not run, error with Retry, offline); every
// chart rendered offscreen to a non-empty PNG; a top consumer opening the SIM
// on the SIMs page; and a read-only session that runs every report and chart
// and sends no write request.
#include "api/ApiClient.h"
#include "api/Session.h"
#include "emulator/Emulator.h"
#include "models/reports/ReportAggregates.h"
#include "models/reports/ReportsModel.h"
#include "models/workspace/AccountWorkspace.h"
#include "tests/support/DemoAppRig.h"
#include "tests/support/EmulatorFixture.h"
#include "tests/support/EmulatorJournal.h"
#include "translations/Translations.h"
#include "views/common/EmptyState.h"
#include "views/common/InlineBanner.h"
#include "views/common/Theme.h"
#include "views/reports/ReportCharts.h"
#include "views/reports/ReportsPage.h"
#include "views/sims/SimsPage.h"

#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QAbstractItemModelTester>
#include <QBarSet>
#include <QChart>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFile>
#include <QHorizontalBarSeries>
#include <QImage>
#include <QJsonArray>
#include <QLabel>
#include <QLegend>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStackedBarSeries>
#include <QTableView>
#include <QTableWidget>
#include "tests/support/TestTemporaryDir.h"
#include <QTest>

#include <memory>

using namespace simfleet;
using Kind = ReportsModel::Kind;

class TestReportsPage final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void run_showsRowsTotalsFilterAndProgress();
    void scope_selectedSimsAndGroupsAsSent();
    void states_notRunErrorWithRetryAndOffline();
    void cancel_fromTheStatusBar();
    void export_csvAndXlsxAsShown();
    void charts_everyChartRendersToPng();
    void charts_followALiveThemeSwitch();
    void topConsumer_clickOpensTheSim();
    void dailyTopSims_stackedPerDayClickOpensTheSim();
    void readOnly_runsEverythingSendsNoWrite();

private:
    void startPage(const QString& token);
    bool runAndWait(Kind kind);

    std::unique_ptr<novaemu::Emulator> m_emulator;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<AccountWorkspace> m_workspace;
    std::unique_ptr<ReportsPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestReportsPage::initTestCase() {
    DemoAppRig::prepareTestCase();
    QVERIFY(Translations::install(QStringLiteral("en")));
}

void TestReportsPage::init() {
    m_emulator = EmulatorFixture::startEmulator(EmulatorFixture::smallFleet(30));
    QVERIFY(m_emulator->port() != 0);
}

void TestReportsPage::cleanup() {
    m_tester.reset();
    m_page.reset();
    m_workspace.reset();
    m_session.reset();
    m_client.reset();
    m_emulator.reset();
}

void TestReportsPage::startPage(const QString& token) {
    m_client = std::make_unique<ApiClient>();
    EmulatorFixture::connectClient(*m_client, *m_emulator, token, true);
    m_session = std::make_unique<Session>(m_client.get());
    QSignalSpy signedIn(m_session.get(), &Session::signedIn);
    m_session->signIn();
    QVERIFY(signedIn.wait(30000));
    m_workspace = std::make_unique<AccountWorkspace>(m_client.get(), m_session.get());
    m_page = std::make_unique<ReportsPage>(m_workspace.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_page->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_page->setWriteAccess(m_session->isReadOnly()
                               ? WriteAccess::denied(QStringLiteral("read-only"))
                               : WriteAccess::granted());
    m_page->resize(1200, 700);
    m_page->show();
    m_page->sessionStarted();
    const QDate last = m_workspace->reports()->lastCompleteDay();
    m_page->setRange(last.addDays(-13), last);
}

bool TestReportsPage::runAndWait(Kind kind) {
    m_page->setKind(kind);
    QSignalSpy finished(m_workspace->reports(), &ReportsModel::finished);
    if (!m_page->run())
        return false;
    return finished.wait(60000) && !m_workspace->reports()->error(kind).isError();
}

void TestReportsPage::run_showsRowsTotalsFilterAndProgress() {
    startPage(QStringLiteral("demo-admin"));
    QVERIFY(!m_page->isTableShown()); // nothing run yet
    QVERIFY(m_page->emptyState()->actionButton()->isVisible());
    QVERIFY(m_page->noteLabel()->text().contains(QStringLiteral("a day late")));
    QCOMPARE(m_page->toEdit()->maximumDate(), m_workspace->reports()->lastCompleteDay());

    QSignalSpy progress(m_page.get(), &WorkspacePage::backgroundProgress);
    QSignalSpy done(m_page.get(), &WorkspacePage::backgroundFinished);
    QVERIFY(runAndWait(Kind::Daily));
    QVERIFY(!progress.isEmpty());
    QCOMPARE(done.size(), 1);
    QVERIFY(m_page->isTableShown());
    const int rows = m_page->proxy()->rowCount();
    QVERIFY(rows > 0);
    const ReportTotals totals = m_workspace->reports()->totals(Kind::Daily);
    QVERIFY(m_page->totalsLabel()->text().contains(ReportsModel::bytesText(totals.bytes)));
    QVERIFY(m_page->totalsLabel()->text().contains(ReportsModel::costText(totals.costEur)));

    // Sorting by traffic, biggest first.
    m_page->table()->sortByColumn(ReportsModel::DailyTraffic, Qt::DescendingOrder);
    const qint64 first = m_page->proxy()
                             ->index(0, ReportsModel::DailyTraffic)
                             .data(ReportsModel::RawValueRole)
                             .toLongLong();
    const qint64 second = m_page->proxy()
                              ->index(1, ReportsModel::DailyTraffic)
                              .data(ReportsModel::RawValueRole)
                              .toLongLong();
    QVERIFY(first >= second);
    // The instant filter by ICCID.
    const QString iccid = m_page->proxy()->index(0, ReportsModel::DailyIccid).data().toString();
    m_page->filterEdit()->setText(iccid);
    QVERIFY(m_page->proxy()->rowCount() > 0);
    QVERIFY(m_page->proxy()->rowCount() < rows);
    m_page->filterEdit()->setText(QStringLiteral("no-such-sim-anywhere"));
    QCOMPARE(m_page->proxy()->rowCount(), 0);
    QVERIFY(!m_page->isTableShown());
    QCOMPARE(m_page->emptyState()->actionButton()->text(), QStringLiteral("Clear filter"));
    m_page->emptyState()->actionButton()->click();
    QCOMPARE(m_page->proxy()->rowCount(), rows);

    // Another report shows its own table; the first keeps its rows.
    QVERIFY(runAndWait(Kind::CallsAndSms));
    QVERIFY(m_page->totalsLabel()->text().contains(QStringLiteral("incoming SMS")));
    m_page->setKind(Kind::Daily);
    QCOMPARE(m_page->proxy()->rowCount(), rows);
}

void TestReportsPage::scope_selectedSimsAndGroupsAsSent() {
    startPage(QStringLiteral("demo-admin"));
    QVector<qint64> selected;
    m_page->setSimsPageSelection([&selected] { return selected; });
    m_page->setScope(ReportsPage::Scope::SelectedSims);
    // Nothing selected: refused with a reason, nothing sent.
    QVERIFY(!m_page->run());
    QVERIFY(m_page->banner()->isVisible());
    QCOMPARE(EmulatorJournal::entries(*m_emulator, QStringLiteral("report/day")).size(), 0);

    const QVector<Sim> fleet = EmulatorFixture::fetchFleet(*m_client);
    QVERIFY(fleet.size() >= 3);
    selected = {fleet.at(1).id, fleet.at(2).id};
    QVERIFY(runAndWait(Kind::Daily));
    auto sent = EmulatorJournal::entries(*m_emulator, QStringLiteral("report/day"));
    QCOMPARE(sent.last().body.value(QStringLiteral("select")).toArray(),
             (QJsonArray{QStringLiteral("s_%1").arg(fleet.at(1).id),
                         QStringLiteral("s_%1").arg(fleet.at(2).id)}));
    for (const DayReportRow& row : m_workspace->reports()->daily()->rows())
        QVERIFY(selected.contains(row.simId));

    m_page->setScope(ReportsPage::Scope::Groups);
    QVERIFY(!m_page->run()); // no group chosen
    m_page->setCheckedGroups({3, 1});
    m_page->run();
    QTRY_VERIFY_WITH_TIMEOUT(!m_workspace->reports()->isRunning(), 30000);
    sent = EmulatorJournal::entries(*m_emulator, QStringLiteral("report/day"));
    QCOMPARE(sent.last().body.value(QStringLiteral("select")).toArray(),
             (QJsonArray{QStringLiteral("g_1"), QStringLiteral("g_3")}));
}

void TestReportsPage::states_notRunErrorWithRetryAndOffline() {
    startPage(QStringLiteral("demo-admin"));
    QVERIFY(runAndWait(Kind::Sessions));
    QVERIFY(m_page->isTableShown());
    const int rows = m_page->proxy()->rowCount();
    // NovaConnect gone: the rows stay, a banner says why with Retry.
    m_emulator.reset();
    m_page->setKind(Kind::Sessions);
    QSignalSpy finished(m_workspace->reports(), &ReportsModel::finished);
    QVERIFY(m_page->run());
    QVERIFY(finished.wait(60000));
    QVERIFY(m_workspace->reports()->error(Kind::Sessions).isError());
    QVERIFY(m_workspace->reports()->isOffline(Kind::Sessions));
    QCOMPARE(m_page->proxy()->rowCount(), rows);
    QVERIFY(m_page->banner()->isVisible());
    // A report never read shows the error in place of the table, with Retry.
    m_page->setKind(Kind::CallsAndSms);
    QVERIFY(m_page->run());
    QVERIFY(finished.wait(60000));
    QVERIFY(!m_page->isTableShown());
    QCOMPARE(m_page->emptyState()->titleLabel()->text(), QStringLiteral("Offline"));
    QCOMPARE(m_page->emptyState()->actionButton()->text(), QStringLiteral("Retry"));
}

void TestReportsPage::cancel_fromTheStatusBar() {
    startPage(QStringLiteral("demo-admin"));
    QSignalSpy done(m_page.get(), &WorkspacePage::backgroundFinished);
    const QDate last = m_workspace->reports()->lastCompleteDay();
    m_page->setRange(last.addDays(-90), last);
    m_page->setKind(Kind::Sessions);
    QVERIFY(m_page->run());
    QVERIFY(m_page->cancelButton()->isEnabled());
    m_page->cancelBackgroundWork();
    QVERIFY(!m_workspace->reports()->isRunning());
    QCOMPARE(done.size(), 1);
    QVERIFY(!m_page->cancelButton()->isEnabled());
    QVERIFY(!m_page->banner()->isVisible()); // a cancel is no error
}

void TestReportsPage::export_csvAndXlsxAsShown() {
    startPage(QStringLiteral("demo-user"));
    QVERIFY(!m_page->exportButton()->isEnabled());
    QVERIFY(runAndWait(Kind::Daily));
    QVERIFY(m_page->exportButton()->isEnabled());
    const QString iccid = m_page->proxy()->index(0, ReportsModel::DailyIccid).data().toString();
    m_page->filterEdit()->setText(iccid);
    const int shown = m_page->proxy()->rowCount();
    TestTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("report.csv"));
    QVERIFY(m_page->exportTo(csv, false));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), shown + 1); // the header and the rows shown
    QVERIFY(lines.first().contains(QStringLiteral("Traffic")));
    QVERIFY(lines.at(1).contains(iccid));
    const QString xlsx = dir.filePath(QStringLiteral("report.xlsx"));
    QVERIFY(m_page->exportTo(xlsx, true));
    QFile workbook(xlsx);
    QVERIFY(workbook.open(QIODevice::ReadOnly));
    QCOMPARE(workbook.read(2), QByteArray("PK"));
    // A file that cannot be written: the reason in the banner.
    QVERIFY(!m_page->exportTo(dir.filePath(QStringLiteral("no/such/dir/r.csv")), false));
    QVERIFY(m_page->banner()->isVisible());
    QCOMPARE(EmulatorJournal::writeMethods(*m_emulator), QStringList());
}

void TestReportsPage::charts_followALiveThemeSwitch() {
    startPage(QStringLiteral("demo-admin"));
    QVERIFY(runAndWait(Kind::Daily));
    m_page->setChartsShown(true);
    ReportCharts* charts = m_page->charts();
    charts->setChart(ReportCharts::Chart::DailyTopSims);
    auto check = [charts](const QPalette& palette) {
        QChart* chart = charts->currentChart();
        QVERIFY(chart);
        QCOMPARE(chart->backgroundBrush().color(), palette.color(QPalette::Base));
        QCOMPARE(chart->titleBrush().color(), palette.color(QPalette::Text));
        QCOMPARE(chart->legend()->labelColor(), palette.color(QPalette::Text));
        for (QAbstractAxis* axis : chart->axes())
            QCOMPARE(axis->labelsBrush().color(), palette.color(QPalette::Text));
        auto* bars = qobject_cast<QAbstractBarSeries*>(chart->series().first());
        QVERIFY(bars);
        QCOMPARE(bars->barSets().first()->color(), Theme::seriesColours(palette).first());
    };
    Theme::apply(Theme::Mode::Dark);
    check(Theme::darkPalette());
    // Another chart drawn while dark is dark too.
    charts->setChart(ReportCharts::Chart::TopByTraffic);
    QCOMPARE(charts->currentChart()->backgroundBrush().color(),
             Theme::darkPalette().color(QPalette::Base));
    charts->setChart(ReportCharts::Chart::DailyTopSims);
    Theme::apply(Theme::Mode::Light);
    check(Theme::lightPalette());
    Theme::apply(Theme::Mode::System);
}

void TestReportsPage::charts_everyChartRendersToPng() {
    startPage(QStringLiteral("demo-admin"));
    TestTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (Kind kind : {Kind::Daily, Kind::Sessions, Kind::CallsAndSms}) {
        QVERIFY(runAndWait(kind));
        m_page->setChartsShown(true);
        ReportCharts* charts = m_page->charts();
        for (ReportCharts::Chart chart : ReportCharts::chartsOf(kind)) {
            charts->setChart(chart);
            QCOMPARE(charts->chart(), chart);
            if (chart == ReportCharts::Chart::Anomalies) {
                // Thresholds low enough for the emulator's traffic to show some.
                charts->factorEdit()->setValue(1.5);
                charts->minimumEdit()->setValue(0);
                QVERIFY(charts->anomaliesTable()->rowCount() > 0);
            } else {
                QVERIFY2(charts->currentChart(), qPrintable(ReportCharts::chartName(chart)));
                QVERIFY(!charts->currentChart()->series().isEmpty());
                QVERIFY(charts->currentChart()->legend()->isVisible());
            }
            const QString path = dir.filePath(QStringLiteral("chart%1.png").arg(int(chart)));
            QVERIFY(charts->savePng(path));
            const QImage image(path);
            QVERIFY(!image.isNull());
            QVERIFY(image.width() > 100 && image.height() > 100);
            const QString svg = dir.filePath(QStringLiteral("chart%1.svg").arg(int(chart)));
            QVERIFY(charts->saveSvg(svg));
            QFile drawing(svg);
            QVERIFY(drawing.open(QIODevice::ReadOnly));
            QVERIFY(drawing.readAll().contains("<svg"));
        }
        m_page->setChartsShown(false);
    }
}

void TestReportsPage::topConsumer_clickOpensTheSim() {
    startPage(QStringLiteral("demo-admin"));
    QVERIFY(runAndWait(Kind::Daily));
    m_page->setChartsShown(true);
    m_page->charts()->setChart(ReportCharts::Chart::TopByTraffic);
    const QVector<qint64> bars = m_page->charts()->barSimIds();
    QVERIFY(!bars.isEmpty());
    QVERIFY(bars.size() <= 20);
    auto* series = qobject_cast<QHorizontalBarSeries*>(
        m_page->charts()->currentChart()->series().constFirst());
    QVERIFY(series);
    QSignalSpy requested(m_page.get(), &WorkspacePage::pageRequested);
    emit series->clicked(int(bars.size()) - 1, series->barSets().constFirst());
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.first().at(0).toString(), SimsPage::staticPageId());
    QCOMPARE(requested.first().at(1).toMap(), SimsPage::selectionRequest({bars.last()}));
}

void TestReportsPage::dailyTopSims_stackedPerDayClickOpensTheSim() {
    startPage(QStringLiteral("demo-admin"));
    QVERIFY(runAndWait(Kind::Daily));
    m_page->setChartsShown(true);
    m_page->charts()->setChart(ReportCharts::Chart::DailyTopSims);
    auto* series =
        qobject_cast<QStackedBarSeries*>(m_page->charts()->currentChart()->series().constFirst());
    QVERIFY(series);
    const QList<QBarSet*> sets = series->barSets();
    QVERIFY(!sets.isEmpty());
    QVERIFY(sets.size() <= ReportCharts::kStackedCount + 1);
    const ReportQuery& query = m_page->model()->query(Kind::Daily);
    QCOMPARE(sets.first()->count(), int(query.start.daysTo(query.end) + 1));
    // The biggest SIM is the first set and a click on it opens that SIM.
    const auto top = ReportAggregates::topConsumers(m_page->model()->daily()->rows(),
                                                    ReportAggregates::RankBy::Traffic, 1);
    QCOMPARE(top.size(), 1);
    QSignalSpy requested(m_page.get(), &WorkspacePage::pageRequested);
    emit series->clicked(0, sets.first());
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.first().at(1).toMap(), SimsPage::selectionRequest({top.first().simId}));
    // "All other SIMs" opens nothing.
    if (sets.size() == ReportCharts::kStackedCount + 1) {
        emit series->clicked(0, sets.last());
        QCOMPARE(requested.size(), 1);
    }
}

void TestReportsPage::readOnly_runsEverythingSendsNoWrite() {
    startPage(QStringLiteral("demo-user"));
    QVERIFY(m_session->isReadOnly());
    for (Kind kind : {Kind::Daily, Kind::Sessions, Kind::CallsAndSms}) {
        QVERIFY(runAndWait(kind));
        QVERIFY(m_page->runButton()->isEnabled());
        QVERIFY(m_page->isTableShown());
        m_page->setChartsShown(true);
        for (ReportCharts::Chart chart : ReportCharts::chartsOf(kind))
            m_page->charts()->setChart(chart);
        m_page->setChartsShown(false);
    }
    m_page->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!m_workspace->reports()->isRunning(), 30000);
    QCOMPARE(EmulatorJournal::writeMethods(*m_emulator), QStringList());
    QVERIFY(!EmulatorJournal::entries(*m_emulator, QStringLiteral("report/call_sms")).isEmpty());
}

QTEST_MAIN(TestReportsPage)
#include "tst_reports_page.moc"
