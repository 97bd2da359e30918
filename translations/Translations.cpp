#include "translations/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>
#include <vector>

namespace simfleet {

namespace {
std::vector<std::unique_ptr<QTranslator>>& installed() {
    static std::vector<std::unique_ptr<QTranslator>> translators;
    return translators;
}
} // namespace

namespace Translations {

QStringList available() {
    return {QStringLiteral("en"), QStringLiteral("ru")};
}

QString systemDefault() {
    return QLocale::system().language() == QLocale::Russian ? QStringLiteral("ru")
                                                            : QStringLiteral("en");
}

bool install(const QString& language) {
    for (auto& translator : installed())
        QCoreApplication::removeTranslator(translator.get());
    installed().clear();
    const QString lang = available().contains(language) ? language : QStringLiteral("en");
    QLocale::setDefault(
        QLocale(lang == QLatin1String("ru") ? QLocale::Russian : QLocale::English,
                lang == QLatin1String("ru") ? QLocale::Russia : QLocale::UnitedStates));

    bool ok = true;
    auto own = std::make_unique<QTranslator>();
    if (own->load(QStringLiteral(":/i18n/simfleet_%1.qm").arg(lang))) {
        QCoreApplication::installTranslator(own.get());
        installed().push_back(std::move(own));
    } else {
        ok = lang == QLatin1String("en");
    }
    // Qt's own strings (standard buttons, file dialogs) in the same language.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral("qt_") + lang,
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        installed().push_back(std::move(qt));
    }
    return ok;
}

} // namespace Translations

} // namespace simfleet
