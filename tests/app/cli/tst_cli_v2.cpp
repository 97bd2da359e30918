// simfleet-cli with the second operator (the v2 area, --provider) as a process
// against the in-process emulator's api/v2 over loopback HTTP.

#include "api/Session.h"
#include "app/core/AccountFiles.h"
#include "emulator/Emulator.h"
#include "models/storage/JobStore.h"
#include "tests/support/EmulatorFixture.h"
#include "tests/support/ProcessOutputLog.h"

#include "tests/support/TestTemporaryDir.h"
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSet>
#include <QTest>
#include <QUrlQuery>

#include <algorithm>

using namespace simfleet;

namespace {

struct CliResult {
    int exitCode = -1;
    QByteArray out, err;
};

} // namespace

class tst_CliV2 final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QVERIFY(m_home.isValid());
        novaemu::EmulatorConfig config = EmulatorFixture::fleetConfig(5);
        config.provider = novaemu::ProviderMode::Both;
        config.v2Sims = 12;
        m_emulator = EmulatorFixture::startEmulator(config);
        QVERIFY(m_emulator && m_emulator->port() != 0);
        const CliResult login = run({QStringLiteral("v2"), QStringLiteral("login"),
                                     QStringLiteral("--login"), QStringLiteral("demo")},
                                    {}, QStringLiteral("demo-password"));
        QCOMPARE(login.exitCode, 0);
        m_token = QString::fromUtf8(login.out).trimmed();
        QVERIFY(m_token.contains(u'|'));
    }

    void login_wrongPassword_isRefused() {
        const CliResult bad = run({QStringLiteral("v2"), QStringLiteral("login"),
                                   QStringLiteral("--login"), QStringLiteral("demo")},
                                  {}, QStringLiteral("nope"));
        QCOMPARE(bad.exitCode, 3);
        QVERIFY(bad.out.isEmpty());
    }

    void list_everySim_asJson() {
        const CliResult list =
            run({QStringLiteral("v2"), QStringLiteral("list"), QStringLiteral("--json")}, m_token);
        QCOMPARE(list.exitCode, 0);
        const QJsonArray sims = QJsonDocument::fromJson(list.out).array();
        QCOMPARE(sims.size(), 12);
        m_number = sims.at(0).toObject().value(QStringLiteral("number")).toString();
    }

    void change_throughTheJournal_eachSimOnce_unknownNumberSkipped() {
        const QStringList numbers = activeNumbers(3);
        QCOMPARE(numbers.size(), 3);
        const QString unknown = QStringLiteral("79000000000");
        const CliResult change =
            run({QStringLiteral("v2"), QStringLiteral("change"), QStringLiteral("--action"),
                 QStringLiteral("block"), QStringLiteral("--numbers"),
                 (numbers + QStringList{unknown}).join(u','), QStringLiteral("--login"),
                 QStringLiteral("demo"), QStringLiteral("--json")},
                m_token);
        QVERIFY2(change.exitCode == 0, change.err.constData());
        const QJsonObject result = QJsonDocument::fromJson(change.out).object();
        QCOMPARE(result.value(QStringLiteral("state")).toString(), QStringLiteral("done"));
        const qint64 jobId = result.value(QStringLiteral("job")).toInteger();
        QVERIFY(jobId > 0);
        QHash<QString, QJsonObject> byNumber;
        for (const auto& value : result.value(QStringLiteral("sims")).toArray())
            byNumber.insert(
                QString::number(value.toObject().value(QStringLiteral("id")).toInteger()),
                value.toObject());
        QCOMPARE(byNumber.size(), 4);
        for (const QString& number : numbers)
            QCOMPARE(byNumber.value(number).value(QStringLiteral("outcome")).toString(),
                     QStringLiteral("done"));
        // The unknown number is listed, skipped with its reason, and never sent.
        QCOMPARE(byNumber.value(unknown).value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("skipped"));
        QVERIFY(byNumber.value(unknown)
                    .value(QStringLiteral("reason"))
                    .toString()
                    .contains(QStringLiteral("not found")));
        QCOMPARE(sent(QStringLiteral("v2/sim/block/") + unknown), 0);
        for (const QString& number : numbers)
            QCOMPARE(sent(QStringLiteral("v2/sim/block/") + number, 200), 1);

        // The job is in the account's journal, where the desktop app finds it.
        JobStore store(journalPath(m_emulator->v2BaseUrl(), QStringLiteral("demo")));
        QString error;
        QVERIFY2(store.openForReading(&error), qPrintable(error));
        const std::optional<BulkJob> job = store.load(jobId, &error);
        QVERIFY2(job, qPrintable(error));
        QVERIFY(job->isPerSim());
        QCOMPARE(job->provider, ProviderKind::SecondOperator);
        QCOMPARE(job->op, SimOperation::Block);
        QCOMPARE(job->simsWith(SimOutcome::Done).size(), 3);
        QCOMPARE(job->simsWith(SimOutcome::Skipped), QVector<qint64>{unknown.toLongLong()});

        // Nothing left to send again.
        const CliResult retry =
            run({QStringLiteral("v2"), QStringLiteral("retry"), QStringLiteral("--job"),
                 QString::number(jobId), QStringLiteral("--login"), QStringLiteral("demo")},
                m_token);
        QCOMPARE(retry.exitCode, 2);
        QVERIFY2(retry.err.contains("no failed SIMs"), retry.err.constData());
    }

    void change_journalInUse_exitsFiveAndSendsNothing() {
        const QStringList numbers = activeNumbers(1);
        QCOMPARE(numbers.size(), 1);
        // The desktop app (here: this test) has the account's journal open.
        JobStore holder(journalPath(m_emulator->v2BaseUrl(), QStringLiteral("demo")));
        QString error;
        QVERIFY2(holder.open(&error), qPrintable(error));
        const int before = int(m_emulator->journal().size());
        const CliResult change =
            run({QStringLiteral("v2"), QStringLiteral("change"), QStringLiteral("--action"),
                 QStringLiteral("block"), QStringLiteral("--numbers"), numbers.first(),
                 QStringLiteral("--login"), QStringLiteral("demo")},
                m_token);
        QCOMPARE(change.exitCode, 5);
        QVERIFY2(change.err.contains("Nothing was sent"), change.err.constData());
        QCOMPARE(int(m_emulator->journal().size()), before); // not even the fleet was read
    }

    void change_textOutput_dryRun_andNoLogin() {
        const QStringList numbers = activeNumbers(1);
        QCOMPARE(numbers.size(), 1);
        const int before = int(m_emulator->journal().size());
        const CliResult dry =
            run({QStringLiteral("v2"), QStringLiteral("change"), QStringLiteral("--action"),
                 QStringLiteral("block-service"), QStringLiteral("--service"),
                 QStringLiteral("sms"), QStringLiteral("--numbers"),
                 numbers.first() + QStringLiteral(",79000000001"), QStringLiteral("--dry-run")},
                m_token);
        QVERIFY2(dry.exitCode == 0, dry.err.constData());
        QVERIFY2(dry.out.contains("79000000001") && dry.out.contains("not found"),
                 dry.out.constData());
        // Without a login the journal is unknown: refused before anything is read or sent.
        const CliResult noLogin =
            run({QStringLiteral("v2"), QStringLiteral("change"), QStringLiteral("--action"),
                 QStringLiteral("block"), QStringLiteral("--numbers"), numbers.first()},
                m_token);
        QCOMPARE(noLogin.exitCode, 2);
        QVERIFY2(noLogin.err.contains("--login"), noLogin.err.constData());
        const CliResult bad =
            run({QStringLiteral("v2"), QStringLiteral("change"), QStringLiteral("--action"),
                 QStringLiteral("block"), QStringLiteral("--numbers"), QStringLiteral("12345"),
                 QStringLiteral("--login"), QStringLiteral("demo")},
                m_token);
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains("12345"), bad.err.constData());
        for (qsizetype i = before; i < m_emulator->journal().size(); ++i)
            QVERIFY(!m_emulator->journal().at(i).method.startsWith(QStringLiteral("v2/sim/block")));

        const CliResult change = run(
            {QStringLiteral("v2"), QStringLiteral("change"), QStringLiteral("--action"),
             QStringLiteral("block-service"), QStringLiteral("--service"), QStringLiteral("sms"),
             QStringLiteral("--numbers"), numbers.first() + QStringLiteral(",79000000001"),
             QStringLiteral("--login"), QStringLiteral("demo")},
            m_token);
        QVERIFY2(change.exitCode == 0, change.err.constData());
        QVERIFY2(change.out.contains("Done: 1") && change.out.contains("79000000001"),
                 change.out.constData());
        QVERIFY(!change.out.contains("NovaConnect"));
        QCOMPARE(sent(QStringLiteral("v2/sim/block-service/") + numbers.first(), 200), 1);
    }

    void change_rateLimitStorm_everySimDoneOnce() {
        // Two requests a second allowed; the CLI sends ten a second, four at once.
        const Limited limited = startLimited(QStringLiteral("demo"));
        QVERIFY(!limited.token.isEmpty());
        const QString& url = limited.url;
        const QString& token = limited.token;
        const QStringList numbers = activeNumbers(6, token, url);
        QCOMPARE(numbers.size(), 6);
        const CliResult change =
            run({QStringLiteral("v2"), QStringLiteral("change"), QStringLiteral("--action"),
                 QStringLiteral("block"), QStringLiteral("--numbers"), numbers.join(u','),
                 QStringLiteral("--login"), QStringLiteral("demo"), QStringLiteral("--json")},
                token, {}, url);
        QVERIFY2(change.exitCode == 0, change.err.constData());
        const QJsonObject result = QJsonDocument::fromJson(change.out).object();
        QCOMPARE(result.value(QStringLiteral("state")).toString(), QStringLiteral("done"));
        QCOMPARE(result.value(QStringLiteral("counts")).toObject().value(QStringLiteral("done")),
                 QJsonValue(6));
        int rateLimited = 0;
        for (const novaemu::Emulator::JournalEntry& entry : limited.emulator->journal())
            rateLimited += entry.httpStatus == 429 ? 1 : 0;
        QVERIFY(rateLimited > 0); // the storm happened
        for (const QString& number : numbers)
            QCOMPARE(answered(*limited.emulator, QStringLiteral("v2/sim/block/") + number, 200), 1);
    }

    void change_killedMidJob_retryResumesWithoutASecondSend() {
        const Limited limited =
            startLimited(QStringLiteral("resume")); // a journal of its own: job 1
        QVERIFY(!limited.token.isEmpty());
        const QString& url = limited.url;
        const QString& token = limited.token;
        const QStringList numbers = activeNumbers(8, token, url);
        QCOMPARE(numbers.size(), 8);
        const auto blocksDone = [&limited](const QString& number) {
            return answered(*limited.emulator, QStringLiteral("v2/sim/block/") + number, 200);
        };
        // Stopped hard once the first SIM was blocked: the job is left unfinished.
        QProcess cli;
        start(cli,
              {QStringLiteral("v2"), QStringLiteral("change"), QStringLiteral("--action"),
               QStringLiteral("block"), QStringLiteral("--numbers"), numbers.join(u','),
               QStringLiteral("--login"), QStringLiteral("resume")},
              token, url);
        QVERIFY(QTest::qWaitFor(
            [&] {
                return cli.state() == QProcess::NotRunning ||
                       std::any_of(numbers.cbegin(), numbers.cend(),
                                   [&](const QString& n) { return blocksDone(n) > 0; });
            },
            60000));
        QVERIFY2(cli.state() == QProcess::Running, "the job ended before it could be stopped");
        cli.kill();
        QVERIFY(cli.waitForFinished(10000));
        int blockedBefore = 0;
        for (const QString& number : numbers)
            blockedBefore += blocksDone(number);
        QVERIFY(blockedBefore < numbers.size());

        const CliResult resumed =
            run({QStringLiteral("v2"), QStringLiteral("retry"), QStringLiteral("--job"),
                 QStringLiteral("1"), QStringLiteral("--login"), QStringLiteral("resume"),
                 QStringLiteral("--json")},
                token, {}, url);
        QVERIFY2(resumed.exitCode == 0, resumed.err.constData());
        QVERIFY2(resumed.err.contains("had not finished"), resumed.err.constData());
        const QJsonObject result = QJsonDocument::fromJson(resumed.out).object();
        QCOMPARE(result.value(QStringLiteral("state")).toString(), QStringLiteral("done"));
        QCOMPARE(result.value(QStringLiteral("counts")).toObject().value(QStringLiteral("done")),
                 QJsonValue(8));
        for (const QString& number : numbers)
            QCOMPARE(blocksDone(number), 1);
    }

    void swap_bind_activate_succeed() {
        const QString number = activeNumbers(1).value(0);
        QVERIFY(!number.isEmpty());
        const QString newIccid = QStringLiteral("8970100000000000123");
        const CliResult swap =
            run({QStringLiteral("v2"), QStringLiteral("swap"), QStringLiteral("--number"), number,
                 QStringLiteral("--iccid"), newIccid},
                m_token);
        QVERIFY2(swap.exitCode == 0, swap.err.constData());
        QVERIFY2(swap.out.contains("done"), swap.out.constData());
        QCOMPARE(showSim(number).value(QStringLiteral("iccid")).toString(), newIccid);

        const CliResult bind =
            run({QStringLiteral("v2"), QStringLiteral("bind"), QStringLiteral("--number"), number,
                 QStringLiteral("--iccid"), newIccid, QStringLiteral("--call-forwarding"),
                 QStringLiteral("no"), QStringLiteral("--json")},
                m_token);
        QVERIFY2(bind.exitCode == 0, bind.err.constData());
        QVERIFY(QJsonDocument::fromJson(bind.out).object().value(QStringLiteral("ok")).toBool());
        QCOMPARE(sent(QStringLiteral("v2/sim/set/") + number, 200), 1);
        QCOMPARE(showSim(number)
                     .value(QStringLiteral("extras"))
                     .toObject()
                     .value(QStringLiteral("call_forwarding"))
                     .toBool(true),
                 false);

        const QString blank = blankIccid();
        QVERIFY(!blank.isEmpty());
        const QString fresh = QStringLiteral("79990000042");
        const CliResult activate = run(
            {QStringLiteral("v2"), QStringLiteral("activate"), QStringLiteral("--number"), fresh,
             QStringLiteral("--iccid"), blank, QStringLiteral("--packet-id"), QStringLiteral("1")},
            m_token);
        QVERIFY2(activate.exitCode == 0, activate.err.constData());
        QCOMPARE(showSim(fresh).value(QStringLiteral("iccid")).toString(), blank);
    }

    void identity_refusals_printTheFieldNames() {
        const QStringList numbers = activeNumbers(2);
        QCOMPARE(numbers.size(), 2);
        // Refused locally: nothing is sent, exit 2, each field named.
        const int before = int(m_emulator->journal().size());
        const CliResult local = run({QStringLiteral("v2"), QStringLiteral("bind"),
                                     QStringLiteral("--number"), QStringLiteral("7964")},
                                    m_token);
        QCOMPARE(local.exitCode, 2);
        QVERIFY2(local.err.contains("number: ") && local.err.contains("iccid: "),
                 local.err.constData());
        QCOMPARE(int(m_emulator->journal().size()), before);
        const CliResult missing =
            run({QStringLiteral("v2"), QStringLiteral("activate"), QStringLiteral("--number"),
                 numbers.first(), QStringLiteral("--iccid"), QStringLiteral("8970100000000000999")},
                m_token);
        QCOMPARE(missing.exitCode, 2); // --packet-id is required
        QCOMPARE(int(m_emulator->journal().size()), before);

        // Refused by the operator (422): exit 3, its texts under the field names.
        const QString otherIccid = showSim(numbers.at(1)).value(QStringLiteral("iccid")).toString();
        const CliResult taken =
            run({QStringLiteral("v2"), QStringLiteral("activate"), QStringLiteral("--number"),
                 numbers.first(), QStringLiteral("--iccid"), otherIccid,
                 QStringLiteral("--packet-id"), QStringLiteral("1")},
                m_token);
        QCOMPARE(taken.exitCode, 3);
        QVERIFY2(taken.err.contains("number: The number is already bound"), taken.err.constData());
        const CliResult asJson =
            run({QStringLiteral("v2"), QStringLiteral("activate"), QStringLiteral("--number"),
                 numbers.first(), QStringLiteral("--iccid"), otherIccid,
                 QStringLiteral("--packet-id"), QStringLiteral("1"), QStringLiteral("--json")},
                m_token);
        QCOMPARE(asJson.exitCode, 3);
        const QJsonObject error = QJsonDocument::fromJson(asJson.err.trimmed()).object();
        QCOMPARE(error.value(QStringLiteral("error")).toString(), QStringLiteral("validation"));
        QVERIFY(!error.value(QStringLiteral("fields"))
                     .toObject()
                     .value(QStringLiteral("number"))
                     .toArray()
                     .isEmpty());
    }

    void usage_andValidation() {
        const CliResult usage =
            run({QStringLiteral("v2"), QStringLiteral("usage"), QStringLiteral("--from"),
                 QStringLiteral("2026-11-01"), QStringLiteral("--to"), QStringLiteral("2026-11-03"),
                 QStringLiteral("--numbers"), m_number, QStringLiteral("--json")},
                m_token);
        QCOMPARE(usage.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(usage.out).array().size(), 3);
        const int before = int(m_emulator->journal().size());
        const CliResult backwards = run({QStringLiteral("v2"), QStringLiteral("usage"),
                                         QStringLiteral("--from"), QStringLiteral("2026-11-03"),
                                         QStringLiteral("--to"), QStringLiteral("2026-11-01")},
                                        m_token);
        QCOMPARE(backwards.exitCode, 2);
        QCOMPARE(int(m_emulator->journal().size()), before); // refused before sending
    }

    void provider_mismatchIsAUsageError() {
        const CliResult wrong = run({QStringLiteral("--provider"), QStringLiteral("v2"),
                                     QStringLiteral("sims"), QStringLiteral("list")},
                                    m_token);
        QCOMPARE(wrong.exitCode, 2);
        QVERIFY(wrong.err.contains("v2"));
    }

private:
    // Starts simfleet-cli with `arguments` without waiting for it.
    void start(QProcess& cli, const QStringList& arguments, const QString& token,
               const QString& apiUrl, const QString& password = {}) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("SIMFLEET_API_URL"),
                   apiUrl.isEmpty() ? m_emulator->v2BaseUrl().toString() : apiUrl);
        if (!token.isEmpty())
            env.insert(QStringLiteral("SIMFLEET_TOKEN"), token);
        if (!password.isEmpty())
            env.insert(QStringLiteral("SIMFLEET_PASSWORD"), password);
        env.remove(QStringLiteral("SIMFLEET_VERBOSE"));
        cli.setProcessEnvironment(env);
        const QString dir = qEnvironmentVariable("SIMFLEET_BIN_DIR");
        cli.start(dir.isEmpty() ? QStringLiteral("simfleet-cli")
                                : dir + QStringLiteral("/simfleet-cli"),
                  QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + arguments);
        cli.closeWriteChannel();
    }

    CliResult run(const QStringList& arguments, const QString& token, const QString& password = {},
                  const QString& apiUrl = {}) {
        QProcess cli;
        start(cli, arguments, token, apiUrl, password);
        CliResult result;
        if (!QTest::qWaitFor([&cli] { return cli.state() == QProcess::NotRunning; }, 60000)) {
            cli.kill();
            cli.waitForFinished();
        }
        result.exitCode = cli.exitStatus() == QProcess::NormalExit ? cli.exitCode() : -1;
        result.out = cli.readAllStandardOutput();
        result.err = cli.readAllStandardError();
        // What `v2 login` prints is the token it was asked for, not a leak: its
        // stdout is not kept for secrets_not_written (its stderr is).
        const bool printsToken = arguments.value(0) == QLatin1String("v2") &&
                                 arguments.value(1) == QLatin1String("login");
        keepProcessOutput(QStringLiteral("simfleet-cli"),
                          printsToken ? QByteArray("(the token v2 login printed)") : result.out,
                          result.err);
        return result;
    }

    // Numbers of `count` SIMs not blocked in any way, not used by an earlier test.
    QStringList activeNumbers(int count, const QString& token = {}, const QString& apiUrl = {}) {
        const CliResult list =
            run({QStringLiteral("v2"), QStringLiteral("list"), QStringLiteral("--json")},
                token.isEmpty() ? m_token : token, {}, apiUrl);
        QStringList numbers;
        for (const auto& value : QJsonDocument::fromJson(list.out).array()) {
            const QJsonObject sim = value.toObject();
            const QJsonObject extras = sim.value(QStringLiteral("extras")).toObject();
            const QString number = sim.value(QStringLiteral("number")).toString();
            if (sim.value(QStringLiteral("block")).toString() != QLatin1String("n") ||
                extras.value(QStringLiteral("finance_blocked")).toBool() ||
                (apiUrl.isEmpty() && m_used.contains(number)))
                continue;
            numbers.append(number);
            if (apiUrl.isEmpty())
                m_used.insert(number);
            if (numbers.size() == count)
                break;
        }
        return numbers;
    }

    QJsonObject showSim(const QString& number) {
        const CliResult show = run({QStringLiteral("v2"), QStringLiteral("show"),
                                    QStringLiteral("--number"), number, QStringLiteral("--json")},
                                   m_token);
        return QJsonDocument::fromJson(show.out).object();
    }

    // How many `method` requests the emulator answered (with `status`, when given).
    int sent(const QString& method, int status = 0) const {
        return answered(*m_emulator, method, status);
    }

    // Requests of `method` the emulator answered with `status` (0: any).
    static int answered(const novaemu::Emulator& emulator, const QString& method, int status) {
        int count = 0;
        for (const novaemu::Emulator::JournalEntry& entry : emulator.journal())
            count += entry.method == method && (status == 0 || entry.httpStatus == status) ? 1 : 0;
        return count;
    }

    // An emulator of its own that takes two api/v2 requests a second, and a
    // token of `login` there (empty when it did not start or sign in).
    struct Limited {
        std::unique_ptr<novaemu::Emulator> emulator;
        QString url;
        QString token;
    };
    Limited startLimited(const QString& login) {
        novaemu::EmulatorConfig config = EmulatorFixture::fleetConfig(5);
        config.provider = novaemu::ProviderMode::Both;
        config.v2Sims = 20;
        config.v2RatePerSecond = 2;
        config.v2Login = login;
        Limited limited;
        limited.emulator = EmulatorFixture::startEmulator(config);
        if (!limited.emulator || limited.emulator->port() == 0)
            return limited;
        limited.url = limited.emulator->v2BaseUrl().toString();
        const CliResult signIn =
            run({QStringLiteral("v2"), QStringLiteral("login"), QStringLiteral("--login"), login},
                {}, QStringLiteral("demo-password"), limited.url);
        if (signIn.exitCode == 0)
            limited.token = QString::fromUtf8(signIn.out).trimmed();
        return limited;
    }

    // A blank card of the operator's stock (status=inactive: no number yet).
    QString blankIccid() {
        QUrl url(m_emulator->v2BaseUrl().toString() + QStringLiteral("/sim/list"));
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("status"), QStringLiteral("inactive"));
        url.setQuery(query);
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
        request.setRawHeader("Accept", "application/json");
        QNetworkAccessManager network;
        QNetworkReply* reply = network.get(request);
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 20000))
            return {};
        const QJsonArray data = QJsonDocument::fromJson(reply->readAll())
                                    .object()
                                    .value(QStringLiteral("data"))
                                    .toArray();
        reply->deleteLater();
        return data.isEmpty() ? QString()
                              : data.first().toObject().value(QStringLiteral("iccid")).toString();
    }

    // The job journal of `login`'s account at `apiUrl`, where the desktop app keeps it.
    QString journalPath(const QUrl& apiUrl, const QString& login) const {
        const QString file = QFileInfo(AccountFiles::journalPath(AccountFiles::accountKey(
                                           apiUrl, Session::secondOperatorUserId(login))))
                                 .fileName();
        return QDir(m_home.path())
            .filePath(QStringLiteral(".local/share/SimFleet/SimFleet/jobs/") + file);
    }

    TestTemporaryDir m_home;
    std::unique_ptr<novaemu::Emulator> m_emulator;
    QString m_token;
    QString m_number;
    QSet<QString> m_used; // numbers an earlier test changed
};

QTEST_GUILESS_MAIN(tst_CliV2)
#include "tst_cli_v2.moc"
