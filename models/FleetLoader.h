#pragma once

#include "ApiError.h"
#include "ParseReport.h"
#include "SimService.h"

#include <QObject>
#include <QPointer>
#include <QSet>

class ApiClient;
class FleetModel;
class PagedFetch;

// Reads the whole fleet (sim/list, every page) into a FleetModel, adding each
// page as it arrives so rows appear while loading. A reload updates the rows
// in place and, once every page is in, removes SIMs the account no longer has.
class FleetLoader final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetLoader)

public:
    FleetLoader(ApiClient* client, FleetModel* model, QObject* parent = nullptr);
    ~FleetLoader() override;

    void setPageSize(int size) { m_pageSize = qMax(1, size); }
    int pageSize() const { return m_pageSize; }

    // Starts (or restarts) loading. A load already running is dropped silently.
    void start(const SimListQuery& query = {});
    // Stops loading; finished() reports Kind::Cancelled. Rows already added stay.
    void cancel();
    bool isRunning() const { return m_fetch != nullptr; }

    qint64 received() const { return m_received; }
    qint64 total() const { return m_total; } // -1 until the first page tells
    // Rows the server sent that could not be read (dropped), from the last load.
    const ParseProblems& problems() const { return m_problems; }

signals:
    void started();
    void progress(qint64 received, qint64 total); // total -1 when unknown
    void finished(const ApiError& error);

private:
    void onPage(int index, const QJsonObject& envelope);
    void onFetchFinished(const ApiError& error);
    void dropFetch();

    QPointer<ApiClient> m_client;
    FleetModel* m_model;
    PagedFetch* m_fetch = nullptr;
    int m_pageSize = SimService::kDefaultPageSize;
    QSet<qint64> m_seen;
    qint64 m_received = 0;
    qint64 m_total = -1;
    ParseProblems m_problems;
};
