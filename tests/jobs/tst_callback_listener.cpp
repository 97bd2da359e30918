#include "CallbackListener.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

namespace {

const QByteArray kPayload =
    R"({"qid":"q000042","queue":"block","items":[{"id":7,"block":"u","queue_status":"done"}],)"
    R"("status":{"count":2,"process":1,"percentage":50}})";

} // namespace

class TestCallbackListener final : public QObject {
    Q_OBJECT

private:
    int send(const QByteArray& verb, const QUrl& url, const QByteArray& contentType,
             const QByteArray& body) {
        QNetworkRequest request(url);
        if (!contentType.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        QNetworkReply* reply = m_network.sendCustomRequest(request, verb, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!finished.wait(10000))
            return -1;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        return status;
    }

    QNetworkAccessManager m_network;

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void jsonPostOnSecretPath_emitsTheParsedCallback() {
        CallbackListener listener;
        QVERIFY(listener.listen(0) != 0);
        QCOMPARE(listener.localUrl().host(), QStringLiteral("127.0.0.1"));
        QVERIFY(listener.secret().size() >= 20);
        QSignalSpy received(&listener, &CallbackListener::callbackReceived);
        QCOMPARE(send("POST", listener.localUrl(), "application/json; charset=utf-8", kPayload),
                 200);
        QCOMPARE(received.size(), 1);
        const auto callback = received.at(0).at(0).value<QueueCallback>();
        QCOMPARE(callback.queueId, QStringLiteral("q000042"));
        QCOMPARE(callback.percentage, 50);
        QCOMPARE(callback.items.size(), 1);
        QCOMPARE(callback.items.at(0).queueStatus, QStringLiteral("done"));
    }

    void keptSecret_isUsedAndUnsafeOnesRefused() {
        CallbackListener listener;
        QVERIFY(!listener.setSecret(QStringLiteral("short")));
        QVERIFY(!listener.setSecret(QStringLiteral("has/slash/and-is-long-enough")));
        const QString kept = QStringLiteral("Abc-_0123456789xyzKLM");
        QVERIFY(listener.setSecret(kept));
        QVERIFY(listener.listen(0) != 0);
        QCOMPARE(listener.secret(), kept);
        QCOMPARE(listener.path(), QStringLiteral("/callback/") + kept);
        QVERIFY(listener.localUrl().toString().endsWith(kept));
    }

    void twoListeners_haveDifferentSecrets() {
        CallbackListener a, b;
        QVERIFY(a.secret() != b.secret());
    }

    void wrongPathMethodTypeOrSize_areRejectedAndIgnored() {
        CallbackListener listener;
        QVERIFY(listener.listen(0) != 0);
        QSignalSpy received(&listener, &CallbackListener::callbackReceived);
        QUrl wrongSecret = listener.localUrl();
        wrongSecret.setPath(QStringLiteral("/callback/guessed"));
        QCOMPARE(send("POST", wrongSecret, "application/json", kPayload), 404);
        QUrl root = listener.localUrl();
        root.setPath(QStringLiteral("/"));
        QCOMPARE(send("POST", root, "application/json", kPayload), 404);
        QCOMPARE(send("GET", listener.localUrl(), {}, {}), 405);
        QCOMPARE(send("PUT", listener.localUrl(), "application/json", kPayload), 405);
        QCOMPARE(send("POST", listener.localUrl(), "text/plain", kPayload), 415);
        QCOMPARE(send("POST", listener.localUrl(), {}, kPayload), 415);
        QCOMPARE(send("POST", listener.localUrl(), "application/json", "{not json"), 400);
        QCOMPARE(send("POST", listener.localUrl(), "application/json", "[1,2]"), 400);
        QCOMPARE(send("POST", listener.localUrl(), "application/json", R"({"items":[]})"), 400);
        const QByteArray huge = "{\"qid\":\"1\",\"pad\":\"" +
                                QByteArray(int(CallbackListener::kMaxBodyBytes), 'x') + "\"}";
        QCOMPARE(send("POST", listener.localUrl(), "application/json", huge), 413);
        QCOMPARE(received.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCallbackListener)
#include "tst_callback_listener.moc"
