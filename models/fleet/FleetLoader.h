#pragma once

#include "api/ApiError.h"
#include "api/ParseReport.h"
#include "api/Provider.h"
#include "api/Sim.h"
#include "api/SimService.h"
#include "models/common/Preferences.h"
#include "models/fleet/SimStore.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QVector>

#include <map>
#include <optional>

namespace simfleet {

class ApiCall;
class ApiClient;
class FleetModel;
class V2FleetFetch;

// Reads the whole fleet (sim/list, every page) into a FleetModel, adding each
// page as it arrives so rows appear while loading. Pages are requested
// `concurrency` at a time and parsed on worker threads; the GUI thread only
// adds each parsed page with one FleetModel::upsert, in page order and one
// page per turn of the event loop (a burst of parsed pages never holds the
// GUI for several pages at once). A reload updates the rows in place and,
// once every page is in, removes SIMs the account no longer has.
class FleetLoader final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetLoader)

public:
    // all_count and page sizes come from the network: a load of more pages
    // than this fails with ApiError::Kind::ListTooLong, and no more rows than
    // kMaxReservedRows are reserved up front whatever all_count says. That is
    // above any fleet kept locally by default, so a big fleet is never moved
    // to a bigger buffer half-way (a 130 ms stall at 500,000 of 1,000,000).
    static constexpr int kDefaultMaxPages = 100000;
    static constexpr qint64 kMaxReservedRows = 2000000;

    FleetLoader(ApiClient* client, FleetModel* model, QObject* parent = nullptr);
    ~FleetLoader() override;

    // Both apply to the next start().
    void setPageSize(int size) { m_pageSize = qMax(1, size); }
    int pageSize() const { return m_pageSize; }
    // Pages requested at once (the ApiClient's own limit still applies).
    void setConcurrency(int pages) { m_concurrency = qMax(1, pages); }
    int concurrency() const { return m_concurrency; }
    void setMaxPages(int pages) { m_maxPages = qMax(1, pages); }
    // The second operator's list is read with V2FleetFetch (Laravel pages, no
    // server-side mode: totalKnown() is not emitted). Applies to the next start().
    void setProvider(ProviderKind provider) { m_provider = provider; }
    ProviderKind provider() const { return m_provider; }
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
        SimStore rows;
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
    void startSecondOperator();
    void requestPage(int index);
    void onAnswer(int index, ApiCall* call);
    void onParsed(int index, ParsedPage page);
    // Adds the next parsed page in page order, if it is here; one per call.
    void addNextPage();
    void addPage(int index, const ParsedPage& page);
    void finishIfComplete();
    void retryOrFail(int index, const ApiError& error);
    void requestMore();
    void finish(const ApiError& error);
    void stop();

    QPointer<ApiClient> m_client;
    FleetModel* m_model;
    // The defaults were measured on 100k SIMs: see Preferences.
    int m_pageSize = Preferences().fleetPageSize;
    int m_concurrency = Preferences().fleetConcurrency;
    int m_maxPages = kDefaultMaxPages;
    ProviderKind m_provider = ProviderKind::NovaConnect;
    V2FleetFetch* m_v2Fetch = nullptr;

    // State of the running load.
    bool m_running = false;
    quint64 m_generation = 0; // answers and parses of older loads are ignored
    SimListQuery m_query;
    int m_loadPageSize = 0;
    int m_pageCount = -1;   // -1 while unknown (no all_count: read until a short page)
    int m_nextPage = 0;     // next page index to request
    int m_pagesPending = 0; // requested or parsing, not yet parsed
    int m_nextToAdd = 0;    // index of the next page to add to the model
    // Parsed pages not added yet: those after a page still on its way wait
    // for it (so ids arrive in the server's order), the rest for their turn.
    std::map<int, ParsedPage> m_parsed;
    QTimer m_addTimer; // zero interval: the next page after other events
    QHash<int, QPointer<ApiCall>> m_calls;
    QHash<int, int> m_attempts; // per page, for answers that could not be read
    QSet<qint64> m_seen;
    bool m_trackSeen = true; // whether m_seen is kept (the table had rows at start)
    qint64 m_received = 0;
    qint64 m_total = -1;
    ParseProblems m_problems;
};

} // namespace simfleet
