#include "api/SimOperation.h"

#include <QJsonArray>

namespace simfleet {

namespace {

struct OperationInfo {
    SimOperation op;
    const char* name;
};

constexpr OperationInfo kOperations[] = {
    {SimOperation::Block, "block"},         {SimOperation::Unblock, "unblock"},
    {SimOperation::Reconnect, "reconnect"}, {SimOperation::Disconnect, "disconnect"},
    {SimOperation::Ping, "ping"},           {SimOperation::Sms, "sms"},
    {SimOperation::Limit, "limit"},         {SimOperation::Tariff, "tariff"},
    {SimOperation::Repackage, "repackage"}, {SimOperation::Group, "group"},
};

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
    default:
        return {};
    }
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
    return {};
}

} // namespace simfleet
