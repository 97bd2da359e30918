#pragma once

#include "api/ApiError.h"
#include "api/ParseReport.h"
#include "api/Sim.h"
#include "api/SimService.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QVector>

#include <optional>

namespace simfleet {

class ApiCall;
class ApiClient;
class FleetModel;

// Reads the whole fleet (sim/list, every page) into a FleetModel, adding each
// page as it arrives so rows appear while loading. Pages are requested
// `concurrency` at a time and parsed on worker threads; the GUI thread only
// adds each parsed page with one FleetModel::upsert. A reload updates the rows
// in place and, once every page is in, removes SIMs the account no longer has.
class FleetLoader final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetLoader)

public:
    // Measured 2026-11-23: 100,000 SIMs from simfleet-emulator (separate process,
    // loopback) on a shared 2-core machine, median of 3 loads, ApiClient max in
    // flight 8, sign-in excluded. Time to all rows in the model / longest GUI
    // stall (2 ms heartbeat timer):
    //   page 1000: conc 2  925 ms /19-57 ms, conc 4  1186 ms /32-37 ms
    //   page 2000: conc 3  522 ms*/62 ms,    conc 4  1182 ms /20-49 ms (506 ms*)
    //   page 5000: conc 2  1679 ms /44-63 ms, conc 4 1991 ms /38-53 ms (611 ms*)
    //   (* = a run with the machine less loaded). 5000-row pages stall longer
    // (bigger reply and insert); 1000-row pages pay per-request overhead.
    // Page 2000 with 3 in flight is the best compromise. Settings repeats them.
    static constexpr int kDefaultPageSize = 2000;
    static constexpr int kDefaultConcurrency = 3;
    // all_count and page sizes come from the network: a load of more pages
    // than this fails with ApiError::Kind::ListTooLong, and no more rows than
    // kMaxReservedRows are reserved up front whatever all_count says.
    static constexpr int kDefaultMaxPages = 100000;
    static constexpr qint64 kMaxReservedRows = 500000;

    FleetLoader(ApiClient* client, FleetModel* model, QObject* parent = nullptr);
    ~FleetLoader() override;

    // Both apply to the next start().
    void setPageSize(int size) { m_pageSize = qMax(1, size); }
    int pageSize() const { return m_pageSize; }
    // Pages requested at once (the ApiClient's own limit still applies).
    void setConcurrency(int pages) { m_concurrency = qMax(1, pages); }
    int concurrency() const { return m_concurrency; }
    void setMaxPages(int pages) { m_maxPages = qMax(1, pages); }
    int maxPages() const { return m_maxPages; }

    // Starts (or restarts) loading. A load already running is dropped silently.
    void start(const SimListQuery& query = {});
    // Stops loading; finished() reports Kind::Cancelled. Rows already added stay.
    void cancel();
    bool isRunning() const { return m_running; }

    qint64 received() const { return m_received; }
    qint64 total() const { return m_total; } // -1 until the first page tells
    // Rows the server sent that could not be read (dropped), from the last load.
    const ParseProblems& problems() const { return m_problems; }

    // One sim/list answer classified and parsed (runs on a worker thread).
    struct ParsedPage {
        ApiError error;
        QVector<Sim> sims;
        ParseProblems problems;
        qint64 count = 0;
        std::optional<qint64> allCount;
    };
    static ParsedPage parsePage(const QByteArray& body);

signals:
    void started();
    // The server's all_count, from the first page, before its rows are added
    // and before anything is reserved for them. A receiver may cancel() here
    // (e.g. to switch to server-side paging).
    void totalKnown(qint64 total);
    void progress(qint64 received, qint64 total); // total -1 when unknown
    void finished(const ApiError& error);

private:
    void requestPage(int index);
    void onAnswer(int index, ApiCall* call);
    void onParsed(int index, ParsedPage page);
    void retryOrFail(int index, const ApiError& error);
    void requestMore();
    void finish(const ApiError& error);
    void stop();

    QPointer<ApiClient> m_client;
    FleetModel* m_model;
    int m_pageSize = kDefaultPageSize;
    int m_concurrency = kDefaultConcurrency;
    int m_maxPages = kDefaultMaxPages;

    // State of the running load.
    bool m_running = false;
    quint64 m_generation = 0; // answers and parses of older loads are ignored
    SimListQuery m_query;
    int m_loadPageSize = 0;
    int m_pageCount = -1;   // -1 while unknown (no all_count: read until a short page)
    int m_nextPage = 0;     // next page index to request
    int m_pagesPending = 0; // requested or parsing, not yet added
    QHash<int, QPointer<ApiCall>> m_calls;
    QHash<int, int> m_attempts; // per page, for answers that could not be read
    QSet<qint64> m_seen;
    qint64 m_received = 0;
    qint64 m_total = -1;
    ParseProblems m_problems;
};

} // namespace simfleet
