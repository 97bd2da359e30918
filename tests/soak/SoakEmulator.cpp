#include "tests/soak/SoakEmulator.h"

#include <QDeadlineTimer>
#include <QRegularExpression>
#include <QTest>

#include <csignal>

#include <sys/prctl.h>

namespace simfleet {

namespace {
constexpr int kStartMs = 120000;    // a big fleet is generated before it listens
constexpr int kListenAttempts = 20; // the port may take a moment to be free again
} // namespace

SoakEmulator::SoakEmulator(QStringList arguments, QString journalPath, QObject* parent)
    : QObject(parent)
    , m_arguments(std::move(arguments))
    , m_journalPath(std::move(journalPath)) {
    m_process.setProgram(qEnvironmentVariable("SIMFLEET_BIN_DIR") +
                         QStringLiteral("/simfleet-emulator"));
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    // Its log (a line per SIM list served, warnings) is not the test's output.
    m_process.setStandardErrorFile(QProcess::nullDevice());
    // Should the test die without its destructors (a Qt Test timeout, ctest's
    // kill), the emulator goes too instead of serving on.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
}

SoakEmulator::~SoakEmulator() {
    kill();
}

bool SoakEmulator::start(QString* error) {
    for (int attempt = 1; attempt <= kListenAttempts; ++attempt) {
        if (startOnce(error))
            return true;
        // Exit code 1: the port could not be bound (yet); anything else is final.
        if (m_port == 0 || m_process.exitStatus() != QProcess::NormalExit ||
            m_process.exitCode() != 1)
            return false;
        QTest::qWait(250);
    }
    return false;
}

bool SoakEmulator::startOnce(QString* error) {
    if (qEnvironmentVariableIsEmpty("SIMFLEET_BIN_DIR")) {
        *error = QStringLiteral("SIMFLEET_BIN_DIR is not set");
        return false;
    }
    m_process.setArguments(QStringList{QStringLiteral("--port"), QString::number(m_port),
                                       QStringLiteral("--journal"), m_journalPath} +
                           m_arguments);
    m_process.start();
    if (!m_process.waitForStarted(10000)) {
        *error = m_process.errorString();
        return false;
    }
    const QDeadlineTimer deadline(kStartMs);
    while (!m_process.canReadLine() && m_process.state() == QProcess::Running &&
           !deadline.hasExpired())
        QTest::qWait(20);
    const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral("^listening on (http://127\\.0\\.0\\.1:(\\d+)/\\S*)$"))
            .match(line);
    if (!match.hasMatch()) {
        if (m_process.state() == QProcess::Running)
            kill();
        else
            m_process.waitForFinished(1000);
        *error = QStringLiteral("simfleet-emulator did not start (exit code %1, first line \"%2\")")
                     .arg(m_process.exitCode())
                     .arg(line);
        return false;
    }
    m_baseUrl = QUrl(match.captured(1));
    m_port = quint16(match.captured(2).toUInt());
    return true;
}

void SoakEmulator::kill() {
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(10000);
}

} // namespace simfleet
