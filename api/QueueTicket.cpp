#include "api/QueueTicket.h"

#include "api/JsonRead.h"

namespace simfleet {

using namespace Qt::Literals::StringLiterals;

namespace {

QString queueIdIn(const QJsonObject& o) {
    const QJsonValue value = o.value("queue_id"_L1);
    if (!value.isString() && !value.isDouble())
        return QString();
    return JsonRead::toString(value).trimmed();
}

} // namespace

std::optional<QueueTicket> QueueTicket::fromResponse(const QJsonObject& body, QString* problem) {
    const QJsonObject result = body.value("result"_L1).toObject();
    QString id = queueIdIn(result.value("item"_L1).toObject());
    if (id.isEmpty())
        id = queueIdIn(result);
    if (id.isEmpty())
        id = queueIdIn(body);
    if (id.isEmpty()) {
        if (problem)
            *problem = QStringLiteral("no result.item.queue_id in the answer");
        return std::nullopt;
    }
    return QueueTicket{id};
}

} // namespace simfleet
