#include "tests/soak/RequestLog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace simfleet {

RequestLog::RequestLog(QString path)
    : m_path(std::move(path)) {}

qsizetype RequestLog::lineCount() const {
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    qsizetype lines = 0;
    while (!file.atEnd()) {
        if (!file.readLine().trimmed().isEmpty())
            ++lines;
    }
    return lines;
}

QVector<QJsonObject> RequestLog::entriesFrom(qsizetype from) const {
    QVector<QJsonObject> entries;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return entries;
    qsizetype line = 0;
    while (!file.atEnd()) {
        const QByteArray text = file.readLine().trimmed();
        if (text.isEmpty())
            continue;
        if (line++ >= from)
            entries.append(QJsonDocument::fromJson(text).object());
    }
    return entries;
}

QHash<qint64, int> RequestLog::carriedOut(const QVector<QJsonObject>& entries,
                                          const QString& method) {
    QHash<qint64, int> count;
    for (const QJsonObject& entry : entries) {
        if (entry.value(QLatin1String("method")).toString() != method ||
            entry.value(QLatin1String("httpStatus")).toInt() != 200 ||
            entry.value(QLatin1String("apiCode")).toInt() != 200)
            continue;
        const QJsonArray items =
            entry.value(QLatin1String("body")).toObject().value(QLatin1String("items")).toArray();
        for (const auto& id : items)
            ++count[id.toInteger()];
    }
    return count;
}

QHash<qint64, int> RequestLog::carriedOutPerSim(const QVector<QJsonObject>& entries,
                                                const QString& prefix) {
    QHash<qint64, int> count;
    for (const QJsonObject& entry : entries) {
        const QString method = entry.value(QLatin1String("method")).toString();
        if (method.startsWith(prefix) && entry.value(QLatin1String("httpStatus")).toInt() == 200)
            ++count[method.mid(prefix.size()).toLongLong()];
    }
    return count;
}

int RequestLog::countIf(const QVector<QJsonObject>& entries,
                        const std::function<bool(const QJsonObject&)>& match) {
    int count = 0;
    for (const QJsonObject& entry : entries) {
        if (match(entry))
            ++count;
    }
    return count;
}

} // namespace simfleet
