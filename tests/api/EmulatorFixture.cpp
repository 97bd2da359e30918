#include "tests/api/EmulatorFixture.h"

#include <QTest>

namespace simfleet {

using novaemu::Emulator;
using novaemu::EmulatorConfig;

EmulatorConfig EmulatorFixture::smallFleet(int sims) {
    EmulatorConfig config;
    config.sims = sims;
    config.seed = 7;
    config.queueDelayMs = 100;
    return config;
}

EmulatorFixture::EmulatorFixture(const EmulatorConfig& config)
    : m_config(config)
    , m_emulator(std::make_unique<Emulator>(config))
    , m_client(std::make_unique<ApiClient>()) {
    m_port = m_emulator->listen(0);
    if (m_port != 0)
        m_client->setBaseUrl(m_emulator->baseUrl());
    m_client->setToken(config.adminToken);
    // The admin token may write; tests of the role's effect go through a Session.
    m_client->setReadOnly(false);
    m_client->setLanguage(QStringLiteral("en"));
    ApiClient::RetryPolicy retry;
    retry.baseDelayMs = kFastRetryBaseMs;
    retry.maxDelayMs = 200;
    m_client->setRetryPolicy(retry);
}

EmulatorFixture::~EmulatorFixture() {
    // The client goes first: its calls must not outlive the server they talk to.
    m_client.reset();
    m_emulator.reset();
}

QList<Emulator::JournalEntry> EmulatorFixture::journal(const QString& method) const {
    const QList<Emulator::JournalEntry> all = m_emulator->journal();
    if (method.isEmpty())
        return all;
    QList<Emulator::JournalEntry> matching;
    for (const auto& entry : all) {
        if (entry.method == method)
            matching.append(entry);
    }
    return matching;
}

bool EmulatorFixture::waitForJournal(const QString& method, int count, int timeoutMs) const {
    return QTest::qWaitFor([this, &method, count] { return journalCount(method) >= count; },
                           timeoutMs);
}

} // namespace simfleet
