#pragma once

#include "api/Sim.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace simfleet {

// The bulk operations NovaConnect queues, their parameters, their local
// validation and which SIMs each one applies to (docs/api-notes.md, notes 1–4).
enum class SimOperation {
    Block,
    Unblock,
    Reconnect,
    Disconnect,
    Ping,
    Sms,
    Limit,
    Tariff,
    Repackage,
    Group,
};

struct SimOperationParams {
    QString smsText;                      // Sms
    LimitType limitType = LimitType::Off; // Limit: Off or Month
    qint64 limitMb = 0;                   // Limit
    int packageMb = 15;                   // Tariff: 15..100 MB, step 5 (sent in KB)
    bool autoPackage = false;             // Tariff
    std::optional<bool> worldRoaming;     // Tariff (TD_Mega)
    QVector<qint64> groupIds;             // Group
    QStringList newGroupNames;            // Group
    // Group, per SIM (the dialog's tri-state groups; BulkPreview::forParams):
    // `groupIds` are the groups the SIMs join, `leftGroupIds` those they
    // leave, and each sent SIM's resulting groups (with `newGroupNames`) are
    // in `groupIdsBySim`. A request carries one group list for all its SIMs,
    // so such a job is sent in chunks of SIMs with equal lists. Empty: every
    // SIM ends up in `groupIds` (the command line).
    QVector<qint64> leftGroupIds;
    QHash<qint64, QVector<qint64>> groupIdsBySim;
};

class SimOperations final {
    Q_DECLARE_TR_FUNCTIONS(SimOperations)

public:
    static constexpr int kMaxSmsLength = 70;
    static constexpr int kMinPackageMb = 15;
    static constexpr int kMaxPackageMb = 100;
    static constexpr int kPackageStepMb = 5;

    static const QVector<SimOperation>& all();
    static QString method(SimOperation op); // "sim/block"
    static QString name(SimOperation op);   // "block" (CLI, journal)
    static std::optional<SimOperation> fromName(const QString& name);
    static QString displayName(SimOperation op); // translated verb
    // Empty when valid, otherwise a translated explanation.
    static QString validate(SimOperation op, const SimOperationParams& params);
    // The request body without `items` and `callbackUrl`.
    static QJsonObject paramsJson(SimOperation op, const SimOperationParams& params);
    // Why `sim` would be skipped by `op`; empty when it applies.
    static QString skipReason(SimOperation op, const Sim& sim);
};

} // namespace simfleet
