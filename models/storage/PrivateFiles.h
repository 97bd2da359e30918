#pragma once

#include <QString>

namespace simfleet {

// The local journals and snapshots hold the account's fleet and history: the
// files are made readable by the user alone (0600), and the folders created for
// them too (0700), whatever the umask. Exports and downloads are the user's
// documents and keep the umask's permissions; they do not come here.
namespace PrivateFiles {

// Creates `path` and each missing folder above it with 0700; folders that
// already exist are left as they are. False when `path` is not a folder after.
bool makeFolder(const QString& path);
// Creates `path` as an empty 0600 file, or takes the permissions of an
// existing one down to 0600 (a file from an older version). SQLite gives its
// -journal and -wal files the database file's permissions. False on failure.
bool prepareFile(const QString& path);

} // namespace PrivateFiles

} // namespace simfleet
