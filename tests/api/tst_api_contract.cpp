// One contract test per NovaConnect method (docs/api-notes.md "Methods"): the call goes
// through its service class over loopback HTTP to the emulator; the test then
// checks the request exactly as the emulator's journal saw it (method, body,
// `lang`, the role the Bearer token resolved to) and the typed answer.

#include "api/AccountService.h"
#include "api/GroupService.h"
#include "api/ProviderTime.h"
#include "api/ReportService.h"
#include "api/SimService.h"
#include "api/UserService.h"
#include "tests/support/ApiTestSupport.h"
#include "tests/support/EmulatorFixture.h"
#include "tests/support/TcpTap.h"
#include "tests/support/XlsxReader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include "tests/support/TestTemporaryDir.h"
#include <QTest>

#include <algorithm>
#include <memory>

using namespace simfleet;

using novaemu::Emulator;

Q_DECLARE_METATYPE(SimOperationParams)

namespace {

const QString kAdmin = QStringLiteral("admin");

QByteArray compactJson(const QJsonObject& object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonArray idArray(const QVector<qint64>& ids) {
    QJsonArray array;
    for (qint64 id : ids)
        array.append(id);
    return array;
}

} // namespace

// Fails the calling test function when a helper that uses QCOMPARE/QVERIFY failed.
#define CHECK(call)                                                                                \
    do {                                                                                           \
        call;                                                                                      \
        if (QTest::currentTestFailed())                                                            \
            return;                                                                                \
    } while (false)

class TstApiContract final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void simList_sendsFilterSortAndPaging_data();
    void simList_sendsFilterSortAndPaging();
    void simOperation_sendsDocumentedBody_data();
    void simOperation_sendsDocumentedBody();
    void simEdit_sendsIdAndName();

    void billList_sendsPaging();
    void billDownloadInvoice_savesPdfWithTokenOnlyInHeader();
    void billDownloadTranscript_savesXlsxWorkbook();
    void billDownload_unwritablePath_failsLocallyWithoutFile();
    void billDownload_unknownBill_leavesNoFile();

    void report_sendsDatesAndSelect_data();
    void report_sendsDatesAndSelect();

    void userGet_returnsCurrentUser();
    void userEditSelf_sendsNamesWithoutId();
    void userEditOther_sendsIdAndChanges();
    void userPassword_sendsOldAndNew();
    void companyGet_returnsCompany();
    void userList_sendsPaging();
    void userCreate_sendsRequiredFields_data();
    void userCreate_sendsRequiredFields();
    void userRemove_sendsId();

    void groupList_sendsNameFilter();
    void groupWrite_sendsNameAndId_data();
    void groupWrite_sendsNameAndId();

private:
    // The whole fleet as the emulator serves it (the journal is cleared afterwards).
    QVector<Sim> fleet();
    // The single request of `method` the emulator received since the journal was cleared.
    void verifyRequest(const QString& method, const QJsonObject& body, const QString& lang,
                       const QString& role = kAdmin);
    // Points the client at a TcpTap in front of the emulator.
    std::unique_ptr<TcpTap> tapClient();

    std::unique_ptr<EmulatorFixture> m_fx;
};

void TstApiContract::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QLoggingCategory::setFilterRules(QStringLiteral("simfleet.*.debug=false"));
}

void TstApiContract::init() {
    m_fx = std::make_unique<EmulatorFixture>();
    QVERIFY(m_fx->isListening());
}

void TstApiContract::cleanup() {
    m_fx.reset();
}

QVector<Sim> TstApiContract::fleet() {
    Outcome<ListPage<Sim>> all;
    SimService(&m_fx->client()).list({}, 0, 1000, this, all.sink());
    if (!all.wait() || !all.result().ok())
        return {};
    m_fx->emulator().clearJournal();
    return all.value().items;
}

void TstApiContract::verifyRequest(const QString& method, const QJsonObject& body,
                                   const QString& lang, const QString& role) {
    const auto entries = m_fx->journal(method);
    QCOMPARE(entries.size(), 1);
    const Emulator::JournalEntry& entry = entries.first();
    QCOMPARE(compactJson(entry.body), compactJson(body));
    QCOMPARE(entry.lang, lang);
    QCOMPARE(entry.role, role);
    QCOMPARE(entry.httpStatus, 200);
    QCOMPARE(entry.apiCode, 200);
}

std::unique_ptr<TcpTap> TstApiContract::tapClient() {
    auto tap = std::make_unique<TcpTap>(m_fx->port());
    QUrl url = m_fx->emulator().baseUrl();
    url.setPort(tap->listen());
    if (!m_fx->client().setBaseUrl(url))
        return {};
    return tap;
}

// --- sim/list ---------------------------------------------------------------

void TstApiContract::simList_sendsFilterSortAndPaging_data() {
    QTest::addColumn<QString>("lang");
    QTest::addColumn<int>("profile"); // SimProfile
    QTest::addColumn<int>("blocked"); // -1 unset, 0, 1
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("sortField");
    QTest::addColumn<bool>("descending");
    QTest::addColumn<QJsonObject>("expected");

    QTest::newRow("TD active, id DESC, en")
        << "en" << int(SimProfile::TD) << 0 << QString() << "id" << true
        << QJsonObject{{"filter", QJsonObject{{"profile", "TD"}, {"blocked", false}}},
                       {"sort", QJsonObject{{"id", "DESC"}}},
                       {"page", 0},
                       {"size", 5}};
    QTest::newRow("TC blocked, iccid ASC, ru")
        << "ru" << int(SimProfile::TC) << 1 << QString() << "iccid" << false
        << QJsonObject{{"filter", QJsonObject{{"profile", "TC"}, {"blocked", true}}},
                       {"sort", QJsonObject{{"iccid", "ASC"}}},
                       {"page", 0},
                       {"size", 5}};
    QTest::newRow("query trimmed, no sort, en")
        << "en" << int(SimProfile::Unknown) << -1 << "  7701  " << QString() << false
        << QJsonObject{{"filter", QJsonObject{{"query", "7701"}}}, {"page", 0}, {"size", 5}};
}

void TstApiContract::simList_sendsFilterSortAndPaging() {
    QFETCH(QString, lang);
    QFETCH(int, profile);
    QFETCH(int, blocked);
    QFETCH(QString, text);
    QFETCH(QString, sortField);
    QFETCH(bool, descending);
    QFETCH(QJsonObject, expected);

    const QVector<Sim> all = fleet();
    QVERIFY(!all.isEmpty());
    m_fx->client().setLanguage(lang);

    SimListQuery query;
    if (profile != int(SimProfile::Unknown))
        query.profile = SimProfile(profile);
    if (blocked >= 0)
        query.blocked = blocked == 1;
    query.query = text;
    query.sortField = sortField;
    query.sortOrder = descending ? Qt::DescendingOrder : Qt::AscendingOrder;

    Outcome<ListPage<Sim>> out;
    SimService(&m_fx->client()).list(query, 0, 5, this, out.sink());
    QVERIFY(out.wait());
    API_VERIFY_OK(out);
    CHECK(verifyRequest(QStringLiteral("sim/list"), expected, lang));

    // The emulator searches ICCID, number, external number, name and group names.
    const QString needle = text.trimmed().toLower();
    auto matchesText = [&needle](const Sim& sim) {
        if (needle.isEmpty() || sim.iccid.contains(needle) || sim.number.contains(needle) ||
            sim.externalNumber.contains(needle) || sim.name.toLower().contains(needle))
            return true;
        return std::any_of(sim.groups.begin(), sim.groups.end(), [&needle](const GroupRef& g) {
            return g.name.toLower().contains(needle);
        });
    };
    auto matches = [&](const Sim& sim) {
        return (!query.profile || sim.profile == *query.profile) &&
               (!query.blocked || sim.isBlocked() == *query.blocked) && matchesText(sim);
    };
    const ListPage<Sim>& page = out.value();
    QVERIFY(page.problems.isEmpty());
    QCOMPARE(page.allCount.value_or(-1), qint64(std::count_if(all.begin(), all.end(), matches)));
    QCOMPARE(page.items.size(), qMin<qsizetype>(5, *page.allCount));
    QCOMPARE(page.count, qint64(page.items.size()));
    for (const Sim& sim : page.items) {
        QVERIFY2(matches(sim), qPrintable(QString::number(sim.id)));
        QVERIFY(sim.id > 0);
        QVERIFY(!sim.iccid.isEmpty());
        QVERIFY(sim.hasGroups);
        QVERIFY(sim.block != BlockCode::Unknown);
    }
    if (sortField == QLatin1String("id")) {
        for (qsizetype i = 1; i < page.items.size(); ++i)
            QVERIFY(page.items[i - 1].id > page.items[i].id);
    }
    if (sortField == QLatin1String("iccid")) {
        for (qsizetype i = 1; i < page.items.size(); ++i)
            QVERIFY(page.items[i - 1].iccid <= page.items[i].iccid);
    }
}

// --- queued sim/* operations -------------------------------------------------

void TstApiContract::simOperation_sendsDocumentedBody_data() {
    QTest::addColumn<QString>("lang");
    QTest::addColumn<int>("op"); // SimOperation
    QTest::addColumn<QString>("target");
    QTest::addColumn<SimOperationParams>("params");
    QTest::addColumn<QString>("callbackUrl");
    QTest::addColumn<QJsonObject>("expected"); // the body without `items`

    const SimOperationParams none;
    QTest::newRow("block, en, callbackUrl")
        << "en" << int(SimOperation::Block) << "active" << none
        << "http://127.0.0.1:9/simfleet-hook"
        << QJsonObject{{"callbackUrl", "http://127.0.0.1:9/simfleet-hook"}};
    QTest::newRow("unblock, ru") << "ru" << int(SimOperation::Unblock) << "userBlocked" << none
                                 << QString() << QJsonObject{};
    QTest::newRow("reconnect, en")
        << "en" << int(SimOperation::Reconnect) << "any" << none << QString() << QJsonObject{};
    QTest::newRow("disconnect, ru")
        << "ru" << int(SimOperation::Disconnect) << "any" << none << QString() << QJsonObject{};
    QTest::newRow("ping, en") << "en" << int(SimOperation::Ping) << "td" << none << QString()
                              << QJsonObject{};
    QTest::newRow("repackage, ru")
        << "ru" << int(SimOperation::Repackage) << "td" << none << QString() << QJsonObject{};

    SimOperationParams sms;
    sms.smsText = QStringLiteral("Перезагрузите модем");
    QTest::newRow("sms, ru, Cyrillic text")
        << "ru" << int(SimOperation::Sms) << "td" << sms << QString()
        << QJsonObject{{"params", QJsonObject{{"text", "Перезагрузите модем"}}}};

    SimOperationParams monthLimit;
    monthLimit.limitType = LimitType::Month;
    monthLimit.limitMb = 500;
    QTest::newRow("limit month1 500 MB, en")
        << "en" << int(SimOperation::Limit) << "tc" << monthLimit << QString()
        << QJsonObject{{"params", QJsonObject{{"type", "month1"}, {"value", 500}}}};
    SimOperationParams noLimit;
    noLimit.limitType = LimitType::Off;
    QTest::newRow("limit off, ru")
        << "ru" << int(SimOperation::Limit) << "tc" << noLimit << QString()
        << QJsonObject{{"params", QJsonObject{{"type", "off"}, {"value", 0}}}};

    SimOperationParams mega;
    mega.packageMb = 20;
    mega.autoPackage = true;
    mega.worldRoaming = true;
    QTest::newRow("tariff 20 MB auto all_world, en")
        << "en" << int(SimOperation::Tariff) << "td" << mega << QString()
        << QJsonObject{
               {"params",
                QJsonObject{{"value", 20 * 1024}, {"auto_package", true}, {"all_world", true}}}};
    SimOperationParams largest;
    largest.packageMb = 100;
    largest.autoPackage = false;
    QTest::newRow("tariff 100 MB no roaming key, ru")
        << "ru" << int(SimOperation::Tariff) << "td" << largest << QString()
        << QJsonObject{{"params", QJsonObject{{"value", 102400}, {"auto_package", false}}}};

    SimOperationParams groups;
    groups.groupIds = {301, 302};
    groups.newGroupNames = {QStringLiteral("  Contract tests  ")};
    QTest::newRow("group, ru") << "ru" << int(SimOperation::Group) << "any" << groups << QString()
                               << QJsonObject{{"group", QJsonArray{301, 302}},
                                              {"new_group", QJsonArray{"Contract tests"}}};
}

void TstApiContract::simOperation_sendsDocumentedBody() {
    QFETCH(QString, lang);
    QFETCH(int, op);
    QFETCH(QString, target);
    QFETCH(SimOperationParams, params);
    QFETCH(QString, callbackUrl);
    QFETCH(QJsonObject, expected);

    const QVector<Sim> all = fleet();
    auto pick = [&](auto predicate) {
        QVector<qint64> ids;
        for (const Sim& sim : all) {
            if (predicate(sim) && ids.size() < 3)
                ids.append(sim.id);
        }
        return ids;
    };
    QVector<qint64> ids;
    if (target == QLatin1String("active"))
        ids = pick([](const Sim& s) { return s.block == BlockCode::None; });
    else if (target == QLatin1String("userBlocked"))
        ids = pick([](const Sim& s) { return s.block == BlockCode::User; });
    else if (target == QLatin1String("td"))
        ids = pick([](const Sim& s) { return s.profile == SimProfile::TD; });
    else if (target == QLatin1String("tc"))
        ids = pick([](const Sim& s) { return s.profile == SimProfile::TC; });
    else
        ids = pick([](const Sim&) { return true; });
    QVERIFY2(!ids.isEmpty(), qPrintable(target));

    m_fx->client().setLanguage(lang);
    Outcome<QueueTicket> out;
    const ApiCall* call = SimService(&m_fx->client())
                              .run(SimOperation(op), ids, params, callbackUrl, this, out.sink());
    QVERIFY(call);
    QVERIFY(out.wait());
    API_VERIFY_OK(out);
    QVERIFY(!out.value().queueId.trimmed().isEmpty());

    QJsonObject body = expected;
    body.insert(QStringLiteral("items"), idArray(ids));
    CHECK(verifyRequest(SimOperations::method(SimOperation(op)), body, lang));
}

void TstApiContract::simEdit_sendsIdAndName() {
    const QVector<Sim> all = fleet();
    QVERIFY(!all.isEmpty());
    const qint64 id = all.last().id;
    const QString name = QStringLiteral("Насос №7 — Almaty");
    m_fx->client().setLanguage(QStringLiteral("ru"));

    Outcome<SimRename> out;
    SimService(&m_fx->client()).rename(id, name, this, out.sink());
    QVERIFY(out.wait());
    API_VERIFY_OK(out);
    QCOMPARE(out.value().id, id);
    QCOMPARE(out.value().name, name);
    CHECK(verifyRequest(QStringLiteral("sim/edit"), QJsonObject{{"id", id}, {"name", name}},
                        QStringLiteral("ru")));
}

// --- bills ------------------------------------------------------------------

void TstApiContract::billList_sendsPaging() {
    m_fx->client().setLanguage(QStringLiteral("ru"));
    Outcome<ListPage<Bill>> out;
    BillService(&m_fx->client()).list(1, 5, this, out.sink());
    QVERIFY(out.wait());
    API_VERIFY_OK(out);
    CHECK(verifyRequest(QStringLiteral("bill/list"), QJsonObject{{"page", 1}, {"size", 5}},
                        QStringLiteral("ru")));

    const ListPage<Bill>& page = out.value();
    QVERIFY(page.problems.isEmpty());
    QCOMPARE(page.allCount.value_or(-1), 24);
    QCOMPARE(page.items.size(), 5);
    static const QRegularExpression period(QStringLiteral("^\\d\\d\\.\\d{4}$"));
    QSet<qint64> ids;
    for (const Bill& bill : page.items) {
        ids.insert(bill.id);
        QVERIFY(bill.id >= 5001 && bill.id <= 5024);
        QVERIFY2(period.match(bill.period).hasMatch(), qPrintable(bill.period));
        QVERIFY(bill.added.has_value());
        QVERIFY(bill.costEur > 0);
        QVERIFY(bill.exchangeRate > 0);
        QCOMPARE(bill.currency, QStringLiteral("KZT"));
        QCOMPARE(bill.country, QStringLiteral("KZ"));
        QVERIFY(qAbs(bill.localCost - bill.costEur * bill.exchangeRate) < 1.0);
        QVERIFY(bill.billNumber.startsWith(QLatin1String("NC-")));
    }
    QCOMPARE(ids.size(), 5);
}

void TstApiContract::billDownloadInvoice_savesPdfWithTokenOnlyInHeader() {
    const auto tap = tapClient();
    QVERIFY(tap);
    TestTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("invoice.pdf"));

    CallWatch watch(BillService(&m_fx->client()).downloadInvoice(5010, path));
    QVERIFY(watch.wait());
    QVERIFY2(!watch.error().isError(), describe(watch.error()).constData());
    QCOMPARE(watch.destination(), path);

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.size() > 100);
    QCOMPARE(file.read(4), QByteArray("%PDF"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{"invoice.pdf"});

    CHECK(verifyRequest(QStringLiteral("bill/download/5010"), {}, QStringLiteral("en")));
    QCOMPARE(tap->requestLines(),
             QStringList{QStringLiteral("GET /api/bill/download/5010?lang=en HTTP/1.1")});
    QVERIFY(!tap->sentBytes().contains("token="));
    QCOMPARE(tap->headerValues("Authorization"),
             QStringList{QStringLiteral("Bearer ") + m_fx->config().adminToken});
}

void TstApiContract::billDownloadTranscript_savesXlsxWorkbook() {
    const auto tap = tapClient();
    QVERIFY(tap);
    m_fx->client().setLanguage(QStringLiteral("ru"));
    TestTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("transcript.xlsx"));

    CallWatch watch(BillService(&m_fx->client()).downloadTranscript(5024, path));
    QVERIFY(watch.wait());
    QVERIFY2(!watch.error().isError(), describe(watch.error()).constData());

    // The workbook as the emulator wrote it: the Russian sheet, ICCIDs as text.
    XlsxReader workbook;
    QVERIFY2(workbook.load(path), qPrintable(workbook.error()));
    QCOMPARE(workbook.sheetName(), QStringLiteral("Расшифровка"));
    QVERIFY(workbook.rows().size() > 1);
    QVERIFY(workbook.rows().at(1).first().isTextFormat());

    CHECK(verifyRequest(QStringLiteral("bill/download/5024"), {}, QStringLiteral("ru")));
    const QStringList lines = tap->requestLines();
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.first().startsWith(QLatin1String("GET /api/bill/download/5024?")),
             qPrintable(lines.first()));
    QVERIFY(lines.first().contains(QLatin1String("lang=ru")));
    QVERIFY(lines.first().contains(QLatin1String("mode=transcript")));
    QVERIFY(!tap->sentBytes().contains("token="));
    QCOMPARE(tap->headerValues("Authorization"),
             QStringList{QStringLiteral("Bearer ") + m_fx->config().adminToken});
}

void TstApiContract::billDownload_unwritablePath_failsLocallyWithoutFile() {
    TestTemporaryDir dir;
    QVERIFY(dir.isValid());
    // A regular file where a folder should be: not writable even for root.
    const QString blocker = dir.filePath(QStringLiteral("not-a-folder"));
    {
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    const QString path = blocker + QStringLiteral("/invoice.pdf");

    CallWatch watch(BillService(&m_fx->client()).downloadInvoice(5010, path));
    QVERIFY(watch.wait());
    QCOMPARE(watch.error().kind, ApiError::Kind::LocalFile);
    QCOMPARE(watch.error().serverMessage, path);
    QVERIFY(!watch.error().userMessage().isEmpty());
    QVERIFY(!QFile::exists(path));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{"not-a-folder"});
    QCOMPARE(m_fx->journalCount(), 0);
}

void TstApiContract::billDownload_unknownBill_leavesNoFile() {
    TestTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("invoice.pdf"));

    CallWatch watch(BillService(&m_fx->client()).downloadInvoice(999999, path));
    QVERIFY(watch.wait());
    QCOMPARE(watch.error().kind, ApiError::Kind::Validation);
    QCOMPARE(watch.error().httpStatus, 404);
    QVERIFY(!watch.error().serverMessage.isEmpty());
    QCOMPARE(watch.attempts(), 1);
    QVERIFY(!QFile::exists(path));
    QVERIFY(QDir(dir.path())
                .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)
                .isEmpty());
    const auto entries = m_fx->journal(QStringLiteral("bill/download/999999"));
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().httpStatus, 404);
}

// --- reports ----------------------------------------------------------------

void TstApiContract::report_sendsDatesAndSelect_data() {
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("lang");
    QTest::addColumn<bool>("scoped"); // select one SIM and one group instead of all

    QTest::newRow("sessions, all, en") << "report/sessions"
                                       << "en" << false;
    QTest::newRow("sessions, scoped, ru") << "report/sessions"
                                          << "ru" << true;
    QTest::newRow("day, all, ru") << "report/day"
                                  << "ru" << false;
    QTest::newRow("day, scoped, en") << "report/day"
                                     << "en" << true;
    QTest::newRow("call_sms, all, en") << "report/call_sms"
                                       << "en" << false;
    QTest::newRow("call_sms, scoped, ru") << "report/call_sms"
                                          << "ru" << true;
}

void TstApiContract::report_sendsDatesAndSelect() {
    QFETCH(QString, method);
    QFETCH(QString, lang);
    QFETCH(bool, scoped);

    const QVector<Sim> all = fleet();
    QVERIFY(!all.isEmpty());
    // The SIMs a scoped report may mention: the chosen SIM and the group's members.
    const Sim& chosen = all.first();
    const qint64 groupId = 301;
    QSet<qint64> allowed{chosen.id};
    for (const Sim& sim : all) {
        for (const GroupRef& group : sim.groups) {
            if (group.id == groupId)
                allowed.insert(sim.id);
        }
    }

    const QTimeZone providerZone = ProviderTime::defaultZone();
    const QDate end =
        ProviderTime::dayOf(QDateTime::currentSecsSinceEpoch(), providerZone).addDays(-1);
    const QDate start = end.addDays(-6);
    ReportQuery query;
    query.start = start;
    query.end = end;
    if (scoped) {
        query.addSim(chosen.id);
        query.addGroup(groupId);
    }
    m_fx->client().setLanguage(lang);

    ReportService reports(&m_fx->client());
    QSet<qint64> simIds;
    qsizetype rows = 0;
    bool problemsEmpty = false;
    if (method == QLatin1String("report/sessions")) {
        Outcome<ListPage<SessionReportRow>> out;
        reports.sessions(query, 0, 200, this, out.sink());
        QVERIFY(out.wait());
        API_VERIFY_OK(out);
        QVERIFY(!out.value().allCount);
        for (const SessionReportRow& row : out.value().items) {
            simIds.insert(row.simId);
            QVERIFY(row.sessionId > 0);
            QVERIFY(row.start && row.end && *row.start <= *row.end);
            const QDate day = ProviderTime::dayOf(row.start, providerZone);
            QVERIFY(day >= start && day <= end);
            QVERIFY(row.bytes >= 0);
            QVERIFY(row.costEur >= 0);
            QVERIFY(!row.iccid.isEmpty());
            QVERIFY(row.operatorCode > 0);
        }
        rows = out.value().items.size();
        problemsEmpty = out.value().problems.isEmpty();
    } else if (method == QLatin1String("report/day")) {
        Outcome<ListPage<DayReportRow>> out;
        reports.daily(query, 0, 200, this, out.sink());
        QVERIFY(out.wait());
        API_VERIFY_OK(out);
        QVERIFY(!out.value().allCount);
        for (const DayReportRow& row : out.value().items) {
            simIds.insert(row.simId);
            QVERIFY(row.day.has_value());
            const QDate day = row.calendarDay(providerZone);
            QVERIFY(day >= start && day <= end);
            QVERIFY(row.bytes >= 0);
            QVERIFY(!row.iccid.isEmpty());
        }
        rows = out.value().items.size();
        problemsEmpty = out.value().problems.isEmpty();
    } else {
        Outcome<ListPage<CallSmsReportRow>> out;
        reports.callsAndSms(query, 0, 200, this, out.sink());
        QVERIFY(out.wait());
        API_VERIFY_OK(out);
        QVERIFY(!out.value().allCount);
        for (const CallSmsReportRow& row : out.value().items) {
            simIds.insert(row.simId);
            QVERIFY(row.date.has_value());
            QVERIFY2(row.type != CallSmsReportRow::Type::Unknown, qPrintable(row.typeRaw));
            QVERIFY(row.costEur >= 0);
        }
        rows = out.value().items.size();
        problemsEmpty = out.value().problems.isEmpty();
    }
    QVERIFY(problemsEmpty);
    QVERIFY2(rows > 0, "the emulator should have traffic in the last week");
    QVERIFY(rows <= 200);
    if (scoped) {
        for (qint64 id : std::as_const(simIds))
            QVERIFY2(allowed.contains(id), qPrintable(QString::number(id)));
    }

    const QJsonArray select = scoped ? QJsonArray{QStringLiteral("s_%1").arg(chosen.id),
                                                  QStringLiteral("g_%1").arg(groupId)}
                                     : QJsonArray{QStringLiteral("all")};
    const QJsonObject expected{
        {"filter", QJsonObject{{"start", start.toString(QStringLiteral("dd-MM-yyyy"))},
                               {"end", end.toString(QStringLiteral("dd-MM-yyyy"))}}},
        {"select", select},
        {"page", 0},
        {"size", 200}};
    CHECK(verifyRequest(method, expected, lang));
}

// --- users and company -------------------------------------------------------

void TstApiContract::userGet_returnsCurrentUser() {
    m_fx->client().setLanguage(QStringLiteral("ru"));
    Outcome<User> out;
    ProfileService(&m_fx->client()).get(this, out.sink());
    QVERIFY(out.wait());
    API_VERIFY_OK(out);
    CHECK(verifyRequest(QStringLiteral("user/get"), {}, QStringLiteral("ru")));

    const User& user = out.value();
    QCOMPARE(user.id, 11);
    QCOMPARE(user.firstName, QStringLiteral("Aigerim"));
    QCOMPARE(user.lastName, QStringLiteral("Nurlanova"));
    QCOMPARE(user.email, QStringLiteral("aigerim.nurlanova@acme-logistics.kz"));
    QCOMPARE(user.phone, QStringLiteral("+77011234567"));
    QVERIFY(user.active);
    QCOMPARE(user.role, QStringLiteral("admin"));
    QVERIFY(user.isAdmin());
}

void TstApiContract::userEditSelf_sendsNamesWithoutId() {
    Outcome<User> out;
    ProfileService(&m_fx->client())
        .edit(QStringLiteral(" Айгерим "), QStringLiteral("Нурланова"),
              QStringLiteral("aigerim@acme-logistics.kz"), this, out.sink());
    QVERIFY(out.wait());
    API_VERIFY_OK(out);
    CHECK(verifyRequest(QStringLiteral("user/edit"),
                        QJsonObject{{"first_name", "Айгерим"},
                                    {"last_name", "Нурланова"},
                                    {"email", "aigerim@acme-logistics.kz"}},
                        QStringLiteral("en")));
    QCOMPARE(out.value().id, 11);
    QCOMPARE(out.value().firstName, QStringLiteral("Айгерим"));
    QCOMPARE(out.value().email, QStringLiteral("aigerim@acme-logistics.kz"));
}

void TstApiContract::userEditOther_sendsIdAndChanges() {
    m_fx->client().setLanguage(QStringLiteral("ru"));
    UserChanges changes;
    changes.lastName = QStringLiteral("Ким-Ли");
    changes.phone = QStringLiteral("+77070000001");
    changes.active = false;
    changes.role = QStringLiteral("admin");

    Outcome<User> out;
    UserService(&m_fx->client()).edit(14, changes, this, out.sink());
    QVERIFY(out.wait());
    API_VERIFY_OK(out);
    CHECK(verifyRequest(QStringLiteral("user/edit"),
                        QJsonObject{{"id", 14},
                                    {"last_name", "Ким-Ли"},
                                    {"phone", "+77070000001"},
                                    {"active", false},
                                    {"role", "admin"}},
                        QStringLiteral("ru")));
    const User& user = out.value();
    QCOMPARE(user.id, 14);
    QCOMPARE(user.firstName, QStringLiteral("Елена"));
    QCOMPARE(user.lastName, QStringLiteral("Ким-Ли"));
    QCOMPARE(user.phone, QStringLiteral("+77070000001"));
    QVERIFY(!user.active);
    QVERIFY(user.isAdmin());
}

void TstApiContract::userPassword_sendsOldAndNew() {
    Outcome<User> out;
    ProfileService(&m_fx->client())
        .changePassword(QStringLiteral("demo1234"), QStringLiteral("N3w-Secret-2026"), this,
                        out.sink());
    QVERIFY(out.wait());
    API_VERIFY_OK(out);
    CHECK(verifyRequest(QStringLiteral("user/password"),
                        QJsonObject{{"password", "N3w-Secret-2026"}, {"old_password", "demo1234"}},
                        QStringLiteral("en")));
    QCOMPARE(out.value().id, 11);
}

void TstApiContract::companyGet_returnsCompany() {
    m_fx->client().setLanguage(QStringLiteral("ru"));
    Outcome<Company> out;
    CompanyService(&m_fx->client()).get(this, out.sink());
    QVERIFY(out.wait());
    API_VERIFY_OK(out);
    CHECK(verifyRequest(QStringLiteral("company/get"), {}, QStringLiteral("ru")));

    const Company& company = out.value();
    QCOMPARE(company.id, 3105);
    QCOMPARE(company.name, QStringLiteral("ACME Logistics LLP"));
    QCOMPARE(company.taxId, QStringLiteral("180540012345"));
    QCOMPARE(company.contract, QStringLiteral("NC-KZ-2021/0457"));
    QCOMPARE(company.country, QStringLiteral("KZ"));
    QCOMPARE(company.billing, Company::Billing::Postpaid);
    QVERIFY(!company.isPrepaid());
    QVERIFY2(company.balance.endsWith(QStringLiteral("€")), qPrintable(company.balance));
    QVERIFY(!company.overdraft.isEmpty());
    QVERIFY(!company.preliminaryBalance.isEmpty());
}

void TstApiContract::userList_sendsPaging() {
    Outcome<ListPage<User>> out;
    UserService(&m_fx->client()).list(1, 3, this, out.sink());
    QVERIFY(out.wait());
    API_VERIFY_OK(out);
    CHECK(verifyRequest(QStringLiteral("user/list"), QJsonObject{{"page", 1}, {"size", 3}},
                        QStringLiteral("en")));
    const ListPage<User>& page = out.value();
    QVERIFY(page.problems.isEmpty());
    QCOMPARE(page.allCount.value_or(-1), 8);
    QCOMPARE(page.items.size(), 3);
    QSet<qint64> ids;
    for (const User& user : page.items) {
        ids.insert(user.id);
        QVERIFY(user.id >= 11 && user.id <= 18);
        QVERIFY(!user.email.isEmpty());
        QVERIFY(user.role == QLatin1String("admin") || user.role == QLatin1String("user"));
    }
    QCOMPARE(ids.size(), 3);
}

void TstApiContract::userCreate_sendsRequiredFields_data() {
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("role");
    QTest::addColumn<bool>("send");
    QTest::addColumn<QJsonObject>("expected");

    const QJsonObject required{{"first_name", "Тимур"},
                               {"last_name", "Contract"},
                               {"email", "t.contract@acme-logistics.kz"},
                               {"phone", "+77000000042"}};
    QJsonObject minimal = required;
    minimal.insert("send", false);
    QTest::newRow("required only, ru") << "ru" << QString() << QString() << false << minimal;
    QJsonObject full = required;
    full.insert("send", true);
    full.insert("password", "Welcome-2026");
    full.insert("role", "admin");
    QTest::newRow("password, role, send, en") << "en"
                                              << "Welcome-2026"
                                              << "admin" << true << full;
}

void TstApiContract::userCreate_sendsRequiredFields() {
    QFETCH(QString, lang);
    QFETCH(QString, password);
    QFETCH(QString, role);
    QFETCH(bool, send);
    QFETCH(QJsonObject, expected);

    m_fx->client().setLanguage(lang);
    NewUser user;
    user.firstName = QStringLiteral(" Тимур ");
    user.lastName = QStringLiteral("Contract");
    user.email = QStringLiteral("t.contract@acme-logistics.kz ");
    user.phone = QStringLiteral("+77000000042");
    user.password = password;
    user.role = role;
    user.sendCredentials = send;

    Outcome<User> out;
    UserService(&m_fx->client()).create(user, this, out.sink());
    QVERIFY(out.wait());
    API_VERIFY_OK(out);
    CHECK(verifyRequest(QStringLiteral("user/create"), expected, lang));
    const User& created = out.value();
    QVERIFY(created.id > 18);
    QCOMPARE(created.firstName, QStringLiteral("Тимур"));
    QCOMPARE(created.email, QStringLiteral("t.contract@acme-logistics.kz"));
    QCOMPARE(created.role, role.isEmpty() ? QStringLiteral("user") : role);
}

void TstApiContract::userRemove_sendsId() {
    m_fx->client().setLanguage(QStringLiteral("ru"));
    Outcome<User> out;
    UserService(&m_fx->client()).remove(16, this, out.sink());
    QVERIFY(out.wait());
    API_VERIFY_OK(out);
    CHECK(verifyRequest(QStringLiteral("user/remove"), QJsonObject{{"id", 16}},
                        QStringLiteral("ru")));
    QCOMPARE(out.value().id, 16);
    QCOMPARE(out.value().lastName, QStringLiteral("Petrenko"));

    Outcome<ListPage<User>> after;
    UserService(&m_fx->client()).list(0, 100, this, after.sink());
    QVERIFY(after.wait());
    API_VERIFY_OK(after);
    QCOMPARE(after.value().allCount.value_or(-1), 7);
}

// --- groups -----------------------------------------------------------------

void TstApiContract::groupList_sendsNameFilter() {
    m_fx->client().setLanguage(QStringLiteral("ru"));
    Outcome<ListPage<Group>> out;
    GroupService(&m_fx->client()).list(0, 10, QStringLiteral("  pos "), this, out.sink());
    QVERIFY(out.wait());
    API_VERIFY_OK(out);
    CHECK(verifyRequest(
        QStringLiteral("group/list"),
        QJsonObject{{"filter", QJsonObject{{"name", "pos"}}}, {"page", 0}, {"size", 10}},
        QStringLiteral("ru")));
    const ListPage<Group>& page = out.value();
    QVERIFY(page.problems.isEmpty());
    QCOMPARE(page.allCount.value_or(-1), 2); // "Terminals & POS", "Pharmacy POS"
    QCOMPARE(page.items.size(), 2);
    for (const Group& group : page.items) {
        QVERIFY(group.name.contains(QLatin1String("POS")));
        QVERIFY(group.id >= 301);
        QVERIFY(group.added.has_value());
    }
}

void TstApiContract::groupWrite_sendsNameAndId_data() {
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("lang");
    QTest::addColumn<qint64>("id");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QJsonObject>("expected");
    QTest::addColumn<QString>("resultName");

    QTest::newRow("create, en") << "group/create"
                                << "en" << qint64(0) << "  Новые счётчики  "
                                << QJsonObject{{"name", "Новые счётчики"}} << "Новые счётчики";
    QTest::newRow("edit, ru") << "group/edit"
                              << "ru" << qint64(301) << " Almaty ATMs "
                              << QJsonObject{{"id", 301}, {"name", "Almaty ATMs"}} << "Almaty ATMs";
    QTest::newRow("remove, en") << "group/remove"
                                << "en" << qint64(302) << QString() << QJsonObject{{"id", 302}}
                                << "Астана — киоски";
}

void TstApiContract::groupWrite_sendsNameAndId() {
    QFETCH(QString, method);
    QFETCH(QString, lang);
    QFETCH(qint64, id);
    QFETCH(QString, name);
    QFETCH(QJsonObject, expected);
    QFETCH(QString, resultName);

    m_fx->client().setLanguage(lang);
    GroupService groups(&m_fx->client());
    Outcome<Group> out;
    if (method == QLatin1String("group/create"))
        groups.create(name, this, out.sink());
    else if (method == QLatin1String("group/edit"))
        groups.edit(id, name, this, out.sink());
    else
        groups.remove(id, this, out.sink());
    QVERIFY(out.wait());
    API_VERIFY_OK(out);
    CHECK(verifyRequest(method, expected, lang));
    QCOMPARE(out.value().name, resultName);
    if (id != 0)
        QCOMPARE(out.value().id, id);
    else
        QVERIFY(out.value().id > 325);
}

QTEST_GUILESS_MAIN(TstApiContract)
#include "tst_api_contract.moc"
