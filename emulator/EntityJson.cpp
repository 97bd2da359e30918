#include "emulator/EntityJson.h"

#include "emulator/EmulatorState.h"

#include <QJsonArray>

namespace novaemu {

namespace {

QJsonValue nullable(const QString& s) {
    return s.isNull() ? QJsonValue() : QJsonValue(s);
}

template <typename T> QJsonValue nullable(const std::optional<T>& v) {
    return v ? QJsonValue(double(*v)) : QJsonValue();
}

QJsonObject simCore(const SimRecord& sim) {
    QJsonObject o;
    o.insert(QStringLiteral("id"), sim.id);
    o.insert(QStringLiteral("iccid"), sim.iccid);
    o.insert(QStringLiteral("number"), sim.number);
    o.insert(QStringLiteral("external_number"), sim.externalNumber);
    o.insert(QStringLiteral("name"), nullable(sim.name));
    o.insert(QStringLiteral("balance"), sim.balance);
    o.insert(QStringLiteral("currency"), sim.currency);
    o.insert(QStringLiteral("msu_value"), nullable(sim.msuValue));
    o.insert(QStringLiteral("profile"), sim.profile);
    o.insert(QStringLiteral("block"), QString(QLatin1Char(sim.block)));
    o.insert(QStringLiteral("comment"), nullable(sim.comment));
    QJsonObject limit;
    limit.insert(QStringLiteral("type"), sim.limit.type);
    limit.insert(QStringLiteral("value"), nullable(sim.limit.value));
    limit.insert(QStringLiteral("used"), nullable(sim.limit.used));
    limit.insert(QStringLiteral("updated"), nullable(sim.limit.updated));
    limit.insert(QStringLiteral("created"), nullable(sim.limit.created));
    o.insert(QStringLiteral("limit"), limit);
    QJsonObject tariff;
    tariff.insert(QStringLiteral("id"), sim.tariff.id);
    tariff.insert(QStringLiteral("name"), sim.tariff.name);
    tariff.insert(QStringLiteral("change_lock"), nullable(sim.tariff.changeLock));
    tariff.insert(QStringLiteral("package_auto"), sim.tariff.packageAuto);
    o.insert(QStringLiteral("tariff"), tariff);
    return o;
}

} // namespace

QJsonObject EntityJson::sim(const SimRecord& sim, const EmulatorState& state) {
    QJsonObject o = simCore(sim);
    QJsonArray groups;
    for (int gid : sim.groupIds) {
        if (const GroupRecord* g = state.group(gid)) {
            groups.append(
                QJsonObject{{QStringLiteral("id"), g->id}, {QStringLiteral("name"), g->name}});
        }
    }
    o.insert(QStringLiteral("groups"), groups);
    return o;
}

QJsonObject EntityJson::simForWebhook(const SimRecord& sim, const QString& queueStatus) {
    QJsonObject o = simCore(sim);
    o.insert(QStringLiteral("queue_status"), queueStatus);
    return o;
}

QJsonObject EntityJson::group(const GroupRecord& group) {
    return {{QStringLiteral("id"), group.id},
            {QStringLiteral("name"), group.name},
            {QStringLiteral("added"), double(group.added)}};
}

QJsonObject EntityJson::user(const UserRecord& user) {
    return {{QStringLiteral("id"), user.id},
            {QStringLiteral("first_name"), user.firstName},
            {QStringLiteral("last_name"), user.lastName},
            {QStringLiteral("phone"), user.phone},
            {QStringLiteral("email"), user.email},
            {QStringLiteral("active"), user.active},
            {QStringLiteral("role"), user.role}};
}

QJsonObject EntityJson::company(const CompanyRecord& c) {
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("name"), c.name},
            {QStringLiteral("unique_id"), c.uniqueId},
            {QStringLiteral("contract"), c.contract},
            {QStringLiteral("country"), c.country},
            {QStringLiteral("billing_type"), c.billingType},
            {QStringLiteral("assigned"), c.assigned},
            {QStringLiteral("overdraft"), c.overdraft},
            {QStringLiteral("balance"), c.balance},
            {QStringLiteral("preliminary_balance"), c.preliminaryBalance}};
}

QJsonObject EntityJson::bill(const BillRecord& b) {
    return {
        {QStringLiteral("period"), b.period},   {QStringLiteral("added"), double(b.added)},
        {QStringLiteral("id"), b.id},           {QStringLiteral("paided"), double(b.paided)},
        {QStringLiteral("cost"), b.cost},       {QStringLiteral("valute_course"), b.valuteCourse},
        {QStringLiteral("country"), b.country}, {QStringLiteral("valute_cost"), b.valuteCost},
        {QStringLiteral("bid"), b.bid},         {QStringLiteral("currency"), b.currency}};
}

} // namespace novaemu
