#include "models/export/FileWriteErrors.h"

#include <QDir>
#include <QFileInfo>
#include <QStorageInfo>

#include <cerrno>

namespace simfleet {

namespace {

// Free space below which a failed write is taken for a full disk.
constexpr qint64 kNearlyFullBytes = qint64(1024) * 1024;

enum class Cause { Unknown, DiskFull, NoPermission, NoFolder, FolderNamed };

Cause causeOf(int systemError) {
    switch (systemError) {
    case ENOSPC:
    case EDQUOT:
        return Cause::DiskFull;
    case EACCES:
    case EPERM:
    case EROFS:
        return Cause::NoPermission;
    case ENOENT:
    case ENOTDIR:
        return Cause::NoFolder;
    case EISDIR:
        return Cause::FolderNamed;
    default:
        return Cause::Unknown;
    }
}

Cause causeAt(const QString& path) {
    const QFileInfo target(path);
    if (target.isDir())
        return Cause::FolderNamed;
    const QFileInfo folder(target.absolutePath());
    if (!folder.isDir())
        return Cause::NoFolder;
    if (!folder.isWritable() || (target.exists() && !target.isWritable()))
        return Cause::NoPermission;
    const QStorageInfo storage(folder.absoluteFilePath());
    if (storage.isValid() && storage.bytesAvailable() >= 0 &&
        storage.bytesAvailable() < kNearlyFullBytes)
        return Cause::DiskFull;
    return Cause::Unknown;
}

} // namespace

QString FileWriteErrors::reason(const QString& path, int systemError, const QString& systemText) {
    Cause cause = causeOf(systemError);
    if (cause == Cause::Unknown)
        cause = causeAt(path);
    switch (cause) {
    case Cause::DiskFull:
        return tr("the disk is full. Free some space or choose another folder, then export "
                  "again.");
    case Cause::NoPermission:
        return tr("you may not write to this folder. Choose another folder, such as your "
                  "Documents folder, then export again.");
    case Cause::NoFolder:
        return tr("the folder does not exist. Choose an existing folder, then export again.");
    case Cause::FolderNamed:
        return tr("a folder has this name. Choose another file name, then export again.");
    case Cause::Unknown:
        break;
    }
    return systemText.isEmpty() ? tr("the file could not be written.") : systemText;
}

} // namespace simfleet
