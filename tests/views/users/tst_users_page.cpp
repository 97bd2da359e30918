// The Users page against an in-process emulator: the table with its filter,
// sorting and states (loading, no match, error, offline), the create and edit
// dialogs (validation refused before sending, the emulator's errors shown in
// the dialog with the input kept, passwords wiped), activate/deactivate and
// remove end to end, removing oneself refused, and a read-only session that
// sends no write request. One test runs the whole app to see the page
// registered and loaded after sign-in.
#include "api/ApiClient.h"
#include "api/Session.h"
#include "api/User.h"
#include "app/demo/DemoBackend.h"
#include "app/gui/AppController.h"
#include "emulator/Emulator.h"
#include "models/users/UsersModel.h"
#include "models/workspace/AccountWorkspace.h"
#include "tests/support/DemoAppRig.h"
#include "tests/support/EmulatorFixture.h"
#include "tests/support/EmulatorJournal.h"
#include "translations/Translations.h"
#include "views/common/EmptyState.h"
#include "views/common/InlineBanner.h"
#include "views/shell/MainWindow.h"
#include "views/users/PasswordField.h"
#include "views/users/UserDialog.h"
#include "views/users/UsersPage.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>
#include <QToolButton>

#include <algorithm>
#include <memory>

using namespace simfleet;

namespace {

constexpr int kSeedUsers = 8;
constexpr qint64 kAdminId = 11;
constexpr qint64 kUserId = 12;     // Dmitry Volkov, active
constexpr qint64 kInactiveId = 15; // Arman Seitkali, deactivated

const QString kReadOnlyReason = QStringLiteral("Your role (user) can view but not change.");

} // namespace

class TestUsersPage final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void table_filterSortAndCount();
    void states_loadingNoMatchErrorAndOffline();
    void createDialog_invalidFieldsRefusedBeforeSending();
    void createDialog_endToEnd_passwordMaskedAndWiped();
    void createDialog_emulatorError_staysOpenWithInput();
    void editDialog_sendsOnlyChangedFields();
    void editDialog_yourself_passwordRoleActiveNotOffered();
    void activateDeactivate_endToEnd();
    void remove_confirmsNamingUser_endToEnd();
    void removeYourself_refusedWithReason();
    void readOnly_everyControlDisabledWithReason_noWriteSent();
    void language_russianTexts();
    void app_pageRegistered_loadsAfterSignIn_readOnlyUser();

private:
    void startPage(const QString& token, bool load = true);
    UsersModel* model() const { return m_workspace->users(); }
    int rowOfUser(qint64 id) const;
    // Waits until the model's changes in flight are answered.
    bool waitForChanges() const;

    std::unique_ptr<novaemu::Emulator> m_emulator;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<AccountWorkspace> m_workspace;
    std::unique_ptr<UsersPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestUsersPage::initTestCase() {
    DemoAppRig::prepareTestCase();
    QVERIFY(Translations::install(QStringLiteral("en")));
}

void TestUsersPage::init() {
    m_emulator = EmulatorFixture::startEmulator(EmulatorFixture::smallFleet(10));
    QVERIFY(m_emulator->port() != 0);
}

void TestUsersPage::cleanup() {
    m_tester.reset();
    m_page.reset();
    m_workspace.reset();
    m_session.reset();
    m_client.reset();
    m_emulator.reset();
    Translations::install(QStringLiteral("en"));
}

void TestUsersPage::startPage(const QString& token, bool load) {
    m_client = std::make_unique<ApiClient>();
    EmulatorFixture::connectClient(*m_client, *m_emulator, token, true);
    m_session = std::make_unique<Session>(m_client.get());
    QSignalSpy signedIn(m_session.get(), &Session::signedIn);
    m_session->signIn();
    QVERIFY(signedIn.wait(30000));
    m_workspace = std::make_unique<AccountWorkspace>(m_client.get(), m_session.get());
    m_page = std::make_unique<UsersPage>(m_workspace.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_page->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_page->setWriteAccess(m_session->isReadOnly() ? WriteAccess::denied(kReadOnlyReason)
                                                   : WriteAccess::granted());
    m_page->resize(1200, 700);
    m_page->show();
    if (!load)
        return;
    // Created after sign-in: the page reads the users itself.
    m_page->sessionStarted();
    QTRY_VERIFY_WITH_TIMEOUT(model()->isLoaded() && !model()->isLoading(), 30000);
    QCOMPARE(m_page->proxy()->rowCount(), kSeedUsers);
    QVERIFY(m_page->isTableShown());
}

int TestUsersPage::rowOfUser(qint64 id) const {
    const QSortFilterProxyModel* proxy = m_page->proxy();
    for (int row = 0; row < proxy->rowCount(); ++row) {
        if (proxy->index(row, 0).data(UsersModel::IdRole).toLongLong() == id)
            return row;
    }
    return -1;
}

bool TestUsersPage::waitForChanges() const {
    return QTest::qWaitFor([this] { return model()->pendingChanges() == 0; }, 30000);
}

void TestUsersPage::table_filterSortAndCount() {
    startPage(QStringLiteral("demo-admin"));
    QTableView* table = m_page->table();
    QCOMPARE(m_page->countLabel()->text(), QStringLiteral("8 users"));
    // Sorted by last name at first.
    QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), int(UsersModel::LastName));
    QStringList lastNames;
    for (int row = 0; row < m_page->proxy()->rowCount(); ++row)
        lastNames << m_page->proxy()->index(row, UsersModel::LastName).data().toString();
    QStringList sorted = lastNames;
    std::sort(sorted.begin(), sorted.end(), [](const QString& a, const QString& b) {
        return QString::localeAwareCompare(a.toLower(), b.toLower()) < 0;
    });
    QCOMPARE(lastNames, sorted);

    // Sorting by Active puts the deactivated first.
    table->sortByColumn(UsersModel::Active, Qt::AscendingOrder);
    QCOMPARE(m_page->proxy()->index(0, UsersModel::Active).data().toString(), QStringLiteral("No"));

    // The filter matches any column, whatever the letter case; instantly.
    QTest::keyClicks(m_page->filterEdit(), QStringLiteral("VOLKOV"));
    QCOMPARE(m_page->proxy()->rowCount(), 1);
    QCOMPARE(m_page->proxy()->index(0, 0).data(UsersModel::IdRole).toLongLong(), kUserId);
    QCOMPARE(m_page->countLabel()->text(), QStringLiteral("1 of 8 users"));
    const auto& users = model()->rows();
    const int admins =
        int(std::count_if(users.begin(), users.end(), [](const User& u) { return u.isAdmin(); }));
    QVERIFY(admins > 0 && admins < kSeedUsers);
    m_page->filterEdit()->setText(QStringLiteral("administrator"));
    QCOMPARE(m_page->proxy()->rowCount(), admins);
    m_page->filterEdit()->setText(QStringLiteral("+7701"));
    QCOMPARE(m_page->proxy()->rowCount(), 3);
    m_page->filterEdit()->clear();
    QCOMPARE(m_page->proxy()->rowCount(), kSeedUsers);

    // The header state is kept with the page's state.
    const QVariantMap state = m_page->saveState();
    table->sortByColumn(UsersModel::Email, Qt::DescendingOrder);
    m_page->restoreState(state);
    QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), int(UsersModel::Active));
}

void TestUsersPage::states_loadingNoMatchErrorAndOffline() {
    startPage(QStringLiteral("demo-admin"), false);
    m_page->sessionStarted();
    QVERIFY(model()->isLoading());
    QVERIFY(!m_page->isTableShown());
    QCOMPARE(m_page->emptyState()->titleLabel()->text(), QStringLiteral("Loading users…"));
    QTRY_VERIFY_WITH_TIMEOUT(m_page->isTableShown(), 30000);

    // No match: says so and offers to clear the filter.
    m_page->filterEdit()->setText(QStringLiteral("nobody-by-that-name"));
    QVERIFY(!m_page->isTableShown());
    QVERIFY(
        m_page->emptyState()->titleLabel()->text().contains(QStringLiteral("nobody-by-that-name")));
    QCOMPARE(m_page->emptyState()->actionButton()->text(), QStringLiteral("Clear filter"));
    m_page->emptyState()->actionButton()->click();
    QVERIFY(m_page->filterEdit()->text().isEmpty());
    QVERIFY(m_page->isTableShown());

    // Offline: the rows stay, a banner says so, changes are disabled with the reason.
    m_page->table()->selectRow(rowOfUser(kUserId));
    QVERIFY(m_page->editAction()->isEnabled());
    m_emulator.reset();
    m_page->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!model()->isLoading(), 30000);
    QVERIFY(model()->isOffline());
    QVERIFY(m_page->isTableShown());
    QCOMPARE(m_page->proxy()->rowCount(), kSeedUsers);
    InlineBanner* banner = m_page->findChild<InlineBanner*>(QStringLiteral("usersLoadBanner"));
    QVERIFY(banner && banner->isVisible());
    QCOMPARE(banner->title(), QStringLiteral("Offline"));
    for (QAction* action : {m_page->createAction(), m_page->editAction(), m_page->activeAction(),
                            m_page->removeAction()}) {
        QVERIFY(!action->isEnabled());
        QVERIFY(action->toolTip().startsWith(QStringLiteral("Offline")));
    }

    // Signed out and in again with nothing to read: the error state with Retry.
    m_page->sessionEnded();
    m_workspace->close();
    QCOMPARE(m_page->proxy()->rowCount(), 0);
    QCOMPARE(m_page->emptyState()->titleLabel()->text(), QStringLiteral("Not signed in"));
    m_page->sessionStarted();
    QTRY_VERIFY_WITH_TIMEOUT(!model()->isLoading(), 30000);
    QVERIFY(!m_page->isTableShown());
    QCOMPARE(m_page->emptyState()->titleLabel()->text(),
             QStringLiteral("The users could not be read"));
    QVERIFY(!m_page->emptyState()->textLabel()->text().isEmpty());
    QCOMPARE(m_page->emptyState()->actionButton()->text(), QStringLiteral("Retry"));
    QVERIFY(m_page->emptyState()->actionButton()->isVisible());
}

void TestUsersPage::createDialog_invalidFieldsRefusedBeforeSending() {
    startPage(QStringLiteral("demo-admin"));
    const int before = int(m_emulator->journal().size());
    QPointer<UserDialog> dialog = m_page->openCreateDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    dialog->primaryButton()->click();
    QVERIFY(dialog->isVisible());
    for (QLineEdit* field : {dialog->firstNameEdit(), dialog->lastNameEdit(), dialog->emailEdit(),
                             dialog->phoneEdit()})
        QVERIFY2(!dialog->fieldProblem(field).isEmpty(), qPrintable(field->objectName()));
    QCOMPARE(dialog->fieldProblem(dialog->emailEdit()), QStringLiteral("Enter the email address."));

    QTest::keyClicks(dialog->firstNameEdit(), QStringLiteral("Marat"));
    // A shown problem goes as soon as it is fixed.
    QVERIFY(dialog->fieldProblem(dialog->firstNameEdit()).isEmpty());
    QTest::keyClicks(dialog->lastNameEdit(), QStringLiteral("Abenov"));
    QTest::keyClicks(dialog->emailEdit(), QStringLiteral("marat.abenov"));
    QTest::keyClicks(dialog->phoneEdit(), QStringLiteral("call me"));
    dialog->primaryButton()->click();
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->fieldProblem(dialog->emailEdit()).contains(QStringLiteral("name@example.com")));
    QVERIFY(!dialog->fieldProblem(dialog->phoneEdit()).isEmpty());
    QVERIFY(dialog->fieldProblem(dialog->lastNameEdit()).isEmpty());
    QCOMPARE(dialog->focusWidget(), dialog->emailEdit());
    QTest::qWait(50);
    QCOMPARE(int(m_emulator->journal().size()), before);
    QCOMPARE(EmulatorJournal::writeRequests(*m_emulator), 0);
    dialog->reject();
}

void TestUsersPage::createDialog_endToEnd_passwordMaskedAndWiped() {
    startPage(QStringLiteral("demo-admin"));
    QPointer<UserDialog> dialog = m_page->openCreateDialog();
    QVERIFY(dialog);
    dialog->firstNameEdit()->setText(QStringLiteral("Marat"));
    dialog->lastNameEdit()->setText(QStringLiteral("Abenov"));
    dialog->emailEdit()->setText(QStringLiteral("marat.abenov@acme-logistics.kz"));
    dialog->phoneEdit()->setText(QStringLiteral("+7 701 555 12 34"));
    QCOMPARE(dialog->roleBox()->currentData().toString(), QStringLiteral("user"));
    dialog->roleBox()->setCurrentIndex(dialog->roleBox()->findData(QStringLiteral("admin")));
    dialog->sendBox()->setChecked(true);

    PasswordField* password = dialog->passwordField();
    QLineEdit* passwordEdit = password->lineEdit();
    QCOMPARE(passwordEdit->echoMode(), QLineEdit::Password);
    QTest::keyClicks(passwordEdit, QStringLiteral("Lemon-Tiger-5521"));
    password->toggleButton()->click();
    QCOMPARE(passwordEdit->echoMode(), QLineEdit::Normal);
    QCOMPARE(password->toggleButton()->text(), QStringLiteral("Hide"));
    password->toggleButton()->click();
    QCOMPARE(passwordEdit->echoMode(), QLineEdit::Password);

    QSignalSpy accepted(dialog.data(), &QDialog::accepted);
    dialog->primaryButton()->click();
    QVERIFY(dialog->isBusy());
    QVERIFY(accepted.wait(30000));
    // Gone with the dialog: nothing typed remains in the entry.
    QVERIFY(passwordEdit->text().isEmpty());
    QVERIFY(!passwordEdit->isUndoAvailable());

    const auto sent = EmulatorJournal::entries(*m_emulator, QStringLiteral("user/create"));
    QCOMPARE(sent.size(), 1);
    const QJsonObject body = sent.first().body;
    QCOMPARE(body.value(QStringLiteral("password")).toString(), QStringLiteral("Lemon-Tiger-5521"));
    QCOMPARE(body.value(QStringLiteral("phone")).toString(), QStringLiteral("+77015551234"));
    QCOMPARE(body.value(QStringLiteral("role")).toString(), QStringLiteral("admin"));
    QCOMPARE(body.value(QStringLiteral("send")).toBool(), true);
    QCOMPARE(m_page->proxy()->rowCount(), kSeedUsers + 1);
    const User* created = model()->userById(m_page->selectedUserId());
    QVERIFY(created);
    QCOMPARE(created->email, QStringLiteral("marat.abenov@acme-logistics.kz"));
    QTRY_VERIFY(!dialog); // deleted once closed
}

void TestUsersPage::createDialog_emulatorError_staysOpenWithInput() {
    startPage(QStringLiteral("demo-admin"));
    QPointer<UserDialog> dialog = m_page->openCreateDialog();
    dialog->firstNameEdit()->setText(QStringLiteral("Dmitry"));
    dialog->lastNameEdit()->setText(QStringLiteral("Volkov"));
    dialog->emailEdit()->setText(QStringLiteral("d.volkov@acme-logistics.kz")); // taken
    dialog->phoneEdit()->setText(QStringLiteral("+77017654321"));
    dialog->passwordField()->setPassword(QStringLiteral("Amber-River-1200"));
    dialog->primaryButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 30000);
    QVERIFY(dialog->isVisible());
    QVERIFY2(dialog->messageText().contains(
                 QStringLiteral("A user with email d.volkov@acme-logistics.kz already exists")),
             qPrintable(dialog->messageText()));
    QCOMPARE(dialog->emailEdit()->text(), QStringLiteral("d.volkov@acme-logistics.kz"));
    QCOMPARE(dialog->firstNameEdit()->text(), QStringLiteral("Dmitry"));
    QCOMPARE(dialog->passwordField()->password(), QStringLiteral("Amber-River-1200"));
    QVERIFY(dialog->primaryButton()->isEnabled());
    QCOMPARE(m_page->proxy()->rowCount(), kSeedUsers);

    // Corrected, it goes through.
    dialog->emailEdit()->setText(QStringLiteral("dmitry.volkov2@acme-logistics.kz"));
    QSignalSpy accepted(dialog.data(), &QDialog::accepted);
    dialog->primaryButton()->click();
    QVERIFY(accepted.wait(30000));
    QCOMPARE(m_page->proxy()->rowCount(), kSeedUsers + 1);

    // Cancelled: the password is wiped as well.
    dialog = m_page->openCreateDialog();
    dialog->passwordField()->setPassword(QStringLiteral("Never-Sent-1"));
    QLineEdit* passwordEdit = dialog->passwordField()->lineEdit();
    dialog->reject();
    QVERIFY(passwordEdit->text().isEmpty());
    // Signed out with a dialog open: it closes and forgets the password.
    dialog = m_page->openCreateDialog();
    dialog->passwordField()->setPassword(QStringLiteral("Never-Sent-2"));
    passwordEdit = dialog->passwordField()->lineEdit();
    m_page->sessionEnded();
    QVERIFY(!dialog->isVisible());
    QVERIFY(passwordEdit->text().isEmpty());
    QTRY_VERIFY(!dialog);
    QCOMPARE(EmulatorJournal::entries(*m_emulator, QStringLiteral("user/create")).size(), 2);
}

void TestUsersPage::editDialog_sendsOnlyChangedFields() {
    startPage(QStringLiteral("demo-admin"));
    QVERIFY(m_page->selectUser(kUserId));
    QPointer<UserDialog> dialog = m_page->openEditDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->firstNameEdit()->text(), QStringLiteral("Dmitry"));
    QVERIFY(dialog->passwordField()->isEnabled());
    QVERIFY(dialog->roleBox()->isEnabled());
    QVERIFY(dialog->activeBox()->isEnabled());
    QVERIFY(dialog->activeBox()->isChecked());
    QVERIFY(dialog->sendBox()->isHidden());

    // Nothing changed: nothing sent.
    dialog->primaryButton()->click();
    QTRY_VERIFY(!dialog);
    QCOMPARE(EmulatorJournal::writeRequests(*m_emulator), 0);

    dialog = m_page->openEditDialog();
    dialog->phoneEdit()->setText(QStringLiteral("+7 702 000 11 22"));
    dialog->roleBox()->setCurrentIndex(dialog->roleBox()->findData(QStringLiteral("admin")));
    dialog->passwordField()->setPassword(QStringLiteral("Granite-Pond-8080"));
    dialog->activeBox()->setChecked(false);
    QSignalSpy accepted(dialog.data(), &QDialog::accepted);
    dialog->primaryButton()->click();
    QVERIFY(accepted.wait(30000));
    const QJsonObject body =
        EmulatorJournal::entries(*m_emulator, QStringLiteral("user/edit")).last().body;
    QStringList keys = body.keys();
    keys.sort();
    QCOMPARE(keys, (QStringList{"active", "id", "password", "phone", "role"}));
    QCOMPARE(body.value(QStringLiteral("phone")).toString(), QStringLiteral("+77020001122"));
    const int row = rowOfUser(kUserId);
    QCOMPARE(m_page->proxy()->index(row, UsersModel::Phone).data().toString(),
             QStringLiteral("+77020001122"));
    QCOMPARE(m_page->proxy()->index(row, UsersModel::Role).data().toString(),
             QStringLiteral("Administrator"));
    QCOMPARE(m_page->proxy()->index(row, UsersModel::Active).data().toString(),
             QStringLiteral("No"));
}

void TestUsersPage::editDialog_yourself_passwordRoleActiveNotOffered() {
    startPage(QStringLiteral("demo-admin"));
    QVERIFY(m_page->selectUser(kAdminId));
    QPointer<UserDialog> dialog = m_page->openEditDialog();
    QVERIFY(dialog);
    const QString reason = model()->selfRestriction(kAdminId);
    QVERIFY(!reason.isEmpty());
    for (QWidget* control :
         {static_cast<QWidget*>(dialog->passwordField()), static_cast<QWidget*>(dialog->roleBox()),
          static_cast<QWidget*>(dialog->activeBox())}) {
        QVERIFY(!control->isEnabled());
        QCOMPARE(control->toolTip(), reason);
    }
    dialog->lastNameEdit()->setText(QStringLiteral("Nurlanova-Seitova"));
    QSignalSpy accepted(dialog.data(), &QDialog::accepted);
    dialog->primaryButton()->click();
    QVERIFY(accepted.wait(30000));
    QCOMPARE(EmulatorJournal::entries(*m_emulator, QStringLiteral("user/edit")).last().body,
             (QJsonObject{{"id", kAdminId}, {"last_name", "Nurlanova-Seitova"}}));
}

void TestUsersPage::activateDeactivate_endToEnd() {
    startPage(QStringLiteral("demo-admin"));
    QVERIFY(m_page->selectUser(kInactiveId));
    QCOMPARE(m_page->activeAction()->text(), QStringLiteral("Activate"));
    m_page->activeAction()->trigger();
    QVERIFY(waitForChanges());
    QVERIFY(model()->userById(kInactiveId)->active);
    QCOMPARE(m_page->activeAction()->text(), QStringLiteral("Deactivate"));
    m_page->activeAction()->trigger();
    QVERIFY(waitForChanges());
    QVERIFY(!model()->userById(kInactiveId)->active);
    const auto edits = EmulatorJournal::entries(*m_emulator, QStringLiteral("user/edit"));
    QCOMPARE(edits.size(), 2);
    QCOMPARE(edits.at(0).body, (QJsonObject{{"id", kInactiveId}, {"active", true}}));
    QCOMPARE(edits.at(1).body, (QJsonObject{{"id", kInactiveId}, {"active", false}}));

    // Oneself: not offered, with the reason.
    QVERIFY(m_page->selectUser(kAdminId));
    QVERIFY(!m_page->activeAction()->isEnabled());
    QCOMPARE(m_page->activeAction()->toolTip(), model()->deactivateRefusal(kAdminId));
    QVERIFY(!m_page->toggleActiveSelected());
    QCOMPARE(m_page->banner()->text(), model()->deactivateRefusal(kAdminId));
    QCOMPARE(EmulatorJournal::entries(*m_emulator, QStringLiteral("user/edit")).size(), 2);
}

void TestUsersPage::remove_confirmsNamingUser_endToEnd() {
    startPage(QStringLiteral("demo-admin"));
    QVERIFY(m_page->selectUser(kUserId));
    QVERIFY(m_page->removeAction()->isEnabled());
    QPointer<QMessageBox> box = m_page->confirmRemoveSelected();
    QVERIFY(box);
    QVERIFY(box->text().contains(QStringLiteral("Dmitry Volkov")));
    QVERIFY(box->text().contains(QStringLiteral("d.volkov@acme-logistics.kz")));
    // Cancel sends nothing.
    box->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!box);
    QCOMPARE(EmulatorJournal::writeRequests(*m_emulator), 0);

    box = m_page->confirmRemoveSelected();
    auto* confirm = box->findChild<QPushButton*>(QStringLiteral("confirmRemoveButton"));
    QVERIFY(confirm);
    confirm->click();
    QVERIFY(waitForChanges());
    QCOMPARE(m_page->proxy()->rowCount(), kSeedUsers - 1);
    QCOMPARE(rowOfUser(kUserId), -1);
    QCOMPARE(EmulatorJournal::entries(*m_emulator, QStringLiteral("user/remove")).size(), 1);
}

void TestUsersPage::removeYourself_refusedWithReason() {
    startPage(QStringLiteral("demo-admin"));
    QVERIFY(m_page->selectUser(kAdminId));
    const QString reason = model()->removeRefusal(kAdminId);
    QVERIFY(reason.contains(QStringLiteral("cannot remove yourself")));
    QVERIFY(!m_page->removeAction()->isEnabled());
    QCOMPARE(m_page->removeAction()->toolTip(), reason);
    QVERIFY(!m_page->confirmRemoveSelected());
    QVERIFY(m_page->banner()->isVisible());
    QCOMPARE(m_page->banner()->text(), reason);
    QCOMPARE(EmulatorJournal::entries(*m_emulator, QStringLiteral("user/remove")).size(), 0);
    QCOMPARE(m_page->proxy()->rowCount(), kSeedUsers);
}

void TestUsersPage::readOnly_everyControlDisabledWithReason_noWriteSent() {
    startPage(QStringLiteral("demo-user"));
    QVERIFY(m_session->isReadOnly());
    QCOMPARE(m_page->proxy()->rowCount(), kSeedUsers); // the table still shows
    QVERIFY(m_page->selectUser(kInactiveId));
    for (QAction* action : {m_page->createAction(), m_page->editAction(), m_page->activeAction(),
                            m_page->removeAction()}) {
        QVERIFY2(!action->isEnabled(), qPrintable(action->objectName()));
        QCOMPARE(action->toolTip(), kReadOnlyReason);
    }
    const QList<QAction*> changing{m_page->createAction(), m_page->editAction(),
                                   m_page->activeAction(), m_page->removeAction()};
    int buttons = 0;
    for (QToolButton* button : m_page->findChildren<QToolButton*>()) {
        if (changing.contains(button->defaultAction())) {
            ++buttons;
            QVERIFY(!button->isEnabled());
            QCOMPARE(button->toolTip(), kReadOnlyReason);
        }
    }
    QCOMPARE(buttons, 4);
    // Whatever is asked, nothing is sent.
    QVERIFY(!m_page->openCreateDialog());
    QVERIFY(!m_page->openEditDialog());
    QVERIFY(!m_page->toggleActiveSelected());
    QVERIFY(!m_page->confirmRemoveSelected());
    QTest::mouseDClick(m_page->table()->viewport(), Qt::LeftButton, {},
                       m_page->table()->visualRect(m_page->proxy()->index(0, 0)).center());
    QVERIFY(!m_page->findChild<UserDialog*>());
    // Even past the page, the client refuses locally.
    UserChanges changes;
    changes.active = true;
    std::optional<ApiError> answer;
    QVERIFY(model()->edit(kInactiveId, changes, [&answer](const ApiError& e) { answer = e; }));
    QTRY_VERIFY(answer.has_value());
    QVERIFY(answer->refusedLocally);
    m_page->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!model()->isLoading(), 30000);
    QCOMPARE(EmulatorJournal::writeMethods(*m_emulator), QStringList());
}

void TestUsersPage::language_russianTexts() {
    startPage(QStringLiteral("demo-admin"));
    QVERIFY(Translations::install(QStringLiteral("ru")));
    QApplication::processEvents();
    QCOMPARE(m_page->proxy()->headerData(UsersModel::FirstName, Qt::Horizontal).toString(),
             QStringLiteral("Имя"));
    QCOMPARE(m_page->proxy()->index(rowOfUser(kAdminId), UsersModel::Role).data().toString(),
             QStringLiteral("Администратор"));
    QCOMPARE(m_page->navigationTitle(), QStringLiteral("Пользователи"));
    QCOMPARE(m_page->countLabel()->text(), QStringLiteral("8 пользователей"));
    QPointer<UserDialog> dialog = m_page->openCreateDialog();
    QCOMPARE(dialog->primaryButton()->text(), QStringLiteral("Создать"));
    dialog->primaryButton()->click();
    QCOMPARE(dialog->fieldProblem(dialog->firstNameEdit()), QStringLiteral("Укажите имя."));
    dialog->reject();
}

void TestUsersPage::app_pageRegistered_loadsAfterSignIn_readOnlyUser() {
    DemoAppRig rig;
    AppController controller(rig.settings());
    QVERIFY(!controller.page<UsersPage>()); // pages belong to a signed-in account
    QVERIFY(DemoAppRig::start(&controller, QStringLiteral("user"), 50));
    QVERIFY(DemoAppRig::waitForFleet(&controller, 50));
    UsersPage* page = controller.page<UsersPage>();
    QVERIFY(page);
    QTRY_VERIFY_WITH_TIMEOUT(page->proxy()->rowCount() == kSeedUsers, 30000);
    QVERIFY(!page->writeAccess().allowed);
    QVERIFY(!page->createAction()->isEnabled());
    QCOMPARE(page->createAction()->toolTip(), page->writeAccess().reason);
    QVERIFY(!page->writeAccess().reason.isEmpty());
    for (const auto& entry : controller.demoBackend()->journal())
        QVERIFY2(EmulatorJournal::isRead(entry.method), qPrintable(entry.method));
}

QTEST_MAIN(TestUsersPage)
#include "tst_users_page.moc"
