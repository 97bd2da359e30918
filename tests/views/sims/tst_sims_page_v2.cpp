// The SIMs page of a second-operator account: exactly its operations, no
// rename, groups, profile, limit or MSU controls, no NovaConnect-only
// columns, its SIMs' extra fields in the details pane; and a NovaConnect
// account's page as it always was.
#include "api/ApiClient.h"
#include "models/fleet/FleetModel.h"
#include "models/fleet/SimText.h"
#include "models/workspace/AccountWorkspace.h"
#include "tests/support/V2WorkspaceRig.h"
#include "translations/Translations.h"
#include "views/common/ColumnChooser.h"
#include "views/sims/BulkActionBar.h"
#include "views/sims/DashboardCounts.h"
#include "views/sims/FilterBar.h"
#include "views/sims/ProviderDetailsSection.h"
#include "views/sims/SimDetailsPane.h"
#include "views/sims/SimTableView.h"
#include "views/sims/SimsPage.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace simfleet;

namespace {

QStringList actionNames(const QList<QAction*>& actions) {
    QStringList names;
    for (const QAction* action : actions)
        names.append(action->isSeparator() ? QStringLiteral("-") : action->objectName());
    return names;
}

QStringList comboKeys(const QComboBox* box) {
    QStringList keys;
    for (int i = 0; i < box->count(); ++i)
        keys.append(box->itemData(i).toString());
    return keys;
}

QJsonObject fullExtras() {
    return {{QStringLiteral("imsi"), QStringLiteral("250011234567890")},
            {QStringLiteral("inn"), QStringLiteral("7701234567")},
            {QStringLiteral("status"), QStringLiteral("active")},
            {QStringLiteral("services"), QJsonObject{{QStringLiteral("internet"), true},
                                                     {QStringLiteral("sms"), false},
                                                     {QStringLiteral("call"), true}}},
            {QStringLiteral("finance_blocked"), true},
            {QStringLiteral("packet_id"), 1},
            {QStringLiteral("call_forwarding"), false},
            {QStringLiteral("packet_next_id"), 2},
            {QStringLiteral("packet_next_date"), QStringLiteral("2031-03-01")},
            {QStringLiteral("small_packets_added"), 2},
            {QStringLiteral("last_small_packet_id"), 101},
            {QStringLiteral("info_sms_sent"), 1},
            {QStringLiteral("last_info_sms"), QStringLiteral("call")},
            {QStringLiteral("roaming_zone"), QStringLiteral("EU")}};
}

} // namespace

class TestSimsPageV2 final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void v2Page_exactlyItsOperations_noRenameOrGroups();
    void v2Page_noProfileGroupLimitOrMsuFilters_noNovaColumns();
    void v2Page_detailsPane_providerDetailsAndNoNovaRows();
    void novaPage_unchanged();
    void detailsPane_extras_everyKnownKeyTranslatedUnknownAsKeyValue();
};

void TestSimsPageV2::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setStyle(QStringLiteral("Fusion"));
    QVERIFY(Translations::install(QStringLiteral("en")));
}

void TestSimsPageV2::v2Page_exactlyItsOperations_noRenameOrGroups() {
    V2WorkspaceRig rig;
    SimsPage page(rig.workspace());
    rig.workspace()->fleetModel()->upsert(
        {V2WorkspaceRig::v2Sim(79001234501, 1, QStringLiteral("IoT 100 MB")),
         V2WorkspaceRig::v2Sim(79001234502, 2, QStringLiteral("IoT 1 GB"), BlockCode::User)});
    page.resize(1400, 800);
    page.show();

    QCOMPARE(
        actionNames(page.operationActions()),
        (QStringList{"operation_block", "operation_block-service", "operation_block-finance", "-",
                     "operation_unblock", "operation_unblock-service", "operation_unblock-finance",
                     "operation_info-sms", "operation_tariff-from-date", "operation_top-up", "-",
                     "operation_activate", "operation_set", "operation_refresh"}));
    for (SimOperation op : SimOperations::all()) {
        const bool offered = SimOperations::isAvailable(op, ProviderKind::SecondOperator);
        QVERIFY2(bool(page.operationAction(op)) == offered, qPrintable(SimOperations::name(op)));
    }
    // The context menu holds the same actions; rename and groups are nowhere.
    QCOMPARE(page.table()->actions(), page.operationActions());
    QVERIFY(!page.renameAction()->isVisible());
    QVERIFY(!page.actions()->addToGroupAction());
    QVERIFY(!page.actions()->removeFromGroupAction());
    QVERIFY(!page.detailsPane()->renameButton()->isVisibleTo(page.detailsPane()));

    // The bulk bar: Unblock, More (the others), Block; no empty button.
    const QStringList more = actionNames(page.bulkBar()->moreButton()->menu()->actions());
    QCOMPARE(more,
             (QStringList{"operation_block-service", "operation_block-finance", "-",
                          "operation_unblock-service", "operation_unblock-finance",
                          "operation_tariff-from-date", "operation_top-up", "operation_info-sms"}));
    for (const QToolButton* button : page.bulkBar()->findChildren<QToolButton*>()) {
        if (button != page.bulkBar()->moreButton())
            QVERIFY2(button->defaultAction(), qPrintable(button->objectName()));
    }
    page.setWriteAccess(WriteAccess::granted());
    page.table()->selectAll();
    // With write access, the bar under the table offers them.
    QVERIFY(page.bulkBar()->buttonsShown());
    if (const QString shots = qEnvironmentVariable("SIMFLEET_DIALOG_SHOTS"); !shots.isEmpty())
        page.grab().save(shots + QStringLiteral("/sims-page-v2.png"));
    // The Name cell is not editable: the operator keeps no names.
    const QModelIndex name = page.table()->model()->index(0, FleetModel::Name);
    QVERIFY(!(page.table()->model()->flags(name) & Qt::ItemIsEditable));
}

void TestSimsPageV2::v2Page_noProfileGroupLimitOrMsuFilters_noNovaColumns() {
    V2WorkspaceRig rig;
    SimsPage page(rig.workspace());
    rig.workspace()->fleetModel()->upsert(
        {V2WorkspaceRig::v2Sim(79001234501, 1, QStringLiteral("IoT 100 MB"))});
    page.resize(1400, 800);
    page.show();

    FilterBar* bar = page.filterBar();
    QVERIFY(bar->profileBox()->isHidden());
    QVERIFY(bar->groupBox()->isHidden());
    QVERIFY(bar->limitBox()->isHidden());
    QVERIFY(!bar->statusBox()->isHidden());
    QVERIFY(!bar->tariffBox()->isHidden());
    // The search hint names no groups where there are none.
    QVERIFY(!bar->textEdit()->placeholderText().contains(QStringLiteral("group")));
    QVERIFY(bar->textEdit()->placeholderText().contains(QStringLiteral("ICCID")));
    const QStringList statuses = comboKeys(bar->statusBox());
    QVERIFY(!statuses.contains(QStringLiteral("notMsu")));
    QVERIFY(!statuses.contains(QStringLiteral("code:%1").arg(int(BlockCode::Msu))));
    QVERIFY(statuses.contains(QStringLiteral("code:%1").arg(int(BlockCode::Financial))));
    QVERIFY(statuses.contains(QStringLiteral("code:%1").arg(int(BlockCode::User))));
    // A saved or requested filter by group or profile is dropped, not applied unseen.
    FleetFilter byGroup;
    byGroup.groupId = 7;
    byGroup.profile = SimProfile::TD;
    page.setFilter(byGroup);
    QVERIFY(!bar->filter().groupId);
    QVERIFY(!bar->filter().profile);

    QVERIFY(page.dashboard()->findChild<QToolButton*>(QStringLiteral("countTd"))->isHidden());
    QVERIFY(page.dashboard()->findChild<QToolButton*>(QStringLiteral("countTc"))->isHidden());

    const QList<int> withheld = {FleetModel::ExternalNumber,
                                 FleetModel::Name,
                                 FleetModel::Profile,
                                 FleetModel::Msu,
                                 FleetModel::Limit,
                                 FleetModel::PackageAutoRenew,
                                 FleetModel::TariffChangeLock,
                                 FleetModel::Groups,
                                 FleetModel::Comment};
    QHeaderView* header = page.table()->horizontalHeader();
    for (int column = 0; column < FleetModel::ColumnCount; ++column)
        QCOMPARE(header->isSectionHidden(column), withheld.contains(column));
    // Neither the column chooser nor Reset brings them back; a restored state neither.
    std::unique_ptr<QMenu> menu(page.columnChooser()->createMenu(nullptr));
    QStringList offered;
    for (const QAction* action : menu->actions())
        offered.append(action->text());
    const QAbstractItemModel* model = page.table()->model();
    for (int column : withheld)
        QVERIFY(!offered.contains(model->headerData(column, Qt::Horizontal).toString()));
    QVERIFY(offered.contains(model->headerData(FleetModel::Tariff, Qt::Horizontal).toString()));
    page.columnChooser()->setColumnVisible(FleetModel::Groups, true);
    page.columnChooser()->resetColumns();
    header->setSectionHidden(FleetModel::Profile, false);
    const QByteArray novaLikeState = header->saveState();
    page.restoreUserState({novaLikeState, {}, {}, {}});
    for (int column = 0; column < FleetModel::ColumnCount; ++column)
        QCOMPARE(header->isSectionHidden(column), withheld.contains(column));
}

void TestSimsPageV2::v2Page_detailsPane_providerDetailsAndNoNovaRows() {
    V2WorkspaceRig rig;
    QVERIFY(rig.loadTariffs());
    SimsPage page(rig.workspace());
    rig.workspace()->fleetModel()->upsert({V2WorkspaceRig::v2Sim(
        79001234501, 1, QStringLiteral("IoT 100 MB"), BlockCode::Financial, fullExtras())});
    page.resize(1400, 800);
    page.show();
    page.table()->selectRow(0);
    SimDetailsPane* pane = page.detailsPane();
    QVERIFY(pane->sim());
    QCOMPARE(pane->sim()->id, 79001234501);
    ProviderDetailsSection* section = pane->providerDetails();
    QVERIFY(section->isVisibleTo(pane));
    QCOMPARE(section->valueText(QStringLiteral("imsi")), QStringLiteral("250011234567890"));
    QVERIFY(section->valueText(QStringLiteral("packet_next_id"))
                .startsWith(QLatin1String("IoT 1 GB from ")));
    // NovaConnect's rows are not shown for the operator's SIM; the balance is.
    for (const char* name : {"detailsProfile", "detailsMsu", "detailsLimitType", "detailsGroups",
                             "detailsComment", "detailsChangeLock", "detailsExternalNumber"}) {
        const auto* label = pane->findChild<QLabel*>(QString::fromLatin1(name));
        QVERIFY2(label && !label->isVisibleTo(pane), name);
    }
    QVERIFY(pane->findChild<QLabel*>(QStringLiteral("detailsBalance"))->isVisibleTo(pane));
    QVERIFY(pane->findChild<QLabel*>(QStringLiteral("detailsTariff"))->isVisibleTo(pane));
}

void TestSimsPageV2::novaPage_unchanged() {
    ApiClient client;
    AccountWorkspace workspace(&client);
    QCOMPARE(workspace.provider(), ProviderKind::NovaConnect);
    SimsPage page(&workspace);
    page.resize(1400, 800);
    page.show();
    QVERIFY(page.filterBar()->textEdit()->placeholderText().contains(QStringLiteral("group")));
    QCOMPARE(actionNames(page.operationActions()),
             (QStringList{"operation_block", "operation_disconnect", "-", "operation_unblock",
                          "operation_reconnect", "operation_ping", "operation_sms",
                          "operation_limit", "operation_tariff", "operation_repackage",
                          "operation_group", "operation_addToGroup", "operation_removeFromGroup",
                          "-", "operation_rename"}));
    QCOMPARE(actionNames(page.bulkBar()->moreButton()->menu()->actions()),
             (QStringList{"operation_disconnect", "-", "operation_ping", "operation_sms",
                          "operation_limit", "operation_tariff", "operation_repackage",
                          "operation_group", "operation_addToGroup", "operation_removeFromGroup",
                          "-", "operation_rename"}));
    for (SimOperation op : SimOperations::all()) {
        const bool offered = SimOperations::isAvailable(op, ProviderKind::NovaConnect);
        QVERIFY2(bool(page.operationAction(op)) == offered, qPrintable(SimOperations::name(op)));
    }
    FilterBar* bar = page.filterBar();
    for (QComboBox* box :
         {bar->profileBox(), bar->statusBox(), bar->groupBox(), bar->limitBox(), bar->tariffBox()})
        QVERIFY2(!box->isHidden(), qPrintable(box->objectName()));
    QVERIFY(comboKeys(bar->statusBox()).contains(QStringLiteral("notMsu")));
    QVERIFY(!page.dashboard()->findChild<QToolButton*>(QStringLiteral("countTd"))->isHidden());
    QHeaderView* header = page.table()->horizontalHeader();
    for (int column = 0; column < FleetModel::ColumnCount; ++column)
        QVERIFY2(!header->isSectionHidden(column), qPrintable(QString::number(column)));
    QVERIFY(page.columnChooser()->withheldColumns().isEmpty());
    QVERIFY(page.detailsPane()->renameButton()->isVisibleTo(page.detailsPane()) ||
            page.detailsPane()->isEmptyState());
    // A NovaConnect SIM has no extras: no Provider details.
    Sim nova;
    nova.id = 5;
    nova.iccid = QStringLiteral("8970100000000000005");
    page.detailsPane()->setSim(&nova);
    QVERIFY(!page.detailsPane()->providerDetails()->isVisibleTo(page.detailsPane()));
    QVERIFY(page.detailsPane()
                ->findChild<QLabel*>(QStringLiteral("detailsProfile"))
                ->isVisibleTo(page.detailsPane()));
}

void TestSimsPageV2::detailsPane_extras_everyKnownKeyTranslatedUnknownAsKeyValue() {
    V2WorkspaceRig rig;
    QVERIFY(rig.loadTariffs());
    SimDetailsPane pane;
    pane.setProvider(ProviderKind::SecondOperator);
    pane.setTariffCatalog(rig.workspace()->tariffs());
    const Sim sim = V2WorkspaceRig::v2Sim(79001234501, 1, QStringLiteral("IoT 100 MB"),
                                          BlockCode::Financial, fullExtras());
    pane.setSim(&sim);
    pane.resize(360, 900);
    pane.show();
    const ProviderDetailsSection* section = pane.providerDetails();
    QVERIFY(section->isVisibleTo(&pane));
    QCOMPARE(section->captionText(QStringLiteral("imsi")), QStringLiteral("IMSI:"));
    QCOMPARE(section->valueText(QStringLiteral("imsi")), QStringLiteral("250011234567890"));
    QCOMPARE(section->captionText(QStringLiteral("inn")), QStringLiteral("Company INN:"));
    QCOMPARE(section->valueText(QStringLiteral("inn")), QStringLiteral("7701234567"));
    QCOMPARE(section->valueText(QStringLiteral("services")),
             QStringLiteral("Internet: allowed\nSMS: blocked\nCalls: allowed"));
    QVERIFY(section->valueText(QStringLiteral("finance_blocked")).startsWith(QLatin1String("Yes")));
    QCOMPARE(section->valueText(QStringLiteral("call_forwarding")), QStringLiteral("Not allowed"));
    QCOMPARE(section->valueText(QStringLiteral("packet_next_id")),
             QStringLiteral("IoT 1 GB from ") + SimText::shortDate(QDate(2031, 3, 1)));
    QCOMPARE(section->valueText(QStringLiteral("small_packets_added")),
             QStringLiteral("2 (last: +50 MB)"));
    QCOMPARE(section->valueText(QStringLiteral("info_sms_sent")),
             QStringLiteral("1 (the last about calls)"));
    // Unknown to SimFleet: as the provider sent it.
    QCOMPARE(section->captionText(QStringLiteral("roaming_zone")), QStringLiteral("roaming_zone:"));
    QCOMPARE(section->valueText(QStringLiteral("roaming_zone")), QStringLiteral("EU"));
    // Shown elsewhere in the pane: the status and the tariff.
    QVERIFY(section->valueText(QStringLiteral("status")).isEmpty());
    QVERIFY(section->valueText(QStringLiteral("packet_id")).isEmpty());
    QVERIFY(section->valueText(QStringLiteral("last_small_packet_id")).isEmpty());

    // Without the catalog a tariff is named by its number; nothing scheduled says None.
    SimDetailsPane bare;
    bare.setProvider(ProviderKind::SecondOperator);
    QJsonObject extras = fullExtras();
    extras.insert(QStringLiteral("packet_next_id"), QJsonValue());
    extras.insert(QStringLiteral("packet_next_date"), QJsonValue());
    extras.insert(QStringLiteral("last_small_packet_id"), 102);
    const Sim other = V2WorkspaceRig::v2Sim(79001234502, 1, QString(), BlockCode::None, extras);
    bare.setSim(&other);
    QCOMPARE(bare.providerDetails()->valueText(QStringLiteral("packet_next_id")),
             QStringLiteral("None"));
    QCOMPARE(bare.providerDetails()->valueText(QStringLiteral("small_packets_added")),
             QStringLiteral("2 (last: top-up 102)"));

    if (const QString shots = qEnvironmentVariable("SIMFLEET_DIALOG_SHOTS"); !shots.isEmpty())
        pane.grab().save(shots + QStringLiteral("/details-v2.png"));
}

QTEST_MAIN(TestSimsPageV2)
#include "tst_sims_page_v2.moc"
