// BillsModel over real loopback HTTP against the emulator: every bill, newest
// first, with its columns (period, dates in the provider's zone, unpaid
// highlighted, both amounts and the rate); a failed read keeps the rows
// (offline); clear() drops rows and late answers; a read-only session reads
// and sends no write request.
#include "api/ApiClient.h"
#include "models/bills/BillsModel.h"
#include "tests/support/EmulatorFixture.h"
#include "tests/support/EmulatorJournal.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace simfleet;

namespace {

constexpr int kSeedBills = 24; // the emulator's bills 5001…5024

struct Rig {
    explicit Rig(bool readOnly = false)
        : fixture(EmulatorFixture::smallFleet(10)) {
        if (readOnly)
            fixture.useUserToken();
        tester = std::make_unique<QAbstractItemModelTester>(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    }
    bool reload() {
        QSignalSpy finished(&model, &BillsModel::loadFinished);
        model.reload();
        return model.isLoading() && finished.wait(30000);
    }

    EmulatorFixture fixture;
    BillsModel model{&fixture.client()};
    std::unique_ptr<QAbstractItemModelTester> tester;
};

Bill bill(qint64 id, qint64 addedSecs, double eur, bool paid, const QString& period) {
    Bill b;
    b.id = id;
    b.added = QDateTime::fromSecsSinceEpoch(addedSecs, Qt::UTC);
    if (paid)
        b.paid = QDateTime::fromSecsSinceEpoch(addedSecs + 86400 * 5, Qt::UTC);
    b.costEur = eur;
    b.period = period;
    return b;
}

} // namespace

class TestBillsModel final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void newestFirst_byIssueDateThenId();
    void load_everyBillNewestFirst_columnsAndUnpaidHighlighted();
    void amountsByPeriod_sumsTheNewestPerPeriodOldestFirst();
    void failedRead_keepsRowsOffline();
    void clear_dropsRowsAndLateAnswers();
    void readOnlySession_readsAndSendsNoWriteRequest();
};

void TestBillsModel::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestBillsModel::newestFirst_byIssueDateThenId() {
    const QVector<Bill> sorted =
        BillsModel::newestFirst({bill(1, 1000, 1, true, {}), bill(3, 3000, 1, true, {}),
                                 bill(2, 3000, 1, true, {}), bill(4, 2000, 1, true, {})});
    QVector<qint64> ids;
    for (const Bill& b : sorted)
        ids << b.id;
    QCOMPARE(ids, (QVector<qint64>{3, 2, 4, 1}));
}

void TestBillsModel::load_everyBillNewestFirst_columnsAndUnpaidHighlighted() {
    Rig rig;
    QSignalSpy loading(&rig.model, &BillsModel::loadingChanged);
    QVERIFY(rig.reload());
    QVERIFY(rig.model.isLoaded());
    QVERIFY(!rig.model.error().isError());
    QCOMPARE(rig.model.rowCount(), kSeedBills);
    QCOMPARE(rig.model.columnCount(), int(BillsModel::ColumnCount));
    QCOMPARE(loading.size(), 2);
    QCOMPARE(rig.model.headerData(BillsModel::Number, Qt::Horizontal).toString(),
             QStringLiteral("Bill number"));

    for (int row = 1; row < rig.model.rowCount(); ++row) {
        const Bill& newer = rig.model.rowAt(row - 1);
        const Bill& older = rig.model.rowAt(row);
        QVERIFY(newer.added->toSecsSinceEpoch() >= older.added->toSecsSinceEpoch());
    }
    // The newest bill is the unpaid one, highlighted by word, weight and tint.
    const QModelIndex paid = rig.model.index(0, BillsModel::Paid);
    QCOMPARE(paid.data().toString(), QStringLiteral("Unpaid"));
    QVERIFY(paid.data(BillsModel::UnpaidRole).toBool());
    QVERIFY(paid.data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(paid.data(Qt::BackgroundRole).isValid());
    QVERIFY(!rig.model.index(1, BillsModel::Paid).data(BillsModel::UnpaidRole).toBool());
    QVERIFY(!rig.model.index(1, BillsModel::Paid).data(Qt::BackgroundRole).isValid());
    QVERIFY(rig.model.index(1, BillsModel::Paid).data().toString() != QStringLiteral("Unpaid"));

    const Bill& first = rig.model.rowAt(0);
    QCOMPARE(rig.model.index(0, BillsModel::Number).data().toString(), first.billNumber);
    QVERIFY(QRegularExpression(QStringLiteral("^\\d\\d\\.\\d{4}$"))
                .match(rig.model.index(0, BillsModel::Period).data().toString())
                .hasMatch());
    QCOMPARE(rig.model.index(0, BillsModel::Period).data(BillsModel::RawValueRole).typeId(),
             QMetaType::Int);
    const QString local = rig.model.index(0, BillsModel::AmountLocal).data().toString();
    QVERIFY2(local.endsWith(QStringLiteral("KZT")), qPrintable(local));
    QVERIFY(rig.model.index(0, BillsModel::AmountLocal)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("per €")));
    QVERIFY(rig.model.index(0, BillsModel::AmountEur).data().toString().contains(u'€'));
    QCOMPARE(rig.model.index(0, BillsModel::AmountEur).data(BillsModel::RawValueRole).toDouble(),
             first.costEur);
    QCOMPARE(rig.model.index(0, BillsModel::ExchangeRate).data().toString(),
             QStringLiteral("%1 KZT per €").arg(QLocale().toString(first.exchangeRate, 'f', 2)));
    QCOMPARE(rig.model.index(0, BillsModel::Country).data().toString(), first.country);
    QCOMPARE(rig.model.billById(first.id), &rig.model.rowAt(0));
    QCOMPARE(rig.model.index(0, 0).data(BillsModel::IdRole).toLongLong(), first.id);

    // A second read with nothing new leaves the rows alone.
    QSignalSpy reset(&rig.model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&rig.model, &QAbstractItemModel::dataChanged);
    QVERIFY(rig.reload());
    QCOMPARE(reset.size(), 0);
    QCOMPARE(changed.size(), 0);
    QCOMPARE(rig.fixture.journalCount(QStringLiteral("bill/list")), 2);
}

void TestBillsModel::amountsByPeriod_sumsTheNewestPerPeriodOldestFirst() {
    Rig rig;
    QVERIFY(rig.reload());
    const QVector<BillsModel::PeriodAmount> all = rig.model.amountsByPeriod(24);
    double total = 0, expected = 0;
    for (const BillsModel::PeriodAmount& a : all)
        total += a.amountEur;
    for (const Bill& b : rig.model.rows())
        expected += b.costEur;
    QVERIFY(qFuzzyCompare(total, expected));
    QVERIFY(all.last().unpaid); // the newest period last
    QCOMPARE(all.last().period, rig.model.rowAt(0).periodText(rig.model.providerZone()));

    const QVector<BillsModel::PeriodAmount> twelve = rig.model.amountsByPeriod(12);
    QVERIFY(twelve.size() <= 12);
    QCOMPARE(twelve.last().period, all.last().period);
}

void TestBillsModel::failedRead_keepsRowsOffline() {
    Rig rig;
    QVERIFY(rig.reload());
    rig.fixture.stopEmulator();
    QVERIFY(rig.reload());
    QVERIFY(rig.model.error().isError());
    QCOMPARE(rig.model.rowCount(), kSeedBills);
    QVERIFY(rig.model.isOffline());
}

void TestBillsModel::clear_dropsRowsAndLateAnswers() {
    Rig rig;
    QVERIFY(rig.reload());
    rig.fixture.emulator().setLatencyMs(300);
    rig.model.reload();
    QVERIFY(rig.model.isLoading());
    rig.model.clear();
    QCOMPARE(rig.model.rowCount(), 0);
    QVERIFY(!rig.model.isLoaded());
    QVERIFY(!rig.model.isLoading());
    QTest::qWait(600);
    QCOMPARE(rig.model.rowCount(), 0);
}

void TestBillsModel::readOnlySession_readsAndSendsNoWriteRequest() {
    Rig rig(true);
    QVERIFY(rig.reload());
    QCOMPARE(rig.model.rowCount(), kSeedBills);
    QCOMPARE(rig.fixture.journal(QStringLiteral("bill/list")).first().role, QStringLiteral("user"));
    QCOMPARE(EmulatorJournal::writeRequests(rig.fixture.emulator()), 0);
}

QTEST_MAIN(TestBillsModel)
#include "tst_bills_model.moc"
