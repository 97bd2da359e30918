// simfleet-emulator: the NovaConnect API emulator as a stand-alone process.
// Prints "listening on http://127.0.0.1:PORT/api" as its first stdout line.

#include "emulator/Emulator.h"
#include "emulator/EmulatorConfig.h"
#include "emulator/SignalQuitter.h"

#include <QCommandLineParser>
#include <QGuiApplication>

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
    parser.process(app);

    const auto port = novaemu::number<int>(parser, QStringLiteral("port"), 0, 65535);
    const auto sims = novaemu::number<int>(parser, QStringLiteral("sims"), 0, 1000000);
    const auto seed = novaemu::number<qint64>(parser, QStringLiteral("seed"), 0, 4294967295LL);
    const auto delay = novaemu::number<int>(parser, QStringLiteral("queue-delay-ms"), 0, 3600000);
    const auto latency = novaemu::number<int>(parser, QStringLiteral("latency-ms"), 0, 600000);
    const auto errors = novaemu::number<double>(parser, QStringLiteral("error-rate"), 0.0, 1.0);
    const auto malformed =
        novaemu::number<double>(parser, QStringLiteral("malformed-rate"), 0.0, 1.0);
    const auto acceptedRate =
        novaemu::number<double>(parser, QStringLiteral("accepted-fault-rate"), 0.0, 1.0);
    const auto acceptedDelay =
        novaemu::number<int>(parser, QStringLiteral("accepted-fault-delay-ms"), 0, 3600000);
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
    config.journalFile = parser.value(QStringLiteral("journal"));
    config.acceptedFault = acceptedFault;
    config.acceptedFaultRate = *acceptedRate;
    config.acceptedFaultDelayMs = *acceptedDelay;
    config.prepaid = parser.isSet(QStringLiteral("prepaid"));

    novaemu::Emulator emulator(config);
    const quint16 bound = emulator.listen(quint16(*port));
    if (bound == 0) {
        novaemu::fail(QStringLiteral("cannot listen on 127.0.0.1:%1").arg(*port));
        return 1;
    }
    std::printf("listening on %s\n", qPrintable(emulator.baseUrl().toString()));
    std::fflush(stdout);

    novaemu::SignalQuitter quitter;
    return QCoreApplication::exec();
}
