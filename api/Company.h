#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace simfleet {

// `company/get` -> result.item. Money fields are display strings from the
// server (with a currency symbol) and are kept verbatim; a number sent instead
// is rendered without exponent.
struct Company {
    enum class Billing { Postpaid = 0, Prepaid = 1, Unknown };

    qint64 id = 0;
    QString name;
    QString taxId; // `unique_id`
    QString contract, country;
    Billing billing = Billing::Unknown; // `billing_type`
    qint64 assigned = 0;                // unused by the provider
    QString overdraft, balance, preliminaryBalance;

    bool isPrepaid() const { return billing == Billing::Prepaid; }

    // nullopt + *problem when `id` is missing or not a positive integer.
    static std::optional<Company> fromJson(const QJsonObject& o, QString* problem = nullptr);
    QJsonObject toJson() const;
};

bool operator==(const Company& a, const Company& b);
inline bool operator!=(const Company& a, const Company& b) {
    return !(a == b);
}

} // namespace simfleet
