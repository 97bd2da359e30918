#include "api/ApiClient.h"

#include "api/ApiMethods.h"
#include "api/RetryAfter.h"
#include "resources/SimFleetVersion.h"

#include <QDateTime>
#include <QIODevice>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QTimer>

#include <cstring>
#include <utility>

namespace simfleet {

Q_LOGGING_CATEGORY(lcApi, "simfleet.api")

namespace {

// The body of a write request, readable once. When a kept-alive connection is
// closed after a request left, Qt sends the request again by itself if it can
// rewind the body: a provider could then queue the same job twice. A body that
// cannot be rewound makes that a failed call (ContentReSendError), whose outcome
// the caller treats as unknown.
class OneShotBody final : public QIODevice {
public:
    OneShotBody(QByteArray data, QObject* parent)
        : QIODevice(parent)
        , m_data(std::move(data)) {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    // Qt's request to rewind before sending again, refused without
    // QIODevice's "Cannot call seek on a sequential device" warning, which
    // would reach the user's log once per write whose answer was lost.
    bool reset() override { return false; }
    qint64 bytesAvailable() const override {
        return qint64(m_data.size()) - m_read + QIODevice::bytesAvailable();
    }

protected:
    qint64 readData(char* data, qint64 maxSize) override {
        const qint64 count = qMin(maxSize, qint64(m_data.size()) - m_read);
        if (count <= 0)
            return -1; // the end: nothing more will come
        std::memcpy(data, m_data.constData() + m_read, size_t(count));
        m_read += count;
        return count;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_read = 0;
};

bool isJsonContent(QNetworkReply* reply) {
    return reply->header(QNetworkRequest::ContentTypeHeader)
        .toString()
        .contains(QLatin1String("json"), Qt::CaseInsensitive);
}

int statusOf(QNetworkReply* reply) {
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

} // namespace

ApiClient::ApiClient(QObject* parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_baseUrl(defaultBaseUrl()) {
    m_rules.isRead = &ApiMethods::isRead;
    m_rules.allowedWhenReadOnly = &ApiMethods::allowedWhenReadOnly;
    m_network->setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
}

ApiClient::~ApiClient() {
    // Calls are our children and die with us; make sure none reaches back. They
    // die after m_network (an older child), which deletes their replies first:
    // detach the replies now so ~ApiCall does not touch a deleted one.
    const auto calls = findChildren<ApiCall*>(Qt::FindDirectChildrenOnly);
    for (ApiCall* call : calls) {
        call->m_client = nullptr;
        if (QNetworkReply* reply = std::exchange(call->m_reply, nullptr)) {
            reply->disconnect(call);
            reply->abort();
        }
    }
    m_pending.clear();
    m_running.clear();
    m_waiting.clear();
}

void ApiClient::setLanguage(const QString& lang) {
    m_language = lang.startsWith(QLatin1String("en"), Qt::CaseInsensitive) ? QStringLiteral("en")
                                                                           : QStringLiteral("ru");
}

void ApiClient::setMethodRules(const MethodRules& rules) {
    if (rules.isRead)
        m_rules.isRead = rules.isRead;
    if (rules.allowedWhenReadOnly)
        m_rules.allowedWhenReadOnly = rules.allowedWhenReadOnly;
    m_rules.sendsLanguage = rules.sendsLanguage;
}

void ApiClient::setMaxInFlight(int count) {
    m_maxInFlight = qMax(1, count);
    pump();
}

QUrl ApiClient::urlFor(const QString& method, const QUrlQuery& extra) const {
    QUrl url = m_baseUrl;
    url.setPath(m_baseUrl.path() + QLatin1Char('/') + method);
    QUrlQuery query;
    if (m_rules.sendsLanguage)
        query.addQueryItem(QStringLiteral("lang"), m_language);
    for (const auto& item : extra.queryItems(QUrl::FullyEncoded)) {
        if (item.first != QLatin1String("token")) // never put the token in a URL
            query.addQueryItem(item.first, item.second);
    }
    url.setQuery(query);
    return url;
}

ApiCall* ApiClient::post(const QString& method, const QJsonObject& body) {
    auto* call =
        new ApiCall(this, method, QJsonDocument(body).toJson(QJsonDocument::Compact), {}, {});
    if (m_readOnly && !m_rules.allowedWhenReadOnly(method, body))
        return refuseReadOnly(call);
    return enqueue(call);
}

ApiCall* ApiClient::get(const QString& path, const QUrlQuery& query) {
    auto* call = new ApiCall(this, path, {}, {}, query);
    call->m_get = true;
    call->m_raw = true;
    return enqueue(call);
}

ApiCall* ApiClient::refuseReadOnly(ApiCall* call) {
    qCInfo(lcApi) << call->m_method << "refused locally: read-only session";
    QTimer::singleShot(0, call, [call] { call->finish(ApiError::localRefusal(call->m_method)); });
    return call;
}

ApiCall* ApiClient::postRaw(const QString& method, const QJsonObject& body) {
    ApiCall* call = post(method, body);
    call->m_raw = true;
    return call;
}

void ApiClient::noteRawAnswerError(const ApiError& error) {
    if (error.kind == ApiError::Kind::Unauthorized)
        emit unauthorized();
}

ApiCall* ApiClient::download(const QString& path, const QUrlQuery& query,
                             const QString& destinationPath) {
    return enqueue(new ApiCall(this, path, {}, destinationPath, query));
}

ApiCall* ApiClient::enqueue(ApiCall* call) {
    m_pending.append(call);
    // Start on the next turn of the event loop so the caller can connect first.
    QTimer::singleShot(0, this, &ApiClient::pump);
    updateBusy();
    return call;
}

void ApiClient::pump() {
    while (m_running.size() < m_maxInFlight && !m_pending.isEmpty()) {
        QPointer<ApiCall> call = m_pending.takeFirst();
        if (call && !call->isFinished())
            start(call);
    }
    updateBusy();
}

void ApiClient::start(ApiCall* call) {
    ++call->m_attempts;
    call->m_timedOut = false;
    call->m_received = 0;
    QNetworkRequest request(urlFor(call->m_method, call->m_query));
    request.setTransferTimeout(m_timeoutMs);
    // Set on each request as well as on the manager, so no request can follow a
    // redirect to another origin with the Authorization header
    // (ApiError::Kind::RedirectRefused). TLS errors are never ignored.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::SameOriginRedirectPolicy);
    request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("SimFleet/%1").arg(QStringLiteral(SIMFLEET_VERSION)));

    QNetworkReply* reply = nullptr;
    if (call->isDownload()) {
        call->m_errorBody.clear();
        call->m_file = std::make_unique<QSaveFile>(call->m_destination);
        if (!call->m_file->open(QIODevice::WriteOnly)) {
            const QString reason = call->m_file->errorString();
            call->m_file.reset();
            call->finish(ApiError::localFile(call->m_destination, reason));
            return;
        }
        reply = m_network->get(request);
        connect(reply, &QNetworkReply::readyRead, call, [this, call] { onDownloadData(call); });
        connect(reply, &QNetworkReply::downloadProgress, call, &ApiCall::progress);
    } else if (call->m_get) {
        reply = m_network->get(request);
        connect(reply, &QNetworkReply::readyRead, call, [this, call] { withinSizeLimit(call); });
    } else {
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QStringLiteral("application/json; charset=utf-8"));
        if (m_rules.isRead(call->m_method)) {
            reply = m_network->post(request, call->m_body);
        } else {
            request.setHeader(QNetworkRequest::ContentLengthHeader, call->m_body.size());
            request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
            auto* body = new OneShotBody(call->m_body, nullptr);
            reply = m_network->post(request, body);
            body->setParent(reply);
        }
        // The answer stays buffered in the reply until it ends: bytesAvailable() is its size.
        connect(reply, &QNetworkReply::readyRead, call, [this, call] { withinSizeLimit(call); });
    }
    call->m_reply = reply;
    m_running.append(call);
    connect(reply, &QNetworkReply::metaDataChanged, call, [this, call] { withinSizeLimit(call); });
    connect(reply, &QNetworkReply::downloadProgress, call,
            [this, call](qint64 received, qint64) { withinSizeLimit(call, received); });
    connect(reply, &QNetworkReply::finished, call, [this, call] { onReplyFinished(call); });
    if (!call->m_deadlineTimer) {
        call->m_deadlineTimer = new QTimer(call);
        call->m_deadlineTimer->setSingleShot(true);
        connect(call->m_deadlineTimer, &QTimer::timeout, this, [this, call] {
            if (call->m_reply)
                failRunning(call, ApiError::tooSlow(call->m_deadlineTimer->interval()));
        });
    }
    call->m_deadlineTimer->start(m_deadlineMs);
    qCDebug(lcApi) << "start" << call->m_method << "attempt" << call->m_attempts;
}

void ApiClient::onDownloadData(ApiCall* call) {
    QNetworkReply* reply = call->m_reply;
    // A reply aborted by the transfer timeout is closed: nothing left to read.
    if (!reply || !call->m_file || !reply->isOpen())
        return;
    const int status = statusOf(reply);
    const QByteArray chunk = reply->readAll();
    call->m_received += chunk.size();
    if (!withinSizeLimit(call))
        return;
    if (status >= 200 && status < 300 && !isJsonContent(reply)) {
        if (call->m_file->write(chunk) != chunk.size()) {
            const QString reason = call->m_file->errorString();
            abortCall(call);
            call->finish(ApiError::localFile(call->m_destination, reason));
        }
    } else if (call->m_errorBody.size() < qsizetype(1024) * 1024) {
        call->m_errorBody += chunk;
    }
}

void ApiClient::onReplyFinished(ApiCall* call) {
    QNetworkReply* reply = call->m_reply;
    if (!reply)
        return;
    if (call->isDownload())
        onDownloadData(call);
    if (call->isFinished() || !withinSizeLimit(call))
        return;
    if (call->m_deadlineTimer)
        call->m_deadlineTimer->stop();
    call->m_reply = nullptr;
    m_running.removeOne(call);
    reply->deleteLater();

    const int status = statusOf(reply);
    const bool timedOut = reply->error() == QNetworkReply::OperationCanceledError;
    ApiError error;
    QJsonObject envelope;
    if (call->isDownload()) {
        const bool fileAnswer = reply->error() == QNetworkReply::NoError && status >= 200 &&
                                status < 300 && !isJsonContent(reply);
        if (!fileAnswer) {
            error = ApiError::fromHttp(reply->error(), reply->errorString(), status,
                                       call->m_errorBody, timedOut, &envelope);
            if (!error.isError()) { // a JSON "success" instead of a file
                error.kind = ApiError::Kind::Malformed;
                error.httpStatus = status;
                error.detail = QStringLiteral("expected a file, got a JSON answer");
            }
        }
    } else {
        QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
        const bool rawAnswer = call->m_raw && !timedOut &&
                               reply->error() != QNetworkReply::TimeoutError && status >= 200 &&
                               status < 300;
        if (rawAnswer)
            call->m_rawBody = std::move(body);
        else
            error = ApiError::fromHttp(reply->error(), reply->errorString(), status, body, timedOut,
                                       &envelope);
    }

    qCDebug(lcApi) << "done" << call->m_method << "HTTP" << status << ApiError::kindName(error.kind)
                   << error.detail;

    if (status == 429)
        error.retryAfterSeconds =
            retryAfterSeconds(reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc());
    if (error.kind == ApiError::Kind::Unauthorized)
        emit unauthorized();

    const bool read = call->m_get || m_rules.isRead(call->m_method);
    if (error.isError() && error.isTransient() && read && call->m_attempts < m_retry.maxAttempts) {
        if (call->m_file) {
            call->m_file->cancelWriting();
            call->m_file.reset();
        }
        scheduleRetry(call, error.retryAfterSeconds);
    } else {
        call->finish(error, envelope);
    }
    pump();
}

bool ApiClient::withinSizeLimit(ApiCall* call, qint64 received) {
    QNetworkReply* reply = call->m_reply;
    if (!reply || call->isFinished())
        return false;
    const qint64 limit = call->isDownload() ? m_maxDownloadBytes : m_maxAnswerBytes;
    // A Content-Length too big for a qint64 does not parse: the bytes still count.
    const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
    const qint64 buffered = reply->isOpen() ? reply->bytesAvailable() : 0;
    const qint64 seen = qMax(received, call->isDownload() ? call->m_received : buffered);
    if (announced <= limit && seen <= limit)
        return true;
    failRunning(call, ApiError::tooLarge(limit, QStringLiteral("answer of %1 bytes (announced %2) "
                                                               "passes the limit of %3 bytes")
                                                    .arg(seen)
                                                    .arg(announced)
                                                    .arg(limit)));
    return false;
}

void ApiClient::failRunning(ApiCall* call, const ApiError& error) {
    qCWarning(lcApi) << call->m_method << "stopped:" << ApiError::kindName(error.kind)
                     << error.detail;
    abortCall(call);
    call->finish(error); // cancels a download's QSaveFile: no file appears
}

int ApiClient::retryDelayMs(int attempt) const {
    const double base = m_retry.baseDelayMs * double(1 << qBound(0, attempt - 1, 10));
    const double jitter = 0.5 + QRandomGenerator::global()->generateDouble(); // 0.5 .. 1.5
    return int(qMin<double>(m_retry.maxDelayMs, base * jitter));
}

void ApiClient::scheduleRetry(ApiCall* call, int retryAfterSeconds) {
    // The server's own Retry-After wins over our backoff when it asks for longer.
    const int delay = qMax(retryDelayMs(call->m_attempts), retryAfterSeconds * 1000);
    qCInfo(lcApi) << call->m_method << "transient failure, retry in" << delay << "ms";
    m_waiting.append(call);
    if (!call->m_retryTimer) {
        call->m_retryTimer = new QTimer(call);
        call->m_retryTimer->setSingleShot(true);
        connect(call->m_retryTimer, &QTimer::timeout, this, [this, call] {
            m_waiting.removeOne(call);
            m_pending.prepend(call);
            pump();
        });
    }
    call->m_retryTimer->start(delay);
}

void ApiClient::abortCall(ApiCall* call) {
    m_pending.removeAll(call);
    m_waiting.removeOne(call);
    m_running.removeOne(call);
    if (call->m_retryTimer)
        call->m_retryTimer->stop();
    if (call->m_deadlineTimer)
        call->m_deadlineTimer->stop();
    if (QNetworkReply* reply = call->m_reply) {
        call->m_reply = nullptr;
        reply->disconnect(call);
        reply->abort();
        reply->deleteLater();
    }
    QTimer::singleShot(0, this, &ApiClient::pump);
}

void ApiClient::forget(ApiCall* call) {
    m_pending.removeAll(call);
    m_waiting.removeOne(call);
    if (m_running.removeOne(call))
        QTimer::singleShot(0, this, &ApiClient::pump);
    updateBusy();
}

void ApiClient::cancelAll() {
    QList<ApiCall*> calls = m_running + m_waiting;
    for (const auto& p : std::as_const(m_pending)) {
        if (p)
            calls.append(p);
    }
    for (ApiCall* call : calls)
        call->cancel();
}

void ApiClient::updateBusy() {
    const bool busy = !m_running.isEmpty() || !m_pending.isEmpty() || !m_waiting.isEmpty();
    if (busy != m_busy) {
        m_busy = busy;
        emit busyChanged(busy);
    }
}

} // namespace simfleet
