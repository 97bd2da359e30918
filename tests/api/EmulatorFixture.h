#pragma once

#include "api/ApiClient.h"
#include "emulator/Emulator.h"

#include <QList>
#include <QString>

#include <memory>

namespace simfleet {

// An in-process NovaConnect emulator on a free loopback port and an ApiClient
// pointed at it with the admin token, English, and short retry backoff.
class EmulatorFixture final {
public:
    static constexpr int kFastRetryBaseMs = 20;

    // A small fleet whose queued jobs finish quickly.
    static novaemu::EmulatorConfig smallFleet(int sims = 60);

    explicit EmulatorFixture(const novaemu::EmulatorConfig& config = smallFleet());
    ~EmulatorFixture();
    Q_DISABLE_COPY_MOVE(EmulatorFixture)

    bool isListening() const { return m_port != 0; }
    quint16 port() const { return m_port; }
    const novaemu::EmulatorConfig& config() const { return m_config; }
    novaemu::Emulator& emulator() { return *m_emulator; }
    ApiClient& client() { return *m_client; }

    void useAdminToken() { m_client->setToken(m_config.adminToken); }
    void useUserToken() { m_client->setToken(m_config.userToken); }

    // Journal entries, all or for one method, in arrival order.
    QList<novaemu::Emulator::JournalEntry> journal(const QString& method = {}) const;
    int journalCount(const QString& method = {}) const { return int(journal(method).size()); }
    // Waits until the journal holds at least `count` entries for `method`.
    bool waitForJournal(const QString& method, int count, int timeoutMs = 5000) const;

private:
    novaemu::EmulatorConfig m_config;
    std::unique_ptr<novaemu::Emulator> m_emulator;
    std::unique_ptr<ApiClient> m_client;
    quint16 m_port = 0;
};

} // namespace simfleet
