#include "emulator/Emulator.h"

#include "emulator/AccountNotifications.h"
#include "emulator/EmulatorState.h"
#include "emulator/FaultInjector.h"
#include "emulator/FleetGenerator.h"
#include "emulator/Logging.h"
#include "emulator/QueueEngine.h"
#include "emulator/RequestJournal.h"
#include "emulator/RequestPipeline.h"
#include "emulator/v2/V2Routes.h"

#include <QDateTime>
#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace novaemu {

namespace {

QByteArray methodName(QHttpServerRequest::Method method) {
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Post:
        return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Put:
        return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Head:
        return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QByteArrayLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QByteArrayLiteral("PATCH");
    default:
        break;
    }
    return QByteArrayLiteral("OTHER");
}

QByteArray headerValue(const QHttpServerRequest& request, const QByteArray& name) {
    for (const auto& [key, value] : request.headers()) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return QByteArray();
}

void writeReply(QHttpServerResponder& responder, const ApiReply& reply, bool cutShort = false) {
    QTcpSocket* socket = responder.socket();
    if (!socket || !socket->isOpen())
        return; // the client went away
    if (cutShort) {
        // The whole length is promised, half of it arrives, then the connection ends.
        responder.writeStatusLine(QHttpServerResponder::StatusCode(reply.httpStatus));
        responder.writeHeader(QByteArrayLiteral("Content-Type"), reply.contentType);
        responder.writeHeader(QByteArrayLiteral("Content-Length"),
                              QByteArray::number(reply.body.size()));
        responder.writeBody(reply.body.left(reply.body.size() / 2));
        socket->disconnectFromHost();
        return;
    }
    responder.writeStatusLine(QHttpServerResponder::StatusCode(reply.httpStatus));
    responder.writeHeader(QByteArrayLiteral("Content-Type"), reply.contentType);
    responder.writeHeader(QByteArrayLiteral("Content-Length"),
                          QByteArray::number(reply.body.size()));
    if (!reply.contentDisposition.isEmpty())
        responder.writeHeader(QByteArrayLiteral("Content-Disposition"), reply.contentDisposition);
    for (const auto& [name, value] : reply.headers)
        responder.writeHeader(name, value);
    responder.writeBody(reply.body);
}

qint64 utcMidnight() {
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    return now - now % 86400;
}

} // namespace

Emulator::Emulator(const EmulatorConfig& config, QObject* parent)
    : QObject(parent)
    , m_config(config)
    , m_state(std::make_unique<EmulatorState>(FleetGenerator::generate(config, utcMidnight())))
    , m_journal(std::make_unique<RequestJournal>(config.journalFile))
    , m_queue(new QueueEngine(*m_state, config.queueDelayMs, this))
    , m_pipeline(std::make_unique<RequestPipeline>(*m_state, *m_queue, config))
    , m_v2(config.provider == ProviderMode::NovaConnect ? nullptr
                                                        : std::make_unique<V2Routes>(config))
    , m_dropFaults(std::make_unique<FaultInjector>(config.dropRate, 0.0))
    , m_server(new QHttpServer(this))
    , m_network(new QNetworkAccessManager(this))
    , m_notificationUrl(QUrl(config.notificationUrl)) {
    m_server->setMissingHandler(
        [this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
            handle(request, std::move(responder));
        });
}

Emulator::~Emulator() {
    // The server goes first so that no request reaches the members being destroyed.
    delete m_server;
    m_server = nullptr;
    // Notifications still in flight end here, while the state they read lives.
    delete m_network;
    m_network = nullptr;
    delete m_queue;
    m_queue = nullptr;
}

quint16 Emulator::listen(quint16 port) {
    const quint16 bound = m_server->listen(QHostAddress(QHostAddress::LocalHost), port);
    if (bound == 0) {
        qCWarning(lcEmulator) << "cannot listen on 127.0.0.1 port" << port;
        return 0;
    }
    m_port = bound;
    if (m_config.provider != ProviderMode::V2)
        qCInfo(lcEmulator).noquote()
            << "serving" << simCount() << "SIMs at" << baseUrl().toString();
    if (m_v2)
        qCInfo(lcEmulator).noquote()
            << "serving" << v2SimCount() << "second-operator SIMs at" << v2BaseUrl().toString();
    return bound;
}

quint16 Emulator::port() const {
    return m_port;
}

QUrl Emulator::baseUrl() const {
    return QUrl(QStringLiteral("http://127.0.0.1:%1/api").arg(m_port));
}

QUrl Emulator::v2BaseUrl() const {
    return QUrl(
        QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(QLatin1String(V2Routes::kPrefix)));
}

int Emulator::v2SimCount() const {
    return m_v2 ? m_v2->simCount() : 0;
}

QList<Emulator::JournalEntry> Emulator::journal() const {
    return m_journal->entries();
}

void Emulator::clearJournal() {
    m_journal->clear();
}

void Emulator::setLatencyMs(int ms) {
    m_config.latencyMs = qMax(0, ms);
}

void Emulator::setErrorRate(double rate) {
    m_pipeline->faults().setErrorRate(rate);
}

void Emulator::setMalformedRate(double rate) {
    m_pipeline->faults().setMalformedRate(rate);
}

void Emulator::setAcceptedFault(AcceptedFault fault, double rate, int delayMs) {
    m_config.acceptedFault = fault;
    m_config.acceptedFaultRate = rate;
    m_config.acceptedFaultDelayMs = qMax(0, delayMs);
    m_pipeline->faults().setAcceptedFault(fault, rate);
}

void Emulator::setDownloadCutRate(double rate) {
    m_pipeline->downloadFaults().setErrorRate(rate);
}

void Emulator::setDropRate(double rate) {
    m_dropFaults->setErrorRate(rate);
}

int Emulator::simCount() const {
    return m_state->simCount();
}

void Emulator::setNotificationUrl(const QUrl& url) {
    m_notificationUrl = url;
}

bool Emulator::sendAccountNotification(const QString& kind, const QUrl& url, QString* error) {
    const QUrl target = url.isEmpty() ? m_notificationUrl : url;
    const auto fail = [error](const QString& text) {
        if (error)
            *error = text;
        return false;
    };
    if (!AccountNotifications::isKind(kind))
        return fail(QStringLiteral("unknown notification type \"%1\" (one of %2)")
                        .arg(kind, AccountNotifications::kinds().join(QStringLiteral(", "))));
    if (!target.isValid() ||
        (target.scheme() != QLatin1String("http") && target.scheme() != QLatin1String("https")))
        return fail(QStringLiteral("no notification address (an http or https URL) is set"));
    QNetworkRequest request(target);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(10000);
    QNetworkReply* reply = m_network->post(request, AccountNotifications::body(kind, *m_state));
    connect(reply, &QNetworkReply::finished, this, [this, reply, kind] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QString problem =
            reply->error() == QNetworkReply::NoError ? QString() : reply->errorString();
        if (!problem.isEmpty())
            qCWarning(lcEmulator).noquote() << "notification" << kind << "to"
                                            << reply->url().toString() << "failed:" << problem;
        emit notificationDelivered(kind, status, problem);
    });
    return true;
}

void Emulator::handleControl(const QHttpServerRequest& request, QHttpServerResponder& responder) {
    const auto reply = [&responder](int status, const QJsonObject& body) {
        ApiReply answer;
        answer.httpStatus = status;
        answer.apiCode = status;
        answer.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        writeReply(responder, answer);
    };
    const QByteArray expected = "Bearer " + m_config.adminToken.toUtf8();
    if (headerValue(request, QByteArrayLiteral("Authorization")) != expected)
        return reply(401, {{QStringLiteral("error"), QStringLiteral("admin token required")}});
    if (request.url().path() != QLatin1String("/emulator/notify"))
        return reply(404, {{QStringLiteral("error"), QStringLiteral("no such test hook")}});
    if (request.method() != QHttpServerRequest::Method::Post)
        return reply(405, {{QStringLiteral("error"), QStringLiteral("POST only")}});
    const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
    const QString kind = body.value(QStringLiteral("type")).toString();
    const QUrl url(body.value(QStringLiteral("url")).toString());
    QString error;
    if (!sendAccountNotification(kind, url, &error))
        return reply(400, {{QStringLiteral("error"), error}});
    reply(202, {{QStringLiteral("sent"), kind},
                {QStringLiteral("url"), (url.isEmpty() ? m_notificationUrl : url).toString()}});
}

void Emulator::handle(const QHttpServerRequest& request, QHttpServerResponder&& responder) {
    if (request.url().path().startsWith(QLatin1String("/emulator/"))) {
        handleControl(request, responder);
        return;
    }
    IncomingRequest incoming;
    incoming.httpMethod = methodName(request.method());
    incoming.path = request.url().path();
    incoming.query = request.query();
    incoming.authorization = headerValue(request, QByteArrayLiteral("Authorization"));
    incoming.body = request.body();

    RequestPipeline::Outcome outcome;
    // The second operator: /api/v2/..., and every path when only it is served.
    if (m_v2 && (m_config.provider == ProviderMode::V2 || V2Routes::isV2Path(incoming.path))) {
        V2Routes::Outcome v2 = m_v2->process(
            incoming, QStringLiteral("http://127.0.0.1:%1").arg(m_port), m_pipeline->faults());
        outcome.reply = std::move(v2.reply);
        outcome.journal = std::move(v2.journal);
    } else {
        outcome = m_pipeline->process(incoming);
    }
    const bool drop = outcome.acceptedFault == AcceptedFault::DropConnection ||
                      m_dropFaults->next() == FaultInjector::Fault::ServerError;
    outcome.journal.dropped = drop;
    m_journal->append(outcome.journal);
    const QString method = outcome.journal.method;
    qCDebug(lcEmulator).noquote() << incoming.httpMethod << method << "->"
                                  << outcome.reply.httpStatus << outcome.reply.apiCode
                                  << (drop ? "(dropped)" : "");

    if (drop) {
        // Handled (a queued job stays queued); the client only sees its connection reset.
        if (QTcpSocket* socket = responder.socket())
            socket->abort();
        emit requestServed(method);
        return;
    }
    const int delayMs = outcome.acceptedFault == AcceptedFault::AnswerLate
                            ? m_config.acceptedFaultDelayMs
                            : m_config.latencyMs;
    const bool cutShort = outcome.cutShort;
    if (delayMs <= 0) {
        writeReply(responder, outcome.reply, cutShort);
        emit requestServed(method);
        return;
    }
    // Answer later from the event loop; the socket may be gone by then.
    auto held = std::make_shared<QHttpServerResponder>(std::move(responder));
    QPointer<QTcpSocket> socket = held->socket();
    QTimer::singleShot(delayMs, this,
                       [this, held, socket, method, cutShort, reply = std::move(outcome.reply)] {
                           if (socket)
                               writeReply(*held, reply, cutShort);
                           emit requestServed(method);
                       });
}

} // namespace novaemu
