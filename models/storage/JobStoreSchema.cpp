#include "models/storage/JobStoreSchema.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <iterator>

namespace simfleet {

using namespace Qt::StringLiterals;

namespace {

constexpr QLatin1StringView kSchema[] = {
    "CREATE TABLE jobs(id INTEGER PRIMARY KEY AUTOINCREMENT, operation TEXT NOT NULL, "
    "params TEXT NOT NULL, callback_url TEXT NOT NULL, author TEXT NOT NULL, "
    "created TEXT NOT NULL, finished TEXT NOT NULL DEFAULT '')"_L1,
    "CREATE TABLE chunks(job_id INTEGER NOT NULL REFERENCES jobs(id), idx INTEGER NOT NULL, "
    "state TEXT NOT NULL, queue_id TEXT NOT NULL, error TEXT NOT NULL, accepted_at TEXT NOT NULL, "
    "attempts INTEGER NOT NULL, count INTEGER NOT NULL, processed INTEGER NOT NULL, "
    "percentage INTEGER NOT NULL, unknown_since TEXT NOT NULL DEFAULT '', "
    "error_code TEXT NOT NULL DEFAULT '', error_args TEXT NOT NULL DEFAULT '', "
    "PRIMARY KEY(job_id, idx))"_L1,
    "CREATE TABLE sims(job_id INTEGER NOT NULL REFERENCES jobs(id), sim_id INTEGER NOT NULL, "
    "position INTEGER NOT NULL, chunk_idx INTEGER NOT NULL, outcome TEXT NOT NULL, "
    "reason TEXT NOT NULL, queue_status TEXT NOT NULL, reason_code TEXT NOT NULL DEFAULT '', "
    "reason_args TEXT NOT NULL DEFAULT '', PRIMARY KEY(job_id, sim_id))"_L1,
    "CREATE INDEX sims_by_outcome ON sims(outcome)"_L1,
};

// From version 1 (every error a "failed" chunk, which stays a refused one).
constexpr QLatin1StringView kMigrationFrom1[] = {
    "ALTER TABLE chunks ADD COLUMN unknown_since TEXT NOT NULL DEFAULT ''"_L1,
};

// From version 2: reasons as codes with arguments beside the text (rows of
// older journals keep their free text and no code, and are shown as they
// are); when a job finished (unknown for the jobs of older journals).
constexpr QLatin1StringView kMigrationFrom2[] = {
    "ALTER TABLE jobs ADD COLUMN finished TEXT NOT NULL DEFAULT ''"_L1,
    "ALTER TABLE chunks ADD COLUMN error_code TEXT NOT NULL DEFAULT ''"_L1,
    "ALTER TABLE chunks ADD COLUMN error_args TEXT NOT NULL DEFAULT ''"_L1,
    "ALTER TABLE sims ADD COLUMN reason_code TEXT NOT NULL DEFAULT ''"_L1,
    "ALTER TABLE sims ADD COLUMN reason_args TEXT NOT NULL DEFAULT ''"_L1,
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
    bool done = true;
    if (fromVersion <= 0) {
        done = run(std::begin(kSchema), std::end(kSchema));
    } else {
        if (fromVersion <= 1)
            done = run(std::begin(kMigrationFrom1), std::end(kMigrationFrom1));
        if (done && fromVersion <= 2)
            done = run(std::begin(kMigrationFrom2), std::end(kMigrationFrom2));
    }
    if (!done)
        return false;
    if (!q.exec(u"PRAGMA user_version=%1"_s.arg(kVersion))) {
        *problem = q.lastError().text();
        return false;
    }
    return true;
}

} // namespace JobStoreSchema

} // namespace simfleet
