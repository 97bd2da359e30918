#include "emulator/Reply.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace novaemu {

namespace {

QString format(Lang lang, Msg msg, const QString& arg) {
    const QString text = Messages::text(msg, lang);
    return text.contains(QLatin1String("%1")) ? text.arg(arg) : text;
}

} // namespace

ApiReply Reply::ok(Lang lang, const QJsonObject& fields) {
    QJsonObject o = fields;
    o.insert(QStringLiteral("code"), 200);
    o.insert(QStringLiteral("message"), Messages::text(Msg::Ok, lang));
    ApiReply reply;
    reply.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
    return reply;
}

ApiReply Reply::item(Lang lang, const QJsonObject& item) {
    return ok(lang, {{QStringLiteral("result"), QJsonObject{{QStringLiteral("item"), item}}}});
}

ApiReply Reply::error(int apiCode, const QString& message, int httpStatus) {
    ApiReply reply;
    reply.httpStatus = httpStatus;
    reply.apiCode = apiCode;
    reply.body = QJsonDocument(QJsonObject{{QStringLiteral("code"), apiCode},
                                           {QStringLiteral("message"), message}})
                     .toJson(QJsonDocument::Compact);
    return reply;
}

ApiReply Reply::invalid(const ApiContext& ctx, Msg msg, const QString& arg) {
    return error(400, format(ctx.lang, msg, arg));
}

ApiReply Reply::notFound(const ApiContext& ctx, Msg msg, const QString& arg) {
    return error(404, format(ctx.lang, msg, arg));
}

QByteArray Reply::jsonString(const QString& text) {
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

ApiReply Reply::serverErrorPage() {
    ApiReply reply;
    reply.httpStatus = 500;
    reply.apiCode = 500;
    reply.contentType = QByteArrayLiteral("text/html");
    reply.body = QByteArrayLiteral("<html><body><h1>500 Internal Server Error</h1></body></html>");
    return reply;
}

QString Reply::bearerToken(const QByteArray& authorization) {
    const QByteArray value = authorization.trimmed();
    if (value.size() > 7 && value.left(7).compare("Bearer ", Qt::CaseInsensitive) == 0)
        return QString::fromUtf8(value.mid(7).trimmed());
    return QString();
}

} // namespace novaemu
