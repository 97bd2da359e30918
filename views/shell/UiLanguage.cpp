#include "views/shell/UiLanguage.h"

namespace simfleet {

namespace UiLanguage {

QStringList codes() {
    return {QStringLiteral("en"), QStringLiteral("ru")};
}

QString nativeName(const QString& code) {
    if (code == QLatin1String("ru"))
        return QStringLiteral("Русский");
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    return code;
}

} // namespace UiLanguage

} // namespace simfleet
