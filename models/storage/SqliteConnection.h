#pragma once

#include <QSqlDatabase>
#include <QString>

namespace simfleet {

// One uniquely named SQLite connection for the duration of one call, so
// calls may come from any thread (the local journals: jobs, audit trail).
// Declare it before every QSqlQuery using it so the queries die first.
class SqliteConnection final {
    Q_DISABLE_COPY_MOVE(SqliteConnection)

public:
    // `prefix` names the connection ("simfleet-jobs") for diagnostics.
    SqliteConnection(const QString& path, const QString& prefix);
    ~SqliteConnection();

    bool isOpen() const { return m_open; }
    const QString& error() const { return m_error; }
    QSqlDatabase database() const { return QSqlDatabase::database(m_name, false); }

    // Whether the file starts with SQLite's header (a damaged or foreign file does not).
    static bool looksLikeSqlite(const QString& path);

    // What a local journal file holds before it is used.
    struct Inspection {
        bool opened = true; // false: the file could not be opened at all (`error`)
        QString error;
        bool usable = true; // false: damaged or not SQLite; set it aside
        int version = 0;    // PRAGMA user_version; 0 for a new or empty file
    };
    static Inspection inspect(const QString& path, const QString& prefix);
    // Renames an unusable file to <path>.damaged-<UTC time>; the new path, or
    // empty when it could not be renamed.
    static QString setAside(const QString& path);

private:
    QString m_name;
    bool m_open = false;
    QString m_error;
};

} // namespace simfleet
