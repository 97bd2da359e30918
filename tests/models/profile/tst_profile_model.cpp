// ProfileModel against the in-process emulator over real loopback HTTP: the
// profile read, a saved edit seen in user/get and by the Session, input the
// client refuses never reaching the emulator, the server's refusals, the
// password change (then the old password refused), passwords never logged,
// the read-only role editing its own profile, and the offline state.
#include "api/Session.h"
#include "api/UserService.h"
#include "models/profile/PasswordStrength.h"
#include "models/profile/ProfileModel.h"
#include "tests/support/ApiTestSupport.h"
#include "tests/support/EmulatorFixture.h"
#include "tests/support/EmulatorJournal.h"
#include "tests/support/MessageCapture.h"
#include "translations/Translations.h"

#include <QLoggingCategory>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace simfleet;

namespace {

constexpr int kWaitMs = 30000;
const QString kDemoPassword = QStringLiteral("demo1234");

// What user/get says now, read by `client`.
User serverProfile(ApiClient& client) {
    Outcome<User> out;
    ProfileService(&client).get(&client, out.sink());
    if (!out.wait(kWaitMs))
        qWarning("user/get did not answer");
    return out.result().value;
}

bool signIn(Session& session) {
    QSignalSpy signedIn(&session, &Session::signedIn);
    session.signIn();
    return signedIn.wait(kWaitMs) || session.isSignedIn();
}

bool load(ProfileModel& model) {
    model.reload();
    return QTest::qWaitFor([&] { return model.state() != ProfileModel::State::Loading; }, kWaitMs);
}

} // namespace

class TestProfileModel final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void checks_refuseEmptyNamesAndImplausibleEmails();
    void checks_refuseMissingDifferingOrUnchangedPasswords();
    void strength_levelsFromLengthAndKinds();

    void reload_readsTheSignedInUser();
    void save_editVisibleInUserGetAndInTheSession();
    void save_unchangedOrInvalid_nothingSent();
    void sessionUpdateUser_onlyTheSignedInUserAndNotTheRole();
    void save_serverRefusal_messageKeptProfileUnchanged();
    void changePassword_thenTheOldPasswordIsRefused();
    void changePassword_refusedInput_nothingSent();
    void changePassword_passwordsNeverLogged();
    void readOnlyRole_editsOwnProfileAndPassword();
    void offline_failedReadSaysSoAndRetryWorks();
    void clear_forgetsTheProfile();

private:
    std::unique_ptr<EmulatorFixture> m_fx;
};

void TestProfileModel::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    // English plural forms ("8 characters").
    QVERIFY(Translations::install(QStringLiteral("en")));
}

void TestProfileModel::init() {
    m_fx = std::make_unique<EmulatorFixture>(EmulatorFixture::smallFleet(10));
    QVERIFY(m_fx->isListening());
}

void TestProfileModel::cleanup() {
    m_fx.reset();
}

void TestProfileModel::checks_refuseEmptyNamesAndImplausibleEmails() {
    const ProfileEdit good{QStringLiteral("Aigerim"), QStringLiteral("Nurlanova"),
                           QStringLiteral("a.n@acme.kz")};
    QVERIFY(!ProfileValidation::checkProfile(good));
    QVERIFY(!ProfileValidation::checkProfile(
        {QStringLiteral(" Айгерим "), QStringLiteral("Нурланова"), QStringLiteral(" a@b.kz ")}));

    ProfileEdit edit = good;
    edit.firstName = QStringLiteral("   ");
    QCOMPARE(ProfileValidation::checkProfile(edit)->field, ProfileField::FirstName);
    edit = good;
    edit.lastName.clear();
    QCOMPARE(ProfileValidation::checkProfile(edit)->field, ProfileField::LastName);
    for (const QString& email :
         {QString(), QStringLiteral("a.n.acme.kz"), QStringLiteral("a.n@acme"),
          QStringLiteral("a n@acme.kz"), QStringLiteral("a@@acme.kz"), QStringLiteral("@acme.kz"),
          QStringLiteral("a@acme.")}) {
        edit = good;
        edit.email = email;
        const auto problem = ProfileValidation::checkProfile(edit);
        QVERIFY2(problem, qPrintable(email));
        QCOMPARE(problem->field, ProfileField::Email);
        QVERIFY(!problem->reason.isEmpty());
    }
    QVERIFY(ProfileValidation::isPlausibleEmail(QStringLiteral("o.petrenko+sims@mail.acme.kz")));
}

void TestProfileModel::checks_refuseMissingDifferingOrUnchangedPasswords() {
    using V = ProfileValidation;
    QCOMPARE(
        V::checkPasswordChange({}, QStringLiteral("n3w-Pass"), QStringLiteral("n3w-Pass"))->field,
        ProfileField::OldPassword);
    QCOMPARE(V::checkPasswordChange(kDemoPassword, {}, {})->field, ProfileField::NewPassword);
    QCOMPARE(V::checkPasswordChange(kDemoPassword, QStringLiteral("n3w-Pass"),
                                    QStringLiteral("n3w-pass"))
                 ->field,
             ProfileField::RepeatPassword);
    QCOMPARE(V::checkPasswordChange(kDemoPassword, kDemoPassword, kDemoPassword)->field,
             ProfileField::NewPassword);
    // Spaces are part of a password: nothing is trimmed.
    QVERIFY(!V::checkPasswordChange(kDemoPassword, QStringLiteral(" n3w-Pass "),
                                    QStringLiteral(" n3w-Pass ")));
}

void TestProfileModel::strength_levelsFromLengthAndKinds() {
    using L = PasswordStrength::Level;
    QCOMPARE(PasswordStrength::of({}).level(), L::Empty);
    QVERIFY(PasswordStrength::of({}).verdict().isEmpty());
    QVERIFY(!PasswordStrength::of({}).hint().isEmpty());
    QCOMPARE(PasswordStrength::of(QStringLiteral("ab1")).level(), L::Weak);
    QCOMPARE(PasswordStrength::of(QStringLiteral("abcdefghij")).level(), L::Weak); // one kind
    QCOMPARE(PasswordStrength::of(QStringLiteral("abcdefg1")).level(), L::Fair);
    QCOMPARE(PasswordStrength::of(QStringLiteral("Abcdefgh1234")).level(), L::Strong);
    QCOMPARE(PasswordStrength::of(QStringLiteral("abcdefgh12345678")).level(), L::Strong);
    const PasswordStrength cyrillic = PasswordStrength::of(QStringLiteral("Пароль-2026"));
    QCOMPARE(cyrillic.length(), 11);
    QCOMPARE(cyrillic.characterClasses(), 4);
    QCOMPARE(cyrillic.level(), L::Fair);
    QCOMPARE(PasswordStrength::of(QStringLiteral("abcdefg1")).verdict(), QStringLiteral("Fair"));
    QVERIFY2(PasswordStrength::of(QStringLiteral("abcdefg1"))
                 .hint()
                 .startsWith(QStringLiteral("Fair: 8 characters, 2 kinds of characters.")),
             qPrintable(PasswordStrength::of(QStringLiteral("abcdefg1")).hint()));
}

void TestProfileModel::reload_readsTheSignedInUser() {
    ProfileModel model(&m_fx->client());
    QCOMPARE(model.state(), ProfileModel::State::Empty);
    QSignalSpy userChanged(&model, &ProfileModel::userChanged);
    model.reload();
    QCOMPARE(model.state(), ProfileModel::State::Loading);
    QVERIFY(load(model));
    QCOMPARE(model.state(), ProfileModel::State::Loaded);
    QVERIFY(model.isLoaded());
    QCOMPARE(model.user().id, 11);
    QCOMPARE(model.user().firstName, QStringLiteral("Aigerim"));
    QCOMPARE(model.user().phone, QStringLiteral("+77011234567"));
    QCOMPARE(model.user().role, QStringLiteral("admin"));
    QCOMPARE(userChanged.count(), 1);
    QCOMPARE(model.current().email, QStringLiteral("aigerim.nurlanova@acme-logistics.kz"));
}

void TestProfileModel::save_editVisibleInUserGetAndInTheSession() {
    Session session(&m_fx->client());
    QVERIFY(signIn(session));
    ProfileModel model(&m_fx->client(), &session);
    QVERIFY(load(model));
    QSignalSpy sessionUser(&session, &Session::userChanged);
    QSignalSpy saved(&model, &ProfileModel::saveFinished);

    const ProfileEdit edit{QStringLiteral("  Aigerim-Ai "), QStringLiteral("Nurlanova-Seitova"),
                           QStringLiteral("aigerim@acme-logistics.kz")};
    QCOMPARE(model.save(edit), ProfileModel::Submit::Sent);
    QVERIFY(model.isSaving());
    QVERIFY(saved.wait(kWaitMs));
    QVERIFY2(!saved.at(0).at(0).value<ApiError>().isError(),
             qPrintable(saved.at(0).at(0).value<ApiError>().userMessage()));
    QVERIFY(!model.isSaving());

    // Sent once, as the signed-in user's own edit (no id), trimmed.
    const auto sent = m_fx->journal(QStringLiteral("user/edit"));
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.at(0).body,
             (QJsonObject{{QStringLiteral("first_name"), QStringLiteral("Aigerim-Ai")},
                          {QStringLiteral("last_name"), QStringLiteral("Nurlanova-Seitova")},
                          {QStringLiteral("email"), QStringLiteral("aigerim@acme-logistics.kz")}}));

    const User server = serverProfile(m_fx->client());
    QCOMPARE(server.firstName, QStringLiteral("Aigerim-Ai"));
    QCOMPARE(server.lastName, QStringLiteral("Nurlanova-Seitova"));
    QCOMPARE(server.email, QStringLiteral("aigerim@acme-logistics.kz"));
    QCOMPARE(server.phone, QStringLiteral("+77011234567")); // not part of a self-edit
    QCOMPARE(model.user(), server);

    // Who is signed in: the new name, the role learnt at sign-in.
    QCOMPARE(sessionUser.count(), 1);
    QCOMPARE(session.user().firstName, QStringLiteral("Aigerim-Ai"));
    QCOMPARE(session.user().displayName(), server.displayName());
    QVERIFY(!session.isReadOnly());
}

void TestProfileModel::sessionUpdateUser_onlyTheSignedInUserAndNotTheRole() {
    Session session(&m_fx->client());
    QSignalSpy changed(&session, &Session::userChanged);
    User someone;
    someone.id = 11;
    someone.firstName = QStringLiteral("Nobody");
    session.updateUser(someone); // not signed in: nothing to update
    QCOMPARE(session.user(), User());
    QVERIFY(signIn(session));
    const User signedIn = session.user();

    User other = signedIn;
    other.id = 12;
    other.firstName = QStringLiteral("Dmitry");
    session.updateUser(other); // another user's record never replaces the session's
    QCOMPARE(session.user(), signedIn);
    session.updateUser(signedIn); // the same: no signal
    QCOMPARE(changed.count(), 0);

    User edited = signedIn;
    edited.lastName = QStringLiteral("Seitova");
    edited.role = QStringLiteral("user"); // the role is sign-in's to learn
    session.updateUser(edited);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(session.user().lastName, QStringLiteral("Seitova"));
    QCOMPARE(session.user().role, QStringLiteral("admin"));
    QVERIFY(!session.isReadOnly());
    QVERIFY(!m_fx->client().isReadOnly());
}

void TestProfileModel::save_unchangedOrInvalid_nothingSent() {
    ProfileModel model(&m_fx->client());
    QVERIFY(load(model));
    FieldProblem problem{ProfileField::OldPassword, {}};
    QCOMPARE(model.save(model.current()), ProfileModel::Submit::Unchanged);
    ProfileEdit spaces = model.current();
    spaces.firstName += QStringLiteral("  ");
    QCOMPARE(model.save(spaces), ProfileModel::Submit::Unchanged);
    QVERIFY(!model.differsFromCurrent(spaces));

    ProfileEdit edit = model.current();
    edit.lastName = QStringLiteral(" ");
    QCOMPARE(model.save(edit, &problem), ProfileModel::Submit::Refused);
    QCOMPARE(problem.field, ProfileField::LastName);
    QCOMPARE(problem.reason, QStringLiteral("Enter your last name."));
    edit = model.current();
    edit.email = QStringLiteral("aigerim.acme-logistics.kz");
    QCOMPARE(model.save(edit, &problem), ProfileModel::Submit::Refused);
    QCOMPARE(problem.field, ProfileField::Email);
    QVERIFY(!model.isSaving());

    // Let anything that might have left arrive, then look.
    QVERIFY(serverProfile(m_fx->client()).id == 11);
    QCOMPARE(m_fx->journalCount(QStringLiteral("user/edit")), 0);
    QCOMPARE(EmulatorJournal::writeRequests(m_fx->emulator()), 0);
}

void TestProfileModel::save_serverRefusal_messageKeptProfileUnchanged() {
    ProfileModel model(&m_fx->client());
    QVERIFY(load(model));
    const User before = model.user();
    QSignalSpy saved(&model, &ProfileModel::saveFinished);
    QSignalSpy userChanged(&model, &ProfileModel::userChanged);
    // Another user's address: the emulator refuses it.
    ProfileEdit edit = model.current();
    edit.email = QStringLiteral("d.volkov@acme-logistics.kz");
    QCOMPARE(model.save(edit), ProfileModel::Submit::Sent);
    QVERIFY(saved.wait(kWaitMs));
    const ApiError error = saved.at(0).at(0).value<ApiError>();
    QCOMPARE(error.kind, ApiError::Kind::Validation);
    QCOMPARE(error.serverMessage,
             QStringLiteral("A user with email d.volkov@acme-logistics.kz already exists"));
    QVERIFY(error.userMessage().contains(error.serverMessage));
    QCOMPARE(model.user(), before);
    QCOMPARE(userChanged.count(), 0);
    QCOMPARE(serverProfile(m_fx->client()).email, before.email);
}

void TestProfileModel::changePassword_thenTheOldPasswordIsRefused() {
    ProfileModel model(&m_fx->client());
    QVERIFY(load(model));
    QSignalSpy finished(&model, &ProfileModel::passwordChangeFinished);
    const QString next = QStringLiteral("Sunny-Steppe-2026");
    QCOMPARE(model.changePassword(kDemoPassword, next, next), ProfileModel::Submit::Sent);
    QVERIFY(model.isChangingPassword());
    QVERIFY(finished.wait(kWaitMs));
    QVERIFY2(!finished.at(0).at(0).value<ApiError>().isError(),
             qPrintable(finished.at(0).at(0).value<ApiError>().userMessage()));
    const auto sent = m_fx->journal(QStringLiteral("user/password"));
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.at(0).body.value(QStringLiteral("old_password")).toString(), kDemoPassword);
    QCOMPARE(sent.at(0).body.value(QStringLiteral("password")).toString(), next);

    // The old password no longer counts: the server says so, in its words.
    QCOMPARE(model.changePassword(kDemoPassword, QStringLiteral("Another-one-1"),
                                  QStringLiteral("Another-one-1")),
             ProfileModel::Submit::Sent);
    QVERIFY(finished.wait(kWaitMs));
    const ApiError refused = finished.at(1).at(0).value<ApiError>();
    QCOMPARE(refused.kind, ApiError::Kind::Validation);
    QCOMPARE(refused.serverMessage, QStringLiteral("The old password is wrong"));
    QVERIFY(refused.userMessage().contains(QStringLiteral("The old password is wrong")));
    // The new one does.
    QCOMPARE(model.changePassword(next, QStringLiteral("Another-one-1"),
                                  QStringLiteral("Another-one-1")),
             ProfileModel::Submit::Sent);
    QVERIFY(finished.wait(kWaitMs));
    QVERIFY(!finished.at(2).at(0).value<ApiError>().isError());
}

void TestProfileModel::changePassword_refusedInput_nothingSent() {
    ProfileModel model(&m_fx->client());
    QVERIFY(load(model));
    FieldProblem problem{ProfileField::FirstName, {}};
    QCOMPARE(model.changePassword({}, QStringLiteral("n3w-Pass!"), QStringLiteral("n3w-Pass!"),
                                  &problem),
             ProfileModel::Submit::Refused);
    QCOMPARE(problem.field, ProfileField::OldPassword);
    QCOMPARE(model.changePassword(kDemoPassword, {}, {}, &problem), ProfileModel::Submit::Refused);
    QCOMPARE(problem.field, ProfileField::NewPassword);
    QCOMPARE(model.changePassword(kDemoPassword, QStringLiteral("n3w-Pass!"),
                                  QStringLiteral("n3w-Pass?"), &problem),
             ProfileModel::Submit::Refused);
    QCOMPARE(problem.field, ProfileField::RepeatPassword);
    QVERIFY(!model.isChangingPassword());
    QVERIFY(serverProfile(m_fx->client()).id == 11);
    QCOMPARE(m_fx->journalCount(QStringLiteral("user/password")), 0);
    QCOMPARE(EmulatorJournal::writeRequests(m_fx->emulator()), 0);
}

void TestProfileModel::changePassword_passwordsNeverLogged() {
    ProfileModel model(&m_fx->client());
    QVERIFY(load(model));
    QLoggingCategory::setFilterRules(QStringLiteral("simfleet.*=true"));
    const QString wrongOld = QStringLiteral("Wr0ng-0ld-Secret");
    const QString next = QStringLiteral("Fresh-N3w-Secret");
    QStringList messages;
    {
        MessageCapture capture;
        QSignalSpy finished(&model, &ProfileModel::passwordChangeFinished);
        QCOMPARE(model.changePassword(wrongOld, next, next), ProfileModel::Submit::Sent);
        QVERIFY(finished.wait(kWaitMs));
        QCOMPARE(model.changePassword(kDemoPassword, next, next), ProfileModel::Submit::Sent);
        QVERIFY(finished.wait(kWaitMs));
        QVERIFY(!finished.at(1).at(0).value<ApiError>().isError());
        messages = capture.messages();
    }
    QLoggingCategory::setFilterRules(QString());
    // The API layer did log the calls; none of the passwords is in them.
    QVERIFY2(!messages.filter(QStringLiteral("user/password")).isEmpty(),
             qPrintable(messages.join(u'\n')));
    for (const QString& secret : {wrongOld, next, kDemoPassword})
        QVERIFY2(messages.filter(secret).isEmpty(), qPrintable(messages.join(u'\n')));
}

void TestProfileModel::readOnlyRole_editsOwnProfileAndPassword() {
    m_fx->useUserToken();
    Session session(&m_fx->client());
    QVERIFY(signIn(session));
    QVERIFY(session.isReadOnly());
    ProfileModel model(&m_fx->client(), &session);
    QVERIFY(load(model));
    QCOMPARE(model.user().role, QStringLiteral("user"));

    QSignalSpy saved(&model, &ProfileModel::saveFinished);
    ProfileEdit edit = model.current();
    edit.firstName = QStringLiteral("Dmitrii");
    QCOMPARE(model.save(edit), ProfileModel::Submit::Sent);
    QVERIFY(saved.wait(kWaitMs));
    QVERIFY2(!saved.at(0).at(0).value<ApiError>().isError(),
             qPrintable(saved.at(0).at(0).value<ApiError>().userMessage()));
    QCOMPARE(session.user().firstName, QStringLiteral("Dmitrii"));
    QVERIFY(session.isReadOnly()); // the role stays what sign-in learnt

    QSignalSpy changed(&model, &ProfileModel::passwordChangeFinished);
    QCOMPARE(model.changePassword(kDemoPassword, QStringLiteral("Volkov-2026!"),
                                  QStringLiteral("Volkov-2026!")),
             ProfileModel::Submit::Sent);
    QVERIFY(changed.wait(kWaitMs));
    QVERIFY(!changed.at(0).at(0).value<ApiError>().isError());
    // Only the two self-service writes were sent, both as the read-only role.
    QCOMPARE(EmulatorJournal::writeMethods(m_fx->emulator()),
             (QStringList{QStringLiteral("user/edit"), QStringLiteral("user/password")}));
    for (const auto& entry : m_fx->journal(QStringLiteral("user/edit"))) {
        QCOMPARE(entry.role, QStringLiteral("user"));
        QVERIFY(!entry.body.contains(QStringLiteral("id")));
    }
}

void TestProfileModel::offline_failedReadSaysSoAndRetryWorks() {
    ApiClient client;
    auto emulator = EmulatorFixture::startEmulator(EmulatorFixture::smallFleet(5));
    EmulatorFixture::connectClient(client, *emulator);
    const QUrl address = emulator->baseUrl();
    emulator.reset(); // nobody listens there any more
    ProfileModel model(&client);
    QVERIFY(load(model));
    QCOMPARE(model.state(), ProfileModel::State::Failed);
    QVERIFY(model.isOffline());
    QVERIFY(!model.isLoaded());
    QCOMPARE(model.save({QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("a@b.kz")}),
             ProfileModel::Submit::Busy);

    // The server is back (the same address): a retry reads the profile.
    novaemu::EmulatorConfig config = EmulatorFixture::smallFleet(5);
    auto again = std::make_unique<novaemu::Emulator>(config);
    if (again->listen(quint16(address.port())) == 0)
        QSKIP("the old port was taken meanwhile");
    QVERIFY(load(model));
    QCOMPARE(model.state(), ProfileModel::State::Loaded);
    QVERIFY(!model.isOffline());
    QVERIFY(!model.error().isError());
}

void TestProfileModel::clear_forgetsTheProfile() {
    ProfileModel model(&m_fx->client());
    QVERIFY(load(model));
    QSignalSpy saved(&model, &ProfileModel::saveFinished);
    ProfileEdit edit = model.current();
    edit.firstName = QStringLiteral("Later");
    QCOMPARE(model.save(edit), ProfileModel::Submit::Sent);
    model.clear(); // sign-out while the save runs: its answer is not shown
    QCOMPARE(model.state(), ProfileModel::State::Empty);
    QVERIFY(!model.isLoaded());
    QCOMPARE(model.user(), User());
    QVERIFY(!model.isSaving());
    // A round trip later the cancelled save has certainly not reported.
    QVERIFY(serverProfile(m_fx->client()).id == 11);
    QCOMPARE(saved.count(), 0);
    QCOMPARE(model.user(), User());
}

QTEST_GUILESS_MAIN(TestProfileModel)
#include "tst_profile_model.moc"
