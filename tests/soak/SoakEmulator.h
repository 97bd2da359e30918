#pragma once

#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QUrl>

namespace simfleet {

// simfleet-emulator (from SIMFLEET_BIN_DIR) as a child process on a loopback
// port, with its request journal in a file: started, killed with SIGKILL and
// started again on the same port with the same arguments (so the same fleet),
// appending to the same journal. Killed when this object goes away.
class SoakEmulator final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SoakEmulator)

public:
    // `arguments` besides --port and --journal.
    SoakEmulator(QStringList arguments, QString journalPath, QObject* parent = nullptr);
    ~SoakEmulator() override;

    // Starts it (on a free port the first time, on the same port after kill())
    // and waits for its "listening on URL" line, running the event loop.
    bool start(QString* error);
    // SIGKILL: no orderly shutdown, what it had queued is gone.
    void kill();
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }

    // The address of its first line: .../api, or .../api/v2 with --provider v2.
    QUrl baseUrl() const { return m_baseUrl; }
    const QString& journalPath() const { return m_journalPath; }

private:
    bool startOnce(QString* error);

    QStringList m_arguments;
    QString m_journalPath;
    QProcess m_process;
    QUrl m_baseUrl;
    quint16 m_port = 0;
};

} // namespace simfleet
