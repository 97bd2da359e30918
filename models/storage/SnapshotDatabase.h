#pragma once

#include <QLatin1StringView>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QString>

#include <initializer_list>

// What FleetSnapshotStore's save (FleetSnapshotWrite.cpp) and load
// (FleetSnapshotRead.cpp) share about the SQLite file: its keys, its page
// size, its connections and its checksum. Internal to models/storage.
namespace simfleet::SnapshotDatabase {

Q_DECLARE_LOGGING_CATEGORY(lcSnapshot)

inline constexpr QLatin1StringView kDriver{"QSQLITE"};
inline constexpr QLatin1StringView kMetaSchemaVersion{"schema_version"};
inline constexpr QLatin1StringView kMetaAccountKey{"account_key"};
inline constexpr QLatin1StringView kMetaAsOf{"as_of"};
inline constexpr QLatin1StringView kMetaRowCount{"row_count"};
// SIMs per stored page: large enough that SQLite's per-row cost vanishes,
// small enough that the pages spread over the cores.
inline constexpr qint64 kPageSims = 4096;

// Sets *error when `error` is given.
void setError(QString* error, const QString& text);

// One named connection per call: QSqlDatabase connections belong to the thread
// that made them, and a unique name lets calls run on any thread. Declare it
// before every QSqlQuery that uses it, so the queries are destroyed first and
// removeDatabase() finds the connection unused.
class ScopedConnection final {
    Q_DISABLE_COPY_MOVE(ScopedConnection)

public:
    ScopedConnection(const QString& path, bool readOnly);
    ~ScopedConnection();

    bool isOpen() const { return m_open; }
    const QString& openError() const { return m_openError; }
    QSqlDatabase database() const;

private:
    QString m_name;
    bool m_open = false;
    QString m_openError;
};

// Runs each statement in turn; on the first failure sets *problem (the
// driver's text) and returns false.
bool execAll(const QSqlDatabase& db, std::initializer_list<QLatin1StringView> statements,
             QString* problem);

// CRC-32 of a stored page.
quint32 checksum(const QByteArray& data);

} // namespace simfleet::SnapshotDatabase
