#include "emulator/v2/V2SimHandlers.h"

#include "emulator/v2/V2Fleet.h"
#include "emulator/v2/V2Reply.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUrlQuery>

namespace novaemu {

namespace {

constexpr int kDefaultLimit = 50;
constexpr int kMaxLimit = 1000;

bool validNumber(const QString& number) {
    static const QRegularExpression re(QStringLiteral("^7\\d{10}$"));
    return re.match(number).hasMatch();
}

// A positive integer parameter; `fallback` when absent, 0 when malformed.
int positive(const V2Call& call, const QString& name, int fallback) {
    const QString text = call.param(name);
    if (text.isEmpty())
        return fallback;
    bool ok = false;
    const int value = text.toInt(&ok);
    return ok && value > 0 ? value : 0;
}

QJsonValue pageUrl(const V2Call& call, int page, int lastPage) {
    if (page < 1 || page > lastPage)
        return QJsonValue::Null;
    QUrlQuery query = call.query;
    query.removeAllQueryItems(QStringLiteral("page"));
    query.addQueryItem(QStringLiteral("page"), QString::number(page));
    return call.pathUrl + u'?' + query.toString(QUrl::FullyEncoded);
}

} // namespace

ApiReply V2SimHandlers::list(const V2Call& call) const {
    QList<QPair<QString, QString>> errors;
    const int page = positive(call, QStringLiteral("page"), 1);
    const int limit = positive(call, QStringLiteral("limit"), kDefaultLimit);
    const QString status = call.param(QStringLiteral("status"));
    const QString inn = call.param(QStringLiteral("inn"));
    if (page == 0)
        errors.append({QStringLiteral("page"), QStringLiteral("The page must be at least 1.")});
    if (limit == 0 || limit > kMaxLimit)
        errors.append({QStringLiteral("limit"),
                       QStringLiteral("The limit must be between 1 and %1.").arg(kMaxLimit)});
    if (!status.isEmpty() && status != QLatin1String("active") &&
        status != QLatin1String("blocked"))
        errors.append(
            {QStringLiteral("status"), QStringLiteral("The selected status is invalid.")});
    static const QRegularExpression innRe(QStringLiteral("^(\\d{10}|\\d{12})$"));
    if (!inn.isEmpty() && !innRe.match(inn).hasMatch())
        errors.append({QStringLiteral("inn"), QStringLiteral("The inn format is invalid.")});
    if (!errors.isEmpty())
        return V2Reply::invalid(errors);

    QList<const V2Sim*> matching;
    for (const V2Sim& sim : m_fleet.sims()) {
        if (!inn.isEmpty() && sim.inn != inn)
            continue;
        if (!status.isEmpty() && sim.blocked != (status == QLatin1String("blocked")))
            continue;
        matching.append(&sim);
    }
    const int total = int(matching.size());
    const int lastPage = qMax(1, (total + limit - 1) / limit);
    QJsonArray data;
    const qint64 first = qint64(page - 1) * limit;
    for (qint64 i = first; i < qMin<qint64>(total, first + limit); ++i)
        data.append(matching.at(i)->toJson());
    const QJsonObject meta{
        {QStringLiteral("current_page"), page},
        {QStringLiteral("last_page"), lastPage},
        {QStringLiteral("per_page"), limit},
        {QStringLiteral("total"), total},
        {QStringLiteral("from"), data.isEmpty() ? QJsonValue() : QJsonValue(first + 1)},
        {QStringLiteral("to"), data.isEmpty() ? QJsonValue() : QJsonValue(first + data.size())},
        {QStringLiteral("path"), call.pathUrl}};
    const QJsonObject links{{QStringLiteral("first"), pageUrl(call, 1, lastPage)},
                            {QStringLiteral("last"), pageUrl(call, lastPage, lastPage)},
                            {QStringLiteral("prev"), pageUrl(call, page - 1, lastPage)},
                            {QStringLiteral("next"), pageUrl(call, page + 1, lastPage)}};
    return V2Reply::json(200, QJsonObject{{QStringLiteral("data"), data},
                                          {QStringLiteral("meta"), meta},
                                          {QStringLiteral("links"), links}});
}

ApiReply V2SimHandlers::packets(const V2Call&) const {
    QJsonArray data;
    for (const V2Packet& packet : m_fleet.packets())
        data.append(packet.toJson());
    return V2Reply::json(200, QJsonObject{{QStringLiteral("data"), data}});
}

ApiReply V2SimHandlers::infoByNumber(const V2Call& call) const {
    const QString number = call.args.value(0);
    if (!validNumber(number))
        return V2Reply::invalid(
            {{QStringLiteral("number"), QStringLiteral("The number format is invalid.")}});
    const V2Sim* sim = m_fleet.byNumber(number);
    if (!sim)
        return V2Reply::notFound(QStringLiteral("SIM with number %1 not found.").arg(number));
    return V2Reply::json(200, QJsonObject{{QStringLiteral("data"), sim->toJson()}});
}

ApiReply V2SimHandlers::infoByIccid(const V2Call& call) const {
    const QString iccid = call.args.value(0);
    const V2Sim* sim = m_fleet.byIccid(iccid);
    if (!sim)
        return V2Reply::notFound(QStringLiteral("SIM with ICCID %1 not found.").arg(iccid));
    return V2Reply::json(200, QJsonObject{{QStringLiteral("data"), sim->toJson()}});
}

V2Sim* V2SimHandlers::identified(const V2Call& call, ApiReply* error) const {
    const QString number = call.args.value(0);
    if (!validNumber(number)) {
        *error = V2Reply::invalid(
            {{QStringLiteral("number"), QStringLiteral("The number format is invalid.")}});
        return nullptr;
    }
    const QString imsi = call.param(QStringLiteral("imsi"));
    const QString iccid = call.param(QStringLiteral("iccid"));
    if (imsi.isEmpty() && iccid.isEmpty()) {
        *error = V2Reply::invalid(
            {{QStringLiteral("iccid"),
              QStringLiteral("The iccid field is required when imsi is not present.")},
             {QStringLiteral("imsi"),
              QStringLiteral("The imsi field is required when iccid is not present.")}});
        return nullptr;
    }
    V2Sim* sim = m_fleet.byNumber(number);
    if (!sim) {
        *error = V2Reply::notFound(QStringLiteral("SIM with number %1 not found.").arg(number));
        return nullptr;
    }
    if (!iccid.isEmpty() && iccid != sim->iccid) {
        *error = V2Reply::invalid(
            {{QStringLiteral("iccid"), QStringLiteral("The selected iccid is invalid.")}});
        return nullptr;
    }
    if (!imsi.isEmpty() && imsi != sim->imsi) {
        *error = V2Reply::invalid(
            {{QStringLiteral("imsi"), QStringLiteral("The selected imsi is invalid.")}});
        return nullptr;
    }
    return sim;
}

ApiReply V2SimHandlers::setServiceBlocked(const V2Call& call, bool blocked) {
    const QString type = call.param(QStringLiteral("type"));
    const bool known = type == QLatin1String("internet") || type == QLatin1String("sms") ||
                       type == QLatin1String("call");
    if (!known && validNumber(call.args.value(0))) {
        return V2Reply::invalid(
            {{QStringLiteral("type"), type.isEmpty()
                                          ? QStringLiteral("The type field is required.")
                                          : QStringLiteral("The selected type is invalid.")}});
    }
    ApiReply error;
    V2Sim* sim = identified(call, &error);
    if (!sim)
        return error;
    if (type == QLatin1String("internet"))
        sim->internetBlocked = blocked;
    else if (type == QLatin1String("sms"))
        sim->smsBlocked = blocked;
    else
        sim->callBlocked = blocked;
    return V2Reply::json(200, QJsonObject{{QStringLiteral("data"), sim->toJson()}});
}

ApiReply V2SimHandlers::setFinanceBlocked(const V2Call& call, bool blocked) {
    ApiReply error;
    V2Sim* sim = identified(call, &error);
    if (!sim)
        return error;
    sim->financeBlocked = blocked;
    return V2Reply::json(200, QJsonObject{{QStringLiteral("data"), sim->toJson()}});
}

ApiReply V2SimHandlers::setBlocked(const V2Call& call, bool blocked) {
    ApiReply error;
    V2Sim* sim = identified(call, &error);
    if (!sim)
        return error;
    sim->blocked = blocked; // synchronous: the answer is the outcome
    return V2Reply::json(200, QJsonObject{{QStringLiteral("data"), sim->toJson()}});
}

} // namespace novaemu
