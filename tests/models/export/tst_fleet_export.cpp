#include "models/export/FileWriteErrors.h"
#include "models/export/FleetExporter.h"
#include "models/export/XlsxSheetWriter.h"
#include "models/fleet/FleetFilterModel.h"
#include "models/fleet/FleetModel.h"
#include "models/fleet/LocalSimTableSource.h"
#include "models/fleet/SimText.h"
#include "tests/support/CsvReader.h"
#include "tests/support/SimBuilders.h"
#include "tests/support/XlsxReader.h"

#include "tests/support/TestTemporaryDir.h"
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <cerrno>
#include <clocale>
#include <numeric>

using namespace simfleet;

using namespace Qt::StringLiterals;

namespace {

using Column = FleetExporter::Column;

QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The C library's LC_NUMERIC (what printf formats with): nullptr only reads
// it. The test runs on the main thread alone while it changes it.
const char* numericLocale(const char* name) {
    return std::setlocale(LC_NUMERIC, name); // NOLINT(concurrency-mt-unsafe): no other thread runs
}

} // namespace

class TestFleetExport final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void columnTitles_fixedSetInOrder() {
        const QStringList titles = FleetExporter::columnTitles();
        QCOMPARE(titles.size(), FleetExporter::kColumnCount);
        QCOMPARE(titles.first(), u"ICCID"_s);
        QCOMPARE(titles.at(int(Column::Status)), u"Status"_s);
        QCOMPARE(titles.last(), u"Comment"_s);
        QVERIFY(!titles.contains(QString()));
    }

    void formatForPath_bySuffix() {
        QCOMPARE(FleetExporter::formatForPath(u"/a/b/fleet.XLSX"_s), ExportRequest::Format::Xlsx);
        QCOMPARE(FleetExporter::formatForPath(u"/a/b/fleet.csv"_s), ExportRequest::Format::Csv);
        QCOMPARE(FleetExporter::formatForPath(u"fleet"_s), ExportRequest::Format::Csv);
    }

    void csv_export_readsBackExactly() {
        QLocale::setDefault(QLocale(QLocale::German)); // ',' decimal: must not leak into files
        TestTemporaryDir dir;
        const QVector<Sim> sims = TestFleet::makeSims(2500);
        const ExportRequest request{dir.filePath(u"fleet.csv"_s), ExportRequest::Format::Csv, sims};
        QString error;
        QVERIFY2(FleetExporter::exportNow(request, &error), qPrintable(error));
        QVERIFY(error.isEmpty());

        const QByteArray bytes = readAll(request.path);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(bytes.endsWith("\r\n"));
        bool crlfOnly = false;
        const QVector<QStringList> records = parseCsv(QString::fromUtf8(bytes.mid(3)), &crlfOnly);
        QVERIFY(crlfOnly);
        QCOMPARE(records.size(), sims.size() + 1);
        QCOMPARE(records.first(), FleetExporter::columnTitles());
        for (qsizetype i = 0; i < sims.size(); ++i) {
            const Sim& sim = sims.at(i);
            const QStringList& r = records.at(i + 1);
            QCOMPARE(r.size(), FleetExporter::kColumnCount);
            // Plain text: no ="…" formulas around ICCIDs and numbers.
            QCOMPARE(r.at(int(Column::Iccid)), sim.iccid);
            QCOMPARE(r.at(int(Column::Number)), sim.number);
            QCOMPARE(r.at(int(Column::ExternalNumber)), sim.externalNumber);
            QCOMPARE(r.at(int(Column::Name)), sim.name.isNull() ? QString() : sim.name);
            QCOMPARE(r.at(int(Column::Status)), SimText::status(sim.block, sim.blockRaw));
            QCOMPARE(r.at(int(Column::Balance)).toDouble(), sim.balance);
            QVERIFY(!r.at(int(Column::Balance)).contains(u','));
            QCOMPARE(r.at(int(Column::Msu)),
                     sim.msuValue ? QString::number(*sim.msuValue) : QString());
            QCOMPARE(r.at(int(Column::Groups)), SimText::groups(sim.groups));
            QCOMPARE(r.at(int(Column::Comment)), sim.comment);
            QCOMPARE(r.at(int(Column::PackageAutoRenew)),
                     sim.tariff.packageAuto ? u"Yes"_s : u"No"_s);
            QCOMPARE(r.at(int(Column::TariffChangeLockedUntil)),
                     sim.tariff.changeLock
                         ? sim.tariff.changeLock->toLocalTime().date().toString(Qt::ISODate)
                         : QString());
        }
        // The awkward names really were quoted, not just parsed leniently.
        QVERIFY(bytes.contains("\"Pump, north 1\""));
        QVERIFY(bytes.contains("\"Gate \"\"B\"\" 2\""));
        QVERIFY(bytes.contains("\"Line one\nline two 3\""));
        QVERIFY(bytes.contains("\r\n8997010000000000000,77010000000,+1555000000,"));
        QVERIFY(!bytes.contains("=\""));
    }

    void csv_formulaLikeText_isKeptAsText() {
        TestTemporaryDir dir;
        Sim sim = TestFleet::makeSim(1);
        sim.name = u"=HYPERLINK(\"http://evil\")"_s;
        sim.comment = u"-5 MB left"_s;
        sim.currency = u"@x"_s;
        const ExportRequest request{dir.filePath(u"f.csv"_s), ExportRequest::Format::Csv, {sim}};
        QString error;
        QVERIFY2(FleetExporter::exportNow(request, &error), qPrintable(error));
        bool crlfOnly = false;
        const auto records = parseCsv(QString::fromUtf8(readAll(request.path).mid(3)), &crlfOnly);
        QCOMPARE(records.size(), 2);
        // Neutralised with an apostrophe, not turned into another formula.
        QCOMPARE(records.at(1).at(int(Column::Name)), u"'=HYPERLINK(\"http://evil\")"_s);
        QCOMPARE(records.at(1).at(int(Column::Comment)), u"'-5 MB left"_s);
        QCOMPARE(records.at(1).at(int(Column::Currency)), u"'@x"_s);
    }

    void csv_semicolonSeparator_writesDecimalCommas() {
        TestTemporaryDir dir;
        Sim sim = TestFleet::makeSim(1);
        sim.balance = -12.75;
        sim.name = u"Pump; north, 1"_s;
        sim.externalNumber = u"+7 701 123-45-67"_s;
        ExportRequest request{dir.filePath(u"f.csv"_s), ExportRequest::Format::Csv, {sim}};
        request.separator = ExportRequest::CsvSeparator::Semicolon;
        QString error;
        QVERIFY2(FleetExporter::exportNow(request, &error), qPrintable(error));
        bool crlfOnly = false;
        const auto records =
            parseCsv(QString::fromUtf8(readAll(request.path).mid(3)), &crlfOnly, u';');
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.first(), FleetExporter::columnTitles());
        const QStringList& r = records.at(1);
        QCOMPARE(r.size(), FleetExporter::kColumnCount);
        QCOMPARE(r.at(int(Column::Balance)), u"-12,75"_s);
        QCOMPARE(r.at(int(Column::Name)), sim.name);
        QCOMPARE(r.at(int(Column::Iccid)), sim.iccid);
        QCOMPARE(r.at(int(Column::ExternalNumber)), sim.externalNumber); // a number, not a formula
        QVERIFY(readAll(request.path).contains("\"Pump; north, 1\""));
    }

    void defaultSeparator_followsTheLocale() {
        QCOMPARE(FleetExporter::defaultSeparator(QLocale(QLocale::Russian)),
                 ExportRequest::CsvSeparator::Semicolon);
        QCOMPARE(FleetExporter::defaultSeparator(QLocale(QLocale::German)),
                 ExportRequest::CsvSeparator::Semicolon);
        QCOMPARE(FleetExporter::defaultSeparator(QLocale(QLocale::English, QLocale::UnitedStates)),
                 ExportRequest::CsvSeparator::Comma);
    }

    void suggestedFileName_carriesFilterAndDate() {
        const QDate day(2026, 12, 3);
        const auto csv = ExportRequest::Format::Csv;
        QCOMPARE(FleetExporter::suggestedFileName(FleetFilter{}, day, csv),
                 u"sims-2026-12-03.csv"_s);
        FleetFilter msu;
        msu.status = FleetFilter::Status::Code;
        msu.blockCode = BlockCode::Msu;
        QCOMPARE(FleetExporter::suggestedFileName(msu, day, csv),
                 u"sims-blocked-msu-2026-12-03.csv"_s);
        FleetFilter mixed;
        mixed.profile = SimProfile::TC;
        mixed.status = FleetFilter::Status::Active;
        mixed.groupId = 7;
        mixed.tariffName = u"IoT Basic"_s;
        mixed.text = u"Счётчик"_s;
        QCOMPARE(FleetExporter::suggestedFileName(mixed, day, ExportRequest::Format::Xlsx,
                                                  u"Lifts (north)"_s),
                 u"sims-tc-active-group-lifts-north-iot-basic-search-2026-12-03.xlsx"_s);
        QCOMPARE(FleetExporter::suggestedFileName(FleetFilter{}, day, csv, {}, true),
                 u"sims-selected-2026-12-03.csv"_s);
    }

    void xlsx_export_isValidWorkbook() {
        TestTemporaryDir dir;
        QVector<Sim> sims = TestFleet::makeSims(1500);
        sims[4].name = u"bad \x01 chars \uFFFF & <tags> \"q\""_s + QChar(0xD800) + u" end"_s;
        sims[5].name = u"emoji \U0001F4E1 ok"_s;
        const ExportRequest request{dir.filePath(u"fleet.xlsx"_s), ExportRequest::Format::Xlsx,
                                    sims};
        QString error;
        QVERIFY2(FleetExporter::exportNow(request, &error), qPrintable(error));

        XlsxReader xlsx;
        QVERIFY2(xlsx.load(request.path), qPrintable(xlsx.error()));
        for (const QString& part :
             {u"[Content_Types].xml"_s, u"_rels/.rels"_s, u"xl/workbook.xml"_s,
              u"xl/_rels/workbook.xml.rels"_s, u"xl/styles.xml"_s, u"xl/worksheets/sheet1.xml"_s})
            QVERIFY2(xlsx.isWellFormedXml(part), qPrintable(part));
        QCOMPARE(xlsx.sheetName(), u"SIM cards"_s);

        // A frozen header with an autofilter over every column and row, real widths.
        QCOMPARE(xlsx.frozenRows(), 1);
        QCOMPARE(xlsx.autoFilter(), u"A1:Q%1"_s.arg(sims.size() + 1));
        QCOMPARE(xlsx.columnWidths().size(), FleetExporter::kColumnCount);
        QVERIFY(xlsx.columnWidths().value(0) > 20); // ICCIDs fit
        QVERIFY(xlsx.columnWidths().value(int(Column::Comment)) >
                xlsx.columnWidths().value(int(Column::Msu)));

        const QVector<QVector<XlsxReader::Cell>>& rows = xlsx.rows();
        QCOMPARE(rows.size(), sims.size() + 1);
        const QVector<XlsxReader::Cell>& header = rows.first();
        QCOMPARE(header.size(), FleetExporter::kColumnCount);
        for (int c = 0; c < header.size(); ++c) {
            QVERIFY(header.at(c).bold);
            QCOMPARE(header.at(c).text, FleetExporter::columnTitle(Column(c)));
        }
        QCOMPARE(header.last().ref, u"Q1"_s);

        for (qsizetype i = 0; i < sims.size(); ++i) {
            const QString rowNumber = QString::number(i + 2);
            // ICCIDs, numbers: text cells in the text format, never a number in E-notation.
            for (const auto& [column, value] :
                 {std::pair{u"A"_s, sims.at(i).iccid}, std::pair{u"B"_s, sims.at(i).number}}) {
                const XlsxReader::Cell* cell = xlsx.cell(column + rowNumber);
                QVERIFY(cell);
                QCOMPARE(cell->type, u"inlineStr"_s);
                QVERIFY(cell->isTextFormat());
                QVERIFY(!cell->bold);
                QCOMPARE(cell->text, value);
            }
            const XlsxReader::Cell* balance = xlsx.cell(u"G"_s + rowNumber);
            QVERIFY(balance);
            QVERIFY(balance->isNumber());
            QVERIFY(!balance->isTextFormat());
            QCOMPARE(balance->text.toDouble(), sims.at(i).balance);
        }
        const auto nameOf = [&](int simIndex) {
            const XlsxReader::Cell* cell = xlsx.cell(u"D"_s + QString::number(simIndex + 2));
            return cell ? cell->text : QString();
        };
        QCOMPARE(nameOf(4), u"bad  chars  & <tags> \"q\" end"_s);
        QCOMPARE(nameOf(5), sims.at(5).name);
        QCOMPARE(nameOf(1), u"Pump, north 1"_s);
        QCOMPARE(nameOf(3), u"Line one\nline two 3"_s);
        QVERIFY(sims.at(6).name.isNull());
        QVERIFY(!xlsx.cell(u"D8"_s)); // no cell at all
        // Nothing left beside it.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{u"fleet.xlsx"_s});
    }

    void xlsx_longDigitStrings_stayText() {
        TestTemporaryDir dir;
        Sim sim = TestFleet::makeSim(1);
        sim.iccid = u"89970100000000000012"_s; // 20 digits: 8.9970100000000002E+19 as a number
        sim.number = u"0077010000001"_s;       // a leading zero a number would lose
        sim.externalNumber = u"1e5"_s;         // digits Excel would read as 100000
        const ExportRequest request{dir.filePath(u"f.xlsx"_s), ExportRequest::Format::Xlsx, {sim}};
        QString error;
        QVERIFY2(FleetExporter::exportNow(request, &error), qPrintable(error));
        XlsxReader xlsx;
        QVERIFY2(xlsx.load(request.path), qPrintable(xlsx.error()));
        for (const auto& [ref, value] :
             {std::pair{u"A2"_s, sim.iccid}, std::pair{u"B2"_s, sim.number},
              std::pair{u"C2"_s, sim.externalNumber}}) {
            const XlsxReader::Cell* cell = xlsx.cell(ref);
            QVERIFY2(cell, qPrintable(ref));
            QCOMPARE(cell->type, u"inlineStr"_s);
            QVERIFY(cell->isTextFormat());
            QCOMPARE(cell->text, value);
        }
        QCOMPARE(xlsx.autoFilter(), u"A1:Q2"_s);
    }

    void xlsx_overLongText_isCutToExcelsLimit() {
        TestTemporaryDir dir;
        Sim sim = TestFleet::makeSim(1);
        sim.comment = QString(40000, u'x');
        const ExportRequest request{dir.filePath(u"f.xlsx"_s), ExportRequest::Format::Xlsx, {sim}};
        QString error;
        QVERIFY2(FleetExporter::exportNow(request, &error), qPrintable(error));
        XlsxReader xlsx;
        QVERIFY2(xlsx.load(request.path), qPrintable(xlsx.error()));
        const XlsxReader::Cell* comment = xlsx.cell(u"Q2"_s);
        QVERIFY(comment);
        QCOMPARE(comment->text, QString(32767, u'x'));
    }

    // QCoreApplication sets the user's locale on Unix; a decimal comma from
    // printf must not reach the file.
    void xlsx_decimalCommaLocale_writesDecimalPoints() {
        const QByteArray previous = numericLocale(nullptr);
        if (!numericLocale("de_DE.UTF-8") && !numericLocale("ru_RU.UTF-8"))
            QSKIP("no locale with a decimal comma is installed");
        TestTemporaryDir dir;
        Sim sim = TestFleet::makeSim(1);
        sim.balance = -12.75;
        const ExportRequest request{dir.filePath(u"f.xlsx"_s), ExportRequest::Format::Xlsx, {sim}};
        QString error;
        const bool ok = FleetExporter::exportNow(request, &error);
        QVERIFY(numericLocale(previous.constData()));
        QVERIFY2(ok, qPrintable(error));
        XlsxReader xlsx;
        QVERIFY2(xlsx.load(request.path), qPrintable(xlsx.error()));
        QCOMPARE(xlsx.cell(u"G2"_s)->text, u"-12.75"_s);
        QVERIFY(xlsx.columnWidths().value(0) > 20);
    }

    void xlsx_pastExcelsRowLimit_isRefused() {
        TestTemporaryDir dir;
        {
            XlsxSheetWriter writer(dir.filePath(u"big.xlsx"_s));
            QString error;
            QVERIFY(!writer.begin({u"SIM cards"_s, {22}, XlsxSheetWriter::kMaxRows}, &error));
            QVERIFY2(error.contains(u"or export to CSV"_s), qPrintable(error));
        }
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
    }

    void xlsx_replacesAnExistingFile() {
        TestTemporaryDir dir;
        const QString path = dir.filePath(u"fleet.xlsx"_s);
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("previous export");
        old.close();
        QVERIFY(old.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
        QString error;
        QVERIFY2(FleetExporter::exportNow(
                     {path, ExportRequest::Format::Xlsx, TestFleet::makeSims(3)}, &error),
                 qPrintable(error));
        XlsxReader xlsx;
        QVERIFY2(xlsx.load(path), qPrintable(xlsx.error()));
        QCOMPARE(xlsx.rows().size(), 4);
        // Its permissions stay (a new file would be readable by others).
        const QFile::Permissions permissions = QFile::permissions(path);
        QVERIFY(permissions.testFlags(QFile::ReadOwner | QFile::WriteOwner));
        QVERIFY(!(permissions & (QFile::ReadGroup | QFile::ReadOther)));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{u"fleet.xlsx"_s});
    }

    void export_unwritablePath_failsWithoutFile_data() {
        QTest::addColumn<ExportRequest::Format>("format");
        QTest::newRow("csv") << ExportRequest::Format::Csv;
        QTest::newRow("xlsx") << ExportRequest::Format::Xlsx;
    }
    void export_unwritablePath_failsWithoutFile() {
        QFETCH(ExportRequest::Format, format);
        TestTemporaryDir dir;
        const QString path = dir.filePath(u"missing/folder/fleet.out"_s);
        QString error;
        QVERIFY(!FleetExporter::exportNow({path, format, TestFleet::makeSims(10)}, &error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
        QVERIFY2(error.contains(u"the folder does not exist. Choose an existing folder"_s),
                 qPrintable(error));
        QVERIFY(!QFileInfo::exists(path));

        // A folder where the file should go.
        const QString folder = dir.filePath(u"taken"_s);
        QVERIFY(QDir().mkdir(folder));
        QVERIFY(!FleetExporter::exportNow({folder, format, TestFleet::makeSims(10)}, &error));
        QVERIFY2(error.contains(u"a folder has this name"_s), qPrintable(error));
        QVERIFY(QFileInfo(folder).isDir());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
    }

    // A failed write says what happened and what to do about it.
    void fileWriteErrors_sayWhatToDo() {
        TestTemporaryDir dir;
        const QString path = dir.filePath(u"fleet.xlsx"_s);
        QVERIFY(FileWriteErrors::reason(path, ENOSPC, u"No space left on device"_s)
                    .startsWith(u"the disk is full. Free some space or choose another folder"_s));
        QVERIFY(FileWriteErrors::reason(path, EDQUOT, {}).startsWith(u"the disk is full."_s));
        for (const int denied : {EACCES, EPERM, EROFS})
            QVERIFY(FileWriteErrors::reason(path, denied, {})
                        .startsWith(u"you may not write to this folder. Choose another folder"_s));
        // Nothing a user can act on: the system's words.
        QCOMPARE(FileWriteErrors::reason(path, EIO, u"Input/output error"_s),
                 u"Input/output error"_s);
        QCOMPARE(FileWriteErrors::reason(path, 0, u"Input/output error"_s),
                 u"Input/output error"_s);
    }

    void exportNow_cancelledByProgress_leavesTargetUntouched_data() {
        export_unwritablePath_failsWithoutFile_data();
    }
    void exportNow_cancelledByProgress_leavesTargetUntouched() {
        QFETCH(ExportRequest::Format, format);
        TestTemporaryDir dir;
        const QString path = dir.filePath(u"fleet.out"_s);
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("previous export");
        old.close();

        QVector<std::pair<int, int>> calls;
        QString error;
        const bool ok = FleetExporter::exportNow({path, format, TestFleet::makeSims(3500)}, &error,
                                                 [&](int done, int total) {
                                                     calls.append({done, total});
                                                     return done < 2000;
                                                 });
        QVERIFY(!ok);
        QVERIFY(!error.isEmpty());
        QCOMPARE(calls, (QVector<std::pair<int, int>>{{0, 3500}, {1000, 3500}, {2000, 3500}}));
        QCOMPARE(readAll(path), "previous export"_ba);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{u"fleet.out"_s});
    }

    void start_reportsProgressAndFinishes() {
        TestTemporaryDir dir;
        FleetExporter exporter;
        QSignalSpy progress(&exporter, &FleetExporter::progress);
        QSignalSpy finished(&exporter, &FleetExporter::finished);
        const QString path = dir.filePath(u"fleet.xlsx"_s);
        QVERIFY(exporter.start({path, ExportRequest::Format::Xlsx, TestFleet::makeSims(2500)}));
        QVERIFY(exporter.isRunning());
        QVERIFY(!exporter.start({path, ExportRequest::Format::Csv, {}})); // one at a time
        QVERIFY(finished.wait(15000));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(0).toBool(), true);
        QVERIFY(finished.first().at(1).toString().isEmpty());
        QVERIFY(!exporter.isRunning());
        QVERIFY(progress.size() >= 3);
        QCOMPARE(progress.last().at(0).toInt(), 2500);
        QCOMPARE(progress.last().at(1).toInt(), 2500);
        QVERIFY(QFileInfo(path).size() > 0);
    }

    void cancel_leavesNoFile() {
        TestTemporaryDir dir;
        FleetExporter exporter;
        QSignalSpy finished(&exporter, &FleetExporter::finished);
        const QString path = dir.filePath(u"fleet.csv"_s);
        QVERIFY(exporter.start({path, ExportRequest::Format::Csv, TestFleet::makeSims(5000)}));
        exporter.cancel(); // long before the worker reaches the end
        QVERIFY(finished.wait(15000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QVERIFY(!finished.first().at(1).toString().isEmpty());
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    }

    // The table's rows as the export reads them: rows of the fleet's store,
    // shared rather than built, in the table's order, the same file as a list
    // of the same SIMs gives.
    void storeRows_exportLikeTheirSims() {
        FleetModel fleet;
        QVector<Sim> sims = TestFleet::makeSims(300);
        sims[7].name = u"Pump, north"_s;
        sims[8].comment = u"=1+1"_s;
        fleet.upsert(sims);
        LocalSimTableSource source(&fleet);
        FleetFilter filter;
        filter.profile = SimProfile::TC;
        source.setFilter(filter);
        source.sort(FleetModel::Iccid, Qt::DescendingOrder);
        const QVector<int> rows{5, 0, 3, source.tableModel()->rowCount() - 1, 9999, -1};
        QVector<Sim> expected;
        for (int row : rows) {
            if (const std::optional<Sim> sim = source.simAtRow(row))
                expected.append(*sim);
        }
        QCOMPARE(expected.size(), 4); // rows outside the table are not exported
        const SimSequence shared = source.simsOfRows(rows);
        QCOMPARE(shared.size(), 4);
        for (qsizetype i = 0; i < shared.size(); ++i)
            QCOMPARE(shared.at(i), expected.at(i));

        TestTemporaryDir dir;
        for (const ExportRequest::Format format :
             {ExportRequest::Format::Csv, ExportRequest::Format::Xlsx}) {
            const QString suffix = format == ExportRequest::Format::Csv ? u".csv"_s : u".xlsx"_s;
            const ExportRequest fromStore{dir.filePath(u"store"_s + suffix), format, shared};
            const ExportRequest fromList{dir.filePath(u"list"_s + suffix), format, expected};
            QString error;
            QVERIFY2(FleetExporter::exportNow(fromStore, &error), qPrintable(error));
            QVERIFY2(FleetExporter::exportNow(fromList, &error), qPrintable(error));
            if (format == ExportRequest::Format::Csv) {
                QCOMPARE(readAll(fromStore.path), readAll(fromList.path));
                continue;
            }
            XlsxReader store;
            XlsxReader list;
            QVERIFY2(store.load(fromStore.path), qPrintable(store.error()));
            QVERIFY2(list.load(fromList.path), qPrintable(list.error()));
            const QString sheet = u"xl/worksheets/sheet1.xml"_s;
            QVERIFY(!store.part(sheet).isEmpty());
            QCOMPARE(store.part(sheet), list.part(sheet));
        }
    }

    // The fleet may change (a refresh, a rename) while the export runs on its
    // thread: the export writes the SIMs as they were when it started.
    void storeRows_fleetChangedMeanwhile_exportsTheRowsAsTheyWere() {
        FleetModel fleet;
        const QVector<Sim> sims = TestFleet::makeSims(4000);
        fleet.upsert(sims);
        LocalSimTableSource source(&fleet);
        QVector<int> rows(4000);
        std::iota(rows.begin(), rows.end(), 0);
        TestTemporaryDir dir;
        FleetExporter exporter;
        QSignalSpy finished(&exporter, &FleetExporter::finished);
        const QString path = dir.filePath(u"fleet.csv"_s);
        QVERIFY(exporter.start({path, ExportRequest::Format::Csv, source.simsOfRows(rows)}));
        QVector<Sim> renamed = sims;
        for (Sim& sim : renamed)
            sim.name = u"renamed"_s;
        fleet.upsert(renamed);
        fleet.clear();
        QVERIFY(finished.wait(15000));
        QCOMPARE(finished.first().at(0).toBool(), true);

        const ExportRequest reference{dir.filePath(u"reference.csv"_s), ExportRequest::Format::Csv,
                                      sims};
        QString error;
        QVERIFY2(FleetExporter::exportNow(reference, &error), qPrintable(error));
        QCOMPARE(readAll(path), readAll(reference.path));
    }

    void destroy_whileRunning_stopsCleanly() {
        TestTemporaryDir dir;
        {
            FleetExporter exporter;
            QVERIFY(exporter.start({dir.filePath(u"fleet.xlsx"_s), ExportRequest::Format::Xlsx,
                                    TestFleet::makeSims(5000)}));
        }
        // The worker stopped and cleaned up its temporary file.
        const QStringList files = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
        QVERIFY(files.isEmpty() || files == QStringList{u"fleet.xlsx"_s});
    }
};

QTEST_GUILESS_MAIN(TestFleetExport)
#include "tst_fleet_export.moc"
