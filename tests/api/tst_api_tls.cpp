// TLS errors are never ignored. A loopback HTTPS server with a self-signed
// certificate: every request the client sends (a NovaConnect POST, a
// second-operator GET, a bill download) must end with ApiError::Kind::TlsFailed
// and a message saying the certificate is not trusted and what to do, and the
// server must never read a byte of HTTP (so never the token): the handshake
// fails first. The same server, once its certificate is trusted, does get the
// request — the failure is the trust, not a broken server.
#include "api/AccountService.h"
#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "api/v2/V2Methods.h"
#include "api/v2/V2Service.h"
#include "tests/support/ApiTestSupport.h"
#include "tests/support/LoopbackHttpServer.h"

#include <QFileInfo>
#include <QLoggingCategory>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include "tests/support/TestTemporaryDir.h"
#include <QTest>

using namespace simfleet;

namespace {

const QByteArray kToken = "tls-test-token-5c21";

// TEST-ONLY certificate and private key, made for this test alone
// (openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes
// -days 36500 -subj "/CN=127.0.0.1" -addext "subjectAltName=IP:127.0.0.1,DNS:localhost").
// Self-signed and trusted by nothing; it secures nothing and must never be
// used outside this test.
const char kTestOnlyKey[] = R"(-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgd0lfo9GaRjqKAZiv
4T8V0piYcZEcVEn722dA3jBpXuuhRANCAARRgQSnckS3EhcX9VLebXq6qfmbZdjz
CE2+rlHVzshUlfUfBziDTpMRthdZ6gbJJVCxo9XjY+QcsQBcIbl8ATFv
-----END PRIVATE KEY-----
)";
const char kTestOnlyCertificate[] = R"(-----BEGIN CERTIFICATE-----
MIIB7jCCAZOgAwIBAgIUfM5Cv4k1MT2Oncc1z8elS0t7OuEwCgYIKoZIzj0EAwIw
PTESMBAGA1UEAwwJMTI3LjAuMC4xMScwJQYDVQQKDB5TaW1GbGVldCB0ZXN0cyAo
dGVzdC1vbmx5IGtleSkwIBcNMjYxMjA1MDI1ODU5WhgPMjEyNjExMTEwMjU4NTla
MD0xEjAQBgNVBAMMCTEyNy4wLjAuMTEnMCUGA1UECgweU2ltRmxlZXQgdGVzdHMg
KHRlc3Qtb25seSBrZXkpMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEUYEEp3JE
txIXF/VS3m16uqn5m2XY8whNvq5R1c7IVJX1Hwc4g06TEbYXWeoGySVQsaPV42Pk
HLEAXCG5fAExb6NvMG0wHQYDVR0OBBYEFAzIiC/phlQNkQYQ8LA96qIezsZ5MB8G
A1UdIwQYMBaAFAzIiC/phlQNkQYQ8LA96qIezsZ5MA8GA1UdEwEB/wQFMAMBAf8w
GgYDVR0RBBMwEYcEfwAAAYIJbG9jYWxob3N0MAoGCCqGSM49BAMCA0kAMEYCIQDe
Pm0cPrvycum+BXWDY9ofCadR1piX9l7qzE4997rRxAIhAOd7+f3W0TFSR4dG4dp4
XCBm8C0on7BU8GiVdCQYgjj0
-----END CERTIFICATE-----
)";

QSslCertificate testCertificate() {
    return QSslCertificate(QByteArray(kTestOnlyCertificate), QSsl::Pem);
}

QSslConfiguration serverConfiguration() {
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(testCertificate());
    configuration.setPrivateKey(QSslKey(QByteArray(kTestOnlyKey), QSsl::Ec, QSsl::Pem));
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // no client certificate
    return configuration;
}

enum class Call { NovaPost, V2Get, BillDownload };

ApiCall* start(Call call, ApiClient* client, QObject* context, const QString& downloadPath) {
    switch (call) {
    case Call::NovaPost:
        return CompanyService(client).get(context, [](const Result<Company>&) {});
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

class TstApiTls final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void selfSignedServer_refusedBeforeAnyRequest_data();
    void selfSignedServer_refusedBeforeAnyRequest();
    void sameServerTrusted_getsTheRequest();

private:
    std::unique_ptr<LoopbackHttpServer> m_server;
};

void TstApiTls::initTestCase() {
    QLoggingCategory::setFilterRules(QStringLiteral("simfleet.*.debug=false"));
    if (!QSslSocket::supportsSsl())
        QSKIP("this Qt has no TLS backend");
    QVERIFY(!testCertificate().isNull());
}

void TstApiTls::selfSignedServer_refusedBeforeAnyRequest_data() {
    QTest::addColumn<Call>("call");
    QTest::newRow("NovaConnect POST") << Call::NovaPost;
    QTest::newRow("second operator GET") << Call::V2Get;
    QTest::newRow("bill download") << Call::BillDownload;
}

void TstApiTls::selfSignedServer_refusedBeforeAnyRequest() {
    QFETCH(Call, call);
    LoopbackHttpServer server(serverConfiguration(), nullptr);
    QVERIFY(server.listen() != 0);
    server.setHandler(
        [](const LoopbackHttpServer::Request&) { return jsonAnswer(R"({"code":200,"data":{}})"); });
    auto client = std::make_unique<ApiClient>();
    QVERIFY(client->setBaseUrl(server.url(QStringLiteral("/api"))));
    client->setToken(QString::fromLatin1(kToken));
    client->setRetryPolicy({3, 10, 20});

    TestTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString downloadPath = dir.filePath(QStringLiteral("invoice.pdf"));
    CallWatch watch(start(call, client.get(), this, downloadPath));
    QVERIFY(watch.wait());

    const ApiError& error = watch.error();
    QVERIFY2(error.kind == ApiError::Kind::TlsFailed, describe(error).constData());
    QCOMPARE(watch.attempts(), 1); // an untrusted certificate is not worth another try
    QVERIFY(error.neverSent);
    QVERIFY(!error.mayHaveBeenApplied());
    QVERIFY(!error.title().isEmpty());
    QVERIFY2(error.userMessage().contains(QLatin1String("certificate is not trusted")),
             qPrintable(error.userMessage()));
    QVERIFY2(error.userMessage().contains(QLatin1String("Check that the API address is right")),
             qPrintable(error.userMessage()));
    // The client reached the server and started a handshake that never ended
    // well: no HTTP request, no byte of it, no token.
    QVERIFY(QTest::qWaitFor([&server] { return server.connectionCount() > 0; }, kAnswerTimeoutMs));
    QCOMPARE(server.securedConnectionCount(), 0);
    QVERIFY(server.requests().isEmpty());
    QVERIFY(server.receivedBytes().isEmpty());
    if (call == Call::BillDownload)
        QVERIFY(!QFileInfo::exists(downloadPath));
}

void TstApiTls::sameServerTrusted_getsTheRequest() {
    // The control: trust the test certificate (for this process only), and the
    // same kind of server answers and sees the request with its token.
    const QSslConfiguration before = QSslConfiguration::defaultConfiguration();
    QSslConfiguration trusting = before;
    trusting.addCaCertificate(testCertificate());
    QSslConfiguration::setDefaultConfiguration(trusting);

    LoopbackHttpServer server(serverConfiguration(), nullptr);
    QVERIFY(server.listen() != 0);
    server.setHandler([](const LoopbackHttpServer::Request&) {
        return jsonAnswer(R"({"code":200,"data":{"id":7,"name":"Acme"}})");
    });
    ApiClient client;
    QVERIFY(client.setBaseUrl(server.url(QStringLiteral("/api"))));
    client.setToken(QString::fromLatin1(kToken));
    CallWatch watch(start(Call::NovaPost, &client, this, {}));
    const bool finished = watch.wait();
    QSslConfiguration::setDefaultConfiguration(before);
    QVERIFY(finished);
    QVERIFY2(!watch.error().isError(), describe(watch.error()).constData());
    QCOMPARE(server.securedConnectionCount(), 1);
    QCOMPARE(server.requests().size(), 1);
    QCOMPARE(server.requests().first().header("authorization"), "Bearer " + kToken);
}

QTEST_GUILESS_MAIN(TstApiTls)
#include "tst_api_tls.moc"
