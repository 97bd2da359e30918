#pragma once

// What the in-process emulator received, for tests that check which requests
// the client sent (header-only: shared by several test executables).

#include "emulator/Emulator.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QString>
#include <QVector>

namespace simfleet {

namespace EmulatorJournal {

// Every request the emulator received for `method`, with its `items`.
inline QVector<QVector<qint64>> sentItems(const novaemu::Emulator& emulator,
                                          const QString& method) {
    QVector<QVector<qint64>> requests;
    for (const novaemu::Emulator::JournalEntry& entry : emulator.journal()) {
        if (entry.method != method)
            continue;
        QVector<qint64> ids;
        for (const QJsonValue& id : entry.body.value(QStringLiteral("items")).toArray())
            ids.append(id.toInteger());
        requests.append(ids);
    }
    return requests;
}

// Requests that may change something (anything but the reads a session makes).
inline int writeRequests(const novaemu::Emulator& emulator) {
    int writes = 0;
    for (const novaemu::Emulator::JournalEntry& entry : emulator.journal()) {
        const bool read = entry.method == QLatin1String("sim/list") ||
                          entry.method == QLatin1String("group/list") ||
                          entry.method == QLatin1String("user/get") ||
                          entry.method == QLatin1String("company/get");
        writes += read ? 0 : 1;
    }
    return writes;
}

} // namespace EmulatorJournal

} // namespace simfleet
