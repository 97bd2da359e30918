#include "api/Bill.h"

#include "api/JsonRead.h"
#include "api/ProviderTime.h"

namespace simfleet {

using namespace Qt::Literals::StringLiterals;

std::optional<Bill> Bill::fromJson(const QJsonObject& o, QString* problem) {
    const std::optional<qint64> id = JsonRead::toId(o.value("id"_L1), problem);
    if (!id)
        return std::nullopt;
    Bill bill;
    bill.id = *id;
    bill.period = JsonRead::toString(o.value("period"_L1));
    bill.added = JsonRead::toUnixTime(o.value("added"_L1));
    bill.paid = JsonRead::toUnixTime(o.value("paided"_L1));
    if (!bill.paid)
        bill.paid = JsonRead::toUnixTime(o.value("paied"_L1));
    bill.costEur = JsonRead::toDouble(o.value("cost"_L1)).value_or(0.0);
    bill.exchangeRate = JsonRead::toDouble(o.value("valute_course"_L1)).value_or(0.0);
    bill.country = JsonRead::toString(o.value("country"_L1));
    bill.localCost = JsonRead::toDouble(o.value("valute_cost"_L1)).value_or(0.0);
    bill.billNumber = JsonRead::toString(o.value("bid"_L1));
    bill.currency = JsonRead::toString(o.value("currency"_L1));
    return bill;
}

QDate Bill::issuedOn(const QTimeZone& providerZone) const {
    return ProviderTime::dayOf(added, providerZone);
}

QDate Bill::paidOn(const QTimeZone& providerZone) const {
    return ProviderTime::dayOf(paid, providerZone);
}

QString Bill::periodText(const QTimeZone& providerZone) const {
    // "MM.YYYY" has a dot, so only a plain number is read as a time.
    const std::optional<QDateTime> start =
        period.contains(u'.') ? std::nullopt : JsonRead::toUnixTime(QJsonValue(period));
    if (!start)
        return period;
    return ProviderTime::dayOf(start, providerZone).toString(QStringLiteral("MM.yyyy"));
}

QJsonObject Bill::toJson() const {
    return QJsonObject{{"id"_L1, id},
                       {"period"_L1, period},
                       {"added"_L1, JsonRead::fromUnixTime(added)},
                       {"paided"_L1, JsonRead::fromUnixTime(paid)},
                       {"cost"_L1, costEur},
                       {"valute_course"_L1, exchangeRate},
                       {"country"_L1, country},
                       {"valute_cost"_L1, localCost},
                       {"bid"_L1, billNumber},
                       {"currency"_L1, currency}};
}

bool operator==(const Bill& a, const Bill& b) {
    return a.id == b.id && a.period == b.period && a.added == b.added && a.paid == b.paid &&
           a.costEur == b.costEur && a.exchangeRate == b.exchangeRate && a.country == b.country &&
           a.localCost == b.localCost && a.billNumber == b.billNumber && a.currency == b.currency;
}

QVector<Bill> parseBills(const QJsonArray& array, ParseProblems* problems) {
    return PageParsing::parseObjects<Bill>(array, "Bill"_L1, problems, &Bill::fromJson);
}

ListPage<Bill> parseBillPage(const QJsonObject& body) {
    return PageParsing::parsePage<Bill>(body, parseBills);
}

} // namespace simfleet
