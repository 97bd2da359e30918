#include "models/home/LatestBill.h"

#include "api/AccountService.h"
#include "api/ApiClient.h"
#include "api/PagedFetch.h"
#include "api/ProviderTime.h"
#include "models/home/MoneyText.h"

namespace simfleet {

LatestBill::LatestBill(ApiClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_zone(ProviderTime::defaultZone()) {}

LatestBill::~LatestBill() {
    if (m_fetch)
        m_fetch->cancel();
}

std::optional<Bill> LatestBill::newest(const QVector<Bill>& bills) {
    std::optional<Bill> best;
    for (const Bill& bill : bills) {
        const qint64 issued = bill.added ? bill.added->toSecsSinceEpoch() : 0;
        const qint64 bestIssued = best && best->added ? best->added->toSecsSinceEpoch() : 0;
        if (!best || issued > bestIssued || (issued == bestIssued && bill.id > best->id))
            best = bill;
    }
    return best;
}

void LatestBill::reload() {
    if (!m_client || m_load.loading)
        return;
    const quint64 generation = ++m_generation;
    m_load.loading = true;
    m_fetch = BillService(m_client).fetchAll(
        this, [this, generation](const Result<ListPage<Bill>>& result) {
            if (generation != m_generation)
                return;
            m_load.loading = false;
            m_load.error = result.error;
            if (result.ok()) {
                m_bill = newest(result.value.items);
                m_load.loaded = true;
                m_load.loadedAt = QDateTime::currentDateTime();
            }
            emit changed();
        });
    emit changed();
}

void LatestBill::clear() {
    ++m_generation;
    if (m_fetch)
        m_fetch->cancel();
    m_fetch.clear();
    m_bill.reset();
    m_load = CardLoad();
    emit changed();
}

QString LatestBill::amountText() const {
    if (!m_bill)
        return QString();
    if (m_bill->currency.trimmed().isEmpty())
        return MoneyText::format(m_bill->costEur, QStringLiteral("€"));
    return MoneyText::format(m_bill->localCost, m_bill->currency.trimmed());
}

QString LatestBill::periodText() const {
    return m_bill ? m_bill->periodText(m_zone) : QString();
}

} // namespace simfleet
