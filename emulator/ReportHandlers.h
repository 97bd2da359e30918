#pragma once

#include "emulator/ApiRouter.h"
#include "emulator/TrafficModel.h"

#include <functional>
#include <optional>
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
    QJsonObject row(Kind kind, int simIndex, qint64 day, int k) const;

    EmulatorState& m_state;
    const TrafficModel& m_traffic;
};

} // namespace novaemu
