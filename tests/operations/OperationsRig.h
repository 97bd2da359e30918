#pragma once

#include "api/ApiClient.h"
#include "api/SimService.h"
#include "emulator/Emulator.h"
#include "models/jobs/BulkOperations.h"
#include "models/jobs/BulkPreview.h"
#include "tests/support/EmulatorJournal.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

namespace simfleet {

constexpr int kOpsWaitMs = 60000;

// An emulator, a signed-in admin client and a BulkOperations with an empty
// journal and audit trail in a temporary folder.
struct OperationsRig {
    explicit OperationsRig(int sims = 40, int queueDelayMs = 100)
        : emulator(configFor(sims, queueDelayMs))
        , ops(&client) {
        emulator.listen(0);
        client.setBaseUrl(emulator.baseUrl());
        client.setToken(QStringLiteral("demo-admin"));
        client.setReadOnly(false); // an admin token
        client.setLanguage(QStringLiteral("en"));
        client.setRetryPolicy({3, 10, 50});
        BulkOperations::Options options;
        options.firstPollMs = 50;
        options.maxPollMs = 200;
        ops.setOptions(options);
    }

    static novaemu::EmulatorConfig configFor(int sims, int queueDelayMs) {
        novaemu::EmulatorConfig config;
        config.sims = sims;
        config.queueDelayMs = queueDelayMs;
        return config;
    }

    QString journalPath() const { return dir.filePath(QStringLiteral("jobs.sqlite")); }
    QString auditPath() const { return dir.filePath(QStringLiteral("audit.sqlite")); }

    bool open(QString* error = nullptr) {
        return ops.openAccount(journalPath(), auditPath(), QStringLiteral("Anna Admin"), error);
    }

    QVector<Sim> fleet() {
        std::optional<Result<ListPage<Sim>>> result;
        QObject context;
        SimService(&client).fetchAll(
            SimListQuery{}, 1000, &context,
            [&result](const Result<ListPage<Sim>>& fetched) { result = fetched; });
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, kOpsWaitMs) || !result->ok())
            return {};
        return result->value.items;
    }

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

    QTemporaryDir dir;
    novaemu::Emulator emulator;
    ApiClient client;
    BulkOperations ops;
};

} // namespace simfleet
