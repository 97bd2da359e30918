// BillsModel over real loopback HTTP against the emulator: every bill, newest
// first, with its columns (period, dates in the provider's zone, unpaid
// highlighted, both amounts and the rate); a failed read keeps the rows
// (offline); clear() drops rows and late answers; a read-only session reads
// and sends no write request.
#include "api/ApiClient.h"
#include "models/bills/BillDownloads.h"
#include "models/bills/BillFileName.h"
#include "models/bills/BillsModel.h"
#include "tests/support/EmulatorFixture.h"
#include "tests/support/EmulatorJournal.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QFont>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include "tests/support/TestTemporaryDir.h"
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
        b.paid = QDateTime::fromSecsSinceEpoch(addedSecs + qint64(86400) * 5, Qt::UTC);
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
    void fileName_hostileNamesMadeSafe();
    void downloads_invoiceAndTranscript_validFilesWithProgress();
    void downloads_cancelMidway_leavesNoFile();
    void downloads_failureInTheMiddle_leavesNoFileKeepsOldAndSaysWhy();
    void downloads_readOnlySession_sendsNoWriteRequest();
    void downloads_namesThatMeetOnceSafeOrCaseAside_laterOneNotDownloaded();

private:
    static bool runDownloads(BillDownloads& downloads, const QVector<BillDownloads::File>& files);
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

void TestBillsModel::fileName_hostileNamesMadeSafe() {
    const QString hostile[] = {
        QStringLiteral("../../etc/passwd"),
        QStringLiteral("..\\..\\Windows\\System32\\drivers"),
        QStringLiteral("CON"),
        QStringLiteral("nul.pdf"),
        QStringLiteral("Com1.xlsx"),
        QStringLiteral("LPT9"),
        QStringLiteral("a\nb\tc\x01d\x7f"),
        QStringLiteral("what?<>|:*\"x\""),
        QStringLiteral(" . .. "),
        QStringLiteral(""),
        QStringLiteral("\u202Egnp.exe"),
        QStringLiteral("/etc/passwd"),
        QStringLiteral("C:\\Windows\\win.ini"),
        QStringLiteral("\\\\server\\share\\x.pdf"),
        QStringLiteral("a") + QChar(0) + QStringLiteral("b.pdf"),
        QString(500, u'A') + QStringLiteral(".pdf"),
        QString(300, QChar(0x0416)),
    };
    for (const QString& name : hostile) {
        const QString safe = BillFileName::safe(name);
        QVERIFY2(!safe.isEmpty(), qPrintable(name));
        QVERIFY2(safe.size() <= BillFileName::kMaxLength, qPrintable(safe));
        QVERIFY2(!safe.contains(u'/') && !safe.contains(u'\\'), qPrintable(safe));
        QVERIFY2(!safe.contains(QStringLiteral("..")), qPrintable(safe));
        QVERIFY2(!safe.startsWith(u'.') && !safe.endsWith(u'.') && !safe.endsWith(u' '),
                 qPrintable(safe));
        for (const QChar c : safe) {
            QVERIFY2(c.unicode() >= 0x20 && c.unicode() != 0x7f, qPrintable(safe)); // and no NUL
            QVERIFY2(!QStringLiteral(":*?\"<>|").contains(c), qPrintable(safe));
            QVERIFY2(c.category() != QChar::Other_Format, qPrintable(safe));
        }
        const QString stem = safe.section(u'.', 0, 0).toUpper();
        for (const char* device : {"CON", "PRN", "AUX", "NUL", "COM1", "LPT9"})
            QVERIFY2(stem != QLatin1String(device), qPrintable(safe));
    }
    QCOMPARE(BillFileName::safe(QStringLiteral("nul.pdf")), QStringLiteral("_nul.pdf"));
    QVERIFY(BillFileName::safe(QString(500, u'A') + QStringLiteral(".pdf")).endsWith(".pdf"));

    Bill b;
    b.id = 5010;
    b.billNumber = QStringLiteral("NC/2026:0010");
    QCOMPARE(BillFileName::forBill(b, QStringLiteral("03.2026"), false),
             QStringLiteral("invoice-NC_2026_0010-2026-03.pdf"));
    QCOMPARE(BillFileName::forBill(b, QStringLiteral("03.2026"), true),
             QStringLiteral("transcript-NC_2026_0010-2026-03.xlsx"));
    b.billNumber = QStringLiteral("../../CON");
    const QString evil = BillFileName::forBill(b, QStringLiteral("../x"), false);
    QVERIFY2(!evil.contains(u'/') && !evil.contains(QStringLiteral("..")), qPrintable(evil));
    QVERIFY(evil.endsWith(QStringLiteral(".pdf")));
    b.billNumber = QString(400, u'9');
    QVERIFY(BillFileName::forBill(b, QString(), true).size() <= BillFileName::kMaxLength);
    QVERIFY(BillFileName::forBill(b, QString(), true).endsWith(QStringLiteral(".xlsx")));
}

bool TestBillsModel::runDownloads(BillDownloads& downloads,
                                  const QVector<BillDownloads::File>& files) {
    QSignalSpy finished(&downloads, &BillDownloads::finished);
    return downloads.start(files) && finished.wait(30000);
}

void TestBillsModel::downloads_invoiceAndTranscript_validFilesWithProgress() {
    Rig rig;
    TestTemporaryDir dir;
    BillDownloads downloads(&rig.fixture.client());
    QSignalSpy progress(&downloads, &BillDownloads::fileProgress);
    const QString pdf = dir.filePath(QStringLiteral("invoice.pdf"));
    const QString xlsx = dir.filePath(QStringLiteral("transcript.xlsx"));
    QVERIFY(runDownloads(downloads, {{5010, false, pdf}, {5010, true, xlsx}}));
    QCOMPARE(downloads.savedCount(), 2);
    QVERIFY(!downloads.wasCancelled());
    QCOMPARE(downloads.totalFraction(), 1.0);
    QVERIFY(progress.size() >= 2);
    QFile invoice(pdf), transcript(xlsx);
    QVERIFY(invoice.open(QIODevice::ReadOnly));
    QVERIFY(invoice.read(5) == "%PDF-");
    QVERIFY(transcript.open(QIODevice::ReadOnly));
    QVERIFY(transcript.read(2) == "PK");
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 2);
}

void TestBillsModel::downloads_cancelMidway_leavesNoFile() {
    Rig rig;
    TestTemporaryDir dir;
    BillDownloads downloads(&rig.fixture.client());
    rig.fixture.emulator().setLatencyMs(1500);
    QSignalSpy started(&downloads, &BillDownloads::fileStarted);
    QSignalSpy finished(&downloads, &BillDownloads::finished);
    QVERIFY(downloads.start({{5010, false, dir.filePath(QStringLiteral("a.pdf"))},
                             {5011, false, dir.filePath(QStringLiteral("b.pdf"))}}));
    QVERIFY(!downloads.start({{5012, false, dir.filePath(QStringLiteral("c.pdf"))}}));
    QVERIFY(rig.fixture.waitForJournal(QStringLiteral("bill/download/5010"), 1));
    downloads.cancel();
    QVERIFY(finished.size() == 1 || finished.wait(10000));
    QVERIFY(downloads.wasCancelled());
    QCOMPARE(downloads.savedCount(), 0);
    QCOMPARE(downloads.outcomes().size(), 1);
    QCOMPARE(downloads.outcomes().first().error.kind, ApiError::Kind::Cancelled);
    QTest::qWait(1800); // the late answer changes nothing
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 0);
    QCOMPARE(rig.fixture.journalCount(QStringLiteral("bill/download/5011")), 0);
}

void TestBillsModel::downloads_failureInTheMiddle_leavesNoFileKeepsOldAndSaysWhy() {
    Rig rig;
    TestTemporaryDir dir;
    // A file of the failing name exists already: it stays as it was.
    const QString old = dir.filePath(QStringLiteral("missing.pdf"));
    {
        QFile file(old);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("old contents");
    }
    BillDownloads downloads(&rig.fixture.client());
    QVERIFY(runDownloads(downloads, {{5010, false, dir.filePath(QStringLiteral("a.pdf"))},
                                     {999999, false, old},
                                     {5011, true, dir.filePath(QStringLiteral("c.xlsx"))}}));
    QCOMPARE(downloads.savedCount(), 2);
    const ApiError& error = downloads.outcomes().at(1).error;
    QVERIFY(error.isError());
    QCOMPARE(error.httpStatus, 404);
    QVERIFY(!error.userMessage().isEmpty());
    QFile file(old);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("old contents"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 3);
}

void TestBillsModel::downloads_readOnlySession_sendsNoWriteRequest() {
    Rig rig(true);
    TestTemporaryDir dir;
    BillDownloads downloads(&rig.fixture.client());
    QVERIFY(runDownloads(downloads, {{5010, false, dir.filePath(QStringLiteral("a.pdf"))},
                                     {5010, true, dir.filePath(QStringLiteral("a.xlsx"))}}));
    QCOMPARE(downloads.savedCount(), 2);
    QCOMPARE(rig.fixture.journal(QStringLiteral("bill/download/5010")).first().role,
             QStringLiteral("user"));
    QCOMPARE(EmulatorJournal::writeRequests(rig.fixture.emulator()), 0);
}

void TestBillsModel::downloads_namesThatMeetOnceSafeOrCaseAside_laterOneNotDownloaded() {
    // Bill numbers from the server that become one file name once made safe,
    // or differ only in case (one file on FAT, exFAT, NTFS, APFS): the later
    // file would silently replace the earlier one.
    Rig rig;
    TestTemporaryDir dir;
    Bill first;
    first.id = 5010;
    first.billNumber = QStringLiteral("NC/2026:7");
    Bill sameOnceSafe = first;
    sameOnceSafe.id = 5011;
    sameOnceSafe.billNumber = QStringLiteral("NC:2026/7");
    Bill caseOnly = first;
    caseOnly.id = 5012;
    caseOnly.billNumber = QStringLiteral("nc/2026:7");
    const auto path = [&dir](const Bill& b) {
        return dir.filePath(BillFileName::forBill(b, QStringLiteral("03.2026"), false));
    };
    QCOMPARE(path(sameOnceSafe), path(first));
    QCOMPARE(path(caseOnly).toLower(), path(first).toLower());
    QVERIFY(path(caseOnly) != path(first));

    BillDownloads downloads(&rig.fixture.client());
    QSignalSpy finishedFiles(&downloads, &BillDownloads::fileFinished);
    QVERIFY(runDownloads(downloads, {{first.id, false, path(first)},
                                     {sameOnceSafe.id, false, path(sameOnceSafe)},
                                     {caseOnly.id, false, path(caseOnly)},
                                     {5013, true, dir.filePath(QStringLiteral("other.xlsx"))}}));
    QCOMPARE(finishedFiles.size(), 4);
    QCOMPARE(downloads.savedCount(), 2);
    for (int later : {1, 2}) {
        const ApiError& error = downloads.outcomes().at(later).error;
        QCOMPARE(error.kind, ApiError::Kind::LocalFile);
        QVERIFY2(error.userMessage().contains(QLatin1String("has that name")),
                 qPrintable(error.userMessage()));
    }
    QVERIFY(!downloads.outcomes().at(3).error.isError());
    // Never asked for, so nothing replaced the first file.
    QCOMPARE(rig.fixture.journalCount(QStringLiteral("bill/download/5011")), 0);
    QCOMPARE(rig.fixture.journalCount(QStringLiteral("bill/download/5012")), 0);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList({QFileInfo(path(first)).fileName(), QStringLiteral("other.xlsx")}));
}

QTEST_MAIN(TestBillsModel)
#include "tst_bills_model.moc"
