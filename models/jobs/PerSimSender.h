#pragma once

#include "api/ApiCall.h"
#include "api/Sim.h"
#include "api/v2/V2Methods.h"
#include "models/common/Preferences.h"
#include "models/jobs/RateLimiter.h"

#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QTimer>

#include <functional>

namespace simfleet {

class ApiClient;

// Sends the requests of per-SIM jobs (one SIM each: a change, or a read that
// settles a change of unknown outcome) at most `requestsPerSecond` a second
// and `concurrency` at once. An HTTP 429 is no answer: the request goes back
// to the head of the queue, every send pauses for the server's Retry-After
// (1 s when it says none), and onDeferred is told (the change did not happen
// and will be sent again). Every other answer goes to onAnswer.
// Before a change leaves, beforeSend journals it "sending" — together with
// the next change waiting, which then leaves at its turn without a journal
// write of its own (one flush to disk for two requests). markedWaiting()
// lists such changes not yet sent, for an orderly stop to put back.
class PerSimSender final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PerSimSender)

public:
    struct Limits {
        int requestsPerSecond = Preferences().perSimRequestsPerSecond;
        int concurrency = Preferences().perSimConcurrency;
    };

    struct Request {
        qint64 jobId = 0;
        int chunk = -1;
        bool read = false; // a read of the SIM rather than the change
        V2Action action = V2Action::Block;
        QString number;
        V2ChangeParams params;
        bool marked = false; // journaled "sending" ahead, with the change before it
    };

    // Called just before a change leaves, with the next one waiting if any:
    // whether each may leave (false: the journal could not record it, or its
    // SIM is no longer waiting), and those that may not are dropped.
    using BeforeSend = std::function<QVector<bool>(const QVector<Request>&)>;
    using OnAnswer = std::function<void(const Request&, const Result<Sim>&)>;
    using OnDeferred = std::function<void(const Request&)>;

    PerSimSender(ApiClient* client, QObject* parent = nullptr);
    ~PerSimSender() override;

    void setLimits(const Limits& limits);
    const Limits& limits() const { return m_limits; }
    void setHandlers(BeforeSend beforeSend, OnAnswer onAnswer, OnDeferred onDeferred);

    void enqueue(const Request& request);
    int inFlight() const { return m_inFlight; }
    int waiting() const { return int(m_queue.size()); }
    int rateLimitedCount() const { return m_rateLimited; } // 429 answers so far
    QVector<Request> markedWaiting() const;

private:
    void pump();
    void send(const Request& request);
    void answered(const Request& request, const Result<Sim>& result);

    QPointer<ApiClient> m_client;
    Limits m_limits;
    RateLimiter m_rate;
    QQueue<Request> m_queue;
    QTimer m_wake;
    int m_inFlight = 0;
    int m_rateLimited = 0;
    BeforeSend m_beforeSend;
    OnAnswer m_onAnswer;
    OnDeferred m_onDeferred;
};

} // namespace simfleet
