#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QtGlobal>

namespace novaemu {

enum class Lang { Ru, En };
enum class Role { None, User, Admin };

// Everything a handler needs to know about one authenticated API call.
struct ApiContext {
    QString method;
    QJsonObject body;
    Role role = Role::None;
    int userId = 0;
    Lang lang = Lang::Ru;
    qint64 now = 0; // unix seconds
};

// A complete answer: status, headers and body bytes.
struct ApiReply {
    int httpStatus = 200;
    int apiCode = 200;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QByteArray contentDisposition;
    QByteArray body;
    bool queuedJob = false; // a bulk job was queued (for the faults after acceptance)
    QList<QPair<QByteArray, QByteArray>> headers; // extra headers, e.g. Retry-After
};

} // namespace novaemu
