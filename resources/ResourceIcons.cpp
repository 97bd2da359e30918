#include "resources/ResourceIcons.h"

#include <QDir>

namespace simfleet {

namespace ResourceIcons {

QString path(const QString& name) {
    return QStringLiteral(":/icons/%1.svg").arg(name);
}

QIcon icon(const QString& name) {
    return QIcon(path(name));
}

QStringList names() {
    QStringList result;
    const QStringList files = QDir(QStringLiteral(":/icons"))
                                  .entryList({QStringLiteral("*.svg")}, QDir::Files, QDir::Name);
    for (const QString& file : files)
        result.append(file.chopped(4));
    return result;
}

} // namespace ResourceIcons

} // namespace simfleet
