#include "api/v2/V2Answers.h"

#include "api/JsonRead.h"
#include "api/v2/V2Methods.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace simfleet {

using namespace Qt::StringLiterals;

namespace {

template <typename T> Result<T> malformed(const QString& problem) {
    Result<T> result;
    result.error.kind = ApiError::Kind::Malformed;
    result.error.httpStatus = 200;
    result.error.detail = problem;
    return result;
}

QJsonValue firstOf(const QJsonObject& o, std::initializer_list<QLatin1String> keys) {
    for (QLatin1String key : keys) {
        QJsonValue value = o.value(key);
        if (!value.isUndefined() && !value.isNull())
            return value;
    }
    return {};
}

// The fields a column holds; everything else goes to Sim::extras.
const QSet<QString>& columnFields() {
    static const QSet<QString> fields = {u"number"_s, u"msisdn"_s,  u"phone"_s,
                                         u"iccid"_s,  u"balance"_s, u"name"_s};
    return fields;
}

BlockCode blockOf(const QJsonObject& o, QString* raw) {
    const QString status = JsonRead::toString(o.value("status"_L1)).trimmed().toLower();
    if (status == "blocked"_L1)
        return BlockCode::User;
    if (JsonRead::toBool(o.value("finance_blocked"_L1)).value_or(false))
        return BlockCode::Financial;
    if (status == "active"_L1)
        return BlockCode::None;
    *raw = status;
    return BlockCode::Unknown;
}

SimTariff tariffOf(const QJsonObject& o, const QHash<qint64, QString>& packetNames) {
    SimTariff tariff;
    const QJsonValue value = firstOf(o, {"packet"_L1, "packet_id"_L1, "tariff"_L1});
    if (value.isObject()) {
        const QJsonObject packet = value.toObject();
        tariff.id = JsonRead::toInt(packet.value("id"_L1)).value_or(0);
        tariff.name = JsonRead::toString(packet.value("name"_L1));
    } else if (const auto id = JsonRead::toInt(value)) {
        tariff.id = *id;
    } else {
        tariff.name = JsonRead::toString(value);
    }
    if (tariff.name.isEmpty() && tariff.id > 0)
        tariff.name = packetNames.value(tariff.id);
    return tariff;
}

} // namespace

namespace V2Answers {

std::optional<QJsonValue> payload(const QByteArray& body, QString* problem) {
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        if (problem)
            *problem = u"not JSON (%1 bytes): %2"_s.arg(body.size()).arg(error.errorString());
        return std::nullopt;
    }
    if (doc.isArray())
        return QJsonValue(doc.array());
    const QJsonObject object = doc.object();
    if (object.contains("data"_L1))
        return object.value("data"_L1);
    return QJsonValue(object);
}

std::optional<Sim> simFromJson(const QJsonObject& o, QString* problem,
                               const QHash<qint64, QString>& packetNames) {
    const QString number =
        JsonRead::toString(firstOf(o, {"number"_L1, "msisdn"_L1, "phone"_L1})).trimmed();
    if (!V2Validation::isNumber(number)) {
        if (problem)
            *problem = number.isEmpty() ? u"no number"_s : u"invalid number %1"_s.arg(number);
        return std::nullopt;
    }
    Sim sim;
    sim.id = number.toLongLong();
    sim.number = number;
    sim.iccid = JsonRead::toString(o.value("iccid"_L1));
    sim.name = JsonRead::toString(o.value("name"_L1));
    sim.balance = JsonRead::toDouble(o.value("balance"_L1)).value_or(0);
    sim.block = blockOf(o, &sim.blockRaw);
    sim.tariff = tariffOf(o, packetNames);
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!columnFields().contains(it.key()))
            sim.extras.insert(it.key(), it.value());
    }
    return sim;
}

Result<V2SimPage> simPage(const QByteArray& body, const QHash<qint64, QString>& packetNames) {
    QString problem;
    const auto data = payload(body, &problem);
    if (!data)
        return malformed<V2SimPage>(problem);
    if (!data->isArray())
        return malformed<V2SimPage>(u"sim/list: no list of SIMs in the answer"_s);
    Result<V2SimPage> result;
    V2SimPage& page = result.value;
    const QJsonArray items = data->toArray();
    page.entries = items.size();
    page.sims = PageParsing::parseObjects<Sim>(items, "SIM"_L1, &page.problems,
                                               [&packetNames](const QJsonObject& o, QString* why) {
                                                   return simFromJson(o, why, packetNames);
                                               });
    const QJsonObject top = QJsonDocument::fromJson(body).object();
    // Laravel's resource collections put paging under `meta`; its bare
    // paginator puts the same keys at the top level.
    const QJsonObject meta =
        top.value("meta"_L1).isObject() ? top.value("meta"_L1).toObject() : top;
    if (const auto last = JsonRead::toInt(meta.value("last_page"_L1)); last && *last > 0)
        page.lastPage = int(qMin<qint64>(*last, 1000000));
    if (const auto total = JsonRead::toInt(meta.value("total"_L1)); total && *total >= 0)
        page.total = *total;
    const QJsonValue links = top.value("links"_L1);
    if (links.isObject() && links.toObject().contains("next"_L1))
        page.hasNext = links.toObject().value("next"_L1).isString();
    else if (top.contains("next_page_url"_L1))
        page.hasNext = top.value("next_page_url"_L1).isString();
    return result;
}

Result<Sim> sim(const QByteArray& body, const QHash<qint64, QString>& packetNames) {
    QString problem;
    const auto data = payload(body, &problem);
    if (!data)
        return malformed<Sim>(problem);
    if (!data->isObject())
        return malformed<Sim>(u"no SIM object in the answer"_s);
    auto parsed = simFromJson(data->toObject(), &problem, packetNames);
    if (!parsed)
        return malformed<Sim>(problem);
    Result<Sim> result;
    result.value = std::move(*parsed);
    return result;
}

Result<QVector<V2Packet>> packets(const QByteArray& body) {
    QString problem;
    const auto data = payload(body, &problem);
    if (!data)
        return malformed<QVector<V2Packet>>(problem);
    if (!data->isArray())
        return malformed<QVector<V2Packet>>(u"sim/packets: no list in the answer"_s);
    Result<QVector<V2Packet>> result;
    for (const auto& value : data->toArray()) {
        const QJsonObject o = value.toObject();
        const auto id = JsonRead::toInt(o.value("id"_L1));
        if (!id || *id <= 0)
            continue;
        V2Packet packet;
        packet.id = *id;
        packet.name = JsonRead::toString(o.value("name"_L1));
        packet.price = JsonRead::toDouble(o.value("price"_L1));
        packet.internetMb = JsonRead::toInt(o.value("internet_mb"_L1));
        packet.minutes = JsonRead::toInt(o.value("minutes"_L1));
        packet.sms = JsonRead::toInt(o.value("sms"_L1));
        for (const auto& smallValue : o.value("small_packets"_L1).toArray()) {
            const QJsonObject s = smallValue.toObject();
            const auto smallId = JsonRead::toInt(s.value("id"_L1));
            if (!smallId || *smallId <= 0)
                continue;
            packet.smallPackets.append({*smallId, JsonRead::toString(s.value("name"_L1)),
                                        JsonRead::toInt(s.value("internet_mb"_L1)),
                                        JsonRead::toDouble(s.value("price"_L1))});
        }
        result.value.append(packet);
    }
    return result;
}

Result<QString> token(const QByteArray& body) {
    const QJsonObject top = QJsonDocument::fromJson(body).object();
    QString token = JsonRead::toString(firstOf(top, {"token"_L1, "access_token"_L1}));
    if (token.isEmpty())
        token = JsonRead::toString(top.value("data"_L1).toObject().value("token"_L1));
    if (token.trimmed().isEmpty())
        return malformed<QString>(u"login: no token in the answer"_s);
    Result<QString> result;
    result.value = token.trimmed();
    return result;
}

Result<QVector<V2CdrRow>> cdr(const QByteArray& body, ParseProblems* problems) {
    QString problem;
    const auto data = payload(body, &problem);
    if (!data)
        return malformed<QVector<V2CdrRow>>(problem);
    if (!data->isArray())
        return malformed<QVector<V2CdrRow>>(u"cdr/internet: no list in the answer"_s);
    Result<QVector<V2CdrRow>> result;
    const QJsonArray rows = data->toArray();
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QJsonObject o = rows.at(i).toObject();
        V2CdrRow row;
        row.number = JsonRead::toString(firstOf(o, {"number"_L1, "msisdn"_L1, "phone"_L1}));
        const auto date = V2Validation::date(JsonRead::toString(o.value("date"_L1)).left(10));
        const auto bytes = JsonRead::toInt(o.value("bytes"_L1));
        if (!V2Validation::isNumber(row.number) || !date || !bytes || *bytes < 0) {
            if (problems)
                problems->add(
                    PageParsing::droppedMessage("CDR row"_L1, i, u"no number, date or bytes"_s));
            continue;
        }
        row.date = *date;
        row.bytes = *bytes;
        row.sessions = JsonRead::toInt(o.value("sessions"_L1));
        result.value.append(row);
    }
    return result;
}

} // namespace V2Answers

} // namespace simfleet
