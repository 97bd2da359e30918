#pragma once

#include <QIcon>
#include <QString>
#include <QStringList>

namespace simfleet {

// The application's one icon set (resources/icons/*.svg, under ":/icons/").
namespace ResourceIcons {

// ":/icons/<name>.svg"
QString path(const QString& name);
// The icon named `name` (file name without ".svg"), e.g. "sims", "refresh".
QIcon icon(const QString& name);
// Every icon name in the set, sorted.
QStringList names();

} // namespace ResourceIcons

} // namespace simfleet
