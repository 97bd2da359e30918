#pragma once

#include <QString>
#include <QUrl>

namespace simfleet {

// Where the local files of an account (API address + user id) live, shared by
// simfleet and simfleet-cli so that both use the same job journal, and its
// lock, for the same account.
namespace AccountFiles {

// "https://api.example/api#42": the same user id on another server is another account.
QString accountKey(const QUrl& apiUrl, qint64 userId);
// The desktop app's data folder + "/jobs", whichever program asks.
QString jobsDirectory();
QString journalPath(const QString& accountKey);
QString auditPath(const QString& accountKey);

} // namespace AccountFiles

} // namespace simfleet
