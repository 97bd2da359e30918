#pragma once

#include <QJsonObject>
#include <QString>

namespace simfleet {

// What the client knows about each API method without asking the server.
namespace ApiMethods {

// Reads are safe to retry; writes never are.
bool isRead(const QString& method);
// What a read-only session may send: the reads and the user's own profile
// (`user/edit` without `id`, `user/password`). An allow-list, so that a
// method the client does not know is refused rather than sent.
bool allowedWhenReadOnly(const QString& method, const QJsonObject& body);

} // namespace ApiMethods

} // namespace simfleet
