// The My profile page. On its own with a ProfileModel against the in-process
// emulator: loading, offline and Retry; saving through the form; refusals
// shown with their reason and never sent (emulator journal); the server's
// refusal shown with the input kept; the password change with its strength
// hint, show/hide and the fields emptied after success and when the page is
// left. In the demo app: the page is registered last, a saved name shows in
// the status bar's "who is signed in", and a read-only role may change its
// own profile and password and sends nothing else.
#include "api/Session.h"
#include "api/UserService.h"
#include "app/demo/DemoBackend.h"
#include "app/gui/AppController.h"
#include "models/profile/ProfileModel.h"
#include "models/workspace/AccountWorkspace.h"
#include "tests/support/ApiTestSupport.h"
#include "tests/support/DemoAppRig.h"
#include "tests/support/EmulatorFixture.h"
#include "tests/support/EmulatorJournal.h"
#include "translations/Translations.h"
#include "views/common/EmptyState.h"
#include "views/common/InlineBanner.h"
#include "views/profile/PasswordChangeForm.h"
#include "views/profile/ProfileDetailsForm.h"
#include "views/profile/ProfilePage.h"
#include "views/shell/MainWindow.h"
#include "views/shell/SessionStatusWidget.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace simfleet;

namespace {

constexpr int kWaitMs = 30000;
const QString kDemoPassword = QStringLiteral("demo1234");

User serverProfile(ApiClient& client) {
    Outcome<User> out;
    ProfileService(&client).get(&client, out.sink());
    if (!out.wait(kWaitMs))
        qWarning("user/get did not answer");
    return out.result().value;
}

void type(QLineEdit* edit, const QString& text) {
    edit->selectAll();
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Delete);
    else
        QTest::keyClicks(edit, text);
}

int countIn(const QList<novaemu::Emulator::JournalEntry>& journal, const QString& method) {
    return int(std::count_if(journal.begin(), journal.end(),
                             [&](const auto& entry) { return entry.method == method; }));
}

QStringList writesIn(const QList<novaemu::Emulator::JournalEntry>& journal) {
    QStringList writes;
    for (const auto& entry : journal) {
        if (!EmulatorJournal::isRead(entry.method))
            writes << entry.method;
    }
    return writes;
}

} // namespace

class TestProfilePage final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void states_loadingThenOfflineThenRetryShowsTheProfile();
    void save_throughTheForm_sentOnceAndShown();
    void save_refusals_reasonShownNothingSent();
    void save_serverRefusal_messageShownInputKept();
    void password_refusals_reasonShownNothingSent();
    void password_wrongOld_serverMessageThenSuccessClearsFields();
    void password_strengthHintAndShowHide();
    void password_leavingThePage_clearsTheFields();

    void app_savedNameShownInTheStatusBar();
    void app_readOnlyRole_editsOwnProfileOnly();

private:
    // A page with its own model against the fixture's emulator, shown.
    void makePage(bool load = true);

    std::unique_ptr<EmulatorFixture> m_fx;
    std::unique_ptr<ProfileModel> m_model;
    std::unique_ptr<ProfilePage> m_page;
};

void TestProfilePage::initTestCase() {
    DemoAppRig::prepareTestCase();
    // English plural forms ("3 characters").
    QVERIFY(Translations::install(QStringLiteral("en")));
}

void TestProfilePage::cleanup() {
    m_page.reset();
    m_model.reset();
    m_fx.reset();
}

void TestProfilePage::makePage(bool load) {
    if (!m_fx)
        m_fx = std::make_unique<EmulatorFixture>(EmulatorFixture::smallFleet(5));
    m_model = std::make_unique<ProfileModel>(&m_fx->client());
    m_page = std::make_unique<ProfilePage>(m_model.get());
    m_page->resize(900, 760);
    m_page->show();
    if (load) {
        m_page->sessionStarted();
        QVERIFY(QTest::qWaitFor([this] { return m_page->isShowingProfile(); }, kWaitMs));
    }
}

void TestProfilePage::states_loadingThenOfflineThenRetryShowsTheProfile() {
    auto emulator = EmulatorFixture::startEmulator(EmulatorFixture::smallFleet(5));
    ApiClient client;
    EmulatorFixture::connectClient(client, *emulator);
    const quint16 port = emulator->port();
    emulator.reset();
    ProfileModel model(&client);
    ProfilePage page(&model);
    page.show();
    QVERIFY(!page.isShowingProfile());
    QCOMPARE(page.statusState()->titleLabel()->text(), QStringLiteral("Not signed in"));

    page.sessionStarted();
    QCOMPARE(page.statusState()->titleLabel()->text(), QStringLiteral("Loading your profile…"));
    QVERIFY(page.statusState()->actionButton()->isHidden());
    QVERIFY(QTest::qWaitFor([&] { return model.state() == ProfileModel::State::Failed; }, kWaitMs));
    QCOMPARE(page.statusState()->titleLabel()->text(), QStringLiteral("Offline"));
    QVERIFY(!page.statusState()->actionButton()->isHidden());
    QCOMPARE(page.statusState()->actionButton()->text(), QStringLiteral("Retry"));

    auto again = std::make_unique<novaemu::Emulator>(EmulatorFixture::smallFleet(5));
    if (again->listen(port) == 0)
        QSKIP("the port was taken meanwhile");
    QTest::mouseClick(page.statusState()->actionButton(), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return page.isShowingProfile(); }, kWaitMs));
    QCOMPARE(page.detailsForm()->firstNameEdit()->text(), QStringLiteral("Aigerim"));
    QCOMPARE(page.detailsForm()->phoneLabel()->text(), QStringLiteral("+77011234567"));
    QCOMPARE(page.detailsForm()->roleLabel()->text(), QStringLiteral("admin"));
    QVERIFY(!page.detailsForm()->saveButton()->isEnabled()); // nothing changed yet

    // A refresh that fails keeps the profile and says why, with Retry.
    again.reset();
    page.refresh();
    QVERIFY(
        QTest::qWaitFor([&] { return model.state() != ProfileModel::State::Loading; }, kWaitMs));
    QVERIFY(page.isShowingProfile());
    QVERIFY(page.banner()->isVisible());
    QCOMPARE(page.banner()->title(), QStringLiteral("Offline"));
    QCOMPARE(page.detailsForm()->firstNameEdit()->text(), QStringLiteral("Aigerim"));
}

void TestProfilePage::save_throughTheForm_sentOnceAndShown() {
    makePage();
    ProfileDetailsForm* form = m_page->detailsForm();
    QSignalSpy saved(m_model.get(), &ProfileModel::saveFinished);
    type(form->firstNameEdit(), QStringLiteral(" Aiya "));
    type(form->emailEdit(), QStringLiteral("aiya@acme-logistics.kz"));
    QVERIFY(form->saveButton()->isEnabled());
    QTest::mouseClick(form->saveButton(), Qt::LeftButton);
    QVERIFY(saved.wait(kWaitMs));
    QVERIFY(form->problemText().isEmpty());
    QCOMPARE(form->banner()->kind(), InlineBanner::Kind::Info);
    QCOMPARE(form->banner()->text(), QStringLiteral("Your details were saved."));
    QCOMPARE(form->firstNameEdit()->text(), QStringLiteral("Aiya"));
    QVERIFY(!form->saveButton()->isEnabled());
    QCOMPARE(m_fx->journalCount(QStringLiteral("user/edit")), 1);
    const User server = serverProfile(m_fx->client());
    QCOMPARE(server.firstName, QStringLiteral("Aiya"));
    QCOMPARE(server.email, QStringLiteral("aiya@acme-logistics.kz"));
    QCOMPARE(server.lastName, QStringLiteral("Nurlanova"));

    // Enter in a field saves too; the same values again send nothing.
    QTest::keyClick(form->lastNameEdit(), Qt::Key_Return);
    QCOMPARE(form->banner()->text(), QStringLiteral("Nothing changed: there is nothing to save."));
    QVERIFY(serverProfile(m_fx->client()).id == 11);
    QCOMPARE(m_fx->journalCount(QStringLiteral("user/edit")), 1);
}

void TestProfilePage::save_refusals_reasonShownNothingSent() {
    makePage();
    ProfileDetailsForm* form = m_page->detailsForm();
    type(form->firstNameEdit(), QString());
    QTest::mouseClick(form->saveButton(), Qt::LeftButton);
    QCOMPARE(form->problemText(), QStringLiteral("Enter your first name."));
    QVERIFY(form->firstNameEdit()->hasFocus() || !QApplication::focusWidget());
    type(form->firstNameEdit(), QStringLiteral("Aigerim"));
    QVERIFY(form->problemText().isEmpty()); // corrected: the reason goes
    type(form->emailEdit(), QStringLiteral("aigerim@acme"));
    QTest::keyClick(form->emailEdit(), Qt::Key_Return);
    QVERIFY2(form->problemText().contains(QStringLiteral("does not look like an email address")),
             qPrintable(form->problemText()));
    QCOMPARE(form->emailEdit()->text(), QStringLiteral("aigerim@acme")); // kept to correct
    QVERIFY(serverProfile(m_fx->client()).id == 11);
    QCOMPARE(m_fx->journalCount(QStringLiteral("user/edit")), 0);

    QTest::mouseClick(form->revertButton(), Qt::LeftButton);
    QCOMPARE(form->emailEdit()->text(), QStringLiteral("aigerim.nurlanova@acme-logistics.kz"));
    QVERIFY(form->problemText().isEmpty());
}

void TestProfilePage::save_serverRefusal_messageShownInputKept() {
    makePage();
    ProfileDetailsForm* form = m_page->detailsForm();
    QSignalSpy saved(m_model.get(), &ProfileModel::saveFinished);
    type(form->emailEdit(), QStringLiteral("d.volkov@acme-logistics.kz"));
    QTest::mouseClick(form->saveButton(), Qt::LeftButton);
    QVERIFY(saved.wait(kWaitMs));
    QVERIFY(form->banner()->isVisible());
    QCOMPARE(form->banner()->kind(), InlineBanner::Kind::Error);
    QCOMPARE(form->banner()->title(), QStringLiteral("Your details were not saved"));
    QVERIFY2(form->banner()->text().contains(
                 QStringLiteral("A user with email d.volkov@acme-logistics.kz already exists")),
             qPrintable(form->banner()->text()));
    QCOMPARE(form->emailEdit()->text(), QStringLiteral("d.volkov@acme-logistics.kz"));
    QVERIFY(form->saveButton()->isEnabled());
}

void TestProfilePage::password_refusals_reasonShownNothingSent() {
    makePage();
    PasswordChangeForm* form = m_page->passwordForm();
    QVERIFY(form->changeButton()->isEnabled());
    QTest::mouseClick(form->changeButton(), Qt::LeftButton);
    QCOMPARE(form->problemText(), QStringLiteral("Enter your current password."));
    type(form->oldPasswordEdit(), kDemoPassword);
    QTest::mouseClick(form->changeButton(), Qt::LeftButton);
    QCOMPARE(form->problemText(), QStringLiteral("Enter a new password."));
    type(form->newPasswordEdit(), QStringLiteral("Sunny-Steppe-2026"));
    type(form->repeatPasswordEdit(), QStringLiteral("Sunny-Steppe-2062"));
    QTest::keyClick(form->repeatPasswordEdit(), Qt::Key_Return);
    QVERIFY2(form->problemText().startsWith(QStringLiteral("The new password and its repetition "
                                                           "differ")),
             qPrintable(form->problemText()));
    QVERIFY(serverProfile(m_fx->client()).id == 11);
    QCOMPARE(m_fx->journalCount(QStringLiteral("user/password")), 0);
    QCOMPARE(EmulatorJournal::writeRequests(m_fx->emulator()), 0);
}

void TestProfilePage::password_wrongOld_serverMessageThenSuccessClearsFields() {
    makePage();
    PasswordChangeForm* form = m_page->passwordForm();
    QSignalSpy finished(m_model.get(), &ProfileModel::passwordChangeFinished);
    const QString next = QStringLiteral("Sunny-Steppe-2026");
    type(form->oldPasswordEdit(), QStringLiteral("not-my-password"));
    type(form->newPasswordEdit(), next);
    type(form->repeatPasswordEdit(), next);
    QTest::mouseClick(form->changeButton(), Qt::LeftButton);
    QVERIFY(finished.wait(kWaitMs));
    QCOMPARE(form->banner()->kind(), InlineBanner::Kind::Error);
    QCOMPARE(form->banner()->title(), QStringLiteral("The password was not changed"));
    QVERIFY2(form->banner()->text().contains(QStringLiteral("The old password is wrong")),
             qPrintable(form->banner()->text()));
    QCOMPARE(form->newPasswordEdit()->text(), next); // kept to correct the old one

    type(form->oldPasswordEdit(), kDemoPassword);
    QVERIFY(!form->banner()->isVisible()); // typing hides the old refusal
    QTest::mouseClick(form->changeButton(), Qt::LeftButton);
    QVERIFY(finished.wait(kWaitMs));
    QVERIFY(!finished.at(1).at(0).value<ApiError>().isError());
    QCOMPARE(form->banner()->kind(), InlineBanner::Kind::Info);
    for (QLineEdit* edit :
         {form->oldPasswordEdit(), form->newPasswordEdit(), form->repeatPasswordEdit()})
        QVERIFY(edit->text().isEmpty());
    QCOMPARE(m_fx->journalCount(QStringLiteral("user/password")), 2);
}

void TestProfilePage::password_strengthHintAndShowHide() {
    makePage();
    PasswordChangeForm* form = m_page->passwordForm();
    QVERIFY(form->strengthLabel()->text().startsWith(QStringLiteral("Use at least 12")));
    QTest::keyClicks(form->newPasswordEdit(), QStringLiteral("abc"));
    QVERIFY2(form->strengthLabel()->text().startsWith(QStringLiteral("Weak: 3 characters")),
             qPrintable(form->strengthLabel()->text()));
    QTest::keyClicks(form->newPasswordEdit(), QStringLiteral("defg1"));
    QVERIFY(form->strengthLabel()->text().startsWith(QStringLiteral("Fair: 8 characters")));
    QTest::keyClicks(form->newPasswordEdit(), QStringLiteral("X-2026"));
    QVERIFY(form->strengthLabel()->text().startsWith(QStringLiteral("Strong: 14 characters")));

    for (QLineEdit* edit :
         {form->oldPasswordEdit(), form->newPasswordEdit(), form->repeatPasswordEdit()})
        QCOMPARE(edit->echoMode(), QLineEdit::Password);
    form->showPasswordsBox()->click();
    for (QLineEdit* edit :
         {form->oldPasswordEdit(), form->newPasswordEdit(), form->repeatPasswordEdit()})
        QCOMPARE(edit->echoMode(), QLineEdit::Normal);
    form->showPasswordsBox()->click();
    QCOMPARE(form->newPasswordEdit()->echoMode(), QLineEdit::Password);
}

void TestProfilePage::password_leavingThePage_clearsTheFields() {
    makePage();
    PasswordChangeForm* form = m_page->passwordForm();
    type(form->oldPasswordEdit(), kDemoPassword);
    type(form->newPasswordEdit(), QStringLiteral("Sunny-Steppe-2026"));
    form->showPasswordsBox()->click();
    m_page->hide();
    QVERIFY(form->oldPasswordEdit()->text().isEmpty());
    QVERIFY(form->newPasswordEdit()->text().isEmpty());
    QVERIFY(!form->showPasswordsBox()->isChecked());
    m_page->show();
    type(form->oldPasswordEdit(), kDemoPassword);
    m_page->sessionEnded();
    QVERIFY(form->oldPasswordEdit()->text().isEmpty());
}

void TestProfilePage::app_savedNameShownInTheStatusBar() {
    DemoAppRig rig;
    AppController controller(rig.settings());
    QVERIFY(DemoAppRig::start(&controller, QStringLiteral("admin"), 20));
    QVERIFY(DemoAppRig::waitForFleet(&controller, 20));
    MainWindow* window = controller.mainWindow();
    auto* page = controller.page<ProfilePage>();
    QVERIFY(page);
    // The last of the account's own pages; All accounts comes after them.
    QCOMPARE(window->page(window->pageCount() - 2), page);
    QVERIFY(window->openPage(ProfilePage::staticPageId()));
    QVERIFY(QTest::qWaitFor([page] { return page->isShowingProfile(); }, kWaitMs));
    SessionStatusWidget* status = window->sessionStatus();
    QVERIFY2(status->summaryText().startsWith(QStringLiteral("Nurlanova A.")),
             qPrintable(status->summaryText()));

    ProfileModel* model = controller.workspace()->profile();
    QSignalSpy saved(model, &ProfileModel::saveFinished);
    ProfileDetailsForm* form = page->detailsForm();
    type(form->lastNameEdit(), QStringLiteral("Seitova"));
    QTest::mouseClick(form->saveButton(), Qt::LeftButton);
    QVERIFY(saved.wait(kWaitMs));
    QVERIFY(!saved.at(0).at(0).value<ApiError>().isError());
    QVERIFY2(status->summaryText().startsWith(QStringLiteral("Seitova A.")),
             qPrintable(status->summaryText()));
    QCOMPARE(controller.session()->user().lastName, QStringLiteral("Seitova"));
    QCOMPARE(countIn(controller.demoBackend()->journal(), QStringLiteral("user/edit")), 1);
}

void TestProfilePage::app_readOnlyRole_editsOwnProfileOnly() {
    DemoAppRig rig;
    AppController controller(rig.settings());
    QVERIFY(DemoAppRig::start(&controller, QStringLiteral("user"), 20));
    QVERIFY(DemoAppRig::waitForFleet(&controller, 20));
    QVERIFY(controller.session()->isReadOnly());
    auto* page = controller.page<ProfilePage>();
    QVERIFY(controller.mainWindow()->openPage(ProfilePage::staticPageId()));
    QVERIFY(QTest::qWaitFor([page] { return page->isShowingProfile(); }, kWaitMs));
    QVERIFY(!page->writeAccess().allowed); // the account's data is read-only...
    ProfileDetailsForm* details = page->detailsForm();
    QCOMPARE(details->roleLabel()->text(), QStringLiteral("user"));
    QVERIFY(!details->firstNameEdit()->isReadOnly()); // ...the own profile is not

    ProfileModel* model = controller.workspace()->profile();
    QSignalSpy saved(model, &ProfileModel::saveFinished);
    type(details->firstNameEdit(), QStringLiteral("Dima"));
    QTest::mouseClick(details->saveButton(), Qt::LeftButton);
    QVERIFY(saved.wait(kWaitMs));
    QVERIFY2(!saved.at(0).at(0).value<ApiError>().isError(),
             qPrintable(saved.at(0).at(0).value<ApiError>().userMessage()));
    QVERIFY2(controller.mainWindow()->sessionStatus()->summaryText().startsWith(
                 QStringLiteral("Volkov D.")),
             qPrintable(controller.mainWindow()->sessionStatus()->summaryText()));

    PasswordChangeForm* password = page->passwordForm();
    QSignalSpy changed(model, &ProfileModel::passwordChangeFinished);
    type(password->oldPasswordEdit(), kDemoPassword);
    type(password->newPasswordEdit(), QStringLiteral("Volkov-2026!"));
    type(password->repeatPasswordEdit(), QStringLiteral("Volkov-2026!"));
    QTest::mouseClick(password->changeButton(), Qt::LeftButton);
    QVERIFY(changed.wait(kWaitMs));
    QVERIFY(!changed.at(0).at(0).value<ApiError>().isError());

    QCOMPARE(writesIn(controller.demoBackend()->journal()),
             (QStringList{QStringLiteral("user/edit"), QStringLiteral("user/password")}));
}

QTEST_MAIN(TestProfilePage)
#include "tst_profile_page.moc"
