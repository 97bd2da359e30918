#include "models/jobs/AuditTrail.h"

#include "models/storage/PrivateFiles.h"
#include "models/storage/SqliteConnection.h"

#include "api/SimOperation.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace simfleet {

using namespace Qt::StringLiterals;

namespace {

Q_LOGGING_CATEGORY(lcAudit, "simfleet.models.audit")

void setError(QString* error, const QString& text) {
    if (error)
        *error = text;
}

QString nonNull(const QString& text) {
    return text.isNull() ? QString(""_L1) : text;
}

// Whether the file's audit table is the one open() creates. A damaged file
// can keep its header, its user_version and a sound structure while the table
// lost its key (found by fuzzing: "id INTEGER PRIMARYAUEKY" made every id
// NULL, read as 0, so queue ids appended to a new entry went nowhere).
bool hasOwnTable(const QString& path) {
    const SqliteConnection connection(path, u"simfleet-audit"_s);
    if (!connection.isOpen())
        return false;
    QSqlQuery q(connection.database());
    if (!q.exec(u"PRAGMA table_info(audit)"_s))
        return false;
    static const QStringList kColumns{
        u"id"_s,        u"time"_s,          u"author"_s,    u"action"_s, u"details"_s,
        u"sim_count"_s, u"skipped_count"_s, u"queue_ids"_s, u"job_id"_s};
    QStringList columns;
    bool idIsKey = false;
    while (q.next()) {
        // cid, name, type, notnull, dflt_value, pk
        const QString name = q.value(1).toString();
        columns.append(name);
        if (name == "id"_L1)
            idIsKey = q.value(2).toString().compare("INTEGER"_L1, Qt::CaseInsensitive) == 0 &&
                      q.value(5).toInt() == 1;
    }
    return idIsKey && columns == kColumns;
}

} // namespace

AuditTrail::AuditTrail(QString filePath)
    : m_path(std::move(filePath)) {}

bool AuditTrail::open(QString* error) {
    setError(error, {});
    const QFileInfo info(m_path);
    if (!PrivateFiles::makeFolder(info.absolutePath())) {
        setError(error, tr("Could not create the folder %1 for the audit trail.")
                            .arg(QDir::toNativeSeparators(info.absolutePath())));
        return false;
    }
    const SqliteConnection::Inspection found =
        SqliteConnection::inspect(m_path, u"simfleet-audit"_s);
    if (!found.opened) {
        setError(error, tr("Could not open the audit trail: %1").arg(found.error));
        return false;
    }
    int version = found.version;
    if (found.usable && version > kSchemaVersion) {
        setError(error, tr("The audit trail %1 was written by a newer version of SimFleet.")
                            .arg(QDir::toNativeSeparators(m_path)));
        return false;
    }
    const bool usable = found.usable && (version != kSchemaVersion || hasOwnTable(m_path));
    if (!usable) {
        m_setAside = SqliteConnection::setAside(m_path);
        qCWarning(lcAudit) << "audit trail unusable, set aside as" << m_setAside;
        if (m_setAside.isEmpty()) {
            setError(error, tr("The audit trail %1 is damaged and could not be set aside.")
                                .arg(QDir::toNativeSeparators(m_path)));
            return false;
        }
        version = 0;
    }
    if (version == kSchemaVersion)
        return true;
    const SqliteConnection connection(m_path, u"simfleet-audit"_s);
    if (!connection.isOpen()) {
        setError(error, tr("Could not open the audit trail: %1").arg(connection.error()));
        return false;
    }
    QSqlDatabase db = connection.database();
    if (!db.transaction()) {
        setError(error, tr("Could not create the audit trail: %1").arg(db.lastError().text()));
        return false;
    }
    QSqlQuery q(db);
    const bool created =
        q.exec(u"CREATE TABLE audit(id INTEGER PRIMARY KEY AUTOINCREMENT, time TEXT NOT NULL, "
               "author TEXT NOT NULL, action TEXT NOT NULL, details TEXT NOT NULL, "
               "sim_count INTEGER NOT NULL, skipped_count INTEGER NOT NULL, "
               "queue_ids TEXT NOT NULL, job_id INTEGER NOT NULL)"_s) &&
        q.exec(u"PRAGMA user_version=%1"_s.arg(kSchemaVersion));
    const QString problem = q.lastError().text();
    q.finish();
    if (!created || !db.commit()) {
        db.rollback();
        setError(error, tr("Could not create the audit trail: %1")
                            .arg(created ? db.lastError().text() : problem));
        return false;
    }
    return true;
}

std::optional<qint64> AuditTrail::record(const AuditEntry& entry, QString* error) {
    setError(error, {});
    const SqliteConnection connection(m_path, u"simfleet-audit"_s);
    if (!connection.isOpen()) {
        setError(error, tr("Could not open the audit trail: %1").arg(connection.error()));
        return std::nullopt;
    }
    QSqlQuery q(connection.database());
    q.prepare(u"INSERT INTO audit(time, author, action, details, sim_count, skipped_count, "
              "queue_ids, job_id) VALUES(?,?,?,?,?,?,?,?)"_s);
    const QDateTime time = entry.time.isValid() ? entry.time : QDateTime::currentDateTimeUtc();
    q.addBindValue(time.toUTC().toString(Qt::ISODateWithMs));
    q.addBindValue(nonNull(entry.author));
    q.addBindValue(nonNull(entry.action));
    q.addBindValue(nonNull(entry.details));
    q.addBindValue(entry.simCount);
    q.addBindValue(entry.skippedCount);
    q.addBindValue(nonNull(entry.queueIds.join(u' ')));
    q.addBindValue(entry.jobId);
    if (!q.exec()) {
        setError(error, tr("Could not write to the audit trail: %1").arg(q.lastError().text()));
        return std::nullopt;
    }
    return q.lastInsertId().toLongLong();
}

bool AuditTrail::appendQueueId(qint64 entryId, const QString& queueId, QString* error) {
    setError(error, {});
    const SqliteConnection connection(m_path, u"simfleet-audit"_s);
    if (!connection.isOpen()) {
        setError(error, tr("Could not open the audit trail: %1").arg(connection.error()));
        return false;
    }
    // One statement: atomic without an explicit transaction.
    QSqlQuery q(connection.database());
    q.prepare(u"UPDATE audit SET queue_ids = CASE WHEN queue_ids = '' THEN ? "
              "ELSE queue_ids || ' ' || ? END WHERE id = ?"_s);
    q.addBindValue(queueId);
    q.addBindValue(queueId);
    q.addBindValue(entryId);
    if (!q.exec()) {
        setError(error, tr("Could not write to the audit trail: %1").arg(q.lastError().text()));
        return false;
    }
    return true;
}

QVector<AuditEntry> AuditTrail::entries(QString* error) const {
    setError(error, {});
    QVector<AuditEntry> result;
    const SqliteConnection connection(m_path, u"simfleet-audit"_s);
    if (!connection.isOpen()) {
        setError(error, tr("Could not open the audit trail: %1").arg(connection.error()));
        return result;
    }
    QSqlQuery q(connection.database());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT id, time, author, action, details, sim_count, skipped_count, "
                "queue_ids, job_id FROM audit ORDER BY id"_s)) {
        setError(error, tr("Could not read the audit trail: %1").arg(q.lastError().text()));
        return result;
    }
    while (q.next()) {
        AuditEntry entry;
        entry.id = q.value(0).toLongLong();
        entry.time = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        entry.author = q.value(2).toString();
        entry.action = q.value(3).toString();
        entry.details = q.value(4).toString();
        entry.simCount = q.value(5).toInt();
        entry.skippedCount = q.value(6).toInt();
        entry.queueIds = q.value(7).toString().split(u' ', Qt::SkipEmptyParts);
        entry.jobId = q.value(8).toLongLong();
        result.append(entry);
    }
    return result;
}

QString AuditTrail::actionName(const QString& action) {
    if (action == kRenameAction)
        return tr("Rename", "audit action");
    if (action == kRetryAction)
        return tr("Retry failed", "audit action");
    if (action == kResendUnknownAction)
        return tr("Sent again anyway", "audit action: SIMs of unknown outcome sent again");
    if (action == kActivateAction)
        return tr("Activate a SIM", "audit action");
    if (action == kBindNumberAction)
        return tr("Bind the number", "audit action");
    if (action == kSwapSimAction)
        return tr("Swap the SIM", "audit action");
    if (const std::optional<SimOperation> op = SimOperations::fromName(action))
        return SimOperations::displayName(*op);
    return action;
}

QString AuditTrail::actionCode(V2Action action) {
    switch (action) {
    case V2Action::Activate:
        return kActivateAction;
    case V2Action::BindNumber:
        return kBindNumberAction;
    case V2Action::SwapSim:
        return kSwapSimAction;
    default:
        return {};
    }
}

} // namespace simfleet
