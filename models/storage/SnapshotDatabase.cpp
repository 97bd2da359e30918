#include "models/storage/SnapshotDatabase.h"

#include <QAtomicInteger>
#include <QSqlError>
#include <QSqlQuery>

#include <zlib.h>

namespace simfleet::SnapshotDatabase {

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSnapshot, "simfleet.models.snapshot")

void setError(QString* error, const QString& text) {
    if (error)
        *error = text;
}

ScopedConnection::ScopedConnection(const QString& path, bool readOnly) {
    static QAtomicInteger<quint64> counter;
    m_name = u"simfleet-snapshot-%1"_s.arg(counter.fetchAndAddRelaxed(1));
    QSqlDatabase db = QSqlDatabase::addDatabase(kDriver, m_name);
    db.setDatabaseName(path);
    if (readOnly)
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
    m_open = db.open();
    if (!m_open)
        m_openError = db.lastError().text();
}

ScopedConnection::~ScopedConnection() {
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase ScopedConnection::database() const {
    return QSqlDatabase::database(m_name, false);
}

bool execAll(const QSqlDatabase& db, std::initializer_list<QLatin1StringView> statements,
             QString* problem) {
    QSqlQuery query(db);
    for (QLatin1StringView statement : statements) {
        if (!query.exec(statement)) {
            *problem = query.lastError().text();
            return false;
        }
    }
    return true;
}

quint32 checksum(const QByteArray& data) {
    return quint32(crc32(crc32(0L, Z_NULL, 0), reinterpret_cast<const Bytef*>(data.constData()),
                         uInt(data.size())));
}

} // namespace simfleet::SnapshotDatabase
