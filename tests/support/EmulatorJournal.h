#pragma once

// What the in-process emulator received, for tests that check which requests
// the client sent (header-only: shared by several test executables).

#include "api/ApiMethods.h"
#include "emulator/Emulator.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVector>

#include <algorithm>
#include <functional>

namespace simfleet {

namespace EmulatorJournal {

using Entry = novaemu::Emulator::JournalEntry;

// The requests a session makes to read; anything else may change something.
inline bool isRead(const QString& method) { return ApiMethods::isRead(method); }

// The requests the emulator received for `method`, in arrival order.
inline QList<Entry> entries(const novaemu::Emulator& emulator, const QString& method) {
    QList<Entry> matching;
    for (const Entry& entry : emulator.journal()) {
        if (entry.method == method)
            matching.append(entry);
    }
    return matching;
}

// Whether any request the emulator received matches.
inline bool contains(const novaemu::Emulator& emulator,
                     const std::function<bool(const Entry&)>& match) {
    const QList<Entry> all = emulator.journal();
    return std::any_of(all.begin(), all.end(), match);
}

// Every request the emulator received for `method`, with its `items`.
inline QVector<QVector<qint64>> sentItems(const novaemu::Emulator& emulator,
                                          const QString& method) {
    QVector<QVector<qint64>> requests;
    for (const Entry& entry : entries(emulator, method)) {
        QVector<qint64> ids;
        for (const auto& id : entry.body.value(QStringLiteral("items")).toArray())
            ids.append(id.toInteger());
        requests.append(ids);
    }
    return requests;
}

// The methods of the requests that may change something, in arrival order.
inline QStringList writeMethods(const novaemu::Emulator& emulator) {
    QStringList writes;
    for (const Entry& entry : emulator.journal()) {
        if (!isRead(entry.method))
            writes.append(entry.method);
    }
    return writes;
}

// How many requests may change something.
inline int writeRequests(const novaemu::Emulator& emulator) {
    return int(writeMethods(emulator).size());
}

} // namespace EmulatorJournal

} // namespace simfleet
