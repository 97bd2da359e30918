#pragma once

#include "emulator/Records.h"

#include <QString>

namespace novaemu {

// Deterministic usage history: data sessions and call/SMS events of every SIM on every day are
// derived from a hash of (seed, SIM id, day), so reports need no storage, page consistently and
// agree with each other (report/day sums report/sessions). Days are the provider's calendar
// days (ProviderCalendar): a day's sessions and events happen between its Almaty midnights.
class TrafficModel final {
public:
    struct Operator {
        const char* country;
        const char* name;
        int code; // MCC + MNC
    };
    struct Session {
        qint64 sid = 0;
        qint64 start = 0;
        qint64 end = 0;
        const Operator* op = nullptr;
        qint64 bytes = 0;
        double cost = 0.0; // EUR, TC only
    };
    struct Event {
        qint64 sid = 0;
        qint64 date = 0;
        QString type; // call | in_sms | out_sms | ussd
        QString toNumber;
        double cost = 0.0;
    };

    TrafficModel(quint32 seed, int fleetSize);

    int sessionCount(const SimRecord& sim, qint64 day) const;
    Session session(const SimRecord& sim, qint64 day, int k) const;
    int eventCount(const SimRecord& sim, qint64 day) const;
    Event event(const SimRecord& sim, qint64 day, int k) const;

    // Sums over the sessions of one day.
    qint64 dayBytes(const SimRecord& sim, qint64 day) const;
    double dayCost(const SimRecord& sim, qint64 day) const;
    struct DayTotals {
        qint64 bytes = 0;
        double cost = 0.0; // rounded as dayCost()
    };
    DayTotals dayTotals(const SimRecord& sim, qint64 day) const; // both in one pass
    qint64 dayId(const SimRecord& sim, qint64 day) const;        // sid of a report/day row

private:
    qint64 rowId(const SimRecord& sim, qint64 day, int k, int perDay) const;

    quint32 m_seed;
    qint64 m_fleetSlots;
};

} // namespace novaemu
