#include "api/AccountNotification.h"
#include "api/Bill.h"
#include "api/Company.h"
#include "api/Group.h"
#include "api/JsonRead.h"
#include "api/ListPage.h"
#include "api/ParseReport.h"
#include "api/QueueCallback.h"
#include "api/QueueTicket.h"
#include "api/ReportRows.h"
#include "api/RetryAfter.h"
#include "api/Sim.h"
#include "api/User.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace simfleet;

namespace {

QJsonObject parseObject(const char* json) {
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(json), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return doc.object();
}

QDateTime utc(qint64 secs) {
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
}

// A SIM as documented in the guide's data-types chapter, with every field set.
const char* const kSimJson = R"({
  "id": 1001,
  "iccid": "8970101234567890123",
  "number": "77010000001",
  "external_number": "77170000001",
  "name": "Pump #4",
  "balance": 12.5,
  "currency": "EUR",
  "msu_value": 40,
  "profile": "TC",
  "block": "u",
  "comment": "Check the antenna",
  "groups": [ {"id": 3, "name": "Pumps"}, {"id": 9, "name": "Almaty"} ],
  "limit": { "type": "month1", "value": 500, "used": 123.25, "updated": 1719300000, "created": 1717200000 },
  "tariff": { "id": 12, "name": "TC_Basic", "change_lock": 1721000000, "package_auto": true }
})";

} // namespace

class TstApiTypes final : public QObject {
    Q_OBJECT

private slots:
    // --- JsonRead -----------------------------------------------------------
    void toInt_acceptsNumbersAndNumericStrings();
    void toDouble_acceptsDotAndCommaStrings();
    void toString_rendersNumbersWithoutExponent();
    void toBool_acceptsBoolsNumbersAndStrings();
    void toUnixTime_zeroNullAndHugeAreAbsent();
    void retryAfter_secondsAndDatesClamped_data();
    void retryAfter_secondsAndDatesClamped();

    // --- Sim ----------------------------------------------------------------
    void simDocumentedSample_allFieldsRead();
    void simNumbersAsStrings_accepted();
    void simNullName_isNullString();
    void simMissingGroups_hasGroupsFalse();
    void simUnknownKeys_ignored();
    void simUnknownCodes_mappedToUnknownAndRawKept();
    void simEmptyObject_droppedNoId();
    void simCodeHelpers_roundTrip();
    void simToJsonFromJson_roundTripEqual();
    void simUnknownCodesToJson_roundTripEqual();
    void parseSims_dropsRowsWithoutIdAndKeepsOthers();
    void parseSims_nonObjectEntriesDroppedAndReported();
    void parseSims_sharesRepeatedStrings();
    void parseSimPage_readsCountsAndItems();
    void parseSims_largeArrayAllKept();

    // --- Group, User, Bill, Company -----------------------------------------
    void groupSample_readAndRoundTrip();
    void parseGroupPage_dropsGroupWithoutId();
    void userSample_readAndRoundTrip();
    void userIsAdmin_onlyAdminCaseInsensitive_data();
    void userIsAdmin_onlyAdminCaseInsensitive();
    void userDisplayName_lastNameAndInitial();
    void parseUserPage_stringCounts();
    void billSample_paidedSpelling();
    void billSample_paiedSpelling();
    void billUnpaid_zeroOrNullPaid();
    void billNumbersAsStrings_accepted();
    void parseBillPage_itemsAndAllowOperationsIgnored();
    void companySample_read();
    void companyStringsAndUnknownBilling_tolerated();

    // --- Reports -------------------------------------------------------------
    void sessionPage_shortPageNoAllCount();
    void sessionRow_bigintValueAsString();
    void sessionRow_withoutSidKept();
    void dayPage_read();
    void callSmsPage_typesMapped();
    void reportPage_nonObjectRowsReported();
    void reportPage_missingItemsReported();
    void listPage_phpObjectItemsReadInKeyOrder();

    // --- Queue ---------------------------------------------------------------
    void queueTicket_stringId();
    void queueTicket_numericId();
    void queueTicket_missingId_nullopt();
    void queueCallback_guideSample();
    void queueCallback_missingQid_nullopt();
    void queueCallback_percentageDerivedAndClamped();

    // --- Account notifications -----------------------------------------------
    void notification_billWithBase64Pdf();
    void notification_invalidBase64_fileSkippedAndReported();
    void notification_msuLockItemsAreSims();
    void notification_unknownType_keptItemsIgnored();
    void notification_missingType_nullopt();
    void fileName_pathTraversalSanitised_data();
    void fileName_pathTraversalSanitised();

    // --- ParseProblems -------------------------------------------------------
    void parseProblems_cappedButCounted();
};

// --- JsonRead ----------------------------------------------------------------

void TstApiTypes::toInt_acceptsNumbersAndNumericStrings() {
    using JsonRead::toInt;
    QCOMPARE(toInt(QJsonValue(7)), std::optional<qint64>(7));
    QCOMPARE(toInt(QJsonValue(12.0)), std::optional<qint64>(12));
    QCOMPARE(toInt(QJsonValue(QStringLiteral("12"))), std::optional<qint64>(12));
    QCOMPARE(toInt(QJsonValue(QStringLiteral(" 12 "))), std::optional<qint64>(12));
    QCOMPARE(toInt(QJsonValue(QStringLiteral("-3"))), std::optional<qint64>(-3));
    QCOMPARE(toInt(QJsonValue(QStringLiteral("12345678901"))),
             std::optional<qint64>(12345678901LL));
    QCOMPARE(toInt(QJsonValue(qint64(9007199254740993LL))),
             std::optional<qint64>(9007199254740993LL)); // beyond 2^53 stays exact
    QVERIFY(!toInt(QJsonValue(12.5)));
    QVERIFY(!toInt(QJsonValue(QStringLiteral("12.5"))));
    QVERIFY(!toInt(QJsonValue(QStringLiteral("abc"))));
    QVERIFY(!toInt(QJsonValue(QStringLiteral(""))));
    QVERIFY(!toInt(QJsonValue(QStringLiteral("99999999999999999999999"))));
    QVERIFY(!toInt(QJsonValue(1e300)));
    QVERIFY(!toInt(QJsonValue(true)));
    QVERIFY(!toInt(QJsonValue(QJsonValue::Null)));
    QVERIFY(!toInt(QJsonValue(QJsonValue::Undefined)));
    QVERIFY(!toInt(QJsonValue(QJsonObject())));
}

void TstApiTypes::toDouble_acceptsDotAndCommaStrings() {
    using JsonRead::toDouble;
    QCOMPARE(toDouble(QJsonValue(12.5)), std::optional<double>(12.5));
    QCOMPARE(toDouble(QJsonValue(7)), std::optional<double>(7.0));
    QCOMPARE(toDouble(QJsonValue(QStringLiteral("12.50"))), std::optional<double>(12.5));
    QCOMPARE(toDouble(QJsonValue(QStringLiteral("12,50"))), std::optional<double>(12.5));
    QCOMPARE(toDouble(QJsonValue(QStringLiteral(" 7 "))), std::optional<double>(7.0));
    QVERIFY(!toDouble(QJsonValue(QStringLiteral("1,234.5"))));
    QVERIFY(!toDouble(QJsonValue(QStringLiteral("nan"))));
    QVERIFY(!toDouble(QJsonValue(QStringLiteral("inf"))));
    QVERIFY(!toDouble(QJsonValue(QStringLiteral("12 EUR"))));
    QVERIFY(!toDouble(QJsonValue(QJsonValue::Null)));
    QVERIFY(!toDouble(QJsonValue(false)));
}

void TstApiTypes::toString_rendersNumbersWithoutExponent() {
    using JsonRead::toString;
    QCOMPARE(toString(QJsonValue(QStringLiteral("abc"))), QStringLiteral("abc"));
    QCOMPARE(toString(QJsonValue(12)), QStringLiteral("12"));
    QCOMPARE(toString(QJsonValue(12.5)), QStringLiteral("12.5"));
    QCOMPARE(toString(QJsonValue(1e20)), QStringLiteral("100000000000000000000"));
    QCOMPARE(toString(QJsonValue(qint64(8970101234567890LL))), QStringLiteral("8970101234567890"));
    QCOMPARE(toString(QJsonValue(true)), QStringLiteral("true"));
    QVERIFY(toString(QJsonValue(QJsonValue::Null)).isNull());
    QVERIFY(toString(QJsonValue(QJsonValue::Undefined)).isNull());
    QVERIFY(toString(QJsonValue(QJsonArray{1, 2})).isNull());
    const QString empty = toString(QJsonValue(QString(QLatin1String(""))));
    QVERIFY(empty.isEmpty());
}

void TstApiTypes::toBool_acceptsBoolsNumbersAndStrings() {
    using JsonRead::toBool;
    QCOMPARE(toBool(QJsonValue(true)), std::optional<bool>(true));
    QCOMPARE(toBool(QJsonValue(false)), std::optional<bool>(false));
    QCOMPARE(toBool(QJsonValue(1)), std::optional<bool>(true));
    QCOMPARE(toBool(QJsonValue(0)), std::optional<bool>(false));
    QCOMPARE(toBool(QJsonValue(QStringLiteral("true"))), std::optional<bool>(true));
    QCOMPARE(toBool(QJsonValue(QStringLiteral(" FALSE "))), std::optional<bool>(false));
    QCOMPARE(toBool(QJsonValue(QStringLiteral("1"))), std::optional<bool>(true));
    QCOMPARE(toBool(QJsonValue(QStringLiteral("0"))), std::optional<bool>(false));
    QVERIFY(!toBool(QJsonValue(2)));
    QVERIFY(!toBool(QJsonValue(QStringLiteral("yes please"))));
    QVERIFY(!toBool(QJsonValue(QJsonValue::Null)));
}

void TstApiTypes::retryAfter_secondsAndDatesClamped_data() {
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("seconds");
    // now: Wed, 21 Oct 2015 07:28:00 GMT
    QTest::newRow("seconds") << QByteArray("120") << 120;
    QTest::newRow("spaces") << QByteArray("  7 \t") << 7;
    QTest::newRow("zero") << QByteArray("0") << 0;
    QTest::newRow("negative is now") << QByteArray("-5") << 0;
    QTest::newRow("a day at most") << QByteArray("999999") << kMaxRetryAfterSeconds;
    QTest::newRow("beyond 64 bits") << QByteArray("99999999999999999999999") << -1;
    QTest::newRow("date ahead") << QByteArray("Wed, 21 Oct 2015 07:30:30 GMT") << 150;
    QTest::newRow("date with offset") << QByteArray("Wed, 21 Oct 2015 10:30:00 +0300") << 120;
    QTest::newRow("RFC 850 date") << QByteArray("Wednesday, 21-Oct-15 07:29:00 GMT") << 60;
    QTest::newRow("asctime date") << QByteArray("Wed Oct 21 07:29:40 2015") << 100;
    QTest::newRow("date past") << QByteArray("Tue, 20 Oct 2015 07:28:00 GMT") << 0;
    QTest::newRow("date far ahead")
        << QByteArray("Wed, 21 Oct 2105 07:28:00 GMT") << kMaxRetryAfterSeconds;
    QTest::newRow("absent") << QByteArray() << -1;
    QTest::newRow("words") << QByteArray("soon") << -1;
    QTest::newRow("fraction") << QByteArray("1.5") << -1;
    QTest::newRow("binary") << QByteArray("\x00\xff\x80", 3) << -1;
}

void TstApiTypes::retryAfter_secondsAndDatesClamped() {
    QFETCH(QByteArray, value);
    QFETCH(int, seconds);
    const QDateTime now(QDate(2015, 10, 21), QTime(7, 28), Qt::UTC);
    QCOMPARE(retryAfterSeconds(value, now), seconds);
}

void TstApiTypes::toUnixTime_zeroNullAndHugeAreAbsent() {
    using JsonRead::toUnixTime;
    const std::optional<QDateTime> t = toUnixTime(QJsonValue(1719300000));
    QVERIFY(t);
    QCOMPARE(t->timeSpec(), Qt::UTC);
    QCOMPARE(*t, utc(1719300000));
    QCOMPARE(toUnixTime(QJsonValue(QStringLiteral("1719300000"))), std::optional(utc(1719300000)));
    QVERIFY(!toUnixTime(QJsonValue(0)));
    QVERIFY(!toUnixTime(QJsonValue(QStringLiteral("0"))));
    QVERIFY(!toUnixTime(QJsonValue(-5)));
    QVERIFY(!toUnixTime(QJsonValue(QJsonValue::Null)));
    QVERIFY(!toUnixTime(QJsonValue(QStringLiteral("yesterday"))));
    QVERIFY(!toUnixTime(QJsonValue(qint64(9000000000000000000LL)))); // no overflow
    QCOMPARE(JsonRead::fromUnixTime(std::nullopt), QJsonValue(QJsonValue::Null));
    QCOMPARE(JsonRead::fromUnixTime(utc(1719300000)), QJsonValue(1719300000));
}

// --- Sim ---------------------------------------------------------------------

void TstApiTypes::simDocumentedSample_allFieldsRead() {
    QString problem;
    const std::optional<Sim> sim = Sim::fromJson(parseObject(kSimJson), &problem);
    QVERIFY2(sim, qPrintable(problem));
    QCOMPARE(sim->id, 1001);
    QCOMPARE(sim->iccid, QStringLiteral("8970101234567890123"));
    QCOMPARE(sim->number, QStringLiteral("77010000001"));
    QCOMPARE(sim->externalNumber, QStringLiteral("77170000001"));
    QCOMPARE(sim->name, QStringLiteral("Pump #4"));
    QCOMPARE(sim->balance, 12.5);
    QCOMPARE(sim->currency, QStringLiteral("EUR"));
    QCOMPARE(sim->msuValue, std::optional<qint64>(40));
    QCOMPARE(sim->profile, SimProfile::TC);
    QVERIFY(sim->profileRaw.isNull());
    QCOMPARE(sim->block, BlockCode::User);
    QVERIFY(sim->blockRaw.isNull());
    QVERIFY(sim->isBlocked());
    QCOMPARE(sim->comment, QStringLiteral("Check the antenna"));
    QVERIFY(sim->hasGroups);
    QCOMPARE(sim->groups.size(), 2);
    QCOMPARE(sim->groups.at(0).id, 3);
    QCOMPARE(sim->groups.at(0).name, QStringLiteral("Pumps"));
    QCOMPARE(sim->groups.at(1).name, QStringLiteral("Almaty"));
    QCOMPARE(sim->limit.type, LimitType::Month);
    QCOMPARE(sim->limit.valueMb, std::optional<qint64>(500));
    QCOMPARE(sim->limit.usedMb, std::optional<double>(123.25));
    QCOMPARE(sim->limit.updated, std::optional(utc(1719300000)));
    QCOMPARE(sim->limit.created, std::optional(utc(1717200000)));
    QCOMPARE(sim->tariff.id, 12);
    QCOMPARE(sim->tariff.name, QStringLiteral("TC_Basic"));
    QCOMPARE(sim->tariff.changeLock, std::optional(utc(1721000000)));
    QVERIFY(sim->tariff.packageAuto);
    QVERIFY(sim->queueStatus.isNull());
}

void TstApiTypes::simNumbersAsStrings_accepted() {
    const QJsonObject o = parseObject(R"({
      "id": "7", "balance": "12.50", "msu_value": "40", "profile": "TD", "block": "n",
      "iccid": 8970101234567890, "number": 77010000001,
      "limit": {"type": "p_unlim", "value": "100", "used": "12,75", "updated": "1719300000", "created": null},
      "tariff": {"id": "5", "name": "TD_Mega", "change_lock": "0", "package_auto": "1"}
    })");
    const std::optional<Sim> sim = Sim::fromJson(o);
    QVERIFY(sim);
    QCOMPARE(sim->id, 7);
    QCOMPARE(sim->balance, 12.5);
    QCOMPARE(sim->msuValue, std::optional<qint64>(40));
    QCOMPARE(sim->iccid, QStringLiteral("8970101234567890"));
    QCOMPARE(sim->number, QStringLiteral("77010000001"));
    QCOMPARE(sim->profile, SimProfile::TD);
    QCOMPARE(sim->block, BlockCode::None);
    QVERIFY(!sim->isBlocked());
    QCOMPARE(sim->limit.type, LimitType::PackageAutoRenew);
    QCOMPARE(sim->limit.valueMb, std::optional<qint64>(100));
    QCOMPARE(sim->limit.usedMb, std::optional<double>(12.75));
    QCOMPARE(sim->limit.updated, std::optional(utc(1719300000)));
    QVERIFY(!sim->limit.created);
    QCOMPARE(sim->tariff.id, 5);
    QVERIFY(!sim->tariff.changeLock);
    QVERIFY(sim->tariff.packageAuto);
}

void TstApiTypes::simNullName_isNullString() {
    const std::optional<Sim> sim = Sim::fromJson(parseObject(
        R"({"id": 1, "name": null, "comment": null, "msu_value": null, "balance": null,
            "limit": {"type": "off", "value": null, "used": null}})"));
    QVERIFY(sim);
    QVERIFY(sim->name.isNull());
    QVERIFY(sim->comment.isNull());
    QVERIFY(!sim->msuValue);
    QCOMPARE(sim->balance, 0.0);
    QCOMPARE(sim->limit.type, LimitType::Off);
    QVERIFY(!sim->limit.valueMb);
    QVERIFY(!sim->limit.usedMb);

    const std::optional<Sim> absent = Sim::fromJson(parseObject(R"({"id": 2})"));
    QVERIFY(absent);
    QVERIFY(absent->name.isNull());
    QCOMPARE(absent->limit.type, LimitType::Off);
    // Nobody said it is unblocked: an absent block code is Unknown, and counts as blocked.
    QCOMPARE(absent->block, BlockCode::Unknown);
    QVERIFY(absent->blockRaw.isEmpty());
    QCOMPARE(absent->profile, SimProfile::Unknown);
}

void TstApiTypes::simMissingGroups_hasGroupsFalse() {
    QJsonObject o = parseObject(kSimJson);
    o.remove(QStringLiteral("groups"));
    const std::optional<Sim> webhookSim = Sim::fromJson(o);
    QVERIFY(webhookSim);
    QVERIFY(!webhookSim->hasGroups);
    QVERIFY(webhookSim->groups.isEmpty());

    o.insert(QStringLiteral("groups"), QJsonArray());
    const std::optional<Sim> noGroups = Sim::fromJson(o);
    QVERIFY(noGroups);
    QVERIFY(noGroups->hasGroups);
    QVERIFY(noGroups->groups.isEmpty());

    // A group reference without id is skipped; the SIM is kept.
    o.insert(QStringLiteral("groups"), QJsonArray{QJsonObject{{"name", "orphan"}},
                                                  QJsonObject{{"id", "4"}, {"name", "ok"}}, 5});
    const std::optional<Sim> partial = Sim::fromJson(o);
    QVERIFY(partial);
    QCOMPARE(partial->groups.size(), 1);
    QCOMPARE(partial->groups.at(0).id, 4);
}

void TstApiTypes::simUnknownKeys_ignored() {
    QJsonObject o = parseObject(kSimJson);
    o.insert(QStringLiteral("future_field"), QJsonObject{{"x", 1}});
    o.insert(QStringLiteral("imsi"), QStringLiteral("401770000000001"));
    QJsonObject limit = o.value(QStringLiteral("limit")).toObject();
    limit.insert(QStringLiteral("period"), QStringLiteral("daily"));
    o.insert(QStringLiteral("limit"), limit);
    const std::optional<Sim> withExtras = Sim::fromJson(o);
    const std::optional<Sim> plain = Sim::fromJson(parseObject(kSimJson));
    QVERIFY(withExtras && plain);
    QVERIFY(*withExtras == *plain);
}

void TstApiTypes::simUnknownCodes_mappedToUnknownAndRawKept() {
    const std::optional<Sim> sim = Sim::fromJson(
        parseObject(R"({"id": 5, "profile": "TX", "block": "z", "limit": {"type": "weekly"}})"));
    QVERIFY(sim);
    QCOMPARE(sim->profile, SimProfile::Unknown);
    QCOMPARE(sim->profileRaw, QStringLiteral("TX"));
    QCOMPARE(sim->block, BlockCode::Unknown);
    QCOMPARE(sim->blockRaw, QStringLiteral("z"));
    QVERIFY(sim->isBlocked());
    QCOMPARE(sim->limit.type, LimitType::Unknown);
    QCOMPARE(sim->limit.typeRaw, QStringLiteral("weekly"));

    // Case and surrounding spaces are tolerated for known codes.
    const std::optional<Sim> lenient = Sim::fromJson(
        parseObject(R"({"id": 6, "profile": " td", "block": "M ", "limit": {"type": "P_LIM"}})"));
    QVERIFY(lenient);
    QCOMPARE(lenient->profile, SimProfile::TD);
    QCOMPARE(lenient->block, BlockCode::Msu);
    QCOMPARE(lenient->limit.type, LimitType::PackageNoRenew);

    // Wrong JSON types for nested objects do not crash.
    const std::optional<Sim> odd = Sim::fromJson(parseObject(
        R"({"id": 8, "limit": "none", "tariff": [1], "groups": {"id": 1}, "block": 5})"));
    QVERIFY(odd);
    QCOMPARE(odd->limit.type, LimitType::Off);
    QCOMPARE(odd->tariff.id, 0);
    QVERIFY(!odd->hasGroups);
    QCOMPARE(odd->block, BlockCode::Unknown);
    QCOMPARE(odd->blockRaw, QStringLiteral("5"));
}

void TstApiTypes::simEmptyObject_droppedNoId() {
    QString problem;
    QVERIFY(!Sim::fromJson(QJsonObject(), &problem));
    QCOMPARE(problem, QStringLiteral("no id"));
    QVERIFY(!Sim::fromJson(parseObject(R"({"id": "abc"})"), &problem));
    QCOMPARE(problem, QStringLiteral("invalid id \"abc\""));
    QVERIFY(!Sim::fromJson(parseObject(R"({"id": 0})"), &problem));
    QCOMPARE(problem, QStringLiteral("invalid id 0"));
    QVERIFY(!Sim::fromJson(parseObject(R"({"id": null})"), &problem));
    QCOMPARE(problem, QStringLiteral("no id"));
    QVERIFY(!Sim::fromJson(parseObject(R"({"id": 1.5})"))); // null problem pointer is fine
}

void TstApiTypes::simCodeHelpers_roundTrip() {
    for (BlockCode code : {BlockCode::None, BlockCode::User, BlockCode::Msu, BlockCode::Package,
                           BlockCode::Financial, BlockCode::Operator})
        QCOMPARE(blockCodeFromString(QString(blockCodeChar(code))), code);
    QCOMPARE(blockCodeChar(BlockCode::None), QChar(u'n'));
    QCOMPARE(blockCodeChar(BlockCode::Operator), QChar(u'g'));
    QVERIFY(blockCodeChar(BlockCode::Unknown).isNull());
    QCOMPARE(blockCodeFromString(QString()), BlockCode::Unknown);
    QCOMPARE(blockCodeFromString(QStringLiteral("nu")), BlockCode::Unknown);

    for (LimitType type :
         {LimitType::Off, LimitType::Month, LimitType::PackageNoRenew, LimitType::PackageAutoRenew})
        QCOMPARE(limitTypeFromString(limitTypeCode(type)), type);
    QCOMPARE(limitTypeCode(LimitType::Month), QStringLiteral("month1"));
    QVERIFY(limitTypeCode(LimitType::Unknown).isNull());
    QCOMPARE(limitTypeFromString(QString()), LimitType::Off);

    QCOMPARE(simProfileFromCode(simProfileCode(SimProfile::TD)), SimProfile::TD);
    QCOMPARE(simProfileFromCode(simProfileCode(SimProfile::TC)), SimProfile::TC);
    QVERIFY(simProfileCode(SimProfile::Unknown).isNull());
}

void TstApiTypes::simToJsonFromJson_roundTripEqual() {
    const std::optional<Sim> original = Sim::fromJson(parseObject(kSimJson));
    QVERIFY(original);
    const std::optional<Sim> copy = Sim::fromJson(original->toJson());
    QVERIFY(copy);
    QVERIFY(*copy == *original);

    // A webhook-style SIM: no groups, queue status, null name, TD, no limit dates.
    Sim sim;
    sim.id = 42;
    sim.iccid = QStringLiteral("8970");
    sim.profile = SimProfile::TD;
    sim.block = BlockCode::Package;
    sim.queueStatus = QStringLiteral("done");
    sim.limit.type = LimitType::PackageNoRenew;
    sim.limit.valueMb = 15;
    sim.tariff.changeLock = utc(1721000000);
    const QJsonObject json = sim.toJson();
    QVERIFY(!json.contains(QStringLiteral("groups")));
    QVERIFY(json.value(QStringLiteral("name")).isNull());
    QCOMPARE(json.value(QStringLiteral("block")).toString(), QStringLiteral("p"));
    const std::optional<Sim> back = Sim::fromJson(json);
    QVERIFY(back);
    QVERIFY(*back == sim);
    QVERIFY(!back->hasGroups);
    QCOMPARE(back->queueStatus, QStringLiteral("done"));

    // Survives serialisation to text and back (the snapshot path).
    const QByteArray text = QJsonDocument(original->toJson()).toJson(QJsonDocument::Compact);
    QVERIFY(*Sim::fromJson(QJsonDocument::fromJson(text).object()) == *original);

    Sim changed = *original;
    changed.limit.usedMb = 124.0;
    QVERIFY(changed != *original);
}

void TstApiTypes::simUnknownCodesToJson_roundTripEqual() {
    const std::optional<Sim> odd = Sim::fromJson(
        parseObject(R"({"id": 5, "profile": "TX", "block": "z", "limit": {"type": "weekly"}})"));
    QVERIFY(odd);
    const std::optional<Sim> back = Sim::fromJson(odd->toJson());
    QVERIFY(back);
    QVERIFY(*back == *odd);
    QCOMPARE(back->blockRaw, QStringLiteral("z"));

    const std::optional<Sim> bare = Sim::fromJson(parseObject(R"({"id": 6})"));
    QVERIFY(bare);
    QVERIFY(*Sim::fromJson(bare->toJson()) == *bare);
}

void TstApiTypes::parseSims_dropsRowsWithoutIdAndKeepsOthers() {
    const QJsonArray array = parseObject(R"({"items": [
        {"id": 1, "number": "a"},
        {"number": "no id here"},
        {"id": "2", "number": "b"},
        {"id": "x", "number": "bad id"},
        {"id": 3, "number": "c"}
    ]})")
                                 .value(QStringLiteral("items"))
                                 .toArray();
    ParseProblems problems;
    const QVector<Sim> sims = parseSims(array, &problems);
    QCOMPARE(sims.size(), 3);
    QCOMPARE(sims.at(0).id, 1);
    QCOMPARE(sims.at(1).id, 2);
    QCOMPARE(sims.at(2).number, QStringLiteral("c"));
    QCOMPARE(problems.messages,
             QStringList({QStringLiteral("SIM at index 1 dropped: no id"),
                          QStringLiteral("SIM at index 3 dropped: invalid id \"x\"")}));
    QCOMPARE(parseSims(array, nullptr).size(), 3); // problems are optional
}

void TstApiTypes::parseSims_nonObjectEntriesDroppedAndReported() {
    const QJsonArray array{QJsonObject{{"id", 1}}, 5,
                           QStringLiteral("x"),    QJsonValue(),
                           QJsonArray{1},          QJsonObject{{"id", 2}}};
    ParseProblems problems;
    const QVector<Sim> sims = parseSims(array, &problems);
    QCOMPARE(sims.size(), 2);
    QCOMPARE(problems.total(), 4);
    QCOMPARE(problems.messages.first(), QStringLiteral("SIM at index 1 dropped: not an object"));
    QVERIFY(parseSims(QJsonArray(), &problems).isEmpty());
}

void TstApiTypes::parseSims_sharesRepeatedStrings() {
    QJsonArray array;
    for (int i = 1; i <= 3; ++i)
        array.append(
            QJsonObject{{"id", i},
                        {"currency", "EUR"},
                        {"tariff", QJsonObject{{"id", 1}, {"name", "TD_Mega"}}},
                        {"groups", QJsonArray{QJsonObject{{"id", 1}, {"name", "Pumps"}}}}});
    const QVector<Sim> sims = parseSims(array, nullptr);
    QCOMPARE(sims.size(), 3);
    QCOMPARE(sims.at(2).currency, QStringLiteral("EUR"));
    QCOMPARE(sims.at(0).currency.constData(), sims.at(2).currency.constData());
    QCOMPARE(sims.at(0).tariff.name.constData(), sims.at(1).tariff.name.constData());
    QCOMPARE(sims.at(0).groups.at(0).name.constData(), sims.at(2).groups.at(0).name.constData());
}

void TstApiTypes::parseSimPage_readsCountsAndItems() {
    const QJsonObject body =
        QJsonObject{{"code", 200},
                    {"message", "OK"},
                    {"count", 2},
                    {"all_count", "1500"},
                    {"items", QJsonArray{parseObject(kSimJson), QJsonObject{{"iccid", "no id"}}}}};
    const ListPage<Sim> page = parseSimPage(body);
    QCOMPARE(page.items.size(), 1);
    QCOMPARE(page.count, 2);
    QCOMPARE(page.allCount, std::optional<qint64>(1500));
    QCOMPARE(page.problems.messages, QStringList{QStringLiteral("SIM at index 1 dropped: no id")});

    // No count at all: count is the number of rows sent (before dropping).
    const ListPage<Sim> bare =
        parseSimPage(QJsonObject{{"items", QJsonArray{QJsonObject{{"id", 1}}, 7}}});
    QCOMPARE(bare.count, 2);
    QCOMPARE(bare.items.size(), 1);
    QVERIFY(!bare.allCount);

    // `items: null` is an empty page, not a problem.
    const ListPage<Sim> empty =
        parseSimPage(QJsonObject{{"count", 0}, {"all_count", 0}, {"items", QJsonValue::Null}});
    QVERIFY(empty.items.isEmpty());
    QVERIFY(empty.problems.isEmpty());
}

void TstApiTypes::parseSims_largeArrayAllKept() {
    // Correctness on a large page only; speed is measured by simfleet-bench.
    constexpr int kRows = 20000;
    const QJsonObject proto = parseObject(kSimJson);
    QJsonArray array;
    for (int i = 1; i <= kRows; ++i) {
        QJsonObject o = proto;
        o.insert(QStringLiteral("id"), i);
        array.append(o);
    }
    ParseProblems problems;
    const QVector<Sim> sims = parseSims(array, &problems);
    QCOMPARE(sims.size(), kRows);
    QVERIFY(problems.isEmpty());
    QCOMPARE(sims.first().id, 1);
    QCOMPARE(sims.last().id, kRows);
}

// --- Group, User, Bill, Company -----------------------------------------------

void TstApiTypes::groupSample_readAndRoundTrip() {
    const std::optional<Group> group =
        Group::fromJson(parseObject(R"({"id": 3, "name": "Pumps", "added": 1717200000})"));
    QVERIFY(group);
    QCOMPARE(group->id, 3);
    QCOMPARE(group->name, QStringLiteral("Pumps"));
    QCOMPARE(group->added, std::optional(utc(1717200000)));
    QVERIFY(*Group::fromJson(group->toJson()) == *group);

    const std::optional<Group> inSim = Group::fromJson(parseObject(R"({"id": "4", "name": "x"})"));
    QVERIFY(inSim);
    QVERIFY(!inSim->added);
    QVERIFY(*Group::fromJson(inSim->toJson()) == *inSim);
}

void TstApiTypes::parseGroupPage_dropsGroupWithoutId() {
    const ListPage<Group> page = parseGroupPage(parseObject(R"({
      "code": 200, "count": 3, "all_count": 3, "message": "ok",
      "items": [ {"id": 1, "name": "A", "added": 1}, {"name": "B"}, {"id": 3, "name": "C"} ]
    })"));
    QCOMPARE(page.items.size(), 2);
    QCOMPARE(page.items.at(1).name, QStringLiteral("C"));
    QCOMPARE(page.count, 3);
    QCOMPARE(page.allCount, std::optional<qint64>(3));
    QCOMPARE(page.problems.messages,
             QStringList{QStringLiteral("Group at index 1 dropped: no id")});
}

void TstApiTypes::userSample_readAndRoundTrip() {
    const std::optional<User> user = User::fromJson(parseObject(R"({
      "id": 15, "first_name": "Ivan", "last_name": "Petrov", "phone": "+77011234567",
      "email": "ivan@example.kz", "active": true, "role": "admin"
    })"));
    QVERIFY(user);
    QCOMPARE(user->id, 15);
    QCOMPARE(user->firstName, QStringLiteral("Ivan"));
    QCOMPARE(user->lastName, QStringLiteral("Petrov"));
    QCOMPARE(user->phone, QStringLiteral("+77011234567"));
    QCOMPARE(user->email, QStringLiteral("ivan@example.kz"));
    QVERIFY(user->active);
    QVERIFY(user->isAdmin());
    QCOMPARE(user->fullName(), QStringLiteral("Ivan Petrov"));
    QVERIFY(*User::fromJson(user->toJson()) == *user);

    const std::optional<User> inactive =
        User::fromJson(parseObject(R"({"id": 2, "active": "0", "role": null})"));
    QVERIFY(inactive);
    QVERIFY(!inactive->active);
    QVERIFY(!inactive->isAdmin());
    QVERIFY(User::fromJson(parseObject(R"({"id": 3})"))->active);
}

void TstApiTypes::userIsAdmin_onlyAdminCaseInsensitive_data() {
    QTest::addColumn<QString>("role");
    QTest::addColumn<bool>("admin");
    QTest::newRow("admin") << QStringLiteral("admin") << true;
    QTest::newRow("Admin with space") << QStringLiteral("Admin ") << true;
    QTest::newRow("ADMIN") << QStringLiteral("ADMIN") << true;
    QTest::newRow("user") << QStringLiteral("user") << false;
    QTest::newRow("manager") << QStringLiteral("manager") << false;
    QTest::newRow("administrator") << QStringLiteral("administrator") << false;
    QTest::newRow("empty") << QString() << false;
}

void TstApiTypes::userIsAdmin_onlyAdminCaseInsensitive() {
    QFETCH(QString, role);
    QFETCH(bool, admin);
    User user;
    user.role = role;
    QCOMPARE(user.isAdmin(), admin);
}

void TstApiTypes::userDisplayName_lastNameAndInitial() {
    User user;
    user.id = 9;
    user.firstName = QStringLiteral("ivan");
    user.lastName = QStringLiteral("Petrov");
    QCOMPARE(user.displayName(), QStringLiteral("Petrov I."));
    user.firstName = QStringLiteral("Иван");
    user.lastName = QStringLiteral("Петров");
    QCOMPARE(user.displayName(), QStringLiteral("Петров И."));
    user.firstName.clear();
    QCOMPARE(user.displayName(), QStringLiteral("Петров"));
    user.lastName = QStringLiteral("  ");
    user.email = QStringLiteral("x@example.kz");
    QCOMPARE(user.displayName(), QStringLiteral("x@example.kz"));
    user.email.clear();
    QCOMPARE(user.displayName(), QStringLiteral("#9"));
}

void TstApiTypes::parseUserPage_stringCounts() {
    const ListPage<User> page = parseUserPage(parseObject(R"({
      "code": 200, "count": "2", "all_count": "2", "message": "",
      "items": [ {"id": 1, "role": "admin"}, {"id": 2, "role": "user", "unexpected": [1, 2]} ]
    })"));
    QCOMPARE(page.items.size(), 2);
    QCOMPARE(page.count, 2);
    QCOMPARE(page.allCount, std::optional<qint64>(2));
    QVERIFY(page.items.at(0).isAdmin());
    QVERIFY(!page.items.at(1).isAdmin());
    QVERIFY(page.problems.isEmpty());
}

void TstApiTypes::billSample_paidedSpelling() {
    const std::optional<Bill> bill = Bill::fromJson(parseObject(R"({
      "period": "06.2024", "added": 1719792000, "id": 501, "paided": 1720000000,
      "cost": 120.5, "valute_course": 485.2, "country": "KZ", "valute_cost": 58466.6,
      "bid": "NC-2024-0501", "currency": "KZT"
    })"));
    QVERIFY(bill);
    QCOMPARE(bill->id, 501);
    QCOMPARE(bill->period, QStringLiteral("06.2024"));
    QCOMPARE(bill->added, std::optional(utc(1719792000)));
    QCOMPARE(bill->paid, std::optional(utc(1720000000)));
    QVERIFY(bill->isPaid());
    QCOMPARE(bill->costEur, 120.5);
    QCOMPARE(bill->exchangeRate, 485.2);
    QCOMPARE(bill->country, QStringLiteral("KZ"));
    QCOMPARE(bill->localCost, 58466.6);
    QCOMPARE(bill->billNumber, QStringLiteral("NC-2024-0501"));
    QCOMPARE(bill->currency, QStringLiteral("KZT"));
    QVERIFY(*Bill::fromJson(bill->toJson()) == *bill);
}

void TstApiTypes::billSample_paiedSpelling() {
    const std::optional<Bill> bill =
        Bill::fromJson(parseObject(R"({"id": 502, "paied": 1720000000, "cost": 10})"));
    QVERIFY(bill);
    QCOMPARE(bill->paid, std::optional(utc(1720000000)));
    QVERIFY(bill->isPaid());

    // Both present, one of them zero: the non-zero one wins, whichever spelling.
    const std::optional<Bill> both =
        Bill::fromJson(parseObject(R"({"id": 503, "paided": 0, "paied": 1720000001})"));
    QVERIFY(both);
    QCOMPARE(both->paid, std::optional(utc(1720000001)));
}

void TstApiTypes::billUnpaid_zeroOrNullPaid() {
    for (const char* json : {R"({"id": 1, "paided": 0})", R"({"id": 1, "paided": null})",
                             R"({"id": 1, "paied": "0"})", R"({"id": 1})"}) {
        const std::optional<Bill> bill = Bill::fromJson(parseObject(json));
        QVERIFY(bill);
        QVERIFY2(!bill->isPaid(), json);
    }
}

void TstApiTypes::billNumbersAsStrings_accepted() {
    const std::optional<Bill> bill = Bill::fromJson(parseObject(R"({
      "id": "504", "cost": "99.90", "valute_course": "97,15", "valute_cost": "9705.28",
      "added": "1719792000", "bid": 20240504, "period": null
    })"));
    QVERIFY(bill);
    QCOMPARE(bill->id, 504);
    QCOMPARE(bill->costEur, 99.9);
    QCOMPARE(bill->exchangeRate, 97.15);
    QCOMPARE(bill->localCost, 9705.28);
    QCOMPARE(bill->added, std::optional(utc(1719792000)));
    QCOMPARE(bill->billNumber, QStringLiteral("20240504"));
    QVERIFY(bill->period.isNull());
}

void TstApiTypes::parseBillPage_itemsAndAllowOperationsIgnored() {
    const ListPage<Bill> page = parseBillPage(parseObject(R"({
      "code": 200, "count": 2, "all_count": 14, "message": "ok",
      "allow_operations": {"pay": false},
      "items": [ {"id": 1, "cost": "1.5"}, {"cost": 3} ]
    })"));
    QCOMPARE(page.items.size(), 1);
    QCOMPARE(page.items.at(0).costEur, 1.5);
    QCOMPARE(page.allCount, std::optional<qint64>(14));
    QCOMPARE(page.problems.messages, QStringList{QStringLiteral("Bill at index 1 dropped: no id")});
}

void TstApiTypes::companySample_read() {
    const std::optional<Company> company = Company::fromJson(parseObject(R"({
      "id": 77, "name": "Agro LLP", "unique_id": "123456789012", "contract": "NC-17/2023",
      "country": "KZ", "billing_type": 0, "assigned": 0, "overdraft": "0 ₸",
      "balance": "-12 500 ₸", "preliminary_balance": "-14 000 ₸"
    })"));
    QVERIFY(company);
    QCOMPARE(company->id, 77);
    QCOMPARE(company->name, QStringLiteral("Agro LLP"));
    QCOMPARE(company->taxId, QStringLiteral("123456789012"));
    QCOMPARE(company->contract, QStringLiteral("NC-17/2023"));
    QCOMPARE(company->country, QStringLiteral("KZ"));
    QCOMPARE(company->billing, Company::Billing::Postpaid);
    QVERIFY(!company->isPrepaid());
    QCOMPARE(company->overdraft, QStringLiteral("0 ₸"));
    QCOMPARE(company->balance, QStringLiteral("-12 500 ₸"));
    QCOMPARE(company->preliminaryBalance, QStringLiteral("-14 000 ₸"));
    QVERIFY(*Company::fromJson(company->toJson()) == *company);
}

void TstApiTypes::companyStringsAndUnknownBilling_tolerated() {
    const std::optional<Company> prepaid =
        Company::fromJson(parseObject(R"({"id": "77", "billing_type": "1", "balance": 1500.5})"));
    QVERIFY(prepaid);
    QCOMPARE(prepaid->billing, Company::Billing::Prepaid);
    QCOMPARE(prepaid->balance, QStringLiteral("1500.5"));
    QVERIFY(prepaid->overdraft.isNull());

    const std::optional<Company> odd =
        Company::fromJson(parseObject(R"({"id": 78, "billing_type": 7})"));
    QVERIFY(odd);
    QCOMPARE(odd->billing, Company::Billing::Unknown);
    QVERIFY(*Company::fromJson(odd->toJson()) == *odd);

    QString problem;
    QVERIFY(!Company::fromJson(QJsonObject(), &problem));
    QCOMPARE(problem, QStringLiteral("no id"));
}

// --- Reports -------------------------------------------------------------------

void TstApiTypes::sessionPage_shortPageNoAllCount() {
    const ListPage<SessionReportRow> page = parseSessionPage(parseObject(R"({
      "code": 200, "message": "ok",
      "result": { "items": [
        {"sid": 9001, "start": 1719300000, "end": 1719303600, "country_name": "Kazakhstan",
         "operator_name": "Kcell", "operator_code": 40102, "session_cost": 0.0125,
         "value": "1048576", "id": 1001, "original_number": "77010000001",
         "iccid": "8970101234567890123", "name": null},
        {"sid": 9002, "start": 1719310000, "end": 1719310600, "country_name": "Russia",
         "operator_name": "MTS", "operator_code": "25001", "session_cost": "0.5",
         "value": 2048, "id": 1002, "original_number": "77010000002",
         "iccid": "8970101234567890124", "name": "Pump #5"}
      ] }
    })"));
    QCOMPARE(page.items.size(), 2);
    QCOMPARE(page.count, 2);
    QVERIFY(!page.allCount);
    QVERIFY(page.problems.isEmpty());

    const SessionReportRow& row = page.items.at(0);
    QCOMPARE(row.sessionId, 9001);
    QCOMPARE(row.start, std::optional(utc(1719300000)));
    QCOMPARE(row.end, std::optional(utc(1719303600)));
    QCOMPARE(row.countryName, QStringLiteral("Kazakhstan"));
    QCOMPARE(row.operatorName, QStringLiteral("Kcell"));
    QCOMPARE(row.operatorCode, 40102);
    QCOMPARE(row.costEur, 0.0125);
    QCOMPARE(row.bytes, 1048576);
    QCOMPARE(row.simId, 1001);
    QCOMPARE(row.number, QStringLiteral("77010000001"));
    QCOMPARE(row.iccid, QStringLiteral("8970101234567890123"));
    QVERIFY(row.name.isNull());

    QCOMPARE(page.items.at(1).operatorCode, 25001);
    QCOMPARE(page.items.at(1).costEur, 0.5);
    QCOMPARE(page.items.at(1).name, QStringLiteral("Pump #5"));
}

void TstApiTypes::sessionRow_bigintValueAsString() {
    const SessionReportRow row =
        SessionReportRow::fromJson(parseObject(R"({"sid": 1, "value": "12345678901"})"));
    QCOMPARE(row.bytes, 12345678901LL);
    const DayReportRow day = DayReportRow::fromJson(parseObject(R"({"value": " 9876543210 "})"));
    QCOMPARE(day.bytes, 9876543210LL);
}

void TstApiTypes::sessionRow_withoutSidKept() {
    ParseProblems problems;
    const QVector<SessionReportRow> rows = parseSessionRows(
        QJsonArray{QJsonObject{{"value", "100"}, {"id", 5}}, QJsonObject{{"sid", "x"}}}, &problems);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).sessionId, 0);
    QCOMPARE(rows.at(0).bytes, 100);
    QCOMPARE(rows.at(0).simId, 5);
    QCOMPARE(rows.at(1).sessionId, 0);
    QVERIFY(!rows.at(1).start);
    QVERIFY(problems.isEmpty());
}

void TstApiTypes::dayPage_read() {
    const ListPage<DayReportRow> page = parseDayPage(parseObject(R"({
      "code": 200, "message": "ok",
      "result": { "items": [
        {"sid": 1, "day": 1719273600, "session_cost": 1.25, "value": "734003200", "id": 1001,
         "original_number": "77010000001", "iccid": "8970101234567890123", "name": "Pump #4"}
      ] }
    })"));
    QCOMPARE(page.items.size(), 1);
    QVERIFY(!page.allCount);
    const DayReportRow& row = page.items.at(0);
    QCOMPARE(row.sessionId, 1);
    QCOMPARE(row.day, std::optional(utc(1719273600)));
    QCOMPARE(row.costEur, 1.25);
    QCOMPARE(row.bytes, 734003200);
    QCOMPARE(row.simId, 1001);
    QCOMPARE(row.number, QStringLiteral("77010000001"));
    QCOMPARE(row.name, QStringLiteral("Pump #4"));
}

void TstApiTypes::callSmsPage_typesMapped() {
    const ListPage<CallSmsReportRow> page = parseCallSmsPage(parseObject(R"({
      "code": 200, "message": "ok",
      "result": { "items": [
        {"sid": 1, "date": 1719300000, "type": "call", "to_number": "77012223344",
         "session_cost": 0.02, "id": 1001, "original_number": "77010000001",
         "iccid": "8970101234567890123", "name": null},
        {"sid": 2, "date": 1719300001, "type": "in_sms", "to_number": "1414", "id": 1001},
        {"sid": 3, "date": 1719300002, "type": "out_sms", "to_number": "1414", "id": 1001},
        {"sid": 4, "date": 1719300003, "type": "USSD", "to_number": "*100#", "id": 1001},
        {"sid": 5, "date": 1719300004, "type": "mms", "to_number": "1", "id": 1001}
      ] }
    })"));
    QCOMPARE(page.items.size(), 5);
    QCOMPARE(page.items.at(0).actionId, 1);
    QCOMPARE(page.items.at(0).date, std::optional(utc(1719300000)));
    QCOMPARE(page.items.at(0).type, CallSmsReportRow::Type::Call);
    QCOMPARE(page.items.at(0).toNumber, QStringLiteral("77012223344"));
    QCOMPARE(page.items.at(0).costEur, 0.02);
    QCOMPARE(page.items.at(0).simId, 1001);
    QCOMPARE(page.items.at(1).type, CallSmsReportRow::Type::IncomingSms);
    QCOMPARE(page.items.at(2).type, CallSmsReportRow::Type::OutgoingSms);
    QCOMPARE(page.items.at(3).type, CallSmsReportRow::Type::Ussd);
    QCOMPARE(page.items.at(3).toNumber, QStringLiteral("*100#"));
    QCOMPARE(page.items.at(4).type, CallSmsReportRow::Type::Unknown);
    QCOMPARE(page.items.at(4).typeRaw, QStringLiteral("mms"));
}

void TstApiTypes::reportPage_nonObjectRowsReported() {
    const ListPage<DayReportRow> page = parseDayPage(parseObject(
        R"({"code": 200, "result": {"items": [ {"sid": 1}, "junk", null, {"sid": 2} ]}})"));
    QCOMPARE(page.items.size(), 2);
    QCOMPARE(page.count, 4);
    QCOMPARE(page.problems.messages,
             QStringList({QStringLiteral("Day row at index 1 dropped: not an object"),
                          QStringLiteral("Day row at index 2 dropped: not an object")}));
}

void TstApiTypes::reportPage_missingItemsReported() {
    const ListPage<SessionReportRow> page =
        parseSessionPage(parseObject(R"({"code": 200, "result": {}})"));
    QVERIFY(page.items.isEmpty());
    QCOMPARE(page.count, 0);
    QCOMPARE(page.problems.messages, QStringList{QStringLiteral("page has no items array")});

    const ListPage<SessionReportRow> empty =
        parseSessionPage(parseObject(R"({"code": 200, "result": {"items": []}})"));
    QVERIFY(empty.items.isEmpty());
    QVERIFY(empty.problems.isEmpty());
}

void TstApiTypes::listPage_phpObjectItemsReadInKeyOrder() {
    // PHP's json_encode of an array with gaps.
    const ListPage<Group> page = parseGroupPage(parseObject(
        R"({"count": 3, "items": {"10": {"id": 10}, "2": {"id": 2}, "0": {"id": 1}}})"));
    QCOMPARE(page.items.size(), 3);
    QCOMPARE(page.items.at(0).id, 1);
    QCOMPARE(page.items.at(1).id, 2);
    QCOMPARE(page.items.at(2).id, 10);
}

// --- Queue ---------------------------------------------------------------------

void TstApiTypes::queueTicket_stringId() {
    const std::optional<QueueTicket> ticket = QueueTicket::fromResponse(parseObject(
        R"({"code": 200, "message": "queued", "result": {"item": {"queue_id": "a1b2c3"}}})"));
    QVERIFY(ticket);
    QCOMPARE(ticket->queueId, QStringLiteral("a1b2c3"));
}

void TstApiTypes::queueTicket_numericId() {
    const std::optional<QueueTicket> ticket = QueueTicket::fromResponse(
        parseObject(R"({"code": 200, "result": {"item": {"queue_id": 123456789012}}})"));
    QVERIFY(ticket);
    QCOMPARE(ticket->queueId, QStringLiteral("123456789012"));

    // Tolerated alternative places.
    QCOMPARE(QueueTicket::fromResponse(parseObject(R"({"result": {"queue_id": 5}})"))->queueId,
             QStringLiteral("5"));
    QCOMPARE(QueueTicket::fromResponse(parseObject(R"({"queue_id": " q7 "})"))->queueId,
             QStringLiteral("q7"));
}

void TstApiTypes::queueTicket_missingId_nullopt() {
    QString problem;
    QVERIFY(!QueueTicket::fromResponse(parseObject(R"({"code": 200, "result": {"item": {}}})"),
                                       &problem));
    QCOMPARE(problem, QStringLiteral("no result.item.queue_id in the answer"));
    QVERIFY(!QueueTicket::fromResponse(parseObject(R"({"result": {"item": {"queue_id": ""}}})")));
    QVERIFY(!QueueTicket::fromResponse(parseObject(R"({"result": {"item": {"queue_id": null}}})")));
    QVERIFY(!QueueTicket::fromResponse(parseObject(R"({"result": {"item": {"queue_id": {}}}})")));
    QVERIFY(!QueueTicket::fromResponse(parseObject(R"({"result": "queue_id"})")));
}

void TstApiTypes::queueCallback_guideSample() {
    const QJsonObject payload = parseObject(R"({
      "qid": "65f1c0a9e4b0",
      "added": 1719300000,
      "queue": "sim_block",
      "handler": "https://hooks.example.kz/simfleet",
      "items": [
        {"id": 1001, "iccid": "8970101234567890123", "number": "77010000001",
         "external_number": "", "name": "Pump #4", "balance": 0, "currency": "EUR",
         "msu_value": null, "profile": "TD", "block": "u", "comment": null,
         "limit": {"type": "p_lim", "value": 100, "used": 3, "updated": 1719300000, "created": 1717200000},
         "tariff": {"id": 12, "name": "TD_Mega", "change_lock": null, "package_auto": false},
         "queue_status": "success"},
        {"iccid": "no id"}
      ],
      "user": {"id": 15, "first_name": "Ivan", "last_name": "Petrov", "company_id": 77},
      "status": {"count": 2, "process": 1, "percentage": 50}
    })");
    ParseProblems problems;
    const std::optional<QueueCallback> callback = QueueCallback::fromJson(payload, &problems);
    QVERIFY(callback);
    QCOMPARE(callback->queueId, QStringLiteral("65f1c0a9e4b0"));
    QCOMPARE(callback->added, std::optional(utc(1719300000)));
    QCOMPARE(callback->queue, QStringLiteral("sim_block"));
    QCOMPARE(callback->handler, QStringLiteral("https://hooks.example.kz/simfleet"));
    QCOMPARE(callback->items.size(), 1);
    const Sim& sim = callback->items.at(0);
    QCOMPARE(sim.id, 1001);
    QVERIFY(!sim.hasGroups);
    QCOMPARE(sim.queueStatus, QStringLiteral("success"));
    QCOMPARE(sim.block, BlockCode::User);
    QCOMPARE(callback->user.id, 15);
    QCOMPARE(callback->user.firstName, QStringLiteral("Ivan"));
    QCOMPARE(callback->user.lastName, QStringLiteral("Petrov"));
    QCOMPARE(callback->user.companyId, 77);
    QCOMPARE(callback->count, 2);
    QCOMPARE(callback->processed, 1);
    QCOMPARE(callback->percentage, 50);
    QVERIFY(!callback->isComplete());
    QCOMPARE(problems.messages, QStringList{QStringLiteral("SIM at index 1 dropped: no id")});
}

void TstApiTypes::queueCallback_missingQid_nullopt() {
    ParseProblems problems;
    QVERIFY(
        !QueueCallback::fromJson(parseObject(R"({"queue": "sim_block", "items": []})"), &problems));
    QCOMPARE(problems.messages, QStringList{QStringLiteral("queue callback dropped: no qid")});
    QVERIFY(!QueueCallback::fromJson(parseObject(R"({"qid": "  "})"), nullptr));

    const std::optional<QueueCallback> numeric =
        QueueCallback::fromJson(parseObject(R"({"qid": 4242})"), nullptr);
    QVERIFY(numeric);
    QCOMPARE(numeric->queueId, QStringLiteral("4242"));
    QVERIFY(numeric->items.isEmpty());
    QCOMPARE(numeric->count, 0);
}

void TstApiTypes::queueCallback_percentageDerivedAndClamped() {
    const std::optional<QueueCallback> derived = QueueCallback::fromJson(
        parseObject(R"({"qid": "q", "status": {"count": "4", "process": "3"}})"), nullptr);
    QVERIFY(derived);
    QCOMPARE(derived->percentage, 75);
    const std::optional<QueueCallback> clamped = QueueCallback::fromJson(
        parseObject(R"({"qid": "q", "status": {"count": 4, "process": 4, "percentage": 100.4}})"),
        nullptr);
    QCOMPARE(clamped->percentage, 100);
    QVERIFY(clamped->isComplete());
    const std::optional<QueueCallback> fractional = QueueCallback::fromJson(
        parseObject(R"({"qid": "q", "status": {"count": 3, "process": -1, "percentage": "33.3"}})"),
        nullptr);
    QCOMPARE(fractional->percentage, 33);
    QCOMPARE(fractional->processed, 0);
}

// --- Account notifications -------------------------------------------------------

void TstApiTypes::notification_billWithBase64Pdf() {
    const QByteArray pdf("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\ntrailer\n%%EOF\n");
    QJsonObject file{{"type", "base64"},
                     {"format", "application/pdf"},
                     {"name", "bill_501.pdf"},
                     {"body", QString::fromLatin1(pdf.toBase64())}};
    QJsonObject wrapped = file;
    // MIME-style line wrapping is tolerated.
    QString body = QString::fromLatin1(pdf.toBase64());
    body.insert(16, QStringLiteral("\r\n"));
    wrapped.insert(QStringLiteral("body"), body);
    wrapped.insert(QStringLiteral("name"), QStringLiteral("transcript.pdf"));

    const QJsonObject o{
        {"type", "unpaid_bill_6"},
        {"files", QJsonArray{file, wrapped}},
        {"items", QJsonArray{QJsonObject{{"id", 501}, {"paided", 0}, {"cost", "120.50"}},
                             QJsonObject{{"cost", 1}}}}};
    ParseProblems problems;
    const std::optional<AccountNotification> n = AccountNotification::fromJson(o, &problems);
    QVERIFY(n);
    QCOMPARE(n->type, AccountNotification::Type::UnpaidBill6);
    QCOMPARE(n->typeRaw, QStringLiteral("unpaid_bill_6"));
    QVERIFY(n->isAboutBills());
    QCOMPARE(n->files.size(), 2);
    QCOMPARE(n->files.at(0).format, QStringLiteral("application/pdf"));
    QCOMPARE(n->files.at(0).name, QStringLiteral("bill_501.pdf"));
    QCOMPARE(n->files.at(0).safeFileName(), QStringLiteral("bill_501.pdf"));
    QCOMPARE(n->files.at(0).content, pdf);
    QCOMPARE(n->files.at(1).content, pdf);
    QCOMPARE(n->bills.size(), 1);
    QCOMPARE(n->bills.at(0).id, 501);
    QVERIFY(!n->bills.at(0).isPaid());
    QCOMPARE(n->bills.at(0).costEur, 120.5);
    QVERIFY(n->sims.isEmpty());
    QCOMPARE(problems.messages, QStringList{QStringLiteral("Bill at index 1 dropped: no id")});
}

void TstApiTypes::notification_invalidBase64_fileSkippedAndReported() {
    const QJsonObject o = parseObject(R"({
      "type": "generate_bill",
      "files": [
        {"type": "base64", "format": "application/pdf", "name": "bad.pdf", "body": "%%% not base64 !!!"},
        {"type": "base64", "format": "application/pdf", "name": "good.pdf", "body": "SGVsbG8="},
        {"type": "url", "format": "application/pdf", "name": "remote.pdf", "body": "https://x"},
        {"format": "text/plain", "name": "nobody.txt"},
        "junk"
      ],
      "items": [ {"id": 9, "paied": 1720000000} ]
    })");
    ParseProblems problems;
    const std::optional<AccountNotification> n = AccountNotification::fromJson(o, &problems);
    QVERIFY(n);
    QCOMPARE(n->type, AccountNotification::Type::GenerateBill);
    QCOMPARE(n->files.size(), 1);
    QCOMPARE(n->files.at(0).name, QStringLiteral("good.pdf"));
    QCOMPARE(n->files.at(0).content, QByteArray("Hello"));
    QCOMPARE(n->bills.size(), 1);
    QVERIFY(n->bills.at(0).isPaid());
    QCOMPARE(problems.messages,
             QStringList(
                 {QStringLiteral("file at index 0 (bad.pdf) skipped: invalid base64"),
                  QStringLiteral("file at index 2 (remote.pdf) skipped: unsupported type \"url\""),
                  QStringLiteral("file at index 3 (nobody.txt) skipped: no body"),
                  QStringLiteral("file at index 4 skipped: not an object")}));
}

void TstApiTypes::notification_msuLockItemsAreSims() {
    const QJsonObject o = parseObject(R"({
      "type": "msu_lock",
      "items": [ {"id": 1001, "profile": "TC", "block": "m", "msu_value": 1000, "queue_status": null} ]
    })");
    const std::optional<AccountNotification> n = AccountNotification::fromJson(o, nullptr);
    QVERIFY(n);
    QCOMPARE(n->type, AccountNotification::Type::MsuLock);
    QVERIFY(n->isAboutSims());
    QVERIFY(n->files.isEmpty());
    QCOMPARE(n->sims.size(), 1);
    QCOMPARE(n->sims.at(0).block, BlockCode::Msu);
    QVERIFY(!n->sims.at(0).hasGroups);
    QVERIFY(n->bills.isEmpty());

    const std::optional<AccountNotification> empty = AccountNotification::fromJson(
        parseObject(
            R"({"type": "package_empty", "items": [{"id": 5, "profile": "TD", "block": "p"}]})"),
        nullptr);
    QVERIFY(empty);
    QCOMPARE(empty->type, AccountNotification::Type::PackageEmpty);
    QCOMPARE(empty->sims.at(0).block, BlockCode::Package);
}

void TstApiTypes::notification_unknownType_keptItemsIgnored() {
    ParseProblems problems;
    const std::optional<AccountNotification> n = AccountNotification::fromJson(
        parseObject(R"({"type": "tariff_changed", "items": [{"id": 1}]})"), &problems);
    QVERIFY(n);
    QCOMPARE(n->type, AccountNotification::Type::Unknown);
    QCOMPARE(n->typeRaw, QStringLiteral("tariff_changed"));
    QVERIFY(n->sims.isEmpty());
    QVERIFY(n->bills.isEmpty());
    QCOMPARE(problems.messages,
             QStringList{QStringLiteral(
                 "1 items of unknown notification type \"tariff_changed\" ignored")});
}

void TstApiTypes::notification_missingType_nullopt() {
    ParseProblems problems;
    QVERIFY(!AccountNotification::fromJson(parseObject(R"({"items": []})"), &problems));
    QCOMPARE(problems.messages, QStringList{QStringLiteral("notification dropped: no type")});
}

void TstApiTypes::fileName_pathTraversalSanitised_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("expected");
    const QString pdf = QStringLiteral("application/pdf");
    QTest::newRow("unix traversal")
        << QStringLiteral("../../etc/passwd") << pdf << QStringLiteral("passwd");
    QTest::newRow("windows traversal")
        << QStringLiteral("..\\..\\Windows\\win.ini") << pdf << QStringLiteral("win.ini");
    QTest::newRow("absolute") << QStringLiteral("/tmp/bill.pdf") << pdf
                              << QStringLiteral("bill.pdf");
    QTest::newRow("drive") << QStringLiteral("C:bill.pdf") << pdf << QStringLiteral("Cbill.pdf");
    QTest::newRow("dots only") << QStringLiteral("..") << pdf << QStringLiteral("attachment.pdf");
    QTest::newRow("empty") << QString() << pdf << QStringLiteral("attachment.pdf");
    QTest::newRow("trailing slash")
        << QStringLiteral("bills/") << pdf << QStringLiteral("attachment.pdf");
    QTest::newRow("hidden") << QStringLiteral(".bashrc") << pdf << QStringLiteral("bashrc");
    QTest::newRow("controls") << QStringLiteral("bi\nll\t<1>?.pdf") << pdf
                              << QStringLiteral("bill1.pdf");
    QTest::newRow("rtl override") << QStringLiteral("bill\u202Efdp.exe") << pdf
                                  << QStringLiteral("billfdp.exe");
    QTest::newRow("device") << QStringLiteral("CON.pdf") << pdf << QStringLiteral("_CON.pdf");
    QTest::newRow("device com1") << QStringLiteral("com1") << pdf << QStringLiteral("_com1");
    QTest::newRow("cyrillic") << QStringLiteral("Счёт №501.pdf") << pdf
                              << QStringLiteral("Счёт №501.pdf");
    QTest::newRow("long") << QString(300, u'a') + QStringLiteral(".pdf") << pdf
                          << QString(116, u'a') + QStringLiteral(".pdf");
}

void TstApiTypes::fileName_pathTraversalSanitised() {
    QFETCH(QString, name);
    QFETCH(QString, format);
    QFETCH(QString, expected);
    AccountNotification::File file;
    file.name = name;
    file.format = format;
    const QString safe = file.safeFileName();
    QCOMPARE(safe, expected);
    QVERIFY(!safe.contains(u'/'));
    QVERIFY(!safe.contains(u'\\'));
    QVERIFY(safe != QStringLiteral("..") && safe != QStringLiteral("."));
}

// --- ParseProblems ---------------------------------------------------------------

void TstApiTypes::parseProblems_cappedButCounted() {
    QJsonArray array;
    for (int i = 0; i < ParseProblems::kMaxMessages + 5; ++i)
        array.append(i);
    ParseProblems problems;
    QVERIFY(parseSims(array, &problems).isEmpty());
    QCOMPARE(problems.messages.size(), ParseProblems::kMaxMessages);
    QCOMPARE(problems.omitted, 5);
    QCOMPARE(problems.total(), ParseProblems::kMaxMessages + 5);

    ParseProblems merged;
    merged.add(QStringLiteral("first"));
    merged.merge(problems);
    QCOMPARE(merged.total(), problems.total() + 1);
    QCOMPARE(merged.messages.first(), QStringLiteral("first"));
}

QTEST_GUILESS_MAIN(TstApiTypes)
#include "tst_api_types.moc"
