#include "app/cli/Format.h"

#include "api/JsonRead.h"

#include <QStringList>

namespace simfleet {

QString Format::dateTime(const std::optional<QDateTime>& time) {
    return time ? time->toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QString Format::day(const QDate& day) {
    return day.isValid() ? day.toString(Qt::ISODate) : QString();
}

QString Format::money(double amount, const QString& currency) {
    const QString text = QString::number(amount, 'f', 2);
    return currency.isEmpty() ? text : text + QLatin1Char(' ') + currency;
}

QString Format::number(double value) {
    QString text = QString::number(value, 'f', 4);
    while (text.contains(QLatin1Char('.')) &&
           (text.endsWith(QLatin1Char('0')) || text.endsWith(QLatin1Char('.'))))
        text.chop(1);
    return text;
}

QString Format::bytes(qint64 bytes) {
    constexpr double kKilo = 1024.0;
    const double value = double(bytes);
    if (value < kKilo)
        return tr("%1 B", "bytes").arg(bytes);
    if (value < kKilo * kKilo)
        return tr("%1 KB").arg(value / kKilo, 0, 'f', 1);
    if (value < kKilo * kKilo * kKilo)
        return tr("%1 MB").arg(value / (kKilo * kKilo), 0, 'f', 1);
    return tr("%1 GB").arg(value / (kKilo * kKilo * kKilo), 0, 'f', 2);
}

QString Format::yesNo(bool value) {
    return value ? tr("yes") : tr("no");
}

QString Format::blockStatus(const Sim& sim) {
    switch (sim.block) {
    case BlockCode::None:
        return tr("Active", "SIM status");
    case BlockCode::User:
        return tr("Blocked by user");
    case BlockCode::Msu:
        return tr("Blocked: MSU limit (irreversible)");
    case BlockCode::Package:
        return tr("Blocked: package used up");
    case BlockCode::Financial:
        return tr("Blocked: financial");
    case BlockCode::Operator:
        return tr("Blocked by operator");
    case BlockCode::Unknown:
        break;
    }
    return tr("Unknown block code \"%1\"").arg(sim.blockRaw);
}

QString Format::limit(const SimLimit& limit) {
    const QString value = limit.valueMb ? tr("%1 MB").arg(*limit.valueMb) : QString();
    switch (limit.type) {
    case LimitType::Off:
        return tr("none", "data limit");
    case LimitType::Month:
        return value.isEmpty() ? tr("per calendar month") : tr("%1 per calendar month").arg(value);
    case LimitType::PackageNoRenew:
        return value.isEmpty() ? tr("package, no auto-renew")
                               : tr("package %1, no auto-renew").arg(value);
    case LimitType::PackageAutoRenew:
        return value.isEmpty() ? tr("package, auto-renew")
                               : tr("package %1, auto-renew").arg(value);
    case LimitType::Unknown:
        break;
    }
    return limit.typeRaw;
}

QString Format::groups(const QVector<GroupRef>& groups) {
    QStringList names;
    for (const GroupRef& group : groups)
        names.append(group.name);
    return names.join(QStringLiteral(", "));
}

QJsonValue Format::unixTime(const std::optional<QDateTime>& time) {
    return JsonRead::fromUnixTime(time);
}

QString Format::terminalText(const QString& text) {
    QString clean;
    clean.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool control = u < 0x20 || (u >= 0x7f && u <= 0x9f);
        // Bidirectional marks, embeddings, overrides and isolates can make a
        // terminal show text in another order than it has ("Trojan Source").
        const bool bidi = u == 0x061c || u == 0x200e || u == 0x200f ||
                          (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069);
        if (bidi)
            continue;
        if (!control || u == u'\n' || u == u'\t')
            clean.append(c);
    }
    return clean;
}

} // namespace simfleet
