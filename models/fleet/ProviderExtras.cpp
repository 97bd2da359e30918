#include "models/fleet/ProviderExtras.h"

#include "api/JsonRead.h"
#include "models/fleet/SimText.h"
#include "models/fleet/TariffCatalog.h"

#include <QDate>
#include <QJsonDocument>
#include <QLocale>
#include <QSet>

#include <optional>

namespace simfleet {

namespace {

// Shown elsewhere in the pane: the status (with the financial block) and the tariff.
const QSet<QString>& shownElsewhere() {
    static const QSet<QString> keys = {QStringLiteral("status"), QStringLiteral("packet_id"),
                                       QStringLiteral("packet"), QStringLiteral("tariff")};
    return keys;
}

QString plainValue(const QJsonValue& value) {
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QStringLiteral("—");
    case QJsonValue::Bool:
        return SimText::yesNo(value.toBool());
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    default: {
        const QString text = JsonRead::toString(value);
        return text.trimmed().isEmpty() ? QStringLiteral("—") : text;
    }
    }
}

QString tariffName(qint64 id, const TariffCatalog* tariffs) {
    const V2Packet* packet = tariffs ? tariffs->packet(id) : nullptr;
    return packet && !packet->name.isEmpty()
               ? packet->name
               : ProviderExtras::tr("tariff %1", "a tariff known only by its number").arg(id);
}

QString topUpName(qint64 id, const TariffCatalog* tariffs) {
    if (tariffs) {
        for (const V2Packet& packet : tariffs->packets()) {
            for (const V2SmallPacket& small : packet.smallPackets) {
                if (small.id == id && !small.name.isEmpty())
                    return small.name;
            }
        }
    }
    return ProviderExtras::tr("top-up %1", "a top-up known only by its number").arg(id);
}

} // namespace

QVector<ProviderExtras::Line> ProviderExtras::lines(const QJsonObject& extras,
                                                    const TariffCatalog* tariffs) {
    QVector<Line> lines;
    QSet<QString> used = shownElsewhere();
    const QLocale locale;
    const auto take = [&extras, &used](const char* key) {
        const QString name = QString::fromLatin1(key);
        used.insert(name);
        return extras.value(name);
    };
    const auto has = [&extras](const char* key) {
        return extras.contains(QString::fromLatin1(key));
    };

    if (has("imsi"))
        lines.append({QStringLiteral("imsi"), tr("IMSI"), plainValue(take("imsi")), true});
    if (has("services") && extras.value(QStringLiteral("services")).isObject()) {
        const QJsonObject services = take("services").toObject();
        QStringList states;
        const struct {
            const char* key;
            QString name;
        } known[] = {{"internet", tr("Internet", "service")},
                     {"sms", tr("SMS", "service")},
                     {"call", tr("Calls", "service")}};
        QSet<QString> listed;
        for (const auto& service : known) {
            const QString key = QString::fromLatin1(service.key);
            listed.insert(key);
            if (!services.contains(key))
                continue;
            const std::optional<bool> allowed = JsonRead::toBool(services.value(key));
            states.append(tr("%1: %2", "service: allowed or blocked")
                              .arg(service.name, !allowed   ? tr("unknown", "service state")
                                                 : *allowed ? tr("allowed", "service state")
                                                            : tr("blocked", "service state")));
        }
        for (auto it = services.begin(); it != services.end(); ++it) {
            if (!listed.contains(it.key()))
                states.append(QStringLiteral("%1: %2").arg(it.key(), plainValue(it.value())));
        }
        lines.append({QStringLiteral("services"), tr("Services"),
                      states.isEmpty() ? QStringLiteral("—") : states.join(QLatin1Char('\n'))});
    }
    if (has("finance_blocked")) {
        const std::optional<bool> blocked = JsonRead::toBool(take("finance_blocked"));
        lines.append({QStringLiteral("finance_blocked"), tr("Financial block"),
                      !blocked   ? QStringLiteral("—")
                      : *blocked ? tr("Yes: the SIM is stopped until the block is lifted")
                                 : tr("No", "financial block")});
    }
    if (has("inn"))
        lines.append({QStringLiteral("inn"), tr("Company INN"), plainValue(take("inn")), true});
    if (has("call_forwarding")) {
        const std::optional<bool> allowed = JsonRead::toBool(take("call_forwarding"));
        lines.append({QStringLiteral("call_forwarding"), tr("Call forwarding"),
                      !allowed   ? QStringLiteral("—")
                      : *allowed ? tr("Allowed", "call forwarding")
                                 : tr("Not allowed", "call forwarding")});
    }
    if (has("packet_next_id") || has("packet_next_date")) {
        const std::optional<qint64> next = JsonRead::toInt(take("packet_next_id"));
        const QDate date =
            QDate::fromString(JsonRead::toString(take("packet_next_date")).trimmed(), Qt::ISODate);
        QString value = tr("None", "scheduled tariff");
        if (next && *next > 0)
            value = date.isValid() ? tr("%1 from %2", "tariff from a date")
                                         .arg(tariffName(*next, tariffs), SimText::shortDate(date))
                                   : tariffName(*next, tariffs);
        lines.append({QStringLiteral("packet_next_id"), tr("Scheduled tariff"), value});
    }
    if (has("small_packets_added") || has("last_small_packet_id")) {
        const qint64 added = JsonRead::toInt(take("small_packets_added")).value_or(0);
        const std::optional<qint64> last = JsonRead::toInt(take("last_small_packet_id"));
        QString value = locale.toString(added);
        if (last && *last > 0)
            value = tr("%1 (last: %2)", "top-ups added (the last one)")
                        .arg(value, topUpName(*last, tariffs));
        lines.append({QStringLiteral("small_packets_added"), tr("Top-ups added"), value});
    }
    if (has("info_sms_sent") || has("last_info_sms")) {
        const qint64 sent = JsonRead::toInt(take("info_sms_sent")).value_or(0);
        const QString last = JsonRead::toString(take("last_info_sms")).trimmed();
        QString value = locale.toString(sent);
        if (last == QLatin1String("call"))
            value = tr("%1 (the last about calls)", "informational SMS sent").arg(value);
        else if (last == QLatin1String("internet"))
            value =
                tr("%1 (the last about the internet packet)", "informational SMS sent").arg(value);
        else if (!last.isEmpty())
            value = tr("%1 (the last: %2)", "informational SMS sent").arg(value, last);
        lines.append({QStringLiteral("info_sms_sent"), tr("Informational SMS sent"), value});
    }
    // What SimFleet does not know, as the provider sent it, in a stable order.
    QStringList others;
    for (auto it = extras.begin(); it != extras.end(); ++it) {
        if (!used.contains(it.key()))
            others.append(it.key());
    }
    others.sort();
    for (const QString& key : std::as_const(others))
        lines.append({key, key, plainValue(extras.value(key))});
    return lines;
}

} // namespace simfleet
