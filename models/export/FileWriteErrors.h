#pragma once

#include <QCoreApplication>
#include <QString>

namespace simfleet {

// Why a file could not be written, in words that also say what to do next.
class FileWriteErrors final {
    Q_DECLARE_TR_FUNCTIONS(FileWriteErrors)

public:
    // The reason a write of `path` failed: from `systemError` (an errno value,
    // 0 when unknown) when it is one a user can act on — disk full, no
    // permission, no such folder, a folder of that name — else from how the
    // target's folder looks now, else `systemText`. Translated; names no file.
    static QString reason(const QString& path, int systemError, const QString& systemText);
};

} // namespace simfleet
