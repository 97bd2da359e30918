#include "tests/emulator/tst_emulator.h"
#include "tests/support/XlsxReader.h"

#include "tests/support/TestTemporaryDir.h"
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QTimeZone>
#include <QTimer>

using novaemu::Emulator;
using novaemu::EmulatorConfig;

namespace {

QJsonArray resultItems(const EmulatorTestClient::Response& r) {
    return r.json[QStringLiteral("result")][QStringLiteral("items")].toArray();
}

int latestBillId(EmulatorTestClient& client) {
    const auto r = client.post(QStringLiteral("bill/list"), {});
    return r.json[QStringLiteral("items")][0][QStringLiteral("id")].toInt();
}

// One request on a connection of its own, written by hand: a client library
// could send it again on its own when the connection closes unanswered. The
// bytes that came back before the connection closed (or the first of them).
QByteArray rawRequest(quint16 port, const QByteArray& request) {
    QTcpSocket socket;
    QEventLoop loop;
    QObject::connect(&socket, &QTcpSocket::readyRead, &loop, &QEventLoop::quit);
    QObject::connect(&socket, &QTcpSocket::disconnected, &loop, &QEventLoop::quit);
    QObject::connect(&socket, &QTcpSocket::errorOccurred, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    socket.write(request);
    loop.exec();
    return socket.readAll();
}

QByteArray rawPost(quint16 port, const QString& method, const QJsonObject& body) {
    const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return rawRequest(port, "POST /api/" + method.toLatin1() +
                                " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                                "demo-admin\r\nContent-Type: application/json\r\n"
                                "Content-Length: " +
                                QByteArray::number(json.size()) + "\r\n\r\n" + json);
}

QString ddmmyyyy(const QDate& date) {
    return date.toString(QStringLiteral("dd-MM-yyyy"));
}

// The emulator's days are the provider's calendar days (Asia/Almaty).
const QTimeZone& providerZone() {
    static const QTimeZone zone = QTimeZone(QByteArrayLiteral("Asia/Almaty")).isValid()
                                      ? QTimeZone(QByteArrayLiteral("Asia/Almaty"))
                                      : QTimeZone(5 * 3600);
    return zone;
}

QDate providerToday() {
    return QDateTime::currentDateTime().toTimeZone(providerZone()).date();
}

// The provider's midnight that starts the day of `secs`.
qint64 providerMidnight(qint64 secs) {
    return QDateTime::fromSecsSinceEpoch(secs, providerZone())
        .date()
        .startOfDay(providerZone())
        .toSecsSinceEpoch();
}

} // namespace

void TestEmulator::billDownload_pdfIsRealPdf() {
    auto e = start();
    const int bill = latestBillId(*e.client);
    QVERIFY(bill > 0);
    const auto pdf =
        e.client->get(QStringLiteral("bill/download/%1").arg(bill), QStringLiteral("demo-admin"));
    QCOMPARE(pdf.httpStatus, 200);
    QCOMPARE(pdf.contentType, QByteArray("application/pdf"));
    QVERIFY(pdf.body.startsWith("%PDF"));
    QVERIFY(pdf.body.size() > 1000);
    QVERIFY(pdf.contentDisposition.startsWith("attachment; filename=\"invoice-NC-"));
    const auto viaQuery =
        e.client->get(QStringLiteral("bill/download/%1?token=demo-user&lang=en").arg(bill));
    QCOMPARE(viaQuery.httpStatus, 200);
    QVERIFY(viaQuery.body.startsWith("%PDF"));
}

void TestEmulator::billDownload_transcriptIsXlsxPackage() {
    auto e = start();
    const int bill = latestBillId(*e.client);
    const auto xlsx = e.client->get(QStringLiteral("bill/download/%1?mode=transcript").arg(bill),
                                    QStringLiteral("demo-admin"));
    QCOMPARE(xlsx.httpStatus, 200);
    QCOMPARE(xlsx.contentType,
             QByteArray("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    QVERIFY(xlsx.body.startsWith("PK"));
    simfleet::XlsxReader workbook;
    QVERIFY2(workbook.loadData(xlsx.body), qPrintable(workbook.error()));
    const QStringList names = workbook.partNames();
    for (const char* part : {"[Content_Types].xml", "_rels/.rels", "xl/workbook.xml",
                             "xl/_rels/workbook.xml.rels", "xl/worksheets/sheet1.xml"})
        QVERIFY2(names.contains(QLatin1String(part)), part);
    const auto& rows = workbook.rows();
    QVERIFY(rows.size() > 10);
    QCOMPARE(rows.first().size(), 5);
    QCOMPARE(rows.first().first().text, QStringLiteral("ICCID"));
    QVERIFY(rows.first().first().bold);
    QCOMPARE(workbook.frozenRows(), 1);
    QCOMPARE(workbook.autoFilter(), QStringLiteral("A1:E%1").arg(rows.size()));
    QVERIFY(workbook.columnWidths().value(0) > 20);
    // ICCIDs as text cells in the text format; traffic and cost as numbers.
    const simfleet::XlsxReader::Cell& iccid = rows.at(1).at(0);
    QCOMPARE(iccid.type, QStringLiteral("inlineStr"));
    QVERIFY(iccid.isTextFormat());
    QVERIFY2(QRegularExpression(QStringLiteral("^8997\\d{15,16}$")).match(iccid.text).hasMatch(),
             qPrintable(iccid.text));
    QVERIFY(rows.at(1).at(3).isNumber());
    bool number = false;
    rows.at(1).at(3).text.toDouble(&number);
    QVERIFY(number);
    QVERIFY(workbook.part(QStringLiteral("xl/worksheets/sheet1.xml"))
                .contains("t=\"inlineStr\"><is><t>ICCID</t>"));

    // The same bill gives the same bytes.
    const auto again = e.client->get(QStringLiteral("bill/download/%1?mode=transcript").arg(bill),
                                     QStringLiteral("demo-admin"));
    QCOMPARE(again.body, xlsx.body);
}

void TestEmulator::billDownload_unknownBillOrTokenRejected() {
    auto e = start();
    const int bill = latestBillId(*e.client);
    QCOMPARE(
        e.client->get(QStringLiteral("bill/download/1"), QStringLiteral("demo-admin")).httpStatus,
        404);
    QCOMPARE(
        e.client->get(QStringLiteral("bill/download/abc"), QStringLiteral("demo-admin")).httpStatus,
        404);
    QCOMPARE(e.client->get(QStringLiteral("bill/download/%1").arg(bill)).httpStatus, 401);
    QCOMPARE(e.client->get(QStringLiteral("bill/download/%1?token=nope").arg(bill)).httpStatus,
             401);
    QCOMPARE(e.client->get(QStringLiteral("sim/list"), QStringLiteral("demo-admin")).httpStatus,
             405);
}

void TestEmulator::billList_newestFirstWithAllowOperations() {
    auto e = start();
    const auto r = e.client->post(QStringLiteral("bill/list"),
                                  {{QStringLiteral("page"), 0}, {QStringLiteral("size"), 100}},
                                  QStringLiteral("demo-user"));
    QCOMPARE(r.code(), 200);
    QCOMPARE(r.json.value(QStringLiteral("all_count")).toInt(), 24);
    QVERIFY(r.json.value(QStringLiteral("allow_operations")).isObject());
    const QJsonArray bills = r.json.value(QStringLiteral("items")).toArray();
    QCOMPARE(bills.size(), 24);
    QCOMPARE(bills.first()[QStringLiteral("paided")].toDouble(), 0.0);
    double previous = 1e12;
    for (const auto& b : bills) {
        QVERIFY(b[QStringLiteral("added")].toDouble() < previous);
        previous = b[QStringLiteral("added")].toDouble();
        QCOMPARE(b[QStringLiteral("currency")].toString(), QStringLiteral("KZT"));
        QVERIFY(QRegularExpression(QStringLiteral("^\\d{2}\\.\\d{4}$"))
                    .match(b[QStringLiteral("period")].toString())
                    .hasMatch());
        const double expected =
            b[QStringLiteral("cost")].toDouble() * b[QStringLiteral("valute_course")].toDouble();
        QVERIFY(qAbs(b[QStringLiteral("valute_cost")].toDouble() - expected) < 0.01);
    }
    const auto company = e.client->post(QStringLiteral("company/get"), {});
    QCOMPARE(
        company.json[QStringLiteral("result")][QStringLiteral("item")][QStringLiteral("country")]
            .toString(),
        QStringLiteral("KZ"));
}

void TestEmulator::company_postpaidByDefault_prepaidOnRequest() {
    const auto company = [](const Running& e) {
        return e.client->post(QStringLiteral("company/get"), {})
            .json[QStringLiteral("result")][QStringLiteral("item")]
            .toObject();
    };
    auto postpaid = start();
    const QJsonObject owing = company(postpaid);
    QCOMPARE(owing[QStringLiteral("billing_type")].toInt(), 0);
    QVERIFY(owing[QStringLiteral("balance")].toString().startsWith(QLatin1Char('-')));
    QVERIFY(owing[QStringLiteral("preliminary_balance")].toString().endsWith(QStringLiteral(" €")));

    novaemu::EmulatorConfig config = smallConfig();
    config.prepaid = true;
    auto prepaid = start(config);
    const QJsonObject paidAhead = company(prepaid);
    QCOMPARE(paidAhead[QStringLiteral("billing_type")].toInt(), 1);
    QVERIFY(!paidAhead[QStringLiteral("balance")].toString().startsWith(QLatin1Char('-')));
    QVERIFY(paidAhead[QStringLiteral("balance")].toString().endsWith(QStringLiteral(" €")));
    QVERIFY(paidAhead[QStringLiteral("preliminary_balance")].toString().isEmpty());
    QCOMPARE(paidAhead[QStringLiteral("name")], owing[QStringLiteral("name")]);
}

void TestEmulator::reports_lastPageIsShort() {
    auto e = start();
    const QJsonObject filter{{QStringLiteral("start"), ddmmyyyy(providerToday().addDays(-8))},
                             {QStringLiteral("end"), ddmmyyyy(providerToday().addDays(-1))}};
    for (const QString& method : {QStringLiteral("report/sessions"), QStringLiteral("report/day"),
                                  QStringLiteral("report/call_sms")}) {
        QSet<qint64> sids;
        int total = 0;
        int page = 0;
        int lastSize = 0;
        const int size = 300;
        for (;; ++page) {
            const auto r = e.client->post(
                method, {{QStringLiteral("filter"), filter},
                         {QStringLiteral("select"), QJsonArray{QStringLiteral("all")}},
                         {QStringLiteral("page"), page},
                         {QStringLiteral("size"), size}});
            QCOMPARE(r.code(), 200);
            QVERIFY(!r.json.contains(QStringLiteral("all_count")));
            lastSize = int(resultItems(r).size());
            for (const auto& row : resultItems(r)) {
                sids.insert(qint64(row[QStringLiteral("sid")].toDouble()));
                QVERIFY(row[QStringLiteral("iccid")].toString().startsWith(QLatin1String("8997")));
            }
            total += lastSize;
            if (lastSize < size)
                break;
        }
        QVERIFY2(page >= 1, qPrintable(method));
        QVERIFY(lastSize < size);
        QCOMPARE(sids.size(), total);
    }
}

void TestEmulator::reports_dayTotalsMatchSessions() {
    auto e = start();
    const QJsonObject filter{{QStringLiteral("start"), ddmmyyyy(providerToday().addDays(-6))},
                             {QStringLiteral("end"), ddmmyyyy(providerToday().addDays(-1))}};
    const QJsonObject body{{QStringLiteral("filter"), filter},
                           {QStringLiteral("select"),
                            QJsonArray{QStringLiteral("s_100003"), QStringLiteral("s_100004")}},
                           {QStringLiteral("size"), 1000}};
    QHash<QString, qint64> sessionBytes;
    for (const auto& row :
         resultItems(e.client->post(QStringLiteral("report/sessions"), body))) {
        const qint64 day = providerMidnight(qint64(row[QStringLiteral("start")].toDouble()));
        QVERIFY(row[QStringLiteral("value")].isString());
        QVERIFY(row[QStringLiteral("operator_code")].toInt() > 10000);
        sessionBytes[QStringLiteral("%1/%2").arg(row[QStringLiteral("id")].toInt()).arg(day)] +=
            row[QStringLiteral("value")].toString().toLongLong();
    }
    const QJsonArray days = resultItems(e.client->post(QStringLiteral("report/day"), body));
    QVERIFY(!days.isEmpty());
    QCOMPARE(days.size(), sessionBytes.size());
    for (const auto& row : days) {
        const QString key = QStringLiteral("%1/%2")
                                .arg(row[QStringLiteral("id")].toInt())
                                .arg(qint64(row[QStringLiteral("day")].toDouble()));
        QCOMPARE(row[QStringLiteral("value")].toString().toLongLong(), sessionBytes.value(key));
    }
}

void TestEmulator::reports_nothingForToday() {
    auto e = start();
    const QJsonObject filter{{QStringLiteral("start"), ddmmyyyy(providerToday())},
                             {QStringLiteral("end"), ddmmyyyy(providerToday())}};
    for (const QString& method : {QStringLiteral("report/sessions"), QStringLiteral("report/day"),
                                  QStringLiteral("report/call_sms")}) {
        const auto r = e.client->post(method, {{QStringLiteral("filter"), filter}});
        QCOMPARE(r.code(), 200);
        QVERIFY(resultItems(r).isEmpty());
    }
    const auto yesterday = e.client->post(
        QStringLiteral("report/sessions"),
        {{QStringLiteral("filter"),
          QJsonObject{{QStringLiteral("start"), ddmmyyyy(providerToday().addDays(-1))},
                      {QStringLiteral("end"), ddmmyyyy(providerToday())}}}});
    QVERIFY(!resultItems(yesterday).isEmpty());
}

void TestEmulator::faults_errorRateHalfFailsEverySecondRequest() {
    auto e = start();
    e.emulator->setErrorRate(0.5);
    QList<int> statuses;
    for (int i = 0; i < 6; ++i) {
        const auto r = e.client->post(QStringLiteral("sim/list"), {{QStringLiteral("size"), 1}});
        statuses.append(r.httpStatus);
        if (r.httpStatus == 500) {
            QVERIFY(r.contentType.startsWith("text/html"));
            QVERIFY(r.body.contains("500 Internal Server Error"));
            QVERIFY(!r.jsonValid);
        }
    }
    QCOMPARE(statuses, (QList<int>{200, 500, 200, 500, 200, 500}));
    const QList<Emulator::JournalEntry> journal = e.emulator->journal();
    QCOMPARE(journal.size(), 6);
    QCOMPARE(journal[1].httpStatus, 500);
    QCOMPARE(journal[1].apiCode, 500);
    QCOMPARE(journal[1].role, QStringLiteral("admin"));
    QCOMPARE(journal[1].body.value(QStringLiteral("size")).toInt(), 1);
    e.emulator->setErrorRate(1.0);
    QCOMPARE(
        e.client->get(QStringLiteral("bill/download/%1").arg(5024), QStringLiteral("demo-admin"))
            .httpStatus,
        200);
    QCOMPARE(e.client->post(QStringLiteral("sim/list"), {}, QStringLiteral("bad-token")).httpStatus,
             500);
    e.emulator->setErrorRate(0.25);
    statuses.clear();
    for (int i = 0; i < 8; ++i)
        statuses.append(e.client->post(QStringLiteral("user/get"), {}).httpStatus);
    QCOMPARE(statuses, (QList<int>{200, 200, 200, 500, 200, 200, 200, 500}));
}

void TestEmulator::faults_malformedRateTruncatesJson() {
    auto e = start();
    e.emulator->setMalformedRate(0.5);
    const auto first = e.client->post(QStringLiteral("company/get"), {});
    const auto second = e.client->post(QStringLiteral("company/get"), {});
    QVERIFY(first.jsonValid);
    QCOMPARE(second.httpStatus, 200);
    QCOMPARE(second.contentType, QByteArray("application/json"));
    QVERIFY(!second.jsonValid);
    QVERIFY(second.body.size() < first.body.size());
    QVERIFY(first.body.startsWith(second.body));
}

void TestEmulator::faults_dropRateClosesConnectionAfterHandling() {
    simfleet::TestTemporaryDir dir;
    QVERIFY(dir.isValid());
    EmulatorConfig config = smallConfig();
    config.journalFile = dir.filePath(QStringLiteral("journal.jsonl"));
    auto e = start(config);
    e.emulator->setDropRate(0.5);
    const auto rename = [&e](const QString& name) {
        return rawPost(e.emulator->port(), QStringLiteral("sim/edit"),
                       {{QStringLiteral("id"), 100002}, {QStringLiteral("name"), name}});
    };
    QVERIFY(rename(QStringLiteral("First")).startsWith("HTTP/1.1 200"));
    QCOMPARE(rename(QStringLiteral("Second")), QByteArray()); // closed without an answer
    QVERIFY(rename(QStringLiteral("Third")).startsWith("HTTP/1.1 200"));
    QCOMPARE(rename(QStringLiteral("Fourth")), QByteArray());
    // Downloads are dropped alike.
    e.emulator->setDropRate(1.0);
    QCOMPARE(rawRequest(e.emulator->port(),
                        "GET /api/bill/download/5024?token=demo-admin HTTP/1.1\r\nHost: "
                        "127.0.0.1\r\n\r\n"),
             QByteArray());
    e.emulator->setDropRate(0.0);
    // What the server did stands: the SIM has the name of the last, unanswered rename.
    QCOMPARE(simById(*e.client, 100002)[QStringLiteral("name")].toString(),
             QStringLiteral("Fourth"));

    const QList<Emulator::JournalEntry> journal = e.emulator->journal();
    QCOMPARE(journal.size(), 6);
    QCOMPARE((QList<bool>{journal[0].dropped, journal[1].dropped, journal[2].dropped,
                          journal[3].dropped, journal[4].dropped, journal[5].dropped}),
             (QList<bool>{false, true, false, true, true, false}));
    QCOMPARE(journal[1].httpStatus, 200); // the answer that was lost
    QCOMPARE(journal[4].method, QStringLiteral("bill/download/5024"));
    QFile file(config.journalFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 6);
    QVERIFY(!QJsonDocument::fromJson(lines[0]).object().contains(QStringLiteral("dropped")));
    QVERIFY(QJsonDocument::fromJson(lines[1]).object().value(QStringLiteral("dropped")).toBool());
}

void TestEmulator::latency_delaysAnswers() {
    auto e = start();
    e.emulator->setLatencyMs(300);
    QSignalSpy served(e.emulator.get(), &Emulator::requestServed);
    QElapsedTimer timer;
    timer.start();
    const auto r = e.client->post(QStringLiteral("user/get"), {});
    QCOMPARE(r.code(), 200);
    QVERIFY(timer.elapsed() >= 280);
    QCOMPARE(served.count(), 1);
    e.emulator->setLatencyMs(0);
    timer.restart();
    e.client->post(QStringLiteral("user/get"), {});
    QVERIFY(timer.elapsed() < 280);
}

void TestEmulator::journal_recordsMethodBodyRoleLang() {
    auto e = start();
    QSignalSpy served(e.emulator.get(), &Emulator::requestServed);
    e.client->post(QStringLiteral("sim/list"), {{QStringLiteral("page"), 1}},
                   QStringLiteral("demo-user"), QStringLiteral("en"));
    e.client->post(QStringLiteral("sim/block"), {{QStringLiteral("items"), QJsonArray{100001}}},
                   QStringLiteral("who"));
    e.client->get(QStringLiteral("bill/download/5024?mode=transcript"),
                  QStringLiteral("demo-admin"));
    const QList<Emulator::JournalEntry> journal = e.emulator->journal();
    QCOMPARE(journal.size(), 3);
    QCOMPARE(served.count(), 3);
    QCOMPARE(served.at(0).at(0).toString(), QStringLiteral("sim/list"));
    QCOMPARE(journal[0].method, QStringLiteral("sim/list"));
    QCOMPARE(journal[0].body.value(QStringLiteral("page")).toInt(), 1);
    QCOMPARE(journal[0].role, QStringLiteral("user"));
    QCOMPARE(journal[0].lang, QStringLiteral("en"));
    QCOMPARE(journal[0].httpStatus, 200);
    QCOMPARE(journal[0].apiCode, 200);
    QVERIFY(qAbs(journal[0].msecsSinceEpoch - QDateTime::currentMSecsSinceEpoch()) < 60000);
    QCOMPARE(journal[1].method, QStringLiteral("sim/block"));
    QCOMPARE(journal[1].role, QStringLiteral("none"));
    QCOMPARE(journal[1].httpStatus, 401);
    QVERIFY(journal[1].lang.isEmpty());
    QCOMPARE(journal[2].method, QStringLiteral("bill/download/5024"));
    QCOMPARE(journal[2].role, QStringLiteral("admin"));
    e.emulator->clearJournal();
    QVERIFY(e.emulator->journal().isEmpty());
}

void TestEmulator::journal_fileGetsOneLinePerRequest() {
    simfleet::TestTemporaryDir dir;
    QVERIFY(dir.isValid());
    EmulatorConfig config = smallConfig();
    config.journalFile = dir.filePath(QStringLiteral("journal.jsonl"));
    {
        auto e = start(config);
        e.client->post(QStringLiteral("user/get"), {});
        e.client->post(QStringLiteral("user/password"),
                       {{QStringLiteral("password"), QStringLiteral("secret99")},
                        {QStringLiteral("old_password"), QStringLiteral("demo1234")}});
    }
    QFile file(config.journalFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    const QJsonObject second = QJsonDocument::fromJson(lines[1]).object();
    QCOMPARE(second[QStringLiteral("method")].toString(), QStringLiteral("user/password"));
    QCOMPARE(second[QStringLiteral("body")][QStringLiteral("password")].toString(),
             QStringLiteral("***"));
    QVERIFY(!lines[1].contains("secret99"));
    QVERIFY(!lines[1].contains("demo-admin"));
}

void TestEmulator::executable_printsListeningLineAndServes() {
    const QString binDir = qEnvironmentVariable("SIMFLEET_BIN_DIR");
    if (binDir.isEmpty())
        QSKIP("SIMFLEET_BIN_DIR is not set");
    QProcess process;
    process.setProgram(binDir + QStringLiteral("/simfleet-emulator"));
    process.setArguments({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--sims"),
                          QStringLiteral("50")});
    process.start();
    QVERIFY2(process.waitForStarted(5000), qPrintable(process.errorString()));
    QElapsedTimer timer;
    timer.start();
    while (!process.canReadLine() && timer.elapsed() < 10000)
        process.waitForReadyRead(100);
    const QString line = QString::fromUtf8(process.readLine()).trimmed();
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("^listening on (http://127\\.0\\.0\\.1:(\\d+)/api)$"))
            .match(line);
    QVERIFY2(m.hasMatch(), qPrintable(line));
    QVERIFY(m.captured(2).toInt() > 0);
    EmulatorTestClient client{QUrl(m.captured(1))};
    const auto r = client.post(QStringLiteral("sim/list"), {});
    QCOMPARE(r.json.value(QStringLiteral("all_count")).toInt(), 50);

    // A second instance on the same port cannot listen: exit code 1 and a message.
    QProcess bad;
    bad.start(
        binDir + QStringLiteral("/simfleet-emulator"),
        {QStringLiteral("--port"), m.captured(2), QStringLiteral("--sims"), QStringLiteral("10")});
    QVERIFY(bad.waitForFinished(10000));
    QCOMPARE(bad.exitCode(), 1);
    QVERIFY(bad.readAllStandardError().contains("cannot listen"));

    process.terminate(); // SIGTERM quits the event loop cleanly
    QVERIFY(process.waitForFinished(5000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
}

void TestEmulator::thread_servesFromWorkerThread() {
    // The GUI's --demo mode creates, runs and destroys the emulator in its own thread.
    QThread thread;
    QObject context;
    context.moveToThread(&thread);
    thread.start();
    Emulator* emulator = nullptr;
    QUrl base;
    QMetaObject::invokeMethod(
        &context,
        [&] {
            emulator = new Emulator(smallConfig());
            if (emulator->listen() != 0)
                base = emulator->baseUrl();
        },
        Qt::BlockingQueuedConnection);
    QVERIFY(!base.isEmpty());
    EmulatorTestClient client(base);
    QCOMPARE(client.post(QStringLiteral("sim/list"), {}).code(), 200);
    const auto pdf = client.get(QStringLiteral("bill/download/5024"), QStringLiteral("demo-admin"));
    QVERIFY(pdf.body.startsWith("%PDF"));
    const auto xlsx = client.get(QStringLiteral("bill/download/5024?mode=transcript"),
                                 QStringLiteral("demo-admin"));
    QVERIFY(xlsx.body.startsWith("PK"));
    QMetaObject::invokeMethod(
        &context, [&] { delete emulator; }, Qt::BlockingQueuedConnection);
    thread.quit();
    QVERIFY(thread.wait(5000));
}
