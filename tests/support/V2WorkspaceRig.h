#pragma once

#include "api/ApiClient.h"
#include "api/Provider.h"
#include "api/Sim.h"
#include "api/v2/V2Methods.h"
#include "api/v2/V2Service.h"
#include "emulator/Emulator.h"
#include "models/fleet/TariffCatalog.h"
#include "models/workspace/AccountWorkspace.h"
#include "tests/support/EmulatorFixture.h"

#include <QJsonObject>
#include <QObject>
#include <QTest>

#include <memory>
#include <optional>

namespace simfleet {

// A workspace of the second operator for view tests: the in-process emulator
// serving api/v2 (its four tariffs with their top-ups), a client signed in to
// it and an AccountWorkspace set to ProviderKind::SecondOperator. The fleet is
// not loaded: tests fill the workspace's FleetModel with v2Sim()s.
// Header-only; its tests link simfleet_models.
class V2WorkspaceRig final {
public:
    V2WorkspaceRig()
        : m_emulator(EmulatorFixture::startEmulator(EmulatorFixture::v2Config(20)))
        , m_client(std::make_unique<ApiClient>()) {
        EmulatorFixture::connectV2Client(*m_client, *m_emulator);
        m_workspace = std::make_unique<AccountWorkspace>(m_client.get());
        m_workspace->setProvider(ProviderKind::SecondOperator);
    }
    ~V2WorkspaceRig() {
        m_workspace.reset();
        m_client.reset();
        m_emulator.reset();
    }
    Q_DISABLE_COPY_MOVE(V2WorkspaceRig)

    AccountWorkspace* workspace() const { return m_workspace.get(); }
    ApiClient* client() const { return m_client.get(); }
    novaemu::Emulator& emulator() const { return *m_emulator; }

    // Signs in with the emulator's demo pair and reads the tariffs into the
    // workspace's TariffCatalog; false when either failed.
    bool loadTariffs(int timeoutMs = 20000) {
        if (!EmulatorFixture::signInV2(*m_client, timeoutMs))
            return false;
        TariffCatalog* tariffs = m_workspace->tariffs();
        tariffs->reload();
        return QTest::qWaitFor([tariffs] { return !tariffs->isLoading(); }, timeoutMs) &&
               tariffs->isLoaded() && !tariffs->packets().isEmpty();
    }

    // A SIM as the second operator's reader makes it: the number is the id,
    // `packetId` the tariff, the fields no column holds in extras.
    static Sim v2Sim(qint64 number, qint64 packetId, const QString& packetName,
                     BlockCode block = BlockCode::None, QJsonObject extras = {}) {
        Sim sim;
        sim.id = number;
        sim.number = QString::number(number);
        sim.iccid = QStringLiteral("8970199") + QString::number(number).rightJustified(13, u'0');
        sim.block = block;
        sim.balance = 125.5;
        sim.tariff.id = packetId;
        sim.tariff.name = packetName;
        if (extras.isEmpty())
            extras = {{QStringLiteral("imsi"), QStringLiteral("250011234567890")},
                      {QStringLiteral("status"), QStringLiteral("active")},
                      {QStringLiteral("packet_id"), packetId}};
        sim.extras = extras;
        return sim;
    }

private:
    std::unique_ptr<novaemu::Emulator> m_emulator;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<AccountWorkspace> m_workspace;
};

} // namespace simfleet
