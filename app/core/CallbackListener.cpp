#include "app/core/CallbackListener.h"

#include "app/core/CallbackRequest.h"

#include <QByteArray>
#include <QLoggingCategory>
#include <QMetaObject>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <microhttpd.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <unordered_map>

namespace simfleet {

namespace {

Q_LOGGING_CATEGORY(lcCallback, "simfleet.app.callback")

using Clock = std::chrono::steady_clock;

QString randomSecret() {
    QByteArray bytes(24, Qt::Uninitialized);
    QRandomGenerator* random = QRandomGenerator::system();
    for (char& byte : bytes)
        byte = char(random->bounded(256));
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QByteArray headerValue(MHD_Connection* connection, const char* name) {
    return QByteArray(MHD_lookup_connection_value(connection, MHD_HEADER_KIND, name));
}

// Held by the library's thread while it posts what it read to the owner's
// thread, and taken by the posted call first. Qt's event queue already orders
// the two, but inside Qt's libraries, where ThreadSanitizer cannot see it
// (tests/sanitizer/tsan.supp); this makes the hand-over visible to it.
std::mutex& handOverMutex() {
    static std::mutex mutex;
    return mutex;
}

MHD_Result answer(MHD_Connection* connection, unsigned status) {
    MHD_Response* response = MHD_create_response_from_buffer(0, nullptr, MHD_RESPMEM_PERSISTENT);
    if (response == nullptr)
        return MHD_NO;
    const MHD_Result queued = MHD_queue_response(connection, status, response);
    MHD_destroy_response(response);
    return queued;
}

} // namespace

// The HTTP side: libmicrohttpd reads requests on its own thread within the
// limits set at start; a watchdog thread closes connections whose request is
// past its deadline (the library's own timeout counts only idle time, so a
// sender of one byte a second would otherwise never be cut).
struct CallbackListener::Server {
    struct Connection {
        MHD_socket fd = MHD_INVALID_SOCKET;
        Clock::time_point deadline;
        bool cut = false;
        // The request being read; touched on the library's thread only.
        QByteArray body;
        bool answered = false;
        bool notification = false; // on the notification path
    };

    Server(CallbackListener* owner, QByteArray path, QByteArray notificationPath,
           std::chrono::milliseconds deadline)
        : m_owner(owner)
        , m_path(std::move(path))
        , m_notificationPath(std::move(notificationPath))
        , m_deadline(deadline) {}
    ~Server() { stop(); }

    quint16 start(quint16 port);
    void stop();

    CallbackListener* const m_owner;
    const QByteArray m_path;
    const QByteArray m_notificationPath;
    const std::chrono::milliseconds m_deadline;
    MHD_Daemon* m_daemon = nullptr;
    std::thread m_watchdog;
    std::atomic_int m_open{0};
    std::atomic_int m_peak{0};

    std::mutex m_mutex; // guards what follows
    std::condition_variable m_wake;
    bool m_stopping = false;
    std::unordered_map<MHD_Connection*, Connection> m_connections;

private:
    void watch();
    unsigned refusal(MHD_Connection* connection, const char* url, const char* method,
                     qint64* contentLength, bool* notification) const;
    unsigned accept(const QByteArray& body);
    unsigned acceptNotification(const QByteArray& body);

    static MHD_Result onRequest(void* cls, MHD_Connection* connection, const char* url,
                                const char* method, const char* version, const char* data,
                                size_t* dataSize, void** requestContext);
    static void onRequestDone(void* cls, MHD_Connection* connection, void** requestContext,
                              MHD_RequestTerminationCode reason);
    static void onConnection(void* cls, MHD_Connection* connection, void** socketContext,
                             MHD_ConnectionNotificationCode event);
};

quint16 CallbackListener::Server::start(quint16 port) {
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    // Whole seconds of silence after which the library drops a connection; the
    // watchdog enforces the (possibly shorter) deadline itself.
    const auto idleSeconds = unsigned(
        std::max<qint64>(1, std::chrono::duration_cast<std::chrono::seconds>(m_deadline).count()));
    m_daemon =
        MHD_start_daemon(MHD_USE_POLL_INTERNAL_THREAD, port, nullptr, nullptr, &Server::onRequest,
                         this, MHD_OPTION_SOCK_ADDR, reinterpret_cast<sockaddr*>(&address),
                         MHD_OPTION_CONNECTION_LIMIT, unsigned(kMaxConnections),
                         // Past the limit, connections wait in the system's queue (this
                         // long; more are refused) until one of the served ones ends.
                         MHD_OPTION_LISTEN_BACKLOG_SIZE, unsigned(kMaxConnections),
                         // The request head must fit in a connection's memory (with a little
                         // room for the answer); a larger one is answered 431 and closed.
                         MHD_OPTION_CONNECTION_MEMORY_LIMIT, size_t(kMaxHeaderBytes + 2048),
                         MHD_OPTION_CONNECTION_TIMEOUT, idleSeconds, MHD_OPTION_NOTIFY_COMPLETED,
                         &Server::onRequestDone, this, MHD_OPTION_NOTIFY_CONNECTION,
                         &Server::onConnection, this, MHD_OPTION_END);
    if (m_daemon == nullptr)
        return 0;
    const MHD_DaemonInfo* info = MHD_get_daemon_info(m_daemon, MHD_DAEMON_INFO_BIND_PORT);
    if (info == nullptr || info->port == 0) {
        MHD_stop_daemon(m_daemon);
        m_daemon = nullptr;
        return 0;
    }
    m_watchdog = std::thread([this] { watch(); });
    return info->port;
}

void CallbackListener::Server::stop() {
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_watchdog.joinable())
        m_watchdog.join();
    if (m_daemon != nullptr)
        MHD_stop_daemon(m_daemon);
    m_daemon = nullptr;
}

void CallbackListener::Server::watch() {
    std::unique_lock<std::mutex> lock(m_mutex);
    while (!m_stopping) {
        const Clock::time_point now = Clock::now();
        Clock::time_point next = Clock::time_point::max();
        for (auto& [connection, state] : m_connections) {
            if (state.cut)
                continue;
            if (state.deadline <= now) {
                // The library closes the connection when it sees the socket
                // end; the descriptor stays open until then (it is closed only
                // after the CLOSED notification, which takes this mutex), so
                // this never reaches another socket.
                ::shutdown(state.fd, SHUT_RDWR);
                state.cut = true;
            } else {
                next = std::min(next, state.deadline);
            }
        }
        if (next == Clock::time_point::max())
            m_wake.wait(lock);
        else
            m_wake.wait_until(lock, next);
    }
}

void CallbackListener::Server::onConnection(void* cls, MHD_Connection* connection, void**,
                                            MHD_ConnectionNotificationCode event) {
    auto* server = static_cast<Server*>(cls);
    if (event == MHD_CONNECTION_NOTIFY_STARTED) {
        const MHD_ConnectionInfo* info =
            MHD_get_connection_info(connection, MHD_CONNECTION_INFO_CONNECTION_FD);
        {
            const std::lock_guard<std::mutex> lock(server->m_mutex);
            Connection& state = server->m_connections[connection];
            state.fd = info != nullptr ? info->connect_fd : MHD_INVALID_SOCKET;
            state.deadline = Clock::now() + server->m_deadline;
        }
        server->m_wake.notify_all();
        const int open = ++server->m_open;
        int peak = server->m_peak.load();
        while (open > peak && !server->m_peak.compare_exchange_weak(peak, open)) {
        }
        return;
    }
    {
        const std::lock_guard<std::mutex> lock(server->m_mutex);
        server->m_connections.erase(connection);
    }
    --server->m_open;
}

void CallbackListener::Server::onRequestDone(void* cls, MHD_Connection*, void** requestContext,
                                             MHD_RequestTerminationCode) {
    auto* server = static_cast<Server*>(cls);
    auto* state = static_cast<Connection*>(*requestContext);
    if (state == nullptr)
        return;
    *requestContext = nullptr;
    state->body = QByteArray();
    state->answered = false;
    state->notification = false;
    // A kept-alive connection gets a fresh deadline for its next request.
    const std::lock_guard<std::mutex> lock(server->m_mutex);
    state->deadline = Clock::now() + server->m_deadline;
}

MHD_Result CallbackListener::Server::onRequest(void* cls, MHD_Connection* connection,
                                               const char* url, const char* method, const char*,
                                               const char* data, size_t* dataSize,
                                               void** requestContext) {
    auto* server = static_cast<Server*>(cls);
    if (*requestContext == nullptr) {
        // The head is complete; nothing of the body has been read yet.
        Connection* state = nullptr;
        {
            const std::lock_guard<std::mutex> lock(server->m_mutex);
            const auto found = server->m_connections.find(connection);
            if (found != server->m_connections.end())
                state = &found->second;
        }
        if (state == nullptr)
            return MHD_NO;
        *requestContext = state;
        qint64 contentLength = 0;
        const unsigned status =
            server->refusal(connection, url, method, &contentLength, &state->notification);
        if (status != 0) {
            state->answered = true;
            return answer(connection, status);
        }
        state->body.reserve(qsizetype(contentLength));
        return MHD_YES;
    }
    auto* state = static_cast<Connection*>(*requestContext);
    if (*dataSize != 0) {
        if (state->answered) {
            *dataSize = 0;
            return MHD_YES;
        }
        // The announced length was checked; more than that is not HTTP.
        if (state->body.size() + qint64(*dataSize) > kMaxBodyBytes)
            return MHD_NO;
        state->body.append(data, qsizetype(*dataSize));
        *dataSize = 0;
        return MHD_YES;
    }
    if (state->answered)
        return MHD_YES;
    state->answered = true;
    return answer(connection, state->notification ? server->acceptNotification(state->body)
                                                  : server->accept(state->body));
}

unsigned CallbackListener::Server::refusal(MHD_Connection* connection, const char* url,
                                           const char* method, qint64* contentLength,
                                           bool* notification) const {
    CallbackRequest::Head head;
    head.url = QByteArray(url);
    head.method = QByteArray(method);
    head.hasTransferEncoding =
        MHD_lookup_connection_value(connection, MHD_HEADER_KIND,
                                    MHD_HTTP_HEADER_TRANSFER_ENCODING) != nullptr;
    head.contentLength = headerValue(connection, MHD_HTTP_HEADER_CONTENT_LENGTH);
    head.contentType = headerValue(connection, MHD_HTTP_HEADER_CONTENT_TYPE);
    return CallbackRequest::refusal(m_path, m_notificationPath, head, kMaxBodyBytes, contentLength,
                                    notification);
}

unsigned CallbackListener::Server::accept(const QByteArray& body) {
    CallbackRequest::Reading reading = CallbackRequest::readBody(body, false);
    if (!reading.callback)
        return reading.status;
    // Answered at once; the owner's thread takes it when its event loop runs
    // (a queued call to a destroyed owner is dropped with it).
    CallbackListener* owner = m_owner;
    const std::lock_guard<std::mutex> handOver(handOverMutex());
    QMetaObject::invokeMethod(
        owner,
        [owner, parsed = std::move(*reading.callback)] {
            { const std::lock_guard<std::mutex> handedOver(handOverMutex()); }
            emit owner->callbackReceived(parsed);
        },
        Qt::QueuedConnection);
    return reading.status;
}

unsigned CallbackListener::Server::acceptNotification(const QByteArray& body) {
    CallbackRequest::Reading reading = CallbackRequest::readBody(body, true);
    if (!reading.warning.isEmpty())
        qCWarning(lcCallback).noquote() << reading.warning;
    if (!reading.notification)
        return reading.status;
    CallbackListener* owner = m_owner;
    const std::lock_guard<std::mutex> handOver(handOverMutex());
    QMetaObject::invokeMethod(
        owner,
        [owner, parsed = std::move(*reading.notification)] {
            { const std::lock_guard<std::mutex> handedOver(handOverMutex()); }
            emit owner->notificationReceived(parsed);
        },
        Qt::QueuedConnection);
    return reading.status;
}

CallbackListener::CallbackListener(QObject* parent)
    : QObject(parent)
    , m_secret(randomSecret()) {}

CallbackListener::~CallbackListener() {
    // Stops both threads before any member they read goes away.
    m_server.reset();
}

quint16 CallbackListener::listen(quint16 port) {
    m_server.reset();
    m_port = 0;
    auto server = std::make_unique<Server>(this, path().toLatin1(), notificationPath().toLatin1(),
                                           m_deadline);
    m_port = server->start(port);
    if (m_port == 0) {
        qCWarning(lcCallback) << "cannot listen on port" << port;
        return 0;
    }
    m_server = std::move(server);
    return m_port;
}

bool CallbackListener::setSecret(const QString& secret) {
    static const QRegularExpression kSafe(QStringLiteral("^[A-Za-z0-9_-]{16,}$"));
    if (m_server || !kSafe.match(secret).hasMatch())
        return false;
    m_secret = secret;
    return true;
}

void CallbackListener::setRequestDeadlineForTest(std::chrono::milliseconds deadline) {
    m_deadline = deadline;
}

int CallbackListener::openConnectionsForTest() const {
    return m_server ? m_server->m_open.load() : 0;
}

int CallbackListener::peakConnectionsForTest() const {
    return m_server ? m_server->m_peak.load() : 0;
}

QString CallbackListener::path() const {
    return QStringLiteral("/callback/") + m_secret;
}

QString CallbackListener::notificationPath() const {
    return QStringLiteral("/notify/") + m_secret;
}

QUrl CallbackListener::localUrl() const {
    return localUrlOf(path());
}

QUrl CallbackListener::localNotificationUrl() const {
    return localUrlOf(notificationPath());
}

QUrl CallbackListener::localUrlOf(const QString& path) const {
    if (m_port == 0)
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    url.setPath(path);
    return url;
}

} // namespace simfleet
