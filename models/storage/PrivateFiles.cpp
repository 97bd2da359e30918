#include "models/storage/PrivateFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

namespace simfleet {

namespace {

constexpr QFile::Permissions kFolderPermissions =
    QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
constexpr QFile::Permissions kFilePermissions = QFile::ReadOwner | QFile::WriteOwner;
constexpr QFile::Permissions kOthers = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                       QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;

} // namespace

namespace PrivateFiles {

bool makeFolder(const QString& path) {
    QString current = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    QStringList missing;
    while (!QFileInfo::exists(current)) {
        missing.prepend(current);
        const QString parent = QFileInfo(current).path();
        if (parent == current)
            break;
        current = parent;
    }
    const QDir root;
    for (const QString& folder : std::as_const(missing)) {
        // mkdir(2) with 0700: the umask can only take permissions away.
        if (!root.mkdir(folder, kFolderPermissions) && !QFileInfo(folder).isDir())
            return false;
    }
    return QFileInfo(path).isDir();
}

bool prepareFile(const QString& path) {
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kFilePermissions))
        return true;
    if (!QFileInfo(path).isFile())
        return false;
    return !(file.permissions() & kOthers) || file.setPermissions(kFilePermissions);
}

} // namespace PrivateFiles

} // namespace simfleet
