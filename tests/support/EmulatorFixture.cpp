#include "tests/support/EmulatorFixture.h"

#include "api/SimService.h"
#include "api/v2/V2Service.h"

#include <QTest>

#include <optional>

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

EmulatorConfig EmulatorFixture::fleetConfig(int sims, int queueDelayMs) {
    EmulatorConfig config;
    config.sims = sims;
    config.queueDelayMs = queueDelayMs;
    return config;
}

std::unique_ptr<Emulator> EmulatorFixture::startEmulator(const EmulatorConfig& config) {
    auto emulator = std::make_unique<Emulator>(config);
    if (emulator->listen(0) == 0)
        qWarning("The emulator could not listen on a loopback port");
    return emulator;
}

void EmulatorFixture::connectClient(ApiClient& client, const Emulator& emulator,
                                    const QString& token, bool readOnly) {
    if (emulator.port() != 0)
        client.setBaseUrl(emulator.baseUrl());
    client.setToken(token);
    client.setReadOnly(readOnly);
    client.setLanguage(QStringLiteral("en"));
    ApiClient::RetryPolicy retry;
    retry.baseDelayMs = kFastRetryBaseMs;
    retry.maxDelayMs = 200;
    client.setRetryPolicy(retry);
}

novaemu::EmulatorConfig EmulatorFixture::v2Config(int v2Sims, int ratePerSecond) {
    novaemu::EmulatorConfig config = fleetConfig(10);
    config.provider = novaemu::ProviderMode::Both;
    config.v2Sims = v2Sims;
    config.v2RatePerSecond = ratePerSecond;
    return config;
}

void EmulatorFixture::connectV2Client(ApiClient& client, const Emulator& emulator) {
    connectClient(client, emulator, {}, true);
    client.setBaseUrl(emulator.v2BaseUrl());
    client.setMethodRules(v2MethodRules());
}

bool EmulatorFixture::signInV2(ApiClient& client, int timeoutMs) {
    std::optional<Result<QString>> token;
    QObject context;
    const novaemu::EmulatorConfig defaults;
    V2Service(&client).login(defaults.v2Login, defaults.v2Password, &context,
                             [&token](const Result<QString>& r) { token = r; });
    if (!QTest::qWaitFor([&token] { return token.has_value(); }, timeoutMs) || !token->ok())
        return false;
    client.setToken(token->value);
    client.setReadOnly(false);
    return true;
}

QVector<Sim> EmulatorFixture::fetchFleet(ApiClient& client, int timeoutMs) {
    std::optional<Result<ListPage<Sim>>> result;
    QObject context;
    SimService(&client).fetchAll(
        SimListQuery{}, 1000, &context,
        [&result](const Result<ListPage<Sim>>& fetched) { result = fetched; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, timeoutMs) || !result->ok())
        return {};
    return result->value.items;
}

EmulatorFixture::EmulatorFixture(const EmulatorConfig& config)
    : m_config(config)
    , m_emulator(startEmulator(config))
    , m_client(std::make_unique<ApiClient>()) {
    m_port = m_emulator->port();
    // The admin token may write; tests of the role's effect go through a Session.
    connectClient(*m_client, *m_emulator, config.adminToken);
}

EmulatorFixture::~EmulatorFixture() {
    // The client goes first: its calls must not outlive the server they talk to.
    m_client.reset();
    m_emulator.reset();
}

QList<Emulator::JournalEntry> EmulatorFixture::journal(const QString& method) const {
    QList<Emulator::JournalEntry> all = m_emulator->journal();
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
