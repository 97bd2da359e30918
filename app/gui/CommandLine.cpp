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

CommandLine::Outcome CommandLine::parse(const QStringList& arguments, StartOptions* options,
                                        QString* message) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("SimFleet: a desktop workspace for fleets of IoT SIM cards on the NovaConnect API."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
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
    if (!parser.parse(arguments)) {
        *message = tr("%1\nRun \"simfleet --help\" to see the options.").arg(parser.errorText());
        return Outcome::Refuse;
    }
    if (parser.isSet(help) || parser.isSet(QStringLiteral("help-all"))) {
        *message = parser.helpText();
        return Outcome::Print;
    }
    if (parser.isSet(version)) {
        *message = QStringLiteral("%1 %2\n").arg(QCoreApplication::applicationName(),
                                                 QCoreApplication::applicationVersion());
        return Outcome::Print;
    }

    options->demo = parser.isSet(demo);
    options->demoRole = parser.value(role).trimmed().toLower();
    if (options->demoRole != QLatin1String("admin") && options->demoRole != QLatin1String("user")) {
        *message = tr("Unknown role \"%1\": use admin or user.").arg(parser.value(role));
        return Outcome::Refuse;
    }
    bool ok = false;
    const int count = parser.value(sims).toInt(&ok);
    if (!ok || count < 0 || count > 1000000) {
        *message = tr("The number of SIMs must be a whole number from 0 to 1,000,000, not \"%1\".")
                       .arg(parser.value(sims));
        return Outcome::Refuse;
    }
    options->demoSims = count;
    options->demoProvider = parser.value(provider).trimmed().toLower();
    if (options->demoProvider != QLatin1String("nova") &&
        options->demoProvider != QLatin1String("v2") &&
        options->demoProvider != QLatin1String("both")) {
        *message = tr("Unknown provider \"%1\": use nova, v2 or both.").arg(parser.value(provider));
        return Outcome::Refuse;
    }
    if (parser.isSet(lang)) {
        const QString language = parser.value(lang).trimmed().toLower();
        if (language != QLatin1String("ru") && language != QLatin1String("en")) {
            *message = tr("Unknown language \"%1\": use ru or en.").arg(parser.value(lang));
            return Outcome::Refuse;
        }
        options->language = language;
    }
    return Outcome::Start;
}

} // namespace simfleet
