#include "api/Session.h"
#include "app/core/Settings.h"
#include "app/gui/AppController.h"
#include "models/fleet/FleetCounts.h"
#include "models/fleet/FleetFilterModel.h"
#include "models/fleet/FleetModel.h"
#include "models/fleet/FleetSearchText.h"
#include "models/fleet/SavedFilters.h"
#include "models/fleet/ServerFleetModel.h"
#include "models/fleet/SimText.h"
#include "models/workspace/AccountWorkspace.h"
#include "tests/support/CsvReader.h"
#include "tests/support/DemoAppRig.h"
#include "translations/Translations.h"
#include "views/common/ColumnChooser.h"
#include "views/common/InlineBanner.h"
#include "views/common/Theme.h"
#include "views/shell/MainWindow.h"
#include "views/sims/DashboardCounts.h"
#include "views/sims/FilterBar.h"
#include "views/sims/ImportSelectionDialog.h"
#include "views/sims/SavedFiltersBar.h"
#include "views/sims/SimDetailsPane.h"
#include "views/sims/SimTableView.h"
#include "views/sims/SimsPage.h"

#include "tests/support/TestTemporaryDir.h"
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDate>
#include <QFile>
#include <QFontInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace simfleet;

class TestSimsWorkspace final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void filterBar_typingAndCombos_driveFilterModel();
    void filterBar_clearAndEscape_showEverySim();
    void countLabel_showsShownOfTotal();
    void noMatch_showsClearFilterState();
    void savedFilters_persistPerUserAndApply();
    void savedFilters_jsonRoundTrip();
    void columnState_persistsPerUser();
    void columnChooser_hidesAndResetsColumns();
    void detailsPane_showsCurrentSimAndCopiesIccid();
    void detailsPane_msuBlock_markedIrreversible();
    void detailsPane_explainsWords_oneDash_tdOnlyRenew_fourDigitYear();
    void pasteToSelect_selectsMatchesAndListsUnknown();
    void pasteToSelect_hiddenByFilter_offersClearing();
    void exportCsv_filteredSet_reReadMatchesTable();
    void exportCsv_selection_writesSelectedRowsOnly();
    void dashboardCounts_equalBruteForce();
    void limitColumn_givesUsedValueAndType();
    void languageChange_retranslatesFilterBar();
    void serverSide_filterBarDrivesServerModelAndDisablesWhatApiLacks();
    void serverSide_largeFleet_showsServerTableSelectsAndExports();
    void savedFilters_oldMsuCriterion_migratesToStatus();
    void dashboard_activeChipClick_turnsItsFilterOff();
    void statusTexts_sameInTableComboAndDashboard();
    void onlySelected_showsTheSelectionAndKeepsIt();
    void export_suggestedNameAndSeparator_followFilterAndChoice();
    void selectFromList_ownExport_selectsExactlyItsSims();

private:
    SimsPage* startDemo(const QString& role, int sims);
    void stopDemo();

    std::unique_ptr<DemoAppRig> m_rig;
    std::unique_ptr<AppController> m_controller;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestSimsWorkspace::initTestCase() {
    DemoAppRig::prepareTestCase();
}

void TestSimsWorkspace::init() {
    m_rig = std::make_unique<DemoAppRig>();
    QVERIFY(m_rig->isValid());
}

void TestSimsWorkspace::cleanup() {
    stopDemo();
    m_rig.reset();
    Translations::install(QStringLiteral("en"));
}

void TestSimsWorkspace::stopDemo() {
    m_tester.reset();
    m_controller.reset();
}

SimsPage* TestSimsWorkspace::startDemo(const QString& role, int sims) {
    stopDemo();
    m_controller = std::make_unique<AppController>(m_rig->settings());
    // The tester watches the table's model from the start of the load.
    connect(m_controller.get(), &AppController::workspaceOpened, this, [this] {
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_controller->page<SimsPage>()->filterModel(),
            QAbstractItemModelTester::FailureReportingMode::Warning);
    });
    [&] {
        QVERIFY(DemoAppRig::start(m_controller.get(), role, sims));
        QVERIFY(DemoAppRig::waitForFleet(m_controller.get(), sims));
    }();
    SimsPage* page = m_controller->page<SimsPage>();
    // Home is the first page after sign-in; these tests use the SIMs page.
    m_controller->mainWindow()->openPage(SimsPage::staticPageId());
    // The dashboard and the filter choices follow on the next event loop pass.
    page->countsTracker()->update();
    return page;
}

namespace {

int bruteForceCount(const FleetModel* model, const FleetFilter& filter) {
    const QByteArray needle = filter.needle();
    int count = 0;
    for (const Sim& sim : model->allSims()) {
        if (filter.matchesCriteria(sim) &&
            (needle.isEmpty() || FleetSearchText::keyContains(FleetSearchText::keyOf(sim), needle)))
            ++count;
    }
    return count;
}

} // namespace

void TestSimsWorkspace::filterBar_typingAndCombos_driveFilterModel() {
    SimsPage* page = startDemo(QStringLiteral("admin"), 400);
    FilterBar* bar = page->filterBar();
    FleetFilterModel* filter = page->filterModel();
    const Sim sample = page->model()->simAt(17);

    const QString fragment = sample.iccid.right(6);
    bar->textEdit()->setFocus();
    QTest::keyClicks(bar->textEdit(), fragment);
    QCOMPARE(filter->filter().text, fragment);
    QCOMPARE(filter->rowCount(), bruteForceCount(page->model(), filter->filter()));
    QVERIFY(filter->rowCount() >= 1);

    bar->textEdit()->clear();
    QCOMPARE(filter->rowCount(), 400);

    QComboBox* status = bar->statusBox();
    status->setCurrentIndex(status->findData(QStringLiteral("blocked")));
    QCOMPARE(filter->filter().status, FleetFilter::Status::BlockedAny);
    QCOMPARE(filter->rowCount(), bruteForceCount(page->model(), filter->filter()));

    status->setCurrentIndex(status->findData(QStringLiteral("code:%1").arg(int(BlockCode::User))));
    QCOMPARE(filter->filter().status, FleetFilter::Status::Code);
    QCOMPARE(filter->filter().blockCode, BlockCode::User);

    QComboBox* profile = bar->profileBox();
    profile->setCurrentIndex(profile->findData(QStringLiteral("TC")));
    QCOMPARE(filter->filter().profile, std::optional<SimProfile>(SimProfile::TC));
    QCOMPARE(filter->rowCount(), bruteForceCount(page->model(), filter->filter()));

    QComboBox* group = bar->groupBox();
    QVERIFY2(group->count() > 1, "the demo fleet has groups");
    group->setCurrentIndex(1);
    QVERIFY(filter->filter().groupId.has_value());
    QCOMPARE(filter->rowCount(), bruteForceCount(page->model(), filter->filter()));

    QComboBox* tariff = bar->tariffBox();
    QVERIFY(tariff->count() > 1);
    tariff->setCurrentIndex(1);
    QCOMPARE(filter->filter().tariffName, tariff->currentText());

    // One MSU filter: in the status box (there is no separate MSU box).
    QVERIFY(!bar->findChild<QComboBox*>(QStringLiteral("msuFilter")));
    status = bar->statusBox();
    status->setCurrentIndex(status->findData(QStringLiteral("notMsu")));
    QCOMPARE(filter->filter().status, FleetFilter::Status::NotMsu);
    QComboBox* limit = bar->limitBox();
    limit->setCurrentIndex(limit->findData(QStringLiteral("month1")));
    QCOMPARE(filter->filter().limitType, std::optional<LimitType>(LimitType::Month));
    QCOMPARE(filter->rowCount(), bruteForceCount(page->model(), filter->filter()));
    // Not a type: the SIMs of any limit type that used most of their limit.
    limit->setCurrentIndex(limit->findData(QStringLiteral("near")));
    QVERIFY(filter->filter().nearLimit);
    QVERIFY(!filter->filter().limitType);
    QCOMPARE(filter->rowCount(), bruteForceCount(page->model(), filter->filter()));
    limit->setCurrentIndex(limit->findData(QStringLiteral("month1")));
    QVERIFY(!filter->filter().nearLimit);

    // The group list comes from the fleet, sorted, each group once.
    QStringList names;
    for (int i = 1; i < group->count(); ++i)
        names.append(group->itemText(i));
    QStringList sorted = names;
    std::sort(sorted.begin(), sorted.end(),
              [](const QString& a, const QString& b) { return a.localeAwareCompare(b) < 0; });
    QCOMPARE(names, sorted);
    QCOMPARE(group->count() - 1, int(page->countsTracker()->counts().groupNames.size()));
}

void TestSimsWorkspace::filterBar_clearAndEscape_showEverySim() {
    SimsPage* page = startDemo(QStringLiteral("admin"), 150);
    FilterBar* bar = page->filterBar();
    QTest::keyClicks(bar->textEdit(), QStringLiteral("zzzz-nothing"));
    QCOMPARE(page->filterModel()->rowCount(), 0);
    QTest::keyClick(bar->textEdit(), Qt::Key_Escape);
    // Ctrl+F from the table comes back to the search field.
    page->table()->setFocus();
    QTest::keyClick(page->table(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(bar->textEdit()->hasFocus());
    QVERIFY(bar->textEdit()->text().isEmpty());
    QCOMPARE(page->filterModel()->rowCount(), 150);

    bar->profileBox()->setCurrentIndex(bar->profileBox()->findData(QStringLiteral("TD")));
    QVERIFY(bar->clearButton()->isEnabled());
    QTest::mouseClick(bar->clearButton(), Qt::LeftButton);
    QVERIFY(page->filterModel()->filter().isEmpty());
    QCOMPARE(page->filterModel()->rowCount(), 150);
    QCOMPARE(bar->profileBox()->currentIndex(), 0);
    QVERIFY(!bar->clearButton()->isEnabled());
}

void TestSimsWorkspace::countLabel_showsShownOfTotal() {
    SimsPage* page = startDemo(QStringLiteral("admin"), 1200);
    auto* count = page->findChild<QLabel*>(QStringLiteral("simCount"));
    QVERIFY(count);
    QCOMPARE(count->text(), QStringLiteral("1,200 SIMs"));
    FleetFilter filter;
    filter.profile = SimProfile::TD;
    page->setFilter(filter);
    const int shown = page->filterModel()->rowCount();
    QVERIFY(shown > 0 && shown < 1200);
    QCOMPARE(count->text(), QStringLiteral("%1 of 1,200 SIMs").arg(QLocale().toString(shown)));
}

void TestSimsWorkspace::noMatch_showsClearFilterState() {
    SimsPage* page = startDemo(QStringLiteral("admin"), 60);
    auto* title = page->findChild<QLabel*>(QStringLiteral("noMatchTitle"));
    QVERIFY(title);
    QVERIFY(!title->isVisible());
    QTest::keyClicks(page->filterBar()->textEdit(), QStringLiteral("no-such-sim"));
    QVERIFY(title->isVisible());
    QCOMPARE(title->text(), QStringLiteral("No SIMs match this filter"));
    auto* clear = page->findChild<QPushButton*>(QStringLiteral("noMatchClear"));
    QTest::mouseClick(clear, Qt::LeftButton);
    QCOMPARE(page->filterModel()->rowCount(), 60);
    QVERIFY(page->table()->isVisible());
}

void TestSimsWorkspace::savedFilters_persistPerUserAndApply() {
    SimsPage* page = startDemo(QStringLiteral("admin"), 200);
    FleetFilter blockedTc;
    blockedTc.profile = SimProfile::TC;
    blockedTc.status = FleetFilter::Status::BlockedAny;
    page->setFilter(blockedTc);
    page->savedFiltersBar()->saveCurrent(QStringLiteral("Blocked TC"));
    QVERIFY(page->savedFiltersBar()->chip(QStringLiteral("Blocked TC")));
    QVERIFY(page->savedFiltersBar()->chip(QStringLiteral("Blocked TC"))->isChecked());
    page->filterBar()->clear();
    QVERIFY(!page->savedFiltersBar()->chip(QStringLiteral("Blocked TC"))->isChecked());
    stopDemo();

    // Another user does not see it.
    page = startDemo(QStringLiteral("user"), 200);
    QCOMPARE(page->savedFiltersBar()->filters().size(), 0);
    stopDemo();

    page = startDemo(QStringLiteral("admin"), 200);
    QCOMPARE(page->savedFiltersBar()->filters().size(), 1);
    QToolButton* chip = page->savedFiltersBar()->chip(QStringLiteral("Blocked TC"));
    QVERIFY(chip);
    QTest::mouseClick(chip, Qt::LeftButton);
    QCOMPARE(page->filterModel()->filter(), blockedTc);
    QCOMPARE(page->filterModel()->rowCount(), bruteForceCount(page->model(), blockedTc));
    QCOMPARE(page->filterBar()->statusBox()->currentData().toString(), QStringLiteral("blocked"));

    QVERIFY(page->savedFiltersBar()->rename(QStringLiteral("Blocked TC"), QStringLiteral("TC ⛔")));
    page->savedFiltersBar()->remove(QStringLiteral("nonexistent"));
    stopDemo();
    page = startDemo(QStringLiteral("admin"), 200);
    QCOMPARE(page->savedFiltersBar()->filters().items().at(0).name, QStringLiteral("TC ⛔"));
    page->savedFiltersBar()->remove(QStringLiteral("TC ⛔"));
    QCOMPARE(page->savedFiltersBar()->filters().size(), 0);
}

void TestSimsWorkspace::savedFilters_jsonRoundTrip() {
    SavedFilters filters;
    FleetFilter a;
    a.text = QStringLiteral("+7 701");
    a.status = FleetFilter::Status::Code;
    a.blockCode = BlockCode::Msu;
    a.groupId = 42;
    a.limitType = LimitType::PackageAutoRenew;
    a.tariffName = QStringLiteral("IoT Basic");
    FleetFilter b;
    b.profile = SimProfile::TD;
    filters.save(QStringLiteral("One"), a);
    filters.save(QStringLiteral("Two"), b);
    filters.save(QStringLiteral("two"), a); // same name, any case: replaces
    QCOMPARE(filters.size(), 2);
    QVERIFY(!filters.rename(QStringLiteral("One"), QStringLiteral("TWO")));

    const SavedFilters read = SavedFilters::fromJson(filters.toJson());
    QCOMPARE(read.items(), filters.items());
    QCOMPARE(read.items().at(1).filter.text, a.text);
    QCOMPARE(SavedFilters::fromJson("not json").size(), 0);
}

void TestSimsWorkspace::columnState_persistsPerUser() {
    SimsPage* page = startDemo(QStringLiteral("admin"), 50);
    const qint64 adminId = m_controller->session()->user().id;
    QHeaderView* header = page->table()->horizontalHeader();
    page->columnChooser()->setColumnVisible(FleetModel::Comment, false);
    header->moveSection(header->visualIndex(FleetModel::Name), 0);
    header->resizeSection(FleetModel::Tariff, 333);
    header->setSortIndicator(FleetModel::Name, Qt::DescendingOrder);
    QCOMPARE(page->filterModel()->sortColumn(), int(FleetModel::Name));
    stopDemo();

    page = startDemo(QStringLiteral("user"), 50);
    QVERIFY(m_controller->session()->user().id != adminId);
    header = page->table()->horizontalHeader();
    QVERIFY(!header->isSectionHidden(FleetModel::Comment));
    QCOMPARE(header->visualIndex(FleetModel::Name), int(FleetModel::Name));
    QCOMPARE(page->filterModel()->sortColumn(), -1);
    stopDemo();

    page = startDemo(QStringLiteral("admin"), 50);
    header = page->table()->horizontalHeader();
    QVERIFY(header->isSectionHidden(FleetModel::Comment));
    QCOMPARE(header->visualIndex(FleetModel::Name), 0);
    QCOMPARE(header->sectionSize(FleetModel::Tariff), 333);
    QCOMPARE(header->sortIndicatorSection(), int(FleetModel::Name));
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    QCOMPARE(page->filterModel()->sortColumn(), int(FleetModel::Name));
    QCOMPARE(page->filterModel()->sortOrder(), Qt::DescendingOrder);
    QVERIFY(
        page->filterModel()->index(0, FleetModel::Name).data(FleetModel::RawValueRole).toString() >=
        page->filterModel()->index(49, FleetModel::Name).data(FleetModel::RawValueRole).toString());
}

void TestSimsWorkspace::columnChooser_hidesAndResetsColumns() {
    SimsPage* page = startDemo(QStringLiteral("admin"), 20);
    std::unique_ptr<QMenu> menu(page->columnChooser()->createMenu(nullptr));
    QList<QAction*> actions = menu->actions();
    QCOMPARE(actions.size(), int(FleetModel::ColumnCount) + 2); // columns, separator, reset
    QAction* msu = nullptr;
    for (QAction* action : actions) {
        if (action->text() == QStringLiteral("MSU"))
            msu = action;
    }
    QVERIFY(msu && msu->isChecked());
    msu->trigger();
    QHeaderView* header = page->table()->horizontalHeader();
    QVERIFY(header->isSectionHidden(FleetModel::Msu));
    header->moveSection(header->visualIndex(FleetModel::Comment), 0);
    actions.last()->trigger(); // Reset columns
    QVERIFY(!header->isSectionHidden(FleetModel::Msu));
    for (int column = 0; column < FleetModel::ColumnCount; ++column)
        QCOMPARE(header->visualIndex(column), column);
}

void TestSimsWorkspace::detailsPane_showsCurrentSimAndCopiesIccid() {
    SimsPage* page = startDemo(QStringLiteral("user"), 120);
    SimDetailsPane* details = page->detailsPane();
    QVERIFY(details->isEmptyState());
    const QModelIndex index = page->filterModel()->index(5, FleetModel::Name);
    page->table()->setCurrentIndex(index);
    const Sim& sim = page->model()->simAt(page->filterModel()->mapToSource(index).row());
    QVERIFY(!details->isEmptyState());
    QCOMPARE(details->fieldText(QStringLiteral("detailsIccid")), sim.iccid);
    QCOMPARE(details->fieldText(QStringLiteral("detailsStatus")),
             SimText::status(sim.block, sim.blockRaw));
    QCOMPARE(details->fieldText(QStringLiteral("detailsTariff")), sim.tariff.name);
    QCOMPARE(details->fieldText(QStringLiteral("detailsLimitType")),
             SimText::limitTypeName(sim.limit.type, sim.limit.typeRaw));
    QCOMPARE(details->fieldText(QStringLiteral("detailsPackageAuto")),
             SimText::yesNo(sim.tariff.packageAuto));

    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(details->copyButton(SimDetailsPane::Copyable::Iccid), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), sim.iccid);
    if (!sim.number.isEmpty()) {
        QTest::mouseClick(details->copyButton(SimDetailsPane::Copyable::Number), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), sim.number);
    }

    // A filter that hides the current SIM empties the pane.
    QTest::keyClicks(page->filterBar()->textEdit(), QStringLiteral("no-such-sim"));
    QVERIFY(details->isEmptyState());
}

void TestSimsWorkspace::detailsPane_msuBlock_markedIrreversible() {
    SimsPage* page = startDemo(QStringLiteral("admin"), 600);
    FleetFilter msu;
    msu.status = FleetFilter::Status::Code;
    msu.blockCode = BlockCode::Msu;
    page->setFilter(msu);
    if (page->filterModel()->rowCount() == 0)
        QSKIP("the demo fleet has no SIM blocked by MSU");
    page->table()->setCurrentIndex(page->filterModel()->index(0, 0));
    const QString status = page->detailsPane()->fieldText(QStringLiteral("detailsStatus"));
    QVERIFY2(status.contains(QStringLiteral("irreversible")), qPrintable(status));
    auto* label = page->detailsPane()->findChild<QLabel*>(QStringLiteral("detailsStatus"));
    // In the theme's red, and bold: the word "irreversible" says it too.
    QCOMPARE(label->palette().color(QPalette::WindowText),
             Theme::toneColor(Theme::Tone::Bad, QApplication::palette()));
    QVERIFY(label->font().bold());
    QVERIFY(!page->detailsPane()->fieldText(QStringLiteral("detailsStatusMeaning")).isEmpty());
}

void TestSimsWorkspace::detailsPane_explainsWords_oneDash_tdOnlyRenew_fourDigitYear() {
    QVERIFY(Translations::install(QStringLiteral("en")));
    SimDetailsPane pane;
    pane.resize(360, 1000);
    pane.show();
    Sim tc;
    tc.id = 1;
    tc.iccid = QStringLiteral("89970000000000000001");
    tc.number = QStringLiteral("77014280001");
    tc.profile = SimProfile::TC;
    tc.block = BlockCode::None;
    tc.limit.type = LimitType::Month;
    tc.limit.valueMb = 20;
    tc.limit.usedMb = 5;
    tc.limit.updated = QDateTime(QDate(2026, 3, 4), QTime(10, 0), Qt::UTC);
    tc.tariff.changeLock = QDateTime(QDate(2026, 12, 30), QTime(12, 0), Qt::UTC);
    pane.setSim(&tc);
    const auto label = [&pane](const char* name) {
        return pane.findChild<QLabel*>(QString::fromLatin1(name));
    };

    // The words are explained where they are shown.
    QVERIFY(label("detailsMsu")->toolTip().contains(QStringLiteral("MSU")));
    QVERIFY(label("detailsMsu")->toolTip().contains(QStringLiteral("cannot be lifted")));
    const QString profiles = label("detailsProfile")->toolTip();
    QVERIFY2(profiles.contains(QStringLiteral("TD:")) && profiles.contains(QStringLiteral("TC:")),
             qPrintable(profiles));
    QVERIFY(!label("detailsExternalNumber")->toolTip().isEmpty());

    // One dash for every empty value, nothing else.
    for (const char* name : {"detailsExternalNumber", "detailsName", "detailsMsu", "detailsTariff"})
        QCOMPARE(pane.fieldText(QString::fromLatin1(name)), QStringLiteral("—"));
    // In the pane's font: a monospace em dash reads as a hyphen.
    QVERIFY(!QFontInfo(label("detailsExternalNumber")->font()).fixedPitch());
    QVERIFY(QFontInfo(label("detailsIccid")->font()).fixedPitch());
    for (const QLabel* value : pane.findChildren<QLabel*>()) {
        if (!value->objectName().startsWith(QLatin1String("details")) || !value->isVisible())
            continue;
        const QString text = value->text().trimmed();
        QVERIFY2(!text.isEmpty() && text != QLatin1String("-") &&
                     text.compare(QLatin1String("n/a"), Qt::CaseInsensitive) != 0,
                 qPrintable(value->objectName() + QStringLiteral(": ") + text));
    }

    // Package auto-renew is a TD matter.
    QVERIFY(!label("detailsPackageAuto")->isVisible());
    Sim td = tc;
    td.id = 2;
    td.profile = SimProfile::TD;
    td.limit.type = LimitType::PackageAutoRenew;
    td.tariff.packageAuto = true;
    pane.setSim(&td);
    QVERIFY(label("detailsPackageAuto")->isVisible());
    QCOMPARE(pane.fieldText(QStringLiteral("detailsPackageAuto")), QStringLiteral("Yes"));

    // English dates carry the year in four digits.
    const QString lock = pane.fieldText(QStringLiteral("detailsChangeLock"));
    QVERIFY2(lock.contains(QStringLiteral("2026")), qPrintable(lock));
    const QString updated = pane.fieldText(QStringLiteral("detailsLimitUpdated"));
    QVERIFY2(updated.contains(QStringLiteral("2026")), qPrintable(updated));
    QVERIFY(Translations::install(QStringLiteral("ru")));
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(&pane, &change);
    QCOMPARE(pane.fieldText(QStringLiteral("detailsChangeLock")),
             QLocale().toString(td.tariff.changeLock->toLocalTime().date(),
                                QStringLiteral("dd.MM.yyyy")));
    QVERIFY(Translations::install(QStringLiteral("en")));
}

void TestSimsWorkspace::pasteToSelect_selectsMatchesAndListsUnknown() {
    SimsPage* page = startDemo(QStringLiteral("user"), 300);
    const FleetModel* model = page->model();
    const QStringList entries{model->simAt(3).iccid, model->simAt(100).iccid,
                              model->simAt(200).number, QStringLiteral("8999999999999999999"),
                              QStringLiteral("77770000000")};
    const QString text = entries.join(QLatin1Char('\n'));

    QGuiApplication::clipboard()->setText(text);
    page->showImportDialog();
    ImportSelectionDialog* dialog = page->importDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->text(), text); // prefilled from the clipboard
    QTest::mouseClick(dialog->selectButton(), Qt::LeftButton);

    QItemSelectionModel* selection = page->table()->selectionModel();
    QSet<qint64> selected;
    for (const QModelIndex& row : selection->selectedRows())
        selected.insert(row.data(FleetModel::SimIdRole).toLongLong());
    QSet<qint64> expected{model->simAt(3).id, model->simAt(100).id, model->simAt(200).id};
    QCOMPARE(selected, expected);
    QCOMPARE(dialog->notFound(),
             QStringList({QStringLiteral("8999999999999999999"), QStringLiteral("77770000000")}));
    QVERIFY2(dialog->summaryText().contains(QStringLiteral("3 SIMs selected")),
             qPrintable(dialog->summaryText()));
    auto* notFound = dialog->findChild<QPlainTextEdit*>(QStringLiteral("importNotFound"));
    QCOMPARE(notFound->toPlainText(), QStringLiteral("8999999999999999999\n77770000000"));
    dialog->copyNotFound();
    QCOMPARE(QGuiApplication::clipboard()->text(), notFound->toPlainText());

    // A file works the same way.
    const QString path = m_rig->filePath(QStringLiteral("list.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("iccid\n" + model->simAt(7).iccid.toUtf8() + "\n");
    file.close();
    QVERIFY(dialog->loadFile(path));
    QTest::mouseClick(dialog->selectButton(), Qt::LeftButton);
    QCOMPARE(selection->selectedRows().size(), 1);
    QCOMPARE(selection->selectedRows().at(0).data(FleetModel::SimIdRole).toLongLong(),
             model->simAt(7).id);
    dialog->close();
}

void TestSimsWorkspace::pasteToSelect_hiddenByFilter_offersClearing() {
    SimsPage* page = startDemo(QStringLiteral("admin"), 300);
    const FleetModel* model = page->model();
    int blockedRow = -1, activeRow = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->simAt(row).isBlocked() && blockedRow < 0)
            blockedRow = row;
        if (!model->simAt(row).isBlocked() && activeRow < 0)
            activeRow = row;
    }
    QVERIFY(blockedRow >= 0 && activeRow >= 0);
    FleetFilter active;
    active.status = FleetFilter::Status::Active;
    page->setFilter(active);
    const QStringList entries{model->simAt(blockedRow).iccid, model->simAt(activeRow).iccid};
    ImportSelectionDialog::Outcome outcome = page->selectFromList(entries, false);
    QCOMPARE(outcome.selected, 1);
    QCOMPARE(outcome.hidden, 1);
    QVERIFY(outcome.notFound.isEmpty());

    page->showImportDialog();
    page->importDialog()->showOutcome(outcome);
    QVERIFY(page->importDialog()->clearFilterButton()->isVisibleTo(page->importDialog()));
    page->importDialog()->setText(entries.join(QLatin1Char(',')));
    QTest::mouseClick(page->importDialog()->clearFilterButton(), Qt::LeftButton);
    QVERIFY(page->filterModel()->filter().isEmpty());
    QCOMPARE(page->table()->selectionModel()->selectedRows().size(), 2);
    page->importDialog()->close();

    // "Select all shown" selects every row of the filter model.
    page->setFilter(active);
    QTest::mouseClick(page->findChild<QToolButton*>(QStringLiteral("selectAllFiltered")),
                      Qt::LeftButton);
    QCOMPARE(page->table()->selectionModel()->selectedRows().size(),
             page->filterModel()->rowCount());
}

void TestSimsWorkspace::exportCsv_filteredSet_reReadMatchesTable() {
    SimsPage* page = startDemo(QStringLiteral("user"), 250);
    FleetFilter tc;
    tc.profile = SimProfile::TC;
    page->setFilter(tc);
    page->table()->horizontalHeader()->setSortIndicator(FleetModel::Iccid, Qt::DescendingOrder);
    const QString path = m_rig->filePath(QStringLiteral("fleet.csv"));
    QSignalSpy finished(page, &SimsPage::exportFinished);
    QVERIFY(page->exportTo(path, SimsPage::ExportScope::Filtered));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QVERIFY(finished.at(0).at(0).toBool());
    QCOMPARE(finished.at(0).at(1).toString(), path);

    const QStringList column = csvColumn(readCsvFile(path), 0);
    QCOMPARE(column.size(), page->filterModel()->rowCount() + 1); // + header
    for (int row = 0; row < page->filterModel()->rowCount(); ++row)
        QCOMPARE(column.at(row + 1),
                 page->filterModel()->index(row, FleetModel::Iccid).data().toString());
    QVERIFY(page->exportBanner()->isVisible());
    QCOMPARE(page->exportBanner()->kind(), InlineBanner::Kind::Info);
    QVERIFY(page->exportBanner()->text().contains(QDir::toNativeSeparators(path)));
}

void TestSimsWorkspace::exportCsv_selection_writesSelectedRowsOnly() {
    SimsPage* page = startDemo(QStringLiteral("admin"), 90);
    const FleetModel* model = page->model();
    page->selectFromList({model->simAt(10).iccid, model->simAt(20).iccid}, false);
    const QString path = m_rig->filePath(QStringLiteral("selected.csv"));
    QSignalSpy finished(page, &SimsPage::exportFinished);
    QVERIFY(page->exportTo(path, SimsPage::ExportScope::Selection));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QCOMPARE(csvColumn(readCsvFile(path), 0).mid(1),
             QStringList({model->simAt(10).iccid, model->simAt(20).iccid}));

    // A folder that does not exist: the error shows in the banner.
    const QString bad = m_rig->filePath(QStringLiteral("missing/dir/x.csv"));
    QVERIFY(page->exportTo(bad, SimsPage::ExportScope::Selection));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 30000);
    QVERIFY(!finished.at(1).at(0).toBool());
    QCOMPARE(page->exportBanner()->kind(), InlineBanner::Kind::Error);
    QVERIFY(!page->exportBanner()->text().isEmpty());
}

void TestSimsWorkspace::dashboardCounts_equalBruteForce() {
    SimsPage* page = startDemo(QStringLiteral("admin"), 700);
    const FleetCounts& counts = page->countsTracker()->counts();
    int td = 0, tc = 0, active = 0;
    QHash<int, int> byBlock;
    for (const Sim& sim : page->model()->allSims()) {
        td += sim.profile == SimProfile::TD;
        tc += sim.profile == SimProfile::TC;
        active += sim.block == BlockCode::None;
        ++byBlock[int(sim.block)];
    }
    QCOMPARE(counts.total, 700);
    QCOMPARE(counts.td, td);
    QCOMPARE(counts.tc, tc);
    QCOMPARE(counts.active, active);
    QCOMPARE(counts.blocked, 700 - active);
    for (int code = 0; code <= int(BlockCode::Unknown); ++code)
        QCOMPARE(counts.blockedBy(BlockCode(code)), byBlock.value(code));
    QCOMPARE(counts, FleetCounts::of(page->model()->allSims()));
    QCOMPARE(page->dashboard()->counts(), counts);
    QVERIFY(page->dashboard()->texts().contains(QStringLiteral("700 SIMs")));
    QVERIFY(page->dashboard()->texts().contains(
        QStringLiteral("Active: %1").arg(QLocale().toString(active))));

    // Removing SIMs recounts.
    QSet<qint64> keep;
    for (int row = 0; row < 300; ++row)
        keep.insert(page->model()->simAt(row).id);
    page->model()->removeAllExcept(keep);
    QTRY_COMPARE(page->countsTracker()->counts().total, 300);
    QCOMPARE(page->countsTracker()->counts(), FleetCounts::of(page->model()->allSims()));

    // A chip filters the table.
    auto* chip = page->dashboard()->findChild<QToolButton*>(QStringLiteral("countTd"));
    QTest::mouseClick(chip, Qt::LeftButton);
    QCOMPARE(page->filterModel()->filter().profile, std::optional<SimProfile>(SimProfile::TD));
}

void TestSimsWorkspace::limitColumn_givesUsedValueAndType() {
    SimsPage* page = startDemo(QStringLiteral("admin"), 200);
    const FleetModel* model = page->model();
    bool sawLimit = false;
    for (int row = 0; row < model->rowCount(); ++row) {
        const Sim& sim = model->simAt(row);
        const QModelIndex limit = model->index(row, FleetModel::Limit);
        QCOMPARE(limit.data(FleetModel::LimitTypeRole).toInt(), int(sim.limit.type));
        if (sim.limit.valueMb) {
            sawLimit = true;
            QCOMPARE(limit.data(FleetModel::LimitValueRole).toLongLong(), *sim.limit.valueMb);
        }
        const QModelIndex balance = model->index(row, FleetModel::Balance);
        if (sim.profile == SimProfile::TD)
            QVERIFY(balance.data().toString().isEmpty());
        const QModelIndex lock = model->index(row, FleetModel::TariffChangeLock);
        if (sim.tariff.changeLock) {
            QCOMPARE(lock.data(FleetModel::RawValueRole).toLongLong(),
                     sim.tariff.changeLock->toMSecsSinceEpoch());
            QVERIFY(lock.data(Qt::ToolTipRole)
                        .toString()
                        .contains(SimText::longDateTime(*sim.tariff.changeLock)));
        }
    }
    QVERIFY(sawLimit);
    for (int column = 0; column < FleetModel::ColumnCount; ++column)
        QVERIFY(!model->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
}

void TestSimsWorkspace::languageChange_retranslatesFilterBar() {
    SimsPage* page = startDemo(QStringLiteral("admin"), 30);
    FleetFilter td;
    td.profile = SimProfile::TD;
    page->setFilter(td);
    const QString english = page->filterBar()->textEdit()->placeholderText();
    m_controller->setLanguage(QStringLiteral("ru"), false);
    // LanguageChange reaches the widgets through the event loop.
    QTRY_VERIFY(page->filterBar()->textEdit()->placeholderText() != english);
    QCOMPARE(page->filterBar()->profileBox()->currentData().toString(), QStringLiteral("TD"));
    const QString count = page->filterBar()->countText();
    QVERIFY2(count.contains(QStringLiteral("из 30")), qPrintable(count));
}

void TestSimsWorkspace::serverSide_filterBarDrivesServerModelAndDisablesWhatApiLacks() {
    SimsPage* page = startDemo(QStringLiteral("user"), 120);
    FilterBar* bar = page->filterBar();
    FleetFilter withGroup;
    withGroup.groupId = page->countsTracker()->counts().groupNames.cbegin().key();
    withGroup.text = QStringLiteral("77");
    page->setFilter(withGroup);

    ServerFleetModel server(m_controller->client());
    server.setPageSize(50);
    QAbstractItemModelTester tester(&server,
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    page->setServerModel(&server);
    QCOMPARE(page->table()->model(), &server);
    QVERIFY(!bar->groupBox()->isEnabled());
    QVERIFY(!bar->groupBox()->toolTip().isEmpty());
    QVERIFY(!bar->limitBox()->isEnabled());
    QVERIFY(!bar->tariffBox()->isEnabled());
    QVERIFY(bar->textEdit()->isEnabled() && bar->profileBox()->isEnabled());
    QVERIFY(!bar->filter().groupId); // dropped: the API cannot apply it
    QCOMPARE(server.filter().text, QStringLiteral("77"));
    auto* statusItems = qobject_cast<QStandardItemModel*>(bar->statusBox()->model());
    const int userCode =
        bar->statusBox()->findData(QStringLiteral("code:%1").arg(int(BlockCode::User)));
    const int msuCode =
        bar->statusBox()->findData(QStringLiteral("code:%1").arg(int(BlockCode::Msu)));
    QVERIFY(!statusItems->item(userCode)->isEnabled());
    QVERIFY(statusItems->item(msuCode)->isEnabled());
    QVERIFY(!page->dashboard()->isVisible());

    bar->textEdit()->clear();
    QTest::keyClicks(bar->textEdit(), QStringLiteral("8997"));
    QCOMPARE(server.filter().text, QStringLiteral("8997"));
    QTRY_VERIFY_WITH_TIMEOUT(server.totalCount() >= 0 && server.rowCount() > 0, 30000);
    QTRY_VERIFY(page->filterBar()->countText().contains(QLocale().toString(server.totalCount())));

    // The details pane reads the server model's rows.
    page->table()->setCurrentIndex(server.index(0, 0));
    QCOMPARE(page->detailsPane()->fieldText(QStringLiteral("detailsIccid")), server.simAt(0).iccid);

    page->setServerModel(nullptr);
    QCOMPARE(page->table()->model(), page->filterModel());
    QVERIFY(bar->groupBox()->isEnabled());
    QVERIFY(statusItems->item(userCode)->isEnabled());
    QCOMPARE(page->filterModel()->filter().text, QStringLiteral("8997"));
}

void TestSimsWorkspace::serverSide_largeFleet_showsServerTableSelectsAndExports() {
    // Above the threshold the repository hands the page a server model, and
    // the local fleet stays empty: the page shows the server's rows, not
    // "No SIMs in this account yet".
    m_rig->settings()->setServerSideThreshold(50);
    m_controller = std::make_unique<AppController>(m_rig->settings());
    QVERIFY(DemoAppRig::start(m_controller.get(), QStringLiteral("user"), 120));
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->page<SimsPage>(), 30000);
    SimsPage* page = m_controller->page<SimsPage>();
    QTRY_VERIFY_WITH_TIMEOUT(page->serverModel() != nullptr, 30000);
    ServerFleetModel* server = page->serverModel();
    QTRY_VERIFY_WITH_TIMEOUT(server->totalCount() == 120 && server->rowCount() > 10, 30000);
    QTRY_VERIFY(!page->isLoading());
    QCOMPARE(page->table()->model(), server);
    QCOMPARE(page->model()->rowCount(), 0);
    QVERIFY(page->table()->isVisibleTo(page));
    QVERIFY(!page->findChild<QLabel*>(QStringLiteral("emptyTitle"))->isVisibleTo(page));
    QVERIFY(page->filterBar()->isVisibleTo(page));
    QVERIFY(!page->dashboard()->isVisibleTo(page));
    QVERIFY2(page->filterBar()->countText().contains(QStringLiteral("120")),
             qPrintable(page->filterBar()->countText()));
    QVERIFY(!page->findChild<QToolButton*>(QStringLiteral("selectFromList"))->isEnabled());

    // Selection and export read the server rows.
    const QVector<qint64> ids{server->simAt(2).id, server->simAt(5).id};
    QCOMPARE(page->selectSims(ids), 2);
    QCOMPARE(page->selectedSimIds(), ids);
    QCOMPARE(page->selectFromList({server->simAt(0).iccid}, false).selected, 0);
    TestTemporaryDir dir;
    QSignalSpy finished(page, &SimsPage::exportFinished);
    const QString path = dir.filePath(QStringLiteral("selected.csv"));
    QVERIFY(page->exportTo(path, SimsPage::ExportScope::Selection));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QVERIFY(finished.first().at(0).toBool());
    QCOMPARE(csvColumn(readCsvFile(path), 0).mid(1),
             (QStringList{server->simAt(2).iccid, server->simAt(5).iccid}));
}

void TestSimsWorkspace::savedFilters_oldMsuCriterion_migratesToStatus() {
    // As filters were saved before the MSU box was folded into the status box.
    const QByteArray old = R"([{"name":"MSU","msuBlocked":true},
        {"name":"Not MSU","msuBlocked":false,"profile":"TC"},
        {"name":"Blocked MSU","status":"blocked","msuBlocked":true},
        {"name":"Active","status":"active","msuBlocked":false}])";
    const SavedFilters read = SavedFilters::fromJson(old);
    QCOMPARE(read.size(), 4);
    const FleetFilter msu = read.items().at(0).filter;
    QCOMPARE(msu.status, FleetFilter::Status::Code);
    QCOMPARE(msu.blockCode, BlockCode::Msu);
    const FleetFilter notMsu = read.items().at(1).filter;
    QCOMPARE(notMsu.status, FleetFilter::Status::NotMsu);
    QCOMPARE(notMsu.profile, std::optional<SimProfile>(SimProfile::TC));
    QCOMPARE(read.items().at(2).filter.status, FleetFilter::Status::Code);
    QCOMPARE(read.items().at(2).filter.blockCode, BlockCode::Msu);
    QCOMPARE(read.items().at(3).filter.status, FleetFilter::Status::Active);
    // Written back in the new form, read the same; nothing about "msuBlocked".
    QVERIFY(!read.toJson().contains("msuBlocked"));
    QCOMPARE(SavedFilters::fromJson(read.toJson()).items(), read.items());

    // Applied from the chips bar, the status box shows it.
    SimsPage* page = startDemo(QStringLiteral("admin"), 300);
    page->setFilter(notMsu);
    QCOMPARE(page->filterBar()->statusBox()->currentData().toString(), QStringLiteral("notMsu"));
    QCOMPARE(page->filterModel()->rowCount(), bruteForceCount(page->model(), notMsu));
}

void TestSimsWorkspace::dashboard_activeChipClick_turnsItsFilterOff() {
    SimsPage* page = startDemo(QStringLiteral("admin"), 400);
    DashboardCounts* dashboard = page->dashboard();
    auto* td = dashboard->findChild<QToolButton*>(QStringLiteral("countTd"));
    auto* active = dashboard->findChild<QToolButton*>(QStringLiteral("countActive"));
    QTest::mouseClick(td, Qt::LeftButton);
    QCOMPARE(page->filterModel()->filter().profile, std::optional<SimProfile>(SimProfile::TD));
    QVERIFY(td->isChecked());
    QVERIFY(!active->isChecked());
    // A second click on the active chip turns its filter off.
    QTest::mouseClick(td, Qt::LeftButton);
    QVERIFY(!page->filterModel()->filter().profile.has_value());
    QVERIFY(!td->isChecked());
    QCOMPARE(page->filterModel()->rowCount(), 400);

    // Only the chip's part goes: the search text stays.
    page->filterBar()->textEdit()->setText(QStringLiteral("7701"));
    FleetFilter withText = page->filterBar()->filter();
    withText.status = FleetFilter::Status::Active;
    page->setFilter(withText);
    QVERIFY(active->isChecked());
    QTest::mouseClick(active, Qt::LeftButton);
    QCOMPARE(page->filterModel()->filter().status, FleetFilter::Status::Any);
    QCOMPARE(page->filterModel()->filter().text, QStringLiteral("7701"));
    QVERIFY(!active->isChecked());
}

void TestSimsWorkspace::statusTexts_sameInTableComboAndDashboard() {
    SimsPage* page = startDemo(QStringLiteral("admin"), 700);
    QComboBox* combo = page->filterBar()->statusBox();
    const QStringList chips = page->dashboard()->texts();
    for (BlockCode block : SimText::knownBlockCodes()) {
        if (block == BlockCode::Unknown)
            continue;
        const QString text = SimText::status(block);
        QVERIFY2(combo->findText(text) >= 0, qPrintable(text));
        if (page->countsTracker()->counts().blockedBy(block) == 0)
            continue;
        const QString chip =
            page->dashboard()
                ->findChild<QToolButton*>(QStringLiteral("countBlock_%1").arg(int(block)))
                ->text();
        QVERIFY2(chip.startsWith(text + QStringLiteral(": ")), qPrintable(chip));
    }
    QVERIFY(combo->findText(SimText::status(BlockCode::None)) >= 0);
    QVERIFY(page->dashboard()
                ->findChild<QToolButton*>(QStringLiteral("countActive"))
                ->text()
                .startsWith(SimText::status(BlockCode::None) + QStringLiteral(": ")));
    QVERIFY(combo->findText(SimText::statusBlockedAny()) >= 0);
    QVERIFY(page->dashboard()
                ->findChild<QToolButton*>(QStringLiteral("countBlocked"))
                ->text()
                .startsWith(SimText::statusBlockedAny() + QStringLiteral(": ")));
    // The table's status cells use the same words.
    const FleetModel* model = page->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const Sim& sim = model->simAt(row);
        if (sim.block == BlockCode::Unknown)
            continue;
        QVERIFY(combo->findText(model->index(row, FleetModel::Status).data().toString()) >= 0);
    }
    Q_UNUSED(chips);
}

void TestSimsWorkspace::onlySelected_showsTheSelectionAndKeepsIt() {
    SimsPage* page = startDemo(QStringLiteral("admin"), 300);
    QToolButton* only = page->filterBar()->onlySelectedButton();
    QVERIFY(only->isCheckable());
    QVERIFY(!only->isEnabled()); // nothing selected yet
    QItemSelectionModel* selection = page->table()->selectionModel();
    QAbstractItemModel* model = page->table()->model();
    QSet<qint64> ids;
    for (int row : {4, 5, 90, 250}) {
        selection->select(model->index(row, 0),
                          QItemSelectionModel::Select | QItemSelectionModel::Rows);
        ids.insert(model->index(row, 0).data(FleetModel::SimIdRole).toLongLong());
    }
    QVERIFY(only->isEnabled());
    QTest::mouseClick(only, Qt::LeftButton);
    QVERIFY(only->isChecked());
    QCOMPARE(page->filterModel()->rowCount(), 4);
    QSet<qint64> shown;
    for (int row = 0; row < page->filterModel()->rowCount(); ++row)
        shown.insert(page->filterModel()->index(row, 0).data(FleetModel::SimIdRole).toLongLong());
    QCOMPARE(shown, ids);
    QCOMPARE(selection->selectedRows().size(), 4);
    QCOMPARE(page->filterBar()->countText(), QStringLiteral("4 of 300 SIMs"));

    QTest::mouseClick(only, Qt::LeftButton);
    QVERIFY(!only->isChecked());
    QCOMPARE(page->filterModel()->rowCount(), 300);
    QSet<qint64> selected;
    for (const QModelIndex& index : selection->selectedRows())
        selected.insert(index.data(FleetModel::SimIdRole).toLongLong());
    QCOMPARE(selected, ids);

    // "Clear filters" turns it off too; it is never saved with a filter.
    QTest::mouseClick(only, Qt::LeftButton);
    QVERIFY(page->filterModel()->filter().onlyIds.has_value());
    QVERIFY(!SavedFilters::filterToJson(page->filterModel()->filter())
                 .contains(QStringLiteral("onlyIds")));
    page->filterBar()->clear();
    QVERIFY(!only->isChecked());
    QCOMPARE(page->filterModel()->rowCount(), 300);
}

void TestSimsWorkspace::export_suggestedNameAndSeparator_followFilterAndChoice() {
    SimsPage* page = startDemo(QStringLiteral("admin"), 200);
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    QCOMPARE(page->suggestedExportName(SimsPage::ExportScope::Filtered, ExportRequest::Format::Csv),
             QStringLiteral("sims-%1.csv").arg(today));
    FleetFilter msu;
    msu.status = FleetFilter::Status::Code;
    msu.blockCode = BlockCode::Msu;
    page->setFilter(msu);
    QCOMPARE(page->suggestedExportName(SimsPage::ExportScope::Filtered, ExportRequest::Format::Csv),
             QStringLiteral("sims-blocked-msu-%1.csv").arg(today));
    page->setFilter(FleetFilter{});

    // English UI: commas. The user's choice is kept for the next session.
    QCOMPARE(page->csvSeparator(), ExportRequest::CsvSeparator::Comma);
    page->setCsvSeparator(ExportRequest::CsvSeparator::Semicolon);
    const QString path = m_rig->filePath(QStringLiteral("semi.csv"));
    QSignalSpy finished(page, &SimsPage::exportFinished);
    page->table()->selectAll();
    QVERIFY(page->exportTo(path, SimsPage::ExportScope::Filtered));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray header = file.readLine();
    QVERIFY2(header.contains("ICCID;"), header.constData());
    page = startDemo(QStringLiteral("admin"), 200);
    QCOMPARE(page->csvSeparator(), ExportRequest::CsvSeparator::Semicolon);
}

void TestSimsWorkspace::selectFromList_ownExport_selectsExactlyItsSims() {
    SimsPage* page = startDemo(QStringLiteral("admin"), 600);
    // Export the SIMs of one status, then select from that file with no filter.
    FleetFilter blocked;
    blocked.status = FleetFilter::Status::BlockedAny;
    page->setFilter(blocked);
    const int exported = page->filterModel()->rowCount();
    QVERIFY(exported > 0 && exported < 600);
    const QString path = m_rig->filePath(QStringLiteral("own.csv"));
    QSignalSpy finished(page, &SimsPage::exportFinished);
    QVERIFY(page->exportTo(path, SimsPage::ExportScope::Filtered));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QVERIFY(finished.first().at(0).toBool());
    page->setFilter(FleetFilter{});

    page->showImportDialog();
    ImportSelectionDialog* dialog = page->importDialog();
    QVERIFY(dialog->loadFile(path));
    const ImportSelectionDialog::Outcome outcome = page->selectFromList(dialog->entries(), false);
    QCOMPARE(outcome.notFound, QStringList());
    QCOMPARE(outcome.selected, exported);
    QCOMPARE(page->table()->selectionModel()->selectedRows().size(), exported);
    for (const QModelIndex& index : page->table()->selectionModel()->selectedRows()) {
        const qint64 id = index.data(FleetModel::SimIdRole).toLongLong();
        const int row = page->model()->rowOfId(id);
        QVERIFY(row >= 0);
        QVERIFY(page->model()->simAt(row).block != BlockCode::None);
    }
}

QTEST_MAIN(TestSimsWorkspace)
#include "tst_sims_workspace.moc"
