// simfleet-cli with the second operator (the v2 area, --provider) as a process
// against the in-process emulator's api/v2 over loopback HTTP.

#include "emulator/Emulator.h"
#include "tests/support/EmulatorFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

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

    void change_oneRequestPerSim_unknownNumberFails() {
        QVERIFY(!m_number.isEmpty());
        const CliResult change =
            run({QStringLiteral("v2"), QStringLiteral("change"), QStringLiteral("--action"),
                 QStringLiteral("block-finance"), QStringLiteral("--numbers"),
                 m_number + QStringLiteral(",79000000000"), QStringLiteral("--json")},
                m_token);
        QCOMPARE(change.exitCode, 3); // one of two failed
        const QJsonArray results = QJsonDocument::fromJson(change.out).array();
        QCOMPARE(results.size(), 2);
        QVERIFY(results.at(0).toObject().value(QStringLiteral("ok")).toBool());
        QVERIFY(!results.at(1).toObject().value(QStringLiteral("ok")).toBool());
        int sent = 0;
        for (const auto& entry : m_emulator->journal())
            sent += entry.method == QStringLiteral("v2/sim/block-finance/") + m_number ? 1 : 0;
        QCOMPARE(sent, 1);
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
    CliResult run(const QStringList& arguments, const QString& token,
                  const QString& password = {}) {
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("SIMFLEET_API_URL"), m_emulator->v2BaseUrl().toString());
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
        CliResult result;
        if (!QTest::qWaitFor([&cli] { return cli.state() == QProcess::NotRunning; }, 60000)) {
            cli.kill();
            cli.waitForFinished();
        }
        result.exitCode = cli.exitStatus() == QProcess::NormalExit ? cli.exitCode() : -1;
        result.out = cli.readAllStandardOutput();
        result.err = cli.readAllStandardError();
        return result;
    }

    QTemporaryDir m_home;
    std::unique_ptr<novaemu::Emulator> m_emulator;
    QString m_token;
    QString m_number;
};

QTEST_GUILESS_MAIN(tst_CliV2)
#include "tst_cli_v2.moc"
