// The client's api/v2 layer (V2Service, V2FleetFetch, V2Answers) against the
// emulator's second operator over real loopback HTTP, and the answer shapes the
// digest's decisions allow.

#include "api/ApiClient.h"
#include "api/Provider.h"
#include "api/v2/V2Answers.h"
#include "api/v2/V2FleetFetch.h"
#include "api/v2/V2Service.h"
#include "emulator/Emulator.h"
#include "tests/support/EmulatorFixture.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <optional>

using namespace simfleet;
using novaemu::Emulator;
using novaemu::EmulatorConfig;
using novaemu::ProviderMode;

namespace {

EmulatorConfig v2Config(int sims = 120, int rate = 0) {
    return EmulatorFixture::v2Config(sims, rate);
}

// Waits for an answer (QTRY_* need a void function).
template <typename T> bool waitFor(const std::optional<T>& slot, int ms = 20000) {
    QElapsedTimer timer;
    timer.start();
    while (!slot && timer.elapsed() < ms)
        QTest::qWait(10);
    return slot.has_value();
}

struct V2Rig {
    std::unique_ptr<Emulator> emulator;
    std::unique_ptr<ApiClient> client;

    explicit V2Rig(const EmulatorConfig& config)
        : emulator(EmulatorFixture::startEmulator(config))
        , client(std::make_unique<ApiClient>()) {
        EmulatorFixture::connectV2Client(*client, *emulator);
    }
    ~V2Rig() {
        client.reset();
        emulator.reset();
    }
    bool signIn() { return EmulatorFixture::signInV2(*client); }
    int journalCount(const QString& method) const {
        int count = 0;
        for (const auto& entry : emulator->journal())
            count += entry.method == method ? 1 : 0;
        return count;
    }
    std::optional<Result<Sim>> read(const QString& number) {
        std::optional<Result<Sim>> sim;
        QObject context;
        V2Service(client.get()).simByNumber(number, &context, [&](const Result<Sim>& r) {
            sim = r;
        });
        waitFor(sim);
        return sim;
    }
    std::optional<Result<Sim>> change(V2Action action, const QString& number,
                                      const V2ChangeParams& params) {
        std::optional<Result<Sim>> answer;
        QObject context;
        V2Service(client.get()).change(action, number, params, &context, [&](const Result<Sim>& r) {
            answer = r;
        });
        waitFor(answer);
        return answer;
    }
    QVector<Sim> fleet(int pageSize, ApiError* error = nullptr) {
        QVector<Sim> sims;
        std::optional<ApiError> done;
        V2FleetFetch fetch(client.get(), {}, pageSize);
        QObject::connect(&fetch, &V2FleetFetch::simsArrived,
                         [&](const QVector<Sim>& page) { sims += page; });
        QObject::connect(&fetch, &V2FleetFetch::finished, [&](const ApiError& e) { done = e; });
        fetch.start();
        waitFor(done, 60000);
        if (error && done)
            *error = *done;
        return sims;
    }
};

} // namespace

class TestV2Api : public QObject {
    Q_OBJECT

private slots:
    void capabilities_secondOperatorHasNoNovaConnectPages() {
        const Capabilities v2 = Providers::capabilities(ProviderKind::SecondOperator);
        QVERIFY(v2.testFlag(Capability::SimList));
        QVERIFY(v2.testFlag(Capability::UsageReport));
        for (Capability c : {Capability::Groups, Capability::Users, Capability::Bills,
                             Capability::SessionReports, Capability::QueuedBulk})
            QVERIFY(!v2.testFlag(c));
        QCOMPARE(Providers::fromCode(QStringLiteral("v2")), ProviderKind::SecondOperator);
        QCOMPARE(Providers::fromCode(QStringLiteral("nova")), ProviderKind::NovaConnect);
        QVERIFY(!Providers::fromCode(QStringLiteral("x")).has_value());
    }

    void login_givesToken_wrongPasswordIsFieldError() {
        V2Rig rig(v2Config());
        std::optional<Result<QString>> bad;
        QObject context;
        V2Service(rig.client.get())
            .login(QStringLiteral("demo"), QStringLiteral("nope"), &context,
                   [&](const Result<QString>& r) { bad = r; });
        QVERIFY(waitFor(bad));
        QCOMPARE(bad->error.kind, ApiError::Kind::Validation);
        QCOMPARE(bad->error.httpStatus, 422);
        QVERIFY(!bad->error.fieldErrors.value(QStringLiteral("login")).isEmpty());
        QVERIFY(rig.signIn());
        // No `lang` on api/v2: the digest names no such parameter.
        QVERIFY(rig.emulator->journal().last().lang.isEmpty());
    }

    void list_pagedConcurrently_everySimOnce() {
        V2Rig rig(v2Config(230));
        QVERIFY(rig.signIn());
        ApiError error;
        const QVector<Sim> sims = rig.fleet(50, &error);
        QVERIFY2(!error.isError(), qPrintable(error.detail));
        QCOMPARE(sims.size(), 230);
        QSet<qint64> ids;
        for (const Sim& sim : sims) {
            ids.insert(sim.id);
            QCOMPARE(QString::number(sim.id), sim.number);
            QVERIFY(!sim.iccid.isEmpty());
            QVERIFY(!sim.tariff.name.isEmpty()); // named from sim/packets
            QVERIFY(sim.extras.contains(QStringLiteral("imsi")));
        }
        QCOMPARE(ids.size(), 230);
        QCOMPARE(rig.journalCount(QStringLiteral("v2/sim/list")), 5);
        QCOMPARE(rig.journalCount(QStringLiteral("v2/sim/packets")), 1);
    }

    void list_rateLimited_waitsAndLosesNothing() {
        V2Rig rig(v2Config(300, 4));
        QVERIFY(rig.signIn());
        ApiError error;
        const QVector<Sim> sims = rig.fleet(50, &error);
        QVERIFY2(!error.isError(), qPrintable(error.userMessage()));
        QCOMPARE(sims.size(), 300);
    }

    void info_byNumberAndIccid() {
        V2Rig rig(v2Config(20));
        QVERIFY(rig.signIn());
        const QVector<Sim> sims = rig.fleet(1000);
        QVERIFY(!sims.isEmpty());
        const auto byNumber = rig.read(sims.first().number);
        QVERIFY(byNumber && byNumber->ok());
        QCOMPARE(byNumber->value.iccid, sims.first().iccid);
        std::optional<Result<Sim>> byIccid;
        QObject context;
        V2Service(rig.client.get())
            .simByIccid(sims.first().iccid, &context, [&](const Result<Sim>& r) { byIccid = r; });
        QVERIFY(waitFor(byIccid));
        QVERIFY(byIccid->ok());
        QCOMPARE(byIccid->value.number, sims.first().number);
        const auto missing = rig.read(QStringLiteral("70000000000"));
        QVERIFY(missing);
        QCOMPARE(missing->error.httpStatus, 404);
    }

    void packets_listed() {
        V2Rig rig(v2Config(5));
        QVERIFY(rig.signIn());
        std::optional<Result<QVector<V2Packet>>> packets;
        QObject context;
        V2Service(rig.client.get()).packets(&context, [&](const Result<QVector<V2Packet>>& r) {
            packets = r;
        });
        QVERIFY(waitFor(packets));
        QVERIFY(packets->ok());
        QVERIFY(packets->value.size() >= 2);
        QVERIFY(!packets->value.first().name.isEmpty());
    }

    void blockUnblock_changeTheSim() {
        V2Rig rig(v2Config(30));
        QVERIFY(rig.signIn());
        const QVector<Sim> sims = rig.fleet(1000);
        Sim target;
        for (const Sim& sim : sims) {
            if (sim.block == BlockCode::None) {
                target = sim;
                break;
            }
        }
        QVERIFY(target.id != 0);
        V2ChangeParams params;
        params.iccid = target.iccid;
        auto answer = rig.change(V2Action::Block, target.number, params);
        QVERIFY2(answer && answer->ok(), answer ? qPrintable(answer->error.detail) : "no answer");
        QCOMPARE(rig.read(target.number)->value.block, BlockCode::User);
        answer = rig.change(V2Action::Unblock, target.number, params);
        QVERIFY(answer && answer->ok());
        QCOMPARE(rig.read(target.number)->value.block, BlockCode::None);
        QCOMPARE(rig.journalCount(QStringLiteral("v2/sim/block/") + target.number), 1);
    }

    void serviceAndFinanceBlocks() {
        V2Rig rig(v2Config(10));
        QVERIFY(rig.signIn());
        const Sim target = rig.fleet(1000).first();
        V2ChangeParams params;
        params.imsi = target.extras.value(QStringLiteral("imsi")).toString();
        params.service = QStringLiteral("sms");
        QVERIFY(rig.change(V2Action::BlockService, target.number, params)->ok());
        QCOMPARE(rig.read(target.number)
                     ->value.extras.value(QStringLiteral("services"))
                     .toObject()
                     .value(QStringLiteral("sms"))
                     .toBool(),
                 false);
        QVERIFY(rig.change(V2Action::UnblockService, target.number, params)->ok());
        QVERIFY(rig.change(V2Action::BlockFinance, target.number, params)->ok());
        const Sim financed = rig.read(target.number)->value;
        QVERIFY(financed.extras.value(QStringLiteral("finance_blocked")).toBool());
        QVERIFY(rig.change(V2Action::UnblockFinance, target.number, params)->ok());
    }

    void invalidInput_refusedLocally_neverSent() {
        V2Rig rig(v2Config(5));
        QVERIFY(rig.signIn());
        const int before = int(rig.emulator->journal().size());
        V2ChangeParams params; // neither iccid nor imsi
        params.service = QStringLiteral("fax");
        const auto answer = rig.change(V2Action::BlockService, QStringLiteral("123"), params);
        QVERIFY(answer);
        QCOMPARE(answer->error.kind, ApiError::Kind::Validation);
        QVERIFY(answer->error.refusedLocally);
        QVERIFY(answer->error.fieldErrors.contains(QStringLiteral("number")));
        QVERIFY(answer->error.fieldErrors.contains(QStringLiteral("iccid")));
        QVERIFY(answer->error.fieldErrors.contains(QStringLiteral("type")));
        QCOMPARE(int(rig.emulator->journal().size()), before);

        V2CdrQuery cdr;
        cdr.from = QDate(2026, 5, 10);
        cdr.to = QDate(2026, 5, 1);
        cdr.inn = QStringLiteral("123");
        const auto problems = cdr.validate();
        QVERIFY(problems.contains(QStringLiteral("to")));
        QVERIFY(problems.contains(QStringLiteral("inn")));
    }

    void serverFieldErrors_reachTheCaller() {
        V2Rig rig(v2Config(5));
        QVERIFY(rig.signIn());
        const Sim target = rig.fleet(1000).first();
        V2ChangeParams params;
        params.iccid = QStringLiteral("8970100000000000000"); // well-formed, not this SIM's
        const auto answer = rig.change(V2Action::Block, target.number, params);
        QVERIFY(answer);
        QCOMPARE(answer->error.httpStatus, 422);
        QVERIFY(!answer->error.refusedLocally);
        QVERIFY(!answer->error.fieldErrors.value(QStringLiteral("iccid")).isEmpty());
        QVERIFY(!answer->error.mayHaveBeenApplied());
        QVERIFY(answer->error.userMessage().contains(
            answer->error.fieldErrors.value(QStringLiteral("iccid")).first()));
    }

    void readOnlyClient_refusesChanges_allowsReads() {
        V2Rig rig(v2Config(5));
        QVERIFY(rig.signIn());
        const Sim target = rig.fleet(1000).first();
        rig.client->setReadOnly(true);
        const int before = int(rig.emulator->journal().size());
        V2ChangeParams params;
        params.iccid = target.iccid;
        const auto answer = rig.change(V2Action::Block, target.number, params);
        QCOMPARE(answer->error.kind, ApiError::Kind::Forbidden);
        QVERIFY(answer->error.refusedLocally);
        QCOMPARE(int(rig.emulator->journal().size()), before);
        QVERIFY(rig.read(target.number)->ok());
    }

    void internetCdr_rows() {
        V2Rig rig(v2Config(8));
        QVERIFY(rig.signIn());
        const QVector<Sim> sims = rig.fleet(1000);
        V2CdrQuery query;
        query.from = QDate(2026, 11, 1);
        query.to = QDate(2026, 11, 7);
        query.numbers = {sims.at(0).number, sims.at(1).number};
        std::optional<Result<QVector<V2CdrRow>>> rows;
        QObject context;
        V2Service(rig.client.get())
            .internetCdr(query, &context, [&](const Result<QVector<V2CdrRow>>& r) { rows = r; });
        QVERIFY(waitFor(rows));
        QVERIFY2(rows->ok(), qPrintable(rows->error.detail));
        QCOMPARE(rows->value.size(), 14);
        for (const V2CdrRow& row : rows->value) {
            QVERIFY(query.numbers.contains(row.number));
            QVERIFY(row.date >= query.from && row.date <= query.to);
        }
    }

    void changePacketTopUpAndInfoSms_readBack() {
        V2Rig rig(v2Config(10));
        QVERIFY(rig.signIn());
        const Sim target = rig.fleet(1000).first();
        V2ChangeParams params;
        params.iccid = target.iccid;
        params.packetId = target.tariff.id == 1 ? 2 : 1;
        params.date = QDate::currentDate().addDays(30);
        QVERIFY(rig.change(V2Action::ChangePacket, target.number, params)->ok());
        Sim after = rig.read(target.number)->value;
        QCOMPARE(after.extras.value(QStringLiteral("packet_next_id")).toInteger(), params.packetId);
        QVERIFY(rig.change(V2Action::TopUp, target.number, params)->ok());
        params.smsType = QStringLiteral("internet");
        QVERIFY(rig.change(V2Action::InfoSms, target.number, params)->ok());
        after = rig.read(target.number)->value;
        QCOMPARE(after.extras.value(QStringLiteral("small_packets_added")).toInt(), 1);
        QCOMPARE(after.extras.value(QStringLiteral("info_sms_sent")).toInt(), 1);
        // A top-up of another tariff is the operator's 422, on its field.
        params.smallPacketId = 999;
        const auto refused = rig.change(V2Action::TopUp, target.number, params);
        QCOMPARE(refused->error.httpStatus, 422);
        QVERIFY(refused->error.fieldErrors.contains(QStringLiteral("small_packet_id")));
    }

    void bindNumberAndSwapSim() {
        V2Rig rig(v2Config(10));
        QVERIFY(rig.signIn());
        const Sim target = rig.fleet(1000).first();
        V2ChangeParams params;
        params.iccid = target.iccid;
        params.callForwarding = false;
        QVERIFY(rig.change(V2Action::BindNumber, target.number, params)->ok());
        QCOMPARE(rig.read(target.number)
                     ->value.extras.value(QStringLiteral("call_forwarding"))
                     .toBool(true),
                 false);
        params.newIccid = QStringLiteral("8970100000000000077");
        QVERIFY(rig.change(V2Action::SwapSim, target.number, params)->ok());
        QCOMPARE(rig.read(target.number)->value.iccid, params.newIccid);
    }

    void activate_bindsANumberToABlankCard() {
        V2Rig rig(v2Config(50));
        QVERIFY(rig.signIn());
        // Blank cards (status=inactive) have no number yet: not rows of the fleet.
        QUrlQuery inactive;
        inactive.addQueryItem(QStringLiteral("status"), QStringLiteral("inactive"));
        ApiCall* call = rig.client->get(QStringLiteral("sim/list"), inactive);
        QByteArray body;
        bool done = false;
        connect(call, &ApiCall::finished, this, [&] {
            body = call->rawBody();
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
        const auto page = V2Answers::simPage(body);
        QVERIFY(page.ok());
        QVERIFY(page.value.entries > 0);
        QVERIFY(page.value.sims.isEmpty());
        const QString iccid = QJsonDocument::fromJson(body)
                                  .object()
                                  .value(QStringLiteral("data"))
                                  .toArray()
                                  .first()
                                  .toObject()
                                  .value(QStringLiteral("iccid"))
                                  .toString();
        QVERIFY(!iccid.isEmpty());
        V2ChangeParams params;
        params.iccid = iccid;
        params.packetId = 1;
        const QString number = QStringLiteral("79990000001");
        const auto activated = rig.change(V2Action::Activate, number, params);
        QVERIFY2(activated->ok(), qPrintable(activated->error.userMessage()));
        const auto read = rig.read(number);
        QVERIFY(read->ok());
        QCOMPARE(read->value.iccid, iccid);
        QCOMPARE(read->value.block, BlockCode::None);
    }

    void unauthorized_saysSignInAgain() {
        V2Rig rig(v2Config(5));
        rig.client->setToken(QStringLiteral("1|wrong"));
        QSignalSpy unauthorized(rig.client.get(), &ApiClient::unauthorized);
        const auto answer = rig.read(QStringLiteral("79000000000"));
        QCOMPARE(answer->error.kind, ApiError::Kind::Unauthorized);
        QCOMPARE(unauthorized.count(), 1);
    }

    void answers_shapesOfTheDecisions() {
        // A bare list, a list under `data`, and the paginator's top-level keys.
        const QByteArray bare = R"([{"msisdn":"79001112233","iccid":"1","status":"active"}])";
        auto page = V2Answers::simPage(bare);
        QVERIFY(page.ok());
        QCOMPARE(page.value.sims.size(), 1);
        QVERIFY(!page.value.lastPage.has_value());
        QCOMPARE(page.value.sims.first().number, QStringLiteral("79001112233"));

        const QByteArray paginator =
            R"({"current_page":1,"data":[{"phone":79001112234,"status":"blocked"},{"x":1}],)"
            R"("last_page":3,"total":5,"next_page_url":"http://x/?page=2"})";
        page = V2Answers::simPage(paginator);
        QVERIFY(page.ok());
        QCOMPARE(page.value.sims.size(), 1); // the entry without a number is dropped...
        QCOMPARE(page.value.entries, 2);     // ...but counts for short-page paging
        QCOMPARE(page.value.lastPage, 3);
        QCOMPARE(page.value.total, 5);
        QCOMPARE(page.value.hasNext, true);
        QCOMPARE(page.value.sims.first().block, BlockCode::User);
        QCOMPARE(page.value.problems.total(), 1);

        const QByteArray resource =
            R"({"data":{"number":"79001112235","status":"suspended","tariff":{"id":4,"name":"T"}}})";
        const auto sim = V2Answers::sim(resource);
        QVERIFY(sim.ok());
        QCOMPARE(sim.value.block, BlockCode::Unknown);
        QCOMPARE(sim.value.blockRaw, QStringLiteral("suspended"));
        QCOMPARE(sim.value.tariff.name, QStringLiteral("T"));
        QVERIFY(sim.value.extras.contains(QStringLiteral("status")));

        QCOMPARE(V2Answers::token(R"({"access_token":"a"})").value, QStringLiteral("a"));
        QCOMPARE(V2Answers::token(R"({"data":{"token":"b"}})").value, QStringLiteral("b"));
        QVERIFY(!V2Answers::token(R"({"message":"ok"})").ok());
        QVERIFY(!V2Answers::simPage("not json").ok());
        QVERIFY(!V2Answers::simPage(R"({"data":{"a":1}})").ok());
    }

    void snapshot_roundTripsExtras() {
        const auto sim = V2Answers::sim(
            R"({"number":"79001112236","imsi":"250990000000001","services":{"sms":false}})");
        QVERIFY(sim.ok());
        const auto back = Sim::fromJson(sim.value.toJson());
        QVERIFY(back.has_value());
        QCOMPARE(*back, sim.value);
    }
};

QTEST_GUILESS_MAIN(TestV2Api)
#include "tst_v2_api.moc"
