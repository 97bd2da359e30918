#include "tools/bench/EmulatorProcess.h"

#include <QElapsedTimer>
#include <QRegularExpression>

namespace simfleet {

EmulatorProcess::EmulatorProcess(QString program, QObject* parent)
    : QObject(parent)
    , m_program(std::move(program)) {}

EmulatorProcess::~EmulatorProcess() {
    stop();
}

bool EmulatorProcess::start(int sims, int timeoutMs, QString* error,
                            const QStringList& extraArguments) {
    m_process.setProgram(m_program);
    m_process.setArguments(QStringList{QStringLiteral("--port"), QStringLiteral("0"),
                                       QStringLiteral("--sims"), QString::number(sims)} +
                           extraArguments);
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(QIODevice::ReadOnly);
    if (!m_process.waitForStarted(10000)) {
        *error = QStringLiteral("cannot start %1: %2").arg(m_program, m_process.errorString());
        return false;
    }
    QElapsedTimer timer;
    timer.start();
    while (!m_process.canReadLine()) {
        const int left = timeoutMs - int(timer.elapsed());
        if (left <= 0 || m_process.state() != QProcess::Running ||
            !m_process.waitForReadyRead(left)) {
            if (m_process.canReadLine())
                break;
            *error = QStringLiteral("%1 did not say where it listens").arg(m_program);
            stop();
            return false;
        }
    }
    const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
    static const QRegularExpression listening(QStringLiteral("listening on (http://\\S+)"));
    const QRegularExpressionMatch match = listening.match(line);
    if (!match.hasMatch()) {
        *error = QStringLiteral("unexpected first line from %1: %2").arg(m_program, line);
        stop();
        return false;
    }
    m_baseUrl = QUrl(match.captured(1));
    // Anything it prints later is drained so a full pipe never blocks it.
    connect(&m_process, &QProcess::readyReadStandardOutput, this,
            [this] { m_process.readAllStandardOutput(); });
    return true;
}

void EmulatorProcess::stop() {
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(5000);
}

} // namespace simfleet
