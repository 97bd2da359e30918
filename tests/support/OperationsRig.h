#pragma once

#include "api/ApiClient.h"
#include "emulator/Emulator.h"
#include "models/jobs/BulkOperations.h"
#include "models/jobs/BulkPreview.h"
#include "tests/support/EmulatorFixture.h"
#include "tests/support/EmulatorJournal.h"

#include <QJsonArray>
#include "tests/support/TestTemporaryDir.h"
#include <QTest>

#include <algorithm>

namespace simfleet {

constexpr int kOpsWaitMs = 60000;

// An emulator, a signed-in admin client and a BulkOperations with an empty
// journal and audit trail in a temporary folder (header-only: the tests that
// include it link simfleet_models).
struct OperationsRig {
    explicit OperationsRig(int sims = 40, int queueDelayMs = 100)
        : server(EmulatorFixture::fleetConfig(sims, queueDelayMs))
        , emulator(server.emulator())
        , client(server.client())
        , ops(&client) {
        BulkOperations::Options options;
        options.firstPollMs = 50;
        options.maxPollMs = 200;
        ops.setOptions(options);
    }

    QString journalPath() const { return dir.filePath(QStringLiteral("jobs.sqlite")); }
    QString auditPath() const { return dir.filePath(QStringLiteral("audit.sqlite")); }

    bool open(QString* error = nullptr) {
        return ops.openAccount(journalPath(), auditPath(), QStringLiteral("Anna Admin"), error);
    }

    QVector<Sim> fleet() { return server.fetchFleet(); }

    BulkPreview preview(SimOperation op) {
        const QVector<Sim> sims = fleet();
        QVector<qint64> ids;
        for (const Sim& sim : sims)
            ids.append(sim.id);
        return BulkPreview::build(op, ids, sims);
    }

    QVector<QVector<qint64>> sentItems(const QString& method) const {
        return EmulatorJournal::sentItems(emulator, method);
    }
    int writeRequests() const { return EmulatorJournal::writeRequests(emulator); }

    static QVector<qint64> sorted(QVector<qint64> ids) {
        std::sort(ids.begin(), ids.end());
        return ids;
    }

    TestTemporaryDir dir;
    EmulatorFixture server;
    novaemu::Emulator& emulator;
    ApiClient& client;
    BulkOperations ops;
};

} // namespace simfleet
