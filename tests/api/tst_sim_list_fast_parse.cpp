// SimListFastParse (simdjson) against the Qt reader it stands in for
// (ApiError::fromEnvelopeBytes + parseSimPage): on every page it answers, the
// same SIMs, count and all_count; on everything else, no answer, so that
// SimService::parseListAnswer falls back and the Qt reader decides.

#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "api/ApiError.h"
#include "api/SimListFastParse.h"
#include "api/SimService.h"
#include "tests/support/ApiTestSupport.h"
#include "tests/support/EmulatorFixture.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

#include <array>

using namespace simfleet;

namespace {

constexpr int kWaitMs = 30000;

ListPage<Sim> qtReader(const QByteArray& body, ApiError* error) {
    QJsonObject envelope;
    *error = ApiError::fromEnvelopeBytes(body, 200, &envelope);
    return error->isError() ? ListPage<Sim>{} : parseSimPage(envelope);
}

QByteArray page(const QByteArrayList& rows, const QByteArray& tail = ",\"count\":1") {
    return "{\"code\":200,\"items\":[" + rows.join(',') + "]" + tail + "}";
}

// Why two readings of the same body differ, or an empty string.
QString difference(const ListPage<Sim>& fast, const ListPage<Sim>& qt) {
    if (fast.items.size() != qt.items.size())
        return QStringLiteral("%1 SIMs, the Qt reader %2")
            .arg(fast.items.size())
            .arg(qt.items.size());
    for (qsizetype i = 0; i < fast.items.size(); ++i) {
        if (!(fast.items.at(i) == qt.items.at(i)))
            return QStringLiteral("SIM %1 differs: %2 / Qt %3")
                .arg(i)
                .arg(QString::fromUtf8(
                         QJsonDocument(fast.items.at(i).toJson()).toJson(QJsonDocument::Compact)),
                     QString::fromUtf8(
                         QJsonDocument(qt.items.at(i).toJson()).toJson(QJsonDocument::Compact)));
    }
    if (fast.count != qt.count)
        return QStringLiteral("count %1, Qt %2").arg(fast.count).arg(qt.count);
    if (fast.allCount != qt.allCount)
        return QStringLiteral("all_count differs");
    if (!qt.problems.isEmpty())
        return QStringLiteral("the Qt reader reported problems: %1")
            .arg(qt.problems.messages.join(u"; "));
    return {};
}

void verifySameAsQtReader(const QByteArray& body) {
    const std::optional<ListPage<Sim>> fast = SimListFastParse::parse(body);
    QVERIFY2(fast.has_value(), body.left(400).constData());
    ApiError error;
    const ListPage<Sim> qt = qtReader(body, &error);
    QVERIFY2(!error.isError(), qPrintable(error.detail));
    const QString why = difference(*fast, qt);
    QVERIFY2(why.isEmpty(),
             qPrintable(why + QStringLiteral("\nbody: ") + QString::fromUtf8(body.left(600))));
    // And the service, which reads with it, gives the same.
    const Result<ListPage<Sim>> service = SimService::parseListAnswer(body);
    QVERIFY(service.ok());
    QVERIFY(difference(service.value, qt).isEmpty());
}

// Spellings of each field's value, usual and unusual, for random rows.
QByteArray pick(QRandomGenerator& random, const QByteArrayList& choices) {
    return choices.at(int(random.bounded(quint32(choices.size()))));
}

QByteArray randomRow(QRandomGenerator& random, qint64 id) {
    const QByteArrayList texts{"\"89701\"",
                               "\"\"",
                               "null",
                               "12",
                               "12.5",
                               "true",
                               "[]",
                               "{}",
                               "\"Склад №3 — ёлка\"",
                               "\"a\\\"b\\\\c\\u0041\"",
                               "\"😀 emoji\"",
                               "1e3",
                               "-0",
                               "\" spaced \""};
    const QByteArrayList numbers{"12",
                                 "12.50",
                                 "\"12,50\"",
                                 "\" 7 \"",
                                 "null",
                                 "\"abc\"",
                                 "true",
                                 "1e308",
                                 "-3",
                                 "0",
                                 "[]",
                                 "{}",
                                 "\"1e3\"",
                                 "18446744073709551615",
                                 "9223372036854775807",
                                 "2.5e-3"};
    const QByteArrayList codes{"\"TD\"", "\"tc\"", "\" td \"", "\"XX\"", "\"\"", "null", "1"};
    const QByteArrayList blocks{"\"n\"", "\"u\"", "\"M\"", "\"p\"",  "\"f\"", "\"g\"",
                                "\"z\"", "\"\"",  "null",  "\"nn\"", "0"};
    const QByteArrayList limitTypes{"\"off\"",   "\"month1\"", "\"P_LIM\"", "\"p_unlim\"",
                                    "\"weird\"", "null",       "\"\"",      "3"};
    const QByteArrayList times{"1700000000",   "\"1700000000\"", "0",     "-5",  "null",
                               "253402300800", "1.7e9",          "\"x\"", "true"};
    const QByteArrayList bools{"true",    "false", "1",    "0",      "\"TRUE\"",
                               "\" 0 \"", "2",     "null", "\"yes\""};
    const QByteArrayList groupLists{"[]",
                                    "[{\"id\":1,\"name\":\"A\"},{\"id\":\"2\",\"name\":\"B\"}]",
                                    "[{\"id\":0,\"name\":\"zero\"},5,\"x\",{\"name\":\"no "
                                    "id\"},{\"id\":3,\"id\":4,\"name\":7}]",
                                    "null",
                                    "{}",
                                    "\"g\"",
                                    "[{\"id\":9,\"name\":null}]"};
    const QByteArrayList extras{"{}",
                                "{\"imsi\":\"250011234567890\",\"n\":[1,2.5,{\"x\":null}]}",
                                "{\"a\":1,\"a\":2}",
                                "[]",
                                "null",
                                "\"x\""};

    QByteArrayList members;
    members << "\"id\":" + (random.bounded(4) == 0 ? "\"" + QByteArray::number(id) + "\""
                                                   : QByteArray::number(id));
    const auto maybe = [&](const QByteArray& key, const QByteArray& value) {
        if (random.bounded(8) != 0) // sometimes the key is missing
            members << "\"" + key + "\":" + value;
    };
    maybe("iccid", pick(random, texts));
    maybe("number", pick(random, texts));
    maybe("external_number", pick(random, texts));
    maybe("name", pick(random, texts));
    maybe("balance", pick(random, numbers));
    maybe("currency", pick(random, texts));
    maybe("msu_value", pick(random, numbers));
    maybe("profile", pick(random, codes));
    maybe("block", pick(random, blocks));
    maybe("comment", pick(random, texts));
    maybe("groups", pick(random, groupLists));
    maybe("limit",
          random.bounded(6) == 0
              ? pick(random, texts)
              : "{\"type\":" + pick(random, limitTypes) + ",\"value\":" + pick(random, numbers) +
                    ",\"used\":" + pick(random, numbers) + ",\"updated\":" + pick(random, times) +
                    ",\"created\":" + pick(random, times) + "}");
    maybe("tariff", random.bounded(6) == 0
                        ? pick(random, texts)
                        : "{\"id\":" + pick(random, numbers) + ",\"name\":" + pick(random, texts) +
                              ",\"change_lock\":" + pick(random, times) +
                              ",\"package_auto\":" + pick(random, bools) + "}");
    maybe("queue_status", pick(random, texts));
    maybe("extras", pick(random, extras));
    maybe("unknown_key", pick(random, groupLists));
    if (random.bounded(10) == 0) // a repeated key: the last one counts
        members << "\"name\":" + pick(random, texts) << "\"groups\":" + pick(random, groupLists);
    return "{" + members.join(',') + "}";
}

} // namespace

class TestSimListFastParse : public QObject {
    Q_OBJECT

private slots:
    void emulatorPage_sameAsQtReader();
    void tolerantValues_sameAsQtReader_data();
    void tolerantValues_sameAsQtReader();
    void randomRows_sameAsQtReader();
    void otherBodies_leftToQtReader_data();
    void otherBodies_leftToQtReader();
};

void TestSimListFastParse::emulatorPage_sameAsQtReader() {
    auto emulator = EmulatorFixture::startEmulator(2500);
    ApiClient client;
    EmulatorFixture::connectClient(client, *emulator);
    const CallWatch call(client.postRaw(
        QStringLiteral("sim/list"), {{QStringLiteral("page"), 0}, {QStringLiteral("size"), 2500}}));
    QVERIFY(call.wait(kWaitMs));
    QVERIFY2(!call.error().isError(), describe(call.error()).constData());
    const QByteArray body = call.rawBody();
    verifySameAsQtReader(body);
    QCOMPARE(SimListFastParse::parse(body)->items.size(), 2500);
    QCOMPARE(SimListFastParse::parse(body)->allCount, std::optional<qint64>(2500));
}

void TestSimListFastParse::tolerantValues_sameAsQtReader_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("minimal row") << page({"{\"id\":1}"});
    QTest::newRow("id as a string") << page({"{\"id\":\" 42 \"}"});
    QTest::newRow("id as an integral double") << page({"{\"id\":7.0}"});
    QTest::newRow("numbers as strings")
        << page({"{\"id\":1,\"balance\":\"12,50\",\"msu_value\":\"1e3\","
                 "\"limit\":{\"type\":\"p_lim\",\"value\":\"500\",\"used\":\"1.5\"}}"});
    QTest::newRow("nulls") << page({"{\"id\":1,\"iccid\":null,\"name\":null,\"balance\":null,"
                                    "\"groups\":null,\"limit\":null,\"tariff\":null,"
                                    "\"comment\":null,\"queue_status\":null,\"extras\":null}"});
    QTest::newRow("text from numbers and bools")
        << page({"{\"id\":1,\"iccid\":8970100000000000001,\"name\":12.0,\"number\":true,"
                 "\"comment\":2.5e-3,\"currency\":-0}"});
    QTest::newRow("unsigned past qint64")
        << page({"{\"id\":1,\"balance\":18446744073709551615,\"msu_value\":18446744073709551615,"
                 "\"name\":18446744073709551615}"});
    QTest::newRow("unknown codes kept raw")
        << page({"{\"id\":1,\"profile\":\" x \",\"block\":\"Z\",\"limit\":{\"type\":\"odd\"}}"});
    QTest::newRow("codes trimmed and any case") << page(
        {"{\"id\":1,\"profile\":\" td \",\"block\":\" U\",\"limit\":{\"type\":\"MONTH1\"}}"});
    QTest::newRow("groups with unusable entries")
        << page({"{\"id\":1,\"groups\":[{\"id\":1,\"name\":\"A\"},2,\"x\",{\"name\":\"no id\"},"
                 "{\"id\":-4},{\"id\":\"5\",\"name\":null},[]]}"});
    QTest::newRow("groups not an array") << page({"{\"id\":1,\"groups\":{\"id\":1}}"});
    QTest::newRow("tariff and limit not objects")
        << page({"{\"id\":1,\"tariff\":\"T\",\"limit\":[1]}"});
    QTest::newRow("tariff tolerant")
        << page({"{\"id\":1,\"tariff\":{\"id\":\"3\",\"name\":\"IoT 1\",\"change_lock\":true,"
                 "\"package_auto\":\" TRUE \"}}"});
    QTest::newRow("times out of range")
        << page({"{\"id\":1,\"limit\":{\"updated\":0,\"created\":253402300800},"
                 "\"tariff\":{\"change_lock\":\"1700000000\"}}"});
    QTest::newRow("repeated keys: the last counts")
        << page({"{\"id\":1,\"name\":\"first\",\"name\":\"last\",\"groups\":[{\"id\":1}],"
                 "\"groups\":5,\"id\":2,\"tariff\":{\"id\":1,\"id\":9}}"});
    QTest::newRow("unicode and escapes")
        << page({"{\"id\":1,\"name\":\"Склад \\u2116 3 \\ud83d\\ude00 \\\"q\\\" \\\\ \\/\","
                 "\"comment\":\"ёЁ\\n\\t\",\"iccid\":\"\\u0000x\"}"});
    QTest::newRow("empty strings stay empty, not null")
        << page({"{\"id\":1,\"name\":\"\",\"comment\":\"\",\"queue_status\":\"\"}"});
    QTest::newRow("extras kept") << page(
        {"{\"id\":1,\"extras\":{\"imsi\":\"250\",\"services\":[\"data\",{\"x\":1.5}],"
         "\"dup\":1,\"dup\":2,\"big\":18446744073709551615}}"});
    QTest::newRow("unknown keys ignored")
        << page({"{\"id\":1,\"new_field\":{\"a\":[1,2,{}]},\"another\":null}"});
    QTest::newRow("count and all_count tolerant")
        << page({"{\"id\":1}", "{\"id\":2}"}, ",\"count\":\"2\",\"all_count\":\"10\"");
    QTest::newRow("no count: rows counted") << page({"{\"id\":1}", "{\"id\":2}"}, "");
    QTest::newRow("negative counts") << page({"{\"id\":1}"}, ",\"count\":-1,\"all_count\":-5");
    QTest::newRow("empty page") << page({}, ",\"count\":0,\"all_count\":0");
    QTest::newRow("message and extra envelope keys")
        << page({"{\"id\":1}"}, ",\"message\":\"ok\",\"count\":1,\"all_count\":1,\"x\":[]");
}

void TestSimListFastParse::tolerantValues_sameAsQtReader() {
    QFETCH(QByteArray, body);
    verifySameAsQtReader(body);
}

void TestSimListFastParse::randomRows_sameAsQtReader() {
    for (const quint32 seed : {1u, 2u, 3u, 4u, 5u, 6u, 7u, 8u}) {
        QRandomGenerator random(seed);
        QByteArrayList rows;
        for (int i = 0; i < 400; ++i)
            rows << randomRow(random, 1 + i);
        verifySameAsQtReader(page(rows, ",\"count\":400,\"all_count\":1000000"));
        if (QTest::currentTestFailed())
            QFAIL(qPrintable(QStringLiteral("seed %1").arg(seed)));
    }
}

void TestSimListFastParse::otherBodies_leftToQtReader_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("error envelope") << QByteArray("{\"code\":401,\"message\":\"token\"}");
    QTest::newRow("code as a string") << page({"{\"id\":1}"}).replace("200", "\"200\"");
    QTest::newRow("code as a double") << page({"{\"id\":1}"}).replace("200", "200.0");
    QTest::newRow("no code") << QByteArray("{\"items\":[{\"id\":1}]}");
    QTest::newRow("page inside result")
        << QByteArray("{\"code\":200,\"result\":{\"items\":[{\"id\":1}],\"count\":1}}");
    QTest::newRow("items as a PHP object")
        << QByteArray("{\"code\":200,\"items\":{\"0\":{\"id\":1}},\"count\":1}");
    QTest::newRow("items null") << QByteArray("{\"code\":200,\"items\":null}");
    QTest::newRow("a row not an object") << page({"{\"id\":1}", "5"});
    QTest::newRow("a row without an id") << page({"{\"id\":1}", "{\"name\":\"x\"}"});
    QTest::newRow("a row with id 0") << page({"{\"id\":0}"});
    QTest::newRow("invalid UTF-8") << page({"{\"id\":1,\"name\":\"\xff\xfe\"}"});
    QTest::newRow("unescaped control character") << page({"{\"id\":1,\"name\":\"a\x01z\"}"});
    QTest::newRow("lone surrogate") << page({"{\"id\":1,\"name\":\"\\ud800\"}"});
    QTest::newRow("integer past 64 bits") << page({"{\"id\":1,\"balance\":18446744073709551616}"});
    QTest::newRow("not JSON") << QByteArray("<html>502</html>");
    QTest::newRow("truncated") << page({"{\"id\":1}"}).chopped(3);
    QTest::newRow("top-level array") << QByteArray("[{\"code\":200}]");
    QTest::newRow("empty") << QByteArray();
}

void TestSimListFastParse::otherBodies_leftToQtReader() {
    QFETCH(QByteArray, body);
    QVERIFY(!SimListFastParse::parse(body).has_value());
    // The service's answer is then the Qt reader's, error or page.
    ApiError error;
    const ListPage<Sim> qt = qtReader(body, &error);
    const Result<ListPage<Sim>> service = SimService::parseListAnswer(body);
    QCOMPARE(service.error.kind, error.kind);
    QCOMPARE(service.value.items, qt.items);
    QCOMPARE(service.value.count, qt.count);
    QCOMPARE(service.value.problems.messages, qt.problems.messages);
}

QTEST_GUILESS_MAIN(TestSimListFastParse)
#include "tst_sim_list_fast_parse.moc"
