#include "models/jobs/PerSimSender.h"

#include "api/ApiClient.h"
#include "api/v2/V2Service.h"

#include <QLoggingCategory>

namespace simfleet {

namespace {

Q_LOGGING_CATEGORY(lcPerSim, "simfleet.models.persimsender")

constexpr int kDefaultRetryAfterMs = 1000;

} // namespace

PerSimSender::PerSimSender(ApiClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client) {
    m_wake.setSingleShot(true);
    m_wake.setTimerType(Qt::PreciseTimer);
    connect(&m_wake, &QTimer::timeout, this, &PerSimSender::pump);
    setLimits({});
}

// Calls in flight answer into `this` as context: destroyed, they are not heard.
PerSimSender::~PerSimSender() = default;

void PerSimSender::setLimits(const Limits& limits) {
    m_limits = limits;
    m_limits.requestsPerSecond = qBound(1, m_limits.requestsPerSecond, 1000);
    m_limits.concurrency = qBound(1, m_limits.concurrency, 64);
    m_rate.setRate(m_limits.requestsPerSecond);
    pump();
}

void PerSimSender::setHandlers(BeforeSend beforeSend, OnAnswer onAnswer, OnDeferred onDeferred) {
    m_beforeSend = std::move(beforeSend);
    m_onAnswer = std::move(onAnswer);
    m_onDeferred = std::move(onDeferred);
}

void PerSimSender::enqueue(const Request& request) {
    m_queue.enqueue(request);
    pump();
}

QVector<PerSimSender::Request> PerSimSender::markedWaiting() const {
    QVector<Request> marked;
    for (const Request& request : m_queue) {
        if (request.marked)
            marked.append(request);
    }
    return marked;
}

void PerSimSender::pump() {
    while (m_inFlight < m_limits.concurrency && !m_queue.isEmpty()) {
        const qint64 wait = m_rate.msUntilNext();
        if (wait > 0) {
            if (!m_wake.isActive() || m_wake.remainingTime() > wait)
                m_wake.start(int(wait));
            return;
        }
        m_rate.take();
        send(m_queue.dequeue());
    }
}

void PerSimSender::send(const Request& request) {
    if (!m_client) {
        // Signed out: nothing leaves.
        Result<Sim> gone;
        gone.error = ApiError::cancelled();
        gone.error.neverSent = true;
        if (m_onAnswer)
            m_onAnswer(request, gone);
        return;
    }
    if (!request.read && !request.marked && m_beforeSend) {
        QVector<Request> batch{request};
        const bool withNext =
            !m_queue.isEmpty() && !m_queue.first().read && !m_queue.first().marked;
        if (withNext)
            batch.append(m_queue.first());
        const QVector<bool> mayGo = m_beforeSend(batch);
        if (withNext) {
            if (mayGo.value(1))
                m_queue.first().marked = true;
            else
                m_queue.removeFirst();
        }
        if (!mayGo.value(0))
            return;
    }
    ++m_inFlight;
    auto done = [this, request](const Result<Sim>& result) {
        --m_inFlight;
        answered(request, result);
        pump();
    };
    V2Service service(m_client);
    if (request.read)
        service.simByNumber(request.number, this, done);
    else
        service.change(request.action, request.number, request.params, this, done);
}

void PerSimSender::answered(const Request& request, const Result<Sim>& result) {
    if (result.error.isRateLimited()) {
        ++m_rateLimited;
        const int waitMs = result.error.retryAfterSeconds >= 0
                               ? result.error.retryAfterSeconds * 1000
                               : kDefaultRetryAfterMs;
        qCInfo(lcPerSim) << "rate limited: pausing" << waitMs << "ms; job" << request.jobId
                         << "chunk" << request.chunk << "goes again";
        m_rate.pauseFor(qMax(waitMs, 1));
        Request again = request;
        again.marked = false; // back to pending: journaled again when it goes
        m_queue.prepend(again);
        if (!request.read && m_onDeferred)
            m_onDeferred(request);
        return;
    }
    if (m_onAnswer)
        m_onAnswer(request, result);
}

} // namespace simfleet
