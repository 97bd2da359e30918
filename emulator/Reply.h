#pragma once

#include "emulator/ApiTypes.h"
#include "emulator/Messages.h"

#include <QJsonObject>

namespace novaemu {

// Builders for the JSON envelope `{"code":..., "message":..., ...}`.
namespace Reply {

// {"code":200,"message":"OK"/"Успешно"} merged with `fields`.
ApiReply ok(Lang lang, const QJsonObject& fields = {});
// {"code":200,"message":...,"result":{"item":item}}
ApiReply item(Lang lang, const QJsonObject& item);
// {"code":apiCode,"message":message} with the given HTTP status.
ApiReply error(int apiCode, const QString& message, int httpStatus = 200);
// Shortcuts for the 200-with-code-in-body errors.
ApiReply invalid(const ApiContext& ctx, Msg msg, const QString& arg = QString());
ApiReply notFound(const ApiContext& ctx, Msg msg, const QString& arg = QString());
// JSON string literal (with quotes) for hand-assembled bodies.
QByteArray jsonString(const QString& text);
// An injected fault: HTTP 500 with an HTML page, as a broken proxy answers
// (both APIs; nothing is routed or changed).
ApiReply serverErrorPage();
// The token of an `Authorization: Bearer <token>` header; empty otherwise.
QString bearerToken(const QByteArray& authorization);

} // namespace Reply

} // namespace novaemu
