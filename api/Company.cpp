#include "api/Company.h"

#include "api/JsonRead.h"

namespace simfleet {

using namespace Qt::Literals::StringLiterals;

namespace {

Company::Billing billingFromCode(const std::optional<qint64>& code) {
    if (code == 0)
        return Company::Billing::Postpaid;
    if (code == 1)
        return Company::Billing::Prepaid;
    return Company::Billing::Unknown;
}

QJsonValue billingCode(Company::Billing billing) {
    switch (billing) {
    case Company::Billing::Postpaid:
        return 0;
    case Company::Billing::Prepaid:
        return 1;
    case Company::Billing::Unknown:
        break;
    }
    return QJsonValue(QJsonValue::Null);
}

} // namespace

std::optional<Company> Company::fromJson(const QJsonObject& o, QString* problem) {
    const std::optional<qint64> id = JsonRead::toId(o.value("id"_L1), problem);
    if (!id)
        return std::nullopt;
    Company company;
    company.id = *id;
    company.name = JsonRead::toString(o.value("name"_L1));
    company.taxId = JsonRead::toString(o.value("unique_id"_L1));
    company.contract = JsonRead::toString(o.value("contract"_L1));
    company.country = JsonRead::toString(o.value("country"_L1));
    company.billing = billingFromCode(JsonRead::toInt(o.value("billing_type"_L1)));
    company.assigned = JsonRead::toInt(o.value("assigned"_L1)).value_or(0);
    company.overdraft = JsonRead::toString(o.value("overdraft"_L1));
    company.balance = JsonRead::toString(o.value("balance"_L1));
    company.preliminaryBalance = JsonRead::toString(o.value("preliminary_balance"_L1));
    return company;
}

QJsonObject Company::toJson() const {
    return QJsonObject{{"id"_L1, id},
                       {"name"_L1, name},
                       {"unique_id"_L1, taxId},
                       {"contract"_L1, contract},
                       {"country"_L1, country},
                       {"billing_type"_L1, billingCode(billing)},
                       {"assigned"_L1, assigned},
                       {"overdraft"_L1, overdraft},
                       {"balance"_L1, balance},
                       {"preliminary_balance"_L1, preliminaryBalance}};
}

bool operator==(const Company& a, const Company& b) {
    return a.id == b.id && a.name == b.name && a.taxId == b.taxId && a.contract == b.contract &&
           a.country == b.country && a.billing == b.billing && a.assigned == b.assigned &&
           a.overdraft == b.overdraft && a.balance == b.balance &&
           a.preliminaryBalance == b.preliminaryBalance;
}

} // namespace simfleet
