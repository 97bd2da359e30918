#include "models/fleet/SimText.h"

#include <QLocale>
#include <QRegularExpression>
#include <QStringList>

#include <cmath>

namespace simfleet {

QString SimText::status(BlockCode block, const QString& rawCode) {
    switch (block) {
    case BlockCode::None:
        return tr("Active", "SIM status");
    case BlockCode::User:
        return tr("Blocked by user", "SIM status");
    case BlockCode::Msu:
        return tr("Blocked: MSU limit (irreversible)", "SIM status");
    case BlockCode::Package:
        return tr("Blocked: package used up", "SIM status");
    case BlockCode::Financial:
        return tr("Blocked: financial", "SIM status");
    case BlockCode::Operator:
        return tr("Blocked by operator", "SIM status");
    case BlockCode::Unknown:
        break;
    }
    return rawCode.trimmed().isEmpty() ? tr("Unknown", "SIM status") : rawCode.trimmed();
}

QString SimText::statusBlockedAny() {
    return tr("Blocked (any)", "SIM status filter");
}

QString SimText::statusNotMsu() {
    return tr("Not blocked by MSU", "SIM status filter");
}

QString SimText::statusMeaning(BlockCode block, const QString& rawCode) {
    switch (block) {
    case BlockCode::None:
        return tr("Active: the SIM is not blocked and can use the network.");
    case BlockCode::User:
        return tr("Blocked by user: your company blocked this SIM. An administrator can "
                  "unblock it.");
    case BlockCode::Msu:
        return tr("Blocked: MSU limit (irreversible): the SIM used up its MSU allowance. "
                  "This block cannot be lifted.");
    case BlockCode::Package:
        return tr("Blocked: package used up: the data package is exhausted. Re-add the package "
                  "or wait for its renewal.");
    case BlockCode::Financial:
        return tr("Blocked: financial: the SIM is blocked for a financial reason, such as unpaid "
                  "bills. The block is lifted once that is settled, or where the provider allows "
                  "it, by lifting the financial block.");
    case BlockCode::Operator:
        return tr("Blocked by operator: NovaConnect blocked this SIM. Contact NovaConnect "
                  "support.");
    case BlockCode::Unknown:
        break;
    }
    return tr("Unknown status code \"%1\": SimFleet does not know it and treats the SIM as "
              "blocked.")
        .arg(rawCode.trimmed());
}

QString SimText::statusIconPath(BlockCode block) {
    switch (block) {
    case BlockCode::None:
        return QStringLiteral(":/icons/status-active.svg");
    case BlockCode::Package:
        return QStringLiteral(":/icons/warning.svg");
    case BlockCode::Msu:
        return QStringLiteral(":/icons/status-irreversible.svg");
    case BlockCode::User:
    case BlockCode::Financial:
    case BlockCode::Operator:
        return QStringLiteral(":/icons/status-blocked.svg");
    case BlockCode::Unknown:
        break;
    }
    return QStringLiteral(":/icons/status-unknown.svg");
}

QVector<BlockCode> SimText::knownBlockCodes() {
    return {BlockCode::User,      BlockCode::Msu,      BlockCode::Package,
            BlockCode::Financial, BlockCode::Operator, BlockCode::Unknown};
}

int SimText::statusRank(BlockCode block) {
    switch (block) {
    case BlockCode::None:
        return 0;
    case BlockCode::Package:
        return 1;
    case BlockCode::User:
        return 2;
    case BlockCode::Financial:
        return 3;
    case BlockCode::Operator:
        return 4;
    case BlockCode::Msu:
        return 5;
    case BlockCode::Unknown:
        break;
    }
    return 6;
}

QString SimText::profile(SimProfile profile, const QString& rawCode) {
    const QString code = simProfileCode(profile);
    return code.isNull() ? rawCode.trimmed() : code;
}

QString SimText::profileMeaning(SimProfile profile) {
    switch (profile) {
    case SimProfile::TD:
        return tr("TD: package tariffs (ping, SMS and packages are available).");
    case SimProfile::TC:
        return tr("TC: MSU, balance and monthly data limits.");
    case SimProfile::Unknown:
        break;
    }
    return tr("Unknown profile.");
}

QString SimText::megabytes(double mb) {
    const QLocale locale;
    if (mb < 1.0)
        return tr("%1 KB").arg(locale.toString(qRound64(mb * 1024.0)));
    if (mb < 1024.0)
        return tr("%1 MB").arg(
            locale.toString(mb, 'f', mb < 100.0 && mb != std::trunc(mb) ? 1 : 0));
    const double gb = mb / 1024.0;
    return tr("%1 GB").arg(locale.toString(gb, 'f', gb < 100.0 ? 1 : 0));
}

QString SimText::limit(const SimLimit& limit) {
    if (limit.type == LimitType::Off || !limit.valueMb)
        return {};
    return tr("%1 / %2", "data used / data limit")
        .arg(megabytes(limit.usedMb.value_or(0.0)), megabytes(double(*limit.valueMb)));
}

QString SimText::limitMeaning(const SimLimit& limit) {
    QString kind;
    switch (limit.type) {
    case LimitType::Off:
        return tr("No data limit is set.");
    case LimitType::Month:
        kind = tr("Data limit per calendar month");
        break;
    case LimitType::PackageNoRenew:
        kind = tr("Package, no auto-renew");
        break;
    case LimitType::PackageAutoRenew:
        kind = tr("Package, auto-renew");
        break;
    case LimitType::Unknown:
        kind = tr("Limit type \"%1\"").arg(limit.typeRaw);
        break;
    }
    QStringList lines{kind};
    if (limit.valueMb)
        lines << tr("Limit: %1").arg(megabytes(double(*limit.valueMb)));
    if (limit.usedMb)
        lines << tr("Used: %1").arg(megabytes(*limit.usedMb));
    if (limit.updated)
        lines << tr("Updated: %1").arg(longDateTime(*limit.updated));
    return lines.join(QLatin1Char('\n'));
}

QString SimText::limitTypeName(LimitType type, const QString& rawCode) {
    switch (type) {
    case LimitType::Off:
        return tr("No limit", "data limit type");
    case LimitType::Month:
        return tr("Calendar month", "data limit type");
    case LimitType::PackageNoRenew:
        return tr("Package, no auto-renew", "data limit type");
    case LimitType::PackageAutoRenew:
        return tr("Package, auto-renew", "data limit type");
    case LimitType::Unknown:
        break;
    }
    return rawCode.trimmed().isEmpty() ? tr("Unknown", "data limit type") : rawCode.trimmed();
}

QString SimText::limitSummary(const SimLimit& limit) {
    QString kind;
    switch (limit.type) {
    case LimitType::Off:
        return {};
    case LimitType::Month:
        kind = tr("Month", "data limit type, short");
        break;
    case LimitType::PackageNoRenew:
    case LimitType::PackageAutoRenew:
        kind = tr("Package", "data limit type, short");
        break;
    case LimitType::Unknown:
        kind = limitTypeName(limit.type, limit.typeRaw);
        break;
    }
    const QString amounts = SimText::limit(limit);
    return amounts.isEmpty() ? kind : kind + QStringLiteral(" · ") + amounts;
}

double SimText::limitUsage(const SimLimit& limit) {
    if (limit.type == LimitType::Off || !limit.valueMb || *limit.valueMb <= 0)
        return -1.0;
    return limit.usedMb.value_or(0.0) / double(*limit.valueMb);
}

QString SimText::money(double amount, const QString& currency) {
    const QString number = QLocale().toString(amount, 'f', 2);
    return currency.isEmpty() ? number : number + QChar::Nbsp + currency;
}

QString SimText::groups(const QVector<GroupRef>& groups) {
    QStringList names;
    names.reserve(groups.size());
    for (const GroupRef& group : groups)
        names.append(group.name);
    return names.join(QStringLiteral(", "));
}

QString SimText::tariffMeaning(const SimTariff& tariff) {
    QStringList lines{tr("Tariff plan: %1").arg(tariff.name)};
    if (tariff.packageAuto)
        lines << tr("Package renews automatically");
    if (tariff.changeLock)
        lines << tr("Tariff change locked until %1").arg(longDateTime(*tariff.changeLock));
    return lines.join(QLatin1Char('\n'));
}

QString SimText::yesNo(bool value) {
    return value ? tr("Yes") : tr("No");
}

namespace {

// The locale's short format with the year in four digits: English "12/3/26"
// reads as three small numbers, "12/3/2026" does not. Russian's dd.MM.yyyy stays.
QString withFourDigitYear(QString format) {
    static const QRegularExpression twoDigitYear(QStringLiteral("(?<!y)yy(?!y)"));
    return format.replace(twoDigitYear, QStringLiteral("yyyy"));
}

} // namespace

QString SimText::shortDate(const QDateTime& time) {
    const QLocale locale;
    return locale.toString(time.toLocalTime().date(),
                           withFourDigitYear(locale.dateFormat(QLocale::ShortFormat)));
}

QString SimText::shortDate(const QDate& date) {
    return QLocale().toString(date, shortDateFormat());
}

QString SimText::shortDateFormat() {
    return withFourDigitYear(QLocale().dateFormat(QLocale::ShortFormat));
}

QString SimText::shortDateTime(const QDateTime& time) {
    const QLocale locale;
    return locale.toString(time.toLocalTime(),
                           withFourDigitYear(locale.dateTimeFormat(QLocale::ShortFormat)));
}

QString SimText::longDateTime(const QDateTime& time) {
    return QLocale().toString(time.toLocalTime(), QLocale::LongFormat);
}

} // namespace simfleet
