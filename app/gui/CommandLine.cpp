#include "app/gui/CommandLine.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

namespace simfleet {

QString CommandLine::requestedLanguage(const QStringList& arguments) {
    const QString prefix = QStringLiteral("--lang=");
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if ((argument == QLatin1String("--lang") || argument == QLatin1String("-lang")) &&
            i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (argument.startsWith(prefix))
            return argument.mid(prefix.size());
    }
    return {};
}

bool CommandLine::parse(const QStringList& arguments, AppController::StartOptions* options,
                        QString* error) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("SimFleet: a desktop workspace for fleets of IoT SIM cards on the NovaConnect API."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        tr("Start the built-in NovaConnect emulator and sign in to it with a demo token."));
    const QCommandLineOption role(QStringLiteral("role"),
                                  tr("Demo role: admin (may change SIMs) or user (read-only)."),
                                  tr("role"), QStringLiteral("admin"));
    const QCommandLineOption sims(QStringLiteral("sims"),
                                  tr("Number of SIM cards in the demo fleet."), tr("count"),
                                  QString::number(options->demoSims));
    const QCommandLineOption provider(
        QStringLiteral("provider"),
        tr("Demo provider: nova (NovaConnect), v2 (the second operator) or both (one account of "
           "each in the Account menu)."),
        tr("provider"), QStringLiteral("nova"));
    const QCommandLineOption lang(QStringLiteral("lang"), tr("Interface language: ru or en."),
                                  tr("language"));
    const QCommandLineOption verbose(
        QStringLiteral("verbose"),
        tr("Log every API request on stderr (also: SIMFLEET_VERBOSE=1)."));
    parser.addOptions({demo, role, sims, provider, lang, verbose});
    parser.process(arguments);

    options->demo = parser.isSet(demo);
    options->demoRole = parser.value(role).trimmed().toLower();
    if (options->demoRole != QLatin1String("admin") && options->demoRole != QLatin1String("user")) {
        *error = tr("Unknown role \"%1\": use admin or user.").arg(parser.value(role));
        return false;
    }
    bool ok = false;
    const int count = parser.value(sims).toInt(&ok);
    if (!ok || count < 0 || count > 1000000) {
        *error = tr("The number of SIMs must be a whole number from 0 to 1,000,000, not \"%1\".")
                     .arg(parser.value(sims));
        return false;
    }
    options->demoSims = count;
    options->demoProvider = parser.value(provider).trimmed().toLower();
    if (options->demoProvider != QLatin1String("nova") &&
        options->demoProvider != QLatin1String("v2") &&
        options->demoProvider != QLatin1String("both")) {
        *error = tr("Unknown provider \"%1\": use nova, v2 or both.").arg(parser.value(provider));
        return false;
    }
    if (parser.isSet(lang)) {
        const QString language = parser.value(lang).trimmed().toLower();
        if (language != QLatin1String("ru") && language != QLatin1String("en")) {
            *error = tr("Unknown language \"%1\": use ru or en.").arg(parser.value(lang));
            return false;
        }
        options->language = language;
    }
    return true;
}

} // namespace simfleet
