#include "models/fleet/TariffCatalog.h"

#include "api/v2/V2Service.h"
#include "models/fleet/SimText.h"

#include <QLocale>

namespace simfleet {

TariffCatalog::TariffCatalog(ApiClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client) {}

void TariffCatalog::reload() {
    if (m_call)
        m_call->cancel();
    m_call = V2Service(m_client).packets(this, [this](const Result<QVector<V2Packet>>& result) {
        m_call.clear();
        if (result.error.kind == ApiError::Kind::Cancelled)
            return;
        m_error = result.error;
        if (result.ok()) {
            m_packets = result.value;
            m_loaded = true;
        }
        emit changed();
    });
}

void TariffCatalog::clear() {
    if (m_call)
        m_call->cancel();
    m_packets.clear();
    m_error = {};
    m_loaded = false;
    emit changed();
}

QString TariffCatalog::describe(const V2Packet& packet) {
    const QLocale locale;
    QStringList parts;
    if (packet.internetMb)
        parts.append(tr("%1 MB").arg(locale.toString(*packet.internetMb)));
    if (packet.price)
        parts.append(tr("price %1").arg(SimText::money(*packet.price, QString())));
    const QString name = packet.name.isEmpty() ? tr("Tariff %1").arg(packet.id) : packet.name;
    return parts.isEmpty() ? name
                           : tr("%1 — %2", "tariff name — its MB and price")
                                 .arg(name, parts.join(QStringLiteral(", ")));
}

const V2Packet* TariffCatalog::packet(qint64 id) const {
    for (const V2Packet& packet : m_packets) {
        if (packet.id == id)
            return &packet;
    }
    return nullptr;
}

} // namespace simfleet
