#include "api/AccountService.h"
#include "api/Bill.h"
#include "api/ProviderTime.h"
#include "api/ReportRows.h"
#include "api/ReportService.h"
#include "app/core/Settings.h"
#include "tests/support/ApiTestSupport.h"
#include "tests/support/EmulatorFixture.h"

#include <QJsonObject>
#include <QSet>
#include "tests/support/TestTemporaryDir.h"
#include <QTest>
#include <QTimeZone>

using namespace simfleet;

namespace {

// Asia/Almaty's offset from UTC as the installed zone data has it: +06:00
// until 2024-03-01, +05:00 since.
int almatyOffsetHours(const QDate& date) {
    return date < QDate(2024, 3, 1) ? 6 : 5;
}

// The provider's midnight that starts `date`, computed without QTimeZone.
qint64 providerMidnight(const QDate& date) {
    return QDateTime(date, QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch() -
           qint64(almatyOffsetHours(date)) * 3600;
}

} // namespace

// The same day timestamps give the same calendar dates whatever the zone of
// this computer: CMake runs this test under TZ=America/New_York, UTC and Asia/Almaty.
class tst_ProviderDays final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void defaultZone_isAlmatyFromZoneData();
    void zoneById_unknownOrEmpty_nulloptOrDefault();
    void dayOf_providerMidnightAndLastSecond_sameDate_data();
    void dayOf_providerMidnightAndLastSecond_sameDate();
    void dayRow_dayStamp_givesTheProviderDate();
    void bill_dates_areProviderDays();
    void parseDate_apiIsoAndDotted_sameDate_data();
    void parseDate_apiIsoAndDotted_sameDate();
    void parseDate_otherForms_rejected_data();
    void parseDate_otherForms_rejected();
    void settings_providerZone_perApiAddressDefaultAlmaty();
    void emulator_dayReport_rowsAreTheAskedDay();
    void emulator_dayReportRange_daysAreExactlyTheRange();
    void emulator_bills_issuedOnTheFirstAfterThePeriod();
};

void tst_ProviderDays::initTestCase() {
    // The zone this run was started in is really the system zone here.
    const QByteArray tz = qgetenv("TZ");
    if (!tz.isEmpty())
        QCOMPARE(QTimeZone::systemTimeZoneId(), tz);
    qInfo("system time zone: %s", QTimeZone::systemTimeZoneId().constData());
}

void tst_ProviderDays::defaultZone_isAlmatyFromZoneData() {
    const QTimeZone zone = ProviderTime::defaultZone();
    QVERIFY(zone.isValid());
    QCOMPARE(zone.id(), QByteArray("Asia/Almaty"));
    // Debian 12's current tzdata: UTC+5 since 2024-03-01.
    QCOMPARE(zone.offsetFromUtc(QDateTime(QDate(2026, 3, 1), QTime(12, 0), QTimeZone::utc())),
             5 * 3600);
}

void tst_ProviderDays::zoneById_unknownOrEmpty_nulloptOrDefault() {
    QVERIFY(!ProviderTime::zoneById(QStringLiteral("Nowhere/Atlantis")));
    // A bare word is a POSIX rule to QTimeZone (UTC+00:00), not a zone the user meant.
    QVERIFY(!ProviderTime::zoneById(QStringLiteral("Almaty")));
    QVERIFY(!ProviderTime::zoneById(QStringLiteral("EST5")));
    QCOMPARE(ProviderTime::zoneById(QString())->id(), ProviderTime::defaultZone().id());
    QCOMPARE(ProviderTime::zoneById(QStringLiteral(" UTC "))->id(), QByteArray("UTC"));
    QCOMPARE(ProviderTime::zoneOrDefault(QStringLiteral("Nowhere/Atlantis")).id(),
             QByteArray("Asia/Almaty"));
}

void tst_ProviderDays::dayOf_providerMidnightAndLastSecond_sameDate_data() {
    QTest::addColumn<QDate>("date");
    for (const QDate& date :
         {QDate(2026, 3, 1), QDate(2026, 3, 2), QDate(2026, 3, 3), QDate(2026, 12, 31),
          QDate(2026, 1, 1), QDate(2024, 2, 28), QDate(2024, 3, 1), QDate(2023, 7, 15)})
        QTest::newRow(qPrintable(date.toString(Qt::ISODate))) << date;
}

void tst_ProviderDays::dayOf_providerMidnightAndLastSecond_sameDate() {
    QFETCH(QDate, date);
    const QTimeZone zone = ProviderTime::defaultZone();
    const qint64 midnight = providerMidnight(date);
    QCOMPARE(ProviderTime::startOfDay(date, zone), midnight);
    QCOMPARE(ProviderTime::dayOf(midnight, zone), date);
    QCOMPARE(ProviderTime::dayOf(providerMidnight(date.addDays(1)) - 1, zone), date);
    QCOMPARE(ProviderTime::dayOf(midnight - 1, zone), date.addDays(-1));
    if (qgetenv("TZ") == "America/New_York") {
        // Why this matters: read in this computer's zone, the day would be the one before.
        QCOMPARE(QDateTime::fromSecsSinceEpoch(midnight).date(), date.addDays(-1));
    }
}

void tst_ProviderDays::dayRow_dayStamp_givesTheProviderDate() {
    const QTimeZone zone = ProviderTime::defaultZone();
    const QDate day(2026, 3, 1);
    const DayReportRow row = DayReportRow::fromJson(
        {{QStringLiteral("sid"), 5}, {QStringLiteral("day"), double(providerMidnight(day))}});
    QCOMPARE(row.calendarDay(zone), day);
    QVERIFY(!DayReportRow::fromJson({{QStringLiteral("sid"), 5}}).calendarDay(zone).isValid());
    // Another zone (an account set to UTC) reads the same stamp as its own day.
    QCOMPARE(row.calendarDay(QTimeZone::utc()), day.addDays(-1));
}

void tst_ProviderDays::bill_dates_areProviderDays() {
    const QTimeZone zone = ProviderTime::defaultZone();
    const std::optional<Bill> bill = Bill::fromJson(
        {{QStringLiteral("id"), 7},
         {QStringLiteral("period"), QStringLiteral("02.2026")},
         {QStringLiteral("added"), double(providerMidnight(QDate(2026, 3, 1)))},
         {QStringLiteral("paided"), double(providerMidnight(QDate(2026, 3, 4)) + 86399)}});
    QVERIFY(bill);
    QCOMPARE(bill->issuedOn(zone), QDate(2026, 3, 1));
    QCOMPARE(bill->paidOn(zone), QDate(2026, 3, 4));
    QCOMPARE(bill->periodText(zone), QStringLiteral("02.2026"));

    // A period sent as the Unix time of its first provider midnight.
    const std::optional<Bill> stamped =
        Bill::fromJson({{QStringLiteral("id"), 8},
                        {QStringLiteral("period"), double(providerMidnight(QDate(2026, 2, 1)))}});
    QVERIFY(stamped);
    QCOMPARE(stamped->periodText(zone), QStringLiteral("02.2026"));
    QVERIFY(!stamped->issuedOn(zone).isValid());
    QVERIFY(!stamped->paidOn(zone).isValid());
}

void tst_ProviderDays::parseDate_apiIsoAndDotted_sameDate_data() {
    QTest::addColumn<QString>("text");
    QTest::newRow("api") << QStringLiteral("01-03-2026");
    QTest::newRow("iso") << QStringLiteral("2026-03-01");
    QTest::newRow("dotted") << QStringLiteral("01.03.2026");
    QTest::newRow("spaces") << QStringLiteral("  01-03-2026 ");
}

void tst_ProviderDays::parseDate_apiIsoAndDotted_sameDate() {
    QFETCH(QString, text);
    QCOMPARE(ProviderTime::parseDate(text), std::optional<QDate>(QDate(2026, 3, 1)));
    QCOMPARE(ProviderTime::apiDate(QDate(2026, 3, 1)), QStringLiteral("01-03-2026"));
}

void tst_ProviderDays::parseDate_otherForms_rejected_data() {
    QTest::addColumn<QString>("text");
    for (const char* text : {"", "yesterday", "2026/03/01", "01/03/2026", "1-3-2026", "2026-3-1",
                             "31-02-2026", "2026-02-30", "01-03.2026", "01-03-2026x", "03-2026"})
        QTest::newRow(text) << QString::fromLatin1(text);
}

void tst_ProviderDays::parseDate_otherForms_rejected() {
    QFETCH(QString, text);
    QVERIFY(!ProviderTime::parseDate(text));
}

void tst_ProviderDays::settings_providerZone_perApiAddressDefaultAlmaty() {
    TestTemporaryDir dir;
    QVERIFY(dir.isValid());
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    const QUrl kz(QStringLiteral("https://api.novaconnect.example/api"));
    const QUrl other(QStringLiteral("https://other.example/api"));
    QCOMPARE(settings.providerTimeZone(kz), QStringLiteral("Asia/Almaty"));
    settings.setProviderTimeZone(kz, QStringLiteral(" Asia/Aqtobe "));
    QCOMPARE(settings.providerTimeZone(kz), QStringLiteral("Asia/Aqtobe"));
    QCOMPARE(
        settings.providerTimeZone(QUrl(QStringLiteral("https://api.novaconnect.example/api/"))),
        QStringLiteral("Asia/Aqtobe"));
    QCOMPARE(settings.providerTimeZone(other), QStringLiteral("Asia/Almaty"));
    settings.setProviderTimeZone(kz, QString());
    QCOMPARE(settings.providerTimeZone(kz), QStringLiteral("Asia/Almaty"));
}

void tst_ProviderDays::emulator_dayReport_rowsAreTheAskedDay() {
    EmulatorFixture fx(EmulatorFixture::smallFleet(40));
    QVERIFY(fx.isListening());
    const QTimeZone zone = ProviderTime::defaultZone();
    const QDate asked = ProviderTime::dayOf(QDateTime::currentSecsSinceEpoch(), zone).addDays(-3);
    ReportQuery query;
    query.start = asked;
    query.end = asked;
    query.selectAll();
    ReportService reports(&fx.client());

    Outcome<ListPage<DayReportRow>> days;
    reports.fetchAllDaily(query, this, days.sink());
    QVERIFY(days.wait());
    API_VERIFY_OK(days);
    QVERIFY(!days.value().items.isEmpty());
    for (const DayReportRow& row : days.value().items)
        QCOMPARE(row.calendarDay(zone), asked);

    Outcome<ListPage<SessionReportRow>> sessions;
    reports.fetchAllSessions(query, this, sessions.sink());
    QVERIFY(sessions.wait());
    API_VERIFY_OK(sessions);
    QVERIFY(!sessions.value().items.isEmpty());
    for (const SessionReportRow& row : sessions.value().items)
        QCOMPARE(ProviderTime::dayOf(row.start, zone), asked);

    const QJsonObject filter = fx.journal(QStringLiteral("report/day"))
                                   .constLast()
                                   .body.value(QStringLiteral("filter"))
                                   .toObject();
    QCOMPARE(filter.value(QStringLiteral("start")).toString(), ProviderTime::apiDate(asked));
    QCOMPARE(filter.value(QStringLiteral("end")).toString(), ProviderTime::apiDate(asked));
}

// A range of 44 days (it crosses a month end, and in some years a daylight
// saving change of New York): the rows' days are exactly the range's days,
// each stamped with the provider's midnight that starts it.
void tst_ProviderDays::emulator_dayReportRange_daysAreExactlyTheRange() {
    EmulatorFixture fx(EmulatorFixture::smallFleet(120));
    QVERIFY(fx.isListening());
    const QTimeZone zone = ProviderTime::defaultZone();
    const QDate today = ProviderTime::dayOf(QDateTime::currentSecsSinceEpoch(), zone);
    ReportQuery query;
    query.start = today.addDays(-45);
    query.end = today.addDays(-2);
    query.selectAll();

    Outcome<ListPage<DayReportRow>> days;
    ReportService(&fx.client()).fetchAllDaily(query, this, days.sink());
    QVERIFY(days.wait());
    API_VERIFY_OK(days);
    QSet<QDate> seen;
    for (const DayReportRow& row : days.value().items) {
        const QDate day = row.calendarDay(zone);
        QVERIFY2(day >= query.start && day <= query.end, qPrintable(day.toString(Qt::ISODate)));
        QVERIFY(row.day.has_value());
        QCOMPARE(row.day->toSecsSinceEpoch(), providerMidnight(day));
        seen.insert(day);
    }
    QStringList missing;
    for (QDate day = query.start; day <= query.end; day = day.addDays(1)) {
        if (!seen.contains(day))
            missing << day.toString(Qt::ISODate);
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u' ')));
    QCOMPARE(seen.size(), query.start.daysTo(query.end) + 1);

    const QJsonObject filter = fx.journal(QStringLiteral("report/day"))
                                   .constLast()
                                   .body.value(QStringLiteral("filter"))
                                   .toObject();
    QCOMPARE(filter.value(QStringLiteral("start")).toString(), ProviderTime::apiDate(query.start));
    QCOMPARE(filter.value(QStringLiteral("end")).toString(), ProviderTime::apiDate(query.end));
}

void tst_ProviderDays::emulator_bills_issuedOnTheFirstAfterThePeriod() {
    EmulatorFixture fx(EmulatorFixture::smallFleet(20));
    QVERIFY(fx.isListening());
    const QTimeZone zone = ProviderTime::defaultZone();
    Outcome<ListPage<Bill>> bills;
    BillService(&fx.client()).fetchAll(this, bills.sink());
    QVERIFY(bills.wait());
    API_VERIFY_OK(bills);
    QVERIFY(!bills.value().items.isEmpty());
    for (const Bill& bill : bills.value().items) {
        const QDate issued = bill.issuedOn(zone);
        QCOMPARE(issued.day(), 1);
        QCOMPARE(bill.periodText(zone), issued.addMonths(-1).toString(QStringLiteral("MM.yyyy")));
        if (bill.isPaid())
            QVERIFY(bill.paidOn(zone) > issued);
    }
}

QTEST_GUILESS_MAIN(tst_ProviderDays)
#include "tst_provider_days.moc"
