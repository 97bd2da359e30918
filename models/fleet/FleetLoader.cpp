#include "models/fleet/FleetLoader.h"

#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "api/ListPage.h"
#include "api/ParseThreads.h"
#include "api/SimService.h"
#include "api/v2/V2FleetFetch.h"
#include "models/fleet/FleetModel.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QThreadPool>
#include <QTimer>
#include <QtConcurrent>

#include <utility>

namespace simfleet {

Q_LOGGING_CATEGORY(lcFleetLoader, "simfleet.models.fleetloader")

namespace {

FleetLoader::ParsedPage parseOnWorker(const QByteArray& body) {
    ParseThreads::yieldToGuiThread();
    return FleetLoader::parsePage(body);
}

} // namespace

FleetLoader::FleetLoader(ApiClient* client, FleetModel* model, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_model(model) {
    m_addTimer.setSingleShot(true);
    m_addTimer.setInterval(0);
    connect(&m_addTimer, &QTimer::timeout, this, &FleetLoader::addNextPage);
}

FleetLoader::~FleetLoader() {
    stop();
}

FleetLoader::ParsedPage FleetLoader::parsePage(const QByteArray& body) {
    ParsedPage page;
    Result<ListPage<Sim>> answer = SimService::parseListAnswer(body);
    page.error = answer.error;
    if (page.error.isError())
        return page;
    ListPage<Sim>& list = answer.value;
    // Encoded here, on the worker: the GUI thread only copies the records in.
    page.rows = SimStore::of(std::exchange(list.items, {}));
    page.problems = std::move(list.problems);
    page.count = list.count;
    page.allCount = list.allCount;
    return page;
}

void FleetLoader::start(const SimListQuery& query) {
    stop();
    m_seen.clear();
    // Into an empty table every row comes from this load: no SIM can be gone
    // at its end, and a million ids need not be remembered.
    m_trackSeen = m_model->rowCount() > 0;
    m_problems = {};
    m_received = 0;
    m_total = -1;
    if (!m_client) {
        emit finished(ApiError::cancelled());
        return;
    }
    m_running = true;
    m_query = query;
    m_loadPageSize = m_pageSize;
    m_pageCount = -1;
    m_nextPage = 1;
    m_pagesPending = 0;
    m_nextToAdd = 0;
    emit started();
    if (m_provider == ProviderKind::SecondOperator)
        return startSecondOperator();
    // The first page tells how many there are; the rest fan out after it.
    requestPage(0);
}

void FleetLoader::startSecondOperator() {
    m_v2Fetch = new V2FleetFetch(m_client, {}, qMin(m_pageSize, V2Service::kMaxPageSize), this);
    connect(m_v2Fetch, &V2FleetFetch::simsArrived, this, [this](const QVector<Sim>& sims) {
        for (const Sim& sim : sims)
            m_seen.insert(sim.id);
        m_received += sims.size();
        m_model->upsert(sims);
    });
    connect(m_v2Fetch, &V2FleetFetch::progress, this, [this](qint64 received, qint64 total) {
        m_total = total;
        emit progress(received, total);
    });
    connect(m_v2Fetch, &V2FleetFetch::finished, this, [this](const ApiError& error) {
        if (!error.isError())
            m_model->removeAllExcept(m_seen);
        finish(error);
    });
    m_v2Fetch->start();
}

void FleetLoader::cancel() {
    if (m_running)
        finish(ApiError::cancelled());
}

void FleetLoader::requestPage(int index) {
    ApiCall* call = SimService(m_client).listRaw(m_query, index, m_loadPageSize);
    m_calls.insert(index, call);
    ++m_pagesPending;
    connect(call, &ApiCall::finished, this, [this, index, call] { onAnswer(index, call); });
}

void FleetLoader::onAnswer(int index, ApiCall* call) {
    m_calls.remove(index);
    if (!m_running)
        return;
    if (!call->ok()) {
        --m_pagesPending;
        return finish(call->error());
    }
    // A network slot is free: keep the pipe full while this page is parsed.
    requestMore();
    const quint64 generation = m_generation;
    // A watcher owned by the loader rather than QFuture::then(this, ...): Qt
    // 6.4 asserts when the context of a continuation is destroyed while the
    // parse still runs (a load cancelled or an account switched mid-page).
    // A watcher that goes with the loader simply drops the late result.
    auto* watcher = new QFutureWatcher<ParsedPage>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, index, generation] {
        watcher->deleteLater();
        if (generation == m_generation && m_running)
            onParsed(index, watcher->future().takeResult());
    });
    watcher->setFuture(QtConcurrent::run(ParseThreads::pool(), &parseOnWorker, call->rawBody()));
}

void FleetLoader::onParsed(int index, ParsedPage page) {
    --m_pagesPending;
    if (page.error.isError())
        return retryOrFail(index, page.error);
    m_attempts.remove(index);

    if (index == 0) {
        const qint64 count = page.count;
        if (page.allCount) { // never negative (PageParsing::readFrame)
            m_total = *page.allCount;
            // A server that silently serves fewer rows per page than asked
            // numbers its pages by what it serves: go on with that page size.
            if (count > 0 && count < m_loadPageSize && count < m_total)
                m_loadPageSize = int(count);
            // The receiver decides local or server-side mode before anything is reserved.
            const quint64 generation = m_generation;
            emit totalKnown(m_total);
            if (!m_running || generation != m_generation)
                return; // cancelled or restarted by a receiver
            const qint64 pages = m_total / m_loadPageSize + (m_total % m_loadPageSize ? 1 : 0);
            if (pages > m_maxPages)
                return finish(ApiError::listTooLong(
                    m_maxPages, QStringLiteral("sim/list: all_count %1 means %2 pages of %3")
                                    .arg(m_total)
                                    .arg(pages)
                                    .arg(m_loadPageSize)));
            m_pageCount = int(pages);
            const qint64 reserved = qMin(m_total, kMaxReservedRows);
            m_model->reserve(reserved);
            if (m_trackSeen)
                m_seen.reserve(reserved);
        }
    }
    if (m_pageCount < 0) { // no all_count: read page by page until a short one
        if (page.count < m_loadPageSize) {
            m_pageCount = index + 1;
        } else if (index + 1 >= m_maxPages) {
            return finish(ApiError::listTooLong(
                m_maxPages, QStringLiteral("sim/list: page %1 is still full").arg(index)));
        } else {
            requestPage(index + 1);
            m_nextPage = index + 2;
        }
    } else if (page.count == 0 && index + 1 < m_pageCount) {
        m_pageCount = index + 1; // nothing lies beyond an empty page: ask for no more
    }

    m_parsed.emplace(index, std::move(page));
    if (index == m_nextToAdd)
        m_addTimer.start();
    requestMore();
}

void FleetLoader::addNextPage() {
    // Pages that are ready go in together for a few milliseconds (the view
    // repaints once for them), then the event loop gets its turn.
    constexpr qint64 kTurnMs = 6;
    QElapsedTimer turn;
    turn.start();
    auto next = m_parsed.find(m_nextToAdd);
    while (m_running && next != m_parsed.end()) {
        const ParsedPage page = std::move(next->second);
        m_parsed.erase(next);
        addPage(m_nextToAdd++, page);
        next = m_parsed.find(m_nextToAdd);
        if (next != m_parsed.end() && turn.elapsed() >= kTurnMs) {
            m_addTimer.start();
            break;
        }
    }
    requestMore();
    finishIfComplete();
}

void FleetLoader::addPage(int index, const ParsedPage& page) {
    if (!page.problems.isEmpty()) {
        qCWarning(lcFleetLoader) << "sim/list page" << index << "dropped" << page.problems.total()
                                 << "rows:" << page.problems.messages.value(0);
        m_problems.merge(page.problems);
    }
    m_received +=
        qBound(qint64(0), page.count, qint64(m_loadPageSize)); // `count` is the server's word
    if (m_trackSeen) {
        for (qsizetype row = 0; row < page.rows.size(); ++row)
            m_seen.insert(page.rows.id(row));
    }
    m_model->upsert(page.rows);
    emit progress(m_received, m_total);
}

void FleetLoader::finishIfComplete() {
    if (!m_running || m_pagesPending > 0 || !m_parsed.empty() || m_pageCount < 0 ||
        m_nextPage < m_pageCount)
        return;
    if (m_trackSeen)
        m_model->removeAllExcept(m_seen);
    finish(ApiError{});
}

void FleetLoader::retryOrFail(int index, const ApiError& error) {
    const int attempts = ++m_attempts[index];
    const ApiClient::RetryPolicy policy = m_client->retryPolicy();
    m_client->noteRawAnswerError(error);
    if (!error.isTransient() || attempts >= policy.maxAttempts)
        return finish(error);
    qCInfo(lcFleetLoader) << "sim/list page" << index << "unreadable (" << error.detail
                          << "), asking again";
    ++m_pagesPending; // counted as pending while waiting to be asked again
    const quint64 generation = m_generation;
    QTimer::singleShot(policy.baseDelayMs * attempts, this, [this, index, generation] {
        if (generation != m_generation || !m_running)
            return;
        --m_pagesPending;
        requestPage(index);
    });
}

void FleetLoader::requestMore() {
    // Pages parsed ahead of one still on its way (asked again, say) wait in
    // memory: no more than a few rounds of them.
    const std::size_t maxWaiting = std::size_t(4 * m_concurrency);
    while (m_running && m_calls.size() < m_concurrency && m_parsed.size() < maxWaiting &&
           m_nextPage < m_pageCount)
        requestPage(m_nextPage++);
}

void FleetLoader::finish(const ApiError& error) {
    stop();
    if (error.isError() && error.kind != ApiError::Kind::Cancelled)
        qCWarning(lcFleetLoader) << "loading the fleet failed:" << ApiError::kindName(error.kind)
                                 << error.detail;
    emit finished(error);
}

void FleetLoader::stop() {
    ++m_generation;
    m_running = false;
    if (V2FleetFetch* fetch = std::exchange(m_v2Fetch, nullptr)) {
        fetch->disconnect(this);
        fetch->cancel();
        fetch->deleteLater();
    }
    const auto calls = std::exchange(m_calls, {});
    for (const QPointer<ApiCall>& call : calls) {
        if (call) {
            call->disconnect(this);
            call->cancel();
        }
    }
    m_attempts.clear();
    m_pagesPending = 0;
    m_addTimer.stop();
    m_parsed.clear();
    m_seen = {}; // a million ids: not kept beyond the load
}

} // namespace simfleet
