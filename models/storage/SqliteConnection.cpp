#include "models/storage/SqliteConnection.h"

#include "models/storage/PrivateFiles.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace simfleet {

SqliteConnection::SqliteConnection(const QString& path, const QString& prefix) {
    static QAtomicInteger<quint64> counter;
    m_name = QStringLiteral("%1-%2").arg(prefix).arg(counter.fetchAndAddRelaxed(1));
    // SQLite would create a missing file with the umask's permissions.
    PrivateFiles::prepareFile(path);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    m_open = db.open();
    if (!m_open) {
        m_error = db.lastError().text();
        return;
    }
    // Every commit reaches the disk before the call returns: a journal entry
    // that was reported written survives a power cut.
    QSqlQuery pragma(db);
    if (!pragma.exec(QStringLiteral("PRAGMA synchronous=FULL"))) {
        m_open = false;
        m_error = pragma.lastError().text();
    }
}

SqliteConnection::~SqliteConnection() {
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

SqliteConnection::Inspection SqliteConnection::inspect(const QString& path, const QString& prefix) {
    Inspection found;
    const QFileInfo info(path);
    found.usable = !info.exists() || info.size() == 0 || looksLikeSqlite(path);
    if (!found.usable)
        return found;
    const SqliteConnection connection(path, prefix);
    if (!connection.isOpen()) {
        found.opened = false;
        found.error = connection.error();
        return found;
    }
    QSqlQuery q(connection.database());
    found.usable = q.exec(QStringLiteral("PRAGMA quick_check")) && q.next() &&
                   q.value(0).toString() == QLatin1String("ok") &&
                   q.exec(QStringLiteral("PRAGMA user_version")) && q.next();
    if (found.usable)
        found.version = q.value(0).toInt();
    return found;
}

QString SqliteConnection::setAside(const QString& path) {
    const QString aside =
        path + QStringLiteral(".damaged-") +
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    return QFile::rename(path, aside) ? aside : QString();
}

bool SqliteConnection::looksLikeSqlite(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    static const QByteArray header("SQLite format 3\0", 16);
    return file.read(header.size()) == header;
}

} // namespace simfleet
