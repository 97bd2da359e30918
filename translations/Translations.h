#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace simfleet {

// Installs SimFleet's and Qt's own translators for a UI language ("ru" or
// "en"), replacing the ones installed before.
namespace Translations {

QStringList available(); // {"en", "ru"}
// The language to use when the user has not chosen one: the system's, if we have it.
QString systemDefault();
// Returns false (and keeps English) when the language's file is missing.
bool install(const QString& language);

} // namespace Translations

} // namespace simfleet
