// The second operator's API (api/v2) of the emulator, over real loopback HTTP.

#include "emulator/Emulator.h"

#include <QDateTime>
#include <QEventLoop>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

#include <memory>

using novaemu::Emulator;
using novaemu::EmulatorConfig;
using novaemu::ProviderMode;

namespace {

struct Response {
    int status = 0;
    QByteArray retryAfter;
    QJsonObject json;
    QJsonObject data() const { return json.value(QStringLiteral("data")).toObject(); }
    QJsonArray list() const { return json.value(QStringLiteral("data")).toArray(); }
    QJsonObject meta() const { return json.value(QStringLiteral("meta")).toObject(); }
    QJsonObject errors() const { return json.value(QStringLiteral("errors")).toObject(); }
    QString message() const { return json.value(QStringLiteral("message")).toString(); }
};

class V2Client final {
public:
    explicit V2Client(const QUrl& base)
        : m_base(base) {}

    Response get(const QString& path, const QUrlQuery& query = {}) {
        QUrl url(m_base.toString() + u'/' + path);
        url.setQuery(query);
        return finish(m_network.get(request(url)));
    }
    Response post(const QString& path, const QJsonObject& body = {}) {
        QNetworkRequest r = request(QUrl(m_base.toString() + u'/' + path));
        r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        return finish(m_network.post(r, QJsonDocument(body).toJson(QJsonDocument::Compact)));
    }
    bool login(const QString& login = QStringLiteral("demo"),
               const QString& password = QStringLiteral("demo-password")) {
        const Response r = post(QStringLiteral("login"), {{QStringLiteral("login"), login},
                                                          {QStringLiteral("password"), password}});
        token = r.json.value(QStringLiteral("token")).toString();
        return r.status == 200 && !token.isEmpty();
    }

    QString token;

private:
    QNetworkRequest request(const QUrl& url) const {
        QNetworkRequest r(url);
        if (!token.isEmpty())
            r.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        return r;
    }
    Response finish(QNetworkReply* reply) {
        QEventLoop loop;
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        if (!reply->isFinished())
            loop.exec();
        Response out;
        out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        out.retryAfter = reply->rawHeader("Retry-After");
        out.json = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return out;
    }

    QUrl m_base;
    QNetworkAccessManager m_network;
};

struct Running {
    std::unique_ptr<Emulator> emulator;
    std::unique_ptr<V2Client> client;
};

EmulatorConfig v2Config(ProviderMode mode = ProviderMode::V2) {
    EmulatorConfig config;
    config.sims = 20;
    config.seed = 7;
    config.provider = mode;
    config.v2Sims = 123;
    return config;
}

Running start(const EmulatorConfig& config = v2Config()) {
    Running r;
    r.emulator = std::make_unique<Emulator>(config);
    if (r.emulator->listen() == 0)
        return r;
    r.client = std::make_unique<V2Client>(r.emulator->v2BaseUrl());
    return r;
}

QUrlQuery query(std::initializer_list<std::pair<QString, QString>> items) {
    QUrlQuery q;
    for (const auto& [key, value] : items)
        q.addQueryItem(key, value);
    return q;
}

QString text(const QJsonObject& object, const char* key) {
    return object.value(QLatin1String(key)).toString();
}

// The SIM as GET sim/{number} reads it.
QJsonObject read(V2Client& client, const QString& number) {
    return client.get(QStringLiteral("sim/") + number).data();
}

// The first active SIM of the list.
QJsonObject activeSim(V2Client& client) {
    return client
        .get(QStringLiteral("sim/list"),
             query({{QStringLiteral("status"), QStringLiteral("active")}}))
        .list()
        .first()
        .toObject();
}

// The blank cards in stock.
QJsonArray blankCards(V2Client& client) {
    return client
        .get(QStringLiteral("sim/list"),
             query({{QStringLiteral("status"), QStringLiteral("inactive")},
                    {QStringLiteral("limit"), QStringLiteral("1000")}}))
        .list();
}

// A mobile number no SIM has.
QString freeNumber(V2Client& client) {
    for (qint64 n = 79000000000; n < 79000001000; ++n) {
        if (client.get(QStringLiteral("sim/") + QString::number(n)).status == 404)
            return QString::number(n);
    }
    return {};
}

// The fields the last 422 names, sorted.
QStringList errorFields(const Response& r) {
    QStringList fields = r.status == 422 ? r.errors().keys() : QStringList{QStringLiteral("none")};
    fields.sort();
    return fields;
}

QString day(int fromToday) {
    return QDateTime::currentDateTimeUtc().date().addDays(fromToday).toString(Qt::ISODate);
}

// Whether the journal's last request was `verb path` with `status`.
bool journaled(const Emulator& emulator, const QString& verb, const QString& path, int status) {
    const QList<Emulator::JournalEntry> journal = emulator.journal();
    return !journal.isEmpty() && journal.last().method == QStringLiteral("v2/") + path &&
           journal.last().httpMethod == verb && journal.last().httpStatus == status;
}

} // namespace

class TestEmulatorV2 final : public QObject {
    Q_OBJECT

private slots:
    void login_demoPairGivesToken();
    void login_wrongOrMissingIs422();
    void auth_noOrUnknownTokenIs401();
    void list_pagesAddUpToTotal();
    void list_filtersByStatusAndInn();
    void fleet_deterministicWithValidFormats();
    void info_byNumberAndIccid();
    void info_unknownIs404();
    void block_changesStatusSynchronously();
    void block_invalidRequestsAre422();
    void wrongVerbIs405();
    void serviceAndFinanceBlocks();
    void cdrInternet_rowsAndValidation();
    void faults_errorRateAppliesBeforeRouting();
    void rateLimit_overLimitIs429WithRetryAfter();
    void journal_recordsEachSendOnce();
    void providerModes_keepNovaConnectApart();
    void stock_blankCardsAreInactiveAndDeterministic();
    void activate_bindsNumberToBlankCard();
    void activate_invalidRequests();
    void packet_changesTariffNowOrFromDate();
    void packet_invalidRequests();
    void set_bindsWithCallForwarding();
    void refresh_movesNumberToAnotherCard();
    void refresh_invalidRequests();
    void smallPacket_addsTopUpOfTheTariff();
    void sendSms_countsInformationalSms();
};

void TestEmulatorV2::login_demoPairGivesToken() {
    auto e = start();
    QVERIFY(e.client);
    QVERIFY(e.client->login());
    QVERIFY(e.client->token.size() > 4);
    QCOMPARE(e.client->get(QStringLiteral("sim/packets")).status, 200);
    // The login is also accepted as query parameters.
    V2Client byQuery(e.emulator->v2BaseUrl());
    const Response r = byQuery.post(QStringLiteral("login?login=demo&password=demo-password"));
    QCOMPARE(r.status, 200);
    QVERIFY(!r.json.value(QStringLiteral("token")).toString().isEmpty());
}

void TestEmulatorV2::login_wrongOrMissingIs422() {
    auto e = start();
    QVERIFY(!e.client->login(QStringLiteral("demo"), QStringLiteral("wrong")));
    const Response wrong = e.client->post(QStringLiteral("login"),
                                          {{QStringLiteral("login"), QStringLiteral("demo")},
                                           {QStringLiteral("password"), QStringLiteral("x")}});
    QCOMPARE(wrong.status, 422);
    QVERIFY(!wrong.message().isEmpty());
    QVERIFY(wrong.errors().contains(QStringLiteral("login")));
    QVERIFY(!wrong.json.contains(QStringLiteral("token")));
    const Response missing = e.client->post(QStringLiteral("login"), {});
    QCOMPARE(missing.status, 422);
    QVERIFY(missing.errors().contains(QStringLiteral("login")));
    QVERIFY(missing.errors().contains(QStringLiteral("password")));
}

void TestEmulatorV2::auth_noOrUnknownTokenIs401() {
    auto e = start();
    const Response none = e.client->get(QStringLiteral("sim/list"));
    QCOMPARE(none.status, 401);
    QCOMPARE(none.message(), QStringLiteral("Unauthenticated."));
    e.client->token = QStringLiteral("1|forged");
    QCOMPARE(e.client->get(QStringLiteral("sim/packets")).status, 401);
    QCOMPARE(e.client
                 ->post(QStringLiteral("sim/block/79000000000"),
                        {{QStringLiteral("iccid"), QStringLiteral("1")}})
                 .status,
             401);
}

void TestEmulatorV2::list_pagesAddUpToTotal() {
    auto e = start();
    QVERIFY(e.client->login());
    const Response first = e.client->get(QStringLiteral("sim/list"));
    QCOMPARE(first.status, 200);
    QCOMPARE(first.meta().value(QStringLiteral("per_page")).toInt(), 50); // the default
    QCOMPARE(first.meta().value(QStringLiteral("total")).toInt(), 123);
    QCOMPARE(first.meta().value(QStringLiteral("last_page")).toInt(), 3);
    QVERIFY(first.json.value(QStringLiteral("links")).toObject().contains(QStringLiteral("next")));

    QSet<QString> numbers;
    int rows = 0;
    for (int page = 1; page <= 13; ++page) {
        const Response r = e.client->get(QStringLiteral("sim/list"),
                                         query({{QStringLiteral("limit"), QStringLiteral("10")},
                                                {QStringLiteral("page"), QString::number(page)}}));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.meta().value(QStringLiteral("current_page")).toInt(), page);
        QCOMPARE(r.meta().value(QStringLiteral("last_page")).toInt(), 13);
        QCOMPARE(r.list().size(), page < 13 ? 10 : 3); // the last page is short
        for (const auto& v : r.list())
            numbers.insert(v.toObject().value(QStringLiteral("number")).toString());
        rows += int(r.list().size());
        const QJsonValue next =
            r.json.value(QStringLiteral("links")).toObject().value(QStringLiteral("next"));
        QCOMPARE(next.isNull(), page == 13);
    }
    QCOMPARE(rows, 123);
    QCOMPARE(numbers.size(), 123);
    const Response beyond = e.client->get(QStringLiteral("sim/list"),
                                          query({{QStringLiteral("page"), QStringLiteral("9")}}));
    QCOMPARE(beyond.status, 200);
    QVERIFY(beyond.list().isEmpty());
    QCOMPARE(e.client
                 ->get(QStringLiteral("sim/list"),
                       query({{QStringLiteral("limit"), QStringLiteral("0")}}))
                 .status,
             422);
}

void TestEmulatorV2::list_filtersByStatusAndInn() {
    auto e = start();
    QVERIFY(e.client->login());
    const auto count = [&](const QUrlQuery& q) {
        const Response r = e.client->get(QStringLiteral("sim/list"), q);
        return r.status == 200 ? r.meta().value(QStringLiteral("total")).toInt() : -1;
    };
    const int active = count(query({{QStringLiteral("status"), QStringLiteral("active")}}));
    const int blocked = count(query({{QStringLiteral("status"), QStringLiteral("blocked")}}));
    QVERIFY(active > 0);
    QVERIFY(blocked > 0);
    QCOMPARE(active + blocked, 123);

    const Response all = e.client->get(QStringLiteral("sim/list"),
                                       query({{QStringLiteral("limit"), QStringLiteral("200")}}));
    const QString inn = all.list().first().toObject().value(QStringLiteral("inn")).toString();
    int expected = 0;
    for (const auto& v : all.list())
        expected += v.toObject().value(QStringLiteral("inn")).toString() == inn ? 1 : 0;
    QCOMPARE(count(query({{QStringLiteral("inn"), inn}})), expected);
    QVERIFY(expected < 123);
    QCOMPARE(count(query({{QStringLiteral("inn"), QStringLiteral("12")}})), -1); // 422
    QCOMPARE(count(query({{QStringLiteral("status"), QStringLiteral("lost")}})), -1);
}

void TestEmulatorV2::fleet_deterministicWithValidFormats() {
    auto a = start();
    auto b = start();
    QVERIFY(a.client->login());
    QVERIFY(b.client->login());
    const QUrlQuery all = query({{QStringLiteral("limit"), QStringLiteral("200")}});
    const Response ra = a.client->get(QStringLiteral("sim/list"), all);
    const Response rb = b.client->get(QStringLiteral("sim/list"), all);
    QCOMPARE(ra.list().size(), 123);
    QCOMPARE(ra.list(), rb.list());

    const QRegularExpression number(QStringLiteral("^7\\d{10}$"));
    const QRegularExpression iccid(QStringLiteral("^\\d{19,20}$"));
    const QRegularExpression imsi(QStringLiteral("^\\d{15}$"));
    QSet<QString> iccids;
    for (const auto& v : ra.list()) {
        const QJsonObject sim = v.toObject();
        QVERIFY(number.match(sim.value(QStringLiteral("number")).toString()).hasMatch());
        QVERIFY(iccid.match(sim.value(QStringLiteral("iccid")).toString()).hasMatch());
        QVERIFY(imsi.match(sim.value(QStringLiteral("imsi")).toString()).hasMatch());
        const QString status = sim.value(QStringLiteral("status")).toString();
        QVERIFY(status == QLatin1String("active") || status == QLatin1String("blocked"));
        QVERIFY(sim.value(QStringLiteral("packet_id")).toInt() > 0);
        QVERIFY(sim.value(QStringLiteral("balance")).isDouble());
        QVERIFY(!sim.value(QStringLiteral("inn")).toString().isEmpty());
        iccids.insert(sim.value(QStringLiteral("iccid")).toString());
    }
    QCOMPARE(iccids.size(), 123);

    const Response packets = a.client->get(QStringLiteral("sim/packets"));
    QCOMPARE(packets.status, 200);
    QVERIFY(!packets.list().isEmpty());
    QVERIFY(packets.list().first().toObject().value(QStringLiteral("id")).toInt() > 0);

    EmulatorConfig other = v2Config();
    other.seed = 8;
    auto c = start(other);
    QVERIFY(c.client->login());
    QVERIFY(c.client->get(QStringLiteral("sim/list"), all).list() != ra.list());
}

void TestEmulatorV2::info_byNumberAndIccid() {
    auto e = start();
    QVERIFY(e.client->login());
    const QJsonObject sim = e.client->get(QStringLiteral("sim/list")).list().at(7).toObject();
    const QString number = sim.value(QStringLiteral("number")).toString();
    const QString iccid = sim.value(QStringLiteral("iccid")).toString();
    const Response byNumber = e.client->get(QStringLiteral("sim/") + number);
    QCOMPARE(byNumber.status, 200);
    QCOMPARE(byNumber.data(), sim);
    const Response byIccid = e.client->get(QStringLiteral("sim/info/") + iccid);
    QCOMPARE(byIccid.status, 200);
    QCOMPARE(byIccid.data(), sim);
}

void TestEmulatorV2::info_unknownIs404() {
    auto e = start();
    QVERIFY(e.client->login());
    const Response number = e.client->get(QStringLiteral("sim/70000000000"));
    QCOMPARE(number.status, 404);
    QVERIFY(!number.message().isEmpty());
    const Response iccid = e.client->get(QStringLiteral("sim/info/8970100000000000000"));
    QCOMPARE(iccid.status, 404);
    QVERIFY(!iccid.message().isEmpty());
    QCOMPARE(e.client->get(QStringLiteral("sim/123")).status, 422); // not a number
    QCOMPARE(e.client->get(QStringLiteral("no/such/method")).status, 404);
}

void TestEmulatorV2::block_changesStatusSynchronously() {
    auto e = start();
    QVERIFY(e.client->login());
    const Response active = e.client->get(
        QStringLiteral("sim/list"), query({{QStringLiteral("status"), QStringLiteral("active")}}));
    const QJsonObject sim = active.list().first().toObject();
    const QString number = sim.value(QStringLiteral("number")).toString();

    const Response blocked =
        e.client->post(QStringLiteral("sim/block/") + number,
                       {{QStringLiteral("iccid"), sim.value(QStringLiteral("iccid"))}});
    QCOMPARE(blocked.status, 200);
    QCOMPARE(blocked.data().value(QStringLiteral("status")).toString(), QStringLiteral("blocked"));
    QCOMPARE(e.client->get(QStringLiteral("sim/") + number)
                 .data()
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("blocked"));

    const Response unblocked =
        e.client->post(QStringLiteral("sim/unblock/") + number,
                       {{QStringLiteral("imsi"), sim.value(QStringLiteral("imsi"))}});
    QCOMPARE(unblocked.status, 200);
    QCOMPARE(unblocked.data().value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    QCOMPARE(
        e.client->get(QStringLiteral("sim/info/") + sim.value(QStringLiteral("iccid")).toString())
            .data()
            .value(QStringLiteral("status"))
            .toString(),
        QStringLiteral("active"));
}

void TestEmulatorV2::block_invalidRequestsAre422() {
    auto e = start();
    QVERIFY(e.client->login());
    const QJsonObject sim = e.client->get(QStringLiteral("sim/list")).list().first().toObject();
    const QString number = sim.value(QStringLiteral("number")).toString();
    const QString status = sim.value(QStringLiteral("status")).toString();

    const Response badNumber =
        e.client->post(QStringLiteral("sim/block/8123456789"),
                       {{QStringLiteral("iccid"), sim.value(QStringLiteral("iccid"))}});
    QCOMPARE(badNumber.status, 422);
    QVERIFY(badNumber.errors().contains(QStringLiteral("number")));

    const Response missing = e.client->post(QStringLiteral("sim/block/") + number, {});
    QCOMPARE(missing.status, 422);
    QVERIFY(!missing.message().isEmpty());
    QVERIFY(!missing.errors().value(QStringLiteral("iccid")).toArray().isEmpty());

    const Response otherSim =
        e.client->post(QStringLiteral("sim/block/") + number,
                       {{QStringLiteral("iccid"), QStringLiteral("8970100000000000000")}});
    QCOMPARE(otherSim.status, 422);
    QVERIFY(otherSim.errors().contains(QStringLiteral("iccid")));

    const Response unknown = e.client->post(QStringLiteral("sim/block/70000000000"),
                                            {{QStringLiteral("iccid"), QStringLiteral("1")}});
    QCOMPARE(unknown.status, 404);
    // Nothing changed.
    QCOMPARE(e.client->get(QStringLiteral("sim/") + number)
                 .data()
                 .value(QStringLiteral("status"))
                 .toString(),
             status);
}

void TestEmulatorV2::wrongVerbIs405() {
    auto e = start();
    QVERIFY(e.client->login());
    QCOMPARE(e.client->post(QStringLiteral("sim/list")).status, 405);
    QCOMPARE(e.client->post(QStringLiteral("sim/packets")).status, 405); // not an activation
    QCOMPARE(e.client->get(QStringLiteral("sim/send-sms/79000000000")).status, 405);
    QCOMPARE(e.client->get(QStringLiteral("sim/block/79000000000")).status, 405);
}

void TestEmulatorV2::serviceAndFinanceBlocks() {
    auto e = start();
    QVERIFY(e.client->login());
    const QJsonObject sim = e.client->get(QStringLiteral("sim/list")).list().at(2).toObject();
    const QString number = sim.value(QStringLiteral("number")).toString();
    const QJsonValue iccid = sim.value(QStringLiteral("iccid"));
    const auto services = [&] {
        return e.client->get(QStringLiteral("sim/") + number)
            .data()
            .value(QStringLiteral("services"))
            .toObject();
    };
    QCOMPARE(services().value(QStringLiteral("sms")).toBool(), true);

    const Response sms = e.client->post(
        QStringLiteral("sim/block-service/") + number,
        {{QStringLiteral("type"), QStringLiteral("sms")}, {QStringLiteral("iccid"), iccid}});
    QCOMPARE(sms.status, 200);
    QCOMPARE(services().value(QStringLiteral("sms")).toBool(), false);
    QCOMPARE(services().value(QStringLiteral("internet")).toBool(), true);
    QCOMPARE(e.client
                 ->post(QStringLiteral("sim/unblock-service/") + number,
                        {{QStringLiteral("type"), QStringLiteral("sms")},
                         {QStringLiteral("iccid"), iccid}})
                 .status,
             200);
    QCOMPARE(services().value(QStringLiteral("sms")).toBool(), true);

    const Response badType = e.client->post(
        QStringLiteral("sim/block-service/") + number,
        {{QStringLiteral("type"), QStringLiteral("mms")}, {QStringLiteral("iccid"), iccid}});
    QCOMPARE(badType.status, 422);
    QVERIFY(badType.errors().contains(QStringLiteral("type")));
    QCOMPARE(e.client
                 ->post(QStringLiteral("sim/block-service/") + number,
                        {{QStringLiteral("type"), QStringLiteral("call")}})
                 .status,
             422); // no imsi or iccid

    const Response finance = e.client->post(QStringLiteral("sim/block-finance/") + number,
                                            {{QStringLiteral("iccid"), iccid}});
    QCOMPARE(finance.status, 200);
    QCOMPARE(finance.data().value(QStringLiteral("finance_blocked")).toBool(), true);
    QCOMPARE(e.client
                 ->post(QStringLiteral("sim/unblock-finance/") + number,
                        {{QStringLiteral("imsi"), sim.value(QStringLiteral("imsi"))}})
                 .data()
                 .value(QStringLiteral("finance_blocked"))
                 .toBool(),
             false);
}

void TestEmulatorV2::cdrInternet_rowsAndValidation() {
    auto e = start();
    QVERIFY(e.client->login());
    const QJsonArray sims = e.client->get(QStringLiteral("sim/list")).list();
    const QString a = sims.at(0).toObject().value(QStringLiteral("number")).toString();
    const QString b = sims.at(1).toObject().value(QStringLiteral("number")).toString();
    QUrlQuery q = query({{QStringLiteral("from"), QStringLiteral("2026-03-01")},
                         {QStringLiteral("to"), QStringLiteral("2026-03-03")}});
    q.addQueryItem(QStringLiteral("numbers[]"), a);
    q.addQueryItem(QStringLiteral("numbers[]"), b);
    const Response r = e.client->get(QStringLiteral("cdr/internet"), q);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.list().size(), 6); // 2 SIMs x 3 days, inclusive
    QSet<QString> dates;
    for (const auto& v : r.list()) {
        const QJsonObject row = v.toObject();
        const QString number = row.value(QStringLiteral("number")).toString();
        QVERIFY(number == a || number == b);
        dates.insert(row.value(QStringLiteral("date")).toString());
        QVERIFY(row.value(QStringLiteral("bytes")).toDouble() >= 0);
    }
    QCOMPARE(dates, (QSet<QString>{QStringLiteral("2026-03-01"), QStringLiteral("2026-03-02"),
                                   QStringLiteral("2026-03-03")}));
    QCOMPARE(e.client->get(QStringLiteral("cdr/internet"), q).list(), r.list()); // deterministic

    const auto errorsFor = [&](const QUrlQuery& bad) {
        const Response reply = e.client->get(QStringLiteral("cdr/internet"), bad);
        return reply.status == 422 ? reply.errors().keys() : QStringList{QStringLiteral("none")};
    };
    QCOMPARE(errorsFor(query({{QStringLiteral("to"), QStringLiteral("2026-03-03")}})),
             QStringList{QStringLiteral("from")});
    QCOMPARE(errorsFor(query({{QStringLiteral("from"), QStringLiteral("2026-3-1")},
                              {QStringLiteral("to"), QStringLiteral("2026-03-03")}})),
             QStringList{QStringLiteral("from")});
    QCOMPARE(errorsFor(query({{QStringLiteral("from"), QStringLiteral("2026-03-04")},
                              {QStringLiteral("to"), QStringLiteral("2026-03-03")}})),
             QStringList{QStringLiteral("to")});
    QCOMPARE(errorsFor(query({{QStringLiteral("from"), QStringLiteral("2026-03-01")},
                              {QStringLiteral("to"), QStringLiteral("2026-03-01")},
                              {QStringLiteral("numbers[]"), QStringLiteral("81234567890")}})),
             QStringList{QStringLiteral("numbers.0")});
    QCOMPARE(errorsFor(query({{QStringLiteral("from"), QStringLiteral("2026-03-01")},
                              {QStringLiteral("to"), QStringLiteral("2026-03-01")},
                              {QStringLiteral("inn"), QStringLiteral("123")}})),
             QStringList{QStringLiteral("inn")});
}

void TestEmulatorV2::faults_errorRateAppliesBeforeRouting() {
    auto e = start();
    QVERIFY(e.client->login());
    const QJsonObject sim = e.client
                                ->get(QStringLiteral("sim/list"),
                                      query({{QStringLiteral("status"), QStringLiteral("active")}}))
                                .list()
                                .first()
                                .toObject();
    const QString number = sim.value(QStringLiteral("number")).toString();
    e.emulator->setErrorRate(1.0);
    const Response failed =
        e.client->post(QStringLiteral("sim/block/") + number,
                       {{QStringLiteral("iccid"), sim.value(QStringLiteral("iccid"))}});
    QCOMPARE(failed.status, 500);
    e.emulator->setErrorRate(0.0);
    // A 500 changed nothing, and the journal holds it.
    QCOMPARE(e.client->get(QStringLiteral("sim/") + number)
                 .data()
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("active"));
    const QList<Emulator::JournalEntry> journal = e.emulator->journal();
    QCOMPARE(journal.at(journal.size() - 2).method, QStringLiteral("v2/sim/block/") + number);
    QCOMPARE(journal.at(journal.size() - 2).httpStatus, 500);
}

void TestEmulatorV2::rateLimit_overLimitIs429WithRetryAfter() {
    EmulatorConfig config = v2Config();
    config.v2RatePerSecond = 1;
    auto e = start(config);
    QVERIFY(e.client->login()); // the one request of this second
    // Requests sent back to back: at most one a second gets through.
    int limited = 0;
    Response last;
    for (int i = 0; i < 5; ++i) {
        const Response r = e.client->get(QStringLiteral("sim/packets"));
        QVERIFY(r.status == 200 || r.status == 429);
        if (r.status == 429) {
            ++limited;
            last = r;
        }
    }
    QVERIFY(limited >= 1);
    QCOMPARE(last.message(), QStringLiteral("Too Many Attempts."));
    bool ok = false;
    const int retryAfter = last.retryAfter.toInt(&ok);
    QVERIFY(ok);
    QVERIFY(retryAfter >= 1);

    // Off by default.
    auto free = start();
    QVERIFY(free.client->login());
    for (int i = 0; i < 20; ++i)
        QCOMPARE(free.client->get(QStringLiteral("sim/packets")).status, 200);
}

void TestEmulatorV2::journal_recordsEachSendOnce() {
    auto e = start();
    QVERIFY(e.client->login());
    const QJsonArray sims = e.client->get(QStringLiteral("sim/list")).list();
    e.emulator->clearJournal();
    QStringList numbers;
    for (int i = 0; i < 3; ++i) {
        const QJsonObject sim = sims.at(i).toObject();
        numbers.append(sim.value(QStringLiteral("number")).toString());
        QCOMPARE(e.client
                     ->post(QStringLiteral("sim/block/") + numbers.last(),
                            {{QStringLiteral("iccid"), sim.value(QStringLiteral("iccid"))}})
                     .status,
                 200);
    }
    e.client->token.clear();
    QCOMPARE(e.client->get(QStringLiteral("sim/list")).status, 401);

    const QList<Emulator::JournalEntry> journal = e.emulator->journal();
    QCOMPARE(journal.size(), 4);
    for (const QString& number : numbers) {
        int sends = 0;
        for (const Emulator::JournalEntry& entry : journal) {
            if (entry.method != QStringLiteral("v2/sim/block/") + number)
                continue;
            ++sends;
            QCOMPARE(entry.httpMethod, QStringLiteral("POST"));
            QCOMPARE(entry.httpStatus, 200);
            QCOMPARE(entry.role, QStringLiteral("v2"));
            QVERIFY(entry.body.contains(QStringLiteral("iccid")));
        }
        QCOMPARE(sends, 1);
    }
    QCOMPARE(journal.last().method, QStringLiteral("v2/sim/list"));
    QCOMPARE(journal.last().httpMethod, QStringLiteral("GET"));
    QCOMPARE(journal.last().httpStatus, 401);
    QCOMPARE(journal.last().role, QStringLiteral("none"));
}

void TestEmulatorV2::providerModes_keepNovaConnectApart() {
    const auto novaList = [](Emulator& emulator) {
        QNetworkAccessManager network;
        QNetworkRequest request(QUrl(emulator.baseUrl().toString() + QStringLiteral("/sim/list")));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        request.setRawHeader("Authorization", "Bearer demo-admin");
        QNetworkReply* reply = network.post(request, QByteArrayLiteral("{}"));
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        if (!reply->isFinished())
            loop.exec();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        delete reply;
        return status;
    };
    auto both = start(v2Config(ProviderMode::Both));
    QCOMPARE(novaList(*both.emulator), 200);
    QVERIFY(both.client->login());
    QCOMPARE(both.emulator->v2SimCount(), 123);

    auto v2Only = start();
    QCOMPARE(novaList(*v2Only.emulator), 404);

    auto novaOnly = start(v2Config(ProviderMode::NovaConnect));
    QCOMPARE(novaList(*novaOnly.emulator), 200);
    QCOMPARE(novaOnly.emulator->v2SimCount(), 0);
    QVERIFY(!novaOnly.client->login()); // api/v2/login is an unknown NovaConnect method
}

void TestEmulatorV2::stock_blankCardsAreInactiveAndDeterministic() {
    auto a = start();
    auto b = start();
    QVERIFY(a.client->login());
    QVERIFY(b.client->login());
    const QJsonArray cards = blankCards(*a.client);
    QCOMPARE(cards.size(), 13); // a tenth of 123, rounded up
    QCOMPARE(blankCards(*b.client), cards);
    const QJsonObject card = cards.first().toObject();
    QCOMPARE(text(card, "status"), QStringLiteral("inactive"));
    QVERIFY(card.value(QStringLiteral("number")).isNull());
    QVERIFY(card.value(QStringLiteral("packet_id")).isNull());
    QVERIFY(!text(card, "inn").isEmpty());
    // Readable by ICCID, never in the list of numbers.
    const Response info = a.client->get(QStringLiteral("sim/info/") + text(card, "iccid"));
    QCOMPARE(info.status, 200);
    QCOMPARE(info.data(), card);
    const Response all = a.client->get(QStringLiteral("sim/list"),
                                       query({{QStringLiteral("limit"), QStringLiteral("200")}}));
    QCOMPARE(all.meta().value(QStringLiteral("total")).toInt(), 123);
    for (const auto& v : all.list())
        QVERIFY(text(v.toObject(), "iccid") != text(card, "iccid"));
}

void TestEmulatorV2::activate_bindsNumberToBlankCard() {
    auto e = start();
    QVERIFY(e.client->login());
    const QJsonArray cards = blankCards(*e.client);
    const QJsonObject card = cards.at(0).toObject();
    const QString number = freeNumber(*e.client);
    QVERIFY(!number.isEmpty());

    e.emulator->clearJournal();
    const Response r =
        e.client->post(QStringLiteral("sim/") + number,
                       {{QStringLiteral("packet_id"), 2},
                        {QStringLiteral("iccid"), card.value(QStringLiteral("iccid"))}});
    QCOMPARE(r.status, 200);
    QVERIFY(journaled(*e.emulator, QStringLiteral("POST"), QStringLiteral("sim/") + number, 200));
    const QJsonObject sim = read(*e.client, number); // GET on the same path still reads
    QVERIFY(journaled(*e.emulator, QStringLiteral("GET"), QStringLiteral("sim/") + number, 200));
    QCOMPARE(sim, r.data());
    QCOMPARE(text(sim, "number"), number);
    QCOMPARE(text(sim, "iccid"), text(card, "iccid"));
    QCOMPARE(text(sim, "imsi"), text(card, "imsi"));
    QCOMPARE(text(sim, "status"), QStringLiteral("active"));
    QCOMPARE(sim.value(QStringLiteral("packet_id")).toInt(), 2);
    QCOMPARE(text(sim, "inn"), text(card, "inn"));
    // The card left the stock and the SIM joined the list.
    QCOMPARE(blankCards(*e.client).size(), cards.size() - 1);
    QCOMPARE(
        e.client->get(QStringLiteral("sim/list")).meta().value(QStringLiteral("total")).toInt(),
        124);
    QCOMPARE(e.client->get(QStringLiteral("sim/info/") + text(card, "iccid")).data(), sim);

    // By IMSI, with the parameters in the query.
    const QJsonObject second = cards.at(1).toObject();
    const QString other = freeNumber(*e.client);
    const Response byImsi = e.client->post(
        QStringLiteral("sim/%1?packet_id=4&imsi=%2").arg(other, text(second, "imsi")));
    QCOMPARE(byImsi.status, 200);
    QCOMPARE(text(read(*e.client, other), "iccid"), text(second, "iccid"));
    QCOMPARE(read(*e.client, other).value(QStringLiteral("packet_id")).toInt(), 4);
}

void TestEmulatorV2::activate_invalidRequests() {
    auto e = start();
    QVERIFY(e.client->login());
    const QJsonArray cards = blankCards(*e.client);
    const QJsonValue iccid = cards.at(0).toObject().value(QStringLiteral("iccid"));
    const QJsonValue otherImsi = cards.at(1).toObject().value(QStringLiteral("imsi"));
    const QJsonObject active = activeSim(*e.client);
    const QString number = freeNumber(*e.client);
    const auto activate = [&](const QString& n, const QJsonObject& body) {
        return e.client->post(QStringLiteral("sim/") + n, body);
    };
    const QJsonValue packet(1);
    const QString packetId = QStringLiteral("packet_id");
    const QString iccidKey = QStringLiteral("iccid");

    QCOMPARE(errorFields(activate(number, {{iccidKey, iccid}})), QStringList{packetId});
    QCOMPARE(errorFields(activate(number, {{packetId, 99}, {iccidKey, iccid}})),
             QStringList{packetId});
    QCOMPARE(errorFields(activate(number, {{packetId, QStringLiteral("x")}, {iccidKey, iccid}})),
             QStringList{packetId});
    QCOMPARE(errorFields(activate(number, {{packetId, packet}})),
             (QStringList{iccidKey, QStringLiteral("imsi")}));
    QCOMPARE(errorFields(activate(QStringLiteral("8123"), {{packetId, packet}, {iccidKey, iccid}})),
             QStringList{QStringLiteral("number")});
    QCOMPARE(errorFields(activate(number, {{packetId, packet}, {iccidKey, QStringLiteral("123")}})),
             QStringList{iccidKey}); // malformed
    QCOMPARE(errorFields(activate(
                 number, {{packetId, packet}, {iccidKey, QStringLiteral("8970100000000000001")}})),
             QStringList{iccidKey}); // no such card
    const Response inUse =
        activate(number, {{packetId, packet}, {iccidKey, active.value(QStringLiteral("iccid"))}});
    QCOMPARE(errorFields(inUse), QStringList{iccidKey}); // the card has a number already
    QVERIFY(inUse.message().contains(text(active, "number")));
    QCOMPARE(
        errorFields(activate(
            number, {{packetId, packet}, {iccidKey, iccid}, {QStringLiteral("imsi"), otherImsi}})),
        QStringList{QStringLiteral("imsi")}); // two different cards
    QCOMPARE(errorFields(activate(text(active, "number"), {{packetId, packet}, {iccidKey, iccid}})),
             QStringList{QStringLiteral("number")}); // bound to another SIM
    // Outside the operator's numbers.
    const Response unknown =
        activate(QStringLiteral("70000000000"), {{packetId, packet}, {iccidKey, iccid}});
    QCOMPARE(unknown.status, 404);
    QVERIFY(!unknown.message().isEmpty());
    // None of these changed anything.
    QCOMPARE(blankCards(*e.client), cards);
    QCOMPARE(e.client->get(QStringLiteral("sim/") + number).status, 404);

    // Once activated, the same request is refused.
    QCOMPARE(activate(number, {{packetId, packet}, {iccidKey, iccid}}).status, 200);
    const Response again = activate(number, {{packetId, packet}, {iccidKey, iccid}});
    QCOMPARE(errorFields(again), QStringList{QStringLiteral("number")});
    QVERIFY(journaled(*e.emulator, QStringLiteral("POST"), QStringLiteral("sim/") + number, 422));
}

void TestEmulatorV2::packet_changesTariffNowOrFromDate() {
    auto e = start();
    QVERIFY(e.client->login());
    const QJsonObject sim = activeSim(*e.client);
    const QString number = text(sim, "number");
    const int current = sim.value(QStringLiteral("packet_id")).toInt();
    const int next = current % 4 + 1;
    QVERIFY(sim.value(QStringLiteral("packet_next_id")).isNull());
    QVERIFY(sim.value(QStringLiteral("packet_next_date")).isNull());

    // From a later day: scheduled, the tariff stays.
    const Response later =
        e.client->post(QStringLiteral("sim/packet/") + number,
                       {{QStringLiteral("packet_id"), next},
                        {QStringLiteral("date"), day(5)},
                        {QStringLiteral("iccid"), sim.value(QStringLiteral("iccid"))}});
    QCOMPARE(later.status, 200);
    QVERIFY(journaled(*e.emulator, QStringLiteral("POST"), QStringLiteral("sim/packet/") + number,
                      200));
    QJsonObject read1 = read(*e.client, number);
    QCOMPARE(read1, later.data());
    QCOMPARE(read1.value(QStringLiteral("packet_id")).toInt(), current);
    QCOMPARE(read1.value(QStringLiteral("packet_next_id")).toInt(), next);
    QCOMPARE(text(read1, "packet_next_date"), day(5));

    // From today: at once, and the scheduled change is gone.
    const Response now =
        e.client->post(QStringLiteral("sim/packet/") + number,
                       {{QStringLiteral("packet_id"), QString::number(next)},
                        {QStringLiteral("date"), day(0)},
                        {QStringLiteral("imsi"), sim.value(QStringLiteral("imsi"))}});
    QCOMPARE(now.status, 200);
    const QJsonObject read2 = read(*e.client, number);
    QCOMPARE(read2.value(QStringLiteral("packet_id")).toInt(), next);
    QVERIFY(read2.value(QStringLiteral("packet_next_id")).isNull());
    QVERIFY(read2.value(QStringLiteral("packet_next_date")).isNull());
}

void TestEmulatorV2::packet_invalidRequests() {
    auto e = start();
    QVERIFY(e.client->login());
    const QJsonObject sim = activeSim(*e.client);
    const QString path = QStringLiteral("sim/packet/") + text(sim, "number");
    const QJsonValue iccid = sim.value(QStringLiteral("iccid"));
    const auto change = [&](const QJsonValue& packet, const QString& date, const QJsonValue& card) {
        QJsonObject body{{QStringLiteral("iccid"), card}};
        if (!packet.isUndefined())
            body.insert(QStringLiteral("packet_id"), packet);
        if (!date.isEmpty())
            body.insert(QStringLiteral("date"), date);
        if (card.isUndefined())
            body.remove(QStringLiteral("iccid"));
        return errorFields(e.client->post(path, body));
    };
    const QJsonValue none(QJsonValue::Undefined);
    QCOMPARE(change(2, day(-1), iccid), QStringList{QStringLiteral("date")}); // in the past
    QCOMPARE(change(2, QStringLiteral("2030-2-1"), iccid), QStringList{QStringLiteral("date")});
    QCOMPARE(change(2, QStringLiteral("2030-02-30"), iccid), QStringList{QStringLiteral("date")});
    QCOMPARE(change(2, QString(), iccid), QStringList{QStringLiteral("date")});
    QCOMPARE(change(none, day(1), iccid), QStringList{QStringLiteral("packet_id")});
    QCOMPARE(change(7, day(1), iccid), QStringList{QStringLiteral("packet_id")});
    QCOMPARE(change(2, day(1), none),
             (QStringList{QStringLiteral("iccid"), QStringLiteral("imsi")}));
    QCOMPARE(change(2, day(1), QStringLiteral("8970100000000000001")),
             QStringList{QStringLiteral("iccid")}); // not this SIM's
    QCOMPARE(change(none, QString(), none),
             (QStringList{QStringLiteral("date"), QStringLiteral("iccid"), QStringLiteral("imsi"),
                          QStringLiteral("packet_id")})); // all at once
    QCOMPARE(read(*e.client, text(sim, "number")), sim);  // nothing changed
    QCOMPARE(
        e.client
            ->post(QStringLiteral("sim/packet/70000000000"), {{QStringLiteral("packet_id"), 2},
                                                              {QStringLiteral("date"), day(1)},
                                                              {QStringLiteral("iccid"), iccid}})
            .status,
        404);
    QCOMPARE(e.client->get(path).status, 405);
}

void TestEmulatorV2::set_bindsWithCallForwarding() {
    auto e = start();
    QVERIFY(e.client->login());
    const QJsonObject sim = activeSim(*e.client);
    const QString number = text(sim, "number");
    const QString path = QStringLiteral("sim/set/") + number;
    const QJsonValue iccid = sim.value(QStringLiteral("iccid"));
    QCOMPARE(sim.value(QStringLiteral("call_forwarding")).toBool(), true);

    const Response off =
        e.client->post(path, {{QStringLiteral("iccid"), iccid}, {QStringLiteral("cf"), false}});
    QCOMPARE(off.status, 200);
    QVERIFY(journaled(*e.emulator, QStringLiteral("POST"), path, 200));
    QCOMPARE(read(*e.client, number), off.data());
    QCOMPARE(read(*e.client, number).value(QStringLiteral("call_forwarding")).toBool(), false);
    QCOMPARE(text(read(*e.client, number), "iccid"), iccid.toString()); // still bound to it
    // Absent: true.
    QCOMPARE(
        e.client->post(path, {{QStringLiteral("imsi"), sim.value(QStringLiteral("imsi"))}}).status,
        200);
    QCOMPARE(read(*e.client, number).value(QStringLiteral("call_forwarding")).toBool(), true);
    // In the query, as 0/1.
    QCOMPARE(e.client->post(path + QStringLiteral("?cf=0&iccid=") + iccid.toString()).status, 200);
    QCOMPARE(read(*e.client, number).value(QStringLiteral("call_forwarding")).toBool(), false);

    QCOMPARE(errorFields(e.client->post(path, {{QStringLiteral("iccid"), iccid},
                                               {QStringLiteral("cf"), QStringLiteral("maybe")}})),
             QStringList{QStringLiteral("cf")});
    QCOMPARE(errorFields(e.client->post(path, {{QStringLiteral("cf"), true}})),
             (QStringList{QStringLiteral("iccid"), QStringLiteral("imsi")}));
    QCOMPARE(errorFields(e.client->post(
                 path, {{QStringLiteral("imsi"), QStringLiteral("250990000000000")}})),
             QStringList{QStringLiteral("imsi")}); // another SIM's
    QCOMPARE(read(*e.client, number).value(QStringLiteral("call_forwarding")).toBool(), false);
    QCOMPARE(
        e.client->post(QStringLiteral("sim/set/70000000000"), {{QStringLiteral("iccid"), iccid}})
            .status,
        404);
}

void TestEmulatorV2::refresh_movesNumberToAnotherCard() {
    auto e = start();
    QVERIFY(e.client->login());
    const QJsonObject sim = activeSim(*e.client);
    const QString number = text(sim, "number");
    const QString path = QStringLiteral("sim/refresh/") + number;
    const QJsonArray cards = blankCards(*e.client);
    const QJsonObject card = cards.at(3).toObject();

    // To a blank card of the stock, named by its ICCID.
    const Response toStock = e.client->post(
        path, {{QStringLiteral("iccid"), card.value(QStringLiteral("iccid"))},
               {QStringLiteral("current_iccid"), sim.value(QStringLiteral("iccid"))}});
    QCOMPARE(toStock.status, 200);
    QVERIFY(journaled(*e.emulator, QStringLiteral("POST"), path, 200));
    const QJsonObject swapped = read(*e.client, number);
    QCOMPARE(swapped, toStock.data());
    QCOMPARE(text(swapped, "iccid"), text(card, "iccid"));
    QCOMPARE(text(swapped, "imsi"), text(card, "imsi"));
    // Everything else stays with the number.
    QCOMPARE(swapped.value(QStringLiteral("packet_id")), sim.value(QStringLiteral("packet_id")));
    QCOMPARE(swapped.value(QStringLiteral("balance")), sim.value(QStringLiteral("balance")));
    QCOMPARE(text(swapped, "status"), text(sim, "status"));
    QCOMPARE(blankCards(*e.client).size(), cards.size() - 1);
    // The old card is forgotten.
    QCOMPARE(e.client->get(QStringLiteral("sim/info/") + text(sim, "iccid")).status, 404);
    QCOMPARE(e.client->get(QStringLiteral("sim/info/") + text(card, "iccid")).data(), swapped);

    // To a card the emulator does not know, named by a 20-digit ICCID: its IMSI is made up.
    const QString fresh = QStringLiteral("89701999999999999990");
    const Response toFresh = e.client->post(
        path, {{QStringLiteral("iccid"), fresh},
               {QStringLiteral("current_imsi"), swapped.value(QStringLiteral("imsi"))}});
    QCOMPARE(toFresh.status, 200);
    const QJsonObject third = read(*e.client, number);
    QCOMPARE(text(third, "iccid"), fresh);
    QVERIFY(QRegularExpression(QStringLiteral("^\\d{15}$")).match(text(third, "imsi")).hasMatch());
    QVERIFY(text(third, "imsi") != text(card, "imsi"));

    // Back to the first card: its identifiers are free again.
    const Response back =
        e.client->post(path, {{QStringLiteral("iccid"), sim.value(QStringLiteral("iccid"))},
                              {QStringLiteral("imsi"), sim.value(QStringLiteral("imsi"))},
                              {QStringLiteral("current_iccid"), fresh}});
    QCOMPARE(back.status, 200);
    QCOMPARE(read(*e.client, number), sim);
}

void TestEmulatorV2::refresh_invalidRequests() {
    auto e = start();
    QVERIFY(e.client->login());
    const QJsonArray sims = e.client->get(QStringLiteral("sim/list")).list();
    const QJsonObject sim = sims.at(0).toObject();
    const QJsonObject other = sims.at(1).toObject();
    const QString path = QStringLiteral("sim/refresh/") + text(sim, "number");
    const QJsonValue current = sim.value(QStringLiteral("iccid"));
    const QString fresh = QStringLiteral("8970199999999999999");
    const auto refresh = [&](const QJsonObject& body) {
        return errorFields(e.client->post(path, body));
    };

    QCOMPARE(refresh({{QStringLiteral("current_iccid"), current}}),
             (QStringList{QStringLiteral("iccid"), QStringLiteral("imsi")}));
    QCOMPARE(refresh({{QStringLiteral("iccid"), fresh}}),
             (QStringList{QStringLiteral("current_iccid"), QStringLiteral("current_imsi")}));
    QCOMPARE(refresh({{QStringLiteral("iccid"), fresh},
                      {QStringLiteral("current_iccid"), other.value(QStringLiteral("iccid"))}}),
             QStringList{QStringLiteral("current_iccid")}); // not the SIM bound now
    QCOMPARE(refresh({{QStringLiteral("iccid"), fresh},
                      {QStringLiteral("current_imsi"), other.value(QStringLiteral("imsi"))}}),
             QStringList{QStringLiteral("current_imsi")});
    QCOMPARE(refresh({{QStringLiteral("iccid"), QStringLiteral("89701")},
                      {QStringLiteral("current_iccid"), current}}),
             QStringList{QStringLiteral("iccid")}); // malformed
    QCOMPARE(refresh({{QStringLiteral("imsi"), QStringLiteral("2509912345")},
                      {QStringLiteral("current_iccid"), current}}),
             QStringList{QStringLiteral("imsi")});
    QCOMPARE(refresh({{QStringLiteral("iccid"), other.value(QStringLiteral("iccid"))},
                      {QStringLiteral("current_iccid"), current}}),
             QStringList{QStringLiteral("iccid")}); // another number's card
    QCOMPARE(
        refresh({{QStringLiteral("iccid"), current}, {QStringLiteral("current_iccid"), current}}),
        QStringList{QStringLiteral("iccid")}); // the card it has
    QCOMPARE(refresh({{QStringLiteral("iccid"), fresh},
                      {QStringLiteral("imsi"), other.value(QStringLiteral("imsi"))},
                      {QStringLiteral("current_iccid"), current}}),
             QStringList{QStringLiteral("imsi")});
    QCOMPARE(read(*e.client, text(sim, "number")), sim); // nothing changed
    QCOMPARE(
        e.client
            ->post(QStringLiteral("sim/refresh/70000000000"),
                   {{QStringLiteral("iccid"), fresh}, {QStringLiteral("current_iccid"), current}})
            .status,
        404);
}

void TestEmulatorV2::smallPacket_addsTopUpOfTheTariff() {
    auto e = start();
    QVERIFY(e.client->login());
    const QJsonArray packets = e.client->get(QStringLiteral("sim/packets")).list();
    QHash<int, QList<int>> offered; // tariff -> its top-ups
    for (const auto& p : packets) {
        const QJsonArray small = p.toObject().value(QStringLiteral("small_packets")).toArray();
        QVERIFY(!small.isEmpty());
        for (const auto& s : small) {
            const QJsonObject top = s.toObject();
            QVERIFY(top.value(QStringLiteral("id")).toInt() > 0);
            QVERIFY(!text(top, "name").isEmpty());
            QVERIFY(top.value(QStringLiteral("internet_mb")).toInt() > 0);
            QVERIFY(top.value(QStringLiteral("price")).toDouble() > 0);
            offered[p.toObject().value(QStringLiteral("id")).toInt()].append(
                top.value(QStringLiteral("id")).toInt());
        }
    }
    const QJsonObject sim = activeSim(*e.client);
    const QString number = text(sim, "number");
    const QString path = QStringLiteral("sim/small-packet/") + number;
    const QList<int> mine = offered.value(sim.value(QStringLiteral("packet_id")).toInt());
    QVERIFY(mine.size() >= 2);
    QCOMPARE(sim.value(QStringLiteral("small_packets_added")).toInt(), 0);
    QVERIFY(sim.value(QStringLiteral("last_small_packet_id")).isNull());

    // No parameters: the tariff's first top-up.
    const Response first = e.client->post(path);
    QCOMPARE(first.status, 200);
    QVERIFY(journaled(*e.emulator, QStringLiteral("POST"), path, 200));
    QCOMPARE(read(*e.client, number), first.data());
    QCOMPARE(read(*e.client, number).value(QStringLiteral("small_packets_added")).toInt(), 1);
    QCOMPARE(read(*e.client, number).value(QStringLiteral("last_small_packet_id")).toInt(),
             mine.first());
    const Response second =
        e.client->post(path, {{QStringLiteral("small_packet_id"), mine.at(1)},
                              {QStringLiteral("iccid"), sim.value(QStringLiteral("iccid"))}});
    QCOMPARE(second.status, 200);
    QCOMPARE(read(*e.client, number).value(QStringLiteral("small_packets_added")).toInt(), 2);
    QCOMPARE(read(*e.client, number).value(QStringLiteral("last_small_packet_id")).toInt(),
             mine.at(1));

    int foreign = 0; // a top-up of another tariff
    for (auto it = offered.cbegin(); it != offered.cend() && foreign == 0; ++it) {
        if (it.key() != sim.value(QStringLiteral("packet_id")).toInt())
            foreign = it.value().first();
    }
    QCOMPARE(errorFields(e.client->post(path, {{QStringLiteral("small_packet_id"), foreign}})),
             QStringList{QStringLiteral("small_packet_id")});
    QCOMPARE(errorFields(e.client->post(
                 path, {{QStringLiteral("small_packet_id"), QStringLiteral("big")}})),
             QStringList{QStringLiteral("small_packet_id")});
    QCOMPARE(errorFields(e.client->post(
                 path, {{QStringLiteral("iccid"), QStringLiteral("8970100000000000001")}})),
             QStringList{QStringLiteral("iccid")}); // given, but not this SIM's
    QCOMPARE(read(*e.client, number).value(QStringLiteral("small_packets_added")).toInt(), 2);
    QCOMPARE(e.client->post(QStringLiteral("sim/small-packet/70000000000")).status, 404);
    QCOMPARE(errorFields(e.client->post(QStringLiteral("sim/small-packet/123"))),
             QStringList{QStringLiteral("number")});
}

void TestEmulatorV2::sendSms_countsInformationalSms() {
    auto e = start();
    QVERIFY(e.client->login());
    const QJsonObject sim = activeSim(*e.client);
    const QString number = text(sim, "number");
    const QString path = QStringLiteral("sim/send-sms/") + number;
    QCOMPARE(sim.value(QStringLiteral("info_sms_sent")).toInt(), 0);
    QVERIFY(sim.value(QStringLiteral("last_info_sms")).isNull());

    const Response call = e.client->post(path, {{QStringLiteral("type"), QStringLiteral("call")}});
    QCOMPARE(call.status, 200);
    QVERIFY(journaled(*e.emulator, QStringLiteral("POST"), path, 200));
    QCOMPARE(read(*e.client, number), call.data());
    QCOMPARE(read(*e.client, number).value(QStringLiteral("info_sms_sent")).toInt(), 1);
    QCOMPARE(text(read(*e.client, number), "last_info_sms"), QStringLiteral("call"));
    QCOMPARE(e.client->post(path + QStringLiteral("?type=internet")).status, 200);
    QCOMPARE(read(*e.client, number).value(QStringLiteral("info_sms_sent")).toInt(), 2);
    QCOMPARE(text(read(*e.client, number), "last_info_sms"), QStringLiteral("internet"));

    QCOMPARE(errorFields(e.client->post(path, {{QStringLiteral("type"), QStringLiteral("sms")}})),
             QStringList{QStringLiteral("type")});
    QCOMPARE(errorFields(e.client->post(path)), QStringList{QStringLiteral("type")});
    QCOMPARE(read(*e.client, number).value(QStringLiteral("info_sms_sent")).toInt(), 2);
    QCOMPARE(e.client
                 ->post(QStringLiteral("sim/send-sms/70000000000"),
                        {{QStringLiteral("type"), QStringLiteral("call")}})
                 .status,
             404);
    QVERIFY(journaled(*e.emulator, QStringLiteral("POST"),
                      QStringLiteral("sim/send-sms/70000000000"), 404));
}

QTEST_MAIN(TestEmulatorV2)
#include "tst_emulator_v2.moc"
