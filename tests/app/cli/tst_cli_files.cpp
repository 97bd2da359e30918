#include "api/AccountService.h"
#include "api/Bill.h"
#include "api/ProviderTime.h"
#include "models/bills/BillFileName.h"
#include "models/reports/ReportsModel.h"
#include "tests/support/ApiTestSupport.h"
#include "tests/support/CsvReader.h"
#include "tests/support/EmulatorFixture.h"
#include "tests/support/ProcessOutputLog.h"
#include "tests/support/XlsxReader.h"

#include "tests/support/TestTemporaryDir.h"
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QtTest>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <csignal>
#endif

using namespace simfleet;

namespace {

constexpr int kProcessTimeoutMs = 120000;

struct CliResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

QString binary(const QString& name) {
    const QString dir = qEnvironmentVariable("SIMFLEET_BIN_DIR");
    return dir.isEmpty() ? name : dir + QLatin1Char('/') + name;
}

// Every name in `dir`, hidden ones (temporary files) included.
QStringList filesIn(const QString& dir) {
    QStringList names = QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System);
    names.sort();
    return names;
}

QByteArray head(const QString& path, int bytes) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(bytes) : QByteArray();
}

// A whole PDF: its header and, near its end, the end-of-file marker.
bool isCompletePdf(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray bytes = file.readAll();
    return bytes.startsWith("%PDF-") && bytes.right(64).contains("%%EOF");
}

// A CSV the app wrote: ',' or ';' as the locale of the writer said.
QVector<QStringList> readCsv(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray firstLine = file.readLine();
    return readCsvFile(path, firstLine.count(';') > firstLine.count(',') ? u';' : u',');
}

} // namespace

// simfleet-cli writing files: `bills download --all` and `reports … --csv/--xlsx`,
// run as a process against the in-process emulator over loopback HTTP (so that
// the test can make downloads fail or answer late).
class tst_CliFiles final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void help_downloadAndReports_describeTheNewOptions();
    void downloadAll_invoices_oneFilePerBillNamedAsTheDesktopApp();
    void downloadAll_fromPeriodBoth_invoicesAndTranscriptsOfThoseMonths();
    void downloadAll_existingFiles_skippedUnlessOverwrite();
    void downloadAll_cutDownloads_leaveNoPartialFile();
    void downloadAll_interrupted_leavesNoPartialFile();
    void downloadAll_badOptions_usageErrorsAndNothingSent_data();
    void downloadAll_badOptions_usageErrorsAndNothingSent();
    void downloadAll_outIsAFile_localFileError();
    void downloadOne_byId_stillWorks();
    void reportsCsv_sameColumnsAndRowsAsTheDesktopExport();
    void reportsXlsx_sameColumnsAndRowsAsTheDesktopExport();
    void reports_csvAndXlsx_usageErrorNothingWritten();
    void reports_missingFolder_localFileErrorBeforeReading();

private:
    CliResult runCli(const QStringList& arguments);
    // Starts the CLI without waiting (for the interruption test).
    void startCli(QProcess& cli, const QStringList& arguments);
    static bool waitFor(QProcess& cli, CliResult* result);
    QString folder(const QString& name) const { return m_dir.filePath(name); }
    // The file names the desktop app gives these bills' files.
    QStringList expectedNames(const QVector<Bill>& bills, bool invoices, bool transcripts) const;
    // "YYYY-MM" of a bill's period "MM.YYYY".
    static QString periodOption(const Bill& bill);
    // The bills of the period of `from` or later.
    QVector<Bill> billsFrom(const QString& from) const;
    int requestCount(const QString& prefix) const;

    std::unique_ptr<EmulatorFixture> m_fixture;
    TestTemporaryDir m_dir;
    QVector<Bill> m_bills; // newest first, as the server lists them
};

void tst_CliFiles::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_fixture = std::make_unique<EmulatorFixture>(EmulatorFixture::smallFleet(40));
    QVERIFY(m_fixture->isListening());
    Outcome<ListPage<Bill>> bills;
    BillService(&m_fixture->client()).fetchAll(this, bills.sink());
    QVERIFY(bills.wait());
    API_VERIFY_OK(bills);
    m_bills = bills.value().items;
    QVERIFY(m_bills.size() >= 6);
}

void tst_CliFiles::init() {
    m_fixture->emulator().setLatencyMs(0);
    m_fixture->emulator().setDownloadCutRate(0.0);
}

void tst_CliFiles::startCli(QProcess& cli, const QStringList& arguments) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SIMFLEET_TOKEN"), m_fixture->config().adminToken);
    env.insert(QStringLiteral("SIMFLEET_API_URL"), m_fixture->emulator().baseUrl().toString());
    env.remove(QStringLiteral("SIMFLEET_VERBOSE"));
    cli.setProcessEnvironment(env);
    cli.setWorkingDirectory(m_dir.path());
    cli.start(binary(QStringLiteral("simfleet-cli")),
              QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + arguments);
    cli.closeWriteChannel();
}

bool tst_CliFiles::waitFor(QProcess& cli, CliResult* result) {
    // The emulator answers from this thread's event loop: wait with it running.
    const bool ended =
        cli.state() == QProcess::NotRunning ||
        QTest::qWaitFor([&cli] { return cli.state() == QProcess::NotRunning; }, kProcessTimeoutMs);
    if (!ended) {
        cli.kill();
        cli.waitForFinished();
    }
    result->exitCode = cli.exitStatus() == QProcess::NormalExit ? cli.exitCode() : -1;
    result->out = cli.readAllStandardOutput();
    result->err = cli.readAllStandardError();
    keepProcessOutput(QStringLiteral("simfleet-cli"), result->out, result->err);
    return ended;
}

CliResult tst_CliFiles::runCli(const QStringList& arguments) {
    QProcess cli;
    startCli(cli, arguments);
    CliResult result;
    if (!cli.waitForStarted(kProcessTimeoutMs)) {
        result.err = cli.errorString().toUtf8();
        return result;
    }
    waitFor(cli, &result);
    return result;
}

QStringList tst_CliFiles::expectedNames(const QVector<Bill>& bills, bool invoices,
                                        bool transcripts) const {
    const QTimeZone zone = ProviderTime::defaultZone();
    QStringList names;
    for (const Bill& bill : bills) {
        if (invoices)
            names << BillFileName::forBill(bill, bill.periodText(zone), false);
        if (transcripts)
            names << BillFileName::forBill(bill, bill.periodText(zone), true);
    }
    names.sort();
    return names;
}

QString tst_CliFiles::periodOption(const Bill& bill) {
    const QString period = bill.periodText(ProviderTime::defaultZone()); // MM.YYYY
    return period.mid(3) + u'-' + period.left(2);
}

QVector<Bill> tst_CliFiles::billsFrom(const QString& from) const {
    QVector<Bill> bills;
    for (const Bill& bill : m_bills) {
        if (periodOption(bill) >= from)
            bills << bill;
    }
    return bills;
}

int tst_CliFiles::requestCount(const QString& prefix) const {
    int count = 0;
    for (const auto& entry : m_fixture->journal())
        count += entry.method.startsWith(prefix) ? 1 : 0;
    return count;
}

void tst_CliFiles::help_downloadAndReports_describeTheNewOptions() {
    CliResult result =
        runCli({QStringLiteral("bills"), QStringLiteral("download"), QStringLiteral("--help")});
    QCOMPARE(result.exitCode, 0);
    for (const char* text : {"--all", "--from-period YYYY-MM", "--both", "--out DIR", "--overwrite",
                             "--id N", "bills download --all"})
        QVERIFY2(result.out.contains(text), text);
    result = runCli({QStringLiteral("reports"), QStringLiteral("day"), QStringLiteral("--help")});
    QCOMPARE(result.exitCode, 0);
    for (const char* text : {"--csv FILE", "--xlsx FILE", "reports day"})
        QVERIFY2(result.out.contains(text), text);
}

void tst_CliFiles::downloadAll_invoices_oneFilePerBillNamedAsTheDesktopApp() {
    const QString out = folder(QStringLiteral("all/new")); // created, parents too
    const CliResult result =
        runCli({QStringLiteral("bills"), QStringLiteral("download"), QStringLiteral("--all"),
                QStringLiteral("--out"), out, QStringLiteral("--json")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QStringList expected = expectedNames(m_bills, true, false);
    QCOMPARE(filesIn(out), expected);
    for (const QString& name : expected)
        QVERIFY2(isCompletePdf(QDir(out).filePath(name)), qPrintable(name));
    // Every bill once, each file listed.
    QCOMPARE(requestCount(QStringLiteral("bill/download/")), m_bills.size());
    const QJsonObject json = result.json();
    QCOMPARE(json.value(QLatin1String("saved")).toInt(), m_bills.size());
    QCOMPARE(json.value(QLatin1String("skipped")).toInt(), 0);
    QCOMPARE(json.value(QLatin1String("failed")).toInt(), 0);
    const QJsonArray files = json.value(QLatin1String("files")).toArray();
    QCOMPARE(files.size(), m_bills.size());
    for (const auto& file : files) {
        QCOMPARE(file[QLatin1String("status")].toString(), QStringLiteral("saved"));
        QCOMPARE(file[QLatin1String("kind")].toString(), QStringLiteral("invoice"));
        QVERIFY(QFileInfo::exists(file[QLatin1String("path")].toString()));
        QVERIFY(file[QLatin1String("bytes")].toInteger() > 0);
    }
    // stderr is not a terminal here: one progress line per file.
    const QList<QByteArray> lines = result.err.split('\n');
    const auto progressLines = std::count_if(lines.cbegin(), lines.cend(), [](const QByteArray& l) {
        return l.startsWith("Downloading ");
    });
    QCOMPARE(progressLines, m_bills.size());
    const QString first = BillFileName::forBill(
        m_bills.first(), m_bills.first().periodText(ProviderTime::defaultZone()), false);
    QVERIFY2(result.err.contains("Downloading 1/" + QByteArray::number(m_bills.size()) + ": " +
                                 first.toUtf8()),
             result.err.constData());
}

void tst_CliFiles::downloadAll_fromPeriodBoth_invoicesAndTranscriptsOfThoseMonths() {
    // The 4th newest bill's month: that bill and the 3 newer ones.
    const QString from = periodOption(m_bills.at(3));
    const QVector<Bill> chosen = billsFrom(from);
    QCOMPARE(chosen.size(), 4);
    const QString out = folder(QStringLiteral("both"));
    const CliResult result = runCli({QStringLiteral("bills"), QStringLiteral("download"),
                                     QStringLiteral("--all"), QStringLiteral("--from-period"), from,
                                     QStringLiteral("--both"), QStringLiteral("--out"), out});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QStringList expected = expectedNames(chosen, true, true);
    QCOMPARE(filesIn(out), expected);
    for (const QString& name : expected) {
        const QString path = QDir(out).filePath(name);
        if (name.endsWith(QLatin1String(".pdf"))) {
            QVERIFY2(isCompletePdf(path), qPrintable(name));
        } else {
            XlsxReader workbook;
            QVERIFY2(workbook.load(path), qPrintable(workbook.error()));
            QVERIFY(workbook.rows().size() > 1);
            QCOMPARE(workbook.rows().first().first().text, QStringLiteral("ICCID"));
        }
    }
    QVERIFY2(result.out.contains("Saved: 8, skipped: 0, failed: 0"), result.out.constData());

    // --transcript alone: the transcripts only.
    const QString transcripts = folder(QStringLiteral("transcripts"));
    const CliResult only =
        runCli({QStringLiteral("bills"), QStringLiteral("download"), QStringLiteral("--all"),
                QStringLiteral("--from-period"), from, QStringLiteral("--transcript"),
                QStringLiteral("--out"), transcripts});
    QVERIFY2(only.exitCode == 0, only.err.constData());
    QCOMPARE(filesIn(transcripts), expectedNames(chosen, false, true));
}

void tst_CliFiles::downloadAll_existingFiles_skippedUnlessOverwrite() {
    const QString from = periodOption(m_bills.at(2));
    const QVector<Bill> chosen = billsFrom(from);
    const QString out = folder(QStringLiteral("again"));
    const QStringList args{QStringLiteral("bills"),
                           QStringLiteral("download"),
                           QStringLiteral("--all"),
                           QStringLiteral("--from-period"),
                           from,
                           QStringLiteral("--out"),
                           out};
    CliResult result = runCli(args);
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QStringList names = expectedNames(chosen, true, false);
    QCOMPARE(filesIn(out), names);
    const QString changed = QDir(out).filePath(names.first());
    {
        QFile file(changed);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("kept by the user");
    }
    const int downloadsBefore = requestCount(QStringLiteral("bill/download/"));
    result = runCli(args + QStringList{QStringLiteral("--json")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QCOMPARE(requestCount(QStringLiteral("bill/download/")), downloadsBefore);
    QCOMPARE(head(changed, 100), QByteArray("kept by the user"));
    QVERIFY2(result.err.contains("Skipped " + names.first().toUtf8()), result.err.constData());
    QVERIFY(result.err.contains("--overwrite"));
    QCOMPARE(result.json().value(QLatin1String("skipped")).toInt(), chosen.size());
    QCOMPARE(result.json().value(QLatin1String("saved")).toInt(), 0);
    for (const auto& file : result.json().value(QLatin1String("files")).toArray())
        QCOMPARE(file[QLatin1String("status")].toString(), QStringLiteral("skipped"));

    result = runCli(args + QStringList{QStringLiteral("--overwrite")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY(isCompletePdf(changed));
    QCOMPARE(filesIn(out), names);
    QVERIFY2(result.out.contains(QByteArray("Saved: ") + QByteArray::number(chosen.size()) +
                                 ", skipped: 0"),
             result.out.constData());
}

void tst_CliFiles::downloadAll_cutDownloads_leaveNoPartialFile() {
    // Rate 3/4 cuts requests 2, 3, 4, 6, 7, 8, ...: with its two retries the
    // 1st and 3rd files arrive, the 2nd and 4th are cut off three times.
    const QString from = periodOption(m_bills.at(3));
    const QVector<Bill> chosen = billsFrom(from);
    QCOMPARE(chosen.size(), 4);
    const QString out = folder(QStringLiteral("cut"));
    m_fixture->emulator().setDownloadCutRate(0.75);
    const CliResult result = runCli({QStringLiteral("bills"), QStringLiteral("download"),
                                     QStringLiteral("--all"), QStringLiteral("--from-period"), from,
                                     QStringLiteral("--out"), out, QStringLiteral("--json")});
    // A download cut short is an answer SimFleet cannot read.
    QVERIFY2(result.exitCode == 3, result.err.constData());
    const QTimeZone zone = ProviderTime::defaultZone();
    const QStringList saved{
        BillFileName::forBill(chosen.at(0), chosen.at(0).periodText(zone), false),
        BillFileName::forBill(chosen.at(2), chosen.at(2).periodText(zone), false)};
    QStringList sortedSaved = saved;
    sortedSaved.sort();
    QCOMPARE(filesIn(out), sortedSaved); // no partial and no temporary file
    for (const QString& name : saved)
        QVERIFY2(isCompletePdf(QDir(out).filePath(name)), qPrintable(name));
    const QJsonObject json = result.json();
    QCOMPARE(json.value(QLatin1String("saved")).toInt(), 2);
    QCOMPARE(json.value(QLatin1String("failed")).toInt(), 2);
    int failed = 0;
    for (const auto& file : json.value(QLatin1String("files")).toArray()) {
        if (file[QLatin1String("status")].toString() != QLatin1String("failed"))
            continue;
        ++failed;
        QVERIFY(!QFileInfo::exists(file[QLatin1String("path")].toString()));
        QVERIFY(!file[QLatin1String("message")].toString().isEmpty());
    }
    QCOMPARE(failed, 2);
    QVERIFY2(result.err.contains("no partial file was left"), result.err.constData());
}

void tst_CliFiles::downloadAll_interrupted_leavesNoPartialFile() {
#ifndef Q_OS_UNIX
    QSKIP("Signals are a Unix matter");
#else
    const QString out = folder(QStringLiteral("interrupted"));
    const QString from = periodOption(m_bills.at(1));
    // The list is answered at once; from then on answers come late, so the
    // first download stays open (on a file system without O_TMPFILE its
    // temporary file is then visible).
    novaemu::Emulator& emulator = m_fixture->emulator();
    const QMetaObject::Connection slowDown = connect(&emulator, &novaemu::Emulator::requestServed,
                                                     this, [&emulator](const QString& method) {
                                                         if (method == QLatin1String("bill/list"))
                                                             emulator.setLatencyMs(60000);
                                                     });
    const int downloadsBefore = requestCount(QStringLiteral("bill/download/"));
    QProcess cli;
    startCli(cli, {QStringLiteral("bills"), QStringLiteral("download"), QStringLiteral("--all"),
                   QStringLiteral("--from-period"), from, QStringLiteral("--out"), out});
    QVERIFY(cli.waitForStarted(kProcessTimeoutMs));
    QVERIFY(QTest::qWaitFor(
        [&] { return requestCount(QStringLiteral("bill/download/")) > downloadsBefore; },
        kProcessTimeoutMs));
    disconnect(slowDown);
    QCOMPARE(::kill(pid_t(cli.processId()), SIGINT), 0);
    CliResult result;
    QVERIFY(waitFor(cli, &result));
    QCOMPARE(result.exitCode, 130);
    QCOMPARE(filesIn(out), QStringList());
    QVERIFY2(result.err.contains("Interrupted"), result.err.constData());
    QVERIFY2(result.out.contains("Saved: 0"), result.out.constData());
    m_fixture->emulator().setLatencyMs(0);
#endif
}

void tst_CliFiles::downloadAll_badOptions_usageErrorsAndNothingSent_data() {
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("mentions");
    const QString out = QStringLiteral("--out");
    const QString dir = QStringLiteral("never");
    QTest::newRow("all and id") << QStringList{QStringLiteral("--all"), QStringLiteral("--id"),
                                               QStringLiteral("5001"), out, dir}
                                << QStringLiteral("--id");
    QTest::newRow("all without out")
        << QStringList{QStringLiteral("--all")} << QStringLiteral("--out DIR");
    QTest::newRow("month 13") << QStringList{QStringLiteral("--all"),
                                             QStringLiteral("--from-period"),
                                             QStringLiteral("2026-13"), out, dir}
                              << QStringLiteral("YYYY-MM");
    QTest::newRow("month 0") << QStringList{QStringLiteral("--all"),
                                            QStringLiteral("--from-period"),
                                            QStringLiteral("2026-00"), out, dir}
                             << QStringLiteral("YYYY-MM");
    QTest::newRow("period as shown")
        << QStringList{QStringLiteral("--all"), QStringLiteral("--from-period"),
                       QStringLiteral("03.2026"), out, dir}
        << QStringLiteral("03.2026");
    QTest::newRow("transcript and both")
        << QStringList{QStringLiteral("--all"), QStringLiteral("--transcript"),
                       QStringLiteral("--both"), out, dir}
        << QStringLiteral("--both");
    QTest::newRow("output with all")
        << QStringList{QStringLiteral("--all"), QStringLiteral("--output"), dir, out, dir}
        << QStringLiteral("--output");
    QTest::newRow("out without all")
        << QStringList{QStringLiteral("--id"), QStringLiteral("5001"), out, dir}
        << QStringLiteral("--out");
    QTest::newRow("from-period without all")
        << QStringList{QStringLiteral("--id"), QStringLiteral("5001"),
                       QStringLiteral("--from-period"), QStringLiteral("2026-01")}
        << QStringLiteral("--from-period");
    QTest::newRow("neither id nor all") << QStringList{} << QStringLiteral("--all");
}

void tst_CliFiles::downloadAll_badOptions_usageErrorsAndNothingSent() {
    QFETCH(QStringList, options);
    QFETCH(QString, mentions);
    const int requestsBefore = m_fixture->journalCount();
    const CliResult result =
        runCli(QStringList{QStringLiteral("bills"), QStringLiteral("download")} + options);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(mentions.toUtf8()), result.err.constData());
    QCOMPARE(m_fixture->journalCount(), requestsBefore);
    QVERIFY(!QFileInfo::exists(folder(QStringLiteral("never"))));
    // --json: the same as an error object.
    const CliResult json = runCli(
        QStringList{QStringLiteral("bills"), QStringLiteral("download"), QStringLiteral("--json")} +
        options);
    QCOMPARE(json.exitCode, 2);
    QCOMPARE(QJsonDocument::fromJson(json.err).object().value(QLatin1String("error")).toString(),
             QStringLiteral("usage"));
}

void tst_CliFiles::downloadAll_outIsAFile_localFileError() {
    const QString path = folder(QStringLiteral("plain-file"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("x");
    }
    const int requestsBefore = m_fixture->journalCount();
    const CliResult result = runCli({QStringLiteral("bills"), QStringLiteral("download"),
                                     QStringLiteral("--all"), QStringLiteral("--out"), path});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("not a folder"), result.err.constData());
    QCOMPARE(m_fixture->journalCount(), requestsBefore);
}

void tst_CliFiles::downloadOne_byId_stillWorks() {
    const QString path = folder(QStringLiteral("one.pdf"));
    const CliResult result =
        runCli({QStringLiteral("bills"), QStringLiteral("download"), QStringLiteral("--id"),
                QString::number(m_bills.first().id), QStringLiteral("--output"), path});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY(isCompletePdf(path));
}

void tst_CliFiles::reportsCsv_sameColumnsAndRowsAsTheDesktopExport() {
    const QDate end =
        ProviderTime::dayOf(QDateTime::currentSecsSinceEpoch(), ProviderTime::defaultZone())
            .addDays(-2);
    const QStringList range{QStringLiteral("--from"), end.addDays(-3).toString(Qt::ISODate),
                            QStringLiteral("--to"), end.toString(Qt::ISODate)};
    const CliResult json = runCli(
        QStringList{QStringLiteral("reports"), QStringLiteral("day"), QStringLiteral("--json")} +
        range);
    QVERIFY2(json.exitCode == 0, json.err.constData());
    const QJsonArray rows = QJsonDocument::fromJson(json.out).array();
    QVERIFY(!rows.isEmpty());

    const QString path = folder(QStringLiteral("day.csv"));
    const CliResult result = runCli(QStringList{QStringLiteral("reports"), QStringLiteral("day"),
                                                QStringLiteral("--csv"), path} +
                                    range);
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY2(result.out.startsWith(QByteArray::number(rows.size()) + " row"),
             result.out.constData());
    const QVector<QStringList> records = readCsv(path);
    QCOMPARE(records.size(), rows.size() + 1);
    ReportsModel desktop(&m_fixture->client());
    const QAbstractItemModel* table = desktop.table(ReportsModel::Kind::Daily);
    QStringList header;
    for (int column = 0; column < table->columnCount(); ++column)
        header << table->headerData(column, Qt::Horizontal).toString();
    QCOMPARE(records.first(), header);
    // The rows are the report's, with the provider's days of the range.
    QSet<QString> iccids, written;
    for (const auto& row : rows)
        iccids.insert(row[QLatin1String("iccid")].toString());
    const QStringList iccidColumn = csvColumn(records, ReportsModel::DailyIccid).mid(1);
    written = QSet<QString>(iccidColumn.cbegin(), iccidColumn.cend());
    QCOMPARE(written, iccids);
    QVERIFY(filesIn(m_dir.path()).filter(QStringLiteral("day.csv")).size() == 1); // no leftovers
}

void tst_CliFiles::reportsXlsx_sameColumnsAndRowsAsTheDesktopExport() {
    const QDate end =
        ProviderTime::dayOf(QDateTime::currentSecsSinceEpoch(), ProviderTime::defaultZone())
            .addDays(-2);
    const QStringList query{QStringLiteral("--from"), end.toString(Qt::ISODate),
                            QStringLiteral("--to"), end.toString(Qt::ISODate)};
    for (const QString& kind : {QStringLiteral("sessions"), QStringLiteral("calls")}) {
        const CliResult json =
            runCli(QStringList{QStringLiteral("reports"), kind, QStringLiteral("--json")} + query);
        QVERIFY2(json.exitCode == 0, json.err.constData());
        const QJsonArray rows = QJsonDocument::fromJson(json.out).array();
        const QString path = folder(kind + QStringLiteral(".xlsx"));
        const CliResult result =
            runCli(QStringList{QStringLiteral("reports"), kind, QStringLiteral("--xlsx"), path,
                               QStringLiteral("--json")} +
                   query);
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QCOMPARE(result.json().value(QLatin1String("rows")).toInt(), rows.size());
        QCOMPARE(result.json().value(QLatin1String("format")).toString(), QStringLiteral("xlsx"));
        XlsxReader workbook;
        QVERIFY2(workbook.load(path), qPrintable(workbook.error()));
        QCOMPARE(workbook.rows().size(), rows.size() + 1);
        ReportsModel desktop(&m_fixture->client());
        const QAbstractItemModel* table =
            desktop.table(kind == QLatin1String("calls") ? ReportsModel::Kind::CallsAndSms
                                                         : ReportsModel::Kind::Sessions);
        QCOMPARE(workbook.rows().first().size(), table->columnCount());
        for (int column = 0; column < table->columnCount(); ++column)
            QCOMPARE(workbook.rows().first().at(column).text,
                     table->headerData(column, Qt::Horizontal).toString());
    }
}

void tst_CliFiles::reports_csvAndXlsx_usageErrorNothingWritten() {
    const int requestsBefore = m_fixture->journalCount();
    const QString csv = folder(QStringLiteral("both.csv"));
    const QString xlsx = folder(QStringLiteral("both.xlsx"));
    const CliResult result = runCli({QStringLiteral("reports"), QStringLiteral("calls"),
                                     QStringLiteral("--csv"), csv, QStringLiteral("--xlsx"), xlsx});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains("--csv") && result.err.contains("--xlsx"), result.err.constData());
    QVERIFY(!QFileInfo::exists(csv));
    QVERIFY(!QFileInfo::exists(xlsx));
    QCOMPARE(m_fixture->journalCount(), requestsBefore);
}

void tst_CliFiles::reports_missingFolder_localFileErrorBeforeReading() {
    const int requestsBefore = m_fixture->journalCount();
    const QString path = folder(QStringLiteral("no-such-folder/report.csv"));
    CliResult result =
        runCli({QStringLiteral("reports"), QStringLiteral("day"), QStringLiteral("--csv"), path});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("does not exist"), result.err.constData());
    QCOMPARE(m_fixture->journalCount(), requestsBefore);
    // A folder where the file should go.
    result = runCli(
        {QStringLiteral("reports"), QStringLiteral("day"), QStringLiteral("--xlsx"), m_dir.path()});
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(m_fixture->journalCount(), requestsBefore);
}

QTEST_MAIN(tst_CliFiles)
#include "tst_cli_files.moc"
