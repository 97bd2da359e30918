#pragma once

#include "emulator/EmulatorConfig.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;

namespace novaemu {

class EmulatorState;
class QueueEngine;
class RequestPipeline;
class RequestJournal;

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
    QUrl baseUrl() const; // http://127.0.0.1:PORT/api

    // One received request. The token itself is never stored, only the role it resolved to.
    struct JournalEntry {
        QString method;   // API path without "/api/" and query, e.g. "sim/list", "bill/download/17"
        QJsonObject body; // request body as received ({} when absent or not an object)
        QString role;     // "admin", "user" or "none" (missing/unknown token)
        QString lang;     // the `lang` query parameter as received (empty if missing)
        int httpStatus = 0;
        int apiCode = 0; // `code` of the JSON answer; for files and faults the HTTP status
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
    int simCount() const;

signals:
    void requestServed(const QString& method); // after each answer has been written

private:
    void handle(const QHttpServerRequest& request, QHttpServerResponder&& responder);

    EmulatorConfig m_config;
    std::unique_ptr<EmulatorState> m_state;
    std::unique_ptr<RequestJournal> m_journal;
    QueueEngine* m_queue = nullptr;
    std::unique_ptr<RequestPipeline> m_pipeline;
    QHttpServer* m_server = nullptr;
    quint16 m_port = 0;
};

} // namespace novaemu
