#include "api/PagedFetch.h"

#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "api/JsonRead.h"

#include <QJsonArray>

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
    m_shortPaging = m_mode == Mode::ShortPage;
    m_pageCount = -1;
    m_nextPage = 1;
    request(0);
}

void PagedFetch::request(int index) {
    if (!m_client)
        return fail(ApiError::cancelled());
    QJsonObject body = m_body;
    body.insert(QStringLiteral("page"), index);
    body.insert(QStringLiteral("size"), m_pageSize);
    ApiCall* call = m_client->post(m_method, body);
    m_calls.insert(index, call);
    connect(call, &ApiCall::finished, this, [this, index, call] { onPage(index, call); });
}

void PagedFetch::requestMore() {
    // No more pages queued than the client runs at once: a huge all_count
    // costs requests one by one, never a queue of them.
    const int window = m_client ? m_client->maxInFlight() : 1;
    while (!m_finished && m_calls.size() < window && m_nextPage < m_pageCount)
        request(m_nextPage++);
}

void PagedFetch::onPage(int index, ApiCall* call) {
    m_calls.remove(index);
    if (m_finished)
        return;
    if (!call->ok())
        return fail(call->error());

    const QJsonObject envelope = call->envelope();
    const qsizetype count = itemsOf(envelope, m_mode).size();
    m_items += count;

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
    if (!m_shortPaging && count == 0)
        m_pageCount = qMin<qint64>(m_pageCount, index + 1); // nothing lies beyond an empty page
    if (m_shortPaging) {
        if (count < m_pageSize) {
            m_pageCount = index + 1;
        } else if (index + 1 >= m_maxPages) {
            return fail(ApiError::listTooLong(
                m_maxPages, QStringLiteral("%1: page %2 is still full").arg(m_method).arg(index)));
        } else {
            request(index + 1);
            m_nextPage = index + 2;
        }
    }
    requestMore();
    if (m_finished)
        return; // the client went away while asking for more

    emit pageArrived(index, envelope);
    emit progress(m_items, m_total.value_or(-1));
    if (m_calls.isEmpty() && m_pageCount >= 0 && m_nextPage >= m_pageCount && !m_finished) {
        m_finished = true;
        emit finished(ApiError{});
    }
}

void PagedFetch::fail(const ApiError& error) {
    if (m_finished)
        return;
    m_finished = true;
    const auto calls = m_calls;
    m_calls.clear();
    for (const auto& call : calls) {
        if (call) {
            call->disconnect(this);
            call->cancel();
        }
    }
    emit finished(error);
}

void PagedFetch::cancel() {
    fail(ApiError::cancelled());
}

} // namespace simfleet
