#include "tests/emulator/tst_emulator.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QTest>

#include <algorithm>

using novaemu::EmulatorConfig;

using testutil::ids;
using testutil::items;

namespace {

// Waits until the receiver got a webhook with percentage 100 for `queueId`.
bool waitForFinalWebhook(const WebhookReceiver& hook, const QString& queueId) {
    auto done = [&] {
        for (const QJsonObject& body : hook.received()) {
            if (body.value(QStringLiteral("qid")).toString() == queueId &&
                body[QStringLiteral("status")][QStringLiteral("percentage")].toInt() == 100)
                return true;
        }
        return false;
    };
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < 10000)
        QTest::qWait(20);
    return done();
}

// queue_status of each SIM id over all webhooks of the job.
QHash<int, QString> statuses(const WebhookReceiver& hook, const QString& queueId) {
    QHash<int, QString> result;
    for (const QJsonObject& body : hook.received()) {
        if (body.value(QStringLiteral("qid")).toString() != queueId)
            continue;
        for (const auto& v : body.value(QStringLiteral("items")).toArray())
            result.insert(v[QStringLiteral("id")].toInt(),
                          v[QStringLiteral("queue_status")].toString());
    }
    return result;
}

QString queueIdOf(const EmulatorTestClient::Response& r) {
    return r.json[QStringLiteral("result")][QStringLiteral("item")][QStringLiteral("queue_id")]
        .toString();
}

QList<int> groupIdsOf(const QJsonObject& sim) {
    QList<int> result;
    for (const auto& g : sim.value(QStringLiteral("groups")).toArray())
        result.append(g[QStringLiteral("id")].toInt());
    std::sort(result.begin(), result.end());
    return result;
}

} // namespace

void TestEmulator::bulkBlock_appliesAfterDelayAndCallsBack() {
    EmulatorConfig config = smallConfig();
    config.queueDelayMs = 600;
    auto e = start(config);
    WebhookReceiver hook;
    const auto active = e.client->post(
        QStringLiteral("sim/list"),
        {{QStringLiteral("size"), 3},
         {QStringLiteral("filter"), QJsonObject{{QStringLiteral("blocked"), false}}}});
    QList<int> chosen;
    QJsonArray body;
    for (const auto& v : items(active)) {
        chosen.append(v[QStringLiteral("id")].toInt());
        body.append(chosen.last());
    }
    QCOMPARE(chosen.size(), 3);
    const auto queued = e.client->post(
        QStringLiteral("sim/block"),
        {{QStringLiteral("items"), body}, {QStringLiteral("callbackUrl"), hook.url().toString()}});
    QCOMPARE(queued.code(), 200);
    const QString queueId = queueIdOf(queued);
    QVERIFY(!queueId.isEmpty());
    QCOMPARE(simById(*e.client, chosen.first())[QStringLiteral("block")].toString(),
             QStringLiteral("n"));

    QVERIFY(waitForFinalWebhook(hook, queueId));
    QVERIFY(hook.received().size() >= 2); // progress, then the final report
    int previous = 0;
    for (const QJsonObject& call : hook.received()) {
        QCOMPARE(call[QStringLiteral("queue")].toString(), QStringLiteral("block"));
        QCOMPARE(call[QStringLiteral("handler")].toString(), hook.url().toString());
        QCOMPARE(call[QStringLiteral("user")][QStringLiteral("id")].toInt(), 11);
        QVERIFY(call[QStringLiteral("user")].toObject().contains(QStringLiteral("company_id")));
        QVERIFY(call[QStringLiteral("added")].toDouble() > 0);
        QCOMPARE(call[QStringLiteral("status")][QStringLiteral("count")].toInt(), 3);
        const int process = call[QStringLiteral("status")][QStringLiteral("process")].toInt();
        QVERIFY(process > previous);
        previous = process;
        for (const auto& sim : call[QStringLiteral("items")].toArray()) {
            QVERIFY(!sim.toObject().contains(QStringLiteral("groups")));
            QCOMPARE(sim[QStringLiteral("queue_status")].toString(), QStringLiteral("done"));
            QCOMPARE(sim[QStringLiteral("block")].toString(), QStringLiteral("u"));
        }
    }
    QCOMPARE(
        hook.received().first()[QStringLiteral("status")][QStringLiteral("percentage")].toInt() <
            100,
        true);
    QCOMPARE(hook.received().last()[QStringLiteral("status")][QStringLiteral("process")].toInt(),
             3);
    for (int id : chosen)
        QCOMPARE(simById(*e.client, id)[QStringLiteral("block")].toString(), QStringLiteral("u"));
}

void TestEmulator::ping_onTcSimEndsWithErrorStatus() {
    auto e = start();
    WebhookReceiver hook;
    const int tc = findSim(*e.client, QStringLiteral("TC"));
    const int td = findSim(*e.client, QStringLiteral("TD"));
    QVERIFY(tc && td);
    const auto queued = e.client->post(QStringLiteral("sim/ping"),
                                       {{QStringLiteral("items"), ids({tc, td, 42})},
                                        {QStringLiteral("callbackUrl"), hook.url().toString()}});
    QCOMPARE(queued.code(), 200);
    QVERIFY(waitForFinalWebhook(hook, queueIdOf(queued)));
    const auto status = statuses(hook, queueIdOf(queued));
    QCOMPARE(status.value(tc), QStringLiteral("error"));
    QCOMPARE(status.value(td), QStringLiteral("done"));
    QCOMPARE(status.value(42), QStringLiteral("error"));
}

void TestEmulator::unblock_msuBlockedSimStaysBlocked() {
    auto e = start();
    WebhookReceiver hook;
    const int msu = findSim(*e.client, QStringLiteral("TC"), u'm');
    const int user = findSim(*e.client, QStringLiteral("TD"), u'u');
    QVERIFY(msu && user);
    const auto queued = e.client->post(QStringLiteral("sim/unblock"),
                                       {{QStringLiteral("items"), ids({msu, user})},
                                        {QStringLiteral("callbackUrl"), hook.url().toString()}});
    QVERIFY(waitForFinalWebhook(hook, queueIdOf(queued)));
    const auto status = statuses(hook, queueIdOf(queued));
    QCOMPARE(status.value(msu), QStringLiteral("error"));
    QCOMPARE(status.value(user), QStringLiteral("done"));
    QCOMPARE(simById(*e.client, msu)[QStringLiteral("block")].toString(), QStringLiteral("m"));
    QCOMPARE(simById(*e.client, user)[QStringLiteral("block")].toString(), QStringLiteral("n"));
}

void TestEmulator::simGroup_replacesGroupSet() {
    auto e = start();
    WebhookReceiver hook;
    const int sim = 100001;
    const auto queued =
        e.client->post(QStringLiteral("sim/group"),
                       {{QStringLiteral("items"), ids({sim})},
                        {QStringLiteral("group"), ids({301})},
                        {QStringLiteral("new_group"),
                         QJsonArray{QStringLiteral("Brand new"), QStringLiteral("Резерв")}},
                        {QStringLiteral("callbackUrl"), hook.url().toString()}});
    QCOMPARE(queued.code(), 200);
    const auto found =
        e.client->post(QStringLiteral("group/list"),
                       {{QStringLiteral("page"), 0},
                        {QStringLiteral("size"), 10},
                        {QStringLiteral("filter"),
                         QJsonObject{{QStringLiteral("name"), QStringLiteral("brand")}}}});
    QCOMPARE(found.json.value(QStringLiteral("all_count")).toInt(), 1);
    const int brandNew = items(found).first()[QStringLiteral("id")].toInt();
    QVERIFY(waitForFinalWebhook(hook, queueIdOf(queued)));
    QList<int> expected{301, 306, brandNew}; // "Резерв" is the existing group 306
    std::sort(expected.begin(), expected.end());
    QCOMPARE(groupIdsOf(simById(*e.client, sim)), expected);

    const auto again =
        e.client->post(QStringLiteral("sim/group"),
                       {{QStringLiteral("items"), ids({sim})},
                        {QStringLiteral("new_group"), QJsonArray{QStringLiteral("Brand new")}},
                        {QStringLiteral("callbackUrl"), hook.url().toString()}});
    QVERIFY(waitForFinalWebhook(hook, queueIdOf(again)));
    QCOMPARE(groupIdsOf(simById(*e.client, sim)), QList<int>{brandNew});

    const auto clear = e.client->post(QStringLiteral("sim/group"),
                                      {{QStringLiteral("items"), ids({sim})},
                                       {QStringLiteral("callbackUrl"), hook.url().toString()}});
    QVERIFY(waitForFinalWebhook(hook, queueIdOf(clear)));
    QVERIFY(groupIdsOf(simById(*e.client, sim)).isEmpty());
    const auto unknown =
        e.client->post(QStringLiteral("sim/group"), {{QStringLiteral("items"), ids({sim})},
                                                     {QStringLiteral("group"), ids({9999})}});
    QCOMPARE(unknown.code(), 404);
}

void TestEmulator::simEdit_renamesSynchronously() {
    auto e = start();
    const auto r = e.client->post(
        QStringLiteral("sim/edit"),
        {{QStringLiteral("id"), 100002}, {QStringLiteral("name"), QStringLiteral("Склад №1")}});
    QCOMPARE(r.code(), 200);
    QCOMPARE(
        r.json[QStringLiteral("result")][QStringLiteral("item")][QStringLiteral("name")].toString(),
        QStringLiteral("Склад №1"));
    QCOMPARE(simById(*e.client, 100002)[QStringLiteral("name")].toString(),
             QStringLiteral("Склад №1"));
    const auto cleared =
        e.client->post(QStringLiteral("sim/edit"),
                       {{QStringLiteral("id"), 100002}, {QStringLiteral("name"), QString()}});
    QCOMPARE(cleared.code(), 200);
    QVERIFY(simById(*e.client, 100002)[QStringLiteral("name")].isNull());
}

void TestEmulator::groups_createEditRemove() {
    auto e = start();
    WebhookReceiver hook;
    const auto created = e.client->post(QStringLiteral("group/create"),
                                        {{QStringLiteral("name"), QStringLiteral("Pilot Q3")}});
    QCOMPARE(created.code(), 200);
    const int id =
        created.json[QStringLiteral("result")][QStringLiteral("item")][QStringLiteral("id")]
            .toInt();
    QVERIFY(created.json[QStringLiteral("result")][QStringLiteral("item")][QStringLiteral("added")]
                .toDouble() > 0);
    QCOMPARE(e.client
                 ->post(QStringLiteral("group/create"),
                        {{QStringLiteral("name"), QStringLiteral("Pilot Q3")}})
                 .code(),
             400);
    const auto renamed = e.client->post(
        QStringLiteral("group/edit"),
        {{QStringLiteral("id"), id}, {QStringLiteral("name"), QStringLiteral("Pilot Q4")}});
    QCOMPARE(renamed.code(), 200);
    const auto queued = e.client->post(QStringLiteral("sim/group"),
                                       {{QStringLiteral("items"), ids({100010})},
                                        {QStringLiteral("group"), ids({id})},
                                        {QStringLiteral("callbackUrl"), hook.url().toString()}});
    QVERIFY(waitForFinalWebhook(hook, queueIdOf(queued)));
    QCOMPARE(
        simById(*e.client, 100010)[QStringLiteral("groups")][0][QStringLiteral("name")].toString(),
        QStringLiteral("Pilot Q4"));
    const auto page = e.client->post(QStringLiteral("group/list"),
                                     {{QStringLiteral("page"), 0}, {QStringLiteral("size"), 100}});
    QCOMPARE(page.json.value(QStringLiteral("all_count")).toInt(), 26);
    QCOMPARE(e.client->post(QStringLiteral("group/remove"), {{QStringLiteral("id"), id}}).code(),
             200);
    QVERIFY(groupIdsOf(simById(*e.client, 100010)).isEmpty());
    QCOMPARE(e.client
                 ->post(QStringLiteral("group/edit"),
                        {{QStringLiteral("id"), id}, {QStringLiteral("name"), QStringLiteral("x")}})
                 .code(),
             404);
}

void TestEmulator::users_passwordAndSelfRules() {
    auto e = start();
    auto& c = *e.client;
    const QString user = QStringLiteral("demo-user");
    QCOMPARE(c.post(QStringLiteral("user/password"),
                    {{QStringLiteral("password"), QStringLiteral("newpass1")},
                     {QStringLiteral("old_password"), QStringLiteral("wrong")}},
                    user)
                 .code(),
             400);
    QCOMPARE(c.post(QStringLiteral("user/password"),
                    {{QStringLiteral("password"), QStringLiteral("123")},
                     {QStringLiteral("old_password"), QStringLiteral("demo1234")}},
                    user)
                 .code(),
             400);
    QCOMPARE(c.post(QStringLiteral("user/password"),
                    {{QStringLiteral("password"), QStringLiteral("newpass1")},
                     {QStringLiteral("old_password"), QStringLiteral("demo1234")}},
                    user)
                 .code(),
             200);
    QCOMPARE(c.post(QStringLiteral("user/password"),
                    {{QStringLiteral("password"), QStringLiteral("newpass2")},
                     {QStringLiteral("old_password"), QStringLiteral("demo1234")}},
                    user)
                 .code(),
             400);

    const auto self = c.post(QStringLiteral("user/edit"),
                             {{QStringLiteral("first_name"), QStringLiteral("Дмитрий")}}, user);
    QCOMPARE(self.code(), 200);
    QCOMPARE(
        self.json[QStringLiteral("result")][QStringLiteral("item")][QStringLiteral("first_name")]
            .toString(),
        QStringLiteral("Дмитрий"));
    QVERIFY(!self.json[QStringLiteral("result")][QStringLiteral("item")].toObject().contains(
        QStringLiteral("password")));
    QCOMPARE(c.post(QStringLiteral("user/edit"),
                    {{QStringLiteral("password"), QStringLiteral("abcdefg")}}, user)
                 .code(),
             400);
    QCOMPARE(c.post(QStringLiteral("user/edit"),
                    {{QStringLiteral("id"), 11}, {QStringLiteral("role"), QStringLiteral("user")}})
                 .code(),
             400);

    const auto created = c.post(QStringLiteral("user/create"),
                                {{QStringLiteral("first_name"), QStringLiteral("Test")},
                                 {QStringLiteral("last_name"), QStringLiteral("User")},
                                 {QStringLiteral("email"), QStringLiteral("t@example.kz")},
                                 {QStringLiteral("phone"), QStringLiteral("+77000000000")},
                                 {QStringLiteral("send"), true}});
    QCOMPARE(created.code(), 200);
    const QJsonObject item =
        created.json[QStringLiteral("result")][QStringLiteral("item")].toObject();
    QCOMPARE(item[QStringLiteral("role")].toString(), QStringLiteral("user"));
    QVERIFY(!item.contains(QStringLiteral("password")));
    const auto list = c.post(QStringLiteral("user/list"),
                             {{QStringLiteral("page"), 0}, {QStringLiteral("size"), 5}});
    QCOMPARE(list.json.value(QStringLiteral("count")).toInt(), 5);
    QCOMPARE(list.json.value(QStringLiteral("all_count")).toInt(), 9);
    QCOMPARE(c.post(QStringLiteral("user/remove"),
                    {{QStringLiteral("id"), item[QStringLiteral("id")].toInt()}})
                 .code(),
             200);

    // Deactivating the owner of the user token revokes it.
    QCOMPARE(c.post(QStringLiteral("user/edit"),
                    {{QStringLiteral("id"), 12}, {QStringLiteral("active"), false}})
                 .code(),
             200);
    QCOMPARE(c.post(QStringLiteral("sim/list"), {}, user).httpStatus, 401);
}
