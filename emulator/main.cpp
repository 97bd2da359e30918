// simfleet-emulator: the NovaConnect API emulator as a stand-alone process.
// Prints "listening on http://127.0.0.1:PORT/api" (with --provider v2: ".../api/v2") as its first
// stdout line.

#include "emulator/AccountNotifications.h"
#include "emulator/Emulator.h"
#include "emulator/EmulatorConfig.h"
#include "emulator/SignalQuitter.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QTimer>
#include <QUrl>

#include <cstdio>
#include <optional>

namespace novaemu {
namespace {

void fail(const QString& message) {
    std::fprintf(stderr, "simfleet-emulator: %s\n", qPrintable(message));
}

template <typename T>
std::optional<T> number(const QCommandLineParser& parser, const QString& name, T min, T max) {
    bool ok = false;
    const QString text = parser.value(name);
    T value{};
    if constexpr (std::is_floating_point_v<T>)
        value = T(text.toDouble(&ok));
    else
        value = T(text.toLongLong(&ok));
    if (!ok || value < min || value > max) {
        fail(QStringLiteral("invalid --%1 value \"%2\" (expected %3..%4)")
                 .arg(name, text, QString::number(min), QString::number(max)));
        return std::nullopt;
    }
    return value;
}

// --notify: posts each notification in turn, then quits with 0 when all were taken.
int sendNotifications(const EmulatorConfig& config, const QString& list) {
    QStringList kinds;
    for (const QString& part : list.split(u',', Qt::SkipEmptyParts)) {
        const QString kind = part.trimmed();
        if (!AccountNotifications::isKind(kind)) {
            fail(QStringLiteral("--notify: unknown kind \"%1\" (one of %2)")
                     .arg(kind, AccountNotifications::kinds().join(QStringLiteral(", "))));
            return 2;
        }
        kinds.append(kind);
    }
    const QUrl url(config.notificationUrl, QUrl::StrictMode);
    if (!url.isValid() ||
        (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
        fail(QStringLiteral("--notify needs --notify-url with an http or https address"));
        return 2;
    }
    Emulator emulator(config);
    int failed = 0;
    int next = 0;
    const auto sendNext = [&] {
        if (next >= kinds.size()) {
            QCoreApplication::exit(failed == 0 ? 0 : 1);
            return;
        }
        QString error;
        if (!emulator.sendAccountNotification(kinds.at(next), url, &error)) {
            fail(error);
            QCoreApplication::exit(1);
        }
    };
    QObject::connect(&emulator, &Emulator::notificationDelivered, &emulator,
                     [&](const QString& kind, int status, const QString& error) {
                         const bool ok = error.isEmpty() && status >= 200 && status < 300;
                         if (!ok)
                             ++failed;
                         std::printf("%s %s -> %s\n", ok ? "sent" : "failed", qPrintable(kind),
                                     qPrintable(error.isEmpty() ? QString::number(status) : error));
                         std::fflush(stdout);
                         ++next;
                         sendNext();
                     });
    // From the event loop, so that exit() is heard.
    QTimer::singleShot(0, &emulator, sendNext);
    return QCoreApplication::exec();
}

} // namespace
} // namespace novaemu

int main(int argc, char* argv[]) {
    // QPdfWriter needs a QGuiApplication for fonts; run it without a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("simfleet-emulator"));

    const novaemu::EmulatorConfig defaults;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("NovaConnect API emulator for SimFleet (listens on 127.0.0.1 only)."));
    parser.addHelpOption();
    const auto option = [&](const char* name, const char* description, const QString& def) {
        parser.addOption({QString::fromLatin1(name), QString::fromUtf8(description),
                          QStringLiteral("value"), def});
    };
    option("port", "TCP port; 0 picks a free one.", QStringLiteral("0"));
    option("sims", "Fleet size.", QString::number(defaults.sims));
    option("seed", "Seed of the deterministic fleet and fault pattern.",
           QString::number(defaults.seed));
    option("admin-token", "Bearer token of the administrator.", defaults.adminToken);
    option("user-token", "Bearer token of the read-only user.", defaults.userToken);
    option("queue-delay-ms", "Time a queued bulk job takes to apply.",
           QString::number(defaults.queueDelayMs));
    option("latency-ms", "Delay added before every answer.", QStringLiteral("0"));
    option("error-rate", "Fraction of API requests answered HTTP 500.", QStringLiteral("0"));
    option("malformed-rate", "Fraction of API requests answered with truncated JSON.",
           QStringLiteral("0"));
    option("drop-rate",
           "Fraction of requests (API methods and downloads) handled but answered by closing the "
           "connection.",
           QStringLiteral("0"));
    option("download-cut-rate",
           "Fraction of bill downloads cut off halfway (the whole length promised, half sent).",
           QStringLiteral("0"));
    option("journal", "Append every request as one JSON line to this file.", QString());
    option("accepted-fault",
           "After queueing a bulk job, instead of answering: drop (reset the connection), 500 "
           "(answer HTTP 500) or late (answer after --accepted-fault-delay-ms). The job still "
           "runs.",
           QStringLiteral("none"));
    option("accepted-fault-rate", "Fraction of queued bulk jobs --accepted-fault hits.",
           QStringLiteral("1"));
    option("accepted-fault-delay-ms", "Delay of --accepted-fault late.",
           QString::number(defaults.acceptedFaultDelayMs));
    parser.addOption(
        {QStringLiteral("prepaid"),
         QStringLiteral("A prepaid company (billing_type 1) instead of a postpaid one.")});
    option("notify",
           "Send these account notifications (comma-separated: msu_lock, package_empty, "
           "generate_bill, unpaid_bill_3, unpaid_bill_5, unpaid_bill_6) to --notify-url, with "
           "SIMs and bills of the fleet that --sims and --seed describe (the same as a running "
           "emulator with those values), then exit without serving: 0 when every one was "
           "answered 2xx, 1 otherwise.",
           QString());
    option("notify-url",
           "The address account notifications go to, as set in the web cabinet (SimFleet's "
           "listener: http://127.0.0.1:PORT/notify/SECRET). Needed by --notify; when serving, "
           "the default address of the POST /emulator/notify test hook.",
           QString());
    option("provider",
           "Which operator's API to serve: nova (NovaConnect under /api), v2 (the second "
           "operator under /api/v2) or both.",
           QStringLiteral("nova"));
    option("v2-sims", "Fleet size of the second operator (same --seed).",
           QString::number(defaults.v2Sims));
    option("v2-login", "Login that POST api/v2/login accepts.", defaults.v2Login);
    option("v2-password", "Password that POST api/v2/login accepts.", defaults.v2Password);
    option("v2-rate",
           "Requests per second the second operator's API accepts (over it: 429 with "
           "Retry-After); 0: no limit.",
           QStringLiteral("0"));
    parser.process(app);

    const auto port = novaemu::number<int>(parser, QStringLiteral("port"), 0, 65535);
    const auto sims = novaemu::number<int>(parser, QStringLiteral("sims"), 0, 1000000);
    const auto seed = novaemu::number<qint64>(parser, QStringLiteral("seed"), 0, 4294967295LL);
    const auto delay = novaemu::number<int>(parser, QStringLiteral("queue-delay-ms"), 0, 3600000);
    const auto latency = novaemu::number<int>(parser, QStringLiteral("latency-ms"), 0, 600000);
    const auto errors = novaemu::number<double>(parser, QStringLiteral("error-rate"), 0.0, 1.0);
    const auto malformed =
        novaemu::number<double>(parser, QStringLiteral("malformed-rate"), 0.0, 1.0);
    const auto dropRate = novaemu::number<double>(parser, QStringLiteral("drop-rate"), 0.0, 1.0);
    const auto cutRate =
        novaemu::number<double>(parser, QStringLiteral("download-cut-rate"), 0.0, 1.0);
    const auto acceptedRate =
        novaemu::number<double>(parser, QStringLiteral("accepted-fault-rate"), 0.0, 1.0);
    const auto acceptedDelay =
        novaemu::number<int>(parser, QStringLiteral("accepted-fault-delay-ms"), 0, 3600000);
    const auto v2Sims = novaemu::number<int>(parser, QStringLiteral("v2-sims"), 0, 1000000);
    const auto v2Rate = novaemu::number<int>(parser, QStringLiteral("v2-rate"), 0, 1000000);
    if (!v2Sims || !v2Rate || !dropRate || !cutRate)
        return 2;
    const QString providerName = parser.value(QStringLiteral("provider"));
    novaemu::ProviderMode provider = novaemu::ProviderMode::NovaConnect;
    if (providerName == QLatin1String("v2"))
        provider = novaemu::ProviderMode::V2;
    else if (providerName == QLatin1String("both"))
        provider = novaemu::ProviderMode::Both;
    else if (providerName != QLatin1String("nova")) {
        novaemu::fail(QStringLiteral("--provider must be nova, v2 or both"));
        return 2;
    }
    const QString v2Login = parser.value(QStringLiteral("v2-login"));
    const QString v2Password = parser.value(QStringLiteral("v2-password"));
    if (v2Login.isEmpty() || v2Password.isEmpty()) {
        novaemu::fail(QStringLiteral("--v2-login and --v2-password must not be empty"));
        return 2;
    }
    if (!port || !sims || !seed || !delay || !latency || !errors || !malformed || !acceptedRate ||
        !acceptedDelay)
        return 2;
    const QString acceptedMode = parser.value(QStringLiteral("accepted-fault"));
    novaemu::AcceptedFault acceptedFault = novaemu::AcceptedFault::None;
    if (acceptedMode == QLatin1String("drop"))
        acceptedFault = novaemu::AcceptedFault::DropConnection;
    else if (acceptedMode == QLatin1String("500"))
        acceptedFault = novaemu::AcceptedFault::ServerError;
    else if (acceptedMode == QLatin1String("late"))
        acceptedFault = novaemu::AcceptedFault::AnswerLate;
    else if (acceptedMode != QLatin1String("none")) {
        novaemu::fail(QStringLiteral("--accepted-fault must be none, drop, 500 or late"));
        return 2;
    }
    const QString adminToken = parser.value(QStringLiteral("admin-token"));
    const QString userToken = parser.value(QStringLiteral("user-token"));
    if (adminToken.isEmpty() || userToken.isEmpty()) {
        novaemu::fail(QStringLiteral("tokens must not be empty"));
        return 2;
    }

    novaemu::EmulatorConfig config;
    config.sims = *sims;
    config.seed = quint32(*seed);
    config.adminToken = adminToken;
    config.userToken = userToken;
    config.queueDelayMs = *delay;
    config.latencyMs = *latency;
    config.errorRate = *errors;
    config.malformedRate = *malformed;
    config.dropRate = *dropRate;
    config.downloadCutRate = *cutRate;
    config.journalFile = parser.value(QStringLiteral("journal"));
    config.acceptedFault = acceptedFault;
    config.acceptedFaultRate = *acceptedRate;
    config.acceptedFaultDelayMs = *acceptedDelay;
    config.prepaid = parser.isSet(QStringLiteral("prepaid"));
    config.notificationUrl = parser.value(QStringLiteral("notify-url"));
    config.provider = provider;
    config.v2Sims = *v2Sims;
    config.v2Login = v2Login;
    config.v2Password = v2Password;
    config.v2RatePerSecond = *v2Rate;

    const QString notifyList = parser.value(QStringLiteral("notify"));
    if (!notifyList.isEmpty())
        return novaemu::sendNotifications(config, notifyList);

    novaemu::Emulator emulator(config);
    const quint16 bound = emulator.listen(quint16(*port));
    if (bound == 0) {
        novaemu::fail(QStringLiteral("cannot listen on 127.0.0.1:%1").arg(*port));
        return 1;
    }
    // With --provider v2 the first line names the second operator's base address.
    const QUrl base =
        config.provider == novaemu::ProviderMode::V2 ? emulator.v2BaseUrl() : emulator.baseUrl();
    std::printf("listening on %s\n", qPrintable(base.toString()));
    std::fflush(stdout);

    novaemu::SignalQuitter quitter;
    return QCoreApplication::exec();
}
