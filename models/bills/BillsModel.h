#pragma once

#include "api/ApiError.h"
#include "api/Bill.h"
#include "models/common/ColumnTableModel.h"

#include <QDateTime>
#include <QPointer>
#include <QTimeZone>

namespace simfleet {

class ApiClient;
class PagedFetch;

// The account's bills (bill/list, every page), newest first: bill number,
// period, issue date, payment (a date or "Unpaid"), the amount in euros, the
// amount in the bill's currency and its exchange rate, the country. Dates and
// periods are the provider's calendar days (setProviderZone()). Unpaid bills
// are highlighted (bold, a tinted row, the word "Unpaid"), not by colour alone.
// Reading changes nothing on the server: read-only sessions see every bill.
class BillsModel final : public ColumnTableModel<Bill> {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BillsModel)

public:
    enum Column {
        Number,
        Period,
        Issued,
        Paid,
        AmountEur,
        AmountLocal,
        ExchangeRate,
        Country,
        ColumnCount
    };
    enum ItemRole { IdRole = FirstCustomRole, UnpaidRole };

    // One bar of the amount-per-period chart.
    struct PeriodAmount {
        QString period; // "03.2026"
        double amountEur = 0;
        bool unpaid = false; // some bill of the period is unpaid
    };

    explicit BillsModel(ApiClient* client, QObject* parent = nullptr);
    ~BillsModel() override;

    // Reads every bill again; ignored while a read runs.
    void reload();
    // Sign-out: stops the read and empties the model.
    void clear();
    bool isLoading() const;
    bool isLoaded() const { return m_loaded; }
    const ApiError& error() const { return m_error; }
    // The last read failed for want of a connection while rows are shown.
    bool isOffline() const;
    QDateTime loadedAt() const { return m_loadedAt; }

    void setProviderZone(const QTimeZone& zone);
    const QTimeZone& providerZone() const { return m_zone; }

    const Bill* billById(qint64 id) const;
    // The bills ordered newest first (issue date, then id), as the model lists them.
    static QVector<Bill> newestFirst(QVector<Bill> bills);
    // The amounts of the `count` newest bills summed per period, oldest first.
    QVector<PeriodAmount> amountsByPeriod(int count = 24) const;

    // "245 000,00 KZT" (or euros when the bill names no currency).
    static QString localAmountText(const Bill& bill);
    // "490.12 KZT per €"; empty when the bill has no rate.
    static QString exchangeRateText(const Bill& bill);

signals:
    void loadingChanged(bool loading);
    void loadFinished(const ApiError& error);

private:
    QVector<TableColumn<Bill>> columns();

    QPointer<ApiClient> m_client;
    QPointer<PagedFetch> m_fetch;
    ApiError m_error;
    QDateTime m_loadedAt;
    QTimeZone m_zone;
    bool m_loaded = false;
    quint64 m_generation = 0;
};

} // namespace simfleet
