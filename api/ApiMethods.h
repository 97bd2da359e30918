#pragma once

#include <QJsonObject>
#include <QString>

// What the client knows about each API method without asking the server.
namespace ApiMethods {

// Reads are safe to retry; writes never are.
bool isRead(const QString& method);
// Admin-only methods are refused locally in a read-only session.
// `user/edit` is admin-only only when it edits another user (body has `id`).
bool requiresAdmin(const QString& method, const QJsonObject& body);

} // namespace ApiMethods
