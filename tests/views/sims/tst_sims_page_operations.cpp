// The SIMs page's operations against an in-process emulator: the bulk bar,
// the actions and their reasons, read-only sessions sending nothing, renaming
// by the Name cell and the details pane, selectSims and the dialog's starter.
#include "api/ApiClient.h"
#include "emulator/Emulator.h"
#include "models/fleet/FleetFilterModel.h"
#include "models/fleet/FleetModel.h"
#include "models/fleet/FleetRepository.h"
#include "models/fleet/ServerFleetModel.h"
#include "models/workspace/AccountWorkspace.h"
#include "tests/support/EmulatorFixture.h"
#include "tests/support/EmulatorJournal.h"
#include "translations/Translations.h"
#include "views/common/InlineBanner.h"
#include "views/operations/BulkOperationDialog.h"
#include "views/sims/BulkActionBar.h"
#include "views/sims/FilterBar.h"
#include "views/sims/SimDetailsPane.h"
#include "views/sims/SimTableView.h"
#include "views/sims/SimsPage.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QItemSelectionModel>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace simfleet;

using novaemu::Emulator;

namespace {

constexpr int kSims = 300;

} // namespace

class TestSimsPageOperations final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void actions_menuOrderWithSeparators();
    void bulkBar_followsSelectionAndReasons();
    void readOnly_actionsDisabledAndNoWriteReachesEmulator();
    void selectedSimIds_allRowsInTableOrder();
    void selectSims_clearsHidingFilter();
    void filterHidingSelected_barDialogAndPaneAgreeAndBringBack();
    void refreshHidingSelected_barRecountsAndSaysSo();
    void dialog_acceptCallsStarterWithSelectionPreview();
    void renameByNameCell_updatesTableAfterNovaConnect();
    void renameError_keepsOldNameAndShowsBanner();
    void renameFromDetailsPane_endToEnd();
    void serverSide_renameByNameCellAndBulkPreviewFromServerRows();
    void destroyedWhileEditingAndRenaming_noCrash();
    void offline_operationsAndRenameDisabledWithReason();

private:
    void startPage(const QString& token);

    std::unique_ptr<Emulator> m_emulator;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<AccountWorkspace> m_workspace;
    std::unique_ptr<SimsPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    int m_starterCalls = 0;
    BulkPreview m_lastPreview;
    SimOperationParams m_lastParams;
};

void TestSimsPageOperations::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setStyle(QStringLiteral("Fusion"));
    QVERIFY(Translations::install(QStringLiteral("en")));
}

void TestSimsPageOperations::init() {
    m_emulator = EmulatorFixture::startEmulator(kSims);
    QVERIFY(m_emulator->port() != 0);
    m_starterCalls = 0;
}

void TestSimsPageOperations::cleanup() {
    m_tester.reset();
    m_page.reset();
    m_workspace.reset();
    m_client.reset();
    m_emulator.reset();
}

void TestSimsPageOperations::startPage(const QString& token) {
    m_client = std::make_unique<ApiClient>();
    EmulatorFixture::connectClient(*m_client, *m_emulator, token,
                                   token != QLatin1String("demo-admin"));
    m_workspace = std::make_unique<AccountWorkspace>(m_client.get());
    m_page = std::make_unique<SimsPage>(m_workspace.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_page->resize(1400, 900);
    m_page->show();
    m_page->sessionStarted();
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isLoading() && m_page->model()->rowCount() == kSims, 60000);
    m_page->setOperationStarter(
        [this](const BulkPreview& preview, const SimOperationParams& params, QString*) {
            ++m_starterCalls;
            m_lastPreview = preview;
            m_lastParams = params;
            return std::optional<qint64>(7);
        });
}

void TestSimsPageOperations::actions_menuOrderWithSeparators() {
    startPage(QStringLiteral("demo-admin"));
    const QList<QAction*> actions = m_page->operationActions();
    QStringList names;
    for (const QAction* action : actions)
        names.append(action->isSeparator() ? QStringLiteral("-") : action->objectName());
    QCOMPARE(names, (QStringList{"operation_block", "operation_disconnect", "-",
                                 "operation_unblock", "operation_reconnect", "operation_ping",
                                 "operation_sms", "operation_limit", "operation_tariff",
                                 "operation_repackage", "operation_group", "operation_addToGroup",
                                 "operation_removeFromGroup", "-", "operation_rename"}));
    // Add to group / Remove from group follow Set groups under the bulk bar's More.
    const QList<QAction*> more = m_page->bulkBar()->moreButton()->menu()->actions();
    const qsizetype setGroups = more.indexOf(m_page->operationAction(SimOperation::Group));
    QVERIFY(setGroups >= 0);
    QCOMPARE(more.value(setGroups + 1)->objectName(), QStringLiteral("operation_addToGroup"));
    QCOMPARE(more.value(setGroups + 2)->objectName(), QStringLiteral("operation_removeFromGroup"));
    // The same actions in the table's context menu.
    QCOMPARE(m_page->table()->contextMenuPolicy(), Qt::ActionsContextMenu);
    QCOMPARE(m_page->table()->actions(), actions);
    QCOMPARE(m_page->operationAction(SimOperation::Sms)->iconText(), QStringLiteral("Send SMS…"));
}

void TestSimsPageOperations::bulkBar_followsSelectionAndReasons() {
    startPage(QStringLiteral("demo-admin"));
    BulkActionBar* bar = m_page->bulkBar();
    QAction* block = m_page->operationAction(SimOperation::Block);
    QVERIFY(!bar->isVisible());
    // Write access not granted yet: disabled, and says so.
    m_page->setWriteAccess(WriteAccess::granted());
    QVERIFY(!block->isEnabled());
    QCOMPARE(block->toolTip(), QStringLiteral("Select one or more SIMs first."));

    m_page->selectAllFiltered();
    QVERIFY(bar->isVisible());
    QCOMPARE(m_page->selectedCount(), kSims);
    QVERIFY(bar->findChild<QLabel*>(QStringLiteral("bulkSelectedCount"))
                ->text()
                .startsWith(QLatin1String("300")));
    QVERIFY(bar->buttonsShown());
    QVERIFY(block->isEnabled());
    QVERIFY(!m_page->renameAction()->isEnabled()); // one SIM only
    // SIMFLEET_DIALOG_SHOTS=<dir> keeps a picture of the page with the bar to look at.
    const QString shots = qEnvironmentVariable("SIMFLEET_DIALOG_SHOTS");
    if (!shots.isEmpty())
        m_page->grab().save(shots + QStringLiteral("/sims-page-bulk-bar.png"));

    // Without a starter operations cannot start.
    m_page->setOperationStarter({});
    QVERIFY(!block->isEnabled());
    QVERIFY(!bar->buttonsShown());
    QVERIFY(!bar->unavailableReason().isEmpty());

    m_page->table()->clearSelection();
    QVERIFY(!bar->isVisible());
}

void TestSimsPageOperations::readOnly_actionsDisabledAndNoWriteReachesEmulator() {
    startPage(QStringLiteral("demo-user"));
    const QString reason =
        QStringLiteral("Your role can view SIMs but not change them. Ask an administrator.");
    m_page->setWriteAccess(WriteAccess::denied(reason));
    m_page->selectAllFiltered();
    m_emulator->clearJournal();

    for (QAction* action : m_page->operationActions()) {
        if (action->isSeparator())
            continue;
        QVERIFY2(!action->isEnabled(), qPrintable(action->objectName()));
        QCOMPARE(action->toolTip(), reason);
        action->trigger();
    }
    QVERIFY(!m_page->operationDialog());
    QCOMPARE(m_page->bulkBar()->unavailableReason(), reason);
    QVERIFY(!m_page->bulkBar()->buttonsShown());
    QVERIFY(!m_page->openOperationDialog(SimOperation::Block));

    // No editing of the name, in the table or the pane.
    const QModelIndex name = m_page->filterModel()->index(0, FleetModel::Name);
    QVERIFY(!(name.flags() & Qt::ItemIsEditable));
    m_page->table()->setCurrentIndex(name);
    m_page->table()->edit(name);
    QVERIFY(!m_page->table()->findChild<QLineEdit*>());
    QVERIFY(!m_page->detailsPane()->renameButton()->isEnabled());
    QCOMPARE(m_page->detailsPane()->renameButton()->toolTip(), reason);
    QVERIFY(!m_page->renameSim(m_page->model()->simAt(0).id, QStringLiteral("nope")));

    QTest::qWait(200); // anything sent would be in the journal by now
    QCOMPARE(EmulatorJournal::writeMethods(*m_emulator), QStringList());
}

void TestSimsPageOperations::selectedSimIds_allRowsInTableOrder() {
    startPage(QStringLiteral("demo-admin"));
    m_page->selectAllFiltered();
    const QVector<qint64> ids = m_page->selectedSimIds();
    QCOMPARE(ids.size(), kSims);
    for (int row = 0; row < kSims; ++row)
        QCOMPARE(ids.at(row),
                 m_page->filterModel()->index(row, 0).data(FleetModel::SimIdRole).toLongLong());

    // Ctrl-click style ranges, overlapping: each SIM once.
    QItemSelectionModel* selection = m_page->table()->selectionModel();
    QAbstractItemModel* model = m_page->table()->model();
    const int last = model->columnCount() - 1;
    selection->clearSelection();
    selection->select(QItemSelection(model->index(10, 0), model->index(19, last)),
                      QItemSelectionModel::Select);
    selection->select(QItemSelection(model->index(2, 0), model->index(4, last)),
                      QItemSelectionModel::Select);
    QCOMPARE(m_page->selectedSimIds().size(), 13);
    QCOMPARE(m_page->selectedSimIds().first(),
             model->index(2, 0).data(FleetModel::SimIdRole).toLongLong());
}

void TestSimsPageOperations::selectSims_clearsHidingFilter() {
    startPage(QStringLiteral("demo-admin"));
    const Sim first = m_page->model()->simAt(5);
    const Sim second = m_page->model()->simAt(250);
    FleetFilter filter;
    filter.text = first.iccid;
    m_page->setFilter(filter);
    QCOMPARE(m_page->filterModel()->rowCount(), 1);

    const int found = m_page->selectSims({first.id, second.id, 999'999'999});
    QCOMPARE(found, 2);
    QVERIFY(m_page->filterBar()->filter().isEmpty());
    QCOMPARE(m_page->filterModel()->rowCount(), kSims);
    QVector<qint64> selected = m_page->selectedSimIds();
    std::sort(selected.begin(), selected.end());
    QVector<qint64> expected{first.id, second.id};
    std::sort(expected.begin(), expected.end());
    QCOMPARE(selected, expected);

    // Nothing hidden: the filter stays.
    filter.text = first.iccid;
    m_page->setFilter(filter);
    QCOMPARE(m_page->selectSims({first.id}), 1);
    QCOMPARE(m_page->filterModel()->rowCount(), 1);
}

void TestSimsPageOperations::filterHidingSelected_barDialogAndPaneAgreeAndBringBack() {
    startPage(QStringLiteral("demo-admin"));
    m_page->setWriteAccess(WriteAccess::granted());
    BulkActionBar* bar = m_page->bulkBar();
    auto* count = bar->findChild<QLabel*>(QStringLiteral("bulkSelectedCount"));
    QVector<qint64> six;
    for (int row = 0; row < 6; ++row)
        six.append(m_page->model()->simAt(row).id);
    QCOMPARE(m_page->selectSims(six), 6);
    QCOMPARE(count->text(), QStringLiteral("6 selected"));
    QVERIFY(m_page->detailsPane()->selectionNote()->isVisible());
    QVERIFY(m_page->detailsPane()->selectionNote()->text().startsWith(QLatin1String("6 SIM")));

    // The filter hides five of them: they leave the selection, and the bar says so.
    FleetFilter filter;
    filter.text = m_page->model()->simAt(0).iccid;
    m_page->setFilter(filter);
    QCOMPARE(m_page->filterModel()->rowCount(), 1);
    QCOMPARE(m_page->selectedCount(), 1);
    QCOMPARE(count->text(), QStringLiteral("1 selected"));
    QCOMPARE(bar->hiddenCount(), 5);
    QVERIFY(bar->hiddenNote()->isVisible());
    QVERIFY(bar->hiddenNote()->text().startsWith(QLatin1String("5 selected SIM")));
    QVERIFY(bar->bringBackButton()->isVisible());
    QVERIFY(!m_page->detailsPane()->selectionNote()->isVisible());
    const QString shots = qEnvironmentVariable("SIMFLEET_DIALOG_SHOTS");
    if (!shots.isEmpty())
        m_page->grab().save(shots + QStringLiteral("/sims-page-hidden-selection.png"));

    // Block acts on the one SIM the bar counts: title and preview agree.
    m_page->operationAction(SimOperation::Block)->trigger();
    BulkOperationDialog* dialog = m_page->operationDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->preview().selectedCount(), 1);
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Block 1 SIM"));
    dialog->reject();
    QTRY_VERIFY(!m_page->operationDialog());

    // Bring them back: the previous filter and the six SIMs.
    QTest::mouseClick(bar->bringBackButton(), Qt::LeftButton);
    QVERIFY(m_page->filterBar()->filter().isEmpty());
    QCOMPARE(m_page->selectedCount(), 6);
    QVector<qint64> selected = m_page->selectedSimIds();
    std::sort(selected.begin(), selected.end());
    std::sort(six.begin(), six.end());
    QCOMPARE(selected, six);
    QCOMPARE(bar->hiddenCount(), 0);
    QVERIFY(!bar->hiddenNote()->isVisible());

    // A new selection by the user forgets the hidden SIMs.
    m_page->setFilter(filter);
    QCOMPARE(bar->hiddenCount(), 5);
    m_page->table()->clearSelection();
    QCOMPARE(bar->hiddenCount(), 0);
    QVERIFY(!bar->isVisible());
}

void TestSimsPageOperations::refreshHidingSelected_barRecountsAndSaysSo() {
    startPage(QStringLiteral("demo-admin"));
    m_page->setWriteAccess(WriteAccess::granted());
    FleetFilter active;
    active.status = FleetFilter::Status::Active;
    m_page->setFilter(active);
    const int shown = m_page->filterModel()->rowCount();
    QVERIFY(shown > 4);
    m_page->selectAllFiltered();
    QCOMPARE(m_page->selectedCount(), shown);
    // Four of them are blocked (as a finished Block job's refresh shows): they
    // leave the "Active" filter, and the selection.
    QVector<Sim> blocked;
    for (qint64 id : m_page->selectedSimIds().mid(0, 4)) {
        Sim sim = m_page->model()->simAt(m_page->model()->rowOfId(id));
        sim.block = BlockCode::User;
        blocked.append(sim);
    }
    m_page->model()->upsert(blocked);
    QTRY_COMPARE(m_page->filterModel()->rowCount(), shown - 4);
    QCOMPARE(m_page->selectedCount(), shown - 4);
    QCOMPARE(m_page->bulkBar()->selectedCount(), shown - 4);
    QCOMPARE(m_page->bulkBar()->hiddenCount(), 4);
    m_page->operationAction(SimOperation::Unblock)->trigger();
    QVERIFY(m_page->operationDialog());
    QCOMPARE(m_page->operationDialog()->preview().selectedCount(), shown - 4);
    m_page->operationDialog()->reject();
}

void TestSimsPageOperations::dialog_acceptCallsStarterWithSelectionPreview() {
    startPage(QStringLiteral("demo-admin"));
    m_page->setWriteAccess(WriteAccess::granted());
    QVector<qint64> ids;
    for (int row = 0; row < 12; ++row)
        ids.append(m_page->model()->simAt(row).id);
    QCOMPARE(m_page->selectSims(ids), 12);
    m_page->operationAction(SimOperation::Ping)->trigger();
    BulkOperationDialog* dialog = m_page->operationDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->preview().selectedCount(), 12);
    QVector<qint64> expected;
    for (qint64 id : m_page->selectedSimIds()) {
        const Sim& sim = m_page->model()->simAt(m_page->model()->rowOfId(id));
        if (SimOperations::skipReason(SimOperation::Ping, sim).isEmpty())
            expected.append(id);
    }
    QCOMPARE(dialog->preview().applicable, expected);
    if (expected.isEmpty())
        return; // the seed gave no TD SIMs in the first rows: nothing to start
    QTest::mouseClick(dialog->primaryButton(), Qt::LeftButton);
    QCOMPARE(m_starterCalls, 1);
    QCOMPARE(m_lastPreview.op, SimOperation::Ping);
    QCOMPARE(m_lastPreview.applicable, expected);
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->operationDialog(), 10000); // closed, deleted
}

void TestSimsPageOperations::renameByNameCell_updatesTableAfterNovaConnect() {
    startPage(QStringLiteral("demo-admin"));
    m_page->setWriteAccess(WriteAccess::granted());
    QSignalSpy renamed(m_page.get(), &SimsPage::simRenamed);
    SimTableView* table = m_page->table();
    const QModelIndex cell = m_page->filterModel()->index(3, FleetModel::Name);
    QVERIFY(cell.flags() & Qt::ItemIsEditable);
    const qint64 id = cell.data(FleetModel::SimIdRole).toLongLong();
    const QString oldName = m_page->model()->simAt(m_page->model()->rowOfId(id)).name;
    m_emulator->clearJournal();
    // The answer comes late enough to see the table before it.
    m_emulator->setLatencyMs(300);

    table->setFocus();
    table->setCurrentIndex(cell);
    table->edit(cell);
    auto* editor = table->findChild<QLineEdit*>();
    QVERIFY(editor);
    QCOMPARE(editor->text(), oldName);
    editor->setText(QStringLiteral("Truck 17 north"));
    QTest::keyClick(editor, Qt::Key_Return); // the delegate commits on the next event loop pass
    QTRY_VERIFY_WITH_TIMEOUT(m_page->isRenaming(), 10000);
    // Not written locally: the old name until NovaConnect answers.
    QCOMPARE(m_page->model()->simAt(m_page->model()->rowOfId(id)).name, oldName);
    QVERIFY(!m_page->model()
                 ->flags(m_page->model()->index(0, FleetModel::Name))
                 .testFlag(Qt::ItemIsEditable));

    QVERIFY(renamed.wait(30000));
    QCOMPARE(renamed.first().at(0).toLongLong(), id);
    QCOMPARE(renamed.first().at(1).toString(), oldName);
    QCOMPARE(renamed.first().at(2).toString(), QStringLiteral("Truck 17 north"));
    QVERIFY(renamed.first().at(3).toString().isEmpty());
    QCOMPARE(m_page->model()->simAt(m_page->model()->rowOfId(id)).name,
             QStringLiteral("Truck 17 north"));
    QCOMPARE(m_page->filterModel()->index(3, FleetModel::Name).data().toString(),
             QStringLiteral("Truck 17 north"));
    QCOMPARE(EmulatorJournal::writeMethods(*m_emulator), QStringList{QStringLiteral("sim/edit")});
    const QJsonObject body = m_emulator->journal().constLast().body;
    QCOMPARE(body.value(QStringLiteral("id")).toInteger(), id);
    QVERIFY(!m_page->isRenaming());
}

void TestSimsPageOperations::serverSide_renameByNameCellAndBulkPreviewFromServerRows() {
    startPage(QStringLiteral("demo-admin"));
    m_page->setWriteAccess(WriteAccess::granted());
    ServerFleetModel server(m_client.get());
    server.setPageSize(50);
    QAbstractItemModelTester tester(&server,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_page->setServerModel(&server);
    QTRY_VERIFY_WITH_TIMEOUT(server.rowCount() >= 50, 30000);

    // The Name cell of a server row starts a rename; the row shows the new name after it.
    QSignalSpy renamed(m_page.get(), &SimsPage::simRenamed);
    SimTableView* table = m_page->table();
    const QModelIndex cell = server.index(5, FleetModel::Name);
    QVERIFY(cell.flags() & Qt::ItemIsEditable);
    const qint64 id = server.simAt(5).id;
    table->setFocus();
    table->setCurrentIndex(cell);
    table->edit(cell);
    auto* editor = table->findChild<QLineEdit*>();
    QVERIFY(editor);
    editor->setText(QStringLiteral("Pump station 9"));
    QTest::keyClick(editor, Qt::Key_Return);
    QVERIFY(renamed.wait(30000));
    QVERIFY(renamed.first().at(3).toString().isEmpty());
    QCOMPARE(server.rowOfId(id), 5);
    QCOMPARE(server.index(5, FleetModel::Name).data().toString(), QStringLiteral("Pump station 9"));

    // A bulk preview is built from the server rows that are selected.
    QVector<qint64> ids;
    for (int row = 10; row < 20; ++row)
        ids.append(server.simAt(row).id);
    QCOMPARE(m_page->selectSims(ids), 10);
    BulkOperationDialog* dialog = m_page->openOperationDialog(SimOperation::Disconnect);
    QVERIFY(dialog);
    QCOMPARE(dialog->preview().selectedCount(), 10);
    QCOMPARE(dialog->preview().applicable.size(), 10);
    dialog->reject();
    m_page->setServerModel(nullptr);
}

void TestSimsPageOperations::renameError_keepsOldNameAndShowsBanner() {
    startPage(QStringLiteral("demo-admin"));
    m_page->setWriteAccess(WriteAccess::granted());
    QSignalSpy renamed(m_page.get(), &SimsPage::simRenamed);
    const Sim sim = m_page->model()->simAt(8);
    m_emulator->setErrorRate(1.0);
    QVERIFY(m_page->renameSim(sim.id, QStringLiteral("Broken")));
    QVERIFY(renamed.wait(60000));
    m_emulator->setErrorRate(0.0);
    QVERIFY(!renamed.first().at(3).toString().isEmpty());
    QCOMPARE(m_page->model()->simAt(m_page->model()->rowOfId(sim.id)).name, sim.name);
    QVERIFY(m_page->operationBanner()->isVisible());
    QCOMPARE(m_page->operationBanner()->kind(), InlineBanner::Kind::Error);
    QCOMPARE(m_page->operationBanner()->text(), renamed.first().at(3).toString());
    QVERIFY(!m_page->isRenaming());
}

void TestSimsPageOperations::renameFromDetailsPane_endToEnd() {
    startPage(QStringLiteral("demo-admin"));
    m_page->setWriteAccess(WriteAccess::granted());
    QSignalSpy renamed(m_page.get(), &SimsPage::simRenamed);
    const qint64 id = m_page->model()->simAt(20).id;
    QCOMPARE(m_page->selectSims({id}), 1);
    m_page->table()->setCurrentIndex(m_page->filterModel()->mapFromSource(
        m_page->model()->index(m_page->model()->rowOfId(id), 0)));
    SimDetailsPane* pane = m_page->detailsPane();
    QCOMPARE(pane->sim()->id, id);
    QVERIFY(m_page->renameAction()->isEnabled());
    m_page->renameAction()->trigger();
    QVERIFY(pane->isRenaming());
    pane->nameEditor()->setText(QStringLiteral("Spare unit"));
    const QString shots = qEnvironmentVariable("SIMFLEET_DIALOG_SHOTS");
    if (!shots.isEmpty())
        pane->grab().save(shots + QStringLiteral("/details-rename.png"));
    pane->saveNameButton()->click();
    QVERIFY(!pane->saveNameButton()->isEnabled()); // busy
    QVERIFY(renamed.wait(30000));
    QVERIFY(!pane->isRenaming());
    QCOMPARE(pane->sim()->name, QStringLiteral("Spare unit"));
    QCOMPARE(m_page->model()->simAt(m_page->model()->rowOfId(id)).name,
             QStringLiteral("Spare unit"));
}

void TestSimsPageOperations::destroyedWhileEditingAndRenaming_noCrash() {
    startPage(QStringLiteral("demo-admin"));
    m_page->setWriteAccess(WriteAccess::granted());
    m_emulator->setLatencyMs(500);
    QVERIFY(m_page->renameSim(m_page->model()->simAt(1).id, QStringLiteral("In flight")));
    const QModelIndex cell = m_page->filterModel()->index(2, FleetModel::Name);
    m_page->table()->setCurrentIndex(cell);
    m_page->selectAllFiltered();
    m_page->operationAction(SimOperation::Block)->trigger();
    QVERIFY(m_page->operationDialog());
    m_tester.reset();
    m_page.reset();
    QTest::qWait(700); // the rename's answer arrives with no page to take it
    m_client.reset();
}

void TestSimsPageOperations::offline_operationsAndRenameDisabledWithReason() {
    startPage(QStringLiteral("demo-admin"));
    m_page->setWriteAccess(WriteAccess::granted());
    m_page->selectAllFiltered();
    QAction* block = m_page->operationAction(SimOperation::Block);
    QVERIFY(block->isEnabled());

    m_emulator.reset(); // NovaConnect unreachable: the next refresh fails with a network error
    m_page->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(m_page->repository()->isOffline(), 120000);
    QVERIFY(!block->isEnabled());
    QCOMPARE(block->toolTip(),
             QStringLiteral("Offline — operations need a connection to NovaConnect."));
    QCOMPARE(m_page->bulkBar()->unavailableReason(), block->toolTip());
    QVERIFY(!m_page->openOperationDialog(SimOperation::Block));
    QVERIFY(
        !m_page->filterModel()->index(0, FleetModel::Name).flags().testFlag(Qt::ItemIsEditable));
    QVERIFY(!m_page->detailsPane()->renameButton()->isEnabled());
    QVERIFY(!m_page->renameSim(m_page->model()->simAt(0).id, QStringLiteral("x")));
}

QTEST_MAIN(TestSimsPageOperations)
#include "tst_sims_page_operations.moc"
