#include "api/PagedFetch.h"

#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "api/JsonRead.h"

#include <QJsonArray>
#include <QTimer>

namespace simfleet {

PagedFetch::PagedFetch(ApiClient* client, QString method, QJsonObject body, int pageSize, Mode mode,
                       QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_method(std::move(method))
    , m_body(std::move(body))
    , m_pageSize(qMax(1, pageSize))
    , m_mode(mode) {}

PagedFetch::~PagedFetch() {
    for (const auto& call : std::as_const(m_calls)) {
        if (call)
            call->disconnect(this);
    }
}

QJsonArray PagedFetch::itemsOf(const QJsonObject& envelope, Mode mode) {
    if (mode == Mode::ShortPage)
        return envelope.value(QLatin1String("result"))
            .toObject()
            .value(QLatin1String("items"))
            .toArray();
    return envelope.value(QLatin1String("items")).toArray();
}

void PagedFetch::start() {
    cancelCalls();
    ++m_generation;
    m_finished = false;
    m_total.reset();
    m_items = 0;
    m_done.clear();
    m_attempts.clear();
    m_shortPaging = m_mode == Mode::ShortPage || m_raw;
    m_pageCount = -1;
    m_nextInOrder = 0;
    m_nextPage = 1;
    request(0);
    if (m_shortPaging)
        requestMore();
}

void PagedFetch::request(int index) {
    if (!m_client)
        return fail(ApiError::cancelled());
    QJsonObject body = m_body;
    body.insert(QStringLiteral("page"), index);
    body.insert(QStringLiteral("size"), m_pageSize);
    ApiCall* call = m_raw ? m_client->postRaw(m_method, body) : m_client->post(m_method, body);
    m_calls.insert(index, call);
    connect(call, &ApiCall::finished, this, [this, index, call] { onPage(index, call); });
}

void PagedFetch::requestMore() {
    if (m_finished || !m_client)
        return;
    if (m_shortPaging) {
        // Up to readAhead() requests in flight, and no page requested further
        // than twice that beyond the next one to take: pages that arrive
        // early wait for their turn, and their number stays small.
        const int window = qBound(1, m_readAhead, qMax(1, m_client->maxInFlight()));
        const qint64 ahead = window > 1 ? 2 * window : 1;
        const qint64 end = m_pageCount >= 0 ? m_pageCount : m_maxPages;
        while (!m_finished && m_calls.size() < window && m_nextPage < end &&
               m_nextPage < m_nextInOrder + ahead)
            request(m_nextPage++);
        return;
    }
    // No more pages queued than the client runs at once: a huge all_count
    // costs requests one by one, never a queue of them.
    const int window = m_client->maxInFlight();
    while (!m_finished && m_calls.size() < window && m_nextPage < m_pageCount)
        request(m_nextPage++);
}

void PagedFetch::onPage(int index, ApiCall* call) {
    m_calls.remove(index);
    if (m_finished)
        return;
    if (m_shortPaging && m_pageCount >= 0 && index >= m_pageCount)
        return; // requested ahead, beyond the short page
    if (!call->ok()) {
        if (m_shortPaging)
            return pageDone(index, DonePage{0, call->error(), {}});
        return fail(call->error());
    }
    if (m_raw) {
        requestMore(); // keep the pipe full while the owner reads this one
        emit rawPageArrived(index, call->rawBody());
        return;
    }

    const QJsonObject& envelope = call->envelope();
    const qsizetype count = itemsOf(envelope, m_mode).size();
    if (index == 0 && m_mode == Mode::AllCount) {
        m_total = JsonRead::toInt(envelope.value(QLatin1String("all_count")));
        if (m_total && *m_total < 0)
            m_total.reset();
        if (!m_total) {
            // A server without (a sane) all_count is read page by page like a
            // report (its items stay where its mode puts them).
            m_shortPaging = true;
        } else {
            // A server that silently serves fewer rows per page than asked
            // numbers its pages by what it serves: go on with that page size, or
            // the rows beyond pages * asked size would never be requested.
            if (count > 0 && count < m_pageSize && count < *m_total)
                m_pageSize = int(count);
            const qint64 pages = *m_total / m_pageSize + (*m_total % m_pageSize ? 1 : 0);
            if (pages > m_maxPages)
                return fail(ApiError::listTooLong(
                    m_maxPages, QStringLiteral("%1: all_count %2 means %3 pages of %4")
                                    .arg(m_method)
                                    .arg(*m_total)
                                    .arg(pages)
                                    .arg(m_pageSize)));
            m_pageCount = qMax<qint64>(1, pages);
        }
    }
    if (m_shortPaging)
        return pageDone(index, DonePage{count, ApiError{}, envelope});

    m_items += count;
    if (count == 0)
        m_pageCount = qMin<qint64>(m_pageCount, index + 1); // nothing lies beyond an empty page
    requestMore();
    if (m_finished)
        return; // the client went away while asking for more

    emit pageArrived(index, envelope);
    emit progress(m_items, m_total.value_or(-1));
    if (m_calls.isEmpty() && m_pageCount >= 0 && m_nextPage >= m_pageCount && !m_finished)
        succeed();
}

void PagedFetch::rawPageRead(int index, qint64 count, const ApiError& error) {
    if (m_finished || !m_raw || (m_pageCount >= 0 && index >= m_pageCount))
        return;
    if (error.isError() && m_client) {
        m_client->noteRawAnswerError(error);
        const ApiClient::RetryPolicy policy = m_client->retryPolicy();
        const int attempts = ++m_attempts[index];
        if (error.isTransient() && attempts < policy.maxAttempts) {
            const quint64 generation = m_generation;
            QTimer::singleShot(policy.baseDelayMs * attempts, this, [this, index, generation] {
                if (generation == m_generation && !m_finished)
                    request(index);
            });
            return;
        }
    }
    pageDone(index, DonePage{count, error, {}});
}

void PagedFetch::pageDone(int index, const DonePage& page) {
    m_done.insert(index, page);
    bool took = false;
    while (!m_finished && m_done.contains(m_nextInOrder)) {
        const int current = m_nextInOrder;
        const DonePage done = m_done.take(current);
        if (done.error.isError())
            return fail(done.error);
        ++m_nextInOrder;
        took = true;
        m_items += done.count;
        if (done.count < m_pageSize) {
            m_pageCount = current + 1;
        } else if (current + 1 >= m_maxPages) {
            return fail(ApiError::listTooLong(
                m_maxPages,
                QStringLiteral("%1: page %2 is still full").arg(m_method).arg(current)));
        }
        if (m_raw)
            emit rawPageAccepted(current);
        else
            emit pageArrived(current, done.envelope);
    }
    if (m_finished || !took)
        return;
    emit progress(m_items, m_total.value_or(-1));
    if (m_finished)
        return;
    if (m_pageCount >= 0 && m_nextInOrder >= m_pageCount)
        return succeed(); // pages asked for beyond the short one are cancelled
    requestMore();
}

void PagedFetch::succeed() {
    if (m_finished)
        return;
    m_finished = true;
    cancelCalls();
    m_done.clear();
    emit finished(ApiError{});
}

void PagedFetch::cancelCalls() {
    const auto calls = m_calls;
    m_calls.clear();
    for (const auto& call : calls) {
        if (call) {
            call->disconnect(this);
            call->cancel();
        }
    }
}

void PagedFetch::fail(const ApiError& error) {
    if (m_finished)
        return;
    m_finished = true;
    cancelCalls();
    m_done.clear();
    emit finished(error);
}

void PagedFetch::cancel() {
    fail(ApiError::cancelled());
}

} // namespace simfleet
