#pragma once

#include "api/Provider.h"
#include "api/Sim.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace simfleet {

// The bulk operations, their parameters, their local validation and which
// SIMs each one applies to. The first ten are NovaConnect's queued methods
// (docs/api-notes.md, notes 1–4); the rest are the second operator's
// per-SIM changes (docs/api-v2-notes.md). Which ones an account offers is
// available(provider); Block and Unblock exist at both.
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
    ServiceBlock, // one service (internet, SMS or calls)
    ServiceUnblock,
    FinanceBlock,
    FinanceUnblock,
    TariffFromDate, // a tariff (packet) from a date
    TopUp,          // a top-up (small) packet
    InfoSms,        // an informational SMS about a packet type
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
    QString service;          // ServiceBlock, ServiceUnblock: "internet", "sms" or "call"
    qint64 packetId = 0;      // TariffFromDate
    QDate tariffDate;         // TariffFromDate: the new tariff's first day
    qint64 smallPacketId = 0; // TopUp: 0 = the first of the SIM's tariff
    QString infoSmsType;      // InfoSms: "call" or "internet"
    // A provider that changes one SIM per request (the second operator): each
    // sent SIM's ICCID as the fleet last showed it, by SIM id, which its
    // request names besides the number (BulkPreview::iccids).
    QHash<qint64, QString> iccidBySim;
};

class SimOperations final {
    Q_DECLARE_TR_FUNCTIONS(SimOperations)

public:
    static constexpr int kMaxSmsLength = 70;
    static constexpr int kMinPackageMb = 15;
    static constexpr int kMaxPackageMb = 100;
    static constexpr int kPackageStepMb = 5;

    // Every operation of every provider (journals name them all).
    static const QVector<SimOperation>& all();
    // The operations a provider offers, in menu order.
    static const QVector<SimOperation>& available(ProviderKind provider);
    static bool isAvailable(SimOperation op, ProviderKind provider) {
        return available(provider).contains(op);
    }
    static QString method(SimOperation op); // NovaConnect's "sim/block"
    static QString name(SimOperation op);   // "block" (CLI, journal)
    static std::optional<SimOperation> fromName(const QString& name);
    static QString displayName(SimOperation op); // translated verb
    // Empty when valid, otherwise a translated explanation.
    static QString validate(SimOperation op, const SimOperationParams& params);
    // The words both providers' per-service block and informational SMS take:
    // "internet", "sms" or "call"; "call" or "internet".
    static bool isService(const QString& type);
    static bool isInfoSmsTopic(const QString& type);
    // The request body without `items` and `callbackUrl`.
    static QJsonObject paramsJson(SimOperation op, const SimOperationParams& params);
    // Why `sim` would be skipped by `op`; empty when it applies.
    static QString skipReason(SimOperation op, const Sim& sim);
};

} // namespace simfleet
