#include "api/v2/V2Service.h"

#include "api/ApiClient.h"

#include <QTimer>

namespace simfleet {

using namespace Qt::StringLiterals;

namespace {

// Connects a callback that reads a raw answer's bytes with `parse`.
template <typename T, typename Parse>
ApiCall* onRaw(ApiCall* call, QObject* context, Parse parse,
               std::function<void(const Result<T>&)> done) {
    QObject::connect(call, &ApiCall::finished, context,
                     [call, parse = std::move(parse), done = std::move(done)] {
                         Result<T> result;
                         if (call->error().isError())
                             result.error = call->error();
                         else
                             result = parse(call->rawBody());
                         if (done)
                             done(result);
                     });
    return call;
}

// A POST answered with nothing of use (an empty body, `{}`, a message) is a success too.
Result<Sim> changeAnswer(const QByteArray& body) {
    Result<Sim> result = V2Answers::sim(body);
    if (!result.ok() && result.error.kind == ApiError::Kind::Malformed)
        return {};
    return result;
}

} // namespace

QMap<QString, QString> V2CdrQuery::validate() const {
    QMap<QString, QString> problems;
    if (!from.isValid())
        problems.insert(u"from"_s, V2Actions::tr("Enter the first day as YYYY-MM-DD."));
    if (!to.isValid())
        problems.insert(u"to"_s, V2Actions::tr("Enter the last day as YYYY-MM-DD."));
    if (from.isValid() && to.isValid() && to < from)
        problems.insert(u"to"_s, V2Actions::tr("The last day must not be before the first."));
    for (const QString& number : numbers) {
        if (!V2Validation::isNumber(number)) {
            problems.insert(
                u"numbers"_s,
                V2Actions::tr("%1 is not a number: 7 followed by 10 digits.").arg(number));
            break;
        }
    }
    if (!inn.isEmpty() && !V2Validation::isInn(inn))
        problems.insert(u"inn"_s, V2Actions::tr("An INN is 10 or 12 digits."));
    return problems;
}

ApiError V2Service::localValidation(const QMap<QString, QString>& problems) {
    ApiError error;
    error.kind = ApiError::Kind::Validation;
    error.refusedLocally = true;
    error.detail = u"refused locally: invalid input"_s;
    for (auto it = problems.begin(); it != problems.end(); ++it)
        error.fieldErrors.insert(it.key(), {it.value()});
    return error;
}

ApiCall* V2Service::login(const QString& login, const QString& password, QObject* context,
                          std::function<void(const Result<QString>&)> done) {
    ApiCall* call =
        m_client->postRaw(u"login"_s, QJsonObject{{u"login"_s, login}, {u"password"_s, password}});
    return onRaw<QString>(call, context, &V2Answers::token, std::move(done));
}

ApiCall* V2Service::listPage(const V2ListQuery& query, int page, int limit, QObject* context,
                             std::function<void(const Result<V2SimPage>&)> done,
                             const QHash<qint64, QString>& packetNames) {
    QUrlQuery params;
    params.addQueryItem(u"page"_s, QString::number(qMax(1, page)));
    params.addQueryItem(u"limit"_s, QString::number(qBound(1, limit, kMaxPageSize)));
    if (!query.inn.isEmpty())
        params.addQueryItem(u"inn"_s, query.inn);
    if (!query.status.isEmpty())
        params.addQueryItem(u"status"_s, query.status);
    ApiCall* call = m_client->get(u"sim/list"_s, params);
    return onRaw<V2SimPage>(
        call, context,
        [packetNames](const QByteArray& body) { return V2Answers::simPage(body, packetNames); },
        std::move(done));
}

ApiCall* V2Service::packets(QObject* context,
                            std::function<void(const Result<QVector<V2Packet>>&)> done) {
    return onRaw<QVector<V2Packet>>(m_client->get(u"sim/packets"_s), context, &V2Answers::packets,
                                    std::move(done));
}

ApiCall* V2Service::simByNumber(const QString& number, QObject* context,
                                std::function<void(const Result<Sim>&)> done) {
    return onRaw<Sim>(
        m_client->get(u"sim/"_s + number), context,
        [](const QByteArray& body) { return V2Answers::sim(body); }, std::move(done));
}

ApiCall* V2Service::simByIccid(const QString& iccid, QObject* context,
                               std::function<void(const Result<Sim>&)> done) {
    return onRaw<Sim>(
        m_client->get(u"sim/info/"_s + iccid), context,
        [](const QByteArray& body) { return V2Answers::sim(body); }, std::move(done));
}

ApiCall* V2Service::change(V2Action action, const QString& number, const V2ChangeParams& params,
                           QObject* context, std::function<void(const Result<Sim>&)> done) {
    const QMap<QString, QString> problems = V2Actions::validate(action, number, params);
    if (!problems.isEmpty()) {
        Result<Sim> refused;
        refused.error = localValidation(problems);
        QTimer::singleShot(0, context, [refused, done = std::move(done)] {
            if (done)
                done(refused);
        });
        return nullptr;
    }
    ApiCall* call =
        m_client->postRaw(V2Actions::path(action, number), V2Actions::body(action, params));
    return onRaw<Sim>(call, context, &changeAnswer, std::move(done));
}

ApiCall* V2Service::internetCdr(const V2CdrQuery& query, QObject* context,
                                std::function<void(const Result<QVector<V2CdrRow>>&)> done) {
    const QMap<QString, QString> problems = query.validate();
    if (!problems.isEmpty()) {
        Result<QVector<V2CdrRow>> refused;
        refused.error = localValidation(problems);
        QTimer::singleShot(0, context, [refused, done = std::move(done)] {
            if (done)
                done(refused);
        });
        return nullptr;
    }
    QUrlQuery params;
    params.addQueryItem(u"from"_s, V2Validation::dateText(query.from));
    params.addQueryItem(u"to"_s, V2Validation::dateText(query.to));
    for (const QString& number : query.numbers)
        params.addQueryItem(u"numbers[]"_s, number);
    if (!query.inn.isEmpty())
        params.addQueryItem(u"inn"_s, query.inn);
    return onRaw<QVector<V2CdrRow>>(
        m_client->get(u"cdr/internet"_s, params), context,
        [](const QByteArray& body) { return V2Answers::cdr(body); }, std::move(done));
}

} // namespace simfleet
