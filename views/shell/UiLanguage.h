#pragma once

#include <QString>
#include <QStringList>

namespace simfleet {

// The interface languages offered in View → Language.
namespace UiLanguage {

QStringList codes(); // {"en", "ru"}
// The language's name in that language ("English", "Русский"): a user looking
// for their own language must recognise it whatever the current UI language,
// so these names are deliberately not translated.
QString nativeName(const QString& code);

} // namespace UiLanguage

} // namespace simfleet
