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

} // namespace JobStoreSchema

} // namespace simfleet
