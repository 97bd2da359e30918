// A redirect never carries the token to another origin. Server A (the API
// address) answers every kind of request the client sends — a NovaConnect
// POST read and write, a second-operator GET read, a bill download — with a
// 301/302/307/308 to server B on another port, another host name or another
// scheme. B must never see a connection (so never the token), and the call
// must end with ApiError::Kind::RedirectRefused and a message that says what
// happened and what to do. A redirect within A's own origin is followed, with
// the token (reads and downloads); a write is never sent a second time.
#include "api/AccountService.h"
#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "api/v2/V2Methods.h"
#include "api/v2/V2Service.h"
#include "tests/support/ApiTestSupport.h"
#include "tests/support/LoopbackHttpServer.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include "tests/support/TestTemporaryDir.h"
#include <QTest>

using namespace simfleet;

namespace {

const QByteArray kToken = "redirect-test-token-7f3a";

enum class Call { NovaPostRead, NovaPostWrite, V2Get, BillDownload };
enum class Target { OtherPort, OtherHost, OtherScheme };

QUrl targetUrl(Target target, const LoopbackHttpServer& b, const QByteArray& path) {
    const QString p = QString::fromLatin1(path);
    switch (target) {
    case Target::OtherPort:
        return b.url(p);
    case Target::OtherHost: // the same machine under another name: another origin
        return QUrl(QStringLiteral("http://localhost:%1%2").arg(b.port()).arg(p));
    case Target::OtherScheme:
        return QUrl(QStringLiteral("https://127.0.0.1:%1%2").arg(b.port()).arg(p));
    }
    return {};
}

// Starts `call` on `client` (set up for its provider) and returns the call.
ApiCall* start(Call call, ApiClient* client, QObject* context, const QString& downloadPath) {
    switch (call) {
    case Call::NovaPostRead:
        return CompanyService(client).get(context, [](const Result<Company>&) {});
    case Call::NovaPostWrite:
        client->setReadOnly(false);
        return client->post(QStringLiteral("sim/block"), {{"sim_ids", QJsonArray{101, 102}}});
    case Call::V2Get:
        client->setMethodRules(v2MethodRules());
        return V2Service(client).simByNumber(QStringLiteral("77010000001"), context,
                                             [](const Result<Sim>&) {});
    case Call::BillDownload:
        return BillService(client).downloadInvoice(5001, downloadPath);
    }
    return nullptr;
}

} // namespace

Q_DECLARE_METATYPE(Call)
Q_DECLARE_METATYPE(Target)

class TstApiRedirects final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void crossOrigin_neverFollowed_data();
    void crossOrigin_neverFollowed();
    void sameOrigin_followedWithTheToken_data();
    void sameOrigin_followedWithTheToken();
    void sameOrigin_writeIsNotSentAgain();
    void everyRequest_carriesTheSameOriginPolicy();

private:
    std::unique_ptr<ApiClient> clientFor(const LoopbackHttpServer& server) const;
};

void TstApiRedirects::initTestCase() {
    QLoggingCategory::setFilterRules(QStringLiteral("simfleet.*.debug=false"));
}

std::unique_ptr<ApiClient> TstApiRedirects::clientFor(const LoopbackHttpServer& server) const {
    auto client = std::make_unique<ApiClient>();
    if (!client->setBaseUrl(server.url(QStringLiteral("/api"))))
        return nullptr;
    client->setToken(QString::fromLatin1(kToken));
    client->setRetryPolicy({3, 10, 20});
    return client;
}

void TstApiRedirects::crossOrigin_neverFollowed_data() {
    QTest::addColumn<Call>("call");
    QTest::addColumn<int>("status");
    QTest::addColumn<Target>("target");
    const QList<QPair<const char*, Call>> calls = {{"post read", Call::NovaPostRead},
                                                   {"post write", Call::NovaPostWrite},
                                                   {"v2 get", Call::V2Get},
                                                   {"download", Call::BillDownload}};
    const QList<QPair<const char*, Target>> targets = {{"other port", Target::OtherPort},
                                                       {"other host", Target::OtherHost},
                                                       {"other scheme", Target::OtherScheme}};
    for (const auto& call : calls) {
        for (int status : {301, 302, 307, 308}) {
            for (const auto& target : targets) {
                QTest::addRow("%s %d %s", call.first, status, target.first)
                    << call.second << status << target.second;
            }
        }
    }
}

void TstApiRedirects::crossOrigin_neverFollowed() {
    QFETCH(Call, call);
    QFETCH(int, status);
    QFETCH(Target, target);

    LoopbackHttpServer b;
    QVERIFY(b.listen() != 0);
    b.setHandler([](const LoopbackHttpServer::Request&) {
        // What a stolen request would get: a plausible success.
        return jsonAnswer(R"({"code":200,"data":{}})");
    });
    LoopbackHttpServer a;
    QVERIFY(a.listen() != 0);
    a.setHandler([&b, status, target](const LoopbackHttpServer::Request& request) {
        return redirectAnswer(status, targetUrl(target, b, request.path()));
    });

    TestTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString downloadPath = dir.filePath(QStringLiteral("invoice.pdf"));
    auto client = clientFor(a);
    QVERIFY(client);
    CallWatch watch(start(call, client.get(), this, downloadPath));
    QVERIFY(watch.wait());

    // A had the request, with the token: the client did talk to its own server.
    QCOMPARE(a.requests().size(), 1); // and did not try again
    QCOMPARE(a.requests().first().header("authorization"), "Bearer " + kToken);
    // B never saw a connection, so never a request, so never the token.
    QCOMPARE(b.connectionCount(), 0);
    QVERIFY(b.requests().isEmpty());
    QVERIFY(!b.receivedBytes().contains(kToken));

    const ApiError& error = watch.error();
    QVERIFY2(error.kind == ApiError::Kind::RedirectRefused, describe(error).constData());
    QCOMPARE(watch.attempts(), 1);
    QVERIFY(!error.isTransient());
    QVERIFY(!error.title().isEmpty());
    // What happened, and what to do; never the token.
    QVERIFY2(error.userMessage().contains(QLatin1String("another server")),
             qPrintable(error.userMessage()));
    QVERIFY2(error.userMessage().contains(QLatin1String("Check the API address")),
             qPrintable(error.userMessage()));
    QVERIFY(!error.userMessage().contains(QString::fromLatin1(kToken)));
    QVERIFY(!error.detail.contains(QString::fromLatin1(kToken)));
    if (call == Call::BillDownload)
        QVERIFY(!QFileInfo::exists(downloadPath)); // no file, not even an empty one
}

void TstApiRedirects::sameOrigin_followedWithTheToken_data() {
    QTest::addColumn<Call>("call");
    QTest::addColumn<int>("status");
    // 307/308 keep a POST a POST (with its body); 301/302 would turn it into a GET.
    QTest::newRow("post read 307") << Call::NovaPostRead << 307;
    QTest::newRow("post read 308") << Call::NovaPostRead << 308;
    QTest::newRow("v2 get 301") << Call::V2Get << 301;
    QTest::newRow("v2 get 302") << Call::V2Get << 302;
    QTest::newRow("v2 get 307") << Call::V2Get << 307;
    QTest::newRow("download 302") << Call::BillDownload << 302;
    QTest::newRow("download 308") << Call::BillDownload << 308;
}

void TstApiRedirects::sameOrigin_followedWithTheToken() {
    QFETCH(Call, call);
    QFETCH(int, status);

    LoopbackHttpServer a;
    QVERIFY(a.listen() != 0);
    // /api/... moves to /moved/api/... on the same origin, which answers.
    a.setHandler([&a, status](const LoopbackHttpServer::Request& request) {
        if (!request.path().startsWith("/moved/")) {
            QUrl to = a.url(QStringLiteral("/moved") + QString::fromLatin1(request.target));
            return redirectAnswer(status, to);
        }
        if (request.path().contains("bill/download"))
            return LoopbackHttpServer::Answer{200, {{"Content-Type", "application/pdf"}}, "%PDF-1"};
        if (request.path().contains("/sim/"))
            return jsonAnswer(R"({"number":"77010000001","iccid":"8997000000000000001"})");
        return jsonAnswer(R"({"code":200,"data":{"id":7,"name":"Acme"}})");
    });

    TestTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString downloadPath = dir.filePath(QStringLiteral("invoice.pdf"));
    auto client = clientFor(a);
    QVERIFY(client);
    CallWatch watch(start(call, client.get(), this, downloadPath));
    QVERIFY(watch.wait());
    QVERIFY2(!watch.error().isError(), describe(watch.error()).constData());
    QCOMPARE(a.requests().size(), 2);
    QVERIFY(a.requests().at(1).path().startsWith("/moved/api/"));
    for (const auto& request : a.requests())
        QCOMPARE(request.header("authorization"), "Bearer " + kToken);
    if (call == Call::NovaPostRead) {
        QCOMPARE(a.requests().at(1).method, QByteArray("POST"));
        QCOMPARE(a.requests().at(1).body, a.requests().at(0).body);
    }
    if (call == Call::BillDownload) {
        QFile file(downloadPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("%PDF-1"));
    }
}

void TstApiRedirects::sameOrigin_writeIsNotSentAgain() {
    // A write's body can be read once, so that Qt never sends a write twice by
    // itself: a 307 even to the same origin is not followed, and the outcome is
    // left unknown (the caller checks, never resends blindly).
    LoopbackHttpServer a;
    QVERIFY(a.listen() != 0);
    a.setHandler([&a](const LoopbackHttpServer::Request& request) {
        if (!request.path().startsWith("/moved/"))
            return redirectAnswer(
                307, a.url(QStringLiteral("/moved") + QString::fromLatin1(request.target)));
        return jsonAnswer(R"({"code":200,"result":{"item":{"queue_id":1}}})");
    });
    auto client = clientFor(a);
    QVERIFY(client);
    CallWatch watch(start(Call::NovaPostWrite, client.get(), this, {}));
    QVERIFY(watch.wait());
    QCOMPARE(a.requests().size(), 1);
    QVERIFY(watch.error().isError());
    QCOMPARE(watch.error().httpStatus, 307);
    QVERIFY(watch.error().mayHaveBeenApplied());
    QVERIFY(!watch.error().userMessage().isEmpty());
}

void TstApiRedirects::everyRequest_carriesTheSameOriginPolicy() {
    // The code under test: every QNetworkAccessManager of the client code is the
    // one in ApiClient. This pins the other half: with the manager's default
    // policy forced back to Qt's own, a request still refuses another origin.
    LoopbackHttpServer b;
    QVERIFY(b.listen() != 0);
    LoopbackHttpServer a;
    QVERIFY(a.listen() != 0);
    a.setHandler([&b](const LoopbackHttpServer::Request& request) {
        return redirectAnswer(302, b.url(QString::fromLatin1(request.path())));
    });
    auto client = clientFor(a);
    QVERIFY(client);
    auto* manager = client->findChild<QNetworkAccessManager*>();
    QVERIFY(manager);
    manager->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    client->setMethodRules(v2MethodRules());
    CallWatch watch(client->get(QStringLiteral("packets")));
    QVERIFY(watch.wait());
    QCOMPARE(watch.error().kind, ApiError::Kind::RedirectRefused);
    QCOMPARE(b.connectionCount(), 0);
}

QTEST_GUILESS_MAIN(TstApiRedirects)
#include "tst_api_redirects.moc"
