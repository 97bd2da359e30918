// The Groups page against an in-process emulator: the table and its model
// (QAbstractItemModelTester), SIM counts from the loaded fleet, create,
// rename and delete end to end, names refused before sending, the emulator's
// errors shown as text, the delete confirmation, the selected group's SIMs and
// "Show in SIM table", adding SIMs through a job starter, server-side
// mode, and a read-only session that sends no write.
#include "api/ApiClient.h"
#include "api/GroupService.h"
#include "emulator/Emulator.h"
#include "models/common/Preferences.h"
#include "models/fleet/FleetFilter.h"
#include "models/fleet/FleetModel.h"
#include "models/fleet/FleetRepository.h"
#include "models/fleet/SavedFilters.h"
#include "models/groups/GroupSimsModel.h"
#include "models/groups/GroupTableModel.h"
#include "models/groups/GroupsModel.h"
#include "models/workspace/AccountWorkspace.h"
#include "tests/support/EmulatorFixture.h"
#include "tests/support/EmulatorJournal.h"
#include "translations/Translations.h"
#include "views/common/EmptyState.h"
#include "views/common/InlineBanner.h"
#include "views/groups/GroupMembershipDialog.h"
#include "views/groups/GroupNameDialog.h"
#include "views/groups/GroupsPage.h"
#include "views/sims/SimsPage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <memory>

using namespace simfleet;
using novaemu::Emulator;

namespace {

constexpr int kSims = 60;
constexpr int kWaitMs = 30000;

} // namespace

class TestGroupsPage final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void table_countsFromLoadedFleetFilterAndSort();
    void createRenameDelete_endToEnd();
    void badNames_refusedBeforeSending();
    void emulatorError_shownAsText();
    void selectedGroup_listsSimsAndOpensSimTable();
    void addSims_fromList_previewSaysRequestsAndStartsJob();
    void serverSide_countsUnknownAndApiFiltersNames();
    void readOnly_everyChangeDisabledAndNothingSent();

private:
    void startPage(const QString& token, int serverSideThreshold = 0);
    int groupCount(const QString& name);
    qint64 anyGroupWithSims(int* sims = nullptr);

    std::unique_ptr<Emulator> m_emulator;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<AccountWorkspace> m_workspace;
    std::unique_ptr<GroupsPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_tableTester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;
    std::unique_ptr<QAbstractItemModelTester> m_simsTester;
};

void TestGroupsPage::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setStyle(QStringLiteral("Fusion"));
    QVERIFY(Translations::install(QStringLiteral("en")));
}

void TestGroupsPage::init() {
    m_emulator = EmulatorFixture::startEmulator(kSims);
    QVERIFY(m_emulator->port() != 0);
}

void TestGroupsPage::cleanup() {
    m_simsTester.reset();
    m_proxyTester.reset();
    m_tableTester.reset();
    m_page.reset();
    m_workspace.reset();
    m_client.reset();
    m_emulator.reset();
}

void TestGroupsPage::startPage(const QString& token, int serverSideThreshold) {
    m_client = std::make_unique<ApiClient>();
    const bool readOnly = token != QLatin1String("demo-admin");
    EmulatorFixture::connectClient(*m_client, *m_emulator, token, readOnly);
    m_workspace = std::make_unique<AccountWorkspace>(m_client.get());
    if (serverSideThreshold > 0) {
        Preferences preferences;
        preferences.serverSideThreshold = serverSideThreshold;
        m_workspace->applyPreferences(preferences);
    }
    // The models are tested from before they are filled.
    m_tableTester = std::make_unique<QAbstractItemModelTester>(
        m_workspace->groupTable(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_page = std::make_unique<GroupsPage>(m_workspace.get());
    m_proxyTester = std::make_unique<QAbstractItemModelTester>(
        m_page->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_simsTester = std::make_unique<QAbstractItemModelTester>(
        m_page->simsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_page->resize(1100, 800);
    m_page->show();
    QCOMPARE(m_page->shownState(), 1); // nothing yet
    m_workspace->open(QString());
    m_workspace->fleet()->open(QString());
    m_page->sessionStarted();
    m_page->setWriteAccess(readOnly ? WriteAccess::denied(QStringLiteral("Read-only role."))
                                    : WriteAccess::granted());
    QTRY_VERIFY_WITH_TIMEOUT(m_workspace->groups()->isLoaded(), kWaitMs);
    if (serverSideThreshold > 0)
        QTRY_VERIFY_WITH_TIMEOUT(m_workspace->fleet()->serverModel(), kWaitMs);
    else
        QTRY_COMPARE_WITH_TIMEOUT(m_workspace->fleetModel()->rowCount(), kSims, 60000);
    // The counts follow the fleet once its pages stop arriving.
    if (serverSideThreshold == 0)
        QTRY_VERIFY_WITH_TIMEOUT(anyGroupWithSims() != 0, kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->shownState(), 2, kWaitMs);
}

int TestGroupsPage::groupCount(const QString& name) {
    int count = 0;
    bool done = false;
    GroupService(m_client.get())
        .fetchAll(QString(), m_client.get(), [&](const Result<ListPage<Group>>& result) {
            for (const Group& group : result.value.items)
                count += group.name == name ? 1 : 0;
            done = true;
        });
    if (!QTest::qWaitFor([&] { return done; }, kWaitMs))
        return -1;
    return count;
}

qint64 TestGroupsPage::anyGroupWithSims(int* sims) {
    GroupTableModel* table = m_workspace->groupTable();
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->rowAt(row).sims > 0) {
            if (sims)
                *sims = table->rowAt(row).sims;
            return table->groupIdAt(row);
        }
    }
    return 0;
}

void TestGroupsPage::table_countsFromLoadedFleetFilterAndSort() {
    startPage(QStringLiteral("demo-admin"));
    GroupTableModel* table = m_workspace->groupTable();
    QCOMPARE(table->rowCount(), m_workspace->groups()->rowCount());
    QVERIFY(table->rowCount() > 1);
    // Each count is the number of loaded SIMs in the group.
    const QVector<Sim> fleet = EmulatorFixture::fetchFleet(*m_client);
    for (int row = 0; row < table->rowCount(); ++row) {
        const qint64 id = table->groupIdAt(row);
        int expected = 0;
        for (const Sim& sim : fleet) {
            for (const GroupRef& group : sim.groups)
                expected += group.id == id ? 1 : 0;
        }
        QCOMPARE(table->rowAt(row).sims, expected);
        QCOMPARE(table->index(row, GroupTableModel::Sims).data().toString(),
                 QLocale().toString(expected));
        QVERIFY(!table->index(row, GroupTableModel::Created).data().toString().isEmpty());
    }
    // Sorting by the SIM count, most first.
    m_page->table()->sortByColumn(GroupTableModel::Sims, Qt::DescendingOrder);
    QSortFilterProxyModel* proxy = m_page->proxy();
    for (int row = 1; row < proxy->rowCount(); ++row)
        QVERIFY(
            proxy->index(row - 1, GroupTableModel::Sims)
                .data(GroupTableModel::RawValueRole)
                .toInt() >=
            proxy->index(row, GroupTableModel::Sims).data(GroupTableModel::RawValueRole).toInt());
    // The filter is instant and local: no request.
    const QString name = table->rowAt(0).group.name;
    m_emulator->clearJournal();
    m_page->filterField()->setText(name.mid(1, 4).toUpper());
    QVERIFY(proxy->rowCount() >= 1);
    QVERIFY(proxy->rowCount() < table->rowCount());
    for (int row = 0; row < proxy->rowCount(); ++row)
        QVERIFY(
            proxy->index(row, 0).data().toString().contains(name.mid(1, 4), Qt::CaseInsensitive));
    m_page->filterField()->setText(QStringLiteral("no such group at all"));
    QCOMPARE(proxy->rowCount(), 0);
    QCOMPARE(m_page->shownState(), 1);
    QVERIFY(m_page->emptyState()->actionButton()->isVisible()); // Clear filter
    m_page->emptyState()->actionButton()->click();
    QCOMPARE(proxy->rowCount(), table->rowCount());
    QCOMPARE(m_emulator->journal().size(), 0);
}

void TestGroupsPage::createRenameDelete_endToEnd() {
    startPage(QStringLiteral("demo-admin"));
    const int before = m_workspace->groupTable()->rowCount();

    GroupNameDialog* create = m_page->openCreateDialog();
    QVERIFY(create);
    create->nameField()->setText(QStringLiteral("  Lifts north  "));
    QVERIFY(create->okButton()->isEnabled());
    QSignalSpy created(create, &QDialog::accepted);
    create->okButton()->click();
    QVERIFY(created.wait(kWaitMs));
    const QList<EmulatorJournal::Entry> sent =
        EmulatorJournal::entries(*m_emulator, QStringLiteral("group/create"));
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.first().body.value(QStringLiteral("name")).toString(),
             QStringLiteral("Lifts north")); // trimmed
    QCOMPARE(groupCount(QStringLiteral("Lifts north")), 1);
    QCOMPARE(m_workspace->groupTable()->rowCount(), before + 1);
    // The new group is selected, with no SIMs yet.
    const qint64 id = m_page->selectedGroupId();
    QVERIFY(id != 0);
    QCOMPARE(m_workspace->groupTable()->simCount(id), 0);

    GroupNameDialog* rename = m_page->openRenameDialog();
    QVERIFY(rename);
    QCOMPARE(rename->nameField()->text(), QStringLiteral("Lifts north"));
    rename->nameField()->setText(QStringLiteral("Lifts south"));
    QSignalSpy renamed(rename, &QDialog::accepted);
    rename->okButton()->click();
    QVERIFY(renamed.wait(kWaitMs));
    QCOMPARE(groupCount(QStringLiteral("Lifts south")), 1);
    QCOMPARE(groupCount(QStringLiteral("Lifts north")), 0);
    const int row = m_workspace->groupTable()->rowOfGroup(id);
    QCOMPARE(m_workspace->groupTable()->rowAt(row).group.name, QStringLiteral("Lifts south"));

    // Delete: the question names the SIM count and says the SIMs stay.
    int sims = 0;
    const qint64 used = anyGroupWithSims(&sims);
    QVERIFY(used != 0);
    const QString question = GroupsPage::deleteQuestion(QStringLiteral("Depot"), sims);
    QVERIFY2(question.contains(QString::number(sims)) && question.contains(QLatin1String("stay")),
             qPrintable(question));
    QVERIFY(m_page->selectGroup(used));
    QString shown;
    // First answered "Keep": nothing is sent.
    QTimer::singleShot(0, this, [&shown] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        QVERIFY(box);
        shown = box->text();
        box->reject();
    });
    QVERIFY(!m_page->deleteSelectedGroup());
    QVERIFY2(shown.contains(QLatin1String("stay")), qPrintable(shown));
    QVERIFY(shown.contains(QLocale().toString(sims)));
    QCOMPARE(EmulatorJournal::entries(*m_emulator, QStringLiteral("group/remove")).size(), 0);

    QTimer::singleShot(0, this, [] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        QVERIFY(box);
        for (QAbstractButton* button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                button->click();
        }
    });
    QVERIFY(m_page->deleteSelectedGroup());
    QTRY_COMPARE_WITH_TIMEOUT(m_workspace->groupTable()->rowOfGroup(used), -1, kWaitMs);
    QCOMPARE(EmulatorJournal::entries(*m_emulator, QStringLiteral("group/remove")).size(), 1);
    // The SIMs stay; the fleet is read again and none is in the group any more.
    QTRY_COMPARE_WITH_TIMEOUT(m_workspace->groupTable()->simCount(used), 0, kWaitMs);
    QCOMPARE(EmulatorFixture::fetchFleet(*m_client).size(), kSims);
}

void TestGroupsPage::badNames_refusedBeforeSending() {
    startPage(QStringLiteral("demo-admin"));
    const Group existing = m_workspace->groups()->groupAt(0);
    const Group other = m_workspace->groups()->groupAt(1);
    m_emulator->clearJournal();

    GroupNameDialog* create = m_page->openCreateDialog();
    QVERIFY(create);
    create->nameField()->setText(QStringLiteral("   "));
    QVERIFY(!create->okButton()->isEnabled());
    create->accept();
    QVERIFY(create->problemLabel()->isVisible());
    QVERIFY(!create->problemLabel()->text().isEmpty());
    // Another letter case, spaces around: the same name.
    create->nameField()->setText(QStringLiteral("  ") + existing.name.toUpper());
    QVERIFY(!create->okButton()->isEnabled());
    QVERIFY2(create->problemLabel()->text().contains(QLatin1String("already exists")),
             qPrintable(create->problemLabel()->text()));
    create->accept();
    QVERIFY(create->isVisible());
    create->reject();

    QVERIFY(m_page->selectGroup(existing.id));
    GroupNameDialog* rename = m_page->openRenameDialog();
    QVERIFY(rename);
    rename->nameField()->setText(other.name.toLower());
    QVERIFY(!rename->okButton()->isEnabled());
    rename->accept();
    QVERIFY(rename->problemLabel()->text().contains(QLatin1String("already exists")));
    // Its own name in another case is no clash.
    rename->nameField()->setText(existing.name.toUpper());
    QVERIFY(rename->problemLabel()->isHidden());
    rename->reject();

    // The model refuses as well, whoever asks.
    QVERIFY(!m_workspace->groups()->create(QString(), nullptr, {}).isEmpty());
    QVERIFY(!m_workspace->groups()->rename(existing.id, other.name, nullptr, {}).isEmpty());
    QTest::qWait(50);
    QCOMPARE(EmulatorJournal::writeRequests(*m_emulator), 0);
}

void TestGroupsPage::emulatorError_shownAsText() {
    startPage(QStringLiteral("demo-admin"));
    const Group group = m_workspace->groups()->groupAt(0);
    // Someone else deleted it meanwhile.
    bool removed = false;
    GroupService(m_client.get()).remove(group.id, m_client.get(), [&](const Result<Group>& result) {
        removed = result.ok();
    });
    QTRY_VERIFY_WITH_TIMEOUT(removed, kWaitMs);
    QVERIFY(m_page->selectGroup(group.id));
    GroupNameDialog* rename = m_page->openRenameDialog();
    QVERIFY(rename);
    rename->nameField()->setText(QStringLiteral("Renamed meanwhile"));
    rename->okButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!rename->isBusy(), kWaitMs);
    QVERIFY(rename->isVisible());
    QVERIFY(rename->problemLabel()->isVisible());
    QVERIFY(!rename->problemLabel()->text().isEmpty());
    rename->reject();
}

void TestGroupsPage::selectedGroup_listsSimsAndOpensSimTable() {
    startPage(QStringLiteral("demo-admin"));
    int sims = 0;
    const qint64 id = anyGroupWithSims(&sims);
    QVERIFY(id != 0);
    QVERIFY(m_page->selectGroup(id));
    GroupSimsModel* members = m_page->simsModel();
    QCOMPARE(members->rowCount(), sims);
    for (const Sim& sim : members->rows()) {
        bool inGroup = false;
        for (const GroupRef& group : sim.groups)
            inGroup = inGroup || group.id == id;
        QVERIFY(inGroup);
    }
    QVERIFY(!members->index(0, GroupSimsModel::Iccid).data().toString().isEmpty());
    QVERIFY(!members->index(0, GroupSimsModel::Status).data().toString().isEmpty());

    QSignalSpy requested(m_page.get(), &WorkspacePage::pageRequested);
    m_page->showInSimsButton()->click();
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.first().at(0).toString(), SimsPage::staticPageId());
    const QVariantMap request = requested.first().at(1).toMap();
    const FleetFilter filter =
        SavedFilters::filterFromJson(request.value(QStringLiteral("filter")).toJsonObject());
    QCOMPARE(filter.groupId.value_or(0), id);
}

void TestGroupsPage::addSims_fromList_previewSaysRequestsAndStartsJob() {
    startPage(QStringLiteral("demo-admin"));
    // Offered with the workspace's journal by default; not without a starter.
    int sims = 0;
    const qint64 id = anyGroupWithSims(&sims);
    QVERIFY(m_page->selectGroup(id));
    QVERIFY(m_page->addSimsButton()->isEnabled());
    m_page->setOperationStarter({});
    QVERIFY(!m_page->addSimsButton()->isEnabled());
    int calls = 0;
    BulkPreview started;
    SimOperationParams startedParams;
    m_page->setOperationStarter(
        [&](const BulkPreview& preview, const SimOperationParams& params, QString*) {
            ++calls;
            started = preview;
            startedParams = params;
            return std::optional<qint64>(11);
        });
    QVERIFY(m_page->addSimsButton()->isEnabled());

    // Every SIM by ICCID, and one entry that matches nothing.
    const QVector<Sim>& fleet = m_workspace->fleetModel()->allSims();
    QStringList entries;
    QSet<QVector<qint64>> changingSets;
    for (const Sim& sim : fleet) {
        entries.append(sim.iccid);
        QVector<qint64> groups;
        bool inGroup = false;
        for (const GroupRef& group : sim.groups) {
            groups.append(group.id);
            inGroup = inGroup || group.id == id;
        }
        std::sort(groups.begin(), groups.end());
        if (!inGroup)
            changingSets.insert(groups);
    }
    entries.append(QStringLiteral("8999999999999999999"));
    m_emulator->clearJournal();
    GroupMembershipDialog* dialog = m_page->changeListedSims(true, entries);
    QVERIFY(dialog);
    QCOMPARE(dialog->plan().preview.applicable.size(), kSims - sims);
    QCOMPARE(dialog->plan().requestCount(), changingSets.size());
    QVERIFY2(dialog->requestsLabel()->text().contains(QString::number(changingSets.size())),
             qPrintable(dialog->requestsLabel()->text()));
    QVERIFY(dialog->skippedLabel()->text().contains(GroupMembership::alreadyInGroupReason()));
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("membershipNotFound"))
                ->text()
                .contains(QLatin1String("8999999999999999999")));
    QVERIFY(dialog->primaryButton()->isEnabled());
    dialog->primaryButton()->click();
    QCOMPARE(calls, 1);
    QCOMPARE(started.op, SimOperation::Group);
    QCOMPARE(started.applicable.size(), kSims - sims);
    QCOMPARE(startedParams.groupIds, (QVector<qint64>{id}));
    QCOMPARE(startedParams.groupIdsBySim.size(), kSims - sims);
    // The dialog only hands the plan to the starter: nothing sent by it.
    QCOMPARE(EmulatorJournal::writeRequests(*m_emulator), 0);

    // From the SIMs page's selection: remove.
    m_page->setSimsPageSelection([&fleet] { return fleet.mid(0, 10); });
    GroupMembershipDialog* remove = m_page->changeSimsPageSelection(false);
    QVERIFY(remove);
    int members = 0;
    for (const Sim& sim : fleet.mid(0, 10)) {
        for (const GroupRef& group : sim.groups)
            members += group.id == id ? 1 : 0;
    }
    QCOMPARE(remove->plan().preview.applicable.size(), members);
    QVERIFY(remove->plan().params.groupIds.isEmpty());
    QCOMPARE(remove->plan().params.leftGroupIds, (QVector<qint64>{id}));
    remove->reject();
}

void TestGroupsPage::serverSide_countsUnknownAndApiFiltersNames() {
    startPage(QStringLiteral("demo-admin"), 10);
    GroupTableModel* table = m_workspace->groupTable();
    QVERIFY(table->isServerSide());
    QVERIFY(table->rowCount() > 0);
    const QModelIndex count = table->index(0, GroupTableModel::Sims);
    QCOMPARE(count.data().toString(), QStringLiteral("—"));
    QCOMPARE(count.data(Qt::ToolTipRole).toString(), GroupTableModel::countUnknownReason());

    const QString name = table->rowAt(0).group.name;
    const QString part = name.mid(0, 3);
    m_emulator->clearJournal();
    m_page->setNameFilter(part);
    QTRY_VERIFY_WITH_TIMEOUT(
        !table->isLoading() &&
            !EmulatorJournal::entries(*m_emulator, QStringLiteral("group/list")).isEmpty(),
        kWaitMs);
    const QJsonObject body =
        EmulatorJournal::entries(*m_emulator, QStringLiteral("group/list")).last().body;
    QCOMPARE(
        body.value(QStringLiteral("filter")).toObject().value(QStringLiteral("name")).toString(),
        part);
    QTRY_VERIFY_WITH_TIMEOUT(table->rowCount() >= 1, kWaitMs);
    for (int row = 0; row < table->rowCount(); ++row)
        QVERIFY(table->rowAt(row).group.name.contains(part, Qt::CaseInsensitive));
    // The proxy does not filter again on top of the API.
    QCOMPARE(m_page->proxy()->rowCount(), table->rowCount());
}

void TestGroupsPage::readOnly_everyChangeDisabledAndNothingSent() {
    startPage(QStringLiteral("demo-user"));
    m_page->setOperationStarter([](const BulkPreview&, const SimOperationParams&, QString*) {
        return std::optional<qint64>(1);
    });
    m_page->setSimsPageSelection([this] { return m_workspace->fleetModel()->allSims().mid(0, 5); });
    QVERIFY(m_page->selectGroup(m_workspace->groups()->groupAt(0).id));
    m_emulator->clearJournal();
    for (QWidget* control :
         QList<QWidget*>{m_page->createButton(), m_page->renameButton(), m_page->deleteButton(),
                         m_page->addSimsButton(), m_page->removeSimsButton()}) {
        QVERIFY2(!control->isEnabled(), qPrintable(control->objectName()));
        QCOMPARE(control->toolTip(), QStringLiteral("Read-only role."));
    }
    QVERIFY(!m_page->openCreateDialog());
    QVERIFY(!m_page->openRenameDialog());
    QVERIFY(!m_page->deleteSelectedGroup());
    QVERIFY(!m_page->changeSimsPageSelection(true));
    // Even asked directly, the read-only client refuses locally.
    bool answered = false;
    ApiError error;
    QVERIFY(m_workspace->groups()
                ->create(QStringLiteral("Sneaky"), nullptr,
                         [&](const ApiError& e) {
                             error = e;
                             answered = true;
                         })
                .isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(answered, kWaitMs);
    QVERIFY(error.isError());
    QCOMPARE(EmulatorJournal::writeRequests(*m_emulator), 0);
}

QTEST_MAIN(TestGroupsPage)
#include "tst_groups_page.moc"
