#pragma once

#include "emulator/Emulator.h"
#include "emulator/EmulatorConfig.h"

#include <QObject>
#include <QString>
#include <QThread>
#include <QUrl>

namespace simfleet {

// The NovaConnect emulator for `--demo`, served on a free loopback port from
// its own thread so that generating and serving a big fleet never stalls the
// GUI. The emulator is created, run and destroyed inside that thread.
class DemoBackend final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoBackend)

public:
    enum class Role { Admin, User };

    explicit DemoBackend(QObject* parent = nullptr);
    ~DemoBackend() override;

    // Starts the thread and the emulator; false (and *error) when it could not listen.
    bool start(const novaemu::EmulatorConfig& config, QString* error = nullptr);
    // Destroys the emulator in its thread and ends the thread. Safe to call twice.
    void stop();
    bool isRunning() const { return m_emulator != nullptr; }

    QUrl baseUrl() const { return m_baseUrl; }
    // The second operator's api/v2 (EmulatorConfig::provider v2 or both); empty otherwise.
    QUrl v2BaseUrl() const { return m_v2BaseUrl; }
    // A copy of the requests the emulator received (read in its thread).
    QList<novaemu::Emulator::JournalEntry> journal() const;
    // Has the emulator post an account notification of `kind`
    // (novaemu::AccountNotifications::kinds()) to `url`, as the web cabinet
    // would; false when the emulator is not running or refused (*error).
    bool sendAccountNotification(const QString& kind, const QUrl& url, QString* error = nullptr);
    QString tokenFor(Role role) const;
    // "admin" or "user" (case-insensitive); anything else yields an empty token.
    QString tokenFor(const QString& role) const;
    static bool roleFromString(const QString& text, Role* role);

private:
    QThread m_thread;
    QObject* m_anchor = nullptr; // lives in m_thread: the context for calls into it
    novaemu::Emulator* m_emulator = nullptr;
    novaemu::EmulatorConfig m_config;
    QUrl m_baseUrl;
    QUrl m_v2BaseUrl;
};

} // namespace simfleet
