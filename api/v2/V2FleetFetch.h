#pragma once

#include "api/ApiError.h"
#include "api/Sim.h"
#include "api/v2/V2Service.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

namespace simfleet {

class ApiClient;
class ApiCall;

// Reads the second operator's whole fleet: the tariffs first (to name each
// SIM's packet), then `sim/list` page 1; when the answer says how many pages
// there are, the rest are asked for at once and the client runs as many as it
// may at a time; otherwise pages are read one after another until a short
// one (or links.next says there is no more). A page answered 429 is asked
// for again after the Retry-After the server gave, without failing the read.
// Each SIM is delivered once (by number).
class V2FleetFetch final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(V2FleetFetch)

public:
    static constexpr int kMaxPages = 10000;
    static constexpr int kMaxRateLimitWaits = 50;

    V2FleetFetch(ApiClient* client, V2ListQuery query, int pageSize, QObject* parent = nullptr);
    ~V2FleetFetch() override;

    void start();
    void cancel();
    bool isFinished() const { return m_finished; }
    qint64 received() const { return m_seen.size(); }
    const QVector<V2Packet>& packets() const { return m_packets; }

signals:
    void simsArrived(const QVector<Sim>& sims);
    void progress(qint64 received, qint64 total); // total -1 while unknown
    void finished(const ApiError& error);

private:
    void requestPage(int page);
    void onPage(int page, const Result<V2SimPage>& result);
    void fail(const ApiError& error);
    void finishIfDone();

    ApiClient* m_client;
    V2Service m_service;
    V2ListQuery m_query;
    int m_pageSize;
    QHash<qint64, QString> m_packetNames;
    QVector<V2Packet> m_packets;
    QHash<int, QPointer<ApiCall>> m_calls;
    QSet<qint64> m_seen;
    std::optional<int> m_lastPage;
    std::optional<qint64> m_total;
    int m_nextPage = 1;
    int m_rateLimitWaits = 0;
    bool m_pagesKnown = false;
    bool m_ended = false; // a short page or the last page arrived (sequential reading)
    bool m_finished = false;
};

} // namespace simfleet
