#include "app/core/AccountFiles.h"
#include "app/core/AppLogging.h"
#include "models/jobs/BulkJob.h"
#include "models/storage/JobStore.h"
#include "tests/support/ProcessOutputLog.h"
#include "tests/support/XlsxReader.h"

#include "tests/support/TestTemporaryDir.h"
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QLoggingCategory>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTimeZone>
#include <QUrl>
#include <QtTest>

#include <algorithm>

using namespace simfleet;

namespace {

constexpr int kFleetSize = 300;
constexpr int kProcessTimeoutMs = 60000;

struct CliResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

QString binary(const QString& name) {
    const QString dir = qEnvironmentVariable("SIMFLEET_BIN_DIR");
    return dir.isEmpty() ? name : dir + QLatin1Char('/') + name;
}

} // namespace

// Runs the real simfleet-cli against a real simfleet-emulator over loopback HTTP.
class tst_Cli final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void help_general_listsAreasAndExitsZero();
    void help_area_listsActionOptions();
    void unknownArea_exitsUsage();
    void unknownOption_exitsUsage();
    void verbose_flagOrEnvironment_logsApiRequests();
    void appLogging_verboseRequested_argumentsAndEnvironment();
    void missingRequiredOption_exitsUsage();
    void simsList_json_returnsEverySimOnce();
    void simsList_table_alignsColumnsAndSummarises();
    void simsList_onePage_reportsAllCount();
    void simsBlock_knownIds_printsQueueId();
    void simsBlock_jsonMode_printsQueueIdObject();
    void idsFile_iccids_resolvedAndQueued();
    void idsFile_unknownEntry_exitsUsageAndSendsNothing();
    void idsFile_missingFile_exitsLocalFileError();
    void sms_tooLong_exitsUsageAndSendsNothing();
    void billsDownload_invoice_writesPdf();
    void billsDownload_transcript_writesXlsx();
    void groupsLifecycle_createEditRemove();
    void usersList_table_showsRoles();
    void profileAndCompany_get_printFields();
    void reports_allPagesAndDateChecks();
    void reportsDay_apiAndIsoDates_sameRequestAndExactDaysInEveryZone();
    void reports_badDateOrZone_exitsUsageNamingTheForms();
    void billsList_issuedDay_isTheProviderDayInEveryZone();
    void profilePassword_stdinOrEnvironment_neverArgv();
    void usersPassword_stdinOrEnvironment_neverArgv();
    void serverText_controlCharactersStripped();
    void callbackUrl_plainHttpRemote_exitsUsageAndSendsNothing();
    void noToken_exitsApiErrorExplainingBothWays();
    void usageError_jsonMode_printsErrorObject();
    void badToken_exitsApiError();
    void badToken_jsonMode_printsErrorKind();
    void readOnlyToken_block_refusedLocally();
    void closedPort_exitsNetworkError();
    void desktopRequestTimeout_appliesUnlessTimeoutGiven();
    void plainHttpRemoteUrl_exitsUsage();
    void lang_ru_translatesServerLanguage();
    void lang_ru_helpInRussian();
    void systemLocale_choosesLanguage_langOverrides();
    void json_sameBytesInEveryLanguage();
    void simsOperation_dryRun_printsPreviewAndSendsNothing();
    void simsOperation_wait_followsEverySimToTheEnd();
    void readOnlyToken_wait_refusedAndSendsNothing();
    void simsSms_waitServerError_listsUnknownApartAndResendsOnlyWhenAsked();
    void wait_journalInUse_exitsFiveAndSendsNothing();
    void wait_followsOnlyTheJobItStarted();
    void groupsAddRemoveSims_dryRunPlansAndWaitKeepsOtherGroups();

private:
    // Each SIM's groups (sorted ids) as `sims list` reads them now.
    QHash<qint64, QVector<qint64>> simGroups();
    // Starts simfleet-emulator --port 0 <arguments>; its API URL, or empty.
    static QString startEmulator(QProcess& emulator, const QStringList& arguments);
    static void stopEmulator(QProcess& emulator);
    // The first `count` SIM ids, comma-separated, and as a list.
    QPair<QString, QVector<qint64>> firstIds(int count);
    // The --wait job journal lives in the test's directory.
    QHash<QString, QString> jobsEnvironment() const {
        return {{QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data"))}};
    }
    // The job journal of `token`'s account (API address + user id) there,
    // where the desktop app keeps it too.
    QString accountJournalPath(const QString& token);
    // `environment` entries are added to (or, when empty, removed from) the CLI's environment.
    CliResult runCli(const QStringList& arguments,
                     const QString& token = QStringLiteral("demo-admin"),
                     const QString& apiUrl = {}, const QByteArray& input = {},
                     const QHash<QString, QString>& environment = {});
    QJsonArray listSims();
    // Methods the emulator received since the journal was last marked.
    QStringList journalMethods() const;
    // The bodies of `method` requests since the journal was last marked.
    QList<QJsonObject> journalBodies(const QString& method) const;
    void markJournal();

    TestTemporaryDir m_dir;
    QProcess m_emulator;
    QString m_apiUrl;
    QString m_journalPath;
    qsizetype m_journalMark = 0;
};

QString tst_Cli::startEmulator(QProcess& emulator, const QStringList& arguments) {
    emulator.setProgram(binary(QStringLiteral("simfleet-emulator")));
    emulator.setArguments(QStringList{QStringLiteral("--port"), QStringLiteral("0")} + arguments);
    emulator.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    emulator.start();
    if (!emulator.waitForStarted(kProcessTimeoutMs)) {
        qWarning() << "cannot start the emulator:" << emulator.errorString();
        return {};
    }
    QDeadlineTimer deadline(kProcessTimeoutMs);
    while (!emulator.canReadLine() && !deadline.hasExpired())
        emulator.waitForReadyRead(200);
    const QString line = QString::fromUtf8(emulator.readLine()).trimmed();
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral("(http://\\S+)")).match(line);
    if (!match.hasMatch())
        qWarning() << "emulator said:" << line;
    return match.hasMatch() ? match.captured(1) : QString();
}

void tst_Cli::stopEmulator(QProcess& emulator) {
    if (emulator.state() == QProcess::NotRunning)
        return;
    emulator.terminate();
    if (!emulator.waitForFinished(5000)) {
        emulator.kill();
        emulator.waitForFinished(5000);
    }
}

void tst_Cli::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_journalPath = m_dir.filePath(QStringLiteral("journal.jsonl"));
    m_apiUrl = startEmulator(m_emulator, {QStringLiteral("--sims"), QString::number(kFleetSize),
                                          QStringLiteral("--queue-delay-ms"), QStringLiteral("200"),
                                          QStringLiteral("--journal"), m_journalPath});
    QVERIFY(!m_apiUrl.isEmpty());
}

void tst_Cli::cleanupTestCase() {
    stopEmulator(m_emulator);
}

CliResult tst_Cli::runCli(const QStringList& arguments, const QString& token, const QString& apiUrl,
                          const QByteArray& input, const QHash<QString, QString>& environment) {
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (token.isEmpty())
        env.remove(QStringLiteral("SIMFLEET_TOKEN"));
    else
        env.insert(QStringLiteral("SIMFLEET_TOKEN"), token);
    env.insert(QStringLiteral("SIMFLEET_API_URL"), apiUrl.isEmpty() ? m_apiUrl : apiUrl);
    env.remove(QStringLiteral("SIMFLEET_OLD_PASSWORD"));
    env.remove(QStringLiteral("SIMFLEET_NEW_PASSWORD"));
    for (auto it = environment.cbegin(); it != environment.cend(); ++it) {
        if (it.value().isEmpty())
            env.remove(it.key());
        else
            env.insert(it.key(), it.value());
    }
    cli.setProcessEnvironment(env);
    cli.setWorkingDirectory(m_dir.path());
    // English unless the test sets the system locale itself (LANG, LC_ALL).
    QStringList all;
    if (!environment.contains(QStringLiteral("LANG")) &&
        !environment.contains(QStringLiteral("LC_ALL")))
        all = QStringList{QStringLiteral("--lang"), QStringLiteral("en")};
    all += arguments;
    cli.start(binary(QStringLiteral("simfleet-cli")), all);
    CliResult result;
    if (!cli.waitForStarted(kProcessTimeoutMs)) {
        result.err = cli.errorString().toUtf8();
        return result;
    }
    cli.write(input);
    cli.closeWriteChannel();
    if (!cli.waitForFinished(kProcessTimeoutMs)) {
        cli.kill();
        cli.waitForFinished();
    }
    result.exitCode = cli.exitStatus() == QProcess::NormalExit ? cli.exitCode() : -1;
    result.out = cli.readAllStandardOutput();
    result.err = cli.readAllStandardError();
    keepProcessOutput(QStringLiteral("simfleet-cli"), result.out, result.err);
    return result;
}

QJsonArray tst_Cli::listSims() {
    const CliResult result =
        runCli({QStringLiteral("sims"), QStringLiteral("list"), QStringLiteral("--json")});
    if (result.exitCode != 0)
        qWarning() << result.err;
    return QJsonDocument::fromJson(result.out).array();
}

QStringList tst_Cli::journalMethods() const {
    QFile file(m_journalPath);
    QStringList methods;
    if (!file.open(QIODevice::ReadOnly))
        return methods;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (qsizetype i = m_journalMark; i < lines.size(); ++i) {
        if (!lines.at(i).trimmed().isEmpty())
            methods.append(QJsonDocument::fromJson(lines.at(i))
                               .object()
                               .value(QLatin1String("method"))
                               .toString());
    }
    return methods;
}

QList<QJsonObject> tst_Cli::journalBodies(const QString& method) const {
    QFile file(m_journalPath);
    QList<QJsonObject> bodies;
    if (!file.open(QIODevice::ReadOnly))
        return bodies;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (qsizetype i = m_journalMark; i < lines.size(); ++i) {
        const QJsonObject entry = QJsonDocument::fromJson(lines.at(i)).object();
        if (entry.value(QLatin1String("method")).toString() == method)
            bodies.append(entry.value(QLatin1String("body")).toObject());
    }
    return bodies;
}

void tst_Cli::markJournal() {
    QFile file(m_journalPath);
    m_journalMark = 0;
    if (file.open(QIODevice::ReadOnly))
        m_journalMark = file.readAll().split('\n').size() - 1;
}

void tst_Cli::help_general_listsAreasAndExitsZero() {
    const CliResult result = runCli({QStringLiteral("--help")});
    QCOMPARE(result.exitCode, 0);
    for (const char* area : {"sims", "groups", "users", "profile", "company", "bills", "reports"})
        QVERIFY2(result.out.contains(area), area);
    QVERIFY(result.out.contains("SIMFLEET_TOKEN"));
}

void tst_Cli::help_area_listsActionOptions() {
    const CliResult result = runCli({QStringLiteral("sims"), QStringLiteral("--help")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains("--ids-file"));
    QVERIFY(result.out.contains("--package-mb"));
    QVERIFY(result.out.contains("rename"));
}

void tst_Cli::unknownArea_exitsUsage() {
    const CliResult result = runCli({QStringLiteral("satellites"), QStringLiteral("list")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.contains("satellites"));
}

void tst_Cli::unknownOption_exitsUsage() {
    CliResult result =
        runCli({QStringLiteral("sims"), QStringLiteral("list"), QStringLiteral("--colour")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.contains("--colour"));
    // Known elsewhere, but not an option of this action.
    result = runCli({QStringLiteral("company"), QStringLiteral("get"), QStringLiteral("--ids"),
                     QStringLiteral("1")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.contains("--ids"));
}

void tst_Cli::verbose_flagOrEnvironment_logsApiRequests() {
    // Rules or a pattern from the environment running the tests would decide instead.
    QHash<QString, QString> quiet{{QStringLiteral("SIMFLEET_VERBOSE"), QString()},
                                  {QStringLiteral("QT_LOGGING_RULES"), QString()},
                                  {QStringLiteral("QT_MESSAGE_PATTERN"), QString()}};
    const QStringList get{QStringLiteral("company"), QStringLiteral("get")};
    CliResult result = runCli(get, QStringLiteral("demo-admin"), {}, {}, quiet);
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(!result.err.contains("simfleet.api"), result.err.constData());

    result = runCli(get + QStringList{QStringLiteral("--verbose")}, QStringLiteral("demo-admin"),
                    {}, {}, quiet);
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.contains("simfleet.api"), result.err.constData());
    QVERIFY(result.err.contains("company/get"));
    QVERIFY(!result.err.contains("demo-admin")); // never the token

    QHash<QString, QString> verbose = quiet;
    verbose.insert(QStringLiteral("SIMFLEET_VERBOSE"), QStringLiteral("1"));
    result = runCli(get, QStringLiteral("demo-admin"), {}, {}, verbose);
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.contains("simfleet.api"), result.err.constData());
}

void tst_Cli::appLogging_verboseRequested_argumentsAndEnvironment() {
    const QStringList plain{QStringLiteral("simfleet"), QStringLiteral("--demo")};
    QVERIFY(!AppLogging::verboseRequested(plain, QByteArray()));
    QVERIFY(!AppLogging::verboseRequested(plain, "0"));
    QVERIFY(!AppLogging::verboseRequested(plain, "off"));
    QVERIFY(AppLogging::verboseRequested(plain, "1"));
    QVERIFY(AppLogging::verboseRequested(plain + QStringList{QStringLiteral("--verbose")}, {}));
    // The program's own name is not an option.
    QVERIFY(!AppLogging::verboseRequested({QStringLiteral("--verbose")}, {}));

    AppLogging::configure(false);
    QVERIFY(!QLoggingCategory("simfleet.api").isDebugEnabled());
    QVERIFY(!QLoggingCategory("simfleet.api").isInfoEnabled());
    QVERIFY(QLoggingCategory("simfleet.api").isWarningEnabled());
    AppLogging::configure(true);
    QVERIFY(QLoggingCategory("simfleet.api").isDebugEnabled());
    AppLogging::configure(false);
}

void tst_Cli::missingRequiredOption_exitsUsage() {
    CliResult result = runCli({QStringLiteral("groups"), QStringLiteral("edit"),
                               QStringLiteral("--name"), QStringLiteral("X")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.contains("--id"));
    result = runCli({QStringLiteral("sims"), QStringLiteral("tariff"), QStringLiteral("--ids"),
                     QStringLiteral("1"), QStringLiteral("--package-mb"), QStringLiteral("17"),
                     QStringLiteral("--auto-package"), QStringLiteral("no")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains("step"), result.err.constData());
}

void tst_Cli::simsList_json_returnsEverySimOnce() {
    const QJsonArray sims = listSims();
    QCOMPARE(sims.size(), kFleetSize);
    QSet<qint64> ids;
    for (const auto& sim : sims) {
        const qint64 id = sim.toObject().value(QLatin1String("id")).toInteger();
        QVERIFY(id > 0);
        QVERIFY2(!ids.contains(id), qPrintable(QString::number(id)));
        ids.insert(id);
        QVERIFY(!sim.toObject().value(QLatin1String("iccid")).toString().isEmpty());
    }
}

void tst_Cli::simsList_table_alignsColumnsAndSummarises() {
    const CliResult result = runCli({QStringLiteral("sims"), QStringLiteral("list")});
    QCOMPARE(result.exitCode, 0);
    const QStringList lines =
        QString::fromUtf8(result.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    // Header, rule, one line per SIM, summary.
    QCOMPARE(lines.size(), kFleetSize + 3);
    QVERIFY(lines.at(0).contains(QLatin1String("ICCID")));
    QVERIFY(lines.at(1).startsWith(QLatin1Char('-')));
    QVERIFY2(lines.last().startsWith(QStringLiteral("%1 SIM").arg(kFleetSize)),
             qPrintable(lines.last()));
    // The ICCID column starts at the same place on every row and holds full ICCIDs.
    const qsizetype iccidColumn = lines.at(0).indexOf(QLatin1String("ICCID"));
    const QJsonArray sims = listSims();
    const QString firstIccid = sims.first().toObject().value(QLatin1String("iccid")).toString();
    QVERIFY(result.out.contains(firstIccid.toUtf8()));
    for (qsizetype i = 2; i < lines.size() - 1; ++i)
        QVERIFY2(lines.at(i).at(iccidColumn - 1) == QLatin1Char(' ') &&
                     lines.at(i).at(iccidColumn).isDigit(),
                 qPrintable(lines.at(i)));
}

void tst_Cli::simsList_onePage_reportsAllCount() {
    const CliResult result =
        runCli({QStringLiteral("sims"), QStringLiteral("list"), QStringLiteral("--page"),
                QStringLiteral("1"), QStringLiteral("--size"), QStringLiteral("100"),
                QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject page = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(page.value(QLatin1String("items")).toArray().size(), 100);
    QCOMPARE(page.value(QLatin1String("all_count")).toInteger(), kFleetSize);
}

void tst_Cli::simsBlock_knownIds_printsQueueId() {
    const QJsonArray sims = listSims();
    QVERIFY(sims.size() >= 2);
    const QString ids = QStringLiteral("%1,%2")
                            .arg(sims.at(0).toObject().value(QLatin1String("id")).toInteger())
                            .arg(sims.at(1).toObject().value(QLatin1String("id")).toInteger());
    markJournal();
    const CliResult result =
        runCli({QStringLiteral("sims"), QStringLiteral("block"), QStringLiteral("--ids"), ids});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY2(QRegularExpression(QStringLiteral("^Queued: queue id \\S+ for 2 SIM"))
                 .match(QString::fromUtf8(result.out))
                 .hasMatch(),
             result.out.constData());
    QVERIFY(journalMethods().contains(QStringLiteral("sim/block")));
}

void tst_Cli::simsBlock_jsonMode_printsQueueIdObject() {
    const QJsonArray sims = listSims();
    const QString id =
        QString::number(sims.at(2).toObject().value(QLatin1String("id")).toInteger());
    const CliResult result = runCli({QStringLiteral("sims"), QStringLiteral("unblock"),
                                     QStringLiteral("--ids"), id, QStringLiteral("--json")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QJsonObject answer = QJsonDocument::fromJson(result.out).object();
    QVERIFY(!answer.value(QLatin1String("queue_id")).isUndefined());
    QCOMPARE(answer.value(QLatin1String("items")).toInt(), 1);
}

void tst_Cli::idsFile_iccids_resolvedAndQueued() {
    const QJsonArray sims = listSims();
    QFile file(m_dir.filePath(QStringLiteral("iccids.txt")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("# SIMs of the north site\n\n");
    file.write(sims.at(3).toObject().value(QLatin1String("iccid")).toString().toUtf8() + "\n");
    file.write(sims.at(4).toObject().value(QLatin1String("iccid")).toString().toUtf8() +
               "  # pump 4\n");
    file.write(QByteArray::number(sims.at(5).toObject().value(QLatin1String("id")).toInteger()) +
               "\n");
    file.close();
    markJournal();
    const CliResult result =
        runCli({QStringLiteral("sims"), QStringLiteral("ping"), QStringLiteral("--ids-file"),
                file.fileName(), QStringLiteral("--json")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QCOMPARE(QJsonDocument::fromJson(result.out).object().value(QLatin1String("items")).toInt(), 3);
    QVERIFY(journalMethods().contains(QStringLiteral("sim/ping")));
}

void tst_Cli::idsFile_unknownEntry_exitsUsageAndSendsNothing() {
    const QJsonArray sims = listSims();
    QFile file(m_dir.filePath(QStringLiteral("with-unknown.txt")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(sims.at(0).toObject().value(QLatin1String("iccid")).toString().toUtf8() + "\n");
    file.write("899999999999999999999\n");
    file.write("pump-7\n");
    file.close();
    markJournal();
    const CliResult result = runCli({QStringLiteral("sims"), QStringLiteral("block"),
                                     QStringLiteral("--ids-file"), file.fileName()});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains("899999999999999999999"), result.err.constData());
    QVERIFY2(result.err.contains("pump-7"), result.err.constData());
    QVERIFY(!journalMethods().contains(QStringLiteral("sim/block")));
}

void tst_Cli::idsFile_missingFile_exitsLocalFileError() {
    const CliResult result =
        runCli({QStringLiteral("sims"), QStringLiteral("block"), QStringLiteral("--ids-file"),
                m_dir.filePath(QStringLiteral("absent.txt"))});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.err.contains("absent.txt"));
}

void tst_Cli::sms_tooLong_exitsUsageAndSendsNothing() {
    markJournal();
    const CliResult result =
        runCli({QStringLiteral("sims"), QStringLiteral("sms"), QStringLiteral("--ids"),
                QStringLiteral("1,2"), QStringLiteral("--text"), QString(71, QLatin1Char('x'))});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains("71"), result.err.constData());
    for (const QString& method : journalMethods())
        QVERIFY2(!method.startsWith(QLatin1String("sim/")), qPrintable(method));
}

void tst_Cli::billsDownload_invoice_writesPdf() {
    const CliResult list =
        runCli({QStringLiteral("bills"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(list.exitCode, 0);
    const QJsonArray bills = QJsonDocument::fromJson(list.out).array();
    QVERIFY(!bills.isEmpty());
    const QString id =
        QString::number(bills.first().toObject().value(QLatin1String("id")).toInteger());
    const CliResult result =
        runCli({QStringLiteral("bills"), QStringLiteral("download"), QStringLiteral("--id"), id});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QFile pdf(m_dir.filePath(QStringLiteral("invoice-%1.pdf").arg(id)));
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(4) == "%PDF");
}

void tst_Cli::billsDownload_transcript_writesXlsx() {
    const CliResult list =
        runCli({QStringLiteral("bills"), QStringLiteral("list"), QStringLiteral("--json")});
    const QJsonArray bills = QJsonDocument::fromJson(list.out).array();
    QVERIFY(!bills.isEmpty());
    const QString id =
        QString::number(bills.first().toObject().value(QLatin1String("id")).toInteger());
    const QString path = m_dir.filePath(QStringLiteral("usage.xlsx"));
    const CliResult result = runCli({QStringLiteral("bills"), QStringLiteral("download"),
                                     QStringLiteral("--id"), id, QStringLiteral("--transcript"),
                                     QStringLiteral("--output"), path, QStringLiteral("--json")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QCOMPARE(QJsonDocument::fromJson(result.out).object().value(QLatin1String("path")).toString(),
             path);
    XlsxReader workbook;
    QVERIFY2(workbook.load(path), qPrintable(workbook.error()));
    QVERIFY(workbook.rows().size() > 1);
    QCOMPARE(workbook.rows().first().first().text, QStringLiteral("ICCID"));
}

void tst_Cli::groupsLifecycle_createEditRemove() {
    CliResult result =
        runCli({QStringLiteral("groups"), QStringLiteral("create"), QStringLiteral("--name"),
                QStringLiteral("CLI pumps"), QStringLiteral("--json")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QString id = QString::number(
        QJsonDocument::fromJson(result.out).object().value(QLatin1String("id")).toInteger());
    result = runCli({QStringLiteral("groups"), QStringLiteral("edit"), QStringLiteral("--id"), id,
                     QStringLiteral("--name"), QStringLiteral("CLI wells")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    result = runCli({QStringLiteral("groups"), QStringLiteral("list"), QStringLiteral("--name"),
                     QStringLiteral("CLI")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains("CLI wells"));
    result =
        runCli({QStringLiteral("groups"), QStringLiteral("remove"), QStringLiteral("--id"), id});
    QVERIFY2(result.exitCode == 0, result.err.constData());
}

void tst_Cli::usersList_table_showsRoles() {
    const CliResult result = runCli({QStringLiteral("users"), QStringLiteral("list")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY(result.out.contains("Administrator"));
    QVERIFY(result.out.contains("Read-only (user)"));
}

void tst_Cli::profileAndCompany_get_printFields() {
    CliResult result =
        runCli({QStringLiteral("profile"), QStringLiteral("get"), QStringLiteral("--json")},
               QStringLiteral("demo-user"));
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY(QJsonDocument::fromJson(result.out).object().contains(QLatin1String("email")));
    result = runCli({QStringLiteral("company"), QStringLiteral("get")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY(result.out.contains("Tax ID:"));
}

void tst_Cli::reports_allPagesAndDateChecks() {
    // The sessions report of 300 SIMs spans many 500-row pages.
    const CliResult result =
        runCli({QStringLiteral("reports"), QStringLiteral("sessions"), QStringLiteral("--json")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QJsonArray rows = QJsonDocument::fromJson(result.out).array();
    QVERIFY2(rows.size() > 1000, qPrintable(QString::number(rows.size())));
    QSet<qint64> sessions;
    for (const auto& row : rows)
        sessions.insert(row.toObject().value(QLatin1String("sid")).toInteger());
    QCOMPARE(sessions.size(), rows.size());

    const CliResult table =
        runCli({QStringLiteral("reports"), QStringLiteral("day"), QStringLiteral("--from"),
                QStringLiteral("2020-01-01"), QStringLiteral("--to"), QStringLiteral("01.01.2020"),
                QStringLiteral("--sims"), QStringLiteral("100001")});
    QVERIFY2(table.exitCode == 0, table.err.constData());
    const CliResult reversed = runCli({QStringLiteral("reports"), QStringLiteral("calls"),
                                       QStringLiteral("--from"), QStringLiteral("2020-02-01"),
                                       QStringLiteral("--to"), QStringLiteral("2020-01-01")});
    QCOMPARE(reversed.exitCode, 2);
    const CliResult badDate = runCli({QStringLiteral("reports"), QStringLiteral("day"),
                                      QStringLiteral("--from"), QStringLiteral("yesterday")});
    QCOMPARE(badDate.exitCode, 2);
}

namespace {

const QStringList kZones{QStringLiteral("America/New_York"), QStringLiteral("UTC"),
                         QStringLiteral("Asia/Almaty")};

QDate providerToday() {
    const QTimeZone almaty(QByteArrayLiteral("Asia/Almaty"));
    return QDateTime::currentDateTime().toTimeZone(almaty).date();
}

// The yyyy-MM-dd days a `reports day` table starts its rows with.
QSet<QDate> printedDays(const QByteArray& table) {
    static const QRegularExpression day(QStringLiteral("^\\s*(\\d{4}-\\d{2}-\\d{2})\\s"),
                                        QRegularExpression::MultilineOption);
    QSet<QDate> days;
    for (auto it = day.globalMatch(QString::fromUtf8(table)); it.hasNext();)
        days.insert(QDate::fromString(it.next().captured(1), Qt::ISODate));
    return days;
}

// Period (MM.YYYY) and issue day of every row of a `bills list` table.
QList<QPair<QString, QDate>> printedBills(const QByteArray& table) {
    static const QRegularExpression bill(
        QStringLiteral("\\s(\\d{2}\\.\\d{4})\\s+(\\d{4}-\\d{2}-\\d{2})\\s"));
    QList<QPair<QString, QDate>> bills;
    for (auto it = bill.globalMatch(QString::fromUtf8(table)); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        bills.append({m.captured(1), QDate::fromString(m.captured(2), Qt::ISODate)});
    }
    return bills;
}

} // namespace

void tst_Cli::reportsDay_apiAndIsoDates_sameRequestAndExactDaysInEveryZone() {
    const QDate first = providerToday().addDays(-6);
    const QDate last = first.addDays(2);
    const QSet<QDate> asked{first, first.addDays(1), last};
    const QStringList apiForm{
        QStringLiteral("reports"), QStringLiteral("day"),
        QStringLiteral("--from"),  first.toString(QStringLiteral("dd-MM-yyyy")),
        QStringLiteral("--to"),    last.toString(QStringLiteral("dd-MM-yyyy"))};
    const QStringList isoForm{QStringLiteral("reports"), QStringLiteral("day"),
                              QStringLiteral("--from"),  first.toString(Qt::ISODate),
                              QStringLiteral("--to"),    last.toString(Qt::ISODate)};
    for (const QString& zone : kZones) {
        const QHash<QString, QString> environment{{QStringLiteral("TZ"), zone}};
        markJournal();
        const CliResult api = runCli(apiForm, QStringLiteral("demo-admin"), {}, {}, environment);
        QVERIFY2(api.exitCode == 0, api.err.constData());
        const QList<QJsonObject> apiBodies = journalBodies(QStringLiteral("report/day"));
        markJournal();
        const CliResult iso = runCli(isoForm, QStringLiteral("demo-admin"), {}, {}, environment);
        QVERIFY2(iso.exitCode == 0, iso.err.constData());
        // The same requests, page by page. Pages are read ahead: they may
        // reach the server in any order, and a run may ask for one more page
        // beyond the last than the other did.
        QVERIFY(!apiBodies.isEmpty());
        const auto byPage = [](QList<QJsonObject> bodies) {
            std::sort(bodies.begin(), bodies.end(), [](const QJsonObject& a, const QJsonObject& b) {
                return a.value(QLatin1String("page")).toInt() <
                       b.value(QLatin1String("page")).toInt();
            });
            return bodies;
        };
        QList<QJsonObject> apiPages = byPage(apiBodies);
        QList<QJsonObject> isoPages = byPage(journalBodies(QStringLiteral("report/day")));
        const qsizetype common = qMin(apiPages.size(), isoPages.size());
        QVERIFY(common >= 1);
        QCOMPARE(isoPages.mid(0, common), apiPages.mid(0, common));
        const QJsonObject filter = apiBodies.at(0).value(QLatin1String("filter")).toObject();
        QCOMPARE(filter.value(QLatin1String("start")).toString(),
                 first.toString(QStringLiteral("dd-MM-yyyy")));
        QCOMPARE(filter.value(QLatin1String("end")).toString(),
                 last.toString(QStringLiteral("dd-MM-yyyy")));
        // 300 SIMs have traffic on each of the three days: exactly those are printed.
        QCOMPARE(printedDays(api.out), asked);
        QCOMPARE(printedDays(iso.out), asked);
    }
}

void tst_Cli::reports_badDateOrZone_exitsUsageNamingTheForms() {
    markJournal();
    const CliResult slashes = runCli({QStringLiteral("reports"), QStringLiteral("day"),
                                      QStringLiteral("--from"), QStringLiteral("01/03/2026")});
    QCOMPARE(slashes.exitCode, 2);
    QVERIFY2(slashes.err.contains("YYYY-MM-DD") && slashes.err.contains("DD-MM-YYYY"),
             slashes.err.constData());
    const CliResult zone =
        runCli({QStringLiteral("bills"), QStringLiteral("list"), QStringLiteral("--provider-tz"),
                QStringLiteral("Nowhere/Atlantis")});
    QCOMPARE(zone.exitCode, 2);
    QVERIFY2(zone.err.contains("Nowhere/Atlantis"), zone.err.constData());
    QVERIFY(journalMethods().isEmpty());
}

void tst_Cli::billsList_issuedDay_isTheProviderDayInEveryZone() {
    // The emulator issues a bill at the provider's midnight starting the 1st
    // of the month after its period.
    for (const QString& zone : kZones) {
        const CliResult result =
            runCli({QStringLiteral("bills"), QStringLiteral("list")}, QStringLiteral("demo-admin"),
                   {}, {}, {{QStringLiteral("TZ"), zone}});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        const QList<QPair<QString, QDate>> bills = printedBills(result.out);
        QVERIFY2(bills.size() >= 12, result.out.constData());
        for (const auto& [period, issued] : bills) {
            QCOMPARE(issued.day(), 1);
            QCOMPARE(issued.addMonths(-1).toString(QStringLiteral("MM.yyyy")), period);
        }
    }

    // An account whose provider zone is set to UTC (the desktop app's
    // setting, or --provider-tz) reads the same stamps as the day before.
    const QString config = m_dir.filePath(QStringLiteral("config"));
    {
        QSettings settings(config + QStringLiteral("/SimFleet/SimFleet.conf"),
                           QSettings::IniFormat);
        const QByteArray address =
            QUrl(m_apiUrl)
                .adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash |
                          QUrl::NormalizePathSegments)
                .toEncoded();
        settings.setValue(QStringLiteral("accounts/") +
                              QString::fromLatin1(address.toPercentEncoding()) +
                              QStringLiteral("/providerTimeZone"),
                          QStringLiteral("UTC"));
    }
    const QHash<QString, QString> utcAccount{{QStringLiteral("XDG_CONFIG_HOME"), config},
                                             {QStringLiteral("TZ"), QStringLiteral("Asia/Almaty")}};
    for (const QStringList& arguments :
         {QStringList{QStringLiteral("bills"), QStringLiteral("list")},
          QStringList{QStringLiteral("bills"), QStringLiteral("list"),
                      QStringLiteral("--provider-tz"), QStringLiteral("UTC")}}) {
        const CliResult result =
            runCli(arguments, QStringLiteral("demo-admin"), {}, {},
                   arguments.size() == 2
                       ? utcAccount
                       : QHash<QString, QString>{{QStringLiteral("TZ"), QStringLiteral("UTC")}});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        const QList<QPair<QString, QDate>> bills = printedBills(result.out);
        QVERIFY(!bills.isEmpty());
        for (const auto& [period, issued] : bills)
            QCOMPARE(issued.addDays(1).addMonths(-1).toString(QStringLiteral("MM.yyyy")), period);
    }
}

void tst_Cli::desktopRequestTimeout_appliesUnlessTimeoutGiven() {
    // A server slower than the desktop app's request timeout (5 s) but
    // quicker than the built-in one (30 s).
    QProcess slow;
    const QString slowUrl =
        startEmulator(slow, {QStringLiteral("--sims"), QStringLiteral("10"),
                             QStringLiteral("--latency-ms"), QStringLiteral("6000")});
    QVERIFY(!slowUrl.isEmpty());
    const QString config = m_dir.filePath(QStringLiteral("config-timeout"));
    {
        QSettings settings(config + QStringLiteral("/SimFleet/SimFleet.conf"),
                           QSettings::IniFormat);
        settings.setValue(QStringLiteral("api/requestTimeoutSec"), 5);
    }
    const QHash<QString, QString> environment{{QStringLiteral("XDG_CONFIG_HOME"), config}};
    const QStringList get{QStringLiteral("company"), QStringLiteral("get")};
    const CliResult timedOut = runCli(get, QStringLiteral("demo-admin"), slowUrl, {}, environment);
    QCOMPARE(timedOut.exitCode, 4); // the server did not answer in time
    const CliResult patient =
        runCli(get + QStringList{QStringLiteral("--timeout"), QStringLiteral("20")},
               QStringLiteral("demo-admin"), slowUrl, {}, environment);
    stopEmulator(slow);
    QVERIFY2(patient.exitCode == 0, patient.err.constData());
}

void tst_Cli::profilePassword_stdinOrEnvironment_neverArgv() {
    const QString user = QStringLiteral("demo-user");
    markJournal();
    CliResult result =
        runCli({QStringLiteral("profile"), QStringLiteral("password")}, user, {}, {},
               {{QStringLiteral("SIMFLEET_OLD_PASSWORD"), QStringLiteral("demo1234")},
                {QStringLiteral("SIMFLEET_NEW_PASSWORD"), QStringLiteral("s3cret-2")}});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY(journalMethods().contains(QStringLiteral("user/password")));
    result = runCli({QStringLiteral("profile"), QStringLiteral("password")}, user, {},
                    "s3cret-2\ndemo1234\n");
    QVERIFY2(result.exitCode == 0, result.err.constData());
    result = runCli({QStringLiteral("profile"), QStringLiteral("password")}, user, {},
                    "wrong-one\nanother1\n");
    QCOMPARE(result.exitCode, 3);
    result =
        runCli({QStringLiteral("profile"), QStringLiteral("password")}, user, {}, "only-one\n");
    QCOMPARE(result.exitCode, 2);
    result = runCli({QStringLiteral("profile"), QStringLiteral("password"),
                     QStringLiteral("--password"), QStringLiteral("x")},
                    user);
    QCOMPARE(result.exitCode, 2);
}

void tst_Cli::usersPassword_stdinOrEnvironment_neverArgv() {
    const QStringList create{QStringLiteral("users"),        QStringLiteral("create"),
                             QStringLiteral("--first-name"), QStringLiteral("Pass"),
                             QStringLiteral("--last-name"),  QStringLiteral("Word"),
                             QStringLiteral("--email"),      QStringLiteral("pw@acme.kz"),
                             QStringLiteral("--phone"),      QStringLiteral("+77000000123"),
                             QStringLiteral("--json")};
    // A password on the command line is refused before anything is sent.
    markJournal();
    CliResult result =
        runCli(create + QStringList{QStringLiteral("--password"), QStringLiteral("on-argv-1")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(journalBodies(QStringLiteral("user/create")).isEmpty());

    // From standard input.
    result = runCli(create + QStringList{QStringLiteral("--set-password")},
                    QStringLiteral("demo-admin"), {}, "from-stdin-1\n");
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QList<QJsonObject> bodies = journalBodies(QStringLiteral("user/create"));
    QCOMPARE(bodies.size(), 1);
    QVERIFY(bodies.first().contains(QLatin1String("password")));
    const QString id = QString::number(
        QJsonDocument::fromJson(result.out).object().value(QLatin1String("id")).toInteger());

    // From the environment; an empty standard input is a usage error.
    const QStringList edit{QStringLiteral("users"), QStringLiteral("edit"), QStringLiteral("--id"),
                           id, QStringLiteral("--set-password")};
    markJournal();
    result = runCli(edit, QStringLiteral("demo-admin"), {}, {},
                    {{QStringLiteral("SIMFLEET_NEW_PASSWORD"), QStringLiteral("from-env-1")}});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    bodies = journalBodies(QStringLiteral("user/edit"));
    QCOMPARE(bodies.size(), 1);
    QVERIFY(bodies.first().contains(QLatin1String("password")));
    result = runCli(edit, QStringLiteral("demo-admin"), {}, "\n");
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(journalBodies(QStringLiteral("user/edit")).size(), 1);
}

void tst_Cli::serverText_controlCharactersStripped() {
    const QJsonObject sim = listSims().last().toObject();
    const QString id = QString::number(sim.value(QLatin1String("id")).toInteger());
    const QString original = sim.value(QLatin1String("name")).toString();
    // A title change (OSC), a colour (CSI), a bell, a carriage return, a C1 CSI
    // and a right-to-left override with its closing isolate.
    const QString hostile =
        QStringLiteral("Pump \x1b]0;owned\x07 \x1b[31mred\rX\u009b2J \u202egne\u2069end");
    CliResult result = runCli({QStringLiteral("sims"), QStringLiteral("rename"),
                               QStringLiteral("--id"), id, QStringLiteral("--name"), hostile});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    auto clean = [](const QByteArray& bytes) {
        return !bytes.contains('\x1b') && !bytes.contains('\x07') && !bytes.contains('\r') &&
               !bytes.contains("\xc2\x9b") && !bytes.contains("\xe2\x80\xae") &&
               !bytes.contains("\xe2\x81\xa9");
    };
    QVERIFY2(clean(result.out), result.out.toHex(' ').constData());
    QVERIFY(result.out.contains("Pump ]0;owned [31mredX2J gneend"));

    result = runCli({QStringLiteral("sims"), QStringLiteral("list")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY2(clean(result.out), "the table carries control characters");
    QVERIFY(result.out.contains("Pump ]0;owned [31mred X2J gneend"));

    // JSON keeps the exact value, escaped.
    result = runCli({QStringLiteral("sims"), QStringLiteral("list"), QStringLiteral("--json")});
    QVERIFY(!result.out.contains('\x1b'));
    bool found = false;
    for (const auto& row : QJsonDocument::fromJson(result.out).array())
        found = found || row.toObject().value(QLatin1String("name")).toString() == hostile;
    QVERIFY(found);

    result = runCli({QStringLiteral("sims"), QStringLiteral("rename"), QStringLiteral("--id"), id,
                     QStringLiteral("--name"), original});
    QCOMPARE(result.exitCode, 0);
}

void tst_Cli::callbackUrl_plainHttpRemote_exitsUsageAndSendsNothing() {
    const QString id =
        QString::number(listSims().first().toObject().value(QLatin1String("id")).toInteger());
    markJournal();
    CliResult result =
        runCli({QStringLiteral("sims"), QStringLiteral("block"), QStringLiteral("--ids"), id,
                QStringLiteral("--callback-url"), QStringLiteral("http://hooks.example.com/cb")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains("https://"), result.err.constData());
    QVERIFY(!journalMethods().contains(QStringLiteral("sim/block")));
    result = runCli({QStringLiteral("sims"), QStringLiteral("block"), QStringLiteral("--ids"), id,
                     QStringLiteral("--callback-url"), QStringLiteral("http://127.0.0.1:9/cb")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
}

void tst_Cli::noToken_exitsApiErrorExplainingBothWays() {
    // No session bus: the keychain answers at once that it has nothing.
    const CliResult result = runCli(
        {QStringLiteral("company"), QStringLiteral("get")}, {}, {}, {},
        {{QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus")},
         {QStringLiteral("DISPLAY"), QString()}});
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(result.err.contains("SIMFLEET_TOKEN"), result.err.constData());
    QVERIFY2(result.err.contains("keychain"), result.err.constData());
}

void tst_Cli::usageError_jsonMode_printsErrorObject() {
    const CliResult result =
        runCli({QStringLiteral("sims"), QStringLiteral("limit"), QStringLiteral("--ids"),
                QStringLiteral("1"), QStringLiteral("--type"), QStringLiteral("weekly"),
                QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 2);
    const QJsonObject error = QJsonDocument::fromJson(result.err).object();
    QCOMPARE(error.value(QLatin1String("error")).toString(), QStringLiteral("usage"));
    QVERIFY(error.value(QLatin1String("message")).toString().contains(QLatin1String("month1")));
    QVERIFY(result.out.isEmpty());
}

void tst_Cli::badToken_exitsApiError() {
    const CliResult result =
        runCli({QStringLiteral("sims"), QStringLiteral("list")}, QStringLiteral("not-a-token"));
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(result.err.contains("token"), result.err.constData());
    QVERIFY(result.out.isEmpty());
}

void tst_Cli::badToken_jsonMode_printsErrorKind() {
    const CliResult result =
        runCli({QStringLiteral("company"), QStringLiteral("get"), QStringLiteral("--json")},
               QStringLiteral("not-a-token"));
    QCOMPARE(result.exitCode, 3);
    const QJsonObject error = QJsonDocument::fromJson(result.err).object();
    QCOMPARE(error.value(QLatin1String("error")).toString(), QStringLiteral("unauthorized"));
    QVERIFY(!error.value(QLatin1String("message")).toString().isEmpty());
}

void tst_Cli::readOnlyToken_block_refusedLocally() {
    markJournal();
    const CliResult result = runCli({QStringLiteral("sims"), QStringLiteral("block"),
                                     QStringLiteral("--ids"), QStringLiteral("1")},
                                    QStringLiteral("demo-user"));
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(result.err.contains("read-only"), result.err.constData());
    QVERIFY(!journalMethods().contains(QStringLiteral("sim/block")));
}

void tst_Cli::closedPort_exitsNetworkError() {
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const quint16 port = server.serverPort();
    server.close();
    const CliResult result =
        runCli({QStringLiteral("company"), QStringLiteral("get")}, QStringLiteral("demo-admin"),
               QStringLiteral("http://127.0.0.1:%1/api").arg(port));
    QCOMPARE(result.exitCode, 4);
    QVERIFY(!result.err.isEmpty());
}

void tst_Cli::plainHttpRemoteUrl_exitsUsage() {
    const CliResult result =
        runCli({QStringLiteral("--api-url"), QStringLiteral("http://example.com/api"),
                QStringLiteral("company"), QStringLiteral("get")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains("https"), result.err.constData());
}

void tst_Cli::lang_ru_translatesServerLanguage() {
    markJournal();
    const CliResult result = runCli({QStringLiteral("company"), QStringLiteral("get"),
                                     QStringLiteral("--lang"), QStringLiteral("ru")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QFile file(m_journalPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    bool sawRussian = false;
    for (qsizetype i = m_journalMark; i < lines.size(); ++i) {
        const QJsonObject entry = QJsonDocument::fromJson(lines.at(i)).object();
        if (entry.value(QLatin1String("method")).toString() == QLatin1String("company/get"))
            sawRussian = entry.value(QLatin1String("lang")).toString() == QLatin1String("ru");
    }
    QVERIFY(sawRussian);
}

void tst_Cli::lang_ru_helpInRussian() {
    const CliResult result =
        runCli({QStringLiteral("--lang"), QStringLiteral("ru"), QStringLiteral("--help")});
    QCOMPARE(result.exitCode, 0);
    const QString help = QString::fromUtf8(result.out);
    QVERIFY2(help.contains(QStringLiteral("Использование")), result.out.constData());
    QVERIFY(help.contains(QStringLiteral("SIM-карт")));
    QVERIFY(!help.contains(QStringLiteral("Usage")));
}

void tst_Cli::systemLocale_choosesLanguage_langOverrides() {
    const QHash<QString, QString> russian{{QStringLiteral("LANG"), QStringLiteral("ru_RU.UTF-8")},
                                          {QStringLiteral("LC_ALL"), QStringLiteral("ru_RU.UTF-8")},
                                          {QStringLiteral("LANGUAGE"), QString()}};
    const QStringList unknownArea{QStringLiteral("satellites"), QStringLiteral("list")};
    CliResult result = runCli(unknownArea, QStringLiteral("demo-admin"), {}, {}, russian);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(QString::fromUtf8(result.err).contains(QStringLiteral("Неизвестный раздел")),
             result.err.constData());
    result = runCli(QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + unknownArea,
                    QStringLiteral("demo-admin"), {}, {}, russian);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains("Unknown area"), result.err.constData());
}

void tst_Cli::json_sameBytesInEveryLanguage() {
    // Numbers, dates and amounts in --json do not follow the language or the
    // system locale (scripts parse them).
    const QHash<QString, QString> russian{
        {QStringLiteral("LANG"), QStringLiteral("ru_RU.UTF-8")},
        {QStringLiteral("LC_ALL"), QStringLiteral("ru_RU.UTF-8")}};
    for (const QStringList& command :
         {QStringList{QStringLiteral("sims"), QStringLiteral("list")},
          QStringList{QStringLiteral("bills"), QStringLiteral("list")},
          QStringList{QStringLiteral("company"), QStringLiteral("get")}}) {
        const CliResult english = runCli(command + QStringList{QStringLiteral("--json")});
        const CliResult inRussian =
            runCli(QStringList{QStringLiteral("--lang"), QStringLiteral("ru")} + command +
                       QStringList{QStringLiteral("--json")},
                   QStringLiteral("demo-admin"), {}, {}, russian);
        QCOMPARE(english.exitCode, 0);
        QCOMPARE(inRussian.exitCode, 0);
        QVERIFY(!english.out.isEmpty());
        QCOMPARE(inRussian.out, english.out);
    }
}

QString tst_Cli::accountJournalPath(const QString& token) {
    const CliResult profile =
        runCli({QStringLiteral("profile"), QStringLiteral("get"), QStringLiteral("--json")}, token);
    const qint64 userId =
        QJsonDocument::fromJson(profile.out).object().value(QLatin1String("id")).toInteger();
    if (profile.exitCode != 0 || userId <= 0)
        qWarning() << "no user id for" << token << profile.err;
    const QString file =
        QFileInfo(AccountFiles::journalPath(AccountFiles::accountKey(QUrl(m_apiUrl), userId)))
            .fileName();
    return m_dir.filePath(QStringLiteral("data/SimFleet/SimFleet/jobs/") + file);
}

QPair<QString, QVector<qint64>> tst_Cli::firstIds(int count) {
    const QJsonArray sims = listSims();
    QStringList text;
    QVector<qint64> ids;
    for (int i = 0; i < count && i < sims.size(); ++i) {
        ids.append(sims.at(i).toObject().value(QLatin1String("id")).toInteger());
        text.append(QString::number(ids.last()));
    }
    return {text.join(QLatin1Char(',')), ids};
}

void tst_Cli::simsOperation_dryRun_printsPreviewAndSendsNothing() {
    const auto [ids, idList] = firstIds(30);
    QCOMPARE(idList.size(), 30);
    markJournal();
    const CliResult result =
        runCli({QStringLiteral("--json"), QStringLiteral("sims"), QStringLiteral("unblock"),
                QStringLiteral("--ids"), ids, QStringLiteral("--dry-run")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QJsonObject preview = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(preview.value(QLatin1String("operation")).toString(), QStringLiteral("unblock"));
    const QJsonArray applicable = preview.value(QLatin1String("applicable")).toArray();
    const QJsonArray skipped = preview.value(QLatin1String("skipped")).toArray();
    QCOMPARE(applicable.size() + skipped.size(), 30);
    QVERIFY(!skipped.isEmpty()); // most SIMs are active: "already active"
    for (const auto& skip : skipped)
        QVERIFY(!skip.toObject().value(QLatin1String("reason")).toString().isEmpty());
    QVERIFY(!journalMethods().contains(QStringLiteral("sim/unblock")));

    const CliResult text = runCli({QStringLiteral("sims"), QStringLiteral("ping"),
                                   QStringLiteral("--ids"), ids, QStringLiteral("--dry-run")});
    QVERIFY2(text.exitCode == 0, text.err.constData());
    QVERIFY2(text.out.contains("would be sent") && text.out.contains("would be skipped"),
             text.out.constData());
    // Every SIM after the "skipped" heading is listed with its reason.
    const QList<QByteArray> lines = text.out.split('\n');
    const qsizetype heading =
        std::find_if(lines.cbegin(), lines.cend(),
                     [](const QByteArray& line) { return line.contains("would be skipped"); }) -
        lines.cbegin();
    int reasons = 0;
    for (qsizetype i = heading + 1; i < lines.size(); ++i) {
        if (lines.at(i).isEmpty())
            continue;
        QVERIFY2(QRegularExpression(QStringLiteral("^  SIM \\d+: \\S"))
                     .match(QString::fromUtf8(lines.at(i)))
                     .hasMatch(),
                 lines.at(i).constData());
        ++reasons;
    }
    QVERIFY(reasons > 0);
    QVERIFY(!journalMethods().contains(QStringLiteral("sim/ping")));

    const CliResult both =
        runCli({QStringLiteral("sims"), QStringLiteral("ping"), QStringLiteral("--ids"), ids,
                QStringLiteral("--dry-run"), QStringLiteral("--wait")});
    QCOMPARE(both.exitCode, 2);
}

void tst_Cli::simsOperation_wait_followsEverySimToTheEnd() {
    const auto [ids, idList] = firstIds(40);
    markJournal();
    const CliResult result =
        runCli({QStringLiteral("--json"), QStringLiteral("sims"), QStringLiteral("limit"),
                QStringLiteral("--type"), QStringLiteral("month1"), QStringLiteral("--value"),
                QStringLiteral("250"), QStringLiteral("--ids"), ids, QStringLiteral("--wait")},
               QStringLiteral("demo-admin"), {}, {}, jobsEnvironment());
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QJsonObject job = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(job.value(QLatin1String("state")).toString(), QStringLiteral("done"));
    QSet<qint64> seen;
    int done = 0;
    for (const auto& value : job.value(QLatin1String("sims")).toArray()) {
        const QJsonObject sim = value.toObject();
        const QString outcome = sim.value(QLatin1String("outcome")).toString();
        QVERIFY2(outcome == QLatin1String("done") || outcome == QLatin1String("skipped"),
                 qPrintable(outcome));
        done += outcome == QLatin1String("done") ? 1 : 0;
        seen.insert(sim.value(QLatin1String("id")).toInteger());
    }
    QCOMPARE(seen, QSet<qint64>(idList.cbegin(), idList.cend()));
    QVERIFY(done > 0); // TC SIMs; TD ones are skipped
    QVERIFY(journalMethods().contains(QStringLiteral("sim/limit")));
    QVERIFY(QFile::exists(accountJournalPath(QStringLiteral("demo-admin"))));
    QVERIFY(!QFile::exists(accountJournalPath(QStringLiteral("demo-user"))));
}

void tst_Cli::readOnlyToken_wait_refusedAndSendsNothing() {
    const auto [ids, idList] = firstIds(5);
    Q_UNUSED(idList);
    markJournal();
    const CliResult result = runCli({QStringLiteral("sims"), QStringLiteral("block"),
                                     QStringLiteral("--ids"), ids, QStringLiteral("--wait")},
                                    QStringLiteral("demo-user"), {}, {}, jobsEnvironment());
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(result.err.contains("read-only"), result.err.constData());
    QVERIFY(!journalMethods().contains(QStringLiteral("sim/block")));
}

void tst_Cli::simsSms_waitServerError_listsUnknownApartAndResendsOnlyWhenAsked() {
    // Fault injection: with --error-rate 0.5 the emulator answers every second
    // request (by arrival) with HTTP 500. Reads are retried and their retry
    // takes the next, good slot, so the SMS — a write, never retried — comes
    // right after a good answer and lands on a failing slot. An HTTP 500 does
    // not say whether the job was queued: its outcome is unknown.
    constexpr int kSims = 30;
    const QString journal = m_dir.filePath(QStringLiteral("faulty-journal.jsonl"));
    QProcess faulty;
    const QString apiUrl =
        startEmulator(faulty, {QStringLiteral("--sims"), QString::number(kSims),
                               QStringLiteral("--queue-delay-ms"), QStringLiteral("200"),
                               QStringLiteral("--error-rate"), QStringLiteral("0.5"),
                               QStringLiteral("--journal"), journal});
    QVERIFY(!apiUrl.isEmpty());
    QStringList ids;
    for (int i = 1; i <= kSims; ++i)
        ids.append(QString::number(100000 + i)); // the emulator's ids (README)
    const auto smsRequests = [&journal] {
        QVector<QSet<qint64>> requests;
        QFile file(journal);
        if (!file.open(QIODevice::ReadOnly))
            return requests;
        for (const QByteArray& line : file.readAll().split('\n')) {
            const QJsonObject entry = QJsonDocument::fromJson(line).object();
            if (entry.value(QLatin1String("method")).toString() != QLatin1String("sim/sms"))
                continue;
            QSet<qint64> items;
            for (const auto& item : entry.value(QLatin1String("body"))
                                        .toObject()
                                        .value(QLatin1String("items"))
                                        .toArray())
                items.insert(item.toInteger());
            requests.append(items);
        }
        return requests;
    };

    const CliResult result =
        runCli({QStringLiteral("sims"), QStringLiteral("sms"), QStringLiteral("--text"),
                QStringLiteral("Hello"), QStringLiteral("--ids"), ids.join(QLatin1Char(',')),
                QStringLiteral("--wait")},
               QStringLiteral("demo-admin"), apiUrl, {}, jobsEnvironment());
    QVERIFY2(result.exitCode == 3, result.out + result.err);
    const QVector<QSet<qint64>> first = smsRequests();
    QCOMPARE(first.size(), 1); // a write without a clear answer is not sent again by itself
    const QSet<qint64>& sent = first.at(0);
    QVERIFY(!sent.isEmpty());

    // Those SIMs are listed apart, as of unknown outcome, not as failed.
    QVERIFY2(result.out.contains("Outcome unknown for"), result.out.constData());
    QVERIFY2(!result.out.contains(": Failed ("), result.out.constData());
    QSet<qint64> listed;
    int jobId = 0;
    for (const QByteArray& raw : result.out.split('\n')) {
        const QString line = QString::fromUtf8(raw);
        const QRegularExpressionMatch job =
            QRegularExpression(QStringLiteral("^Job (\\d+) ")).match(line);
        if (job.hasMatch())
            jobId = job.captured(1).toInt();
        if (line.startsWith(QLatin1String("  SIMs: "))) {
            for (const QString& id : line.mid(8).split(QStringLiteral(", ")))
                listed.insert(id.toLongLong());
        }
    }
    QCOMPARE(listed, sent);
    QVERIFY(jobId > 0);

    // "retry" sends failed SIMs only: there are none.
    const CliResult retry = runCli({QStringLiteral("sims"), QStringLiteral("retry"),
                                    QStringLiteral("--job"), QString::number(jobId)},
                                   QStringLiteral("demo-admin"), apiUrl, {}, jobsEnvironment());
    QVERIFY2(retry.exitCode == 2, retry.out + retry.err);
    QCOMPARE(smsRequests().size(), 1);

    // Only the explicit flag sends them again.
    const CliResult resend =
        runCli({QStringLiteral("sims"), QStringLiteral("retry"), QStringLiteral("--job"),
                QString::number(jobId), QStringLiteral("--resend-unknown")},
               QStringLiteral("demo-admin"), apiUrl, {}, jobsEnvironment());
    stopEmulator(faulty);
    QVERIFY2(resend.exitCode == 0 || resend.exitCode == 3, resend.out + resend.err);
    const QVector<QSet<qint64>> after = smsRequests();
    QCOMPARE(after.size(), 2);
    QCOMPARE(after.at(1), sent);
}

void tst_Cli::wait_journalInUse_exitsFiveAndSendsNothing() {
    // Another program (this test, alive) holds the account's journal.
    const QString journal = accountJournalPath(QStringLiteral("demo-admin"));
    QVERIFY(QDir().mkpath(QFileInfo(journal).absolutePath()));
    QLockFile held(JobStore::lockPath(journal));
    QVERIFY(held.tryLock(0));
    const auto [ids, idList] = firstIds(5);
    Q_UNUSED(idList);
    const QStringList command{QStringLiteral("sims"), QStringLiteral("ping"),
                              QStringLiteral("--ids"), ids, QStringLiteral("--wait")};
    markJournal();
    CliResult result = runCli(command, QStringLiteral("demo-admin"), {}, {}, jobsEnvironment());
    QCOMPARE(result.exitCode, 5);
    QVERIFY2(result.err.contains("Nothing was sent"), result.err.constData());
    QVERIFY2(result.err.contains(QByteArray::number(QCoreApplication::applicationPid())),
             result.err.constData());
    const QStringList methods = journalMethods();
    QVERIFY(!methods.contains(QStringLiteral("sim/ping")));
    QVERIFY(!methods.contains(QStringLiteral("sim/list"))); // refused before reading the fleet

    // Once the other program lets go, the same command runs.
    held.unlock();
    markJournal();
    result = runCli(command, QStringLiteral("demo-admin"), {}, {}, jobsEnvironment());
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY(journalMethods().contains(QStringLiteral("sim/ping")));
    QVERIFY(!QFile::exists(JobStore::lockPath(journal)));
}

void tst_Cli::wait_followsOnlyTheJobItStarted() {
    const QString journal = accountJournalPath(QStringLiteral("demo-admin"));
    const auto [ids, idList] = firstIds(4);
    Q_UNUSED(ids);
    QCOMPARE(idList.size(), 4);
    // An unfinished job of the desktop app, queued at the provider.
    qint64 planted = 0;
    {
        JobStore store(journal);
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        BulkJob job;
        job.op = SimOperation::Ping;
        job.author = QStringLiteral("Anna Admin");
        job.created = QDateTime::currentDateTimeUtc();
        BulkChunk chunk;
        chunk.index = 0;
        chunk.state = ChunkState::Accepted;
        chunk.queueId = QStringLiteral("424242");
        chunk.acceptedAt = job.created;
        chunk.simIds = {idList.at(0), idList.at(1)};
        job.chunks.append(chunk);
        for (qint64 id : chunk.simIds)
            job.sims.insert(id, SimResult{id, SimOutcome::Queued, 0, {}, {}});
        const std::optional<qint64> id = store.create(job, &error);
        QVERIFY2(id, qPrintable(error));
        planted = *id;
    }
    const QString mine = QStringLiteral("%1,%2").arg(idList.at(2)).arg(idList.at(3));
    const CliResult result =
        runCli({QStringLiteral("--json"), QStringLiteral("sims"), QStringLiteral("ping"),
                QStringLiteral("--ids"), mine, QStringLiteral("--wait")},
               QStringLiteral("demo-admin"), {}, {}, jobsEnvironment());
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QJsonObject job = QJsonDocument::fromJson(result.out).object();
    QVERIFY(job.value(QLatin1String("job")).toInteger() != planted);
    QCOMPARE(job.value(QLatin1String("sims")).toArray().size(), 2);
    // The planted job was neither followed nor rewritten.
    const std::optional<BulkJob> after = JobStore(journal).load(planted);
    QVERIFY(after);
    for (const SimResult& sim : after->sims)
        QCOMPARE(sim.outcome, SimOutcome::Queued);
    QCOMPARE(after->chunks.at(0).state, ChunkState::Accepted);
}

QHash<qint64, QVector<qint64>> tst_Cli::simGroups() {
    QHash<qint64, QVector<qint64>> groups;
    for (const auto& value : listSims()) {
        const QJsonObject sim = value.toObject();
        QVector<qint64> ids;
        for (const auto& group : sim.value(QLatin1String("groups")).toArray())
            ids.append(group.toObject().value(QLatin1String("id")).toInteger());
        std::sort(ids.begin(), ids.end());
        groups.insert(sim.value(QLatin1String("id")).toInteger(), ids);
    }
    return groups;
}

void tst_Cli::groupsAddRemoveSims_dryRunPlansAndWaitKeepsOtherGroups() {
    const auto [ids, idList] = firstIds(40);
    QCOMPARE(idList.size(), 40);
    const QHash<qint64, QVector<qint64>> before = simGroups();
    // The group most of these SIMs are in: some are, some are not.
    QHash<qint64, int> uses;
    for (qint64 id : idList) {
        for (qint64 group : before.value(id))
            ++uses[group];
    }
    qint64 group = 0;
    for (auto it = uses.cbegin(); it != uses.cend(); ++it) {
        if (group == 0 || it.value() > uses.value(group))
            group = it.key();
    }
    QVERIFY(group != 0);
    const auto withGroup = [group](QVector<qint64> groups, bool add) {
        groups.removeAll(group);
        if (add)
            groups.append(group);
        std::sort(groups.begin(), groups.end());
        return groups;
    };
    const QString groupId = QString::number(group);

    for (const bool add : {true, false}) {
        const QString action = add ? QStringLiteral("add-sims") : QStringLiteral("remove-sims");
        const QHash<qint64, QVector<qint64>> old = simGroups();
        QSet<QVector<qint64>> sets;
        for (qint64 id : idList) {
            if (withGroup(old.value(id), add) != old.value(id))
                sets.insert(old.value(id));
        }
        QVERIFY(!sets.isEmpty());

        // --dry-run: the plan, one request per set, and nothing sent.
        markJournal();
        const CliResult plan = runCli({QStringLiteral("--json"), QStringLiteral("groups"), action,
                                       QStringLiteral("--id"), groupId, QStringLiteral("--ids"),
                                       ids, QStringLiteral("--dry-run")});
        QVERIFY2(plan.exitCode == 0, plan.err.constData());
        const QJsonObject planned = QJsonDocument::fromJson(plan.out).object();
        const QJsonArray requests = planned.value(QLatin1String("requests")).toArray();
        QCOMPARE(requests.size(), sets.size());
        for (const auto& value : requests) {
            const QJsonObject request = value.toObject();
            QVector<qint64> sent;
            for (const auto& id : request.value(QLatin1String("group")).toArray())
                sent.append(id.toInteger());
            for (const auto& item : request.value(QLatin1String("items")).toArray())
                QCOMPARE(sent, withGroup(old.value(item.toInteger()), add));
        }
        QVERIFY(!journalMethods().contains(QStringLiteral("sim/group")));
        const CliResult text =
            runCli({QStringLiteral("groups"), action, QStringLiteral("--id"), groupId,
                    QStringLiteral("--ids"), ids, QStringLiteral("--dry-run")});
        QVERIFY2(text.exitCode == 0, text.err.constData());
        QVERIFY2(text.out.contains("request(s)") || text.out.contains("requests") ||
                     text.out.contains("request,"),
                 text.out.constData());
        QVERIFY2(text.out.contains("Request 1:"), text.out.constData());
        QVERIFY(!journalMethods().contains(QStringLiteral("sim/group")));

        // --wait: sent in those requests; every SIM keeps its other groups.
        markJournal();
        const CliResult waited = runCli({QStringLiteral("--json"), QStringLiteral("groups"), action,
                                         QStringLiteral("--id"), groupId, QStringLiteral("--ids"),
                                         ids, QStringLiteral("--wait")},
                                        QStringLiteral("demo-admin"), {}, {}, jobsEnvironment());
        QVERIFY2(waited.exitCode == 0, waited.err.constData());
        QCOMPARE(QJsonDocument::fromJson(waited.out).object().value(QLatin1String("state")),
                 QJsonValue(QStringLiteral("done")));
        QCOMPARE(journalBodies(QStringLiteral("sim/group")).size(), sets.size());
        const QHash<qint64, QVector<qint64>> after = simGroups();
        for (auto it = old.cbegin(); it != old.cend(); ++it) {
            const bool chosen = idList.contains(it.key());
            QCOMPARE(after.value(it.key()), chosen ? withGroup(it.value(), add) : it.value());
        }
    }
    // Read-only: refused before anything is sent.
    markJournal();
    const CliResult refused =
        runCli({QStringLiteral("groups"), QStringLiteral("add-sims"), QStringLiteral("--id"),
                groupId, QStringLiteral("--ids"), ids, QStringLiteral("--wait")},
               QStringLiteral("demo-user"), {}, {}, jobsEnvironment());
    QVERIFY(refused.exitCode != 0);
    QVERIFY(!journalMethods().contains(QStringLiteral("sim/group")));
}

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
