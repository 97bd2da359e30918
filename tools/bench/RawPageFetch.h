#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QUrl>
#include <QVector>

namespace simfleet {

// Every sim/list page's raw JSON, fetched with plain QNetworkAccessManager
// POSTs (no ApiClient), so JSON parsing alone can be timed on the same bytes
// the fleet load reads.
struct RawPages {
    QVector<QByteArray> pages;
    qint64 bytes = 0;
    QString error; // empty on success
};

RawPages fetchRawSimPages(const QUrl& baseUrl, const QString& token, int pageSize);

// Every page of a report (`method`, e.g. report/day, with `query`: filter and
// select) up to the short one, one after another: the bytes the report load reads.
RawPages fetchRawReportPages(const QUrl& baseUrl, const QString& token, const QString& method,
                             const QJsonObject& query, int pageSize);

} // namespace simfleet
