#include "emulator/ReportHandlers.h"

#include "emulator/EmulatorState.h"
#include "emulator/Params.h"
#include "emulator/ProviderCalendar.h"
#include "emulator/Reply.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>

namespace novaemu {

namespace {

constexpr int kDefaultSize = 100;
constexpr int kMaxSize = 10000;
constexpr int kDefaultDays = 30;
constexpr int kMaxDays = 366;

qint64 dayOf(const QDate& date) {
    return ProviderCalendar::dayNumber(date);
}

// DD-MM-YYYY, strictly: a date of the provider's calendar.
std::optional<QDate> parseDate(const QJsonValue& value) {
    static const QRegularExpression pattern(QStringLiteral("^(\\d{2})-(\\d{2})-(\\d{4})$"));
    if (!value.isString())
        return std::nullopt;
    const QRegularExpressionMatch m = pattern.match(value.toString());
    if (!m.hasMatch())
        return std::nullopt;
    const QDate date(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

void addSimIdentity(QJsonObject& row, const SimRecord& sim) {
    row.insert(QStringLiteral("id"), sim.id);
    row.insert(QStringLiteral("original_number"), sim.number);
    row.insert(QStringLiteral("iccid"), sim.iccid);
    row.insert(QStringLiteral("name"), sim.name.isNull() ? QJsonValue() : QJsonValue(sim.name));
}

} // namespace

ReportHandlers::ReportHandlers(EmulatorState& state, const TrafficModel& traffic)
    : m_state(state)
    , m_traffic(traffic) {}

void ReportHandlers::registerRoutes(ApiRouter& router) {
    router.add(QStringLiteral("report/sessions"), ApiRouter::Access::Any,
               [this](const ApiContext& ctx) { return report(ctx, Kind::Sessions); });
    router.add(QStringLiteral("report/day"), ApiRouter::Access::Any,
               [this](const ApiContext& ctx) { return report(ctx, Kind::Day); });
    router.add(QStringLiteral("report/call_sms"), ApiRouter::Access::Any,
               [this](const ApiContext& ctx) { return report(ctx, Kind::CallSms); });
}

std::optional<ApiReply> ReportHandlers::parseSelect(const ApiContext& ctx, Query* query) const {
    const QJsonValue value = ctx.body.value(QStringLiteral("select"));
    QJsonArray select;
    if (value.isUndefined() || value.isNull())
        select.append(QStringLiteral("all"));
    else if (value.isArray())
        select = value.toArray();
    else
        return Reply::invalid(ctx, Msg::FieldInvalid, QStringLiteral("select"));
    if (select.isEmpty())
        select.append(QStringLiteral("all"));
    std::vector<char> chosen(size_t(m_state.simCount()), 0);
    static const QRegularExpression entry(QStringLiteral("^([sg])_(\\d{1,10})$"));
    for (const auto& v : select) {
        const QString text = v.toString();
        if (text == QLatin1String("all")) {
            std::fill(chosen.begin(), chosen.end(), 1);
            continue;
        }
        const QRegularExpressionMatch m = entry.match(text);
        if (!v.isString() || !m.hasMatch())
            return Reply::invalid(ctx, Msg::SelectInvalid,
                                  v.isString() ? text : QStringLiteral("?"));
        const qint64 id = m.captured(2).toLongLong();
        if (id > std::numeric_limits<int>::max())
            continue; // unknown ids select nothing
        if (m.captured(1) == QLatin1String("s")) {
            const int index = m_state.simIndex(int(id));
            if (index >= 0)
                chosen[size_t(index)] = 1;
        } else {
            for (int index : m_state.simIndexesInGroup(int(id)))
                chosen[size_t(index)] = 1;
        }
    }
    for (size_t i = 0; i < chosen.size(); ++i) {
        if (chosen[i])
            query->simIndexes.push_back(int(i)); // ascending SIM id
    }
    return std::nullopt;
}

std::optional<ApiReply> ReportHandlers::parse(const ApiContext& ctx, Query* query) const {
    const QDate today = ProviderCalendar::dateOf(ProviderCalendar::dayOfInstant(ctx.now));
    QDate start = today.addDays(-kDefaultDays);
    QDate end = today.addDays(-1);
    const QJsonValue filterValue = ctx.body.value(QStringLiteral("filter"));
    if (!filterValue.isUndefined() && !filterValue.isNull() && !filterValue.isObject())
        return Reply::invalid(ctx, Msg::FilterInvalid, QStringLiteral("filter"));
    const QJsonObject filter = filterValue.toObject();
    for (const auto& [key, target] :
         {std::pair{QStringLiteral("start"), &start}, std::pair{QStringLiteral("end"), &end}}) {
        const QJsonValue v = filter.value(key);
        if (v.isUndefined() || v.isNull())
            continue;
        const std::optional<QDate> date = parseDate(v);
        if (!date)
            return Reply::invalid(ctx, Msg::DateFormat, QStringLiteral("filter.") + key);
        *target = *date;
    }
    if (start > end)
        return Reply::invalid(ctx, Msg::DateOrder);
    if (start.daysTo(end) >= kMaxDays)
        return Reply::invalid(ctx, Msg::DateRangeTooLong);
    Params::Paging paging;
    if (auto err = Params::paging(ctx, false, kDefaultSize, kMaxSize, &paging))
        return *err;
    if (auto err = parseSelect(ctx, query))
        return *err;
    query->page = paging.page;
    query->size = paging.size;
    query->firstDay = dayOf(start);
    query->lastDay = qMin(dayOf(end), dayOf(today) - 1); // today's data is not synchronised yet
    return std::nullopt;
}

int ReportHandlers::rowsOf(Kind kind, int simIndex, qint64 day) const {
    const SimRecord& sim = m_state.simAt(simIndex);
    switch (kind) {
    case Kind::Sessions:
        return m_traffic.sessionCount(sim, day);
    case Kind::Day:
        return m_traffic.sessionCount(sim, day) > 0 ? 1 : 0;
    case Kind::CallSms:
        return m_traffic.eventCount(sim, day);
    }
    return 0;
}

QJsonObject ReportHandlers::row(Kind kind, int simIndex, qint64 day, int k) const {
    const SimRecord& sim = m_state.simAt(simIndex);
    QJsonObject o; // report/day rows are written by appendDayRow()
    if (kind == Kind::Sessions) {
        const TrafficModel::Session s = m_traffic.session(sim, day, k);
        o.insert(QStringLiteral("sid"), double(s.sid));
        o.insert(QStringLiteral("start"), double(s.start));
        o.insert(QStringLiteral("end"), double(s.end));
        o.insert(QStringLiteral("country_name"), QString::fromUtf8(s.op->country));
        o.insert(QStringLiteral("operator_name"), QString::fromUtf8(s.op->name));
        o.insert(QStringLiteral("operator_code"), s.op->code);
        o.insert(QStringLiteral("session_cost"), s.cost);
        o.insert(QStringLiteral("value"), QString::number(s.bytes));
    } else {
        const TrafficModel::Event e = m_traffic.event(sim, day, k);
        o.insert(QStringLiteral("sid"), double(e.sid));
        o.insert(QStringLiteral("date"), double(e.date));
        o.insert(QStringLiteral("type"), e.type);
        o.insert(QStringLiteral("to_number"), e.toNumber);
        o.insert(QStringLiteral("session_cost"), e.cost);
    }
    addSimIdentity(o, sim);
    return o;
}

qint64 ReportHandlers::dayRows(Kind kind, const Query& query, qint64 day) const {
    DayRowsCache& cache = m_dayRows;
    if (cache.kind != kind || cache.stateVersion != m_state.version() ||
        cache.simIndexes != query.simIndexes) {
        cache.kind = kind;
        cache.stateVersion = m_state.version();
        cache.simIndexes = query.simIndexes;
        cache.rows.clear();
        cache.cursors.clear();
    }
    const auto found = cache.rows.find(day);
    if (found != cache.rows.end())
        return found->second;
    qint64 rows = 0;
    for (int index : query.simIndexes)
        rows += rowsOf(kind, index, day);
    cache.rows.emplace(day, rows);
    return rows;
}

const QByteArray& ReportHandlers::simIdentity(int simIndex) const {
    if (m_identitiesVersion != m_state.version() ||
        m_identities.size() != size_t(m_state.simCount())) {
        m_identities.assign(size_t(m_state.simCount()), QByteArray());
        m_identitiesVersion = m_state.version();
    }
    QByteArray& identity = m_identities[size_t(simIndex)];
    if (identity.isEmpty()) {
        const SimRecord& sim = m_state.simAt(simIndex);
        identity = "\"id\":" + QByteArray::number(sim.id) +
                   ",\"original_number\":" + Reply::jsonString(sim.number) +
                   ",\"iccid\":" + Reply::jsonString(sim.iccid) + ",\"name\":" +
                   (sim.name.isNull() ? QByteArray("null") : Reply::jsonString(sim.name));
    }
    return identity;
}

void ReportHandlers::appendDayRow(QByteArray& out, int simIndex, qint64 day,
                                  qint64 midnight) const {
    const SimRecord& sim = m_state.simAt(simIndex);
    const TrafficModel::DayTotals totals = m_traffic.dayTotals(sim, day);
    out += "{\"sid\":";
    out += QByteArray::number(m_traffic.dayId(sim, day));
    // The provider stamps a day with the midnight that starts it, in its own zone.
    out += ",\"day\":";
    out += QByteArray::number(midnight);
    out += ",\"session_cost\":";
    out += QByteArray::number(totals.cost, 'g', QLocale::FloatingPointShortest);
    out += ",\"value\":\"";
    out += QByteArray::number(totals.bytes);
    out += "\",";
    out += simIdentity(simIndex);
    out += '}';
}

ApiReply ReportHandlers::report(const ApiContext& ctx, Kind kind) const {
    Query query;
    if (auto err = parse(ctx, &query))
        return *err;
    const qint64 first = qint64(query.page) * query.size;
    const qint64 last = first + query.size;
    qint64 position = 0;
    qint64 day = query.firstDay;
    size_t simPos = 0;
    // Start where an earlier page of this report ended, when one did before `first`.
    DayRowsCache& cache = m_dayRows;
    dayRows(kind, query, query.firstDay); // makes sure the cache is for this selection
    if (cache.cursorFirstDay != query.firstDay || cache.cursors.size() > 4096) {
        cache.cursors.clear();
        cache.cursorFirstDay = query.firstDay;
    }
    auto cursor = cache.cursors.upper_bound(first);
    if (cursor != cache.cursors.begin()) {
        --cursor;
        position = cursor->first;
        day = cursor->second.day;
        simPos = cursor->second.simPos;
    }
    QByteArray items;
    items.reserve(qsizetype(qMin<qint64>(query.size, 5000)) * 240);
    bool any = false;
    const size_t selected = query.simIndexes.size();
    for (; day <= query.lastDay && position < last; ++day, simPos = 0) {
        if (simPos == 0) {
            const qint64 rowsOfDay = dayRows(kind, query, day);
            if (position + rowsOfDay <= first) { // the whole day lies before the page
                position += rowsOfDay;
                continue;
            }
        }
        const qint64 midnight = ProviderCalendar::midnight(day);
        for (; simPos < selected; ++simPos) {
            const int index = query.simIndexes[simPos];
            const int n = rowsOf(kind, index, day);
            if (position + n <= first) { // the whole unit lies before the page
                position += n;
                continue;
            }
            const qint64 unitStart = position;
            for (int k = 0; k < n && position < last; ++k, ++position) {
                if (position < first)
                    continue;
                if (any)
                    items += ',';
                any = true;
                if (kind == Kind::Day)
                    appendDayRow(items, index, day, midnight);
                else
                    items += QJsonDocument(row(kind, index, day, k)).toJson(QJsonDocument::Compact);
            }
            if (position >= last) {
                cache.cursors[unitStart] = DayRowsCache::Place{day, simPos};
                break;
            }
        }
    }
    ApiReply reply;
    reply.body.reserve(items.size() + 96);
    reply.body +=
        "{\"code\":200,\"message\":" + Reply::jsonString(Messages::text(Msg::Ok, ctx.lang)) +
        ",\"result\":{\"items\":[";
    reply.body += items;
    reply.body += "]}}";
    return reply;
}

} // namespace novaemu
