#include "models/storage/JobStoreSchema.h"

#include <QMap>
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

bool hasOwnTables(QSqlDatabase& db) {
    struct Shape {
        QLatin1StringView table;
        QStringList columns;
        QStringList key; // in key order
    };
    static const Shape kShapes[] = {
        {"jobs"_L1,
         {u"id"_s, u"operation"_s, u"params"_s, u"callback_url"_s, u"author"_s, u"created"_s,
          u"finished"_s},
         {u"id"_s}},
        {"chunks"_L1,
         {u"job_id"_s, u"idx"_s, u"state"_s, u"queue_id"_s, u"error"_s, u"accepted_at"_s,
          u"attempts"_s, u"count"_s, u"processed"_s, u"percentage"_s, u"unknown_since"_s,
          u"error_code"_s, u"error_args"_s},
         {u"job_id"_s, u"idx"_s}},
        {"sims"_L1,
         {u"job_id"_s, u"sim_id"_s, u"position"_s, u"chunk_idx"_s, u"outcome"_s, u"reason"_s,
          u"queue_status"_s, u"reason_code"_s, u"reason_args"_s},
         {u"job_id"_s, u"sim_id"_s}},
    };
    QSqlQuery q(db);
    for (const Shape& shape : kShapes) {
        if (!q.exec(u"PRAGMA table_info(%1)"_s.arg(shape.table)))
            return false;
        QStringList columns;
        QMap<int, QString> key;
        while (q.next()) {
            // cid, name, type, notnull, dflt_value, pk (its place in the key, from 1)
            const QString name = q.value(1).toString();
            columns.append(name);
            if (const int place = q.value(5).toInt(); place > 0)
                key.insert(place, name);
            if (shape.table == "jobs"_L1 && name == "id"_L1 &&
                q.value(2).toString().compare("INTEGER"_L1, Qt::CaseInsensitive) != 0)
                return false;
        }
        if (columns != shape.columns || key.values() != shape.key)
            return false;
    }
    return true;
}

} // namespace JobStoreSchema

} // namespace simfleet
