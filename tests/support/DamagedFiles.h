#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

namespace simfleet {

// Damages a file in place the way a few flipped bytes would: every `from`
// becomes `to` (the same length keeps SQLite's page layout sound). False when
// the file holds no `from` or could not be rewritten.
inline bool replaceInFile(const QString& path, const QByteArray& from, const QByteArray& to) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QByteArray bytes = file.readAll();
    file.close();
    if (!bytes.contains(from))
        return false;
    bytes.replace(from, to);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(bytes) == bytes.size() && file.flush();
}

} // namespace simfleet
