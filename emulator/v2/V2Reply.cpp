#include "emulator/v2/V2Reply.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace novaemu {

namespace V2Reply {

ApiReply json(int httpStatus, const QJsonValue& value) {
    ApiReply reply;
    reply.httpStatus = httpStatus;
    reply.apiCode = httpStatus;
    reply.body = value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                 : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    return reply;
}

ApiReply message(int httpStatus, const QString& text) {
    return json(httpStatus, QJsonObject{{QStringLiteral("message"), text}});
}

ApiReply invalid(const QList<QPair<QString, QString>>& fieldErrors) {
    QJsonObject errors;
    for (const auto& [field, text] : fieldErrors) {
        QJsonArray texts = errors.value(field).toArray();
        texts.append(text);
        errors.insert(field, texts);
    }
    QString first = fieldErrors.isEmpty() ? QStringLiteral("The given data was invalid.")
                                          : fieldErrors.first().second;
    if (fieldErrors.size() > 1)
        first += QStringLiteral(" (and %1 more error%2)")
                     .arg(fieldErrors.size() - 1)
                     .arg(fieldErrors.size() > 2 ? QStringLiteral("s") : QString());
    return json(
        422, QJsonObject{{QStringLiteral("message"), first}, {QStringLiteral("errors"), errors}});
}

ApiReply unauthenticated() {
    return message(401, QStringLiteral("Unauthenticated."));
}

ApiReply notFound(const QString& text) {
    return message(404, text);
}

} // namespace V2Reply

} // namespace novaemu
