// simfleet's command line (CommandLine::parse): every option and every refusal,
// without the process ending (QCommandLineParser::process would exit on
// --help or a bad option); the program's exit codes for them.
#include "app/gui/CommandLine.h"

#include <QProcess>
#include <QtTest>

using namespace simfleet;

namespace {

QStringList withProgram(const QStringList& arguments) {
    return QStringList{QStringLiteral("simfleet")} + arguments;
}

CommandLine::Outcome parse(const QStringList& arguments, StartOptions* options = nullptr,
                           QString* message = nullptr) {
    StartOptions ignored;
    QString unused;
    return CommandLine::parse(withProgram(arguments), options ? options : &ignored,
                              message ? message : &unused);
}

// The data row's `arguments` end in `outcome` with a message holding `expected`.
void verifyOutcome(CommandLine::Outcome outcome) {
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    QString message;
    QCOMPARE(parse(arguments, nullptr, &message), outcome);
    QVERIFY2(message.contains(expected), qPrintable(message));
}

} // namespace

class TestCommandLine : public QObject {
    Q_OBJECT

private slots:
    void noArguments_startsWithDefaults();
    void everyOption_filled();
    void helpAndVersion_printWithoutExiting_data();
    void helpAndVersion_printWithoutExiting();
    void badInput_refusedWithReason_data();
    void badInput_refusedWithReason();
    void requestedLanguage_readBeforeParsing();
    void program_exitCodes();
};

void TestCommandLine::noArguments_startsWithDefaults() {
    StartOptions options;
    QCOMPARE(parse({}, &options), CommandLine::Outcome::Start);
    QVERIFY(!options.demo);
    QCOMPARE(options.demoRole, QStringLiteral("admin"));
    QCOMPARE(options.demoSims, 2000);
    QCOMPARE(options.demoProvider, QStringLiteral("nova"));
    QVERIFY(options.language.isEmpty());
}

void TestCommandLine::everyOption_filled() {
    StartOptions options;
    QCOMPARE(
        parse({QStringLiteral("--demo"), QStringLiteral("--role"), QStringLiteral(" User "),
               QStringLiteral("--sims=12"), QStringLiteral("--provider"), QStringLiteral("BOTH"),
               QStringLiteral("--lang"), QStringLiteral("RU"), QStringLiteral("--verbose")},
              &options),
        CommandLine::Outcome::Start);
    QVERIFY(options.demo);
    QCOMPARE(options.demoRole, QStringLiteral("user"));
    QCOMPARE(options.demoSims, 12);
    QCOMPARE(options.demoProvider, QStringLiteral("both"));
    QCOMPARE(options.language, QStringLiteral("ru"));

    QCOMPARE(parse({QStringLiteral("--sims"), QStringLiteral("0")}, &options),
             CommandLine::Outcome::Start);
    QCOMPARE(options.demoSims, 0);
    QCOMPARE(parse({QStringLiteral("--sims"), QStringLiteral("1000000")}, &options),
             CommandLine::Outcome::Start);
    QCOMPARE(options.demoSims, 1000000);
}

void TestCommandLine::helpAndVersion_printWithoutExiting_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    QTest::newRow("--help") << QStringList{QStringLiteral("--help")} << QStringLiteral("--demo");
    QTest::newRow("-h") << QStringList{QStringLiteral("-h")} << QStringLiteral("--provider");
    QTest::newRow("--help-all") << QStringList{QStringLiteral("--help-all")}
                                << QStringLiteral("--sims");
    QTest::newRow("--version") << QStringList{QStringLiteral("--version")}
                               << QCoreApplication::applicationVersion();
    QTest::newRow("help beside a bad value")
        << QStringList{QStringLiteral("--sims"), QStringLiteral("many"), QStringLiteral("--help")}
        << QStringLiteral("--role");
}

void TestCommandLine::helpAndVersion_printWithoutExiting() {
    verifyOutcome(CommandLine::Outcome::Print);
}

void TestCommandLine::badInput_refusedWithReason_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    const auto row = [](const char* name, const QStringList& arguments, const QString& expected) {
        QTest::newRow(name) << arguments << expected;
    };
    row("unknown option", {QStringLiteral("--bogus")}, QStringLiteral("bogus"));
    row("missing value", {QStringLiteral("--sims")}, QStringLiteral("sims"));
    row("role", {QStringLiteral("--role"), QStringLiteral("root")}, QStringLiteral("\"root\""));
    row("sims not a number", {QStringLiteral("--sims"), QStringLiteral("12k")},
        QStringLiteral("\"12k\""));
    row("sims negative", {QStringLiteral("--sims=-1")}, QStringLiteral("\"-1\""));
    row("sims too many", {QStringLiteral("--sims"), QStringLiteral("1000001")},
        QStringLiteral("1,000,000"));
    row("sims overflow", {QStringLiteral("--sims"), QStringLiteral("99999999999999999999")},
        QStringLiteral("99999999999999999999"));
    row("provider", {QStringLiteral("--provider"), QStringLiteral("nova2")},
        QStringLiteral("\"nova2\""));
    row("language", {QStringLiteral("--lang"), QStringLiteral("de")}, QStringLiteral("\"de\""));
}

void TestCommandLine::badInput_refusedWithReason() {
    verifyOutcome(CommandLine::Outcome::Refuse);
}

void TestCommandLine::requestedLanguage_readBeforeParsing() {
    QCOMPARE(CommandLine::requestedLanguage(
                 withProgram({QStringLiteral("--lang"), QStringLiteral("ru")})),
             QStringLiteral("ru"));
    QCOMPARE(CommandLine::requestedLanguage(withProgram({QStringLiteral("--lang=en")})),
             QStringLiteral("en"));
    QVERIFY(CommandLine::requestedLanguage(withProgram({QStringLiteral("--lang")})).isEmpty());
    QVERIFY(CommandLine::requestedLanguage(withProgram({})).isEmpty());
}

void TestCommandLine::program_exitCodes() {
    const QString program = qEnvironmentVariable("SIMFLEET_BIN_DIR") + QStringLiteral("/simfleet");
    if (!QFileInfo::exists(program))
        QSKIP("simfleet is not built next to the tests (SIMFLEET_BIN_DIR)");
    struct Case {
        QStringList arguments;
        int exitCode;
        QString output; // expected in stdout + stderr
    };
    const QList<Case> cases{
        {{QStringLiteral("--help")}, 0, QStringLiteral("--demo")},
        {{QStringLiteral("--bogus")}, 2, QStringLiteral("simfleet --help")},
        {{QStringLiteral("--sims"), QStringLiteral("lots")}, 2, QStringLiteral("\"lots\"")},
    };
    for (const Case& c : cases) {
        QProcess process;
        process.start(program, c.arguments);
        QVERIFY2(process.waitForFinished(30000), qPrintable(c.arguments.join(u' ')));
        const QString output =
            QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), c.exitCode);
        QVERIFY2(output.contains(c.output), qPrintable(output));
    }
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_command_line.moc"
