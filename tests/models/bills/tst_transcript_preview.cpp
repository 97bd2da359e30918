// The transcript preview over real loopback HTTP against the emulator: the
// emulator's transcript downloaded and read off the GUI thread, compared
// cell by cell with an independent reading (tests/support XlsxReader): the
// sheet's name, its header texts, ICCIDs and numbers as text cells, traffic
// and cost as numbers with their formats' decimals. A second request
// supersedes the first; a download over the cap fails and says so. The sheet
// model (QAbstractItemModelTester): the header from the first row, numbers
// right-aligned in the locale's format, dates by the locale.
#include "api/AccountService.h"
#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "models/bills/TranscriptPreview.h"
#include "models/bills/TranscriptSheetModel.h"
#include "tests/support/EmulatorFixture.h"
#include "tests/support/XlsxReader.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QLocale>
#include <QSignalSpy>
#include "tests/support/TestTemporaryDir.h"
#include <QTest>

#include <memory>

using namespace simfleet;

Q_DECLARE_METATYPE(std::shared_ptr<const TranscriptWorkbook>)

namespace {

constexpr qint64 kBill = 5010;

std::shared_ptr<const TranscriptWorkbook> workbookOf(const QSignalSpy& ready) {
    return ready.last().at(1).value<std::shared_ptr<const TranscriptWorkbook>>();
}

} // namespace

class TestTranscriptPreview final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void emulatorTranscript_readAsTheEmulatorWroteIt();
    void request_anotherBillSupersedesTheFirst();
    void download_overTheCap_failsAndSaysWhy();
    void sheetModel_headerRowNumbersAndDatesByLocale();

private:
    std::unique_ptr<EmulatorFixture> m_fixture;
};

void TestTranscriptPreview::initTestCase() {
    qRegisterMetaType<std::shared_ptr<const TranscriptWorkbook>>();
}

void TestTranscriptPreview::cleanup() {
    QLocale::setDefault(QLocale::c());
    m_fixture.reset();
}

void TestTranscriptPreview::emulatorTranscript_readAsTheEmulatorWroteIt() {
    m_fixture = std::make_unique<EmulatorFixture>(EmulatorFixture::smallFleet(40));
    QVERIFY(m_fixture->isListening());
    TranscriptPreview preview(&m_fixture->client());
    QSignalSpy ready(&preview, &TranscriptPreview::ready);
    QSignalSpy failed(&preview, &TranscriptPreview::failed);
    preview.request(kBill);
    QVERIFY(preview.isLoading());
    QVERIFY(ready.wait(30000));
    QCOMPARE(failed.size(), 0);
    QCOMPARE(ready.last().at(0).toLongLong(), kBill);
    QVERIFY(!preview.isLoading());
    const auto workbook = workbookOf(ready);
    QVERIFY(workbook);

    // The same file, read independently.
    TestTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("t.xlsx"));
    QSignalSpy saved(BillService(&m_fixture->client()).downloadTranscript(kBill, path),
                     &ApiCall::finished);
    QVERIFY(saved.wait(30000));
    XlsxReader reference;
    QVERIFY2(reference.load(path), qPrintable(reference.error()));

    QCOMPARE(workbook->sheets.size(), 1);
    const TranscriptSheet& sheet = workbook->sheets.first();
    QCOMPARE(sheet.name, reference.sheetName());
    QCOMPARE(sheet.name, QStringLiteral("Transcript"));
    QCOMPARE(sheet.columnCount, 5);
    QCOMPARE(sheet.rows.size(), reference.rows().size());
    QVERIFY(sheet.rows.size() > 1);
    const QStringList titles{QStringLiteral("ICCID"), QStringLiteral("Number"),
                             QStringLiteral("Name"), QStringLiteral("Traffic, MB"),
                             QStringLiteral("Cost, EUR")};
    for (int c = 0; c < titles.size(); ++c) {
        QCOMPARE(sheet.rows.at(0).at(c).type, TranscriptCell::Type::Text);
        QCOMPARE(sheet.rows.at(0).at(c).value.toString(), titles.at(c));
    }
    int names = 0;
    for (int r = 1; r < sheet.rows.size(); ++r) {
        const auto& cells = sheet.rows.at(r);
        QCOMPARE(cells.size(), 5);
        for (int c = 0; c < 5; ++c) {
            const QString ref = QString(QChar(u'A' + c)) + QString::number(r + 1);
            const XlsxReader::Cell* expected = reference.cell(ref);
            if (!expected) { // an empty name is no cell at all
                QCOMPARE(c, 2);
                QCOMPARE(cells.at(c).type, TranscriptCell::Type::Empty);
                continue;
            }
            if (c < 3) {
                QCOMPARE(cells.at(c).type, TranscriptCell::Type::Text);
                QCOMPARE(cells.at(c).value.toString(), expected->text);
                names += c == 2 ? 1 : 0;
            } else {
                QCOMPARE(cells.at(c).type, TranscriptCell::Type::Number);
                QCOMPARE(cells.at(c).value.toDouble(), expected->text.toDouble());
            }
        }
        QVERIFY(cells.at(0).value.toString().startsWith(QStringLiteral("89"))); // an ICCID
        QCOMPARE(int(cells.at(3).decimals), 3);                                 // "0.000"
        QCOMPARE(int(cells.at(4).decimals), 2);                                 // built-in "0.00"
    }
    QVERIFY(names > 0);

    // Asked again: the workbook kept, no second download.
    const int downloads = m_fixture->journalCount(QStringLiteral("bill/download/%1").arg(kBill));
    preview.request(kBill);
    QVERIFY(ready.wait(5000));
    QCOMPARE(workbookOf(ready), workbook);
    QCOMPARE(m_fixture->journalCount(QStringLiteral("bill/download/%1").arg(kBill)), downloads);
}

void TestTranscriptPreview::request_anotherBillSupersedesTheFirst() {
    m_fixture = std::make_unique<EmulatorFixture>(EmulatorFixture::smallFleet(10));
    TranscriptPreview preview(&m_fixture->client());
    QSignalSpy ready(&preview, &TranscriptPreview::ready);
    QSignalSpy failed(&preview, &TranscriptPreview::failed);
    preview.request(5001);
    preview.request(5002);
    QVERIFY(ready.wait(30000));
    QTest::qWait(200); // nothing late from the first
    QCOMPARE(ready.size(), 1);
    QCOMPARE(ready.last().at(0).toLongLong(), 5002);
    QCOMPARE(failed.size(), 0);
    preview.clear();
    QVERIFY(!preview.isLoading());
    QCOMPARE(preview.requestedBill(), 0);
}

void TestTranscriptPreview::download_overTheCap_failsAndSaysWhy() {
    m_fixture = std::make_unique<EmulatorFixture>(EmulatorFixture::smallFleet(10));
    TranscriptPreview preview(&m_fixture->client());
    TranscriptLimits limits;
    limits.maxFileBytes = 1000;
    preview.setLimits(limits);
    QSignalSpy ready(&preview, &TranscriptPreview::ready);
    QSignalSpy failed(&preview, &TranscriptPreview::failed);
    preview.request(kBill);
    QVERIFY(failed.wait(30000));
    QCOMPARE(ready.size(), 0);
    QCOMPARE(failed.last().at(0).toLongLong(), kBill);
    QVERIFY2(failed.last().at(1).toString().contains(QStringLiteral("larger than")),
             qPrintable(failed.last().at(1).toString()));
    QVERIFY(!preview.isLoading());
}

void TestTranscriptPreview::sheetModel_headerRowNumbersAndDatesByLocale() {
    QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Russia));
    auto workbook = std::make_shared<TranscriptWorkbook>();
    TranscriptSheet sheet;
    sheet.name = QStringLiteral("S");
    sheet.columnCount = 4;
    using Type = TranscriptCell::Type;
    sheet.rows = {
        {{Type::Text, -1, QStringLiteral("Name")},
         {Type::Text, -1, QStringLiteral("MB")},
         {Type::Text, -1, QStringLiteral("Day")}},
        {{Type::Text, -1, QStringLiteral("a")},
         {Type::Number, 3, 1234.5},
         {Type::Date, -1, QDate(2026, 3, 9)},
         {Type::Boolean, -1, true}},
        {{Type::Text, -1, QStringLiteral("b")}, {Type::Number, -1, 7.0}},
    };
    TranscriptSheet plain;
    plain.name = QStringLiteral("P");
    plain.columnCount = 2;
    plain.rows = {{{Type::Number, -1, 1.0}, {Type::Text, -1, QStringLiteral("x")}}};
    workbook->sheets = {sheet, plain};

    TranscriptSheetModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setSheet(workbook, 0);
    QVERIFY(model.hasHeaderRow());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), 4);
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Name"));
    QCOMPARE(model.headerData(3, Qt::Horizontal).toString(), QStringLiteral("D")); // no title
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("a"));
    QCOMPARE(model.index(0, 1).data().toString(),
             QLocale().toString(1234.5, 'f', 3)); // "1 234,500"
    QVERIFY(model.index(0, 1).data().toString().contains(QLatin1Char(',')));
    QCOMPARE(model.index(0, 1).data(Qt::TextAlignmentRole).toInt(),
             int(Qt::AlignRight | Qt::AlignVCenter));
    QCOMPARE(model.index(0, 1).data(TranscriptSheetModel::RawValueRole).toDouble(), 1234.5);
    QCOMPARE(model.index(0, 2).data().toString(),
             QLocale().toString(QDate(2026, 3, 9), QLocale::ShortFormat));
    QCOMPARE(model.index(0, 3).data().toString(), QStringLiteral("TRUE"));
    QCOMPARE(model.index(1, 1).data().toString(), QStringLiteral("7"));
    QCOMPARE(model.index(1, 3).data().toString(), QString()); // beyond a short row
    QCOMPARE(model.index(1, 0).data(Qt::TextAlignmentRole).toInt(),
             int(Qt::AlignLeft | Qt::AlignVCenter));

    // No text header: spreadsheet letters, every row is data.
    model.setSheet(workbook, 1);
    QVERIFY(!model.hasHeaderRow());
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("A"));
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("B"));
    model.setSheet(nullptr, 0);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 0);
}

QTEST_GUILESS_MAIN(TestTranscriptPreview)
#include "tst_transcript_preview.moc"
