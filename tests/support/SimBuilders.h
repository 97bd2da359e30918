#pragma once

#include "api/Sim.h"

#include <QDateTime>
#include <QString>
#include <QVector>

#include <utility>

namespace simfleet {

// SIMs built in code for the tests that need no server.

// A plain SIM with the fields most tests look at: the id, an ICCID and a
// number made from it, "SIM <id>" as its name, the profile, the block code,
// its groups (known, possibly none) and a currency.
inline Sim makeSim(qint64 id, SimProfile profile = SimProfile::TC,
                   BlockCode block = BlockCode::None, QVector<GroupRef> groups = {}) {
    Sim sim;
    sim.id = id;
    sim.iccid = QStringLiteral("8997%1").arg(id, 15, 10, QLatin1Char('0'));
    sim.number = QStringLiteral("7701%1").arg(id, 7, 10, QLatin1Char('0'));
    sim.name = QStringLiteral("SIM %1").arg(id);
    sim.profile = profile;
    sim.block = block;
    sim.currency = QStringLiteral("EUR");
    sim.groups = std::move(groups);
    sim.hasGroups = true;
    return sim;
}

// A fleet built in code that exercises every Sim field: null and awkward names
// (commas, quotes, line breaks, non-Latin text), unknown codes, optional values
// present and absent. Times are whole seconds, as the API sends them.
namespace TestFleet {

inline QString iccidFor(int i) {
    return QStringLiteral("8997010%1").arg(i, 12, 10, QLatin1Char('0'));
}

inline QString numberFor(int i) {
    return QStringLiteral("7701%1").arg(i, 7, 10, QLatin1Char('0'));
}

inline Sim makeSim(int i) {
    static const QString names[] = {
        QStringLiteral("Meter %1"),      QStringLiteral("Pump, north %1"),
        QStringLiteral("Gate \"B\" %1"), QStringLiteral("Line one\nline two %1"),
        QStringLiteral("Счётчик №%1"),   QStringLiteral("  padded %1 "),
    };
    const QDateTime base(QDate(2024, 3, 1), QTime(8, 30), Qt::UTC);
    Sim sim;
    sim.id = 100000 + i;
    sim.iccid = iccidFor(i);
    sim.number = numberFor(i);
    sim.externalNumber =
        i % 3 == 0 ? QStringLiteral("+1555%1").arg(i, 6, 10, QLatin1Char('0')) : QString();
    sim.name = i % 7 == 6 ? QString() : names[i % 6].arg(i);
    sim.balance = (i % 2 ? -1.0 : 1.0) * (i * 0.25 + 0.1);
    sim.currency = i % 4 == 0 ? QStringLiteral("EUR") : QStringLiteral("KZT");
    if (i % 5 != 0)
        sim.msuValue = i * 10;
    switch (i % 3) {
    case 0:
        sim.profile = SimProfile::TD;
        break;
    case 1:
        sim.profile = SimProfile::TC;
        break;
    default:
        sim.profile = SimProfile::Unknown;
        sim.profileRaw = QStringLiteral("TX");
        break;
    }
    static const BlockCode blocks[] = {
        BlockCode::None,      BlockCode::User,     BlockCode::Msu,    BlockCode::Package,
        BlockCode::Financial, BlockCode::Operator, BlockCode::Unknown};
    sim.block = blocks[i % 7];
    if (sim.block == BlockCode::Unknown)
        sim.blockRaw = QStringLiteral("z");
    sim.comment =
        i % 4 == 1 ? QStringLiteral("Check the antenna; advised by NovaConnect") : QString();
    sim.hasGroups = i % 10 != 9;
    if (sim.hasGroups && i % 2 == 0)
        sim.groups = {GroupRef{7, QStringLiteral("Trucks")}, GroupRef{9, QStringLiteral("Almaty")}};
    static const LimitType limits[] = {LimitType::Off, LimitType::Month, LimitType::PackageNoRenew,
                                       LimitType::PackageAutoRenew, LimitType::Unknown};
    sim.limit.type = limits[i % 5];
    if (sim.limit.type == LimitType::Unknown)
        sim.limit.typeRaw = QStringLiteral("weekly");
    if (sim.limit.type != LimitType::Off) {
        sim.limit.valueMb = 512 + i % 100;
        sim.limit.usedMb = (i % 100) * 1.5;
        sim.limit.updated = base.addSecs(i);
        sim.limit.created = base.addDays(-30);
    }
    sim.tariff.id = 40 + i % 3;
    sim.tariff.name = i % 3 == 0 ? QStringLiteral("IoT Basic") : QStringLiteral("TD_Mega");
    sim.tariff.packageAuto = i % 2 == 0;
    if (i % 6 == 0)
        sim.tariff.changeLock = base.addDays(45 + i % 10);
    if (i % 11 == 0)
        sim.queueStatus = QStringLiteral("queued");
    return sim;
}

inline QVector<Sim> makeSims(int count, int first = 0) {
    QVector<Sim> sims;
    sims.reserve(count);
    for (int i = first; i < first + count; ++i)
        sims.append(makeSim(i));
    return sims;
}

} // namespace TestFleet

} // namespace simfleet
