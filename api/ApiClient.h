#pragma once

#include "api/ApiCall.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;

namespace simfleet {

// The one gateway to the NovaConnect API: base URL, token, language, timeouts
// (inactivity, and an overall deadline per attempt), a size limit on answers
// (a larger one on downloads), a limit on requests in flight, retry of reads
// with exponential backoff and jitter, and local refusal of every method but
// reads and the user's own profile in a read-only session. A new client is
// read-only until a Session has learnt the token's role (or a caller that
// knows it says otherwise). Writes are never retried automatically. The token
// only ever travels in the Authorization header, and only to the base URL's
// origin: a redirect elsewhere is refused, never followed, and a TLS error is
// never ignored (ApiError::Kind::RedirectRefused, TlsFailed).
class ApiClient final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiClient)

public:
    // What the gateway knows of a provider's methods: which are reads (sent
    // again after a transient failure, allowed in a read-only session) and
    // what else a read-only session may send; whether `lang` goes in the URL.
    // The default is NovaConnect's (ApiMethods); another provider sets its own.
    struct MethodRules {
        bool (*isRead)(const QString& method) = nullptr;
        bool (*allowedWhenReadOnly)(const QString& method, const QJsonObject& body) = nullptr;
        bool sendsLanguage = true;
    };

    struct RetryPolicy {
        int maxAttempts = 3;
        int baseDelayMs = 400;
        int maxDelayMs = 8000;
    };

    // Answers are input: their size is capped (Content-Length and the bytes
    // actually received), and each attempt has an overall deadline besides the
    // inactivity timeout. Passing either ends the call with TooLarge / TooSlow,
    // without retry, keeping nothing of the answer (a download leaves no file).
    static constexpr qint64 kDefaultMaxAnswerBytes = 256LL * 1024 * 1024;
    static constexpr qint64 kDefaultMaxDownloadBytes = 2048LL * 1024 * 1024;
    static constexpr int kDefaultDeadlineMs = 300 * 1000;
    // The inactivity timeout of one transfer and the requests under way at once.
    static constexpr int kDefaultTransferTimeoutMs = 30 * 1000;
    static constexpr int kDefaultMaxInFlight = 4;

    static QUrl defaultBaseUrl();
    // https is required unless the host is a loopback address.
    static bool validateBaseUrl(const QUrl& url, QString* why = nullptr);

    explicit ApiClient(QObject* parent = nullptr);
    ~ApiClient() override;

    bool setBaseUrl(const QUrl& url, QString* why = nullptr);
    QUrl baseUrl() const { return m_baseUrl; }
    void setToken(const QString& token) { m_token = token; }
    bool hasToken() const { return !m_token.isEmpty(); }
    void setLanguage(const QString& lang); // "ru" or "en"
    QString language() const { return m_language; }
    void setTransferTimeoutMs(int ms) { m_timeoutMs = ms; }
    int transferTimeoutMs() const { return m_timeoutMs; }
    void setMaxAnswerBytes(qint64 bytes) { m_maxAnswerBytes = qMax<qint64>(1, bytes); }
    qint64 maxAnswerBytes() const { return m_maxAnswerBytes; }
    void setMaxDownloadBytes(qint64 bytes) { m_maxDownloadBytes = qMax<qint64>(1, bytes); }
    qint64 maxDownloadBytes() const { return m_maxDownloadBytes; }
    // Overall time one attempt may take, from sending to the last byte.
    void setDeadlineMs(int ms) { m_deadlineMs = qMax(1, ms); }
    int deadlineMs() const { return m_deadlineMs; }
    void setMaxInFlight(int count);
    int maxInFlight() const { return m_maxInFlight; }
    void setRetryPolicy(const RetryPolicy& policy) { m_retry = policy; }
    RetryPolicy retryPolicy() const { return m_retry; }
    void setMethodRules(const MethodRules& rules);
    const MethodRules& methodRules() const { return m_rules; }
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }
    bool isReadOnly() const { return m_readOnly; }

    // POST <base>/<method>?lang=.. with a JSON body.
    ApiCall* post(const QString& method, const QJsonObject& body = {});
    // Like post(), but a 2xx answer is not parsed: the call ends without error
    // and rawBody() holds the bytes, so a big answer can be parsed off the GUI
    // thread. HTTP-level failures are classified and reads retried as usual;
    // the caller classifies the body (ApiError::fromEnvelopeBytes) and reports
    // an envelope error through noteRawAnswerError().
    ApiCall* postRaw(const QString& method, const QJsonObject& body = {});
    // GET <base>/<path>?<query>: a read (HTTP's own rule: a GET changes
    // nothing), so allowed in a read-only session and retried like reads. Its
    // 2xx answer is kept unparsed in rawBody(), like postRaw().
    ApiCall* get(const QString& path, const QUrlQuery& query = {});
    // Lets the client react to an error found in a raw answer (401 → unauthorized()).
    void noteRawAnswerError(const ApiError& error);
    // GET <base>/<path>?lang=..&<query>, streamed into `destinationPath`
    // through QSaveFile: the file appears complete or not at all.
    ApiCall* download(const QString& path, const QUrlQuery& query, const QString& destinationPath);

    void cancelAll();
    int inFlightCount() const { return m_running.size(); }
    int pendingCount() const { return m_pending.size(); }

signals:
    // Any call was answered 401: the session should ask for a new token.
    void unauthorized();
    void busyChanged(bool busy);

private:
    friend class ApiCall;
    ApiCall* enqueue(ApiCall* call);
    ApiCall* refuseReadOnly(ApiCall* call);
    void pump();
    void start(ApiCall* call);
    void onReplyFinished(ApiCall* call);
    void onDownloadData(ApiCall* call);
    bool withinSizeLimit(ApiCall* call, qint64 received = -1);
    void failRunning(ApiCall* call, const ApiError& error);
    void scheduleRetry(ApiCall* call, int retryAfterSeconds = -1);
    void forget(ApiCall* call);
    void abortCall(ApiCall* call);
    QUrl urlFor(const QString& method, const QUrlQuery& extra) const;
    int retryDelayMs(int attempt) const;
    void updateBusy();

    QNetworkAccessManager* m_network;
    QUrl m_baseUrl;
    QString m_token;
    QString m_language = QStringLiteral("ru");
    int m_timeoutMs = kDefaultTransferTimeoutMs;
    qint64 m_maxAnswerBytes = kDefaultMaxAnswerBytes;
    qint64 m_maxDownloadBytes = kDefaultMaxDownloadBytes;
    int m_deadlineMs = kDefaultDeadlineMs;
    int m_maxInFlight = kDefaultMaxInFlight;
    RetryPolicy m_retry;
    MethodRules m_rules;
    bool m_readOnly = true;
    bool m_busy = false;
    QList<QPointer<ApiCall>> m_pending;
    QList<ApiCall*> m_running;
    QList<ApiCall*> m_waiting; // backing off before a retry
};

} // namespace simfleet
