#include "api/SimOperation.h"

#include <QJsonArray>

namespace simfleet {

namespace {

struct OperationInfo {
    SimOperation op;
    const char* name;
};

constexpr OperationInfo kOperations[] = {
    {SimOperation::Block, "block"},
    {SimOperation::Unblock, "unblock"},
    {SimOperation::Reconnect, "reconnect"},
    {SimOperation::Disconnect, "disconnect"},
    {SimOperation::Ping, "ping"},
    {SimOperation::Sms, "sms"},
    {SimOperation::Limit, "limit"},
    {SimOperation::Tariff, "tariff"},
    {SimOperation::Repackage, "repackage"},
    {SimOperation::Group, "group"},
    {SimOperation::ServiceBlock, "block-service"},
    {SimOperation::ServiceUnblock, "unblock-service"},
    {SimOperation::FinanceBlock, "block-finance"},
    {SimOperation::FinanceUnblock, "unblock-finance"},
    {SimOperation::TariffFromDate, "tariff-from-date"},
    {SimOperation::TopUp, "top-up"},
    {SimOperation::InfoSms, "info-sms"},
};

// A second-operator SIM's own field (Sim::extras); a SIM that does not say is not.
bool financeBlocked(const Sim& sim) {
    return sim.block == BlockCode::Financial ||
           sim.extras.value(QLatin1String("finance_blocked")).toBool();
}

bool tdOnly(SimOperation op) {
    return op == SimOperation::Ping || op == SimOperation::Sms || op == SimOperation::Tariff ||
           op == SimOperation::Repackage;
}

} // namespace

const QVector<SimOperation>& SimOperations::all() {
    static const QVector<SimOperation> ops = [] {
        QVector<SimOperation> v;
        for (const auto& info : kOperations)
            v.append(info.op);
        return v;
    }();
    return ops;
}

const QVector<SimOperation>& SimOperations::available(ProviderKind provider) {
    static const QVector<SimOperation> nova = {SimOperation::Block,     SimOperation::Unblock,
                                               SimOperation::Reconnect, SimOperation::Disconnect,
                                               SimOperation::Ping,      SimOperation::Sms,
                                               SimOperation::Limit,     SimOperation::Tariff,
                                               SimOperation::Repackage, SimOperation::Group};
    static const QVector<SimOperation> v2 = {
        SimOperation::Block,          SimOperation::Unblock,      SimOperation::ServiceBlock,
        SimOperation::ServiceUnblock, SimOperation::FinanceBlock, SimOperation::FinanceUnblock,
        SimOperation::TariffFromDate, SimOperation::TopUp,        SimOperation::InfoSms};
    return provider == ProviderKind::SecondOperator ? v2 : nova;
}

QString SimOperations::name(SimOperation op) {
    for (const auto& info : kOperations) {
        if (info.op == op)
            return QString::fromLatin1(info.name);
    }
    return {};
}

QString SimOperations::method(SimOperation op) {
    return QStringLiteral("sim/") + name(op);
}

std::optional<SimOperation> SimOperations::fromName(const QString& name) {
    for (const auto& info : kOperations) {
        if (name.compare(QLatin1String(info.name), Qt::CaseInsensitive) == 0)
            return info.op;
    }
    return std::nullopt;
}

QString SimOperations::displayName(SimOperation op) {
    switch (op) {
    case SimOperation::Block:
        return tr("Block", "verb");
    case SimOperation::Unblock:
        return tr("Unblock", "verb");
    case SimOperation::Reconnect:
        return tr("Reconnect (soft reset)");
    case SimOperation::Disconnect:
        return tr("Disconnect from network");
    case SimOperation::Ping:
        return tr("Ping");
    case SimOperation::Sms:
        return tr("Send SMS");
    case SimOperation::Limit:
        return tr("Set data limit");
    case SimOperation::Tariff:
        return tr("Change tariff plan");
    case SimOperation::Repackage:
        return tr("Re-add package");
    case SimOperation::Group:
        return tr("Set groups");
    case SimOperation::ServiceBlock:
        return tr("Block a service");
    case SimOperation::ServiceUnblock:
        return tr("Unblock a service");
    case SimOperation::FinanceBlock:
        return tr("Financial block");
    case SimOperation::FinanceUnblock:
        return tr("Lift the financial block");
    case SimOperation::TariffFromDate:
        return tr("Change tariff from a date");
    case SimOperation::TopUp:
        return tr("Add a top-up packet");
    case SimOperation::InfoSms:
        return tr("Send an informational SMS");
    }
    return {};
}

QString SimOperations::validate(SimOperation op, const SimOperationParams& p) {
    switch (op) {
    case SimOperation::Sms: {
        const QString text = p.smsText.trimmed();
        if (text.isEmpty())
            return tr("Enter the SMS text.");
        if (p.smsText.size() > kMaxSmsLength)
            return tr("The SMS text is %1 characters long; at most %2 are allowed.")
                .arg(p.smsText.size())
                .arg(kMaxSmsLength);
        return {};
    }
    case SimOperation::Limit:
        if (p.limitType != LimitType::Off && p.limitType != LimitType::Month)
            return tr("The data limit type must be \"none\" or \"calendar month\".");
        if (p.limitType == LimitType::Month && p.limitMb <= 0)
            return tr("Enter a data limit above 0 MB.");
        if (p.limitMb < 0)
            return tr("The data limit cannot be negative.");
        return {};
    case SimOperation::Tariff:
        if (p.packageMb < kMinPackageMb || p.packageMb > kMaxPackageMb ||
            (p.packageMb - kMinPackageMb) % kPackageStepMb != 0)
            return tr("The package size must be between %1 and %2 MB in steps of %3 MB.")
                .arg(kMinPackageMb)
                .arg(kMaxPackageMb)
                .arg(kPackageStepMb);
        return {};
    case SimOperation::Group:
        for (const QString& name : p.newGroupNames) {
            if (name.trimmed().isEmpty())
                return tr("A new group name cannot be empty.");
        }
        return {};
    case SimOperation::ServiceBlock:
    case SimOperation::ServiceUnblock:
        if (!isService(p.service))
            return tr("Choose the service: internet, SMS or calls.");
        return {};
    case SimOperation::TariffFromDate:
        if (p.packetId <= 0)
            return tr("Choose a tariff.");
        if (!p.tariffDate.isValid())
            return tr("Enter the date the new tariff starts.");
        return {};
    case SimOperation::InfoSms:
        if (!isInfoSmsTopic(p.infoSmsType))
            return tr("Choose what the SMS is about: calls or internet.");
        return {};
    default:
        return {};
    }
}

bool SimOperations::isService(const QString& type) {
    return type == QLatin1String("internet") || type == QLatin1String("sms") ||
           type == QLatin1String("call");
}

bool SimOperations::isInfoSmsTopic(const QString& type) {
    return type == QLatin1String("call") || type == QLatin1String("internet");
}

QJsonObject SimOperations::paramsJson(SimOperation op, const SimOperationParams& p) {
    QJsonObject body;
    QJsonObject params;
    switch (op) {
    case SimOperation::Sms:
        params.insert(QStringLiteral("text"), p.smsText);
        break;
    case SimOperation::Limit:
        params.insert(QStringLiteral("type"), limitTypeCode(p.limitType));
        params.insert(QStringLiteral("value"), p.limitType == LimitType::Off ? 0 : p.limitMb);
        break;
    case SimOperation::Tariff:
        params.insert(QStringLiteral("value"), p.packageMb * 1024);
        params.insert(QStringLiteral("auto_package"), p.autoPackage);
        if (p.worldRoaming)
            params.insert(QStringLiteral("all_world"), *p.worldRoaming);
        break;
    case SimOperation::Group: {
        QJsonArray ids;
        for (qint64 id : p.groupIds)
            ids.append(id);
        QJsonArray names;
        for (const QString& name : p.newGroupNames)
            names.append(name.trimmed());
        body.insert(QStringLiteral("group"), ids);
        body.insert(QStringLiteral("new_group"), names);
        break;
    }
    default:
        break;
    }
    if (!params.isEmpty())
        body.insert(QStringLiteral("params"), params);
    return body;
}

QString SimOperations::skipReason(SimOperation op, const Sim& sim) {
    if (tdOnly(op) && sim.profile != SimProfile::TD)
        return tr("only for TD-profile SIMs");
    if (op == SimOperation::Limit && sim.profile != SimProfile::TC)
        return tr("only for TC-profile SIMs");
    if (op == SimOperation::Unblock) {
        if (sim.block == BlockCode::Msu)
            return tr("blocked by MSU limit, which cannot be undone");
        if (sim.block == BlockCode::None)
            return tr("already active");
    }
    if (op == SimOperation::Block && sim.block != BlockCode::None)
        return tr("already blocked");
    if (op == SimOperation::FinanceBlock && financeBlocked(sim))
        return tr("already financially blocked");
    if (op == SimOperation::FinanceUnblock && !financeBlocked(sim))
        return tr("not financially blocked");
    return {};
}

} // namespace simfleet
