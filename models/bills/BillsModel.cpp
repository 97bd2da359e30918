#include "models/bills/BillsModel.h"

#include "api/AccountService.h"
#include "api/ApiClient.h"
#include "api/PagedFetch.h"
#include "api/ProviderTime.h"
#include "models/home/MoneyText.h"

#include <QColor>
#include <QFont>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace simfleet {

namespace {

QString dateText(const QDate& date) {
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QStringLiteral("—");
}

// "MM.YYYY" as YYYYMM so that periods sort by time; 0 when not of that form.
int periodKey(const QString& text) {
    const QStringList parts = text.split(u'.');
    if (parts.size() != 2)
        return 0;
    bool okMonth = false, okYear = false;
    const int month = parts.at(0).toInt(&okMonth);
    const int year = parts.at(1).toInt(&okYear);
    return okMonth && okYear && month >= 1 && month <= 12 ? year * 100 + month : 0;
}

qint64 issuedSecs(const Bill& bill) {
    return bill.added ? bill.added->toSecsSinceEpoch() : 0;
}

} // namespace

BillsModel::BillsModel(ApiClient* client, QObject* parent)
    : ColumnTableModel<Bill>(parent)
    , m_client(client)
    , m_zone(ProviderTime::defaultZone()) {
    setColumns(columns());
    setRowKey([](const Bill& bill) { return bill.id; });
    setSameContent([](const Bill& a, const Bill& b) { return a == b; });
    setRowRole(IdRole, [](const Bill& bill) { return bill.id; });
    setRowRole(UnpaidRole, [](const Bill& bill) { return !bill.isPaid(); });
    // Unpaid rows stand out by weight and a tint besides the word.
    setRowRole(Qt::FontRole, [](const Bill& bill) -> QVariant {
        if (bill.isPaid())
            return {};
        QFont font;
        font.setBold(true);
        return font;
    });
    setRowRole(Qt::BackgroundRole, [](const Bill& bill) -> QVariant {
        return bill.isPaid() ? QVariant() : QVariant(QColor(0xff, 0xeb, 0xee));
    });
}

BillsModel::~BillsModel() {
    if (m_fetch)
        m_fetch->cancel();
}

QString BillsModel::localAmountText(const Bill& bill) {
    const QString currency = bill.currency.trimmed();
    if (currency.isEmpty())
        return MoneyText::format(bill.costEur, QStringLiteral("€"));
    return MoneyText::format(bill.localCost, currency);
}

QString BillsModel::exchangeRateText(const Bill& bill) {
    const QString currency = bill.currency.trimmed();
    if (bill.exchangeRate <= 0 || currency.isEmpty())
        return QString();
    return tr("%1 %2 per €", "exchange rate: amount, currency")
        .arg(QLocale().toString(bill.exchangeRate, 'f', 2), currency);
}

QVector<TableColumn<Bill>> BillsModel::columns() {
    QVector<TableColumn<Bill>> list{
        TableColumn<Bill>([] { return tr("Bill number"); },
                          [](const Bill& bill) {
                              return bill.billNumber.trimmed().isEmpty()
                                         ? QString::number(bill.id)
                                         : bill.billNumber.trimmed();
                          }),
        TableColumn<Bill>([] { return tr("Period"); },
                          [this](const Bill& bill) { return bill.periodText(m_zone); })
            .withRawValue([this](const Bill& bill) -> QVariant {
                const QString text = bill.periodText(m_zone);
                const int key = periodKey(text);
                return key > 0 ? QVariant(key) : QVariant(text);
            }),
        TableColumn<Bill>([] { return tr("Issued"); },
                          [this](const Bill& bill) { return dateText(bill.issuedOn(m_zone)); })
            .withRawValue([](const Bill& bill) { return issuedSecs(bill); }),
        TableColumn<Bill>([] { return tr("Paid on"); },
                          [this](const Bill& bill) {
                              return bill.isPaid() ? dateText(bill.paidOn(m_zone)) : tr("Unpaid");
                          })
            .withRawValue([](const Bill& bill) {
                return bill.paid ? bill.paid->toSecsSinceEpoch() : qint64(0);
            })
            .withForeground([](const Bill& bill) {
                return bill.isPaid() ? QVariant() : QVariant(QColor(0xb7, 0x1c, 0x1c));
            })
            .withToolTip([](const Bill& bill) {
                return bill.isPaid() ? QVariant() : QVariant(tr("This bill is not paid yet."));
            }),
        TableColumn<Bill>(
            [] { return tr("Amount, EUR"); },
            [](const Bill& bill) { return MoneyText::format(bill.costEur, QStringLiteral("€")); })
            .withRawValue([](const Bill& bill) { return bill.costEur; })
            .alignedRight(),
        TableColumn<Bill>([] { return tr("Amount"); }, &BillsModel::localAmountText)
            .withRawValue([](const Bill& bill) {
                return bill.currency.trimmed().isEmpty() ? bill.costEur : bill.localCost;
            })
            .withToolTip([](const Bill& bill) -> QVariant {
                const QString rate = exchangeRateText(bill);
                return rate.isEmpty() ? QVariant()
                                      : QVariant(tr("%1 at %2", "amount, exchange rate")
                                                     .arg(localAmountText(bill), rate));
            })
            .alignedRight(),
        TableColumn<Bill>([] { return tr("Exchange rate"); }, &BillsModel::exchangeRateText)
            .withRawValue([](const Bill& bill) { return bill.exchangeRate; })
            .alignedRight(),
        TableColumn<Bill>([] { return tr("Country"); },
                          [](const Bill& bill) { return bill.country.trimmed(); }),
    };
    return list;
}

bool BillsModel::isLoading() const {
    return !m_fetch.isNull() && !m_fetch->isFinished();
}

bool BillsModel::isOffline() const {
    return m_loaded && !isEmpty() &&
           (m_error.kind == ApiError::Kind::Network || m_error.kind == ApiError::Kind::Timeout);
}

void BillsModel::setProviderZone(const QTimeZone& zone) {
    if (zone == m_zone)
        return;
    m_zone = zone;
    columnsChanged(Period, Paid);
}

const Bill* BillsModel::billById(qint64 id) const {
    const int row = rowOfKey(id);
    return row < 0 ? nullptr : &rowAt(row);
}

QVector<Bill> BillsModel::newestFirst(QVector<Bill> bills) {
    std::stable_sort(bills.begin(), bills.end(), [](const Bill& a, const Bill& b) {
        const qint64 ia = issuedSecs(a), ib = issuedSecs(b);
        return ia != ib ? ia > ib : a.id > b.id;
    });
    return bills;
}

QVector<BillsModel::PeriodAmount> BillsModel::amountsByPeriod(int count) const {
    QVector<PeriodAmount> amounts; // newest first while collecting
    const int taken = qMin(count, int(rows().size()));
    for (int i = 0; i < taken; ++i) {
        const Bill& bill = rowAt(i);
        const QString period = bill.periodText(m_zone);
        auto same = std::find_if(amounts.begin(), amounts.end(),
                                 [&period](const PeriodAmount& a) { return a.period == period; });
        if (same == amounts.end()) {
            amounts.append({period, bill.costEur, !bill.isPaid()});
        } else {
            same->amountEur += bill.costEur;
            same->unpaid = same->unpaid || !bill.isPaid();
        }
    }
    std::reverse(amounts.begin(), amounts.end());
    return amounts;
}

void BillsModel::reload() {
    if (!m_client || isLoading())
        return;
    const quint64 generation = m_generation;
    m_fetch = BillService(m_client).fetchAll(
        this, [this, generation](const Result<ListPage<Bill>>& result) {
            if (generation != m_generation)
                return;
            m_error = result.error;
            if (result.ok()) {
                m_loaded = true;
                m_loadedAt = QDateTime::currentDateTime();
                QVector<Bill> unique;
                QSet<qint64> seen;
                for (const Bill& bill : result.value.items) {
                    if (!seen.contains(bill.id)) { // a bill listed twice is shown once
                        seen.insert(bill.id);
                        unique.append(bill);
                    }
                }
                updateRows(newestFirst(std::move(unique)));
            }
            emit loadingChanged(false);
            emit loadFinished(m_error);
        });
    emit loadingChanged(true);
}

void BillsModel::clear() {
    ++m_generation;
    if (m_fetch)
        m_fetch->cancel();
    m_fetch.clear();
    m_error = {};
    m_loaded = false;
    m_loadedAt = {};
    clearRows();
}

} // namespace simfleet
