#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QVector>

#include <functional>

namespace simfleet {

// An emulator's request journal file (JSON lines, emulator/README.md), read
// from a given line on: what a part of the soak test sent, and which of its
// writes the emulator carried out.
class RequestLog final {
public:
    explicit RequestLog(QString path);

    // How many lines the file has now: the start of the next part.
    qsizetype lineCount() const;
    // The entries from line `from` on.
    QVector<QJsonObject> entriesFrom(qsizetype from) const;

    // Per SIM id, how many requests the emulator carried out for it: `method`
    // requests (NovaConnect: the SIM ids in `items`) answered 200 with code
    // 200 — whether that answer reached the client or its connection was
    // dropped. An HTTP 500 of the error rate is sent before anything is done.
    static QHash<qint64, int> carriedOut(const QVector<QJsonObject>& entries,
                                         const QString& method);
    // The same for the second operator: `prefix` + number (e.g. "v2/sim/block/")
    // answered 200; the SIM id is the number.
    static QHash<qint64, int> carriedOutPerSim(const QVector<QJsonObject>& entries,
                                               const QString& prefix);
    static int countIf(const QVector<QJsonObject>& entries,
                       const std::function<bool(const QJsonObject&)>& match);

private:
    QString m_path;
};

} // namespace simfleet
