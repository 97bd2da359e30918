#pragma once

#include "emulator/ApiRouter.h"
#include "emulator/TrafficModel.h"

#include <functional>
#include <map>
#include <optional>
#include <unordered_map>
#include <vector>

namespace novaemu {

class EmulatorState;

// report/sessions, report/day and report/call_sms. Rows are generated lazily from the
// TrafficModel in (day, SIM id, row) order; the answer has no all_count, so the last page is
// simply shorter than `size`. Nothing is reported for today: the operator data is synchronised
// once a day.
class ReportHandlers final {
    Q_DISABLE_COPY_MOVE(ReportHandlers)

public:
    ReportHandlers(EmulatorState& state, const TrafficModel& traffic);
    void registerRoutes(ApiRouter& router);

private:
    enum class Kind { Sessions, Day, CallSms };
    struct Query {
        qint64 firstDay = 0; // days since the epoch, inclusive
        qint64 lastDay = -1;
        std::vector<int> simIndexes;
        int page = 0;
        int size = 0;
    };

    ApiReply report(const ApiContext& ctx, Kind kind) const;
    std::optional<ApiReply> parse(const ApiContext& ctx, Query* query) const;
    std::optional<ApiReply> parseSelect(const ApiContext& ctx, Query* query) const;
    int rowsOf(Kind kind, int simIndex, qint64 day) const;
    // Rows of `kind` on `day` for the selected SIMs, remembered for the last
    // selection asked for: paging through a long report skips whole days
    // instead of counting every SIM's rows again for every page.
    qint64 dayRows(Kind kind, const Query& query, qint64 day) const;
    QJsonObject row(Kind kind, int simIndex, qint64 day, int k) const;
    // A report/day row as JSON text, written directly (a long report is
    // mostly these rows).
    void appendDayRow(QByteArray& out, int simIndex, qint64 day, qint64 midnight) const;
    // `"id":..,"original_number":..,"iccid":..,"name":..` of a SIM, remembered.
    const QByteArray& simIdentity(int simIndex) const;

    EmulatorState& m_state;
    const TrafficModel& m_traffic;
    struct DayRowsCache {
        Kind kind = Kind::Sessions;
        std::vector<int> simIndexes;
        quint64 stateVersion = 0;
        std::unordered_map<qint64, qint64> rows; // day -> rows
        // Where pages ended, for a range starting on cursorFirstDay: the first
        // row of a SIM's day (its position) -> that day and the SIM's place
        // in the selection. The next page starts there, not at the first day.
        struct Place {
            qint64 day = 0;
            size_t simPos = 0;
        };
        qint64 cursorFirstDay = 0;
        std::map<qint64, Place> cursors;
    };
    mutable DayRowsCache m_dayRows;
    mutable std::vector<QByteArray> m_identities; // by SIM index, for m_identitiesVersion
    mutable quint64 m_identitiesVersion = 0;
};

} // namespace novaemu
