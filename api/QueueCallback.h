#pragma once

#include "api/ParseReport.h"
#include "api/Sim.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUrl>
#include <QVector>

#include <optional>

namespace simfleet {

// The progress POST the provider sends to `callbackUrl` for a queued job:
// {qid, added, queue, handler, items:[Sim + queue_status], user{...},
//  status{count, process, percentage}}.
struct QueueCallback {
    struct Author {
        qint64 id = 0;
        QString firstName, lastName;
        qint64 companyId = 0;
    };

    QString queueId; // `qid`, string or number -> string
    std::optional<QDateTime> added;
    QString queue;      // queue code
    QString handler;    // the webhook URL
    QVector<Sim> items; // no `groups` key here -> hasGroups false; queueStatus filled
    Author user;
    // `status`: clamped to >= 0; percentage to 0..100 (a fractional one is
    // rounded) and derived from processed/count when absent.
    int count = 0, processed = 0, percentage = 0;

    bool isComplete() const { return count > 0 && processed >= count; }

    // nullopt when `qid` is missing/empty (reported in *problems, which may be
    // null); SIM rows without id are dropped and reported, the rest kept.
    static std::optional<QueueCallback> fromJson(const QJsonObject& o, ParseProblems* problems);

    // An address the provider may be told to send progress to: https://, or
    // plain http:// only for this computer (localhost, a loopback address),
    // since the POSTs carry the job's SIM data. *why says what to change.
    static bool validateUrl(const QUrl& url, QString* why = nullptr);
};

} // namespace simfleet
