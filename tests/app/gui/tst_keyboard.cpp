#include "app/core/AppLogging.h"
#include "app/core/Settings.h"
#include "app/gui/AppController.h"
#include "app/gui/CommandLine.h"
#include "models/fleet/FleetCounts.h"
#include "models/fleet/FleetFilterModel.h"
#include "models/fleet/FleetModel.h"
#include "models/fleet/SavedFilters.h"
#include "tests/support/DemoAppRig.h"
#include "translations/Translations.h"
#include "views/shell/GlossaryDialog.h"
#include "views/shell/KeyboardShortcutsDialog.h"
#include "views/shell/MainWindow.h"
#include "views/shell/WorkspacePage.h"
#include "views/sims/BulkActionBar.h"
#include "views/sims/FilterBar.h"
#include "views/sims/SavedFiltersBar.h"
#include "views/sims/SimDetailsPane.h"
#include "views/sims/SimTableView.h"
#include "views/sims/SimsPage.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include "tests/support/TestTemporaryDir.h"
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>

#include <functional>
#include <memory>

using namespace simfleet;

namespace {

// Runs `inspect` on the popup menu that `open` shows, then closes it.
// Returns false when no menu opened.
bool withPopupMenu(const std::function<void()>& open, const std::function<void(QMenu*)>& inspect) {
    bool seen = false;
    QTimer::singleShot(0, [&] {
        auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
        if (!menu)
            return;
        seen = true;
        inspect(menu);
        menu->close();
    });
    open();
    // A menu that did not open leaves the timer pending: let it run.
    QCoreApplication::processEvents();
    return seen;
}

// The underlined letter of a menu text, lower case; null when none.
QChar mnemonic(const QString& text) {
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&')) {
            if (text.at(i + 1) == QLatin1Char('&')) {
                ++i;
                continue;
            }
            return text.at(i + 1).toLower();
        }
    }
    return {};
}

} // namespace

class TestKeyboard final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void tab_leavesTableAndKeepsSelection();
    void search_downSelectsFirstRowAndEnterKeepsSelection();
    void f6_cyclesPanesBothWays();
    void f6_operationsPage_visitsItsLists();
    void ctrlC_copiesSelectedIccidsInTableOrder();
    void contextMenu_shiftF10AndMenuKey_showCopyAndOperations();
    void operationsMenu_mnemonicsUniqueInBothLanguages();
    void savedFilterChips_reachedByTab_appliedBySpaceAndEnter();
    void disabledOperations_sayWhyInTooltipAndStatusTip();
    void help_keyboardShortcuts_listsEveryShortcut();
    void help_glossary_inBothLanguages();
    // Not a key, but the same issue's part: the GUI's --verbose.
    void commandLine_verbose_acceptedBesideTheOthers();

private:
    SimsPage* startDemo(const QString& role, int sims);
    MainWindow* window() const { return m_controller->mainWindow(); }
    QWidget* focused() const;
    void selectRows(SimTableView* table, const QList<int>& rows);

    std::unique_ptr<DemoAppRig> m_rig;
    std::unique_ptr<AppController> m_controller;
};

void TestKeyboard::initTestCase() {
    DemoAppRig::prepareTestCase();
}

void TestKeyboard::init() {
    m_rig = std::make_unique<DemoAppRig>();
    QVERIFY(m_rig->isValid());
}

void TestKeyboard::cleanup() {
    m_controller.reset();
    m_rig.reset();
    Translations::install(QStringLiteral("en"));
}

SimsPage* TestKeyboard::startDemo(const QString& role, int sims) {
    m_controller = std::make_unique<AppController>(m_rig->settings());
    [&] {
        QVERIFY(DemoAppRig::start(m_controller.get(), role, sims));
        QVERIFY(DemoAppRig::waitForFleet(m_controller.get(), sims));
    }();
    SimsPage* page = m_controller->page<SimsPage>();
    page->countsTracker()->update();
    // Home is the first page after sign-in; these tests use the SIMs page.
    window()->openPage(SimsPage::staticPageId());
    window()->activateWindow();
    if (!QTest::qWaitForWindowActive(window()))
        qWarning() << "the main window did not become active";
    return page;
}

QWidget* TestKeyboard::focused() const {
    QWidget* focus = QApplication::focusWidget();
    return focus ? focus : window()->focusWidget();
}

void TestKeyboard::selectRows(SimTableView* table, const QList<int>& rows) {
    table->clearSelection();
    for (int row : rows)
        table->selectionModel()->select(table->model()->index(row, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
    table->selectionModel()->setCurrentIndex(table->model()->index(rows.first(), 0),
                                             QItemSelectionModel::NoUpdate);
}

void TestKeyboard::tab_leavesTableAndKeepsSelection() {
    SimsPage* page = startDemo(QStringLiteral("admin"), 30);
    SimTableView* table = page->table();
    selectRows(table, {0, 1, 2, 3, 4});
    table->setFocus(Qt::OtherFocusReason);
    QCOMPARE(focused(), static_cast<QWidget*>(table));

    QTest::keyClick(table, Qt::Key_Tab);
    QVERIFY(focused() != table);
    QVERIFY(!table->isAncestorOf(focused()));
    QCOMPARE(table->selectionModel()->selectedRows().size(), 5);
    QCOMPARE(page->selectedCount(), 5);

    // Shift+Tab comes back without touching the selection either.
    table->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(table, Qt::Key_Backtab, Qt::ShiftModifier);
    QVERIFY(focused() != table);
    QCOMPARE(table->selectionModel()->selectedRows().size(), 5);
}

void TestKeyboard::search_downSelectsFirstRowAndEnterKeepsSelection() {
    SimsPage* page = startDemo(QStringLiteral("admin"), 30);
    SimTableView* table = page->table();
    QLineEdit* search = page->filterBar()->textEdit();

    // Nothing selected: Down goes to the table and selects its first row.
    table->clearSelection();
    table->selectionModel()->clearCurrentIndex();
    page->filterBar()->focusSearch();
    QCOMPARE(focused(), static_cast<QWidget*>(search));
    QTest::keyClick(search, Qt::Key_Down);
    QCOMPARE(focused(), static_cast<QWidget*>(table));
    QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(table->currentIndex().row(), 0);

    // A selection of three: Enter goes to the table and changes nothing.
    selectRows(table, {4, 7, 9});
    page->filterBar()->focusSearch();
    QTest::keyClicks(search, QStringLiteral("89"));
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(focused(), static_cast<QWidget*>(table));
    QCOMPARE(page->selectedCount(), 3);
    QVERIFY(table->selectionModel()->isRowSelected(table->currentIndex().row(), QModelIndex()));
    QCOMPARE(search->text(), QStringLiteral("89"));
}

void TestKeyboard::f6_cyclesPanesBothWays() {
    SimsPage* page = startDemo(QStringLiteral("admin"), 30);
    SimTableView* table = page->table();
    selectRows(table, {1, 2});
    QTRY_VERIFY(page->bulkBar()->isVisible());
    page->filterBar()->focusSearch();
    const auto inside = [this](QWidget* pane) {
        QWidget* focus = focused();
        return focus == pane || pane->isAncestorOf(focus);
    };

    QTest::keyClick(focused(), Qt::Key_F6);
    QCOMPARE(focused(), static_cast<QWidget*>(table));
    QTest::keyClick(focused(), Qt::Key_F6);
    QVERIFY2(inside(page->detailsPane()), qPrintable(focused()->objectName()));
    QTest::keyClick(focused(), Qt::Key_F6);
    QVERIFY2(inside(page->bulkBar()), qPrintable(focused()->objectName()));
    QTest::keyClick(focused(), Qt::Key_F6);
    QVERIFY(inside(window()->findChild<QListWidget*>(QStringLiteral("navigation"))));
    QTest::keyClick(focused(), Qt::Key_F6);
    QCOMPARE(focused(), static_cast<QWidget*>(page->filterBar()->textEdit()));
    // The selection is untouched all along.
    QCOMPARE(page->selectedCount(), 2);

    QTest::keyClick(focused(), Qt::Key_F6, Qt::ShiftModifier);
    QVERIFY(inside(window()->findChild<QListWidget*>(QStringLiteral("navigation"))));
    QTest::keyClick(focused(), Qt::Key_F6, Qt::ShiftModifier);
    QVERIFY(inside(page->bulkBar()));
    QTest::keyClick(focused(), Qt::Key_F6, Qt::ShiftModifier);
    QVERIFY(inside(page->detailsPane()));
    QTest::keyClick(focused(), Qt::Key_F6, Qt::ShiftModifier);
    QCOMPARE(focused(), static_cast<QWidget*>(table));
}

void TestKeyboard::f6_operationsPage_visitsItsLists() {
    startDemo(QStringLiteral("admin"), 10);
    int operations = -1;
    for (int i = 0; i < window()->pageCount(); ++i) {
        if (window()->page(i)->objectName() == QLatin1String("operationsPage"))
            operations = i;
    }
    QVERIFY(operations >= 0);
    window()->showPage(operations);
    WorkspacePage* page = window()->page(operations);
    auto* navigation = window()->findChild<QListWidget*>(QStringLiteral("navigation"));
    navigation->setFocus(Qt::OtherFocusReason);
    // A page that names no panes: F6 goes to the lists and tables it shows
    // (with no jobs yet, to its first control).
    QTest::keyClick(navigation, Qt::Key_F6);
    QVERIFY(page->isAncestorOf(focused()));
    QTest::keyClick(focused(), Qt::Key_F6, Qt::ShiftModifier);
    QCOMPARE(focused(), static_cast<QWidget*>(navigation));
}

void TestKeyboard::ctrlC_copiesSelectedIccidsInTableOrder() {
    SimsPage* page = startDemo(QStringLiteral("admin"), 30);
    SimTableView* table = page->table();
    // Picked out of order: the clipboard lists them as the table does.
    selectRows(table, {5, 0, 2});
    table->setFocus(Qt::OtherFocusReason);
    QApplication::clipboard()->clear();
    QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
    QStringList expected;
    for (int row : {0, 2, 5})
        expected.append(table->model()->index(row, FleetModel::Iccid).data().toString());
    QCOMPARE(QApplication::clipboard()->text(),
             expected.join(QLatin1Char('\n')) + QLatin1Char('\n'));
}

void TestKeyboard::contextMenu_shiftF10AndMenuKey_showCopyAndOperations() {
    SimsPage* page = startDemo(QStringLiteral("admin"), 30);
    SimTableView* table = page->table();
    selectRows(table, {3, 4});
    table->setFocus(Qt::OtherFocusReason);
    const QRect currentRow = table->visualRect(table->currentIndex());
    for (const auto& press : {std::pair{Qt::Key_F10, Qt::KeyboardModifiers(Qt::ShiftModifier)},
                              std::pair{Qt::Key_Menu, Qt::KeyboardModifiers(Qt::NoModifier)}}) {
        const Qt::Key key = press.first;
        const Qt::KeyboardModifiers modifiers = press.second;
        QStringList texts;
        QString copyShortcut;
        bool toolTipsVisible = false;
        QPoint at;
        const bool opened = withPopupMenu([&] { QTest::keyClick(table, key, modifiers); },
                                          [&](QMenu* menu) {
                                              for (QAction* action : menu->actions()) {
                                                  texts.append(action->text());
                                                  if (action == table->copyIccidsAction())
                                                      copyShortcut = action->shortcut().toString();
                                              }
                                              toolTipsVisible = menu->toolTipsVisible();
                                              at = table->viewport()->mapFromGlobal(menu->pos());
                                          });
        QVERIFY2(opened, "no context menu opened");
        QCOMPARE(texts.value(0), QStringLiteral("&Copy ICCIDs"));
        QCOMPARE(copyShortcut, QKeySequence(QKeySequence::Copy).toString());
        QVERIFY(texts.contains(page->operationAction(SimOperation::Block)->text()));
        QVERIFY(toolTipsVisible);
        // At the current row, not wherever the mouse is.
        QVERIFY2(qAbs(at.y() - currentRow.bottom()) <= currentRow.height(),
                 qPrintable(QStringLiteral("%1 vs %2").arg(at.y()).arg(currentRow.bottom())));
        QCOMPARE(page->selectedCount(), 2);
    }
}

void TestKeyboard::operationsMenu_mnemonicsUniqueInBothLanguages() {
    SimsPage* page = startDemo(QStringLiteral("admin"), 10);
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("ru")}) {
        m_controller->setLanguage(language, false);
        QCoreApplication::processEvents();
        QList<QList<QAction*>> menus{window()->operationsMenu()->actions(),
                                     QList<QAction*>{page->table()->copyIccidsAction()} +
                                         page->table()->actions()};
        for (const QList<QAction*>& actions : std::as_const(menus)) {
            QSet<QChar> letters;
            for (QAction* action : actions) {
                if (action->isSeparator())
                    continue;
                const QChar letter = mnemonic(action->text());
                QVERIFY2(
                    !letter.isNull(),
                    qPrintable(language + QStringLiteral(": no mnemonic in ") + action->text()));
                QVERIFY2(!letters.contains(letter),
                         qPrintable(language + QStringLiteral(": mnemonic used twice: ") +
                                    action->text()));
                letters.insert(letter);
            }
        }
        // Button and tooltip texts show no "&".
        QVERIFY(!page->operationAction(SimOperation::Block)->iconText().contains(QLatin1Char('&')));
    }
}

void TestKeyboard::savedFilterChips_reachedByTab_appliedBySpaceAndEnter() {
    SimsPage* page = startDemo(QStringLiteral("admin"), 30);
    SavedFiltersBar* saved = page->savedFiltersBar();
    FleetFilter td;
    td.profile = SimProfile::TD;
    FleetFilter tc;
    tc.profile = SimProfile::TC;
    SavedFilters filters;
    filters.save(QStringLiteral("TD only"), td);
    filters.save(QStringLiteral("TC only"), tc);
    saved->setFilters(filters);
    QToolButton* first = saved->chip(QStringLiteral("TD only"));
    QToolButton* second = saved->chip(QStringLiteral("TC only"));
    QVERIFY(first && second);
    QTRY_VERIFY(first->isVisible());

    // From the last filter control, Tab reaches the chips in order, then "+".
    QComboBox* lastCombo = page->filterBar()->tariffBox();
    lastCombo->setFocus(Qt::OtherFocusReason);
    QWidget* from = lastCombo;
    QList<QWidget*> reached;
    for (int i = 0; i < 4; ++i) {
        QTest::keyClick(from, Qt::Key_Tab);
        from = focused();
        reached.append(from);
    }
    QVERIFY2(reached.indexOf(first) >= 0, "Tab never reached the first chip");
    QCOMPARE(reached.indexOf(second), reached.indexOf(first) + 1);
    QCOMPARE(reached.value(reached.indexOf(second) + 1), static_cast<QWidget*>(saved->addButton()));

    QSignalSpy applied(saved, &SavedFiltersBar::applyRequested);
    second->setFocus(Qt::TabFocusReason);
    QTest::keyClick(second, Qt::Key_Return);
    QCOMPARE(applied.count(), 1);
    QCOMPARE(page->filterBar()->filter().profile, std::optional<SimProfile>(SimProfile::TC));
    first->setFocus(Qt::TabFocusReason);
    QTest::keyClick(first, Qt::Key_Space);
    QCOMPARE(applied.count(), 2);
    QCOMPARE(page->filterBar()->filter().profile, std::optional<SimProfile>(SimProfile::TD));
}

void TestKeyboard::disabledOperations_sayWhyInTooltipAndStatusTip() {
    SimsPage* page = startDemo(QStringLiteral("admin"), 10);
    page->table()->clearSelection();
    QAction* block = page->operationAction(SimOperation::Block);
    QVERIFY(!block->isEnabled());
    const QString why = page->operationsUnavailableReason();
    QVERIFY(!why.isEmpty());
    QCOMPARE(block->toolTip(), why);
    QCOMPARE(block->statusTip(), why);
    // The menus show tooltips, so the reason can be read there.
    QVERIFY(window()->operationsMenu()->toolTipsVisible());
    bool contextTips = false;
    QVERIFY(withPopupMenu([&] { page->table()->showContextMenuAtCurrentRow(); },
                          [&](QMenu* menu) { contextTips = menu->toolTipsVisible(); }));
    QVERIFY(contextTips);
    QAction* copy = page->table()->copyIccidsAction();
    QVERIFY(!copy->isEnabled());
    QCOMPARE(copy->toolTip(), QStringLiteral("Select one or more SIMs first."));
    // The Export menu's disabled entry says why too, and the bulk bar's More menu shows tips.
    auto* exportMenu = page->findChild<QMenu*>(QStringLiteral("exportMenu"));
    QVERIFY(exportMenu);
    QVERIFY(exportMenu->toolTipsVisible());
    emit exportMenu->aboutToShow();
    QCOMPARE(exportMenu->actions().size(), 2);
    QAction* exportSelection = exportMenu->actions().at(1);
    QVERIFY(!exportSelection->isEnabled());
    QCOMPARE(exportSelection->toolTip(), QStringLiteral("Select one or more SIMs first."));
    QCOMPARE(exportSelection->statusTip(), QStringLiteral("Select one or more SIMs first."));
    auto* more = page->findChild<QToolButton*>(QStringLiteral("bulkMore"));
    QVERIFY(more && more->menu());
    QVERIFY(more->menu()->toolTipsVisible());
    // Once enabled, the tooltip names the action without its mnemonic.
    selectRows(page->table(), {0});
    QTRY_VERIFY(block->isEnabled());
    QCOMPARE(block->toolTip(), QStringLiteral("Block"));
    QVERIFY(block->statusTip().isEmpty());
}

void TestKeyboard::help_keyboardShortcuts_listsEveryShortcut() {
    startDemo(QStringLiteral("admin"), 10);
    QAction* open = window()->keyboardShortcutsAction();
    QVERIFY(open);
    QVERIFY(window()->menuBar()->actions().size() >= 4);
    open->trigger();
    auto* dialog = window()->findChild<KeyboardShortcutsDialog*>();
    QVERIFY(dialog);
    QTreeWidget* list = dialog->list();
    QStringList keys;
    QStringList descriptions;
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        keys.append(list->topLevelItem(i)->text(0));
        descriptions.append(list->topLevelItem(i)->text(1));
    }
    const QString all = keys.join(QLatin1Char('|'));
    const auto listed = [&](const QKeySequence& key) {
        const QString text = key.toString(QKeySequence::NativeText);
        for (const QString& entry : keys) {
            if (entry.split(QStringLiteral(", ")).contains(text))
                return true;
        }
        return false;
    };
    // Every menu item with a shortcut, as the menus have it now.
    const std::function<void(QMenu*)> checkMenu = [&](QMenu* menu) {
        for (QAction* action : menu->actions()) {
            if (action->menu())
                checkMenu(action->menu());
            for (const QKeySequence& key : action->shortcuts())
                QVERIFY2(listed(key),
                         qPrintable(key.toString() + QStringLiteral(" not in ") + all));
        }
    };
    for (QAction* top : window()->menuBar()->actions()) {
        if (top->menu())
            checkMenu(top->menu());
    }
    for (const QKeySequence& key :
         {QKeySequence(Qt::Key_F6), QKeySequence(Qt::SHIFT | Qt::Key_F6),
          QKeySequence(QKeySequence::Copy), QKeySequence(Qt::SHIFT | Qt::Key_F10),
          QKeySequence(Qt::Key_Down), QKeySequence(Qt::CTRL | Qt::Key_1),
          QKeySequence(QKeySequence::Find), QKeySequence(Qt::Key_Tab)})
        QVERIFY2(listed(key), qPrintable(key.toString() + QStringLiteral(" not in ") + all));
    // SIMFLEET_DIALOG_SHOTS=<dir> keeps a picture of the dialog to look at.
    const QString shots = qEnvironmentVariable("SIMFLEET_DIALOG_SHOTS");
    if (!shots.isEmpty())
        dialog->grab().save(shots + QStringLiteral("/keyboard-shortcuts.png"));
    // Menu items are named with their menu.
    QVERIFY(descriptions.contains(QStringLiteral("Operations → Show jobs")));
    dialog->close();
}

void TestKeyboard::help_glossary_inBothLanguages() {
    startDemo(QStringLiteral("user"), 10);
    QAction* open = window()->glossaryAction();
    QVERIFY(open);
    open->trigger();
    auto* dialog = window()->findChild<GlossaryDialog*>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    const QString english = dialog->browser()->toPlainText();
    for (const QString& word : {QStringLiteral("MSU"), QStringLiteral("TD"), QStringLiteral("TC"),
                                QStringLiteral("queue"), QStringLiteral("External number"),
                                QStringLiteral("cannot be lifted")})
        QVERIFY2(english.contains(word), qPrintable(word));
    m_controller->setLanguage(QStringLiteral("ru"), false);
    QTRY_VERIFY(dialog->browser()->toPlainText() != english);
    const QString russian = dialog->browser()->toPlainText();
    for (const QString& word : {QStringLiteral("MSU"), QStringLiteral("очеред"),
                                QStringLiteral("Внешний номер"), QStringLiteral("TD")})
        QVERIFY2(russian.contains(word), qPrintable(word));
    QVERIFY(!russian.contains(QStringLiteral("External number")));
    const QString shots = qEnvironmentVariable("SIMFLEET_DIALOG_SHOTS");
    if (!shots.isEmpty())
        dialog->grab().save(shots + QStringLiteral("/glossary-ru.png"));
    dialog->close();
}

void TestKeyboard::commandLine_verbose_acceptedBesideTheOthers() {
    AppController::StartOptions options;
    QString error;
    QCOMPARE(CommandLine::parse({QStringLiteral("simfleet"), QStringLiteral("--verbose"),
                                QStringLiteral("--demo"), QStringLiteral("--sims"),
                                QStringLiteral("12")},
                               &options, &error),
             CommandLine::Outcome::Start);
    QVERIFY(options.demo);
    QCOMPARE(options.demoSims, 12);
    QVERIFY(AppLogging::verboseRequested({QStringLiteral("simfleet"), QStringLiteral("--verbose")},
                                         QByteArray()));
}

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
