#pragma once

#include "emulator/ApiTypes.h"

#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>

namespace novaemu {

// Laravel-style answers of the second operator (docs/api-v2-notes.md).
namespace V2Reply {

ApiReply json(int httpStatus, const QJsonValue& value);
// {"message": text}
ApiReply message(int httpStatus, const QString& text);
// 422 {"message": first text, "errors": {field: [text]}}; fields in the given order.
ApiReply invalid(const QList<QPair<QString, QString>>& fieldErrors);
ApiReply unauthenticated();
ApiReply notFound(const QString& text);

} // namespace V2Reply

} // namespace novaemu
