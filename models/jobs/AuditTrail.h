#pragma once

#include "api/v2/V2Methods.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace simfleet {

// One action taken from this client, as recorded at the time.
struct AuditEntry {
    qint64 id = 0;  // assigned by AuditTrail
    QDateTime time; // UTC
    QString author;
    QString action;  // stable code: an operation name ("block"), "rename" or "retry"
    QString details; // translated at record time
    int simCount = 0;
    int skippedCount = 0;
    QStringList queueIds; // added as chunks are accepted
    qint64 jobId = 0;     // 0: not a bulk job
};

// The local audit trail: one SQLite file with its own table; each insert or
// update is one transaction. A file that is not a usable audit trail is
// renamed aside (setAsidePath()) and a fresh one is started.
class AuditTrail final {
    Q_DECLARE_TR_FUNCTIONS(AuditTrail)
    Q_DISABLE_COPY_MOVE(AuditTrail)

public:
    static constexpr int kSchemaVersion = 1;
    static constexpr QLatin1StringView kRenameAction{"rename"};
    static constexpr QLatin1StringView kRetryAction{"retry"};
    static constexpr QLatin1StringView kResendUnknownAction{"resend_unknown"};
    static constexpr QLatin1StringView kActivateAction{"activate_sim"};
    static constexpr QLatin1StringView kBindNumberAction{"bind_number"};
    static constexpr QLatin1StringView kSwapSimAction{"swap_sim"};

    explicit AuditTrail(QString filePath);

    const QString& filePath() const { return m_path; }
    bool open(QString* error = nullptr);
    const QString& setAsidePath() const { return m_setAside; }

    // Stores the entry; returns its id.
    std::optional<qint64> record(const AuditEntry& entry, QString* error = nullptr);
    bool appendQueueId(qint64 entryId, const QString& queueId, QString* error = nullptr);
    QVector<AuditEntry> entries(QString* error = nullptr) const; // oldest first

    // The translated name of an action code.
    static QString actionName(const QString& action);
    // The code of a change of which SIM a number belongs to (Activate,
    // BindNumber, SwapSim); empty for the other actions.
    static QString actionCode(V2Action action);

private:
    QString m_path;
    QString m_setAside;
};

} // namespace simfleet
