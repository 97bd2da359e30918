#include "emulator/SimEffects.h"

#include <QJsonValue>

namespace novaemu {

namespace {

bool tdOnly(const QString& queue) {
    return queue == QLatin1String("ping") || queue == QLatin1String("sms") ||
           queue == QLatin1String("tariff") || queue == QLatin1String("repackage");
}

} // namespace

bool SimEffects::qualifies(const SimRecord& sim, const QString& queue) {
    if (tdOnly(queue))
        return sim.isTd();
    if (queue == QLatin1String("limit"))
        return sim.isTc();
    if (queue == QLatin1String("unblock"))
        return sim.block != 'm'; // an MSU block is irreversible
    return true;
}

bool SimEffects::apply(SimRecord& sim, const QueuedBulkJob& job, qint64 now) {
    if (!qualifies(sim, job.queue))
        return false;
    const QString& q = job.queue;
    if (q == QLatin1String("block")) {
        if (sim.block == 'n')
            sim.block = 'u'; // a SIM blocked for another reason keeps its code
    } else if (q == QLatin1String("unblock")) {
        sim.block = 'n'; // clears u, p, f and g
    } else if (q == QLatin1String("limit")) {
        const bool off =
            job.params.value(QStringLiteral("type")).toString() == QLatin1String("off");
        sim.limit.type = off ? QStringLiteral("off") : QStringLiteral("month1");
        sim.limit.value =
            off ? std::nullopt
                : std::optional<int>(job.params.value(QStringLiteral("value")).toInt());
        if (!sim.limit.used)
            sim.limit.used = 0.0;
        sim.limit.updated = now;
        sim.limit.created = now;
    } else if (q == QLatin1String("tariff")) {
        const bool autoPackage = job.params.value(QStringLiteral("auto_package")).toBool();
        const bool allWorld = job.params.value(QStringLiteral("all_world")).toBool();
        sim.tariff.packageAuto = autoPackage;
        sim.tariff.id = allWorld ? 12 : 11;
        sim.tariff.name = allWorld ? QStringLiteral("TD_Mega") : QStringLiteral("TD_Standard");
        sim.limit.type = autoPackage ? QStringLiteral("p_unlim") : QStringLiteral("p_lim");
        sim.limit.value = job.params.value(QStringLiteral("value")).toInt() / 1024;
        sim.limit.updated = now;
        sim.limit.created = now;
    } else if (q == QLatin1String("group")) {
        sim.groupIds = job.groupIds;
    } else if (q == QLatin1String("repackage")) {
        sim.limit.used = 0.0; // a fresh package
        sim.limit.updated = now;
        if (sim.block == 'p')
            sim.block = 'n';
    }
    // reconnect, disconnect, ping and sms leave no visible trace on the SIM.
    return true;
}

} // namespace novaemu
