// Session sign-in against the emulator and the read-only session's local
// refusal of every admin-only method (docs/api-notes.md "Decision (roles)").

#include "api/AccountService.h"
#include "api/GroupService.h"
#include "api/ReportService.h"
#include "api/Session.h"
#include "api/SimService.h"
#include "api/UserService.h"
#include "tests/support/ApiTestSupport.h"
#include "tests/support/EmulatorFixture.h"

#include <QLoggingCategory>
#include <QSignalSpy>
#include <QStandardPaths>
#include "tests/support/TestTemporaryDir.h"
#include <QTest>

#include <functional>
#include <memory>

using namespace simfleet;

namespace {

// One admin-only request as the UI would make it; the callback receives the error.
struct AdminAction {
    QString method;
    std::function<void(ApiClient*, QObject*, std::function<void(const ApiError&)>)> send;
};

template <typename T>
std::function<void(const Result<T>&)> errorOf(std::function<void(const ApiError&)> done) {
    return [done = std::move(done)](const Result<T>& result) { done(result.error); };
}

AdminAction simAction(SimOperation op, const SimOperationParams& params = {}) {
    return {SimOperations::method(op),
            [op, params](ApiClient* client, QObject* context, auto done) {
                SimService(client).run(op, {100001, 100002}, params, {}, context,
                                       errorOf<QueueTicket>(std::move(done)));
            }};
}

QList<AdminAction> adminActions() {
    SimOperationParams sms;
    sms.smsText = QStringLiteral("reboot");
    SimOperationParams limit;
    limit.limitType = LimitType::Month;
    limit.limitMb = 100;
    SimOperationParams tariff;
    tariff.packageMb = 50;
    SimOperationParams groups;
    groups.groupIds = {301};
    groups.newGroupNames = {QStringLiteral("Read-only attempt")};

    QList<AdminAction> actions{
        simAction(SimOperation::Block),        simAction(SimOperation::Unblock),
        simAction(SimOperation::Reconnect),    simAction(SimOperation::Disconnect),
        simAction(SimOperation::Ping),         simAction(SimOperation::Sms, sms),
        simAction(SimOperation::Limit, limit), simAction(SimOperation::Tariff, tariff),
        simAction(SimOperation::Repackage),    simAction(SimOperation::Group, groups),
    };
    actions.append({QStringLiteral("sim/edit"), [](ApiClient* c, QObject* ctx, auto done) {
                        SimService(c).rename(100001, QStringLiteral("x"), ctx,
                                             errorOf<SimRename>(std::move(done)));
                    }});
    actions.append({QStringLiteral("user/create"), [](ApiClient* c, QObject* ctx, auto done) {
                        NewUser user;
                        user.firstName = QStringLiteral("Read");
                        user.lastName = QStringLiteral("Only");
                        user.email = QStringLiteral("ro@acme-logistics.kz");
                        user.phone = QStringLiteral("+77000000099");
                        UserService(c).create(user, ctx, errorOf<User>(std::move(done)));
                    }});
    actions.append({QStringLiteral("user/edit"), [](ApiClient* c, QObject* ctx, auto done) {
                        UserChanges changes;
                        changes.role = QStringLiteral("admin");
                        UserService(c).edit(12, changes, ctx, errorOf<User>(std::move(done)));
                    }});
    actions.append({QStringLiteral("user/remove"), [](ApiClient* c, QObject* ctx, auto done) {
                        UserService(c).remove(14, ctx, errorOf<User>(std::move(done)));
                    }});
    actions.append({QStringLiteral("group/create"), [](ApiClient* c, QObject* ctx, auto done) {
                        GroupService(c).create(QStringLiteral("x"), ctx,
                                               errorOf<Group>(std::move(done)));
                    }});
    actions.append({QStringLiteral("group/edit"), [](ApiClient* c, QObject* ctx, auto done) {
                        GroupService(c).edit(301, QStringLiteral("x"), ctx,
                                             errorOf<Group>(std::move(done)));
                    }});
    actions.append({QStringLiteral("group/remove"), [](ApiClient* c, QObject* ctx, auto done) {
                        GroupService(c).remove(301, ctx, errorOf<Group>(std::move(done)));
                    }});
    return actions;
}

} // namespace

class TstApiSession final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void adminToken_signsInReadWrite();
    void userToken_signsInReadOnly();
    void readOnly_refusesAdminMethodLocally_data();
    void readOnly_refusesAdminMethodLocally();
    void readOnly_selfServiceAndReadsGoThrough();
    void readOnly_refusesMethodNotOnTheAllowList();
    void newClient_readOnlyUntilSignInLearnsTheRole();
    void signingIn_readOnlyUntilTheRoleIsKnown();
    void signInTwice_signsInOnceWithoutFailure();
    void unknownToken_signInFails();
    void signOut_clearsSessionAndRefusesWrites();
    void signOutWhileSigningIn_reportsNoFailure();

private:
    // Signs in with the fixture's current token; fails the test when it does not.
    void signIn(Session& session);

    std::unique_ptr<EmulatorFixture> m_fx;
};

void TstApiSession::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QLoggingCategory::setFilterRules(QStringLiteral("simfleet.*.debug=false"));
}

void TstApiSession::init() {
    m_fx = std::make_unique<EmulatorFixture>();
    QVERIFY(m_fx->isListening());
}

void TstApiSession::cleanup() {
    m_fx.reset();
}

void TstApiSession::signIn(Session& session) {
    QSignalSpy signedIn(&session, &Session::signedIn);
    QSignalSpy failed(&session, &Session::signInFailed);
    session.signIn();
    QVERIFY(session.isSigningIn());
    QVERIFY(QTest::qWaitFor([&] { return !signedIn.isEmpty() || !failed.isEmpty(); },
                            kAnswerTimeoutMs));
    QVERIFY2(failed.isEmpty(),
             failed.isEmpty() ? ""
                              : describe(failed.first().first().value<ApiError>()).constData());
    QCOMPARE(signedIn.count(), 1);
    QVERIFY(session.isSignedIn());
    QVERIFY(!session.isSigningIn());
}

void TstApiSession::adminToken_signsInReadWrite() {
    Session session(&m_fx->client());
    signIn(session);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(!session.isReadOnly());
    QVERIFY(!m_fx->client().isReadOnly());
    QCOMPARE(session.roleDisplayName(), QStringLiteral("Administrator"));
    QCOMPARE(session.user().id, 11);
    QVERIFY(session.user().isAdmin());
    QCOMPARE(session.company().id, 3105);
    QCOMPARE(session.company().name, QStringLiteral("ACME Logistics LLP"));

    QCOMPARE(m_fx->journalCount(QStringLiteral("user/get")), 1);
    QCOMPARE(m_fx->journalCount(QStringLiteral("company/get")), 1);
    for (const auto& entry : m_fx->journal())
        QCOMPARE(entry.role, QStringLiteral("admin"));
}

void TstApiSession::userToken_signsInReadOnly() {
    m_fx->useUserToken();
    Session session(&m_fx->client());
    signIn(session);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(session.isReadOnly());
    QVERIFY(m_fx->client().isReadOnly());
    QCOMPARE(session.user().id, 12);
    QCOMPARE(session.user().role, QStringLiteral("user"));
    QCOMPARE(session.roleDisplayName(), QStringLiteral("Read-only (user)"));
    QCOMPARE(session.company().id, 3105);
    for (const auto& entry : m_fx->journal())
        QCOMPARE(entry.role, QStringLiteral("user"));
}

void TstApiSession::readOnly_refusesAdminMethodLocally_data() {
    QTest::addColumn<int>("index");
    const QList<AdminAction> actions = adminActions();
    for (int i = 0; i < actions.size(); ++i)
        QTest::newRow(qPrintable(actions[i].method)) << i;
}

void TstApiSession::readOnly_refusesAdminMethodLocally() {
    QFETCH(int, index);
    const AdminAction action = adminActions().at(index);
    m_fx->useUserToken();
    Session session(&m_fx->client());
    signIn(session);
    if (QTest::currentTestFailed())
        return;
    m_fx->emulator().clearJournal();

    auto error = std::make_shared<std::optional<ApiError>>();
    action.send(&m_fx->client(), this, [error](const ApiError& e) { *error = e; });
    QVERIFY(QTest::qWaitFor([error] { return error->has_value(); }, kAnswerTimeoutMs));
    const ApiError& refused = **error;
    QVERIFY2(refused.kind == ApiError::Kind::Forbidden, describe(refused).constData());
    QVERIFY(refused.refusedLocally);
    QVERIFY(refused.detail.contains(action.method));
    QVERIFY(!refused.userMessage().isEmpty());
    ApiError byServer;
    byServer.kind = ApiError::Kind::Forbidden;
    QVERIFY(refused.userMessage() != byServer.userMessage()); // says nothing was sent
    // Nothing reached the server.
    QCOMPARE(m_fx->journalCount(), 0);
    QCOMPARE(m_fx->client().inFlightCount(), 0);
}

void TstApiSession::readOnly_selfServiceAndReadsGoThrough() {
    m_fx->useUserToken();
    Session session(&m_fx->client());
    signIn(session);
    if (QTest::currentTestFailed())
        return;
    m_fx->emulator().clearJournal();
    ApiClient* client = &m_fx->client();

    Outcome<User> self;
    ProfileService(client).edit(QStringLiteral("Дмитрий"), QStringLiteral("Волков"),
                                QStringLiteral("d.volkov@acme-logistics.kz"), this, self.sink());
    Outcome<User> password;
    ProfileService(client).changePassword(
        QStringLiteral("demo1234"), QStringLiteral("Another-Secret-1"), this, password.sink());
    Outcome<ListPage<Sim>> sims;
    SimService(client).list({}, 0, 10, this, sims.sink());
    Outcome<ListPage<Group>> groups;
    GroupService(client).list(0, 10, {}, this, groups.sink());
    Outcome<ListPage<User>> users;
    UserService(client).list(0, 10, this, users.sink());
    Outcome<ListPage<Bill>> bills;
    BillService(client).list(0, 10, this, bills.sink());
    Outcome<User> me;
    ProfileService(client).get(this, me.sink());
    Outcome<Company> company;
    CompanyService(client).get(this, company.sink());
    ReportQuery query;
    query.start = QDate::currentDate().addDays(-3);
    query.end = QDate::currentDate().addDays(-1);
    Outcome<ListPage<SessionReportRow>> sessions;
    ReportService(client).sessions(query, 0, 10, this, sessions.sink());
    Outcome<ListPage<DayReportRow>> days;
    ReportService(client).daily(query, 0, 10, this, days.sink());
    Outcome<ListPage<CallSmsReportRow>> calls;
    ReportService(client).callsAndSms(query, 0, 10, this, calls.sink());
    TestTemporaryDir dir;
    QVERIFY(dir.isValid());
    CallWatch invoice(
        BillService(client).downloadInvoice(5001, dir.filePath(QStringLiteral("i.pdf"))));

    QVERIFY(self.wait() && password.wait() && sims.wait() && groups.wait() && users.wait() &&
            bills.wait() && me.wait() && company.wait() && sessions.wait() && days.wait() &&
            calls.wait() && invoice.wait());
    API_VERIFY_OK(self);
    QCOMPARE(self.value().id, 12);
    QCOMPARE(self.value().firstName, QStringLiteral("Дмитрий"));
    API_VERIFY_OK(password);
    API_VERIFY_OK(sims);
    API_VERIFY_OK(groups);
    API_VERIFY_OK(users);
    API_VERIFY_OK(bills);
    API_VERIFY_OK(me);
    API_VERIFY_OK(company);
    API_VERIFY_OK(sessions);
    API_VERIFY_OK(days);
    API_VERIFY_OK(calls);
    QVERIFY2(!invoice.error().isError(), describe(invoice.error()).constData());

    const auto journal = m_fx->journal();
    QCOMPARE(journal.size(), 12);
    for (const auto& entry : journal) {
        QCOMPARE(entry.role, QStringLiteral("user"));
        QVERIFY2(
            entry.httpStatus == 200 &&
                (entry.apiCode == 200 || entry.method.startsWith(QLatin1String("bill/download"))),
            qPrintable(entry.method));
    }
    const auto selfEdit = m_fx->journal(QStringLiteral("user/edit"));
    QCOMPARE(selfEdit.size(), 1);
    QVERIFY(!selfEdit.first().body.contains(QLatin1String("id")));
}

void TstApiSession::readOnly_refusesMethodNotOnTheAllowList() {
    m_fx->useUserToken();
    Session session(&m_fx->client());
    signIn(session);
    if (QTest::currentTestFailed())
        return;
    m_fx->emulator().clearJournal();
    // A write the client has no name for (a newer API, a typo): refused, not sent.
    CallWatch unknown(m_fx->client().post(QStringLiteral("sim/selfdestruct"),
                                          QJsonObject{{QStringLiteral("items"), 1}}));
    QVERIFY(unknown.wait());
    QCOMPARE(unknown.error().kind, ApiError::Kind::Forbidden);
    QVERIFY(unknown.error().refusedLocally);
    QCOMPARE(m_fx->journalCount(), 0);
}

void TstApiSession::newClient_readOnlyUntilSignInLearnsTheRole() {
    ApiClient client;
    QVERIFY(client.isReadOnly());
    QVERIFY(client.setBaseUrl(m_fx->emulator().baseUrl()));
    client.setToken(m_fx->config().adminToken);
    m_fx->emulator().clearJournal();

    Outcome<Group> before;
    GroupService(&client).create(QStringLiteral("before sign-in"), this, before.sink());
    QVERIFY(before.wait());
    QCOMPARE(before.error().kind, ApiError::Kind::Forbidden);
    QVERIFY(before.error().refusedLocally);
    QCOMPARE(m_fx->journalCount(), 0);

    Session session(&client);
    signIn(session);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(!client.isReadOnly()); // an administrator's token
    Outcome<Group> after;
    GroupService(&client).create(QStringLiteral("after sign-in"), this, after.sink());
    QVERIFY(after.wait());
    API_VERIFY_OK(after);
    QCOMPARE(m_fx->journalCount(QStringLiteral("group/create")), 1);
}

void TstApiSession::signingIn_readOnlyUntilTheRoleIsKnown() {
    // A writable client (an earlier administrator's session) signs in with another token.
    m_fx->client().setReadOnly(false);
    m_fx->emulator().setLatencyMs(200);
    Session session(&m_fx->client());
    session.signIn();
    QVERIFY(session.isSigningIn());
    QVERIFY(m_fx->client().isReadOnly());
    m_fx->emulator().clearJournal();
    Outcome<Group> during;
    GroupService(&m_fx->client()).create(QStringLiteral("during sign-in"), this, during.sink());
    QVERIFY(during.wait());
    QVERIFY(during.error().refusedLocally);
    QTRY_VERIFY_WITH_TIMEOUT(session.isSignedIn(), kAnswerTimeoutMs);
    QVERIFY(!m_fx->client().isReadOnly());
    QCOMPARE(m_fx->journalCount(QStringLiteral("group/create")), 0);
}

void TstApiSession::signInTwice_signsInOnceWithoutFailure() {
    m_fx->emulator().setLatencyMs(100);
    Session session(&m_fx->client());
    QSignalSpy signedIn(&session, &Session::signedIn);
    QSignalSpy failed(&session, &Session::signInFailed);
    session.signIn();
    QVERIFY(QTest::qWaitFor([this] { return m_fx->client().inFlightCount() == 2; }, 2000));
    session.signIn(); // e.g. the user pressed "Sign in" again
    QVERIFY(QTest::qWaitFor([&] { return !signedIn.isEmpty() || !failed.isEmpty(); },
                            kAnswerTimeoutMs));
    QTest::qWait(150);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(signedIn.count(), 1);
    QVERIFY(session.isSignedIn());
    QVERIFY(!session.isReadOnly());
    QVERIFY(!m_fx->client().isReadOnly());
}

void TstApiSession::unknownToken_signInFails() {
    m_fx->client().setToken(QStringLiteral("revoked-token"));
    Session session(&m_fx->client());
    QSignalSpy signedIn(&session, &Session::signedIn);
    QSignalSpy failed(&session, &Session::signInFailed);
    session.signIn();
    QVERIFY(failed.wait(kAnswerTimeoutMs) || !failed.isEmpty());
    QTest::qWait(50); // a second part finishing late must not emit again
    QCOMPARE(failed.count(), 1);
    QCOMPARE(signedIn.count(), 0);
    QCOMPARE(failed.first().first().value<ApiError>().kind, ApiError::Kind::Unauthorized);
    QVERIFY(!session.isSignedIn());
    QVERIFY(!session.isSigningIn());
    QVERIFY(m_fx->client().isReadOnly());
    for (const auto& entry : m_fx->journal())
        QCOMPARE(entry.role, QStringLiteral("none"));
}

void TstApiSession::signOut_clearsSessionAndRefusesWrites() {
    Session session(&m_fx->client());
    signIn(session);
    if (QTest::currentTestFailed())
        return;
    QSignalSpy signedOut(&session, &Session::signedOut);
    session.signOut();
    QCOMPARE(signedOut.count(), 1);
    QVERIFY(!session.isSignedIn());
    QVERIFY(!m_fx->client().hasToken());
    QVERIFY(m_fx->client().isReadOnly());
    m_fx->emulator().clearJournal();

    Outcome<Group> out;
    GroupService(&m_fx->client()).create(QStringLiteral("after sign-out"), this, out.sink());
    QVERIFY(out.wait());
    QCOMPARE(out.error().kind, ApiError::Kind::Forbidden);
    QVERIFY(out.error().refusedLocally);
    QCOMPARE(m_fx->journalCount(), 0);
}

void TstApiSession::signOutWhileSigningIn_reportsNoFailure() {
    m_fx->emulator().setLatencyMs(200);
    Session session(&m_fx->client());
    QSignalSpy signedIn(&session, &Session::signedIn);
    QSignalSpy failed(&session, &Session::signInFailed);
    QSignalSpy signedOut(&session, &Session::signedOut);
    session.signIn();
    QVERIFY(QTest::qWaitFor([this] { return m_fx->client().inFlightCount() == 2; }, 2000));
    session.signOut();
    QCOMPARE(signedOut.count(), 1);
    QVERIFY(!session.isSigningIn());
    QVERIFY(!session.isSignedIn());
    QTest::qWait(300); // the server's late answers change nothing
    QCOMPARE(failed.count(), 0);
    QCOMPARE(signedIn.count(), 0);
    QVERIFY(!session.isSignedIn());
    QVERIFY(m_fx->client().isReadOnly());
}

QTEST_GUILESS_MAIN(TstApiSession)
#include "tst_api_session.moc"

