#include "emulator/SimListHandler.h"

#include "emulator/EmulatorState.h"
#include "emulator/Params.h"
#include "emulator/Reply.h"

#include <algorithm>

namespace novaemu {

namespace {

constexpr int kDefaultPageSize = 50;
constexpr int kMaxPageSize = 5000;

} // namespace

SimListHandler::SimListHandler(EmulatorState& state)
    : m_state(state) {}

void SimListHandler::registerRoutes(ApiRouter& router) {
    router.add(QStringLiteral("sim/list"), ApiRouter::Access::Any,
               [this](const ApiContext& ctx) { return list(ctx); });
}

std::optional<ApiReply> SimListHandler::parseFilter(const ApiContext& ctx, Filter* filter) const {
    const QJsonValue value = ctx.body.value(QStringLiteral("filter"));
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isObject())
        return Reply::invalid(ctx, Msg::FilterInvalid, QStringLiteral("filter"));
    const QJsonObject f = value.toObject();
    std::optional<QString> profile;
    std::optional<QString> query;
    if (auto err = Params::optionalString(ctx, f, QStringLiteral("profile"), &profile))
        return Reply::invalid(ctx, Msg::FilterInvalid, QStringLiteral("profile"));
    if (profile && !profile->isEmpty()) {
        filter->profile = profile->toUpper();
        if (filter->profile != QLatin1String("TD") && filter->profile != QLatin1String("TC"))
            return Reply::invalid(ctx, Msg::FilterInvalid, QStringLiteral("profile"));
    }
    if (auto err = Params::optionalBool(ctx, f, QStringLiteral("msu_block"), &filter->msuBlock))
        return Reply::invalid(ctx, Msg::FilterInvalid, QStringLiteral("msu_block"));
    if (auto err = Params::optionalBool(ctx, f, QStringLiteral("blocked"), &filter->blocked))
        return Reply::invalid(ctx, Msg::FilterInvalid, QStringLiteral("blocked"));
    if (auto err = Params::optionalString(ctx, f, QStringLiteral("query"), &query))
        return Reply::invalid(ctx, Msg::FilterInvalid, QStringLiteral("query"));
    if (query)
        filter->query = query->trimmed().toLower();
    return std::nullopt;
}

std::optional<ApiReply> SimListHandler::parseSort(const ApiContext& ctx, SortField* field,
                                                  bool* desc) const {
    *field = SortField::Id;
    *desc = false;
    const QJsonValue value = ctx.body.value(QStringLiteral("sort"));
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isObject() || value.toObject().size() > 1)
        return Reply::invalid(ctx, Msg::SortInvalid, QStringLiteral("sort"));
    const QJsonObject sort = value.toObject();
    if (sort.isEmpty())
        return std::nullopt;
    const QString key = sort.begin().key();
    const QString dir = sort.begin().value().toString().toUpper();
    static const QHash<QString, SortField> fields{{QStringLiteral("id"), SortField::Id},
                                                  {QStringLiteral("iccid"), SortField::Iccid},
                                                  {QStringLiteral("number"), SortField::Number},
                                                  {QStringLiteral("name"), SortField::Name},
                                                  {QStringLiteral("profile"), SortField::Profile},
                                                  {QStringLiteral("block"), SortField::Block},
                                                  {QStringLiteral("balance"), SortField::Balance}};
    if (!fields.contains(key))
        return Reply::invalid(ctx, Msg::SortInvalid, key);
    if (dir != QLatin1String("ASC") && dir != QLatin1String("DESC"))
        return Reply::invalid(ctx, Msg::SortInvalid, key);
    *field = fields.value(key);
    *desc = dir == QLatin1String("DESC");
    return std::nullopt;
}

bool SimListHandler::matches(const SimRecord& sim, const Filter& filter) const {
    if (!filter.profile.isEmpty() && sim.profile != filter.profile)
        return false;
    if (filter.msuBlock && (sim.block == 'm') != *filter.msuBlock)
        return false;
    if (filter.blocked && (sim.block != 'n') != *filter.blocked)
        return false;
    if (filter.query.isEmpty())
        return true;
    const QString& q = filter.query;
    if (sim.iccid.contains(q) || sim.number.contains(q) || sim.externalNumber.contains(q) ||
        sim.nameLower.contains(q))
        return true;
    for (int gid : sim.groupIds) {
        if (m_state.groupNameLower(gid).contains(q))
            return true;
    }
    return false;
}

int SimListHandler::orderedIndex(SortField field, bool desc, int n) {
    const int count = m_state.simCount();
    if (field == SortField::Id)
        return desc ? count - 1 - n : n; // storage order is ascending id
    if (m_cachedOrder.size() != size_t(count) || m_cachedField != field || m_cachedDesc != desc ||
        m_cachedVersion != m_state.version()) {
        m_cachedOrder.resize(size_t(count));
        for (int i = 0; i < count; ++i)
            m_cachedOrder[size_t(i)] = i;
        const EmulatorState& st = m_state;
        auto key = [&](int a, int b) -> int { // <0, 0, >0 on the primary key only
            const SimRecord& x = st.simAt(a);
            const SimRecord& y = st.simAt(b);
            switch (field) {
            case SortField::Iccid:
                return x.iccid.compare(y.iccid);
            case SortField::Number:
                return x.number.compare(y.number);
            case SortField::Name:
                return x.nameLower.compare(y.nameLower);
            case SortField::Profile:
                return x.profile.compare(y.profile);
            case SortField::Block:
                return int(x.block) - int(y.block);
            case SortField::Balance:
                return x.balance < y.balance ? -1 : x.balance > y.balance ? 1 : 0;
            case SortField::Id:
                break;
            }
            return 0;
        };
        std::sort(m_cachedOrder.begin(), m_cachedOrder.end(), [&](int a, int b) {
            const int c = key(a, b);
            if (c != 0)
                return desc ? c > 0 : c < 0;
            return a < b; // secondary key: id ascending
        });
        m_cachedField = field;
        m_cachedDesc = desc;
        m_cachedVersion = m_state.version();
    }
    return m_cachedOrder[size_t(n)];
}

ApiReply SimListHandler::list(const ApiContext& ctx) {
    Params::Paging paging;
    if (auto err = Params::paging(ctx, false, kDefaultPageSize, kMaxPageSize, &paging))
        return *err;
    Filter filter;
    if (auto err = parseFilter(ctx, &filter))
        return *err;
    SortField field = SortField::Id;
    bool desc = false;
    if (auto err = parseSort(ctx, &field, &desc))
        return *err;

    // all_count is the number of SIMs matching the filter (not the whole fleet), so that a
    // client can page through a filtered list; count is the number of items on this page.
    const qint64 first = qint64(paging.page) * paging.size;
    const qint64 last = first + paging.size;
    const int total = m_state.simCount();
    QList<int> page;
    int matched = 0;
    if (filter.isEmpty()) {
        matched = total;
        for (qint64 n = first; n < qMin<qint64>(last, total); ++n)
            page.append(orderedIndex(field, desc, int(n)));
    } else {
        for (int n = 0; n < total; ++n) {
            const int index = orderedIndex(field, desc, n);
            if (!matches(m_state.simAt(index), filter))
                continue;
            if (matched >= first && matched < last)
                page.append(index);
            ++matched;
        }
    }

    QByteArray body;
    body.reserve(128 + page.size() * 700);
    body += "{\"code\":200,\"message\":" + Reply::jsonString(Messages::text(Msg::Ok, ctx.lang));
    body += ",\"count\":" + QByteArray::number(page.size());
    body += ",\"all_count\":" + QByteArray::number(matched);
    body += ",\"items\":[";
    for (int i = 0; i < page.size(); ++i) {
        if (i > 0)
            body += ',';
        body += m_state.simJson(page.at(i));
    }
    body += "]}";
    ApiReply reply;
    reply.body = std::move(body);
    return reply;
}

} // namespace novaemu
