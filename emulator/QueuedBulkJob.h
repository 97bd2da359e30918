#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

namespace novaemu {

// A validated bulk SIM operation waiting in the queue.
struct QueuedBulkJob {
    QString queue;       // operation: block, unblock, reconnect, disconnect, ping, sms, ...
    QList<int> ids;      // SIM ids, duplicates removed
    QJsonObject params;  // validated `params` of sms/limit/tariff
    QList<int> groupIds; // sim/group: the complete new group set
    QUrl callbackUrl;    // empty = no webhook
    QJsonObject user;    // {id, first_name, last_name, company_id} of the caller
};

} // namespace novaemu
