// Error mapping of the API client over loopback HTTP: every failure the
// emulator can produce (or the network can) becomes the right ApiError kind,
// reads are retried and writes never are, local refusals send nothing, the
// in-flight limit and cancellation hold, and the token never leaks.

#include "api/AccountService.h"
#include "api/ApiMethods.h"
#include "api/ReportService.h"
#include "api/SimService.h"
#include "api/UserService.h"
#include "tests/support/ApiTestSupport.h"
#include "tests/support/EmulatorFixture.h"
#include "tests/support/MessageCapture.h"
#include "tests/support/TcpTap.h"

#include <QCoreApplication>
#include <QDir>
#include <QHostAddress>
#include <QJsonArray>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include "tests/support/TestTemporaryDir.h"
#include <QTest>
#include <QTimer>

#include <memory>

using namespace simfleet;

using novaemu::Emulator;
using novaemu::EmulatorConfig;

class TstApiErrors final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void serverError_readIsRetriedThenServer();
    void serverError_writeIsSentOnce();
    void droppedConnection_writeIsSentOnceQuietly();
    void truncatedJson_readGivesMalformed();
    void forbiddenCodeInOkBody_givesForbiddenWithMessage();
    void unknownToken_givesUnauthorizedAndSignal();
    void slowServer_givesTimeout();
    void closedPort_givesNetwork();
    void smsTooLong_refusedLocallyNothingSent();
    void badReportDate_givesValidationWithServerMessage_data();
    void badReportDate_givesValidationWithServerMessage();
    void everyKind_hasTitleAndUserMessage_data();
    void everyKind_hasTitleAndUserMessage();
    void baseUrl_httpsRequiredExceptLoopback_data();
    void baseUrl_httpsRequiredExceptLoopback();
    void maxInFlight_isNeverExceeded();
    void cancelInFlight_finishesOnceAsCancelled();
    void cancelDuringBackoff_sendsNoRetry();
    void cancelAll_cancelsRunningAndPending();
    void clientDestroyedWithCallsInFlight_noCrashNoFile();
    void token_neverInUrlsLogsOrErrors();

private:
    ApiCall* listSims(Outcome<ListPage<Sim>>& out);
    QVector<qint64> someSimIds();

    std::unique_ptr<EmulatorFixture> m_fx;
};

void TstApiErrors::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
}

void TstApiErrors::init() {
    m_fx = std::make_unique<EmulatorFixture>();
    QVERIFY(m_fx->isListening());
}

void TstApiErrors::cleanup() {
    m_fx.reset();
}

ApiCall* TstApiErrors::listSims(Outcome<ListPage<Sim>>& out) {
    return SimService(&m_fx->client()).list({}, 0, 10, this, out.sink());
}

QVector<qint64> TstApiErrors::someSimIds() {
    return {100001, 100002};
}

// --- mapping ----------------------------------------------------------------

void TstApiErrors::serverError_readIsRetriedThenServer() {
    m_fx->emulator().setErrorRate(1.0);
    Outcome<ListPage<Sim>> out;
    CallWatch watch(listSims(out));
    QVERIFY(out.wait());
    QCOMPARE(out.error().kind, ApiError::Kind::Server);
    QCOMPARE(out.error().httpStatus, 500);
    QVERIFY(out.error().isTransient());
    QVERIFY(!out.error().userMessage().isEmpty());
    QCOMPARE(watch.finishedCount(), 1);
    QCOMPARE(watch.attempts(), m_fx->client().retryPolicy().maxAttempts);
    QCOMPARE(watch.attempts(), 3);

    const auto entries = m_fx->journal(QStringLiteral("sim/list"));
    QCOMPARE(entries.size(), 3);
    for (const auto& entry : entries)
        QCOMPARE(entry.httpStatus, 500);
}

void TstApiErrors::serverError_writeIsSentOnce() {
    m_fx->emulator().setErrorRate(1.0);
    Outcome<QueueTicket> out;
    CallWatch watch(SimService(&m_fx->client())
                        .run(SimOperation::Block, someSimIds(), {}, {}, this, out.sink()));
    QVERIFY(out.wait());
    QCOMPARE(out.error().kind, ApiError::Kind::Server);
    QCOMPARE(out.error().httpStatus, 500);
    QCOMPARE(watch.attempts(), 1);
    // Give a (wrong) retry every chance to happen before counting.
    QTest::qWait(10 * EmulatorFixture::kFastRetryBaseMs);
    QCOMPARE(m_fx->journalCount(QStringLiteral("sim/block")), 1);
    QCOMPARE(m_fx->journalCount(), 1);
}

void TstApiErrors::droppedConnection_writeIsSentOnceQuietly() {
    // A read opens a kept-alive connection; the write that follows on it is
    // carried out, then the connection closes unanswered. Qt would send it
    // again by itself if it could rewind the body: it cannot, and asking must
    // not put a Qt warning in the user's log each time.
    Outcome<ListPage<Sim>> read;
    listSims(read);
    QVERIFY(read.wait());
    QVERIFY(!read.error().isError());
    m_fx->emulator().setDropRate(1.0);
    MessageCapture capture;
    Outcome<QueueTicket> out;
    CallWatch watch(SimService(&m_fx->client())
                        .run(SimOperation::Block, someSimIds(), {}, {}, this, out.sink()));
    QVERIFY(out.wait());
    QVERIFY(out.error().isError());
    QVERIFY(out.error().mayHaveBeenApplied());
    QCOMPARE(watch.attempts(), 1);
    QTest::qWait(10 * EmulatorFixture::kFastRetryBaseMs);
    const QList<Emulator::JournalEntry> blocks = m_fx->journal(QStringLiteral("sim/block"));
    QCOMPARE(blocks.size(), 1);
    QVERIFY(blocks.first().dropped);
    QVERIFY2(capture.containing(QStringLiteral("sequential")).isEmpty(),
             qPrintable(capture.messages().join(u'\n')));
}

void TstApiErrors::truncatedJson_readGivesMalformed() {
    m_fx->emulator().setMalformedRate(1.0);
    Outcome<User> out;
    CallWatch watch(ProfileService(&m_fx->client()).get(this, out.sink()));
    QVERIFY(out.wait());
    QCOMPARE(out.error().kind, ApiError::Kind::Malformed);
    QCOMPARE(out.error().httpStatus, 200);
    QVERIFY(!out.error().userMessage().isEmpty());
    QCOMPARE(watch.attempts(), 3);
    QCOMPARE(m_fx->journalCount(QStringLiteral("user/get")), 3);
}

void TstApiErrors::forbiddenCodeInOkBody_givesForbiddenWithMessage() {
    m_fx->useUserToken();
    m_fx->client().setReadOnly(false); // let the request reach the server
    Outcome<QueueTicket> out;
    CallWatch watch(SimService(&m_fx->client())
                        .run(SimOperation::Block, someSimIds(), {}, {}, this, out.sink()));
    QVERIFY(out.wait());
    QCOMPARE(out.error().kind, ApiError::Kind::Forbidden);
    QCOMPARE(out.error().apiCode, 403);
    QCOMPARE(out.error().httpStatus, 200);
    QVERIFY(!out.error().refusedLocally);
    QVERIFY(!out.error().serverMessage.isEmpty());
    QVERIFY(!out.error().userMessage().isEmpty());
    QCOMPARE(watch.attempts(), 1);

    const auto entries = m_fx->journal(QStringLiteral("sim/block"));
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().role, QStringLiteral("user"));
    QCOMPARE(entries.first().httpStatus, 200);
    QCOMPARE(entries.first().apiCode, 403);
}

void TstApiErrors::unknownToken_givesUnauthorizedAndSignal() {
    m_fx->client().setToken(QStringLiteral("no-such-token"));
    QSignalSpy unauthorized(&m_fx->client(), &ApiClient::unauthorized);
    Outcome<Company> out;
    CallWatch watch(CompanyService(&m_fx->client()).get(this, out.sink()));
    QVERIFY(out.wait());
    QCOMPARE(out.error().kind, ApiError::Kind::Unauthorized);
    QVERIFY(!out.error().isTransient());
    QVERIFY(!out.error().userMessage().isEmpty());
    QCOMPARE(unauthorized.count(), 1);
    QCOMPARE(watch.attempts(), 1);

    const auto entries = m_fx->journal(QStringLiteral("company/get"));
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().role, QStringLiteral("none"));
}

void TstApiErrors::slowServer_givesTimeout() {
    m_fx->emulator().setLatencyMs(1500);
    m_fx->client().setTransferTimeoutMs(300);
    Outcome<ListPage<Sim>> out;
    CallWatch watch(listSims(out));
    QVERIFY(out.wait());
    QCOMPARE(out.error().kind, ApiError::Kind::Timeout);
    QVERIFY(out.error().isTransient());
    QVERIFY(!out.error().userMessage().isEmpty());
    QCOMPARE(watch.attempts(), 3);
    QCOMPARE(watch.finishedCount(), 1);
}

void TstApiErrors::closedPort_givesNetwork() {
    quint16 closedPort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        closedPort = probe.serverPort();
    }
    QVERIFY(
        m_fx->client().setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1/api").arg(closedPort))));
    Outcome<ListPage<Sim>> out;
    CallWatch watch(listSims(out));
    QVERIFY(out.wait());
    QCOMPARE(out.error().kind, ApiError::Kind::Network);
    QCOMPARE(out.error().httpStatus, 0);
    QVERIFY(!out.error().detail.isEmpty());
    QVERIFY(!out.error().userMessage().isEmpty());
    QCOMPARE(watch.attempts(), 3);
    QCOMPARE(m_fx->journalCount(), 0);
}

void TstApiErrors::smsTooLong_refusedLocallyNothingSent() {
    SimOperationParams params;
    params.smsText = QString(SimOperations::kMaxSmsLength + 1, QLatin1Char('x'));
    Outcome<QueueTicket> out;
    const ApiCall* call = SimService(&m_fx->client())
                              .run(SimOperation::Sms, someSimIds(), params, {}, this, out.sink());
    QVERIFY(!call);
    QVERIFY(out.wait());
    QCOMPARE(out.error().kind, ApiError::Kind::Validation);
    QVERIFY(out.error().refusedLocally);
    QVERIFY2(out.error().serverMessage.contains(QLatin1String("71")),
             qPrintable(out.error().serverMessage));
    QVERIFY(out.error().userMessage().contains(out.error().serverMessage));
    QCOMPARE(m_fx->journalCount(), 0);

    // The longest allowed text does go out.
    params.smsText.chop(1);
    Outcome<QueueTicket> sent;
    SimService(&m_fx->client()).run(SimOperation::Sms, someSimIds(), params, {}, this, sent.sink());
    QVERIFY(sent.wait());
    API_VERIFY_OK(sent);
    QCOMPARE(m_fx->journalCount(QStringLiteral("sim/sms")), 1);
}

void TstApiErrors::badReportDate_givesValidationWithServerMessage_data() {
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("start");
    QTest::newRow("ISO date, en") << "en"
                                  << "2026-01-01";
    QTest::newRow("ISO date, ru") << "ru"
                                  << "2026-01-01";
    QTest::newRow("impossible day, en") << "en"
                                        << "31-02-2026";
}

void TstApiErrors::badReportDate_givesValidationWithServerMessage() {
    QFETCH(QString, lang);
    QFETCH(QString, start);
    m_fx->client().setLanguage(lang);
    const QJsonObject body{{"filter", QJsonObject{{"start", start}, {"end", "10-01-2026"}}},
                           {"select", QJsonArray{"all"}},
                           {"page", 0},
                           {"size", 10}};
    CallWatch watch(m_fx->client().post(QStringLiteral("report/sessions"), body));
    QVERIFY(watch.wait());
    const ApiError& error = watch.error();
    QCOMPARE(error.kind, ApiError::Kind::Validation);
    QVERIFY(!error.refusedLocally);
    QVERIFY(error.httpStatus == 400 || error.apiCode == 400);
    QVERIFY(!error.serverMessage.isEmpty());
    QVERIFY(error.userMessage().contains(error.serverMessage));
    QCOMPARE(watch.attempts(), 1); // not transient: not retried
    if (lang == QLatin1String("ru")) {
        const bool cyrillic =
            std::any_of(error.serverMessage.begin(), error.serverMessage.end(),
                        [](QChar c) { return c.script() == QChar::Script_Cyrillic; });
        QVERIFY2(cyrillic, qPrintable(error.serverMessage));
    }
    const auto entries = m_fx->journal(QStringLiteral("report/sessions"));
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().lang, lang);
}

void TstApiErrors::everyKind_hasTitleAndUserMessage_data() {
    QTest::addColumn<ApiError>("error");
    auto add = [](const char* name, ApiError::Kind kind, int http, int code, const QString& message,
                  bool local) {
        ApiError e;
        e.kind = kind;
        e.httpStatus = http;
        e.apiCode = code;
        e.serverMessage = message;
        e.refusedLocally = local;
        QTest::newRow(name) << e;
    };
    add("network", ApiError::Kind::Network, 0, 0, {}, false);
    add("timeout", ApiError::Kind::Timeout, 0, 0, {}, false);
    add("unauthorized", ApiError::Kind::Unauthorized, 401, 401, {}, false);
    add("forbidden by server", ApiError::Kind::Forbidden, 200, 403, "Access denied", false);
    add("forbidden locally", ApiError::Kind::Forbidden, 0, 403, {}, true);
    add("validation with message", ApiError::Kind::Validation, 400, 400, "bad date", false);
    add("validation without message", ApiError::Kind::Validation, 422, 0, {}, false);
    add("server 500", ApiError::Kind::Server, 500, 0, {}, false);
    add("server 429", ApiError::Kind::Server, 429, 0, {}, false);
    add("server with message", ApiError::Kind::Server, 200, 503, "maintenance", false);
    add("malformed", ApiError::Kind::Malformed, 200, 0, {}, false);
    add("cancelled", ApiError::Kind::Cancelled, 0, 0, {}, false);
    add("local file", ApiError::Kind::LocalFile, 0, 0, "/tmp/x.pdf", false);
    QTest::newRow("too large") << ApiError::tooLarge(qint64(256) * 1024 * 1024,
                                                     QStringLiteral("x"));
    QTest::newRow("too slow") << ApiError::tooSlow(300000);
    QTest::newRow("list too long") << ApiError::listTooLong(100000, QStringLiteral("x"));
}

void TstApiErrors::everyKind_hasTitleAndUserMessage() {
    QFETCH(ApiError, error);
    QVERIFY(error.isError());
    QVERIFY(!error.title().isEmpty());
    QVERIFY(!error.userMessage().isEmpty());
    QVERIFY(ApiError::kindName(error.kind) != QLatin1String("unknown"));
    QVERIFY(!ApiError{}.isError());
    QVERIFY(ApiError{}.userMessage().isEmpty());
}

void TstApiErrors::baseUrl_httpsRequiredExceptLoopback_data() {
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("http remote") << "http://example.com/api" << false;
    QTest::newRow("http remote IP") << "http://10.0.0.5/api" << false;
    QTest::newRow("http 127.0.0.1") << "http://127.0.0.1:8080/api" << true;
    QTest::newRow("http 127.1.2.3") << "http://127.1.2.3/api" << true;
    QTest::newRow("http localhost") << "http://localhost/api" << true;
    QTest::newRow("http LOCALHOST") << "http://LOCALHOST:9000/api" << true;
    QTest::newRow("http ::1") << "http://[::1]:8080/api" << true;
    QTest::newRow("https remote") << "https://api.novaconnect.kz/api" << true;
    QTest::newRow("https other") << "https://example.com" << true;
    QTest::newRow("ftp") << "ftp://example.com/api" << false;
    QTest::newRow("garbage") << "not a url at all" << false;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("scheme only") << "https://" << false;
}

void TstApiErrors::baseUrl_httpsRequiredExceptLoopback() {
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    QString why;
    QCOMPARE(ApiClient::validateBaseUrl(QUrl(url), &why), allowed);
    QCOMPARE(why.isEmpty(), allowed);

    ApiClient client;
    const QUrl before = client.baseUrl();
    QCOMPARE(client.setBaseUrl(QUrl(url)), allowed);
    if (!allowed)
        QCOMPARE(client.baseUrl(), before);
}

// --- concurrency and cancellation --------------------------------------------

void TstApiErrors::maxInFlight_isNeverExceeded() {
    m_fx->emulator().setLatencyMs(150);
    m_fx->client().setMaxInFlight(2);

    // What the server sees: requests that arrived and are not answered yet.
    int served = 0;
    const QObject receiver; // ends the connection with this scope, even on failure
    connect(&m_fx->emulator(), &Emulator::requestServed, &receiver, [&served] { ++served; });
    int maxClientInFlight = 0;
    int maxServerOpen = 0;
    QTimer sampler;
    sampler.setInterval(1);
    connect(&sampler, &QTimer::timeout, this, [&] {
        maxClientInFlight = qMax(maxClientInFlight, m_fx->client().inFlightCount());
        maxServerOpen = qMax(maxServerOpen, m_fx->journalCount() - served);
    });
    sampler.start();

    constexpr int kCalls = 6;
    std::vector<Outcome<ListPage<Sim>>> outs(kCalls);
    for (auto& out : outs)
        listSims(out);
    QCOMPARE(m_fx->client().pendingCount(), kCalls);
    QVERIFY(QTest::qWaitFor(
        [&outs] {
            return std::all_of(outs.begin(), outs.end(), [](auto& o) { return o.arrived(); });
        },
        kAnswerTimeoutMs));
    sampler.stop();

    for (const auto& out : outs)
        API_VERIFY_OK(out);
    QCOMPARE(maxClientInFlight, 2);
    QVERIFY2(maxServerOpen <= 2, qPrintable(QString::number(maxServerOpen)));
    QCOMPARE(m_fx->journalCount(QStringLiteral("sim/list")), kCalls);
    QCOMPARE(m_fx->client().inFlightCount(), 0);
    QCOMPARE(m_fx->client().pendingCount(), 0);
}

void TstApiErrors::cancelInFlight_finishesOnceAsCancelled() {
    m_fx->emulator().setLatencyMs(400);
    Outcome<ListPage<Sim>> out;
    QPointer<ApiCall> call = listSims(out);
    CallWatch watch(call);
    QVERIFY(QTest::qWaitFor([this] { return m_fx->client().inFlightCount() == 1; }, 2000));
    QVERIFY(m_fx->waitForJournal(QStringLiteral("sim/list"), 1));
    call->cancel();
    QCOMPARE(watch.finishedCount(), 1);
    QVERIFY(out.wait());
    QCOMPARE(out.error().kind, ApiError::Kind::Cancelled);
    QVERIFY(!out.error().isTransient());
    QCOMPARE(m_fx->client().inFlightCount(), 0);
    // The server's late answer must not resurrect the call.
    QTest::qWait(600);
    QCOMPARE(watch.finishedCount(), 1);
    QCOMPARE(out.calls(), 1);
    QVERIFY(!call); // deleted after finishing
}

void TstApiErrors::cancelDuringBackoff_sendsNoRetry() {
    m_fx->emulator().setErrorRate(1.0);
    ApiClient::RetryPolicy slow;
    slow.baseDelayMs = 5000;
    slow.maxDelayMs = 5000;
    m_fx->client().setRetryPolicy(slow);
    Outcome<ListPage<Sim>> out;
    QPointer<ApiCall> call = listSims(out);
    CallWatch watch(call);
    QVERIFY(m_fx->waitForJournal(QStringLiteral("sim/list"), 1));
    QVERIFY(QTest::qWaitFor([this] { return m_fx->client().inFlightCount() == 0; }, 2000));
    QVERIFY(call);
    QVERIFY(!watch.finished());
    call->cancel();
    QVERIFY(out.wait());
    QCOMPARE(out.error().kind, ApiError::Kind::Cancelled);
    QCOMPARE(watch.finishedCount(), 1);
    QTest::qWait(100);
    QCOMPARE(m_fx->journalCount(QStringLiteral("sim/list")), 1);
}

void TstApiErrors::cancelAll_cancelsRunningAndPending() {
    m_fx->emulator().setLatencyMs(300);
    m_fx->client().setMaxInFlight(1);
    QSignalSpy busy(&m_fx->client(), &ApiClient::busyChanged);
    constexpr int kCalls = 4;
    std::vector<Outcome<ListPage<Sim>>> outs(kCalls);
    std::vector<CallWatch> watches;
    watches.reserve(outs.size());
    for (auto& out : outs)
        watches.emplace_back(listSims(out));
    QVERIFY(QTest::qWaitFor([this] { return m_fx->client().inFlightCount() == 1; }, 2000));
    QCOMPARE(m_fx->client().pendingCount(), kCalls - 1);

    m_fx->client().cancelAll();
    for (int i = 0; i < kCalls; ++i) {
        QVERIFY(outs[size_t(i)].wait());
        QCOMPARE(outs[size_t(i)].error().kind, ApiError::Kind::Cancelled);
    }
    QTest::qWait(400);
    for (int i = 0; i < kCalls; ++i) {
        QCOMPARE(outs[size_t(i)].calls(), 1);
        QCOMPARE(watches[size_t(i)].finishedCount(), 1);
    }
    QCOMPARE(m_fx->client().inFlightCount(), 0);
    QCOMPARE(m_fx->client().pendingCount(), 0);
    QVERIFY(m_fx->journalCount(QStringLiteral("sim/list")) <= 1);
    QVERIFY(!busy.isEmpty());
    QCOMPARE(busy.last().first().toBool(), false);
}

void TstApiErrors::clientDestroyedWithCallsInFlight_noCrashNoFile() {
    m_fx->emulator().setLatencyMs(300);
    auto client = std::make_unique<ApiClient>();
    QVERIFY(client->setBaseUrl(m_fx->emulator().baseUrl()));
    client->setToken(m_fx->config().adminToken);
    TestTemporaryDir dir;
    QVERIFY(dir.isValid());
    Outcome<ListPage<Sim>> list;
    SimService(client.get()).list({}, 0, 10, this, list.sink());
    CallWatch download(BillService(client.get()).downloadInvoice(5001, dir.filePath("i.pdf")));
    QVERIFY(QTest::qWaitFor([&client] { return client->inFlightCount() == 2; }, 2000));
    QVERIFY(m_fx->waitForJournal(QStringLiteral("bill/download/5001"), 1));

    client.reset();
    QTest::qWait(500); // the server's late answers find nobody
    QVERIFY(!list.arrived());
    QVERIFY(!download.finished());
    QVERIFY(QDir(dir.path())
                .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)
                .isEmpty());
}

// --- the token stays secret ---------------------------------------------------

void TstApiErrors::token_neverInUrlsLogsOrErrors() {
    EmulatorConfig config = EmulatorFixture::smallFleet();
    config.adminToken = QStringLiteral("tok-SECRET-admin-5f3a9c41");
    config.userToken = QStringLiteral("tok-SECRET-user-77e1b2d0");
    const QString wrongToken = QStringLiteral("tok-SECRET-wrong-0c0ffee0");
    const QStringList secrets{config.adminToken, config.userToken, wrongToken};

    MessageCapture capture;
    m_fx = std::make_unique<EmulatorFixture>(config);
    QVERIFY(m_fx->isListening());
    TcpTap tap(m_fx->port());
    QUrl url = m_fx->emulator().baseUrl();
    url.setPort(tap.listen());
    QVERIFY(m_fx->client().setBaseUrl(url));
    TestTemporaryDir dir;
    QVERIFY(dir.isValid());

    QList<ApiError> errors;
    auto run = [&errors](ApiCall* call) {
        CallWatch watch(call);
        if (watch.wait())
            errors.append(watch.error());
        return watch.error().kind;
    };
    ApiClient& client = m_fx->client();
    BillService bills(&client);

    QCOMPARE(run(client.post(QStringLiteral("user/get"))), ApiError::Kind::None);
    QCOMPARE(run(bills.downloadInvoice(5001, dir.filePath(QStringLiteral("a.pdf")))),
             ApiError::Kind::None);
    QCOMPARE(run(bills.downloadTranscript(999999, dir.filePath(QStringLiteral("b.xlsx")))),
             ApiError::Kind::Validation);
    QCOMPARE(run(client.post(QStringLiteral("report/day"),
                             QJsonObject{{"filter", QJsonObject{{"start", "bad"}}}})),
             ApiError::Kind::Validation);
    client.setToken(config.userToken);
    QCOMPARE(
        run(client.post(QStringLiteral("sim/block"), QJsonObject{{"items", QJsonArray{100001}}})),
        ApiError::Kind::Forbidden);
    client.setToken(wrongToken);
    QCOMPARE(run(client.post(QStringLiteral("company/get"))), ApiError::Kind::Unauthorized);
    QCOMPARE(run(bills.downloadInvoice(5001, dir.filePath(QStringLiteral("c.pdf")))),
             ApiError::Kind::Unauthorized);
    client.setToken(config.adminToken);
    m_fx->emulator().setErrorRate(1.0);
    QCOMPARE(run(client.post(QStringLiteral("group/list"), QJsonObject{{"page", 0}, {"size", 5}})),
             ApiError::Kind::Server);
    m_fx->emulator().setErrorRate(0.0);
    m_fx->emulator().setMalformedRate(1.0);
    QCOMPARE(run(client.post(QStringLiteral("bill/list"))), ApiError::Kind::Malformed);
    m_fx->emulator().setMalformedRate(0.0);
    m_fx->emulator().setLatencyMs(1000);
    client.setTransferTimeoutMs(200);
    QCOMPARE(
        run(client.post(QStringLiteral("sim/edit"), QJsonObject{{"id", 100001}, {"name", "x"}})),
        ApiError::Kind::Timeout);
    QCOMPARE(errors.size(), 10);

    // The wire: every request line is token-free; the header carries it.
    const QStringList lines = tap.requestLines();
    QVERIFY2(lines.size() >= 10, qPrintable(lines.join(QLatin1Char('\n'))));
    for (const QString& line : lines) {
        QVERIFY2(!line.contains(QLatin1String("token"), Qt::CaseInsensitive), qPrintable(line));
        for (const QString& secret : secrets)
            QVERIFY2(!line.contains(secret), qPrintable(line));
    }
    const QStringList authorization = tap.headerValues("Authorization");
    QCOMPARE(authorization.size(), lines.size());
    QVERIFY(authorization.contains(QStringLiteral("Bearer ") + wrongToken));

    // Errors, in every form they are shown or logged.
    for (const ApiError& error : std::as_const(errors)) {
        for (const QString& secret : secrets) {
            for (const QString& text : {error.detail, error.serverMessage, error.userMessage(),
                                        error.title(), QString::fromUtf8(describe(error))})
                QVERIFY2(!text.contains(secret), qPrintable(text));
        }
    }

    // Everything logged, with simfleet.* debug output switched on (see main()).
    const QStringList messages = capture.messages();
    QVERIFY2(!capture.containing(QStringLiteral("start")).isEmpty(),
             "simfleet.api debug output was not captured");
    for (const QString& secret : secrets)
        QVERIFY2(capture.containing(secret).isEmpty(),
                 qPrintable(capture.containing(secret).join(QLatin1Char('\n'))));
    m_fx.reset(); // shut down while still capturing
    for (const QString& secret : secrets)
        QVERIFY(capture.containing(secret).isEmpty());
}

int main(int argc, char** argv) {
    // Every simfleet.* category at every level, so the leak check sees all output.
    qputenv("QT_LOGGING_RULES", "simfleet.*=true");
    QCoreApplication app(argc, argv);
    TstApiErrors test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_api_errors.moc"
