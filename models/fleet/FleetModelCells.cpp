#include "models/fleet/FleetModel.h"

#include "models/fleet/SimText.h"

#include <QLocale>

// FleetModel's cells and headers: what each column shows, sorts by and
// explains for one SIM.

namespace simfleet {

bool FleetModel::isNumericColumn(int column) {
    return column == Balance || column == Msu || column == Limit;
}

QVariant FleetModel::limitRole(const Sim& sim, int role) const {
    const SimLimit& limit = sim.limit;
    switch (role) {
    case LimitTypeRole:
        return int(limit.type);
    case LimitUsedRole:
        return limit.usedMb ? QVariant(*limit.usedMb) : QVariant();
    case LimitValueRole:
        return limit.valueMb ? QVariant(*limit.valueMb) : QVariant();
    default:
        return {};
    }
}

QVariant FleetModel::displayText(const Sim& sim, Column column) const {
    switch (column) {
    case Iccid:
        return sim.iccid;
    case Number:
        return sim.number;
    case ExternalNumber:
        return sim.externalNumber;
    case Name:
        return sim.name;
    case Profile:
        return SimText::profile(sim.profile, sim.profileRaw);
    case Status:
        return SimText::status(sim.block, sim.blockRaw);
    case Balance:
        // The balance is kept per SIM for TC only; TD always reports 0.
        if (sim.profile == SimProfile::TD)
            return QString();
        return SimText::money(sim.balance, sim.currency);
    case Msu:
        if (sim.profile == SimProfile::TD || !sim.msuValue)
            return QString();
        return QLocale().toString(*sim.msuValue);
    case Limit:
        return SimText::limitSummary(sim.limit);
    case Tariff:
        return sim.tariff.name;
    case PackageAutoRenew:
        return SimText::yesNo(sim.tariff.packageAuto);
    case TariffChangeLock:
        return sim.tariff.changeLock ? SimText::shortDate(*sim.tariff.changeLock) : QString();
    case Groups:
        return SimText::groups(sim.groups);
    case Comment:
        return sim.comment;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant FleetModel::rawValue(const Sim& sim, Column column) const {
    switch (column) {
    case Iccid:
        return sim.iccid;
    case Number:
        return sim.number;
    case ExternalNumber:
        return sim.externalNumber;
    case Name:
        return sim.name.toLower();
    case Profile:
        return SimText::profile(sim.profile, sim.profileRaw);
    case Status:
        return SimText::statusRank(sim.block);
    case Balance:
        // Shown empty for TD (see the display text): sorts last like every empty value.
        return sim.profile == SimProfile::TD ? QVariant() : QVariant(sim.balance);
    case Msu:
        return sim.msuValue && sim.profile != SimProfile::TD ? QVariant(*sim.msuValue) : QVariant();
    case Limit: {
        // No limit: an empty cell, which sorts last like every empty value.
        const double usage = SimText::limitUsage(sim.limit);
        return usage < 0 ? QVariant() : QVariant(usage);
    }
    case Tariff:
        return sim.tariff.name.toLower();
    case PackageAutoRenew:
        return sim.tariff.packageAuto ? 1 : 0;
    case TariffChangeLock:
        return sim.tariff.changeLock ? QVariant(sim.tariff.changeLock->toMSecsSinceEpoch())
                                     : QVariant();
    case Groups:
        return SimText::groups(sim.groups).toLower();
    case Comment:
        return sim.comment.toLower();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant FleetModel::toolTip(const Sim& sim, Column column) const {
    switch (column) {
    case Status:
        // The narrow column elides the status: the tooltip says it whole (an
        // unknown code's meaning names the code already).
        if (sim.block == BlockCode::Unknown)
            return SimText::statusMeaning(sim.block, sim.blockRaw);
        return SimText::status(sim.block, sim.blockRaw) + QLatin1Char('\n') +
               SimText::statusMeaning(sim.block, sim.blockRaw);
    case Profile:
        return SimText::profileMeaning(sim.profile);
    case Limit:
        return SimText::limitMeaning(sim.limit);
    case Tariff:
        return SimText::tariffMeaning(sim.tariff);
    case Balance:
        if (sim.profile == SimProfile::TD)
            return tr("TD SIMs have no balance of their own.");
        return {};
    case Msu:
        if (sim.profile == SimProfile::TD)
            return tr("TD SIMs have no MSU.");
        return {};
    case PackageAutoRenew:
        return sim.tariff.packageAuto ? tr("The data package renews automatically.")
                                      : tr("The data package does not renew automatically.");
    case TariffChangeLock:
        if (!sim.tariff.changeLock)
            return {};
        return tr("Tariff change locked until %1")
            .arg(SimText::longDateTime(*sim.tariff.changeLock));
    case Name:
    case Groups:
    case Comment: {
        const QString text = displayText(sim, column).toString();
        return text.isEmpty() ? QVariant() : QVariant(text);
    }
    default:
        return {};
    }
}

QIcon FleetModel::statusIcon(BlockCode block) const {
    auto it = m_statusIcons.find(int(block));
    if (it == m_statusIcons.end())
        it = m_statusIcons.insert(int(block), QIcon(SimText::statusIconPath(block)));
    return *it;
}

QVariant FleetModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole) {
        if (isNumericColumn(section))
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    }
    const bool tip = role == Qt::ToolTipRole;
    if (role != Qt::DisplayRole && !tip)
        return {};
    switch (Column(section)) {
    case Iccid:
        return tip ? tr("ICCID: the serial number printed on the SIM card") : tr("ICCID");
    case Number:
        return tip ? tr("Phone number of the SIM (MSISDN)") : tr("Number", "phone number");
    case ExternalNumber:
        return tip ? tr("External number: the number the SIM is reachable at from outside")
                   : tr("Ext. number", "external phone number, short");
    case Name:
        return tip ? tr("Name your company gave the SIM") : tr("Name");
    case Profile:
        return tip ? tr("Profile: TD (package tariffs) or TC (MSU, balance, monthly limits)")
                   : tr("Profile");
    case Status:
        return tip ? tr("Block status of the SIM") : tr("Status");
    case Balance:
        return tip ? tr("Balance of the SIM (TC profile only)") : tr("Balance");
    case Msu:
        return tip ? tr("MSU allowance of the SIM (TC profile only)") : tr("MSU");
    case Limit:
        return tip ? tr("Data limit type, and data used / data limit (TC: per calendar month; "
                        "TD: package size)")
                   : tr("Limit", "data limit");
    case Tariff:
        return tip ? tr("Tariff plan") : tr("Tariff");
    case PackageAutoRenew:
        return tip ? tr("Whether the data package renews automatically")
                   : tr("Auto-renew", "package auto-renew, short");
    case TariffChangeLock:
        return tip ? tr("Tariff change locked until this date") : tr("Tariff lock", "short");
    case Groups:
        return tip ? tr("Groups the SIM belongs to") : tr("Groups");
    case Comment:
        return tip ? tr("Comment: advice from NovaConnect about this SIM") : tr("Comment");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace simfleet
