#pragma once

#include "tests/fuzz/FuzzSupport.h"

#include <QDir>
#include <QFile>

namespace simfleet::fuzz {

// Writes the input as `name` in an empty scratch directory (whatever the last
// input left there, set-aside copies and lock files included, is removed
// first) and returns its path.
inline QString writeScratchFile(const QString& name, const QByteArray& contents) {
    QDir directory(scratchDirectory() + QStringLiteral("/input"));
    directory.removeRecursively();
    check(QDir().mkpath(directory.path()), "cannot create the scratch directory");
    QString path = directory.filePath(name);
    QFile file(path);
    check(file.open(QIODevice::WriteOnly) && file.write(contents) == contents.size(),
          "cannot write the scratch file");
    return path;
}

} // namespace simfleet::fuzz
