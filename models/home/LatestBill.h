#pragma once

#include "api/Bill.h"
#include "models/home/CardLoad.h"

#include <QObject>
#include <QPointer>
#include <QTimeZone>

#include <optional>

namespace simfleet {

class ApiClient;
class PagedFetch;

// The account's newest bill for the Home page. The API does not promise an
// order for bill/list, so every page is read (a bill a month: a short list)
// and the bill issued last is kept (the highest id among equal dates).
class LatestBill final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LatestBill)

public:
    explicit LatestBill(ApiClient* client, QObject* parent = nullptr);
    ~LatestBill() override;

    // Reads bill/list; ignored while a read runs.
    void reload();
    // Sign-out: stops a read and forgets the bill.
    void clear();

    // None when the account has no bills (or nothing was read yet: load()).
    const std::optional<Bill>& bill() const { return m_bill; }
    const CardLoad& load() const { return m_load; }

    // The provider's calendar, in which the period and dates are read.
    void setProviderZone(const QTimeZone& zone) { m_zone = zone; }
    const QTimeZone& providerZone() const { return m_zone; }
    // The amount billed in the bill's currency (`valute_cost`), in the
    // interface language's format; in euros when no local currency is given.
    QString amountText() const;
    // "03.2026", see Bill::periodText().
    QString periodText() const;

    // The bill issued last among `bills`; none when empty.
    static std::optional<Bill> newest(const QVector<Bill>& bills);

signals:
    // The bill, or where its reading stands, changed.
    void changed();

private:
    QPointer<ApiClient> m_client;
    QPointer<PagedFetch> m_fetch;
    std::optional<Bill> m_bill;
    CardLoad m_load;
    QTimeZone m_zone;
    quint64 m_generation = 0; // answers of a read cleared since are ignored
};

} // namespace simfleet
