#include "emulator/v2/V2SimHandlers.h"

#include "emulator/v2/V2Fleet.h"
#include "emulator/v2/V2Reply.h"

#include <QDateTime>

#include <algorithm>

#include <QJsonArray>
#include <QUrlQuery>

namespace novaemu {

namespace {

constexpr int kDefaultLimit = 50;
constexpr int kMaxLimit = 1000;

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
    const bool blank = status == QLatin1String("inactive"); // the stock of blank cards
    if (!status.isEmpty() && status != QLatin1String("active") &&
        status != QLatin1String("blocked") && !blank)
        errors.append(
            {QStringLiteral("status"), QStringLiteral("The selected status is invalid.")});
    if (!inn.isEmpty() && !V2Params::isInn(inn))
        errors.append({QStringLiteral("inn"), QStringLiteral("The inn format is invalid.")});
    if (!errors.isEmpty())
        return V2Reply::invalid(errors);

    QList<const V2Sim*> matching;
    if (blank) {
        for (const V2Sim* card : m_fleet.blankCards()) {
            if (inn.isEmpty() || card->inn == inn)
                matching.append(card);
        }
    } else {
        for (const V2Sim& sim : m_fleet.sims()) {
            if (!inn.isEmpty() && sim.inn != inn)
                continue;
            if (!status.isEmpty() && sim.blocked != (status == QLatin1String("blocked")))
                continue;
            matching.append(&sim);
        }
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
    if (!V2Params::isNumber(number))
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
        sim = m_fleet.blankByIccid(iccid); // a blank card: "inactive", no number
    if (!sim)
        return V2Reply::notFound(QStringLiteral("SIM with ICCID %1 not found.").arg(iccid));
    return V2Reply::json(200, QJsonObject{{QStringLiteral("data"), sim->toJson()}});
}

QDate V2SimHandlers::today() {
    return QDateTime::currentDateTimeUtc().date();
}

void V2SimHandlers::requireCard(const V2Call& call, const V2CardKeys& keys,
                                V2Params::FieldErrors* errors) {
    if (!keys.required || !call.param(keys.imsi).isEmpty() || !call.param(keys.iccid).isEmpty())
        return;
    const QString text = QStringLiteral("The %1 field is required when %2 is not present.");
    errors->append(
        {keys.iccid, text.arg(V2Params::attribute(keys.iccid), V2Params::attribute(keys.imsi))});
    errors->append(
        {keys.imsi, text.arg(V2Params::attribute(keys.imsi), V2Params::attribute(keys.iccid))});
}

void V2SimHandlers::checkCardFormat(const V2Call& call, V2Params::FieldErrors* errors) {
    const QString iccid = call.param(QStringLiteral("iccid"));
    const QString imsi = call.param(QStringLiteral("imsi"));
    if (!iccid.isEmpty() && !V2Params::isIccid(iccid))
        errors->append({QStringLiteral("iccid"),
                        QStringLiteral("The iccid must be between 19 and 20 digits.")});
    if (!imsi.isEmpty() && !V2Params::isImsi(imsi))
        errors->append({QStringLiteral("imsi"), QStringLiteral("The imsi must be 15 digits.")});
}

V2Sim* V2SimHandlers::identified(const V2Call& call, const V2Params::FieldErrors& fieldErrors,
                                 ApiReply* error, const V2CardKeys& keys) const {
    const QString number = call.args.value(0);
    V2Params::FieldErrors errors = fieldErrors;
    if (!V2Params::isNumber(number))
        errors.prepend({QStringLiteral("number"), QStringLiteral("The number format is invalid.")});
    requireCard(call, keys, &errors);
    if (!errors.isEmpty()) {
        *error = V2Reply::invalid(errors);
        return nullptr;
    }
    V2Sim* sim = m_fleet.byNumber(number);
    if (!sim) {
        *error = V2Reply::notFound(QStringLiteral("SIM with number %1 not found.").arg(number));
        return nullptr;
    }
    const QString iccid = call.param(keys.iccid);
    const QString imsi = call.param(keys.imsi);
    const QString mismatch = !iccid.isEmpty() && iccid != sim->iccid ? keys.iccid
                             : !imsi.isEmpty() && imsi != sim->imsi  ? keys.imsi
                                                                     : QString();
    if (!mismatch.isEmpty()) {
        *error = V2Reply::invalid(
            {{mismatch,
              QStringLiteral("The selected %1 is invalid.").arg(V2Params::attribute(mismatch))}});
        return nullptr;
    }
    return sim;
}

bool V2SimHandlers::resolveCard(const V2Call& call, bool newCardAllowed, ApiReply* error,
                                QString* cardIccid, QString* cardImsi) const {
    const QString iccid = call.param(QStringLiteral("iccid"));
    const QString imsi = call.param(QStringLiteral("imsi"));
    V2Params::FieldErrors errors;
    // Each given identifier: a blank card of the stock, a card in use, or unknown.
    const V2Sim* byIccid = iccid.isEmpty() ? nullptr : m_fleet.blankByIccid(iccid);
    const V2Sim* byImsi = imsi.isEmpty() ? nullptr : m_fleet.blankByImsi(imsi);
    const auto check = [&](const QString& field, const QString& value, const V2Sim* blank,
                           const V2Sim* inUse) {
        if (value.isEmpty() || blank)
            return;
        if (inUse)
            errors.append(
                {field,
                 QStringLiteral("The SIM is already bound to number %1.").arg(inUse->number)});
        else if (!newCardAllowed)
            errors.append({field, QStringLiteral("The selected %1 is invalid.").arg(field)});
    };
    check(QStringLiteral("iccid"), iccid, byIccid,
          iccid.isEmpty() ? nullptr : m_fleet.byIccid(iccid));
    check(QStringLiteral("imsi"), imsi, byImsi, imsi.isEmpty() ? nullptr : m_fleet.byImsi(imsi));
    if (errors.isEmpty() && !iccid.isEmpty() && !imsi.isEmpty() && byIccid != byImsi)
        errors.append({QStringLiteral("imsi"),
                       QStringLiteral("The imsi does not belong to the SIM with this iccid.")});
    if (!errors.isEmpty()) {
        *error = V2Reply::invalid(errors);
        return false;
    }
    const V2Sim* blank = byIccid ? byIccid : byImsi;
    if (blank) {
        *cardIccid = blank->iccid;
        *cardImsi = blank->imsi;
    } else { // a new card, unknown to the stock
        *cardIccid = iccid.isEmpty() ? m_fleet.newIccidFor(imsi) : iccid;
        *cardImsi = imsi.isEmpty() ? m_fleet.newImsiFor(iccid) : imsi;
    }
    return true;
}

const V2Packet* V2SimHandlers::packetParam(const V2Call& call, const QString& name,
                                           V2Params::FieldErrors* errors) const {
    const qsizetype before = errors->size();
    const int id = V2Params::integer(call, name, errors);
    const V2Packet* packet = m_fleet.packet(id);
    if (!packet && errors->size() == before)
        errors->append(
            {name, QStringLiteral("The selected %1 is invalid.").arg(V2Params::attribute(name))});
    return packet;
}

ApiReply V2SimHandlers::changed(const V2Sim& sim) {
    return V2Reply::json(200, QJsonObject{{QStringLiteral("data"), sim.toJson()}});
}

ApiReply V2SimHandlers::setServiceBlocked(const V2Call& call, bool blocked) {
    V2Params::FieldErrors errors;
    const QString type = V2Params::oneOf(
        call, QStringLiteral("type"),
        {QStringLiteral("internet"), QStringLiteral("sms"), QStringLiteral("call")}, &errors);
    ApiReply error;
    V2Sim* sim = identified(call, errors, &error);
    if (!sim)
        return error;
    if (type == QLatin1String("internet"))
        sim->internetBlocked = blocked;
    else if (type == QLatin1String("sms"))
        sim->smsBlocked = blocked;
    else
        sim->callBlocked = blocked;
    return changed(*sim);
}

ApiReply V2SimHandlers::setFinanceBlocked(const V2Call& call, bool blocked) {
    ApiReply error;
    V2Sim* sim = identified(call, {}, &error);
    if (!sim)
        return error;
    sim->financeBlocked = blocked;
    return changed(*sim);
}

ApiReply V2SimHandlers::setBlocked(const V2Call& call, bool blocked) {
    ApiReply error;
    V2Sim* sim = identified(call, {}, &error);
    if (!sim)
        return error;
    sim->blocked = blocked; // synchronous: the answer is the outcome
    return changed(*sim);
}

ApiReply V2SimHandlers::activate(const V2Call& call) {
    const QString number = call.args.value(0);
    V2Params::FieldErrors errors;
    const V2Packet* packet = packetParam(call, QStringLiteral("packet_id"), &errors);
    if (!V2Params::isNumber(number))
        errors.prepend({QStringLiteral("number"), QStringLiteral("The number format is invalid.")});
    requireCard(call, V2CardKeys(), &errors);
    checkCardFormat(call, &errors);
    if (!errors.isEmpty())
        return V2Reply::invalid(errors);
    // Every Russian mobile number is 79…: the operator knows no other.
    if (!number.startsWith(QLatin1String("79")))
        return V2Reply::notFound(
            QStringLiteral("Number %1 is not in the operator's numbering range.").arg(number));
    const QString iccid = call.param(QStringLiteral("iccid"));
    const QString imsi = call.param(QStringLiteral("imsi"));
    if (const V2Sim* bound = m_fleet.byNumber(number)) {
        const bool same = iccid == bound->iccid || imsi == bound->imsi;
        return V2Reply::invalid(
            {{QStringLiteral("number"),
              same ? QStringLiteral("The SIM is already active with this number.")
                   : QStringLiteral("The number is already bound to another SIM.")}});
    }
    ApiReply error;
    QString cardIccid;
    QString cardImsi;
    if (!resolveCard(call, false, &error, &cardIccid, &cardImsi))
        return error;
    return changed(*m_fleet.activate(cardIccid, number, packet->id));
}

ApiReply V2SimHandlers::changePacket(const V2Call& call) {
    V2Params::FieldErrors errors;
    const V2Packet* packet = packetParam(call, QStringLiteral("packet_id"), &errors);
    const QDate date = V2Params::date(call, QStringLiteral("date"), &errors);
    if (date.isValid() && date < today())
        errors.append({QStringLiteral("date"),
                       QStringLiteral("The date must be a date after or equal to today.")});
    ApiReply error;
    V2Sim* sim = identified(call, errors, &error);
    if (!sim)
        return error;
    if (date == today()) { // from today: at once
        sim->packetId = packet->id;
        sim->packetNextId = 0;
        sim->packetNextDate = QDate();
    } else { // replaces a change scheduled before
        sim->packetNextId = packet->id;
        sim->packetNextDate = date;
    }
    return changed(*sim);
}

ApiReply V2SimHandlers::bindNumber(const V2Call& call) {
    V2Params::FieldErrors errors;
    const bool forwarding = V2Params::boolean(call, QStringLiteral("cf"), true, &errors);
    ApiReply error;
    V2Sim* sim = identified(call, errors, &error);
    if (!sim)
        return error;
    sim->callForwarding = forwarding;
    return changed(*sim);
}

ApiReply V2SimHandlers::swapSim(const V2Call& call) {
    V2Params::FieldErrors errors;
    requireCard(call, V2CardKeys(), &errors); // the new card
    checkCardFormat(call, &errors);
    ApiReply error;
    const V2CardKeys current{QStringLiteral("current_imsi"), QStringLiteral("current_iccid"), true};
    V2Sim* sim = identified(call, errors, &error, current);
    if (!sim)
        return error;
    QString cardIccid;
    QString cardImsi;
    if (!resolveCard(call, true, &error, &cardIccid, &cardImsi))
        return error;
    return changed(*m_fleet.swapCard(sim->number, cardIccid, cardImsi));
}

ApiReply V2SimHandlers::addSmallPacket(const V2Call& call) {
    const QString name = QStringLiteral("small_packet_id");
    V2Params::FieldErrors errors;
    const bool chosen = call.has(name);
    const int id = chosen ? V2Params::integer(call, name, &errors) : 0;
    ApiReply error;
    V2Sim* sim = identified(call, errors, &error, V2CardKeys::optional());
    if (!sim)
        return error;
    const V2Packet* packet = m_fleet.packet(sim->packetId);
    const QList<V2SmallPacket> offered = packet ? packet->smallPackets : QList<V2SmallPacket>();
    const auto it = std::find_if(offered.cbegin(), offered.cend(), [&](const V2SmallPacket& p) {
        return chosen ? p.id == id : true;
    });
    if (it == offered.cend())
        return V2Reply::invalid(
            {{name, chosen ? QStringLiteral("The selected small packet id is invalid.")
                           : QStringLiteral("The SIM's tariff has no top-up packets.")}});
    ++sim->smallPacketsAdded;
    sim->lastSmallPacketId = it->id;
    return changed(*sim);
}

ApiReply V2SimHandlers::sendInfoSms(const V2Call& call) {
    V2Params::FieldErrors errors;
    const QString type =
        V2Params::oneOf(call, QStringLiteral("type"),
                        {QStringLiteral("call"), QStringLiteral("internet")}, &errors);
    ApiReply error;
    V2Sim* sim = identified(call, errors, &error, V2CardKeys::optional());
    if (!sim)
        return error;
    ++sim->infoSmsSent;
    sim->lastInfoSms = type;
    return changed(*sim);
}

} // namespace novaemu
