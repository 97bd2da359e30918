#include "JobStoreSchema.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <iterator>

using namespace Qt::StringLiterals;

namespace {

constexpr QLatin1StringView kSchema[] = {
    "CREATE TABLE jobs(id INTEGER PRIMARY KEY AUTOINCREMENT, operation TEXT NOT NULL, "
    "params TEXT NOT NULL, callback_url TEXT NOT NULL, author TEXT NOT NULL, "
    "created TEXT NOT NULL)"_L1,
    "CREATE TABLE chunks(job_id INTEGER NOT NULL REFERENCES jobs(id), idx INTEGER NOT NULL, "
    "state TEXT NOT NULL, queue_id TEXT NOT NULL, error TEXT NOT NULL, accepted_at TEXT NOT NULL, "
    "attempts INTEGER NOT NULL, count INTEGER NOT NULL, processed INTEGER NOT NULL, "
    "percentage INTEGER NOT NULL, unknown_since TEXT NOT NULL DEFAULT '', "
    "PRIMARY KEY(job_id, idx))"_L1,
    "CREATE TABLE sims(job_id INTEGER NOT NULL REFERENCES jobs(id), sim_id INTEGER NOT NULL, "
    "position INTEGER NOT NULL, chunk_idx INTEGER NOT NULL, outcome TEXT NOT NULL, "
    "reason TEXT NOT NULL, queue_status TEXT NOT NULL, PRIMARY KEY(job_id, sim_id))"_L1,
    "CREATE INDEX sims_by_outcome ON sims(outcome)"_L1,
};

// From version 1 (every error a "failed" chunk, which stays a refused one).
constexpr QLatin1StringView kMigrationFrom1[] = {
    "ALTER TABLE chunks ADD COLUMN unknown_since TEXT NOT NULL DEFAULT ''"_L1,
};

} // namespace

namespace JobStoreSchema {

bool upgrade(QSqlDatabase& db, int fromVersion, QString* problem) {
    QSqlQuery q(db);
    const auto run = [&](const QLatin1StringView* begin, const QLatin1StringView* end) {
        for (auto it = begin; it != end; ++it) {
            if (!q.exec(*it)) {
                *problem = q.lastError().text();
                return false;
            }
        }
        return true;
    };
    const bool done = fromVersion == 1 ? run(std::begin(kMigrationFrom1), std::end(kMigrationFrom1))
                                       : run(std::begin(kSchema), std::end(kSchema));
    if (!done)
        return false;
    if (!q.exec(u"PRAGMA user_version=%1"_s.arg(kVersion))) {
        *problem = q.lastError().text();
        return false;
    }
    return true;
}

} // namespace JobStoreSchema
