// UsersModel and UserInput over real loopback HTTP against the emulator: the
// list in one insert, create/edit/activate/deactivate/remove end to end,
// refusals (invalid fields, removing or deactivating oneself) that never reach
// the network, the emulator's own errors, and passwords kept out of every log
// and journal line.
#include "api/ApiClient.h"
#include "api/Session.h"
#include "api/UserService.h"
#include "models/users/UserInput.h"
#include "models/users/UsersModel.h"
#include "tests/support/EmulatorFixture.h"
#include "tests/support/MessageCapture.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QStandardPaths>
#include "tests/support/TestTemporaryDir.h"
#include <QTest>

#include <memory>
#include <optional>
#include <utility>

using namespace simfleet;

namespace {

// The emulator's company: 8 users, the admin token's user is 11.
constexpr int kSeedUsers = 8;
constexpr qint64 kAdminId = 11;
constexpr qint64 kUserId = 12;

struct Rig {
    explicit Rig(const novaemu::EmulatorConfig& config = EmulatorFixture::smallFleet(10))
        : fixture(config)
        , session(&fixture.client()) {
        tester = std::make_unique<QAbstractItemModelTester>(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    bool signIn() {
        QSignalSpy signedIn(&session, &Session::signedIn);
        session.signIn();
        return signedIn.wait(30000) && !session.isReadOnly();
    }

    bool reload() {
        QSignalSpy finished(&model, &UsersModel::loadFinished);
        model.reload();
        return model.isLoading() && finished.wait(30000);
    }

    // Runs one change and waits for its answer; nullopt when it was refused
    // before sending (*refusal says why).
    template <typename Send> std::optional<ApiError> change(Send send, QString* refusal = nullptr) {
        std::optional<ApiError> answer;
        QString why;
        const bool sent = send([&answer](const ApiError& error) { answer = error; }, &why);
        if (refusal)
            *refusal = why;
        if (!sent)
            return std::nullopt;
        if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 30000))
            answer = ApiError::cancelled();
        return answer;
    }

    // The users as NovaConnect lists them now.
    QVector<User> serverUsers() {
        std::optional<Result<ListPage<User>>> result;
        QObject context;
        UserService(&fixture.client())
            .fetchAll(&context, [&result](const Result<ListPage<User>>& r) { result = r; });
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, 30000))
            return {};
        return result->value.items;
    }
    std::optional<User> serverUser(qint64 id) {
        for (const User& user : serverUsers()) {
            if (user.id == id)
                return user;
        }
        return std::nullopt;
    }

    EmulatorFixture fixture;
    Session session;
    UsersModel model{&fixture.client(), &session};
    std::unique_ptr<QAbstractItemModelTester> tester;
};

NewUser aNewUser() {
    NewUser user;
    user.firstName = QStringLiteral("  Marat ");
    user.lastName = QStringLiteral("Abenov");
    user.email = QStringLiteral("marat.abenov@acme-logistics.kz");
    user.phone = QStringLiteral("+7 (701) 555-12-34");
    user.password = QStringLiteral("Zebra-Orbit-4471");
    user.role = QStringLiteral("user");
    user.sendCredentials = true;
    return user;
}

} // namespace

class TestUsersModel final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void input_refusesMissingAndMalformedFields();
    void load_everyUserInOneInsert_rolesTranslatedUnknownRaw();
    void reload_changesInPlace_failedReadKeepsRows();
    void create_appendsRowAndSendsWhatWasTyped();
    void create_invalidFields_neverReachTheNetwork();
    void create_duplicateEmail_serverMessageReturned();
    void edit_sendsOnlyChangedFields();
    void activateDeactivate_endToEnd();
    void remove_endToEnd();
    void removeOrDeactivateYourself_refusedBeforeSending();
    void readOnlySession_sendsNoWriteRequest();
    void passwords_neverInLogsOrJournalFile();
    void clear_dropsRowsAndLateAnswers();
};

void TestUsersModel::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
}

void TestUsersModel::input_refusesMissingAndMalformedFields() {
    QVERIFY(!UserInput::firstNameProblem(QStringLiteral("   ")).isEmpty());
    QVERIFY(UserInput::firstNameProblem(QStringLiteral("Ivan")).isEmpty());
    QVERIFY(!UserInput::lastNameProblem(QString()).isEmpty());
    for (const char* bad : {"", "ivan", "ivan@", "@acme.kz", "ivan@acme", "iv an@acme.kz",
                            "ivan@@acme.kz", "ivan@acme..kz"})
        QVERIFY2(!UserInput::emailProblem(QLatin1String(bad)).isEmpty(), bad);
    for (const char* good : {"ivan@acme.kz", " i.ivanov+fleet@mail.acme-logistics.kz "})
        QVERIFY2(UserInput::emailProblem(QLatin1String(good)).isEmpty(), good);
    for (const char* bad : {"", "12345", "+7 701 abc", "7701+1234567", "+1234567890123456"})
        QVERIFY2(!UserInput::phoneProblem(QLatin1String(bad)).isEmpty(), bad);
    for (const char* good : {"+77011234567", "+7 (701) 123-45-67", "8.701.123.45.67"})
        QVERIFY2(UserInput::phoneProblem(QLatin1String(good)).isEmpty(), good);
    QCOMPARE(UserInput::normalizedPhone(QStringLiteral(" +7 (701) 123-45-67 ")),
             QStringLiteral("+77011234567"));

    NewUser user = aNewUser();
    QVERIFY(UserInput::problem(user).isEmpty());
    user.email = QStringLiteral("not an email");
    QCOMPARE(UserInput::problem(user), UserInput::emailProblem(user.email));
    UserChanges changes;
    QVERIFY(UserInput::problem(changes).isEmpty()); // nothing changed: nothing to check
    changes.phone = QStringLiteral("12");
    QCOMPARE(UserInput::problem(changes), UserInput::phoneProblem(QStringLiteral("12")));
}

void TestUsersModel::load_everyUserInOneInsert_rolesTranslatedUnknownRaw() {
    Rig rig;
    QSignalSpy inserted(&rig.model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&rig.model, &QAbstractItemModel::modelReset);
    QVERIFY(!rig.model.isLoaded());
    QVERIFY(rig.reload());
    QVERIFY(rig.model.isLoaded());
    QVERIFY(!rig.model.error().isError());
    QCOMPARE(rig.model.rowCount(), kSeedUsers);
    QCOMPARE(rig.model.columnCount(), int(UsersModel::ColumnCount));
    QCOMPARE(inserted.size() + reset.size(), 1);
    const QVector<User> server = rig.serverUsers();
    QCOMPARE(server.size(), kSeedUsers);
    for (int row = 0; row < server.size(); ++row) {
        const User& user = server.at(row);
        auto cell = [&](int column) { return rig.model.index(row, column).data().toString(); };
        QCOMPARE(cell(UsersModel::FirstName), user.firstName);
        QCOMPARE(cell(UsersModel::LastName), user.lastName);
        QCOMPARE(cell(UsersModel::Email), user.email);
        QCOMPARE(cell(UsersModel::Phone), user.phone);
        QCOMPARE(cell(UsersModel::Role),
                 user.isAdmin() ? QStringLiteral("Administrator") : QStringLiteral("User"));
        QCOMPARE(cell(UsersModel::Active),
                 user.active ? QStringLiteral("Yes") : QStringLiteral("No"));
        QCOMPARE(rig.model.index(row, UsersModel::Active).data(UsersModel::RawValueRole).toInt(),
                 user.active ? 1 : 0);
        QCOMPARE(rig.model.index(row, 0).data(UsersModel::IdRole).toLongLong(), user.id);
        // Deactivated users are greyed out.
        QCOMPARE(rig.model.index(row, UsersModel::Email).data(Qt::ForegroundRole).isValid(),
                 !user.active);
    }

    // Codes other than admin and user are shown as the server sent them.
    QCOMPARE(UsersModel::roleName(QStringLiteral(" ADMIN ")), QStringLiteral("Administrator"));
    QCOMPARE(UsersModel::roleName(QStringLiteral("user")), QStringLiteral("User"));
    QCOMPARE(UsersModel::roleName(QStringLiteral("billing-operator")),
             QStringLiteral("billing-operator"));
    User odd = server.first();
    odd.role = QStringLiteral("billing-operator");
    rig.model.setRowAt(0, odd);
    QCOMPARE(rig.model.index(0, UsersModel::Role).data().toString(),
             QStringLiteral("billing-operator"));
    QVERIFY(rig.model.index(0, UsersModel::Role)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("billing-operator")));
}

void TestUsersModel::reload_changesInPlace_failedReadKeepsRows() {
    Rig rig;
    QVERIFY(rig.signIn());
    QVERIFY(rig.reload());
    // Another administrator renames someone meanwhile.
    bool edited = false;
    UserChanges rename;
    rename.firstName = QStringLiteral("Dmitrii");
    UserService(&rig.fixture.client())
        .edit(kUserId, rename, &rig.session,
              [&edited](const Result<User>& result) { edited = result.ok(); });
    QTRY_VERIFY_WITH_TIMEOUT(edited, 30000);

    QSignalSpy changed(&rig.model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&rig.model, &QAbstractItemModel::modelReset);
    QVERIFY(rig.reload());
    QCOMPARE(reset.size(), 0);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(rig.model.userById(kUserId)->firstName, QStringLiteral("Dmitrii"));
    QVERIFY(!rig.model.isOffline());

    // NovaConnect unreachable: the rows stay, the model says it is offline.
    rig.fixture.stopEmulator();
    QVERIFY(rig.reload());
    QCOMPARE(rig.model.rowCount(), kSeedUsers);
    QCOMPARE(rig.model.error().kind, ApiError::Kind::Network);
    QVERIFY(rig.model.isOffline());
}

void TestUsersModel::create_appendsRowAndSendsWhatWasTyped() {
    Rig rig;
    QVERIFY(rig.signIn());
    QVERIFY(rig.reload());
    QSignalSpy inserted(&rig.model, &QAbstractItemModel::rowsInserted);
    const std::optional<ApiError> answer = rig.change([&](UsersModel::Done done, QString* why) {
        return rig.model.create(aNewUser(), std::move(done), why);
    });
    QVERIFY(answer.has_value());
    QVERIFY2(!answer->isError(), qPrintable(answer->userMessage()));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(rig.model.rowCount(), kSeedUsers + 1);
    const User created = rig.model.rowAt(kSeedUsers);
    QCOMPARE(created.firstName, QStringLiteral("Marat"));
    QCOMPARE(created.phone, QStringLiteral("+77015551234"));

    const auto sent = rig.fixture.journal(QStringLiteral("user/create"));
    QCOMPARE(sent.size(), 1);
    const QJsonObject body = sent.first().body;
    QCOMPARE(body.value(QStringLiteral("first_name")).toString(), QStringLiteral("Marat"));
    QCOMPARE(body.value(QStringLiteral("phone")).toString(), QStringLiteral("+77015551234"));
    QCOMPARE(body.value(QStringLiteral("send")).toBool(), true);
    QCOMPARE(body.value(QStringLiteral("role")).toString(), QStringLiteral("user"));
    QCOMPARE(body.value(QStringLiteral("password")).toString(), QStringLiteral("Zebra-Orbit-4471"));
    const std::optional<User> server = rig.serverUser(created.id);
    QVERIFY(server.has_value());
    QCOMPARE(*server, created);

    // No password: the field is not sent and the server makes one up.
    NewUser second = aNewUser();
    second.email = QStringLiteral("second@acme-logistics.kz");
    second.password.clear();
    second.role = QStringLiteral("admin");
    second.sendCredentials = false;
    QVERIFY(rig.change([&](UsersModel::Done done, QString* why) {
                   return rig.model.create(second, std::move(done), why);
               })
                ->kind == ApiError::Kind::None);
    const QJsonObject secondBody = rig.fixture.journal(QStringLiteral("user/create")).last().body;
    QVERIFY(!secondBody.contains(QStringLiteral("password")));
    QCOMPARE(secondBody.value(QStringLiteral("send")).toBool(true), false);
    QVERIFY(rig.model.rowAt(kSeedUsers + 1).isAdmin());
}

void TestUsersModel::create_invalidFields_neverReachTheNetwork() {
    Rig rig;
    QVERIFY(rig.signIn());
    QVERIFY(rig.reload());
    const int before = rig.fixture.journalCount();
    auto broken = [](void (*spoil)(NewUser&)) {
        NewUser user = aNewUser();
        spoil(user);
        return user;
    };
    const NewUser invalid[] = {
        broken([](NewUser& u) { u.firstName = QStringLiteral(" "); }),
        broken([](NewUser& u) { u.lastName.clear(); }),
        broken([](NewUser& u) { u.email = QStringLiteral("marat.acme.kz"); }),
        broken([](NewUser& u) { u.phone = QStringLiteral("call me"); }),
        broken([](NewUser& u) { u.phone.clear(); }),
    };
    for (const NewUser& user : invalid) {
        QString refusal;
        QVERIFY(
            !rig.change([&](UsersModel::Done done,
                            QString* why) { return rig.model.create(user, std::move(done), why); },
                        &refusal)
                 .has_value());
        QVERIFY(!refusal.isEmpty());
    }
    // Edits with invalid fields are refused alike.
    UserChanges changes;
    changes.email = QStringLiteral("nobody");
    QString refusal;
    QVERIFY(!rig.change(
                    [&](UsersModel::Done done, QString* why) {
                        return rig.model.edit(kUserId, changes, std::move(done), why);
                    },
                    &refusal)
                 .has_value());
    QCOMPARE(refusal, UserInput::emailProblem(QStringLiteral("nobody")));
    QCOMPARE(rig.fixture.journalCount(), before);
    QCOMPARE(rig.model.rowCount(), kSeedUsers);
}

void TestUsersModel::create_duplicateEmail_serverMessageReturned() {
    Rig rig;
    QVERIFY(rig.signIn());
    QVERIFY(rig.reload());
    NewUser user = aNewUser();
    user.email = QStringLiteral("D.Volkov@acme-logistics.kz"); // taken, in another letter case
    const std::optional<ApiError> answer = rig.change([&](UsersModel::Done done, QString* why) {
        return rig.model.create(user, std::move(done), why);
    });
    QVERIFY(answer.has_value());
    QCOMPARE(answer->kind, ApiError::Kind::Validation);
    QVERIFY2(answer->userMessage().contains(QStringLiteral("already exists")),
             qPrintable(answer->userMessage()));
    QCOMPARE(rig.model.rowCount(), kSeedUsers);

    // The server's password rule comes back as text as well.
    user = aNewUser();
    user.password = QStringLiteral("abc");
    const std::optional<ApiError> shortPassword =
        rig.change([&](UsersModel::Done done, QString* why) {
            return rig.model.create(user, std::move(done), why);
        });
    QCOMPARE(shortPassword->kind, ApiError::Kind::Validation);
    QVERIFY(shortPassword->userMessage().contains(QStringLiteral("6 characters")));
}

void TestUsersModel::edit_sendsOnlyChangedFields() {
    Rig rig;
    QVERIFY(rig.signIn());
    QVERIFY(rig.reload());
    const User before = *rig.model.userById(kUserId);
    UserChanges changes;
    changes.phone = QStringLiteral("+7 700 000 00 01");
    changes.role = QStringLiteral("admin");
    changes.password = QStringLiteral("Quartz-Lantern-92");
    QSignalSpy changed(&rig.model, &QAbstractItemModel::dataChanged);
    const std::optional<ApiError> answer = rig.change([&](UsersModel::Done done, QString* why) {
        return rig.model.edit(kUserId, changes, std::move(done), why);
    });
    QVERIFY(answer.has_value());
    QVERIFY2(!answer->isError(), qPrintable(answer->userMessage()));
    QCOMPARE(changed.size(), 1);
    const QJsonObject body = rig.fixture.journal(QStringLiteral("user/edit")).last().body;
    QStringList keys = body.keys();
    keys.sort();
    QCOMPARE(keys, (QStringList{"id", "password", "phone", "role"}));
    QCOMPARE(body.value(QStringLiteral("id")).toInteger(), kUserId);
    QCOMPARE(body.value(QStringLiteral("phone")).toString(), QStringLiteral("+77000000001"));

    const User* shown = rig.model.userById(kUserId);
    QCOMPARE(shown->phone, QStringLiteral("+77000000001"));
    QVERIFY(shown->isAdmin());
    QCOMPARE(shown->firstName, before.firstName);
    QCOMPARE(*rig.serverUser(kUserId), *shown);
}

void TestUsersModel::activateDeactivate_endToEnd() {
    Rig rig;
    QVERIFY(rig.signIn());
    QVERIFY(rig.reload());
    QVERIFY(rig.model.userById(kUserId)->active);
    QVERIFY(!rig.change([&](UsersModel::Done done, QString* why) {
                    return rig.model.setActive(kUserId, false, std::move(done), why);
                })
                 ->isError());
    QVERIFY(!rig.model.userById(kUserId)->active);
    QVERIFY(!rig.serverUser(kUserId)->active);
    const QJsonObject body = rig.fixture.journal(QStringLiteral("user/edit")).last().body;
    QCOMPARE(body, (QJsonObject{{"id", kUserId}, {"active", false}}));

    QVERIFY(!rig.change([&](UsersModel::Done done, QString* why) {
                    return rig.model.setActive(kUserId, true, std::move(done), why);
                })
                 ->isError());
    QVERIFY(rig.model.userById(kUserId)->active);
    QVERIFY(rig.serverUser(kUserId)->active);
}

void TestUsersModel::remove_endToEnd() {
    Rig rig;
    QVERIFY(rig.signIn());
    QVERIFY(rig.reload());
    QSignalSpy removed(&rig.model, &QAbstractItemModel::rowsRemoved);
    QVERIFY(!rig.change([&](UsersModel::Done done, QString* why) {
                    return rig.model.remove(kUserId, std::move(done), why);
                })
                 ->isError());
    QCOMPARE(removed.size(), 1);
    QCOMPARE(rig.model.rowCount(), kSeedUsers - 1);
    QVERIFY(!rig.model.userById(kUserId));
    QVERIFY(!rig.serverUser(kUserId).has_value());
    QCOMPARE(rig.fixture.journal(QStringLiteral("user/remove")).last().body,
             (QJsonObject{{"id", kUserId}}));
}

void TestUsersModel::removeOrDeactivateYourself_refusedBeforeSending() {
    Rig rig;
    QVERIFY(rig.signIn());
    QCOMPARE(rig.model.currentUserId(), kAdminId);
    QVERIFY(rig.reload());
    const int before = rig.fixture.journalCount();
    QString refusal;
    QVERIFY(
        !rig.change([&](UsersModel::Done done,
                        QString* why) { return rig.model.remove(kAdminId, std::move(done), why); },
                    &refusal)
             .has_value());
    QCOMPARE(refusal, rig.model.removeRefusal(kAdminId));
    QVERIFY(refusal.contains(QStringLiteral("cannot remove yourself")));
    QVERIFY(rig.model.removeRefusal(kUserId).isEmpty());

    QVERIFY(!rig.change(
                    [&](UsersModel::Done done, QString* why) {
                        return rig.model.setActive(kAdminId, false, std::move(done), why);
                    },
                    &refusal)
                 .has_value());
    QVERIFY(refusal.contains(QStringLiteral("cannot deactivate yourself")));
    UserChanges ownRole;
    ownRole.role = QStringLiteral("user");
    QVERIFY(!rig.change(
                    [&](UsersModel::Done done, QString* why) {
                        return rig.model.edit(kAdminId, ownRole, std::move(done), why);
                    },
                    &refusal)
                 .has_value());
    QCOMPARE(refusal, rig.model.selfRestriction(kAdminId));
    QCOMPARE(rig.fixture.journalCount(), before);
    QCOMPARE(rig.model.rowCount(), kSeedUsers);

    // One's own name and phone may change.
    UserChanges ownPhone;
    ownPhone.phone = QStringLiteral("+77011230000");
    QVERIFY(!rig.change([&](UsersModel::Done done, QString* why) {
                    return rig.model.edit(kAdminId, ownPhone, std::move(done), why);
                })
                 ->isError());
    QCOMPARE(rig.model.userById(kAdminId)->phone, QStringLiteral("+77011230000"));
}

void TestUsersModel::readOnlySession_sendsNoWriteRequest() {
    Rig rig;
    rig.fixture.useUserToken();
    QSignalSpy signedIn(&rig.session, &Session::signedIn);
    rig.session.signIn();
    QVERIFY(signedIn.wait(30000));
    QVERIFY(rig.session.isReadOnly());
    // The list is a read: a read-only session sees it.
    QVERIFY(rig.reload());
    QVERIFY(!rig.model.error().isError());
    QCOMPARE(rig.model.rowCount(), kSeedUsers);

    const int before = rig.fixture.journalCount();
    UserChanges changes;
    changes.firstName = QStringLiteral("Changed");
    const std::optional<ApiError> created = rig.change([&](UsersModel::Done done, QString* why) {
        return rig.model.create(aNewUser(), std::move(done), why);
    });
    const std::optional<ApiError> edited = rig.change([&](UsersModel::Done done, QString* why) {
        return rig.model.edit(kAdminId, changes, std::move(done), why);
    });
    const std::optional<ApiError> removed = rig.change([&](UsersModel::Done done, QString* why) {
        return rig.model.remove(kAdminId, std::move(done), why);
    });
    for (const std::optional<ApiError>& answer : {created, edited, removed}) {
        QVERIFY(answer.has_value());
        QCOMPARE(answer->kind, ApiError::Kind::Forbidden);
        QVERIFY(answer->refusedLocally);
    }
    QCOMPARE(rig.fixture.journalCount(), before);
    QCOMPARE(rig.model.rowCount(), kSeedUsers);
}

void TestUsersModel::passwords_neverInLogsOrJournalFile() {
    TestTemporaryDir dir;
    QVERIFY(dir.isValid());
    novaemu::EmulatorConfig config = EmulatorFixture::smallFleet(10);
    config.journalFile = dir.filePath(QStringLiteral("journal.jsonl"));
    const QString created = QStringLiteral("Velvet-Harbor-7781");
    const QString changed = QStringLiteral("Copper-Meadow-3316");
    const QString refused = QStringLiteral("Xq1");
    QStringList captured;
    {
        MessageCapture capture;
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
        Rig rig(config);
        QVERIFY(rig.signIn());
        QVERIFY(rig.reload());
        NewUser user = aNewUser();
        user.password = created;
        QVERIFY(!rig.change([&](UsersModel::Done done, QString* why) {
                        return rig.model.create(user, std::move(done), why);
                    })
                     ->isError());
        UserChanges changes;
        changes.password = changed;
        QVERIFY(!rig.change([&](UsersModel::Done done, QString* why) {
                        return rig.model.edit(kUserId, changes, std::move(done), why);
                    })
                     ->isError());
        // A refused password: neither the log nor the error text repeats it.
        changes.password = refused;
        const std::optional<ApiError> answer = rig.change([&](UsersModel::Done done, QString* why) {
            return rig.model.edit(kUserId, changes, std::move(done), why);
        });
        QVERIFY(answer->isError());
        QVERIFY(!answer->userMessage().contains(refused));
        QVERIFY(!answer->detail.contains(refused));
        QLoggingCategory::setFilterRules(QString());
        captured = capture.messages();
    }
    QVERIFY2(captured.join(QLatin1Char('\n')).contains(QStringLiteral("user/edit")),
             "the API's debug log was captured");
    for (const QString& secret : {created, changed, refused}) {
        for (const QString& line : captured)
            QVERIFY2(!line.contains(secret), qPrintable(line));
    }
    QFile journal(config.journalFile);
    QVERIFY(journal.open(QIODevice::ReadOnly));
    const QByteArray lines = journal.readAll();
    QVERIFY(lines.contains("user/create"));
    for (const QString& secret : {created, changed, refused})
        QVERIFY(!lines.contains(secret.toUtf8()));
}

void TestUsersModel::clear_dropsRowsAndLateAnswers() {
    Rig rig;
    QVERIFY(rig.signIn());
    QVERIFY(rig.reload());
    bool answered = false;
    QVERIFY(rig.model.remove(
        kUserId, [&answered](const ApiError&) { answered = true; }, nullptr));
    QCOMPARE(rig.model.pendingChanges(), 1);
    rig.model.clear();
    QCOMPARE(rig.model.rowCount(), 0);
    QVERIFY(!rig.model.isLoaded());
    QCOMPARE(rig.model.pendingChanges(), 0);
    QVERIFY(rig.fixture.waitForJournal(QStringLiteral("user/remove"), 1));
    QTest::qWait(200);
    QVERIFY(!answered); // the answer belongs to a session that ended
    QCOMPARE(rig.model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestUsersModel)
#include "tst_users_model.moc"
