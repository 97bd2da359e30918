#include "app/core/CallbackListener.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <memory>
#include <vector>

using namespace simfleet;

namespace {

const QByteArray kPayload =
    R"({"qid":"q000042","queue":"block","items":[{"id":7,"block":"u","queue_status":"done"}],)"
    R"("status":{"count":2,"process":1,"percentage":50}})";

// A raw client: the hostile senders below do what no HTTP library would.
std::unique_ptr<QTcpSocket> connectTo(quint16 port) {
    auto socket = std::make_unique<QTcpSocket>();
    socket->connectToHost(QStringLiteral("127.0.0.1"), port);
    return socket;
}

// Reads until the server has answered a whole head or closed the connection;
// returns the status code, 0 when the connection closed without one.
int readStatus(QTcpSocket& socket) {
    QByteArray received;
    (void)QTest::qWaitFor(
        [&] {
            received += socket.readAll();
            return received.contains("\r\n\r\n") ||
                   socket.state() == QAbstractSocket::UnconnectedState;
        },
        20000);
    received += socket.readAll();
    if (!received.startsWith("HTTP/1."))
        return 0;
    return received.mid(9, 3).toInt();
}

QByteArray head(const QString& path, const QByteArray& extra = {}) {
    return "POST " + path.toLatin1() + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extra;
}

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
        QTRY_COMPARE(received.size(), 1);
        const auto callback = received.at(0).at(0).value<QueueCallback>();
        QCOMPARE(callback.queueId, QStringLiteral("q000042"));
        QCOMPARE(callback.percentage, 50);
        QCOMPARE(callback.items.size(), 1);
        QCOMPARE(callback.items.at(0).queueStatus, QStringLiteral("done"));
    }

    void accountNotificationOnNotifyPath_isParsedAndEmitted() {
        CallbackListener listener;
        QVERIFY(listener.listen(0) != 0);
        QCOMPARE(listener.notificationPath(), QStringLiteral("/notify/") + listener.secret());
        QCOMPARE(listener.localNotificationUrl().path(), listener.notificationPath());
        QSignalSpy notifications(&listener, &CallbackListener::notificationReceived);
        QSignalSpy callbacks(&listener, &CallbackListener::callbackReceived);
        const QByteArray body =
            R"({"type":"generate_bill","items":[{"id":5024,"bid":"2026-11","period":"11.2026",)"
            R"("cost":120.5}],"files":[{"type":"base64","format":"application/pdf",)"
            R"("name":"../invoice.pdf","body":"JVBERi0xLjQ="}]})";
        QCOMPARE(send("POST", listener.localNotificationUrl(), "application/json", body), 200);
        QTRY_COMPARE(notifications.size(), 1);
        const auto notification = notifications.at(0).at(0).value<AccountNotification>();
        QCOMPARE(notification.type, AccountNotification::Type::GenerateBill);
        QCOMPARE(notification.bills.size(), 1);
        QCOMPARE(notification.bills.at(0).id, qint64(5024));
        QCOMPARE(notification.files.size(), 1);
        QCOMPARE(notification.files.at(0).content, QByteArray("%PDF-1.4"));
        QCOMPARE(notification.files.at(0).safeFileName(), QStringLiteral("invoice.pdf"));
        QCOMPARE(callbacks.size(), 0);
    }

    void malformedNotificationOrWrongShape_isRefused400() {
        CallbackListener listener;
        QVERIFY(listener.listen(0) != 0);
        QSignalSpy notifications(&listener, &CallbackListener::notificationReceived);
        QSignalSpy callbacks(&listener, &CallbackListener::callbackReceived);
        const QUrl notify = listener.localNotificationUrl();
        QCOMPARE(send("POST", notify, "application/json", "{\"type\":\"msu_lo"), 400);
        QCOMPARE(send("POST", notify, "application/json", "[\"msu_lock\"]"), 400);
        QCOMPARE(send("POST", notify, "application/json", R"({"items":[],"files":[]})"), 400);
        QCOMPARE(send("POST", notify, "application/json", R"({"type":"  "})"), 400);
        // A job's progress report is not a notification, and the other way round.
        QCOMPARE(send("POST", notify, "application/json", kPayload), 400);
        QCOMPARE(send("POST", listener.localUrl(), "application/json",
                      R"({"type":"msu_lock","items":[]})"),
                 400);
        // The same limits as the callback path.
        QCOMPARE(send("GET", notify, {}, {}), 405);
        QCOMPARE(send("POST", notify, "text/plain", R"({"type":"msu_lock"})"), 415);
        QUrl wrongSecret = notify;
        wrongSecret.setPath(QStringLiteral("/notify/guessed"));
        QCOMPARE(send("POST", wrongSecret, "application/json", R"({"type":"msu_lock"})"), 404);
        QCOMPARE(notifications.size(), 0);
        QCOMPARE(callbacks.size(), 0);
        // An unknown kind is read (and listed as such), not refused.
        QCOMPARE(send("POST", notify, "application/json", R"({"type":"new_kind","items":[1]})"),
                 200);
        QTRY_COMPARE(notifications.size(), 1);
        QCOMPARE(notifications.at(0).at(0).value<AccountNotification>().type,
                 AccountNotification::Type::Unknown);
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
        // Answered from the head, so the client may still be writing when the
        // connection closes and never read the 413 (tested over a raw socket).
        const int status = send("POST", listener.localUrl(), "application/json", huge);
        QVERIFY2(status == 413 || status == 0, QByteArray::number(status));
        QCOMPARE(received.size(), 0);
    }

    void oversizeHeaders_areRefusedWithoutBeingKept() {
        CallbackListener listener;
        QVERIFY(listener.listen(0) != 0);
        QSignalSpy received(&listener, &CallbackListener::callbackReceived);
        // A head of about 8 KiB is served...
        auto fine = connectTo(listener.port());
        fine->write(head(listener.path(), "X-Pad: " + QByteArray(qsizetype(8) * 1024, 'a') +
                                              "\r\nContent-Type: application/json\r\n"
                                              "Content-Length: " +
                                              QByteArray::number(kPayload.size()) + "\r\n\r\n") +
                    kPayload);
        QCOMPARE(readStatus(*fine), 200);
        // ... a larger one, even on the right path, is answered 431 or cut.
        for (const int size : {24 * 1024, 256 * 1024}) {
            auto socket = connectTo(listener.port());
            socket->write(head(listener.path(), "X-Pad: " + QByteArray(size, 'a') +
                                                    "\r\nContent-Type: application/json\r\n"
                                                    "Content-Length: " +
                                                    QByteArray::number(kPayload.size()) +
                                                    "\r\n\r\n") +
                          kPayload);
            const int status = readStatus(*socket);
            QVERIFY2(status == 431 || status == 0, QByteArray::number(status));
        }
        QTRY_COMPARE(received.size(), 1);
    }

    void oversizeBody_isRefusedFromItsAnnouncedLengthBeforeItIsSent() {
        CallbackListener listener;
        QVERIFY(listener.listen(0) != 0);
        QSignalSpy received(&listener, &CallbackListener::callbackReceived);
        // Not a byte of the 100 MiB is sent: the answer comes from the head.
        auto socket = connectTo(listener.port());
        socket->write(head(listener.path(), "Content-Type: application/json\r\n"
                                            "Content-Length: 104857600\r\n\r\n"));
        QCOMPARE(readStatus(*socket), 413);
        auto expecting = connectTo(listener.port());
        expecting->write(head(listener.path(), "Content-Type: application/json\r\n"
                                               "Expect: 100-continue\r\n"
                                               "Content-Length: 1048577\r\n\r\n"));
        QCOMPARE(readStatus(*expecting), 413);
        QCOMPARE(received.size(), 0);
    }

    void bodyOfExactlyTheLimit_isAccepted() {
        CallbackListener listener;
        QVERIFY(listener.listen(0) != 0);
        QSignalSpy received(&listener, &CallbackListener::callbackReceived);
        QByteArray body = "{\"pad\":\"\"," + kPayload.mid(1);
        body.insert(8, QByteArray(int(CallbackListener::kMaxBodyBytes - body.size()), 'x'));
        QCOMPARE(body.size(), CallbackListener::kMaxBodyBytes);
        QCOMPARE(send("POST", listener.localUrl(), "application/json", body), 200);
        QTRY_COMPARE(received.size(), 1);
        QCOMPARE(received.at(0).at(0).value<QueueCallback>().queueId, QStringLiteral("q000042"));
    }

    void chunkedOrOtherTransferEncoding_isRefused() {
        CallbackListener listener;
        QVERIFY(listener.listen(0) != 0);
        QSignalSpy received(&listener, &CallbackListener::callbackReceived);
        for (const QByteArray& coding : {QByteArray("chunked"), QByteArray("gzip, chunked")}) {
            auto socket = connectTo(listener.port());
            socket->write(head(listener.path(), "Content-Type: application/json\r\n"
                                                "Transfer-Encoding: " +
                                                    coding + "\r\n\r\n") +
                          QByteArray::number(kPayload.size(), 16) + "\r\n" + kPayload +
                          "\r\n0\r\n\r\n");
            const int status = readStatus(*socket);
            QVERIFY2(status == 411 || status == 400 || status == 501, QByteArray::number(status));
        }
        QTest::qWait(100);
        QCOMPARE(received.size(), 0);
    }

    void nearMissSecretOrWrongMethod_areRefusedOverRawSockets() {
        CallbackListener listener;
        QVERIFY(listener.listen(0) != 0);
        QSignalSpy received(&listener, &CallbackListener::callbackReceived);
        QString nearMiss = listener.path();
        nearMiss[nearMiss.size() - 1] =
            nearMiss.back() == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        const QByteArray body = "Content-Type: application/json\r\nContent-Length: " +
                                QByteArray::number(kPayload.size()) + "\r\n\r\n" + kPayload;
        for (const QString& path : {nearMiss, listener.path() + QLatin1Char('x'),
                                    listener.path().chopped(1), QStringLiteral("/callback/")}) {
            auto socket = connectTo(listener.port());
            socket->write(head(path, body));
            QCOMPARE(readStatus(*socket), 404);
        }
        for (const QByteArray& method :
             {QByteArray("GET"), QByteArray("PUT"), QByteArray("DELETE")}) {
            auto socket = connectTo(listener.port());
            socket->write(method + " " + listener.path().toLatin1() +
                          " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + body);
            QCOMPARE(readStatus(*socket), 405);
        }
        QTest::qWait(100);
        QCOMPARE(received.size(), 0);
    }

    void slowSenders_areCutAtTheDeadline() {
        CallbackListener listener;
        listener.setRequestDeadlineForTest(std::chrono::milliseconds(700));
        QVERIFY(listener.listen(0) != 0);
        QSignalSpy received(&listener, &CallbackListener::callbackReceived);
        // One trickles its head, one its body: a byte every 50 ms, so the
        // connection is never idle long enough for an inactivity timeout.
        auto slowHead = connectTo(listener.port());
        auto slowBody = connectTo(listener.port());
        const QByteArray headBytes = head(listener.path(), "X-Pad: ");
        slowHead->write(headBytes);
        slowBody->write(head(listener.path(),
                             "Content-Type: application/json\r\nContent-Length: 100000\r\n\r\n"));
        QTimer trickle;
        trickle.setInterval(50);
        int sent = 0;
        connect(&trickle, &QTimer::timeout, this, [&] {
            ++sent;
            if (slowHead->state() == QAbstractSocket::ConnectedState)
                slowHead->write("a");
            if (slowBody->state() == QAbstractSocket::ConnectedState)
                slowBody->write(" ");
        });
        trickle.start();
        QTRY_VERIFY_WITH_TIMEOUT(slowHead->state() == QAbstractSocket::UnconnectedState &&
                                     slowBody->state() == QAbstractSocket::UnconnectedState,
                                 20000);
        trickle.stop();
        QVERIFY(sent > 0);
        QTRY_COMPARE(listener.openConnectionsForTest(), 0);
        QCOMPARE(received.size(), 0);
        // A prompt request on a new connection is still served.
        QCOMPARE(send("POST", listener.localUrl(), "application/json", kPayload), 200);
        QTRY_COMPARE(received.size(), 1);
    }

    void hundredParallelConnections_atMostTheLimitIsHeldAndTheAppKeepsRunning() {
        CallbackListener listener;
        // Long enough that no held connection is cut while the test looks.
        listener.setRequestDeadlineForTest(std::chrono::minutes(1));
        QVERIFY(listener.listen(0) != 0);
        QSignalSpy received(&listener, &CallbackListener::callbackReceived);
        int ticks = 0;
        QTimer ticker;
        ticker.setInterval(10);
        connect(&ticker, &QTimer::timeout, this, [&] { ++ticks; });
        ticker.start();
        // Each opens a request and never finishes its head. The ones past the
        // limit wait in the system's queue (or are refused), not in the app.
        std::vector<std::unique_ptr<QTcpSocket>> flood;
        for (int i = 0; i < 100; ++i) {
            flood.push_back(connectTo(listener.port()));
            flood.back()->write(head(listener.path(), "X-Slow: "));
        }
        QTRY_COMPARE_WITH_TIMEOUT(listener.openConnectionsForTest(),
                                  CallbackListener::kMaxConnections, 20000);
        const int ticksDuringFlood = ticks;
        QTRY_VERIFY(ticks > ticksDuringFlood + 5);
        QCOMPARE(listener.openConnectionsForTest(), CallbackListener::kMaxConnections);
        QVERIFY(listener.peakConnectionsForTest() <= CallbackListener::kMaxConnections);
        flood.clear();
        QTRY_COMPARE(listener.openConnectionsForTest(), 0);
        QCOMPARE(send("POST", listener.localUrl(), "application/json", kPayload), 200);
        QTRY_COMPARE(received.size(), 1);
        QVERIFY(listener.peakConnectionsForTest() <= CallbackListener::kMaxConnections);
    }

    void secret_cannotChangeWhileListening() {
        CallbackListener listener;
        QVERIFY(listener.listen(0) != 0);
        const QString before = listener.secret();
        QVERIFY(!listener.setSecret(QStringLiteral("Abc-_0123456789xyzKLM")));
        QCOMPARE(listener.secret(), before);
    }
};

QTEST_GUILESS_MAIN(TestCallbackListener)
#include "tst_callback_listener.moc"
