#include "api/SimListFastParse.h"

#include "api/JsonRead.h"

#include <QHash>
#include <QJsonDocument>

#include <simdjson.h>

#include <array>
#include <string>
#include <string_view>

namespace simfleet {

namespace SimListFastParse {

namespace {

using simdjson::dom::element;
using simdjson::dom::element_type;
using simdjson::dom::object;

// One member of an object; absent until seen. A repeated key overwrites it,
// so the last one counts, as in QJsonDocument.
struct Member {
    element value;
    bool present = false;
};

template <std::size_t N>
void readMembers(object o, const std::array<std::string_view, N>& keys,
                 std::array<Member, N>* members) {
    for (const simdjson::dom::key_value_pair field : o) {
        for (std::size_t i = 0; i < N; ++i) {
            if (field.key == keys[i]) {
                (*members)[i] = Member{field.value, true};
                break;
            }
        }
    }
}

QString utf8(std::string_view text) {
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

// The member as JsonRead sees it. Arrays and objects become empty ones:
// JsonRead's scalar readers look only at their type.
QJsonValue qtValue(const Member& member) {
    if (!member.present)
        return QJsonValue(QJsonValue::Undefined);
    const element& e = member.value;
    switch (e.type()) {
    case element_type::INT64:
        return QJsonValue(qint64(e.get_int64().value_unsafe()));
    case element_type::UINT64: // past qint64: QJsonDocument keeps it as a double
        return QJsonValue(double(e.get_uint64().value_unsafe()));
    case element_type::DOUBLE:
        return QJsonValue(e.get_double().value_unsafe());
    case element_type::BOOL:
        return QJsonValue(e.get_bool().value_unsafe());
    case element_type::STRING:
        return QJsonValue(utf8(e.get_string().value_unsafe()));
    case element_type::ARRAY:
        return QJsonValue(QJsonValue::Array);
    case element_type::OBJECT:
        return QJsonValue(QJsonValue::Object);
    case element_type::NULL_VALUE:
        break;
    }
    return QJsonValue(QJsonValue::Null);
}

bool isString(const Member& member) {
    return member.present && member.value.type() == element_type::STRING;
}

QString readText(const Member& member) {
    if (isString(member))
        return utf8(member.value.get_string().value_unsafe());
    return JsonRead::toString(qtValue(member));
}

// Shares one QString between rows for short repeated values, like the Qt
// reader's pool, but looked up by the UTF-8 bytes so a hit costs no decoding.
class Utf8Pool final {
public:
    QString pooled(const Member& member) {
        if (!isString(member))
            return readText(member);
        const std::string_view bytes = member.value.get_string().value_unsafe();
        if (bytes.empty() || bytes.size() > kMaxBytes)
            return utf8(bytes);
        const QByteArray key = QByteArray::fromRawData(bytes.data(), qsizetype(bytes.size()));
        const auto it = m_strings.constFind(key);
        if (it != m_strings.constEnd())
            return *it;
        QString decoded = utf8(bytes);
        if (m_strings.size() < kMaxEntries)
            m_strings.insert(QByteArray(bytes.data(), qsizetype(bytes.size())), decoded);
        return decoded;
    }

private:
    static constexpr std::size_t kMaxBytes = 64;
    static constexpr qsizetype kMaxEntries = 4096;
    QHash<QByteArray, QString> m_strings;
};

bool isKind(const Member& member, element_type type) {
    return member.present && member.value.type() == type;
}

enum RowKey {
    Id,
    Iccid,
    Number,
    ExternalNumber,
    Name,
    Balance,
    Currency,
    MsuValue,
    Profile,
    Block,
    Comment,
    Groups,
    Limit,
    Tariff,
    QueueStatus,
    Extras,
    RowKeyCount
};
constexpr std::array<std::string_view, RowKeyCount> kRowKeys{
    "id",       "iccid",     "number",       "external_number", "name",    "balance",
    "currency", "msu_value", "profile",      "block",           "comment", "groups",
    "limit",    "tariff",    "queue_status", "extras"};

constexpr std::array<std::string_view, 2> kGroupKeys{"id", "name"};
constexpr std::array<std::string_view, 5> kLimitKeys{"type", "value", "used", "updated", "created"};
constexpr std::array<std::string_view, 4> kTariffKeys{"id", "name", "change_lock", "package_auto"};

QVector<GroupRef> readGroups(simdjson::dom::array array, Utf8Pool* pool) {
    QVector<GroupRef> groups;
    groups.reserve(qsizetype(array.size()));
    for (const element value : array) {
        object g;
        if (value.get_object().get(g) != simdjson::SUCCESS)
            continue; // the Qt reader sees an empty object: no id, skipped
        std::array<Member, kGroupKeys.size()> m;
        readMembers(g, kGroupKeys, &m);
        const std::optional<qint64> id = JsonRead::toId(qtValue(m[0]), nullptr);
        if (id)
            groups.append(GroupRef{*id, pool->pooled(m[1])});
    }
    return groups;
}

SimLimit readLimit(object l, Utf8Pool* pool) {
    std::array<Member, kLimitKeys.size()> m;
    readMembers(l, kLimitKeys, &m);
    SimLimit limit;
    const QString type = pool->pooled(m[0]);
    limit.type = limitTypeFromString(type);
    if (limit.type == LimitType::Unknown)
        limit.typeRaw = type;
    limit.valueMb = JsonRead::toInt(qtValue(m[1]));
    limit.usedMb = JsonRead::toDouble(qtValue(m[2]));
    limit.updated = JsonRead::toUnixTime(qtValue(m[3]));
    limit.created = JsonRead::toUnixTime(qtValue(m[4]));
    return limit;
}

SimTariff readTariff(object t, Utf8Pool* pool) {
    std::array<Member, kTariffKeys.size()> m;
    readMembers(t, kTariffKeys, &m);
    SimTariff tariff;
    tariff.id = JsonRead::toInt(qtValue(m[0])).value_or(0);
    tariff.name = pool->pooled(m[1]);
    tariff.changeLock = JsonRead::toUnixTime(qtValue(m[2]));
    tariff.packageAuto = JsonRead::toBool(qtValue(m[3])).value_or(false);
    return tariff;
}

QJsonObject readExtras(const Member& member) {
    if (!isKind(member, element_type::OBJECT))
        return {};
    const std::string json = simdjson::minify(member.value);
    return QJsonDocument::fromJson(QByteArray(json.data(), qsizetype(json.size()))).object();
}

// nullopt when the row has no usable id: the Qt reader drops it with a reason.
std::optional<Sim> readSim(object o, Utf8Pool* pool) {
    std::array<Member, RowKeyCount> m;
    readMembers(o, kRowKeys, &m);
    const std::optional<qint64> id = JsonRead::toId(qtValue(m[Id]), nullptr);
    if (!id)
        return std::nullopt;

    Sim sim;
    sim.id = *id;
    sim.iccid = readText(m[Iccid]);
    sim.number = readText(m[Number]);
    sim.externalNumber = readText(m[ExternalNumber]);
    sim.name = readText(m[Name]);
    sim.balance = JsonRead::toDouble(qtValue(m[Balance])).value_or(0.0);
    sim.currency = pool->pooled(m[Currency]);
    sim.msuValue = JsonRead::toInt(qtValue(m[MsuValue]));

    const QString profile = pool->pooled(m[Profile]);
    sim.profile = simProfileFromCode(profile);
    if (sim.profile == SimProfile::Unknown)
        sim.profileRaw = profile;

    const QString block = pool->pooled(m[Block]);
    sim.block = blockCodeFromString(block);
    if (sim.block == BlockCode::Unknown)
        sim.blockRaw = block;

    sim.comment = readText(m[Comment]);

    if (isKind(m[Groups], element_type::ARRAY)) {
        sim.hasGroups = true;
        sim.groups = readGroups(m[Groups].value.get_array().value_unsafe(), pool);
    }
    if (isKind(m[Limit], element_type::OBJECT))
        sim.limit = readLimit(m[Limit].value.get_object().value_unsafe(), pool);
    if (isKind(m[Tariff], element_type::OBJECT))
        sim.tariff = readTariff(m[Tariff].value.get_object().value_unsafe(), pool);

    sim.queueStatus = pool->pooled(m[QueueStatus]);
    sim.extras = readExtras(m[Extras]);
    return sim;
}

enum PageKey { Code, Items, Count, AllCount, Result, PageKeyCount };
constexpr std::array<std::string_view, PageKeyCount> kPageKeys{"code", "items", "count",
                                                               "all_count", "result"};

} // namespace

std::optional<ListPage<Sim>> parse(const QByteArray& body) {
    // One parser per thread: it keeps its buffers from page to page.
    thread_local simdjson::dom::parser parser;
    element root;
    if (parser.parse(body.constData(), std::size_t(body.size())).get(root) != simdjson::SUCCESS)
        return std::nullopt;
    object top;
    if (root.get_object().get(top) != simdjson::SUCCESS)
        return std::nullopt;
    std::array<Member, PageKeyCount> m;
    readMembers(top, kPageKeys, &m);
    // The Qt reader decides error envelopes, a `code` written any other way,
    // and pages whose rows are elsewhere than in a top-level array.
    if (!isKind(m[Code], element_type::INT64) || m[Code].value.get_int64().value_unsafe() != 200)
        return std::nullopt;
    if (m[Result].present || !isKind(m[Items], element_type::ARRAY))
        return std::nullopt;

    const simdjson::dom::array rows = m[Items].value.get_array().value_unsafe();
    ListPage<Sim> page;
    page.items.reserve(qsizetype(rows.size()));
    Utf8Pool pool;
    for (const element row : rows) {
        object o;
        if (row.get_object().get(o) != simdjson::SUCCESS)
            return std::nullopt;
        std::optional<Sim> sim = readSim(o, &pool);
        if (!sim)
            return std::nullopt;
        page.items.append(std::move(*sim));
    }
    const std::optional<qint64> count = JsonRead::toInt(qtValue(m[Count]));
    page.count = count && *count >= 0 ? *count : page.items.size();
    page.allCount = JsonRead::toInt(qtValue(m[AllCount]));
    if (page.allCount && *page.allCount < 0)
        page.allCount.reset();
    return page;
}

} // namespace SimListFastParse

} // namespace simfleet
