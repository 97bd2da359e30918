#pragma once

#include "api/ApiCall.h"
#include "api/v2/V2Answers.h"
#include "api/v2/V2Methods.h"

#include <QStringList>

#include <functional>

namespace simfleet {

class ApiClient;

struct V2ListQuery {
    QString inn;    // empty: every company of the token
    QString status; // "active", "blocked"; empty: all
};

struct V2CdrQuery {
    QDate from, to;      // inclusive
    QStringList numbers; // empty: every SIM
    QString inn;
    // Field → translated problem (dates, to ≥ from, numbers, inn); empty when valid.
    QMap<QString, QString> validate() const;
};

// The second operator's methods (docs/api-v2-notes.md), each answer read by
// V2Answers. The client must use v2MethodRules() and the api/v2 base address.
class V2Service final {
public:
    static constexpr int kDefaultPageSize = 50;
    static constexpr int kMaxPageSize = 1000;

    explicit V2Service(ApiClient* client)
        : m_client(client) {}

    ApiCall* login(const QString& login, const QString& password, QObject* context,
                   std::function<void(const Result<QString>&)> done);
    ApiCall* listPage(const V2ListQuery& query, int page, int limit, QObject* context,
                      std::function<void(const Result<V2SimPage>&)> done,
                      const QHash<qint64, QString>& packetNames = {});
    ApiCall* packets(QObject* context, std::function<void(const Result<QVector<V2Packet>>&)> done);
    ApiCall* simByNumber(const QString& number, QObject* context,
                         std::function<void(const Result<Sim>&)> done);
    ApiCall* simByIccid(const QString& iccid, QObject* context,
                        std::function<void(const Result<Sim>&)> done);
    // One change for one SIM. Invalid input finishes with a Validation error
    // carrying the field problems and never reaches the network. The answer's
    // SIM, when it sends one, is in the result (id 0 otherwise).
    ApiCall* change(V2Action action, const QString& number, const V2ChangeParams& params,
                    QObject* context, std::function<void(const Result<Sim>&)> done);
    ApiCall* internetCdr(const V2CdrQuery& query, QObject* context,
                         std::function<void(const Result<QVector<V2CdrRow>>&)> done);

    // A Validation error made of field problems, as if the server said them.
    static ApiError localValidation(const QMap<QString, QString>& problems);

private:
    ApiClient* m_client;
};

} // namespace simfleet
