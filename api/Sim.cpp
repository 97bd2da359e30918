#include "api/Sim.h"

#include "api/JsonRead.h"

#include <QSet>
#include <QStringView>

#include <utility>

namespace simfleet {

using namespace Qt::Literals::StringLiterals;

namespace {

// Shares one QString between rows for low-cardinality fields (currency, tariff
// and group names, queue status): 100,000 SIMs then hold a handful of strings
// instead of 100,000 copies. Bounded so unique values cannot make it grow
// without limit.
class StringPool final {
public:
    QString intern(QString text) {
        if (text.isEmpty() || text.size() > kMaxLength)
            return text;
        const auto it = m_strings.constFind(text);
        if (it != m_strings.constEnd())
            return *it;
        if (m_strings.size() < kMaxEntries)
            m_strings.insert(text);
        return text;
    }

private:
    static constexpr qsizetype kMaxLength = 64;
    static constexpr qsizetype kMaxEntries = 4096;
    QSet<QString> m_strings;
};

QString pooled(StringPool* pool, QString text) {
    return pool ? pool->intern(std::move(text)) : text;
}

QJsonValue nullable(const QString& text) {
    return text.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

template <typename T> QJsonValue nullable(const std::optional<T>& value) {
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

// The code to write back: the known code, else the raw one, else null.
QJsonValue codeOrRaw(const QString& code, const QString& raw) {
    return nullable(code.isNull() ? raw : code);
}

SimLimit readLimit(const QJsonObject& l) {
    SimLimit limit;
    const QString type = JsonRead::toString(l.value("type"_L1));
    limit.type = limitTypeFromString(type);
    if (limit.type == LimitType::Unknown)
        limit.typeRaw = type;
    limit.valueMb = JsonRead::toInt(l.value("value"_L1));
    limit.usedMb = JsonRead::toDouble(l.value("used"_L1));
    limit.updated = JsonRead::toUnixTime(l.value("updated"_L1));
    limit.created = JsonRead::toUnixTime(l.value("created"_L1));
    return limit;
}

SimTariff readTariff(const QJsonObject& t, StringPool* pool) {
    SimTariff tariff;
    tariff.id = JsonRead::toInt(t.value("id"_L1)).value_or(0);
    tariff.name = pooled(pool, JsonRead::toString(t.value("name"_L1)));
    tariff.changeLock = JsonRead::toUnixTime(t.value("change_lock"_L1));
    tariff.packageAuto = JsonRead::toBool(t.value("package_auto"_L1)).value_or(false);
    return tariff;
}

// Group references without a usable id are skipped: they cannot be matched to
// a group, and the SIM itself is still valid.
QVector<GroupRef> readGroups(const QJsonArray& array, StringPool* pool) {
    QVector<GroupRef> groups;
    groups.reserve(array.size());
    for (const QJsonValue value : array) {
        const QJsonObject g = value.toObject();
        const std::optional<qint64> id = JsonRead::toId(g.value("id"_L1), nullptr);
        if (!id)
            continue;
        groups.append(GroupRef{*id, pooled(pool, JsonRead::toString(g.value("name"_L1)))});
    }
    return groups;
}

std::optional<Sim> readSim(const QJsonObject& o, QString* problem, StringPool* pool) {
    const std::optional<qint64> id = JsonRead::toId(o.value("id"_L1), problem);
    if (!id)
        return std::nullopt;

    Sim sim;
    sim.id = *id;
    sim.iccid = JsonRead::toString(o.value("iccid"_L1));
    sim.number = JsonRead::toString(o.value("number"_L1));
    sim.externalNumber = JsonRead::toString(o.value("external_number"_L1));
    sim.name = JsonRead::toString(o.value("name"_L1));
    sim.balance = JsonRead::toDouble(o.value("balance"_L1)).value_or(0.0);
    sim.currency = pooled(pool, JsonRead::toString(o.value("currency"_L1)));
    sim.msuValue = JsonRead::toInt(o.value("msu_value"_L1));

    const QString profile = JsonRead::toString(o.value("profile"_L1));
    sim.profile = simProfileFromCode(profile);
    if (sim.profile == SimProfile::Unknown)
        sim.profileRaw = profile;

    const QString block = JsonRead::toString(o.value("block"_L1));
    sim.block = blockCodeFromString(block);
    if (sim.block == BlockCode::Unknown)
        sim.blockRaw = block;

    sim.comment = JsonRead::toString(o.value("comment"_L1));

    const QJsonValue groups = o.value("groups"_L1);
    if (groups.isArray()) {
        sim.hasGroups = true;
        sim.groups = readGroups(groups.toArray(), pool);
    }

    const QJsonValue limit = o.value("limit"_L1);
    if (limit.isObject())
        sim.limit = readLimit(limit.toObject());
    const QJsonValue tariff = o.value("tariff"_L1);
    if (tariff.isObject())
        sim.tariff = readTariff(tariff.toObject(), pool);

    sim.queueStatus = pooled(pool, JsonRead::toString(o.value("queue_status"_L1)));
    sim.extras = o.value("extras"_L1).toObject();
    return sim;
}

} // namespace

SimProfile simProfileFromCode(const QString& code) {
    const QStringView c = QStringView(code).trimmed();
    if (c.compare(u"TD", Qt::CaseInsensitive) == 0)
        return SimProfile::TD;
    if (c.compare(u"TC", Qt::CaseInsensitive) == 0)
        return SimProfile::TC;
    return SimProfile::Unknown;
}

QString simProfileCode(SimProfile profile) {
    switch (profile) {
    case SimProfile::TD:
        return QStringLiteral("TD");
    case SimProfile::TC:
        return QStringLiteral("TC");
    case SimProfile::Unknown:
        break;
    }
    return QString();
}

BlockCode blockCodeFromString(const QString& code) {
    const QStringView c = QStringView(code).trimmed();
    if (c.size() != 1)
        return BlockCode::Unknown;
    switch (c.front().toLower().unicode()) {
    case u'n':
        return BlockCode::None;
    case u'u':
        return BlockCode::User;
    case u'm':
        return BlockCode::Msu;
    case u'p':
        return BlockCode::Package;
    case u'f':
        return BlockCode::Financial;
    case u'g':
        return BlockCode::Operator;
    default:
        return BlockCode::Unknown;
    }
}

QChar blockCodeChar(BlockCode block) {
    switch (block) {
    case BlockCode::None:
        return u'n';
    case BlockCode::User:
        return u'u';
    case BlockCode::Msu:
        return u'm';
    case BlockCode::Package:
        return u'p';
    case BlockCode::Financial:
        return u'f';
    case BlockCode::Operator:
        return u'g';
    case BlockCode::Unknown:
        break;
    }
    return QChar();
}

LimitType limitTypeFromString(const QString& code) {
    const QStringView c = QStringView(code).trimmed();
    if (c.isEmpty() || c.compare(u"off", Qt::CaseInsensitive) == 0)
        return LimitType::Off;
    if (c.compare(u"month1", Qt::CaseInsensitive) == 0)
        return LimitType::Month;
    if (c.compare(u"p_lim", Qt::CaseInsensitive) == 0)
        return LimitType::PackageNoRenew;
    if (c.compare(u"p_unlim", Qt::CaseInsensitive) == 0)
        return LimitType::PackageAutoRenew;
    return LimitType::Unknown;
}

QString limitTypeCode(LimitType type) {
    switch (type) {
    case LimitType::Off:
        return QStringLiteral("off");
    case LimitType::Month:
        return QStringLiteral("month1");
    case LimitType::PackageNoRenew:
        return QStringLiteral("p_lim");
    case LimitType::PackageAutoRenew:
        return QStringLiteral("p_unlim");
    case LimitType::Unknown:
        break;
    }
    return QString();
}

std::optional<Sim> Sim::fromJson(const QJsonObject& o, QString* problem) {
    return readSim(o, problem, nullptr);
}

QJsonObject Sim::toJson() const {
    QJsonObject o;
    o.insert("id"_L1, id);
    o.insert("iccid"_L1, iccid);
    o.insert("number"_L1, number);
    o.insert("external_number"_L1, externalNumber);
    o.insert("name"_L1, nullable(name));
    o.insert("balance"_L1, balance);
    o.insert("currency"_L1, currency);
    o.insert("msu_value"_L1, nullable(msuValue));
    o.insert("profile"_L1, codeOrRaw(simProfileCode(profile), profileRaw));
    const QChar blockChar = blockCodeChar(block);
    o.insert("block"_L1, codeOrRaw(blockChar.isNull() ? QString() : QString(blockChar), blockRaw));
    o.insert("comment"_L1, nullable(comment));
    if (hasGroups) {
        QJsonArray array;
        for (const GroupRef& g : groups)
            array.append(QJsonObject{{"id"_L1, g.id}, {"name"_L1, g.name}});
        o.insert("groups"_L1, array);
    }
    o.insert("limit"_L1,
             QJsonObject{{"type"_L1, codeOrRaw(limitTypeCode(limit.type), limit.typeRaw)},
                         {"value"_L1, nullable(limit.valueMb)},
                         {"used"_L1, nullable(limit.usedMb)},
                         {"updated"_L1, JsonRead::fromUnixTime(limit.updated)},
                         {"created"_L1, JsonRead::fromUnixTime(limit.created)}});
    o.insert("tariff"_L1, QJsonObject{{"id"_L1, tariff.id},
                                      {"name"_L1, tariff.name},
                                      {"change_lock"_L1, JsonRead::fromUnixTime(tariff.changeLock)},
                                      {"package_auto"_L1, tariff.packageAuto}});
    if (!queueStatus.isNull())
        o.insert("queue_status"_L1, queueStatus);
    if (!extras.isEmpty())
        o.insert("extras"_L1, extras);
    return o;
}

bool operator==(const GroupRef& a, const GroupRef& b) {
    return a.id == b.id && a.name == b.name;
}

bool operator==(const SimLimit& a, const SimLimit& b) {
    return a.type == b.type && a.typeRaw == b.typeRaw && a.valueMb == b.valueMb &&
           a.usedMb == b.usedMb && a.updated == b.updated && a.created == b.created;
}

bool operator==(const SimTariff& a, const SimTariff& b) {
    return a.id == b.id && a.name == b.name && a.changeLock == b.changeLock &&
           a.packageAuto == b.packageAuto;
}

bool operator==(const Sim& a, const Sim& b) {
    return a.id == b.id && a.iccid == b.iccid && a.number == b.number &&
           a.externalNumber == b.externalNumber && a.name.isNull() == b.name.isNull() &&
           a.name == b.name && a.balance == b.balance && a.currency == b.currency &&
           a.msuValue == b.msuValue && a.profile == b.profile && a.profileRaw == b.profileRaw &&
           a.block == b.block && a.blockRaw == b.blockRaw &&
           a.comment.isNull() == b.comment.isNull() && a.comment == b.comment &&
           a.hasGroups == b.hasGroups && a.groups == b.groups && a.limit == b.limit &&
           a.tariff == b.tariff && a.queueStatus.isNull() == b.queueStatus.isNull() &&
           a.queueStatus == b.queueStatus && a.extras == b.extras;
}

QVector<Sim> parseSims(const QJsonArray& array, ParseProblems* problems) {
    StringPool pool;
    return PageParsing::parseObjects<Sim>(
        array, "SIM"_L1, problems,
        [&pool](const QJsonObject& o, QString* problem) { return readSim(o, problem, &pool); });
}

ListPage<Sim> parseSimPage(const QJsonObject& body) {
    return PageParsing::parsePage<Sim>(body, parseSims);
}

} // namespace simfleet
