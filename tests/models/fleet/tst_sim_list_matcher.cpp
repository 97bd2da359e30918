#include "models/export/FleetExporter.h"
#include "models/fleet/SimListMatcher.h"
#include "tests/support/SimBuilders.h"

#include "tests/support/TestTemporaryDir.h"
#include <QFile>
#include <QStandardPaths>
#include <QStringEncoder>
#include <QTest>

using namespace simfleet;

using namespace Qt::StringLiterals;

namespace {

QString writeFile(const TestTemporaryDir& dir, const QString& name, const QByteArray& bytes) {
    QString path = dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes);
    return path;
}

QVector<Sim> smallFleet() {
    QVector<Sim> sims = TestFleet::makeSims(6);
    sims[1].number = u"+7 (701) 555-12-34"_s; // as the server may format it
    sims[2].externalNumber = u"79990001122"_s;
    sims[3].iccid = u"8997010000000000003F"_s;
    sims[4].id = 42;
    return sims;
}

} // namespace

class TestSimListMatcher final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void parseEntries_splitsOnEverySeparator() {
        QCOMPARE(SimListMatcher::parseEntries(u"111,222;333\t444 555\r\n666\n777\r888\n\n , ;"_s),
                 (QStringList{u"111"_s, u"222"_s, u"333"_s, u"444"_s, u"555"_s, u"666"_s, u"777"_s,
                              u"888"_s}));
        QVERIFY(SimListMatcher::parseEntries(QString()).isEmpty());
        QVERIFY(SimListMatcher::parseEntries(u" \n\t,;\r\n"_s).isEmpty());
    }

    void parseEntries_stripsQuotesWrappersAndBom() {
        const QString text = u"\uFEFF\"8997010000000000001\"\n"
                             u"'8997010000000000002'\n"
                             u"=\"8997010000000000003\"\n"
                             u"\"=\"\"8997010000000000004\"\"\",\"=\"\"77010000004\"\"\"\n"
                             u"+77010000005\n"_s;
        QCOMPARE(SimListMatcher::parseEntries(text),
                 (QStringList{u"8997010000000000001"_s, u"8997010000000000002"_s,
                              u"8997010000000000003"_s, u"8997010000000000004"_s, u"77010000004"_s,
                              u"77010000005"_s}));
    }

    void parseEntries_groupedDigits_stayOneEntry() {
        QCOMPARE(SimListMatcher::parseEntries(u"+7 701 123-45-67\n"
                                              u"8 (701) 123-45-68\n"
                                              u"7 701 123 45 69\n"
                                              u"8997 0100 0000 0000 007\n"_s),
                 (QStringList{u"77011234567"_s, u"87011234568"_s, u"77011234569"_s,
                              u"8997010000000000007"_s}));
        // Whole values separated by spaces are separate entries.
        QCOMPARE(SimListMatcher::parseEntries(u"77011234567 77011234568 +77011234569"_s),
                 (QStringList{u"77011234567"_s, u"77011234568"_s, u"77011234569"_s}));
        QCOMPARE(SimListMatcher::parseEntries(u"12 13 14"_s),
                 (QStringList{u"12"_s, u"13"_s, u"14"_s}));
    }

    void parseEntries_duplicates_keepFirstOrder() {
        QCOMPARE(SimListMatcher::parseEntries(u"3\n1\n3\n2\n1\n\"2\""_s),
                 (QStringList{u"3"_s, u"1"_s, u"2"_s}));
    }

    void parseEntries_csvHeader_isSkipped() {
        QCOMPARE(SimListMatcher::parseEntries(u"ICCID;Number\n8997010000000000001;77010000001\n"_s),
                 (QStringList{u"8997010000000000001"_s, u"77010000001"_s}));
        // An id column: its cells are ids, and only ids.
        QCOMPARE(SimListMatcher::parseEntries(u"\n\"SIM id\"\n42\n"_s), QStringList{u"id:42"_s});
        // Not a header: the first line holds values.
        QCOMPARE(SimListMatcher::parseEntries(u"8997010000000000003F\nabc\n"_s),
                 (QStringList{u"8997010000000000003F"_s, u"abc"_s}));
        QCOMPARE(SimListMatcher::parseEntries(u"42\nICCID\n"_s),
                 (QStringList{u"42"_s, u"ICCID"_s}));
    }

    void parseEntries_ownCsvExport_findsIccids() {
        TestTemporaryDir dir;
        const QVector<Sim> sims = TestFleet::makeSims(20);
        const ExportRequest request{dir.filePath(u"fleet.csv"_s), ExportRequest::Format::Csv, sims};
        QString error;
        QVERIFY2(FleetExporter::exportNow(request, &error), qPrintable(error));
        const QStringList entries = SimListMatcher::readFile(request.path, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!entries.contains(u"ICCID"_s)); // the header line
        for (const Sim& sim : sims)
            QVERIFY(entries.contains(sim.iccid));
        QCOMPARE(SimListMatcher::match(sims, entries).rows.size(), sims.size());
    }

    void readFile_encodings_data() {
        QTest::addColumn<QByteArray>("bytes");
        // A header that names no known column: a plain list after it.
        const QString text = u"Список\n77010000001\n8997010000000000002 café\n"_s;
        QTest::newRow("utf-8") << text.toUtf8();
        QTest::newRow("utf-8 with BOM") << QByteArray("\xEF\xBB\xBF") + text.toUtf8();
        QStringEncoder utf16(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
        QTest::newRow("utf-16 with BOM") << QByteArray(utf16(text));
        QTest::newRow("latin-1") << QByteArray(
            "Nummer\n77010000001\n8997010000000000002 caf\xE9\n");
    }
    void readFile_encodings() {
        QFETCH(QByteArray, bytes);
        TestTemporaryDir dir;
        QString error = u"stale"_s;
        const QStringList entries =
            SimListMatcher::readFile(writeFile(dir, u"list.txt"_s, bytes), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(entries, (QStringList{u"77010000001"_s, u"8997010000000000002"_s, u"café"_s}));
    }

    void readFile_problems_reportErrors() {
        TestTemporaryDir dir;
        QString error;
        QVERIFY(SimListMatcher::readFile(dir.filePath(u"absent.txt"_s), &error).isEmpty());
        QVERIFY(error.contains(u"absent.txt"_s));

        error.clear();
        QVERIFY(SimListMatcher::readFile(
                    writeFile(dir, u"image.csv"_s, QByteArray("PK\x03\x04\0\0binary", 12)), &error)
                    .isEmpty());
        QVERIFY(!error.isEmpty());

        error.clear();
        const QString big = writeFile(dir, u"big.csv"_s, "1\n");
        QVERIFY(QFile(big).resize(SimListMatcher::kMaxFileBytes + 1));
        QVERIFY(SimListMatcher::readFile(big, &error).isEmpty());
        QVERIFY(error.contains(u"too large"_s));
    }

    // readFile reads what the file holds (fuzzing found it allocating and
    // touching a buffer of the whole 20 MB limit for every list, however
    // short), and still a list of exactly the limit to its last entry.
    void readFile_atTheLimit_readsToTheEnd() {
        TestTemporaryDir dir;
        QByteArray bytes(SimListMatcher::kMaxFileBytes, 'x');
        const QByteArray first = "77010000001\n";
        const QByteArray last = "\n8997010000000000002\n";
        bytes.replace(0, first.size(), first);
        bytes.replace(bytes.size() - last.size(), last.size(), last);
        QString error;
        const QStringList entries =
            SimListMatcher::readFile(writeFile(dir, u"limit.txt"_s, bytes), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries.first(), u"77010000001"_s);
        QCOMPARE(entries.last(), u"8997010000000000002"_s);
    }

    void match_byIccidNumberExternalNumberAndId() {
        const QVector<Sim> sims = smallFleet();
        const SimListMatcher::MatchResult result =
            SimListMatcher::match(sims, {sims.at(0).iccid, u"77015551234"_s, u"+7 999 000-11-22"_s,
                                         u"8997010000000000003f"_s, u"id:42"_s, sims.at(5).number});
        QCOMPARE(result.rows, (QVector<int>{0, 1, 2, 3, 4, 5}));
        QVERIFY(result.notFound.isEmpty());
    }

    void match_numberFormats_compareDigitsOnly_data() {
        QTest::addColumn<QString>("entry");
        QTest::newRow("plain") << u"77015551234"_s;
        QTest::newRow("plus") << u"+77015551234"_s;
        QTest::newRow("spaces and dashes") << u"+7 701 555-12-34"_s;
        QTest::newRow("brackets") << u"7 (701) 555 12 34"_s;
        QTest::newRow("dots") << u"7.701.555.12.34"_s;
        QTest::newRow("local form") << u"8 701 555-12-34"_s;
        QTest::newRow("local form, digits") << u"87015551234"_s;
    }
    void match_numberFormats_compareDigitsOnly() {
        QFETCH(QString, entry);
        const SimListMatcher::MatchResult result = SimListMatcher::match(smallFleet(), {entry});
        QCOMPARE(result.rows, QVector<int>{1});
        QVERIFY(result.notFound.isEmpty());
    }

    void match_unknownEntries_listedInInputOrder() {
        const QVector<Sim> sims = smallFleet();
        const SimListMatcher::MatchResult result =
            SimListMatcher::match(sims, {u"999"_s, sims.at(2).iccid, u"nonsense"_s,
                                         u"8997000000000000000"_s, sims.at(2).number});
        QCOMPARE(result.rows, QVector<int>{2});
        QCOMPARE(result.notFound, (QStringList{u"999"_s, u"nonsense"_s, u"8997000000000000000"_s}));
    }

    void match_sameNumberOnSeveralSims_selectsAll() {
        QVector<Sim> sims = TestFleet::makeSims(4);
        sims[1].number = sims.at(3).number;
        const auto result = SimListMatcher::match(sims, {sims.at(3).number, sims.at(3).iccid});
        QCOMPARE(result.rows, (QVector<int>{1, 3}));
    }

    void match_largeLists_ascendingUniqueRows() {
        const QVector<Sim> sims = TestFleet::makeSims(5000);
        QStringList entries;
        for (int i = 4999; i >= 0; i -= 2) {
            entries << sims.at(i).iccid << TestFleet::numberFor(i);
            entries << u"+"_s + TestFleet::numberFor(i);
        }
        for (int i = 0; i < 2000; ++i)
            entries << u"unknown-%1"_s.arg(i);
        const SimListMatcher::MatchResult result = SimListMatcher::match(sims, entries);
        QCOMPARE(result.rows.size(), 2500);
        QVERIFY(std::is_sorted(result.rows.begin(), result.rows.end()));
        QVERIFY(std::adjacent_find(result.rows.begin(), result.rows.end()) == result.rows.end());
        QCOMPARE(result.rows.first(), 1);
        QCOMPARE(result.notFound.size(), 2000);
        QCOMPARE(result.notFound.first(), u"unknown-0"_s);
    }

    void match_bareNumber_neverMatchesAnId() {
        const QVector<Sim> sims = smallFleet(); // sims[4].id == 42
        const SimListMatcher::MatchResult bare = SimListMatcher::match(sims, {u"42"_s});
        QVERIFY(bare.rows.isEmpty());
        QCOMPARE(bare.notFound, QStringList{u"42"_s});
        // A long number that happens to equal an id selects nothing either.
        QVector<Sim> clash = TestFleet::makeSims(3);
        clash[0].id = 77010000002; // the number of clash[2]
        QCOMPARE(SimListMatcher::match(clash, {clash.at(2).number}).rows, QVector<int>{2});
        // Named as an id, it matches by id only.
        QCOMPARE(SimListMatcher::match(sims, {u"id:42"_s}).rows, QVector<int>{4});
        QCOMPARE(SimListMatcher::match(sims, {u"id:999"_s}).notFound, QStringList{u"id:999"_s});
    }

    void parseEntries_headedCsv_readsOnlyItsSimColumns() {
        const QString csv =
            u"Name;ICCID;Comment;Status\r\n"
            u"\"Pump; north\";=\"8997010000000000001\";\"note, 42\nline 2\";Active\r\n"
            u"Meter 7;8997010000000000002;1234567;Blocked: MSU limit (irreversible)\r\n"_s;
        QCOMPARE(SimListMatcher::parseEntries(csv),
                 (QStringList{u"8997010000000000001"_s, u"8997010000000000002"_s}));
        // Russian headers, any case, several kinds of columns.
        const QString ru = u"Название,ICCID,НОМЕР,Внешний номер,Id\n"
                           u"x,8997010000000000001,+7 701 000-00-01,,42\n"_s;
        QCOMPARE(SimListMatcher::parseEntries(ru),
                 (QStringList{u"8997010000000000001"_s, u"77010000001"_s, u"id:42"_s}));
    }

    void ownCsvExport_selectsExactlyItsSims_data() {
        QTest::addColumn<int>("separator");
        QTest::newRow("comma") << int(ExportRequest::CsvSeparator::Comma);
        QTest::newRow("semicolon") << int(ExportRequest::CsvSeparator::Semicolon);
    }
    void ownCsvExport_selectsExactlyItsSims() {
        QFETCH(int, separator);
        TestTemporaryDir dir;
        const QVector<Sim> fleet = TestFleet::makeSims(600);
        // Export every third SIM: names with commas, quotes and line breaks,
        // comments, groups, balances and MSU values that look like ids.
        QVector<Sim> exported;
        QVector<int> expectedRows;
        for (int i = 0; i < fleet.size(); i += 3) {
            exported.append(fleet.at(i));
            expectedRows.append(i);
        }
        ExportRequest request{dir.filePath(u"fleet.csv"_s), ExportRequest::Format::Csv, exported};
        request.separator = ExportRequest::CsvSeparator(separator);
        QString error;
        QVERIFY2(FleetExporter::exportNow(request, &error), qPrintable(error));
        const QStringList entries = SimListMatcher::readFile(request.path, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const SimListMatcher::MatchResult result = SimListMatcher::match(fleet, entries);
        QCOMPARE(result.notFound, QStringList());
        QCOMPARE(result.rows, expectedRows);
    }

    void match_emptyInputs() {
        QVERIFY(SimListMatcher::match({}, {u"1"_s}).rows.isEmpty());
        QCOMPARE(SimListMatcher::match({}, {u"1"_s}).notFound, QStringList{u"1"_s});
        const auto result = SimListMatcher::match(smallFleet(), {});
        QVERIFY(result.rows.isEmpty() && result.notFound.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSimListMatcher)
#include "tst_sim_list_matcher.moc"
