#include "PagedFetch.h"

#include "ApiCall.h"
#include "ApiClient.h"
#include "JsonRead.h"

#include <QJsonArray>

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
    m_pagesLeft = 1;
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

void PagedFetch::onPage(int index, ApiCall* call) {
    m_calls.remove(index);
    if (m_finished)
        return;
    if (!call->ok())
        return fail(call->error());

    const QJsonObject envelope = call->envelope();
    const qsizetype count = itemsOf(envelope, m_mode).size();
    m_items += count;
    --m_pagesLeft;

    if (index == 0 && m_mode == Mode::AllCount) {
        m_total = JsonRead::toInt(envelope.value(QLatin1String("all_count")));
        // A server that silently serves fewer rows per page than asked numbers
        // its pages by what it serves: go on with that page size, or the rows
        // beyond pages * asked size would never be requested.
        if (m_total && count > 0 && count < m_pageSize && count < *m_total)
            m_pageSize = int(count);
        const qint64 total = m_total.value_or(count);
        const int pages = int((total + m_pageSize - 1) / m_pageSize);
        // A server without all_count is read page by page like a report.
        if (!m_total)
            m_mode = Mode::ShortPage;
        else
            for (int i = 1; i < pages; ++i, ++m_pagesLeft)
                request(i);
    }
    if (m_mode == Mode::ShortPage && count >= m_pageSize) {
        ++m_pagesLeft;
        request(index + 1);
    }

    emit pageArrived(index, envelope);
    emit progress(m_items, m_total.value_or(-1));
    if (m_pagesLeft == 0 && !m_finished) {
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
