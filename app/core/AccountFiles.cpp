#include "app/core/AccountFiles.h"

#include <QCryptographicHash>
#include <QStandardPaths>

namespace simfleet {

namespace {

QString accountFileStem(const QString& accountKey) {
    // The key holds the API URL: hashed, it is a safe and stable file name.
    return QString::fromLatin1(
        QCryptographicHash::hash(accountKey.toUtf8(), QCryptographicHash::Sha1).toHex().left(20));
}

} // namespace

namespace AccountFiles {

QString accountKey(const QUrl& apiUrl, qint64 userId) {
    return apiUrl.toString() + QLatin1Char('#') + QString::number(userId);
}

QString jobsDirectory() {
    // The desktop app's AppLocalDataLocation (organisation and application
    // "SimFleet"), spelled out so simfleet-cli, named differently, finds it too.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/SimFleet/SimFleet/jobs");
}

QString journalPath(const QString& accountKey) {
    return jobsDirectory() + QLatin1Char('/') + accountFileStem(accountKey) +
           QStringLiteral(".sqlite");
}

QString auditPath(const QString& accountKey) {
    return jobsDirectory() + QLatin1Char('/') + accountFileStem(accountKey) +
           QStringLiteral("-audit.sqlite");
}

} // namespace AccountFiles

} // namespace simfleet
