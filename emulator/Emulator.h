#pragma once

#include "emulator/EmulatorConfig.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

class QHttpServer;
class QNetworkAccessManager;
class QHttpServerRequest;
class QHttpServerResponder;

namespace novaemu {

class EmulatorState;
class FaultInjector;
class QueueEngine;
class RequestPipeline;
class RequestJournal;
class V2Routes;

// The NovaConnect API emulator: an HTTP server on 127.0.0.1 that implements the contract of
// docs/api-notes.md on its own (it shares no code with the client in api/).
class Emulator final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Emulator)

public:
    explicit Emulator(const EmulatorConfig& config, QObject* parent = nullptr);
    ~Emulator() override;

    // Binds to 127.0.0.1 only; 0 picks a free port. Returns the port, or 0 on failure.
    quint16 listen(quint16 port = 0);
    quint16 port() const;
    QUrl baseUrl() const;   // http://127.0.0.1:PORT/api
    QUrl v2BaseUrl() const; // http://127.0.0.1:PORT/api/v2 (EmulatorConfig::provider)

    // One received request. The token itself is never stored, only the role it resolved to.
    struct JournalEntry {
        QString method;     // API path without "/api/" and query, e.g. "sim/list", "v2/sim/list"
        QString httpMethod; // GET, POST, ...
        QJsonObject body;   // request body as received ({} when absent or not an object)
        QString role;       // "admin", "user" or "none" (missing/unknown token)
        QString lang;       // the `lang` query parameter as received (empty if missing)
        int httpStatus = 0;
        int apiCode = 0; // `code` of the JSON answer; for files and faults the HTTP status
        // Handled, but the connection was closed without an answer (dropRate,
        // AcceptedFault::DropConnection); httpStatus is the answer that was lost.
        bool dropped = false;
        qint64 msecsSinceEpoch = 0;
    };
    QList<JournalEntry> journal() const; // arrival order, rejected requests included
    void clearJournal();

    // Test hooks. Changing a fault rate restarts its request counter.
    void setLatencyMs(int ms);
    void setErrorRate(double rate);
    void setMalformedRate(double rate);
    // Queued bulk jobs whose answer is lost, an HTTP 500 or late (EmulatorConfig).
    void setAcceptedFault(AcceptedFault fault, double rate = 1.0, int delayMs = 60000);
    // Bill downloads cut off halfway (EmulatorConfig::downloadCutRate).
    void setDownloadCutRate(double rate);
    // Requests answered by closing the connection (EmulatorConfig::dropRate).
    void setDropRate(double rate);
    int simCount() const;
    int v2SimCount() const; // 0 unless the second operator's API is served

    // Account notifications (docs/api-notes.md), which the web cabinet has
    // the provider POST to one address: that address (EmulatorConfig::
    // notificationUrl), and a test hook that posts one notification of `kind`
    // (AccountNotifications::kinds()) with the account's SIMs or bill to `url`,
    // or to notificationUrl() when `url` is empty. False and *error when the
    // kind is unknown or there is no address; the outcome of the POST comes
    // with notificationDelivered(). Also over HTTP: POST /emulator/notify
    // {"type": KIND, "url": optional} with the admin token (emulator/README.md).
    void setNotificationUrl(const QUrl& url);
    QUrl notificationUrl() const { return m_notificationUrl; }
    bool sendAccountNotification(const QString& kind, const QUrl& url = {},
                                 QString* error = nullptr);

signals:
    void requestServed(const QString& method); // after each answer has been written
    // A notification POST ended: the HTTP status (0 when none came) and the
    // network error, empty when it was answered 2xx.
    void notificationDelivered(const QString& kind, int httpStatus, const QString& error);

private:
    void handle(const QHttpServerRequest& request, QHttpServerResponder&& responder);
    // The /emulator/ test hooks, outside the API.
    void handleControl(const QHttpServerRequest& request, QHttpServerResponder& responder);

    EmulatorConfig m_config;
    std::unique_ptr<EmulatorState> m_state;
    std::unique_ptr<RequestJournal> m_journal;
    QueueEngine* m_queue = nullptr;
    std::unique_ptr<RequestPipeline> m_pipeline;
    std::unique_ptr<V2Routes> m_v2; // null when only NovaConnect is served
    // Its error rate is EmulatorConfig::dropRate.
    std::unique_ptr<FaultInjector> m_dropFaults;
    QHttpServer* m_server = nullptr;
    QNetworkAccessManager* m_network = nullptr;
    QUrl m_notificationUrl;
    quint16 m_port = 0;
};

} // namespace novaemu
