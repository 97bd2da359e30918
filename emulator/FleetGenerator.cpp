#include "emulator/FleetGenerator.h"

#include "emulator/Rng.h"

#include <QStringList>

#include <array>
#include <cmath>

namespace novaemu {

namespace {

constexpr qint64 kDay = 86400;
constexpr int kFirstGroupId = 301;

// Affine map i -> (a*i + b) mod m; a bijection on [0, m) when gcd(a, m) == 1. With a, b < m
// <= 10^12 and i < 10^6 the product stays below 2^64.
quint64 scatter(quint64 i, quint64 a, quint64 b, quint64 m) {
    return (a * i + b) % m;
}

// A multiplier coprime with any power of ten: odd and not a multiple of five.
quint64 coprimeWithTen(quint64 h, quint64 m) {
    quint64 a = (h % m) | 1ULL;
    if (a % 5 == 0)
        a += 2;
    return a % m == 0 ? 7 : a;
}

QString digits(quint64 value, int width) {
    return QString::number(value).rightJustified(width, QLatin1Char('0'));
}

double round2(double v) {
    return std::round(v * 100.0) / 100.0;
}

const std::array<const char*, 8> kCitiesEn{"Almaty", "Astana",   "Shymkent", "Karaganda",
                                           "Aktobe", "Pavlodar", "Atyrau",   "Kostanay"};
const std::array<const char*, 8> kCitiesRu{"Алматы", "Астана",   "Шымкент", "Караганда",
                                           "Актобе", "Павлодар", "Атырау",  "Костанай"};

QString deviceName(rng::SplitMix64& r) {
    const int n = r.between(1, 9999);
    const QString cityEn = QString::fromUtf8(kCitiesEn[r.below(kCitiesEn.size())]);
    const QString cityRu = QString::fromUtf8(kCitiesRu[r.below(kCitiesRu.size())]);
    switch (r.below(12)) {
    case 0:
        return QStringLiteral("ATM-%1-%2").arg(cityEn, digits(quint64(n), 4));
    case 1:
        return QStringLiteral("Tracker %1").arg(n);
    case 2:
        return QStringLiteral("Счётчик газа %1").arg(n % 500 + 1);
    case 3:
        return QStringLiteral("Kiosk %1 %2").arg(cityEn).arg(n % 90 + 1);
    case 4:
        return QStringLiteral("Терминал оплаты №%1").arg(n);
    case 5:
        return QStringLiteral("POS-%1-%2")
            .arg(cityEn.left(3).toUpper(), digits(quint64(n % 1000), 3));
    case 6:
        return QStringLiteral("Камера СВН %1, %2").arg(cityRu).arg(n % 200 + 1);
    case 7:
        return QStringLiteral("Weather station %1").arg(n % 300 + 1);
    case 8:
        return QStringLiteral("Банкомат %1-%2").arg(cityRu).arg(n % 800 + 1);
    case 9:
        return QStringLiteral("Elevator %1/%2").arg(n % 120 + 1).arg(n % 9 + 1);
    case 10:
        return QStringLiteral("Рефконтейнер RC-%1").arg(digits(quint64(n), 5));
    default:
        return QStringLiteral("Vending & Co #%1").arg(n % 400 + 1);
    }
}

const std::array<const char*, 6> kComments{
    "Рекомендуем перезагрузить устройство: сессии обрываются чаще обычного",
    "SIM-карта не выходила в сеть более 30 дней",
    "Высокое потребление трафика — проверьте настройки устройства",
    "Устройство часто меняет сеть; рекомендуем зафиксировать оператора",
    "Recommended: update the modem firmware (frequent re-attach)",
    "Превышен порог MSU в прошлом месяце",
};

char pickBlock(rng::SplitMix64& r, bool td) {
    const double u = r.unit();
    if (u < 0.83)
        return 'n';
    if (u < 0.90)
        return 'u';
    if (u < 0.95)
        return td ? 'p' : 'm';
    if (u < 0.98)
        return 'f';
    return 'g';
}

void fillTd(SimRecord& sim, rng::SplitMix64& r, qint64 today) {
    sim.balance = 0.0;
    const bool autoRenew = r.chance(0.6);
    sim.limit.type = autoRenew ? QStringLiteral("p_unlim") : QStringLiteral("p_lim");
    const int value = 15 + 5 * r.between(0, 17);
    sim.limit.value = value;
    sim.limit.used = sim.block == 'p' ? double(value) : round2(value * r.unit() * 0.97);
    sim.limit.created = today - kDay * r.between(20, 700) + r.between(0, 86399);
    sim.limit.updated = today - r.between(600, 2 * 86400);
    const bool mega = r.chance(0.2);
    sim.tariff.id = mega ? 12 : 11;
    sim.tariff.name = mega ? QStringLiteral("TD_Mega") : QStringLiteral("TD_Standard");
    sim.tariff.packageAuto = autoRenew;
}

void fillTc(SimRecord& sim, rng::SplitMix64& r, qint64 today) {
    sim.balance = round2(r.between(0, 5000) / 100.0);
    sim.msuValue = r.between(0, 1200);
    if (r.chance(0.4)) {
        sim.limit.type = QStringLiteral("off");
        sim.limit.used = round2(r.unit() * 300.0);
        sim.limit.updated = today - r.between(600, 2 * 86400);
    } else {
        static constexpr std::array kValues{10, 20, 50, 100, 200, 500, 1000};
        const int value = kValues[r.below(kValues.size())];
        sim.limit.type = QStringLiteral("month1");
        sim.limit.value = value;
        const double share = r.chance(0.06) ? 1.0 + r.unit() * 0.3 : r.unit() * 0.95;
        sim.limit.used = round2(value * share);
        sim.limit.created = today - kDay * r.between(20, 700) + r.between(0, 86399);
        sim.limit.updated = today - r.between(600, 2 * 86400);
    }
    const bool flex = r.chance(0.6);
    sim.tariff.id = flex ? 21 : 22;
    sim.tariff.name = flex ? QStringLiteral("TC_Flex") : QStringLiteral("TC_IoT_Basic");
    sim.tariff.packageAuto = false;
}

} // namespace

QString FleetGenerator::luhnComplete(const QString& payload) {
    int sum = 0;
    bool dbl = true; // the digit next to the check digit is doubled
    for (int i = int(payload.size()) - 1; i >= 0; --i) {
        int d = payload.at(i).digitValue();
        if (dbl) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        dbl = !dbl;
    }
    return payload + QString::number((10 - sum % 10) % 10);
}

std::vector<SimRecord> FleetGenerator::generateSims(int count, quint32 seed, qint64 today,
                                                    int groupCount, int firstGroupId) {
    const quint64 s = seed;
    const quint64 iccA = coprimeWithTen(rng::hash({s, 1}), 1000000000000ULL);
    const quint64 iccB = rng::hash({s, 2}) % 1000000000000ULL;
    const quint64 numA = coprimeWithTen(rng::hash({s, 3}), 10000000ULL);
    const quint64 numB = rng::hash({s, 4}) % 10000000ULL;
    const quint64 extA = coprimeWithTen(rng::hash({s, 5}), 100000000ULL);
    const quint64 extB = rng::hash({s, 6}) % 100000000ULL;

    std::vector<SimRecord> sims;
    sims.resize(size_t(qMax(0, count)));
    for (int i = 0; i < count; ++i) {
        rng::SplitMix64 r(rng::hash({s, 0x51A, quint64(i)}));
        SimRecord& sim = sims[size_t(i)];
        sim.id = kFirstSimId + i;
        const bool td = r.chance(0.55);
        sim.profile = td ? QStringLiteral("TD") : QStringLiteral("TC");
        const QString serial = digits(scatter(quint64(i), iccA, iccB, 1000000000000ULL), 12);
        // TD cards come from a 20-digit issuer range, TC cards from a 19-digit one.
        sim.iccid =
            luhnComplete((td ? QStringLiteral("8997011") : QStringLiteral("899702")) + serial);
        sim.number =
            QStringLiteral("7701") + digits(scatter(quint64(i), numA, numB, 10000000ULL), 7);
        sim.externalNumber =
            r.chance(0.5)
                ? QStringLiteral("88216") + digits(scatter(quint64(i), extA, extB, 100000000ULL), 8)
                : QString(QLatin1String(""));
        if (!r.chance(0.15))
            sim.setName(deviceName(r));
        sim.currency = QStringLiteral("EUR");
        sim.block = pickBlock(r, td);
        if (r.chance(0.08))
            sim.comment = QString::fromUtf8(kComments[r.below(kComments.size())]);
        const double g = r.unit();
        const int groups = groupCount == 0 ? 0 : g < 0.25 ? 0 : g < 0.65 ? 1 : g < 0.9 ? 2 : 3;
        while (sim.groupIds.size() < groups) {
            const int gid = firstGroupId + int(r.below(quint32(groupCount)));
            if (!sim.groupIds.contains(gid))
                sim.groupIds.append(gid);
        }
        if (td)
            fillTd(sim, r, today);
        else
            fillTc(sim, r, today);
        if (r.chance(0.15))
            sim.tariff.changeLock = today + kDay * r.between(1, 60);
    }
    return sims;
}

QList<GroupRecord> FleetGenerator::generateGroups(quint32 seed, qint64 today) {
    static const QStringList names{QStringLiteral("Алматы — банкоматы"),
                                   QStringLiteral("Астана — киоски"),
                                   QStringLiteral("GPS-трекеры"),
                                   QStringLiteral("Счётчики газа"),
                                   QStringLiteral("Шымкент"),
                                   QStringLiteral("Резерв"),
                                   QStringLiteral("Test bench"),
                                   QStringLiteral("Vending machines"),
                                   QStringLiteral("Кассы"),
                                   QStringLiteral("Складская техника"),
                                   QStringLiteral("Weather stations"),
                                   QStringLiteral("Видеонаблюдение"),
                                   QStringLiteral("Лифты"),
                                   QStringLiteral("Eurasia Cargo fleet"),
                                   QStringLiteral("Pilot 2024"),
                                   QStringLiteral("Аварийные"),
                                   QStringLiteral("Roaming"),
                                   QStringLiteral("Караганда"),
                                   QStringLiteral("Актобе"),
                                   QStringLiteral("Terminals & POS"),
                                   QStringLiteral("Заправки"),
                                   QStringLiteral("Smart parking"),
                                   QStringLiteral("Бойлерные"),
                                   QStringLiteral("Pharmacy POS"),
                                   QStringLiteral("Демо-стенд")};
    rng::SplitMix64 r(rng::hash({seed, 0x6E0}));
    QList<GroupRecord> groups;
    for (int i = 0; i < names.size(); ++i)
        groups.append({kFirstGroupId + i, names.at(i),
                       today - kDay * r.between(30, 900) + r.between(0, 86399)});
    return groups;
}

FleetData FleetGenerator::generate(const EmulatorConfig& config, qint64 today) {
    FleetData data;
    data.groups = generateGroups(config.seed, today);
    const int count = qBound(0, config.sims, kMaxSims);
    data.sims = generateSims(count, config.seed, today, int(data.groups.size()), kFirstGroupId);
    AccountGenerator::generate(data, config.seed, today, config.prepaid);
    return data;
}

} // namespace novaemu
