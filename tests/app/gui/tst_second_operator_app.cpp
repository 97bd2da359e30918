// The desktop app with the second operator (api/v2): the demo signs in with a
// login and a password, the pages follow the provider's capabilities, the
// fleet and the details come from api/v2, and a demo with both providers
// switches between one account of each.

#include "api/Session.h"
#include "app/core/Settings.h"
#include "app/core/TokenStore.h"
#include "app/demo/DemoBackend.h"
#include "app/gui/AccountSwitcher.h"
#include "app/gui/AppController.h"
#include "models/fleet/FleetModel.h"
#include "models/fleet/SimIdentityChange.h"
#include "models/jobs/AuditTrail.h"
#include "models/jobs/AuditTrailModel.h"
#include "models/jobs/BulkOperations.h"
#include "models/jobs/BulkPreview.h"
#include "models/workspace/AccountWorkspace.h"
#include "tests/support/DemoAppRig.h"
#include "translations/Translations.h"
#include "views/combined/CombinedFleetPage.h"
#include "views/home/BillCard.h"
#include "views/home/CompanyCard.h"
#include "views/home/HomePage.h"
#include "views/shell/MainWindow.h"
#include "views/shell/SignInDialog.h"
#include "views/shell/WorkspacePage.h"
#include "views/sims/SimIdentityDialog.h"
#include "views/sims/SimsPage.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QTest>

#include <memory>

using namespace simfleet;

namespace {

QStringList pageIds(MainWindow* window) {
    QStringList ids;
    for (int i = 0; i < window->pageCount(); ++i)
        ids.append(window->page(i)->pageId());
    return ids;
}

} // namespace

class TestSecondOperatorApp final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { DemoAppRig::prepareTestCase(); }
    void init() {
        m_rig = std::make_unique<DemoAppRig>();
        QVERIFY(m_rig->isValid());
    }
    void cleanup() {
        TokenStore::useInMemoryKeychain(nullptr);
        m_controller.reset();
        m_rig.reset();
        Translations::install(QStringLiteral("en"));
    }

    void demoV2_signsInWithPassword_showsOnlyItsPages() {
        AppController* controller = start(QStringLiteral("v2"), 60);
        QVERIFY(DemoAppRig::waitForFleet(controller, 60));
        QCOMPARE(controller->session()->provider(), ProviderKind::SecondOperator);
        QCOMPARE(controller->workspace()->provider(), ProviderKind::SecondOperator);
        QVERIFY(!controller->session()->isReadOnly());
        const QStringList ids = pageIds(controller->mainWindow());
        for (const char* absent : {"groups", "users", "bills", "notifications", "profile"})
            QVERIFY2(!ids.contains(QLatin1String(absent)), qPrintable(ids.join(u',')));
        QVERIFY(ids.contains(QStringLiteral("sims")));
        QVERIFY(ids.contains(QStringLiteral("operations")));
        // The Home page has no company nor bill card for a provider without them.
        auto* home = controller->page<HomePage>();
        QVERIFY(home);
        QVERIFY(!home->findChild<CompanyCard*>()->isVisibleTo(home));
        QVERIFY(!home->findChild<BillCard*>()->isVisibleTo(home));
        // Rows are the operator's SIMs: numbers as ids, extras kept.
        const Sim& sim = controller->workspace()->fleetModel()->simAt(0);
        QCOMPARE(QString::number(sim.id), sim.number);
        QVERIFY(sim.extras.contains(QStringLiteral("imsi")));
        // Only the token could be kept: the password went once, to login.
        int logins = 0;
        for (const auto& entry : controller->demoBackend()->journal()) {
            QVERIFY2(entry.method.startsWith(QLatin1String("v2/")), qPrintable(entry.method));
            logins += entry.method == QLatin1String("v2/login") ? 1 : 0;
        }
        QCOMPARE(logins, 1);
        QVERIFY(m_rig->settings()->login().isEmpty()); // demo: nothing remembered
    }

    void demoV2_everyPageRefreshedSendsNoWrite() {
        AppController* controller = start(QStringLiteral("v2"), 30);
        QVERIFY(DemoAppRig::waitForFleet(controller, 30));
        MainWindow* window = controller->mainWindow();
        for (int i = 0; i < window->pageCount(); ++i) {
            window->showPage(i);
            window->page(i)->refresh();
        }
        QTest::qWait(800);
        for (const auto& entry : controller->demoBackend()->journal()) {
            const bool read = entry.httpMethod == QLatin1String("GET");
            QVERIFY2(read || entry.method == QLatin1String("v2/login"),
                     qPrintable(entry.httpMethod + u' ' + entry.method));
        }
    }

    void demoV2_bulkServiceBlock_oneRequestPerSim_allDone() {
        AppController* controller = start(QStringLiteral("v2"), 20);
        QVERIFY(DemoAppRig::waitForFleet(controller, 20));
        BulkOperations* bulk = controller->workspace()->bulkOperations();
        const QVector<Sim>& fleet = controller->workspace()->fleetModel()->allSims();
        QVector<qint64> ids;
        for (int i = 0; i < 8; ++i)
            ids.append(fleet.at(i).id);
        SimOperationParams params;
        params.service = QStringLiteral("sms");
        QString error;
        const auto jobId =
            bulk->start(BulkPreview::build(SimOperation::ServiceBlock, ids, fleet), params, &error);
        QVERIFY2(jobId, qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(bulk->job(*jobId) && bulk->job(*jobId)->isFinished(), 30000);
        QCOMPARE(bulk->job(*jobId)->outcomeCounts().value(SimOutcome::Done), 8);
        int sent = 0;
        for (const auto& entry : controller->demoBackend()->journal())
            sent += entry.method.startsWith(QLatin1String("v2/sim/block-service/")) ? 1 : 0;
        QCOMPARE(sent, 8);
    }

    void identityDialogs_fieldErrorsUnderFields_swapDone_audited() {
        AppController* controller = start(QStringLiteral("v2"), 20);
        QVERIFY(DemoAppRig::waitForFleet(controller, 20));
        AccountWorkspace* workspace = controller->workspace();
        SimIdentityChange& change = *workspace->identityChange();
        AuditTrailModel* audit = workspace->bulkOperations()->audit();
        const int auditedBefore = audit->totalCount();
        const int sentBefore = int(controller->demoBackend()->journal().size());

        // Activate: what the operator would refuse is said under its field, nothing sent.
        SimIdentityDialog activate(V2Action::Activate, nullptr, workspace->tariffs(), &change);
        activate.findChild<QLineEdit*>(QStringLiteral("identityNumber"))
            ->setText(QStringLiteral("12345"));
        activate.submit();
        QVERIFY(!activate.fieldError(QStringLiteral("number")).isEmpty());
        QVERIFY(!activate.fieldError(QStringLiteral("iccid")).isEmpty());
        QCOMPARE(int(controller->demoBackend()->journal().size()), sentBefore);
        QCOMPARE(audit->totalCount(), auditedBefore); // nothing sent, nothing audited

        const Sim sim = workspace->fleetModel()->simAt(0);
        // Bind to a card that is not this number's: the operator's 422, under ICCID.
        SimIdentityDialog bind(V2Action::BindNumber, &sim, workspace->tariffs(), &change);
        bind.findChild<QLineEdit*>(QStringLiteral("identityIccid"))
            ->setText(QStringLiteral("8970100000000000011"));
        bind.submit();
        QTRY_VERIFY_WITH_TIMEOUT(!bind.fieldError(QStringLiteral("iccid")).isEmpty(), 20000);
        QVERIFY(bind.result() != QDialog::Accepted);
        // Refused by the operator: audited as failed, with the number and the card.
        QCOMPARE(audit->totalCount(), auditedBefore + 1);
        const auto lastEntry = [audit] { return audit->entryAt(0); }; // newest first
        QCOMPARE(lastEntry().action, QString(AuditTrail::kBindNumberAction));
        QVERIFY(lastEntry().details.contains(sim.number));
        QVERIFY(lastEntry().details.contains(QStringLiteral("8970100000000000011")));
        QVERIFY(lastEntry().details.contains(QStringLiteral("failed")));

        // Swap to a new card: done, the dialog closes, the fleet shows the new ICCID.
        SimIdentityDialog swap(V2Action::SwapSim, &sim, workspace->tariffs(), &change);
        swap.show();
        const QString newIccid = QStringLiteral("8970100000000000099");
        swap.findChild<QLineEdit*>(QStringLiteral("identityIccid"))->setText(newIccid);
        swap.submit();
        QTRY_COMPARE_WITH_TIMEOUT(swap.result(), int(QDialog::Accepted), 20000);
        QCOMPARE(audit->totalCount(), auditedBefore + 2);
        QCOMPARE(lastEntry().action, QString(AuditTrail::kSwapSimAction));
        QVERIFY(lastEntry().details.contains(newIccid));
        QVERIFY(!lastEntry().details.contains(QStringLiteral("failed")));
        QCOMPARE(AuditTrail::actionName(lastEntry().action), QStringLiteral("Swap the SIM"));
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const Sim& row : workspace->fleetModel()->allSims()) {
                    if (row.number == sim.number)
                        return row.iccid == newIccid;
                }
                return false;
            }(),
            20000);
    }

    void demoBoth_switchesBetweenOneAccountOfEach() {
        AppController* controller = start(QStringLiteral("both"), 40);
        QVERIFY(DemoAppRig::waitForFleet(controller, 40));
        QCOMPARE(controller->session()->provider(), ProviderKind::NovaConnect);
        const QVector<SavedAccount> accounts = controller->accounts()->accounts();
        QCOMPARE(accounts.size(), 2);
        QString v2Key;
        for (const SavedAccount& account : accounts) {
            if (account.provider == ProviderKind::SecondOperator)
                v2Key = account.key();
        }
        QVERIFY(!v2Key.isEmpty());
        QVERIFY(pageIds(controller->mainWindow()).contains(QStringLiteral("groups")));

        controller->accounts()->switchTo(v2Key);
        QTRY_VERIFY_WITH_TIMEOUT(controller->workspace() && controller->workspace()->provider() ==
                                                                ProviderKind::SecondOperator,
                                 20000);
        QVERIFY(DemoAppRig::waitForFleet(controller, 10)); // a quarter of the demo's SIMs
        QVERIFY(!pageIds(controller->mainWindow()).contains(QStringLiteral("groups")));
        QCOMPARE(controller->accounts()->currentKey(), v2Key);

        // And back: NovaConnect's pages again.
        QString novaKey;
        for (const SavedAccount& account : controller->accounts()->accounts()) {
            if (account.provider == ProviderKind::NovaConnect)
                novaKey = account.key();
        }
        controller->accounts()->switchTo(novaKey);
        QTRY_VERIFY_WITH_TIMEOUT(controller->workspace() && controller->workspace()->provider() ==
                                                                ProviderKind::NovaConnect,
                                 20000);
        QVERIFY(DemoAppRig::waitForFleet(controller, 40));
        QVERIFY(pageIds(controller->mainWindow()).contains(QStringLiteral("groups")));

        // All accounts: NovaConnect's SIMs as loaded, the other's from its snapshot.
        auto* combined = controller->page<CombinedFleetPage>();
        QVERIFY(combined);
        QVERIFY(controller->mainWindow()->openPage(CombinedFleetPage::staticPageId()));
        QTRY_COMPARE_WITH_TIMEOUT(combined->model()->rowCount(), 50, 20000);
        QAbstractItemModelTester tester(combined->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(combined->model()->accounts().size(), 2);
        combined->filter()->setProvider(ProviderKind::SecondOperator);
        QCOMPARE(combined->filter()->rowCount(), 10);
        const QModelIndex provider = combined->filter()->index(0, CombinedFleetModel::Provider);
        QCOMPARE(provider.data().toString(), Providers::displayName(ProviderKind::SecondOperator));
        combined->filter()->setProvider(std::nullopt);
        combined->filter()->setText(QStringLiteral("Second operator (demo)"));
        QCOMPARE(combined->filter()->rowCount(), 10);
    }

    void signInDialog_secondOperatorAsksForLoginAndPassword() {
        SignInDialog dialog;
        auto* token = dialog.findChild<QLineEdit*>(QStringLiteral("token"));
        auto* login = dialog.findChild<QLineEdit*>(QStringLiteral("login"));
        auto* password = dialog.findChild<QLineEdit*>(QStringLiteral("password"));
        dialog.show();
        QVERIFY(token->isVisible());
        QVERIFY(!login->isVisible());
        dialog.setProvider(ProviderKind::SecondOperator);
        QVERIFY(!token->isVisible());
        QVERIFY(login->isVisible() && password->isVisible());
        // NovaConnect's address is of no use for the other provider.
        QVERIFY(dialog.apiUrl().isEmpty());
        dialog.setApiUrl(QUrl(QStringLiteral("https://v2.example/api/v2")));
        QVERIFY(!dialog.canSubmit());
        login->setText(QStringLiteral("me"));
        password->setText(QStringLiteral("secret"));
        QVERIFY(dialog.canSubmit());
        QString sentPassword;
        connect(&dialog, &SignInDialog::passwordSignInRequested, this,
                [&](const QUrl&, const QString&, const QString& secret, bool) {
                    sentPassword = secret;
                });
        dialog.submit();
        QCOMPARE(sentPassword, QStringLiteral("secret"));
        QVERIFY(password->text().isEmpty()); // not kept in the dialog
        dialog.showFieldErrors({{QStringLiteral("login"), {QStringLiteral("Wrong login.")}}});
        auto* loginError = dialog.findChild<QLabel*>(QStringLiteral("loginError"));
        QVERIFY(loginError->isVisible());
        QCOMPARE(loginError->text(), QStringLiteral("Wrong login."));
        login->setText(QStringLiteral("me2"));
        QTest::keyClick(login, Qt::Key_A);
        QVERIFY(!loginError->isVisible());
    }

private:
    AppController* start(const QString& provider, int sims) {
        m_controller = std::make_unique<AppController>(m_rig->settings());
        DemoAppRig::start(
            m_controller.get(), QStringLiteral("admin"), sims, QStringLiteral("en"),
            [provider](AppController::StartOptions& options) { options.demoProvider = provider; });
        return m_controller.get();
    }

    std::unique_ptr<DemoAppRig> m_rig;
    std::unique_ptr<AppController> m_controller;
};

QTEST_MAIN(TestSecondOperatorApp)
#include "tst_second_operator_app.moc"
