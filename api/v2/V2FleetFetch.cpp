#include "api/v2/V2FleetFetch.h"

#include "api/ApiClient.h"

#include <QTimer>

namespace simfleet {

V2FleetFetch::V2FleetFetch(ApiClient* client, V2ListQuery query, int pageSize, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_service(client)
    , m_query(std::move(query))
    , m_pageSize(qBound(1, pageSize, V2Service::kMaxPageSize)) {}

V2FleetFetch::~V2FleetFetch() {
    for (const QPointer<ApiCall>& call : std::as_const(m_calls)) {
        if (call)
            call->disconnect(this);
    }
}

void V2FleetFetch::start() {
    m_service.packets(this, [this](const Result<QVector<V2Packet>>& result) {
        if (m_finished)
            return;
        // Without tariffs the SIMs are still listed, with packet numbers for names.
        if (result.ok()) {
            m_packets = result.value;
            for (const V2Packet& packet : m_packets)
                m_packetNames.insert(packet.id, packet.name);
        } else if (result.error.kind == ApiError::Kind::Unauthorized) {
            fail(result.error);
            return;
        }
        requestPage(m_nextPage++);
    });
}

void V2FleetFetch::cancel() {
    if (m_finished)
        return;
    fail(ApiError::cancelled());
}

void V2FleetFetch::requestPage(int page) {
    if (page > kMaxPages) {
        fail(ApiError::listTooLong(kMaxPages,
                                   QStringLiteral("sim/list: more than %1 pages").arg(kMaxPages)));
        return;
    }
    ApiCall* call = m_service.listPage(
        m_query, page, m_pageSize, this,
        [this, page](const Result<V2SimPage>& result) { onPage(page, result); }, m_packetNames);
    m_calls.insert(page, call);
}

void V2FleetFetch::onPage(int page, const Result<V2SimPage>& result) {
    m_calls.remove(page);
    if (m_finished)
        return;
    if (!result.ok()) {
        if (result.error.isRateLimited() && m_rateLimitWaits < kMaxRateLimitWaits) {
            ++m_rateLimitWaits;
            const int waitMs = qMax(1, result.error.retryAfterSeconds) * 1000;
            m_calls.insert(page, nullptr);
            QTimer::singleShot(waitMs, this, [this, page] {
                if (!m_finished) {
                    m_calls.remove(page);
                    requestPage(page);
                }
            });
            return;
        }
        fail(result.error);
        return;
    }
    const V2SimPage& answer = result.value;
    QVector<Sim> fresh;
    fresh.reserve(answer.sims.size());
    for (const Sim& sim : answer.sims) {
        if (!m_seen.contains(sim.id)) {
            m_seen.insert(sim.id);
            fresh.append(sim);
        }
    }
    if (answer.total)
        m_total = answer.total;
    if (!fresh.isEmpty())
        emit simsArrived(fresh);
    emit progress(received(), m_total.value_or(-1));

    if (page == 1 && answer.lastPage && *answer.lastPage > 1 && answer.entries > 0) {
        m_pagesKnown = true;
        m_lastPage = answer.lastPage;
        if (*m_lastPage > kMaxPages) {
            fail(ApiError::listTooLong(kMaxPages,
                                       QStringLiteral("sim/list: last_page %1").arg(*m_lastPage)));
            return;
        }
        for (int next = 2; next <= *m_lastPage; ++next)
            requestPage(next);
        m_nextPage = *m_lastPage + 1;
    } else if (!m_pagesKnown) {
        const bool shortPage = answer.entries < m_pageSize;
        const bool noNext = answer.hasNext.has_value() && !*answer.hasNext;
        const bool lastByMeta = answer.lastPage && page >= *answer.lastPage;
        if (shortPage || noNext || lastByMeta || answer.entries == 0)
            m_ended = true;
        else
            requestPage(m_nextPage++);
    }
    finishIfDone();
}

void V2FleetFetch::finishIfDone() {
    if (m_finished || !m_calls.isEmpty())
        return;
    if (!m_pagesKnown && !m_ended)
        return;
    m_finished = true;
    emit finished({});
}

void V2FleetFetch::fail(const ApiError& error) {
    if (m_finished)
        return;
    m_finished = true;
    const auto calls = m_calls;
    m_calls.clear();
    for (const QPointer<ApiCall>& call : calls) {
        if (call) {
            call->disconnect(this);
            call->cancel();
        }
    }
    emit finished(error);
}

} // namespace simfleet
