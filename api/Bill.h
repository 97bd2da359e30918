#pragma once

#include "api/ListPage.h"
#include "api/ParseReport.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QTimeZone>
#include <QVector>

#include <optional>

namespace simfleet {

struct Bill {
    qint64 id = 0;
    QString period; // as sent: "MM.YYYY", or Unix seconds of a moment of the period
    std::optional<QDateTime> added;
    // Read from `paided` (methods chapter) or `paied` (data-types chapter),
    // whichever is present and non-zero; written back as `paided`.
    std::optional<QDateTime> paid;
    double costEur = 0;      // `cost`
    double exchangeRate = 0; // `valute_course`
    QString country;
    double localCost = 0; // `valute_cost`, in `currency`
    QString billNumber;   // `bid`
    QString currency;

    bool isPaid() const { return paid.has_value(); }
    // Issue and payment dates are the provider's calendar days (see
    // ProviderTime.h); invalid when the server sent none.
    QDate issuedOn(const QTimeZone& providerZone) const;
    QDate paidOn(const QTimeZone& providerZone) const;
    // The period as MM.YYYY: a period sent as Unix seconds becomes the
    // provider's calendar month; any other text is shown as sent.
    QString periodText(const QTimeZone& providerZone) const;

    // nullopt + *problem when `id` is missing or not a positive integer.
    static std::optional<Bill> fromJson(const QJsonObject& o, QString* problem = nullptr);
    QJsonObject toJson() const;
};

bool operator==(const Bill& a, const Bill& b);
inline bool operator!=(const Bill& a, const Bill& b) {
    return !(a == b);
}

QVector<Bill> parseBills(const QJsonArray& array, ParseProblems* problems);
// `bill/list` answer: count, all_count, items (`allow_operations` is ignored).
ListPage<Bill> parseBillPage(const QJsonObject& body);

} // namespace simfleet
