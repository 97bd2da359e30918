#pragma once

#include <QString>

class QSqlDatabase;

namespace simfleet {

// The tables of the job journal (JobStore) and the steps from each older
// version to the current one.
namespace JobStoreSchema {

inline constexpr int kVersion = 3;

// Creates the tables (fromVersion 0) or migrates them, then stamps kVersion.
// Runs inside the caller's transaction; false with the SQL error in *problem.
bool upgrade(QSqlDatabase& db, int fromVersion, QString* problem);

// Whether a journal stamped kVersion holds the tables upgrade() makes: their
// columns and keys (jobs.id the INTEGER key new ids come from). A damaged
// file can keep a sound structure and its stamp while a table lost its key.
bool hasOwnTables(QSqlDatabase& db);

} // namespace JobStoreSchema

} // namespace simfleet
