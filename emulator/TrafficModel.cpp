#include "emulator/TrafficModel.h"

#include "emulator/FleetGenerator.h"
#include "emulator/ProviderCalendar.h"
#include "emulator/Rng.h"

#include <array>
#include <cmath>

namespace novaemu {

namespace {

constexpr qint64 kDay = 86400;
constexpr qint64 kEpochDay2020 = 18262; // 2020-01-01
constexpr int kMaxSessions = 4;
constexpr int kMaxEvents = 3;
constexpr double kMb = 1024.0 * 1024.0;

const std::array<TrafficModel::Operator, 4> kHome{{
    {"Kazakhstan", "KaR-Tel LLP (Beeline KZ)", 40101},
    {"Kazakhstan", "Kcell JSC", 40102},
    {"Kazakhstan", "Altel JSC", 40107},
    {"Kazakhstan", "Mobile Telecom-Service LLP (Tele2)", 40177},
}};
const std::array<TrafficModel::Operator, 6> kRoaming{{
    {"Russian Federation", "MTS PJSC", 25001},
    {"Russian Federation", "VimpelCom PJSC", 25099},
    {"Uzbekistan", "Unitel LLC (Beeline UZ)", 43404},
    {"Kyrgyzstan", "Sky Mobile LLC", 43701},
    {"Turkey", "Turkcell Iletisim Hizmetleri A.S.", 28601},
    {"Germany", "Telekom Deutschland GmbH", 26201},
}};

double round4(double v) {
    return std::round(v * 10000.0) / 10000.0;
}

} // namespace

TrafficModel::TrafficModel(quint32 seed, int fleetSize)
    : m_seed(seed)
    , m_fleetSlots(qMax(1, fleetSize)) {}

qint64 TrafficModel::rowId(const SimRecord& sim, qint64 day, int k, int perDay) const {
    const qint64 simSlot = qint64(sim.id) - FleetGenerator::kFirstSimId;
    const qint64 raw = ((day - kEpochDay2020) * m_fleetSlots + simSlot) * perDay + k;
    // Keep ids positive 32-bit integers, as the provider's are.
    const qint64 range = 2147483646;
    return 1 + ((raw % range) + range) % range;
}

int TrafficModel::sessionCount(const SimRecord& sim, qint64 day) const {
    static constexpr std::array kActivity{0.25, 0.6, 0.95};
    const quint64 profile = rng::hash({m_seed, 0x7A, quint64(sim.id)});
    const quint64 h = rng::hash({m_seed, 0x7B, quint64(sim.id), quint64(day)});
    if (rng::unit(h) >= kActivity[profile % kActivity.size()])
        return 0;
    return 1 + int((h >> 20) % kMaxSessions);
}

TrafficModel::Session TrafficModel::session(const SimRecord& sim, qint64 day, int k) const {
    const quint64 profile = rng::hash({m_seed, 0x7A, quint64(sim.id)});
    const int count = qMax(1, sessionCount(sim, day));
    const quint64 h = rng::hash({m_seed, 0x7D, quint64(sim.id), quint64(day), quint64(k)});
    // Typical daily volume of this SIM: log-uniform between 50 KB and 30 MB.
    const double scale = std::exp(std::log(50e3) + rng::unit(rng::mix(profile)) * std::log(600.0));
    const qint64 slot = kDay / count;
    Session s;
    s.sid = rowId(sim, day, k, kMaxSessions);
    s.start = ProviderCalendar::midnight(day) + k * slot + qint64(h % quint64(slot / 2));
    s.end = s.start + 30 + qint64((h >> 17) % quint64(slot / 2 - 30));
    const bool roaming = rng::unit(rng::mix(h ^ 0x5EED)) < 0.08;
    s.op = roaming ? &kRoaming[(h >> 40) % kRoaming.size()] : &kHome[profile % kHome.size()];
    s.bytes = qint64(scale / count * (0.2 + 1.6 * rng::unit(rng::mix(h))));
    if (sim.isTc())
        s.cost = round4(double(s.bytes) / kMb * (roaming ? 0.35 : 0.02));
    return s;
}

int TrafficModel::eventCount(const SimRecord& sim, qint64 day) const {
    const quint64 h = rng::hash({m_seed, 0x7C, quint64(sim.id), quint64(day)});
    return rng::unit(h) < 0.15 ? 1 + int((h >> 24) % kMaxEvents) : 0;
}

TrafficModel::Event TrafficModel::event(const SimRecord& sim, qint64 day, int k) const {
    const quint64 h = rng::hash({m_seed, 0x7E, quint64(sim.id), quint64(day), quint64(k)});
    Event e;
    e.sid = rowId(sim, day, k, kMaxEvents);
    e.date = ProviderCalendar::midnight(day) + qint64(h % quint64(kDay));
    const int kind = int((h >> 20) % 100);
    const QString other =
        QStringLiteral("77%1").arg((h >> 28) % 1000000000ULL, 9, 10, QLatin1Char('0'));
    if (kind < 40) {
        e.type = QStringLiteral("in_sms");
        e.toNumber = sim.number;
    } else if (kind < 70) {
        e.type = QStringLiteral("out_sms");
        e.toNumber = other;
        e.cost = sim.isTc() ? 0.05 : 0.0;
    } else if (kind < 85) {
        e.type = QStringLiteral("call");
        e.toNumber = other;
        e.cost = sim.isTc() ? round4(0.12 * double(1 + (h >> 50) % 5)) : 0.0;
    } else {
        e.type = QStringLiteral("ussd");
        e.toNumber = (h >> 50) % 2 ? QStringLiteral("*100#") : QStringLiteral("*102#");
    }
    return e;
}

qint64 TrafficModel::dayBytes(const SimRecord& sim, qint64 day) const {
    qint64 total = 0;
    for (int k = 0, n = sessionCount(sim, day); k < n; ++k)
        total += session(sim, day, k).bytes;
    return total;
}

double TrafficModel::dayCost(const SimRecord& sim, qint64 day) const {
    double total = 0.0;
    for (int k = 0, n = sessionCount(sim, day); k < n; ++k)
        total += session(sim, day, k).cost;
    return round4(total);
}

TrafficModel::DayTotals TrafficModel::dayTotals(const SimRecord& sim, qint64 day) const {
    DayTotals totals;
    for (int k = 0, n = sessionCount(sim, day); k < n; ++k) {
        const Session s = session(sim, day, k);
        totals.bytes += s.bytes;
        totals.cost += s.cost;
    }
    totals.cost = round4(totals.cost);
    return totals;
}

qint64 TrafficModel::dayId(const SimRecord& sim, qint64 day) const {
    return rowId(sim, day, 0, 1);
}

} // namespace novaemu
