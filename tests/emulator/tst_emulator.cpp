#include "tests/emulator/tst_emulator.h"

#include <QJsonArray>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using novaemu::Emulator;
using novaemu::EmulatorConfig;

namespace {

bool luhnValid(const QString& digits) {
    int sum = 0;
    for (int i = 0; i < digits.size(); ++i) {
        int d = digits.at(digits.size() - 1 - i).digitValue();
        if (i % 2 == 1) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
    }
    return sum % 10 == 0;
}

} // namespace

using testutil::ids;
using testutil::items;

EmulatorConfig TestEmulator::smallConfig() {
    EmulatorConfig config;
    config.sims = 300;
    config.seed = 7;
    config.queueDelayMs = 200;
    return config;
}

TestEmulator::Running TestEmulator::start(const EmulatorConfig& config) {
    Running running;
    running.emulator = std::make_unique<Emulator>(config);
    if (running.emulator->listen() == 0)
        qFatal("emulator could not listen");
    running.client = std::make_unique<EmulatorTestClient>(running.emulator->baseUrl());
    return running;
}

int TestEmulator::findSim(EmulatorTestClient& client, const QString& profile, QChar block) {
    QJsonObject filter{{QStringLiteral("profile"), profile}};
    const auto r = client.post(QStringLiteral("sim/list"), {{QStringLiteral("size"), 5000},
                                                            {QStringLiteral("filter"), filter}});
    for (const auto& v : items(r)) {
        const QJsonObject sim = v.toObject();
        if (block.isNull() || sim.value(QStringLiteral("block")).toString() == QString(block))
            return sim.value(QStringLiteral("id")).toInt();
    }
    return 0;
}

QJsonObject TestEmulator::simById(EmulatorTestClient& client, int id) {
    const auto r = client.post(QStringLiteral("sim/list"), {{QStringLiteral("size"), 5000}});
    for (const auto& v : items(r)) {
        if (v.toObject().value(QStringLiteral("id")).toInt() == id)
            return v.toObject();
    }
    return {};
}

void TestEmulator::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
}

void TestEmulator::fleet_sameSeedGivesSameFirstPage() {
    auto a = start();
    auto b = start();
    const auto pa = a.client->post(QStringLiteral("sim/list"), {{QStringLiteral("size"), 100}});
    const auto pb = b.client->post(QStringLiteral("sim/list"), {{QStringLiteral("size"), 100}});
    QCOMPARE(pa.code(), 200);
    QCOMPARE(items(pa).size(), 100);
    QCOMPARE(items(pa), items(pb));
}

void TestEmulator::fleet_differentSeedGivesDifferentData() {
    EmulatorConfig other = smallConfig();
    other.seed = 8;
    auto a = start();
    auto b = start(other);
    const auto pa = a.client->post(QStringLiteral("sim/list"), {{QStringLiteral("size"), 20}});
    const auto pb = b.client->post(QStringLiteral("sim/list"), {{QStringLiteral("size"), 20}});
    QVERIFY(items(pa) != items(pb));
}

void TestEmulator::fleet_iccidsAreUniqueLuhnValid() {
    auto e = start();
    const auto r = e.client->post(QStringLiteral("sim/list"), {{QStringLiteral("size"), 5000}});
    QCOMPARE(items(r).size(), 300);
    QSet<QString> iccids;
    QSet<int> simIds;
    int td = 0;
    for (const auto& v : items(r)) {
        const QJsonObject sim = v.toObject();
        const QString iccid = sim.value(QStringLiteral("iccid")).toString();
        QVERIFY2(iccid.startsWith(QLatin1String("8997")), qPrintable(iccid));
        QVERIFY(iccid.size() == 19 || iccid.size() == 20);
        QVERIFY2(luhnValid(iccid), qPrintable(iccid));
        QCOMPARE(sim.value(QStringLiteral("number")).toString().size(), 11);
        iccids.insert(iccid);
        simIds.insert(sim.value(QStringLiteral("id")).toInt());
        const bool isTd = sim.value(QStringLiteral("profile")).toString() == QLatin1String("TD");
        td += isTd;
        if (isTd) {
            QCOMPARE(sim.value(QStringLiteral("balance")).toDouble(), 0.0);
            QVERIFY(sim.value(QStringLiteral("msu_value")).isNull());
            QVERIFY(sim.value(QStringLiteral("block")).toString() != QLatin1String("m"));
        }
        QVERIFY(sim.value(QStringLiteral("groups")).isArray());
        QVERIFY(!sim.contains(QStringLiteral("queue_status")));
    }
    QCOMPARE(iccids.size(), 300);
    QCOMPARE(simIds.size(), 300);
    QVERIFY(td > 100 && td < 220);
    QCOMPARE(e.emulator->simCount(), 300);
}

void TestEmulator::simList_pagingReportsCountAndAllCount() {
    auto e = start();
    const auto last = e.client->post(QStringLiteral("sim/list"),
                                     {{QStringLiteral("page"), 2}, {QStringLiteral("size"), 120}});
    QCOMPARE(last.json.value(QStringLiteral("count")).toInt(), 60);
    QCOMPARE(last.json.value(QStringLiteral("all_count")).toInt(), 300);
    QCOMPARE(items(last).first().toObject().value(QStringLiteral("id")).toInt(), 100241);
    const auto beyond = e.client->post(
        QStringLiteral("sim/list"), {{QStringLiteral("page"), 9}, {QStringLiteral("size"), 120}});
    QCOMPARE(beyond.json.value(QStringLiteral("count")).toInt(), 0);
    const auto defaults = e.client->post(QStringLiteral("sim/list"), {});
    QCOMPARE(defaults.json.value(QStringLiteral("count")).toInt(), 50);
}

void TestEmulator::simList_filtersNarrowAllCount() {
    auto e = start();
    // Returns all_count; `consistent` turns false when a returned SIM contradicts the filter.
    bool consistent = true;
    auto count = [&](const QJsonObject& filter) {
        const auto r =
            e.client->post(QStringLiteral("sim/list"),
                           {{QStringLiteral("size"), 5000}, {QStringLiteral("filter"), filter}});
        for (const auto& v : items(r)) {
            const QJsonObject sim = v.toObject();
            const QString block = sim.value(QStringLiteral("block")).toString();
            if (filter.contains(QStringLiteral("profile")))
                consistent &=
                    sim.value(QStringLiteral("profile")) == filter.value(QStringLiteral("profile"));
            if (filter.value(QStringLiteral("blocked")) == QJsonValue(false))
                consistent &= block == QLatin1String("n");
            if (filter.value(QStringLiteral("blocked")) == QJsonValue(true))
                consistent &= block != QLatin1String("n");
            if (filter.value(QStringLiteral("msu_block")) == QJsonValue(true))
                consistent &= block == QLatin1String("m");
        }
        consistent &= r.json.value(QStringLiteral("count")).toInt() == items(r).size();
        return r.json.value(QStringLiteral("all_count")).toInt();
    };
    const int td = count({{QStringLiteral("profile"), QStringLiteral("TD")}});
    const int tc = count({{QStringLiteral("profile"), QStringLiteral("TC")}});
    QCOMPARE(td + tc, 300);
    const int active = count({{QStringLiteral("blocked"), false}});
    const int blocked = count({{QStringLiteral("blocked"), true}});
    QCOMPARE(active + blocked, 300);
    QVERIFY(blocked > 0);
    const int msu = count({{QStringLiteral("msu_block"), true}});
    const int notMsu = count({{QStringLiteral("msu_block"), false}});
    QCOMPARE(msu + notMsu, 300);
    QVERIFY(msu > 0);
    const int tdActive = count(
        {{QStringLiteral("profile"), QStringLiteral("TD")}, {QStringLiteral("blocked"), false}});
    QVERIFY(tdActive > 0 && tdActive < td);
    QVERIFY(consistent);
}

void TestEmulator::simList_sortsByIccidDescending() {
    auto e = start();
    const auto r = e.client->post(
        QStringLiteral("sim/list"),
        {{QStringLiteral("size"), 5000},
         {QStringLiteral("sort"), QJsonObject{{QStringLiteral("iccid"), QStringLiteral("DESC")}}}});
    QString previous = QStringLiteral("9");
    for (const auto& v : items(r)) {
        const QString iccid = v.toObject().value(QStringLiteral("iccid")).toString();
        QVERIFY(iccid <= previous);
        previous = iccid;
    }
    const auto bad = e.client->post(
        QStringLiteral("sim/list"),
        {{QStringLiteral("sort"), QJsonObject{{QStringLiteral("colour"), QStringLiteral("ASC")}}}});
    QCOMPARE(bad.code(), 400);
}

void TestEmulator::simList_queryMatchesGroupNames() {
    auto e = start();
    const auto r =
        e.client->post(QStringLiteral("sim/list"),
                       {{QStringLiteral("size"), 5000},
                        {QStringLiteral("filter"),
                         QJsonObject{{QStringLiteral("query"), QStringLiteral("СЧЁТЧИКИ")}}}});
    QVERIFY(!items(r).isEmpty());
    for (const auto& v : items(r)) {
        const QJsonObject sim = v.toObject();
        bool found = sim.value(QStringLiteral("name"))
                         .toString()
                         .contains(QStringLiteral("счётчики"), Qt::CaseInsensitive);
        for (const auto& g : sim.value(QStringLiteral("groups")).toArray())
            found = found || g.toObject()
                                 .value(QStringLiteral("name"))
                                 .toString()
                                 .contains(QStringLiteral("счётчики"), Qt::CaseInsensitive);
        QVERIFY(found);
    }
}

void TestEmulator::auth_unknownTokenGets401() {
    auto e = start();
    const auto r = e.client->post(QStringLiteral("sim/list"), {}, QStringLiteral("wrong"));
    QCOMPARE(r.httpStatus, 401);
    QCOMPARE(r.code(), 401);
    QVERIFY(!r.message().isEmpty());
    const auto none = e.client->post(QStringLiteral("sim/list"), {}, QString());
    QCOMPARE(none.httpStatus, 401);
}

void TestEmulator::auth_userTokenOnAdminMethodGets403InBody() {
    auto e = start();
    const QStringList adminOnly{QStringLiteral("sim/block"),    QStringLiteral("sim/sms"),
                                QStringLiteral("sim/edit"),     QStringLiteral("user/create"),
                                QStringLiteral("group/create"), QStringLiteral("group/remove")};
    for (const QString& method : adminOnly) {
        const auto r = e.client->post(method, {{QStringLiteral("items"), ids({100001})}},
                                      QStringLiteral("demo-user"));
        QCOMPARE(r.httpStatus, 200);
        QCOMPARE(r.code(), 403);
    }
    const auto other = e.client->post(
        QStringLiteral("user/edit"),
        {{QStringLiteral("id"), 13}, {QStringLiteral("first_name"), QStringLiteral("X")}},
        QStringLiteral("demo-user"));
    QCOMPARE(other.code(), 403);
    const auto read = e.client->post(QStringLiteral("sim/list"), {}, QStringLiteral("demo-user"));
    QCOMPARE(read.code(), 200);
    const auto me = e.client->post(QStringLiteral("user/get"), {}, QStringLiteral("demo-user"));
    QCOMPARE(me.json[QStringLiteral("result")][QStringLiteral("item")][QStringLiteral("role")]
                 .toString(),
             QStringLiteral("user"));
}

void TestEmulator::lang_ruAndEnMessagesDiffer() {
    auto e = start();
    const auto ru = e.client->post(QStringLiteral("sim/list"), {}, QStringLiteral("demo-admin"),
                                   QStringLiteral("ru"));
    const auto en = e.client->post(QStringLiteral("sim/list"), {}, QStringLiteral("demo-admin"),
                                   QStringLiteral("en"));
    const auto none = e.client->post(QStringLiteral("sim/list"), {});
    QCOMPARE(en.message(), QStringLiteral("OK"));
    QVERIFY(ru.message() != en.message());
    QCOMPARE(none.message(), ru.message());
    const QJsonObject bad{{QStringLiteral("items"), QJsonArray()}};
    const auto ruErr = e.client->post(QStringLiteral("sim/block"), bad,
                                      QStringLiteral("demo-admin"), QStringLiteral("ru"));
    const auto enErr = e.client->post(QStringLiteral("sim/block"), bad,
                                      QStringLiteral("demo-admin"), QStringLiteral("en"));
    QCOMPARE(ruErr.code(), 400);
    QCOMPARE(enErr.code(), 400);
    QVERIFY(ruErr.message() != enErr.message());
    const auto ru401 =
        e.client->post(QStringLiteral("sim/list"), {}, QStringLiteral("x"), QStringLiteral("ru"));
    const auto en401 =
        e.client->post(QStringLiteral("sim/list"), {}, QStringLiteral("x"), QStringLiteral("en"));
    QVERIFY(ru401.message() != en401.message());
}

void TestEmulator::validation_badRequestsGet400() {
    auto e = start();
    const QJsonArray one = ids({100001});
    auto params = [&](const QJsonObject& p) {
        return QJsonObject{{QStringLiteral("items"), one}, {QStringLiteral("params"), p}};
    };
    const struct {
        const char* name;
        const char* method;
        QJsonObject body;
    } cases[] = {
        {"sms 71 chars", "sim/sms", params({{QStringLiteral("text"), QString(71, u'я')}})},
        {"sms empty", "sim/sms", params({{QStringLiteral("text"), QString()}})},
        {"tariff off step", "sim/tariff",
         params({{QStringLiteral("value"), 16000}, {QStringLiteral("auto_package"), true}})},
        {"tariff too big", "sim/tariff",
         params({{QStringLiteral("value"), 107520}, {QStringLiteral("auto_package"), true}})},
        {"tariff no auto", "sim/tariff", params({{QStringLiteral("value"), 20480}})},
        {"limit type", "sim/limit",
         params({{QStringLiteral("type"), QStringLiteral("week")}, {QStringLiteral("value"), 10}})},
        {"limit negative", "sim/limit",
         params(
             {{QStringLiteral("type"), QStringLiteral("month1")}, {QStringLiteral("value"), -1}})},
        {"items missing", "sim/block", {}},
        {"items empty", "sim/block", {{QStringLiteral("items"), QJsonArray()}}},
        {"items strings",
         "sim/block",
         {{QStringLiteral("items"), QJsonArray{QStringLiteral("a")}}}},
        {"callback not url",
         "sim/block",
         {{QStringLiteral("items"), one},
          {QStringLiteral("callbackUrl"), QStringLiteral("ftp://x")}}},
        {"bad date",
         "report/day",
         {{QStringLiteral("filter"),
           QJsonObject{{QStringLiteral("start"), QStringLiteral("2024-01-01")}}}}},
        {"dates reversed",
         "report/day",
         {{QStringLiteral("filter"),
           QJsonObject{{QStringLiteral("start"), QStringLiteral("10-01-2024")},
                       {QStringLiteral("end"), QStringLiteral("01-01-2024")}}}}},
        {"bad select",
         "report/sessions",
         {{QStringLiteral("select"), QJsonArray{QStringLiteral("x_1")}}}},
        {"user list no paging", "user/list", {}},
        {"group list no paging", "group/list", {}},
        {"user create missing",
         "user/create",
         {{QStringLiteral("first_name"), QStringLiteral("A")}}},
        {"remove self", "user/remove", {{QStringLiteral("id"), 11}}},
        {"group empty name", "group/create", {{QStringLiteral("name"), QStringLiteral("  ")}}},
        {"edit missing name", "sim/edit", {{QStringLiteral("id"), 100001}}},
        {"bad page", "sim/list", {{QStringLiteral("page"), -1}}},
        {"bad profile",
         "sim/list",
         {{QStringLiteral("filter"),
           QJsonObject{{QStringLiteral("profile"), QStringLiteral("XX")}}}}},
    };
    for (const auto& c : cases) {
        const auto r = e.client->post(QString::fromLatin1(c.method), c.body);
        QVERIFY2(r.httpStatus == 200 && r.code() == 400, c.name);
        QVERIFY2(!r.message().isEmpty(), c.name);
    }
    const auto notJson = e.client->postRaw(QStringLiteral("sim/list"), "{not json");
    QCOMPARE(notJson.code(), 400);
    const auto array = e.client->postRaw(QStringLiteral("sim/block"), "[1,2]");
    QCOMPARE(array.code(), 400);
    const auto unknownSim =
        e.client->post(QStringLiteral("sim/edit"),
                       {{QStringLiteral("id"), 5}, {QStringLiteral("name"), QStringLiteral("x")}});
    QCOMPARE(unknownSim.code(), 404);
    const auto unknownGroup =
        e.client->post(QStringLiteral("group/remove"), {{QStringLiteral("id"), 99999}});
    QCOMPARE(unknownGroup.code(), 404);
}

void TestEmulator::validation_acceptsBoundaryValues() {
    auto e = start();
    const QJsonArray one = ids({100001});
    const auto sms = e.client->post(
        QStringLiteral("sim/sms"),
        {{QStringLiteral("items"), one},
         {QStringLiteral("params"), QJsonObject{{QStringLiteral("text"), QString(70, u'я')}}}});
    QCOMPARE(sms.code(), 200);
    QVERIFY(!sms.json[QStringLiteral("result")][QStringLiteral("item")][QStringLiteral("queue_id")]
                 .toString()
                 .isEmpty());
    for (int kb : {15360, 102400}) {
        const auto tariff = e.client->post(
            QStringLiteral("sim/tariff"),
            {{QStringLiteral("items"), one},
             {QStringLiteral("params"), QJsonObject{{QStringLiteral("value"), kb},
                                                    {QStringLiteral("auto_package"), false}}}});
        QCOMPARE(tariff.code(), 200);
    }
    const auto off = e.client->post(
        QStringLiteral("sim/limit"),
        {{QStringLiteral("items"), one},
         {QStringLiteral("params"), QJsonObject{{QStringLiteral("type"), QStringLiteral("off")}}}});
    QCOMPARE(off.code(), 200);
    const auto report =
        e.client->post(QStringLiteral("report/day"),
                       {{QStringLiteral("filter"),
                         QJsonObject{{QStringLiteral("start"), QStringLiteral("01-02-2024")},
                                     {QStringLiteral("end"), QStringLiteral("29-02-2024")}}}});
    QCOMPARE(report.code(), 200);
}

void TestEmulator::unknownMethod_gets404() {
    auto e = start();
    const auto r = e.client->post(QStringLiteral("sim/teleport"), {});
    QCOMPARE(r.httpStatus, 404);
    QCOMPARE(r.code(), 404);
}

QTEST_MAIN(TestEmulator)
