#pragma once

#include "api/ApiClient.h"
#include "api/Sim.h"
#include "emulator/Emulator.h"

#include <QList>
#include <QString>
#include <QVector>

#include <memory>

namespace simfleet {

// An in-process NovaConnect emulator on a free loopback port and an ApiClient
// pointed at it with the admin token, English, and short retry backoff: the
// rig of every test that talks to NovaConnect over real loopback HTTP.
class EmulatorFixture final {
public:
    static constexpr int kFastRetryBaseMs = 20;
    static constexpr int kFleetWaitMs = 60000;

    // A small fleet whose queued jobs finish quickly.
    static novaemu::EmulatorConfig smallFleet(int sims = 60);
    // `sims` SIMs of the emulator's default fleet (its default seed) whose
    // queued jobs take `queueDelayMs`.
    static novaemu::EmulatorConfig fleetConfig(int sims, int queueDelayMs = 100);

    // For tests that stop, replace or share servers: an emulator on a free
    // loopback port (with a warning when it could not listen)...
    static std::unique_ptr<novaemu::Emulator> startEmulator(const novaemu::EmulatorConfig& config);
    static std::unique_ptr<novaemu::Emulator> startEmulator(int sims, int queueDelayMs = 100) {
        return startEmulator(fleetConfig(sims, queueDelayMs));
    }
    // ...and a client pointed at it as the fixture's own: `token`, English,
    // short retry backoff, read-write unless `readOnly`.
    static void connectClient(ApiClient& client, const novaemu::Emulator& emulator,
                              const QString& token = novaemu::EmulatorConfig().adminToken,
                              bool readOnly = false);
    // The second operator: an emulator serving api/v2 beside a small
    // NovaConnect fleet, `v2Sims` SIMs, `ratePerSecond` requests (0: no limit).
    static novaemu::EmulatorConfig v2Config(int v2Sims, int ratePerSecond = 0);
    // A client of its api/v2 (address, method rules, English, short backoff),
    // read-only until signInV2() signs it in with the emulator's demo login.
    static void connectV2Client(ApiClient& client, const novaemu::Emulator& emulator);
    static bool signInV2(ApiClient& client, int timeoutMs = 20000);
    // Every SIM `client` reads with sim/list; none when the read failed.
    static QVector<Sim> fetchFleet(ApiClient& client, int timeoutMs = kFleetWaitMs);

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

    // Every SIM of the fleet, read by the fixture's client.
    QVector<Sim> fetchFleet(int timeoutMs = kFleetWaitMs) {
        return fetchFleet(*m_client, timeoutMs);
    }
    // Shuts the server down: NovaConnect becomes unreachable for the client;
    // emulator() and the journal are not to be used afterwards.
    void stopEmulator() { m_emulator.reset(); }

private:
    novaemu::EmulatorConfig m_config;
    std::unique_ptr<novaemu::Emulator> m_emulator;
    std::unique_ptr<ApiClient> m_client;
    quint16 m_port = 0;
};

} // namespace simfleet
