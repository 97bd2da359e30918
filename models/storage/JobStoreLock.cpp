#include "models/storage/JobStore.h"

#include <QDir>
#include <QLockFile>
#include <QLoggingCategory>

namespace simfleet {

// One writer per journal: the lock file beside it.

using namespace Qt::StringLiterals;

namespace {

Q_LOGGING_CATEGORY(lcJobStoreLock, "simfleet.models.jobstore")

void setError(QString* error, const QString& text) {
    if (error)
        *error = text;
}

} // namespace

QString JobStore::lockPath(const QString& journalPath) {
    return journalPath + u".lock"_s;
}

bool JobStore::takeLock(QString* error) {
    auto lock = std::make_unique<QLockFile>(lockPath(m_path));
    // No age limit: a live holder keeps the lock however long its jobs run.
    // The lock of a process that ended is still recognised (its process id is
    // gone, or the computer was restarted since) and taken over by tryLock().
    lock->setStaleLockTime(0);
    bool locked = lock->tryLock(0);
    if (!locked && lock->error() == QLockFile::LockFailedError &&
        !lock->getLockInfo(nullptr, nullptr, nullptr)) {
        // A lock file naming no process: its writer ended while creating it.
        // A live holder keeps a system lock on the file, so removing it fails.
        lock->removeStaleLockFile();
        locked = lock->tryLock(0);
    }
    if (locked) {
        m_lock = std::move(lock);
        return true;
    }
    const QString lockFile = QDir::toNativeSeparators(lockPath(m_path));
    if (lock->error() != QLockFile::LockFailedError) {
        setError(error, tr("Could not create the lock file %1 of the job journal; check the "
                           "permissions of its folder.")
                            .arg(lockFile));
        return false;
    }
    QString host;
    QString app;
    lock->getLockInfo(&m_lockHolderPid, &host, &app);
    m_lockedElsewhere = true;
    qCInfo(lcJobStoreLock) << "job journal locked by" << app << m_lockHolderPid << "on" << host;
    setError(error, tr("The job journal of this account is in use by another SimFleet program "
                       "(%1, process %2 on %3). If that program is no longer running, delete "
                       "%4.")
                        .arg(app.isEmpty() ? tr("unknown") : app)
                        .arg(m_lockHolderPid)
                        .arg(host.isEmpty() ? tr("this computer") : host, lockFile));
    return false;
}

} // namespace simfleet
