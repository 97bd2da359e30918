#pragma once

#include "api/ApiError.h"

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrlQuery>

#include <functional>
#include <memory>
#include <optional>

class QNetworkReply;
class QSaveFile;
class QTimer;

namespace simfleet {

class ApiClient;

// One API request in flight: a POST with a JSON body, or a download streamed
// to a file. It emits finished() exactly once and deletes itself afterwards,
// so hold it in a QPointer if you keep it. cancel() ends it with
// ApiError::Kind::Cancelled.
class ApiCall final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiCall)

public:
    ~ApiCall() override;

    QString method() const { return m_method; }
    bool isFinished() const { return m_finished; }
    bool isDownload() const { return !m_destination.isEmpty(); }
    const ApiError& error() const { return m_error; }
    bool ok() const { return m_finished && !m_error.isError(); }
    // The parsed answer envelope (POST calls).
    const QJsonObject& envelope() const { return m_envelope; }
    // A raw call's 2xx answer body, not parsed (ApiClient::postRaw): classify it
    // with ApiError::fromEnvelopeBytes, e.g. on a worker thread.
    const QByteArray& rawBody() const { return m_rawBody; }
    bool isRaw() const { return m_raw; }
    bool isGet() const { return m_get; }
    // Where a download was saved (downloads).
    QString destination() const { return m_destination; }
    int attempts() const { return m_attempts; }

public slots:
    void cancel();

signals:
    void finished();
    void progress(qint64 done, qint64 total);

private:
    friend class ApiClient;
    ApiCall(ApiClient* client, QString method, QByteArray body, QString destination,
            const QUrlQuery& query);

    void finish(const ApiError& error, const QJsonObject& envelope = {});

    QPointer<ApiClient> m_client;
    QString m_method;
    QByteArray m_body; // JSON (POST); empty for downloads
    QString m_destination;
    QUrlQuery m_query;
    QNetworkReply* m_reply = nullptr;
    std::unique_ptr<QSaveFile> m_file;
    QByteArray m_errorBody; // a download's non-file answer (JSON error)
    QTimer* m_retryTimer = nullptr;
    QTimer* m_deadlineTimer = nullptr; // the attempt's overall deadline
    qint64 m_received = 0;             // bytes of this attempt's download read so far
    bool m_timedOut = false;
    bool m_finished = false;
    bool m_cancelRequested = false;
    bool m_raw = false;
    bool m_get = false; // a GET with query parameters (no body)
    int m_attempts = 0;
    ApiError m_error;
    QJsonObject m_envelope;
    QByteArray m_rawBody;
};

// A typed outcome: either a value or an error.
template <typename T> struct Result {
    T value{};
    ApiError error;
    bool ok() const { return !error.isError(); }
};

// Connects a typed callback to a call. `parse` turns the answer envelope into a
// T, or returns std::nullopt and a problem text (reported as Malformed).
// `done` runs in `context`'s thread and never after `context` is destroyed.
template <typename T, typename Parse>
ApiCall* onResult(ApiCall* call, QObject* context, Parse parse,
                  std::function<void(const Result<T>&)> done) {
    QObject::connect(call, &ApiCall::finished, context,
                     [call, parse = std::move(parse), done = std::move(done)] {
                         Result<T> result;
                         result.error = call->error();
                         if (!result.error.isError()) {
                             QString problem;
                             std::optional<T> parsed = parse(call->envelope(), &problem);
                             if (parsed) {
                                 result.value = std::move(*parsed);
                             } else {
                                 result.error.kind = ApiError::Kind::Malformed;
                                 result.error.httpStatus = 200;
                                 result.error.detail = problem;
                             }
                         }
                         if (done)
                             done(result);
                     });
    return call;
}

} // namespace simfleet
