#pragma once

#include <QObject>
#include <QProcess>
#include <QUrl>

namespace simfleet {

// simfleet-emulator as a child process on a free loopback port; killed when
// this object goes away.
class EmulatorProcess final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmulatorProcess)

public:
    explicit EmulatorProcess(QString program, QObject* parent = nullptr);
    ~EmulatorProcess() override;

    // Starts `--port 0 --sims <sims> <extraArguments>` and waits for its
    // "listening on <url>" line.
    bool start(int sims, int timeoutMs, QString* error, const QStringList& extraArguments = {});
    QUrl baseUrl() const { return m_baseUrl; }
    void stop();

private:
    QString m_program;
    QProcess m_process;
    QUrl m_baseUrl;
};

} // namespace simfleet
