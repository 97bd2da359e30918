#include "models/fleet/TariffCatalog.h"

#include "api/v2/V2Service.h"

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

const V2Packet* TariffCatalog::packet(qint64 id) const {
    for (const V2Packet& packet : m_packets) {
        if (packet.id == id)
            return &packet;
    }
    return nullptr;
}

} // namespace simfleet
