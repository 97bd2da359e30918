#pragma once

#include "api/ApiError.h"
#include "api/v2/V2Answers.h"

#include <QObject>
#include <QPointer>
#include <QVector>

namespace simfleet {

class ApiClient;
class ApiCall;

// The second operator's tariffs ("packets") and their top-up packets, read
// once per account: what the tariff and top-up dialogs offer and what names a
// SIM's packet number.
class TariffCatalog final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TariffCatalog)

public:
    explicit TariffCatalog(ApiClient* client, QObject* parent = nullptr);

    void reload();
    void clear();
    bool isLoading() const { return !m_call.isNull(); }
    bool isLoaded() const { return m_loaded; }
    const QVector<V2Packet>& packets() const { return m_packets; }
    // "IoT 1 GB — 1,024 MB, price 250.00": what a tariff is called in lists.
    static QString describe(const V2Packet& packet);
    // nullptr when unknown.
    const V2Packet* packet(qint64 id) const;
    // The last read's failure; none after a successful one.
    const ApiError& error() const { return m_error; }

signals:
    void changed();

private:
    ApiClient* m_client;
    QPointer<ApiCall> m_call;
    QVector<V2Packet> m_packets;
    ApiError m_error;
    bool m_loaded = false;
};

} // namespace simfleet
