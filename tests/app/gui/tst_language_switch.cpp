// View → Language at runtime: after en → ru → en no text of the other
// language is left anywhere in the main window (every page, banners raised
// before the switch, menus, headers, the status bar), the window keeps its
// size, and it fits a 1366×768 laptop in both languages.

#include "api/Session.h"
#include "app/core/Settings.h"
#include "app/core/TokenStore.h"
#include "app/demo/DemoBackend.h"
#include "app/gui/AppController.h"
#include "models/fleet/FleetModel.h"
#include "tests/support/DemoAppRig.h"
#include "translations/Translations.h"
#include "views/common/InlineBanner.h"
#include "views/operations/OperationsPage.h"
#include "views/shell/MainWindow.h"
#include "views/shell/SessionStatusWidget.h"
#include "views/shell/UiLanguage.h"
#include "views/shell/WorkspacePage.h"
#include "views/sims/FilterBar.h"
#include "views/sims/SimDetailsPane.h"
#include "views/sims/SimTableView.h"
#include "views/sims/SimsPage.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTabBar>
#include "tests/support/TestTemporaryDir.h"
#include <QTest>
#include <QTextDocument>
#include <QToolButton>
#include <QXmlStreamReader>

#include <memory>

using namespace simfleet;

namespace {

// A text as the user reads it: rich text without its tags, no mnemonics.
QString plain(const QString& text) {
    QString result = text;
    if (Qt::mightBeRichText(result)) {
        QTextDocument document;
        document.setHtml(result);
        result = document.toPlainText();
    }
    result.remove(QLatin1Char('&'));
    return result;
}

// Words of the English source texts that no Russian translation uses: such a
// word in the Russian interface is a text left in English. Words the Russian
// texts keep (SIM, ICCID, MSU, NovaConnect, CSV…) are allowed.
QSet<QString> englishOnlyWords() {
    QFile file(QStringLiteral(SIMFLEET_TRANSLATIONS_DIR "/simfleet_ru.ts"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QSet<QString> english, russian;
    const QRegularExpression word(QStringLiteral("[A-Za-z]{4,}"));
    auto collect = [&word](const QString& text, QSet<QString>* into) {
        auto it = word.globalMatch(text);
        while (it.hasNext())
            into->insert(it.next().captured().toLower());
    };
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (!xml.readNextStartElement())
            continue;
        if (xml.name() == QLatin1String("source"))
            collect(xml.readElementText(QXmlStreamReader::IncludeChildElements), &english);
        else if (xml.name() == QLatin1String("translation") ||
                 xml.name() == QLatin1String("numerusform"))
            collect(xml.readElementText(QXmlStreamReader::IncludeChildElements), &russian);
    }
    return english - russian;
}

} // namespace

class TestLanguageSwitch final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void switchEnRuEn_leavesNoTextOfTheOtherLanguage_data();
    void switchEnRuEn_leavesNoTextOfTheOtherLanguage();
    void switchLanguage_windowKeepsItsSize();
    void mainWindow_fitsALaptopScreenInBothLanguages();
    void banners_stayBoundedAndReplaceTheirKind();
    void detailsPane_collapsesAndIsRemembered();
    void clippedTexts_showWholeInTooltipsAndPopups();
    void qtOwnDialogs_followTheLanguage();

private:
    AppController* startDemo(const QString& role, int sims);
    void switchTo(const QString& code);
    // Every text the user can read in the window, with where it is.
    QList<QPair<QString, QString>> visibleTexts(int pageIndex) const;
    QStringList dataStrings() const;
    QStringList findOtherLanguage(const QString& language, int pageIndex) const;

    std::unique_ptr<DemoAppRig> m_rig;
    std::unique_ptr<AppController> m_controller;
    QSet<QString> m_englishOnly;
};

void TestLanguageSwitch::initTestCase() {
    DemoAppRig::prepareTestCase();
    m_englishOnly = englishOnlyWords();
    QVERIFY2(m_englishOnly.size() > 100, "simfleet_ru.ts was not read");
}

void TestLanguageSwitch::init() {
    m_rig = std::make_unique<DemoAppRig>();
    QVERIFY(m_rig->isValid());
}

void TestLanguageSwitch::cleanup() {
    TokenStore::useInMemoryKeychain(nullptr);
    m_controller.reset();
    m_rig.reset();
    Translations::install(QStringLiteral("en"));
}

AppController* TestLanguageSwitch::startDemo(const QString& role, int sims) {
    m_controller = std::make_unique<AppController>(m_rig->settings());
    AppController* controller = m_controller.get();
    if (!DemoAppRig::start(controller, role, sims) || !DemoAppRig::waitForFleet(controller, sims))
        return nullptr;
    // Home is the first page after sign-in; the banners below are the SIMs page's.
    controller->mainWindow()->openPage(SimsPage::staticPageId());
    return controller;
}

void TestLanguageSwitch::switchTo(const QString& code) {
    MainWindow* window = m_controller->mainWindow();
    for (QAction* action : window->findChildren<QAction*>()) {
        if (action->data().toString() == code && action->isCheckable())
            action->trigger();
    }
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
}

QStringList TestLanguageSwitch::dataStrings() const {
    // What NovaConnect and the emulator say (names, groups, tariffs, advice,
    // the company and the user) is data, in whatever language it was written.
    QSet<QString> data;
    const FleetModel* model = m_controller->page<SimsPage>()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const Sim& sim = model->simAt(row);
        data << sim.name << sim.comment << sim.tariff.name << sim.currency;
        for (const GroupRef& group : sim.groups)
            data << group.name;
    }
    const Session* session = m_controller->session();
    data << session->user().displayName() << session->user().fullName() << session->user().email
         << session->company().name;
    for (const QString& code : UiLanguage::codes())
        data << UiLanguage::nativeName(code); // deliberately in their own language
    // The program's name and the files the test wrote (an export's path).
    data << QCoreApplication::applicationName() << QDir::toNativeSeparators(m_rig->path());
    data.remove(QString());
    QStringList sorted(data.cbegin(), data.cend());
    // Longest first: a name that contains another is removed whole.
    std::sort(sorted.begin(), sorted.end(),
              [](const QString& a, const QString& b) { return a.size() > b.size(); });
    return sorted;
}

QList<QPair<QString, QString>> TestLanguageSwitch::visibleTexts(int pageIndex) const {
    MainWindow* window = m_controller->mainWindow();
    QList<QPair<QString, QString>> texts;
    auto add = [&texts](const QObject* where, const QString& what, const QString& text) {
        if (!text.trimmed().isEmpty())
            texts.append({QStringLiteral("%1 %2 (%3)")
                              .arg(QString::fromLatin1(where->metaObject()->className()),
                                   where->objectName(), what),
                          plain(text)});
    };
    // The main window and every other window open beside it (non-modal dialogs).
    QList<QWidget*> widgets;
    for (QWidget* top : QApplication::topLevelWidgets()) {
        if (top != window && (!top->isVisible() || qobject_cast<QMenu*>(top)))
            continue;
        add(top, QStringLiteral("window title"), top->windowTitle());
        for (QWidget* child : top->findChildren<QWidget*>()) {
            if (child->isVisibleTo(top))
                widgets.append(child);
        }
    }
    for (const QWidget* widget : std::as_const(widgets)) {
        add(widget, QStringLiteral("tooltip"), widget->toolTip());
        add(widget, QStringLiteral("status tip"), widget->statusTip());
        if (const auto* label = qobject_cast<const QLabel*>(widget))
            add(label, QStringLiteral("text"), label->text());
        if (const auto* button = qobject_cast<const QAbstractButton*>(widget))
            add(button, QStringLiteral("text"), button->text());
        if (const auto* edit = qobject_cast<const QLineEdit*>(widget))
            add(edit, QStringLiteral("placeholder"), edit->placeholderText());
        if (const auto* box = qobject_cast<const QGroupBox*>(widget))
            add(box, QStringLiteral("title"), box->title());
        if (const auto* tabs = qobject_cast<const QTabBar*>(widget)) {
            for (int i = 0; i < tabs->count(); ++i) {
                add(tabs, QStringLiteral("tab"), tabs->tabText(i));
                add(tabs, QStringLiteral("tab tooltip"), tabs->tabToolTip(i));
            }
        }
        if (const auto* combo = qobject_cast<const QComboBox*>(widget)) {
            for (int i = 0; i < combo->count(); ++i) {
                add(combo, QStringLiteral("item %1").arg(i), combo->itemText(i));
                add(combo, QStringLiteral("item tooltip %1").arg(i),
                    combo->itemData(i, Qt::ToolTipRole).toString());
            }
        }
        if (const auto* list = qobject_cast<const QListWidget*>(widget)) {
            for (int i = 0; i < list->count(); ++i) {
                add(list, QStringLiteral("item"), list->item(i)->text());
                add(list, QStringLiteral("item tooltip"), list->item(i)->toolTip());
            }
        }
        if (const auto* header = qobject_cast<const QHeaderView*>(widget)) {
            const QAbstractItemModel* model = header->model();
            for (int section = 0; model && section < header->count(); ++section) {
                for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)})
                    add(header, QStringLiteral("header %1").arg(section),
                        model->headerData(section, header->orientation(), role).toString());
            }
        }
    }
    // Menus and the actions of every page, shown or not (menus, context menus).
    QList<QAction*> actions = window->findChildren<QAction*>();
    for (QMenu* menu : window->findChildren<QMenu*>())
        actions += menu->actions();
    if (WorkspacePage* page = window->page(pageIndex))
        actions += page->findChildren<QAction*>();
    for (QAction* action : window->menuBar()->actions())
        actions += action;
    for (const QAction* action : std::as_const(actions)) {
        if (action->isSeparator())
            continue;
        add(action, QStringLiteral("action text"), action->text());
        add(action, QStringLiteral("action tooltip"), action->toolTip());
        add(action, QStringLiteral("action status tip"), action->statusTip());
        if (action->menu())
            add(action, QStringLiteral("menu title"), action->menu()->title());
    }
    return texts;
}

QStringList TestLanguageSwitch::findOtherLanguage(const QString& language, int pageIndex) const {
    const QStringList data = dataStrings();
    static const QRegularExpression cyrillic(QStringLiteral("[\\x{0400}-\\x{04FF}]"));
    static const QRegularExpression latinWord(QStringLiteral("[A-Za-z]{4,}"));
    QStringList found;
    for (const auto& [where, original] : visibleTexts(pageIndex)) {
        QString text = original;
        for (const QString& value : data)
            text.replace(value, QStringLiteral(" "));
        if (language == QLatin1String("en")) {
            if (text.contains(cyrillic))
                found << where + QStringLiteral(": ") + original;
            continue;
        }
        auto it = latinWord.globalMatch(text);
        while (it.hasNext()) {
            const QString word = it.next().captured();
            if (m_englishOnly.contains(word.toLower())) {
                found << where + QStringLiteral(": ") + original;
                break;
            }
        }
    }
    found.removeDuplicates();
    return found;
}

void TestLanguageSwitch::switchEnRuEn_leavesNoTextOfTheOtherLanguage_data() {
    QTest::addColumn<QString>("role");
    QTest::newRow("admin") << QStringLiteral("admin");
    QTest::newRow("read-only user") << QStringLiteral("user");
}

void TestLanguageSwitch::switchEnRuEn_leavesNoTextOfTheOtherLanguage() {
    QFETCH(QString, role);
    AppController* controller = startDemo(role, 60);
    QVERIFY(controller);
    MainWindow* window = controller->mainWindow();
    SimsPage* sims = controller->page<SimsPage>();

    // Banners raised in English, before the switch, by the paths that raise them.
    QVERIFY(
        sims->exportTo(m_rig->filePath(QStringLiteral("1.csv")), SimsPage::ExportScope::Filtered));
    QTRY_VERIFY_WITH_TIMEOUT(sims->exportBanner()->isVisible(), 30000);
    OperationsPage* operations = nullptr;
    for (int i = 0; i < window->pageCount(); ++i) {
        if (auto* page = qobject_cast<OperationsPage*>(window->page(i)))
            operations = page;
    }
    QVERIFY(operations);
    // A job's SIMs that left the fleet: the SIMs page says so.
    emit operations->selectSimsRequested({sims->model()->simAt(0).id, 987654321});
    QTRY_VERIFY(sims->operationBanner()->isVisible());
    QCOMPARE(window->currentPage(), sims);
    sims->table()->selectRow(1);
    // A non-modal dialog open through the switch.
    sims->showImportDialog();
    QTRY_VERIFY(sims->importDialog()->isVisible());

    // The same check in English first: the test's own baseline.
    for (int i = 0; i < window->pageCount(); ++i) {
        window->showPage(i);
        QCoreApplication::processEvents();
        const QStringList left = findOtherLanguage(QStringLiteral("en"), i);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char('\n'))));
    }

    for (const QString& language : {QStringLiteral("ru"), QStringLiteral("en")}) {
        switchTo(language);
        QCOMPARE(window->currentLanguage(), language);
        for (int i = 0; i < window->pageCount(); ++i) {
            window->showPage(i);
            QCoreApplication::processEvents();
            const QStringList left = findOtherLanguage(language, i);
            QVERIFY2(left.isEmpty(), qPrintable(QStringLiteral("in %1 on page %2:\n%3")
                                                    .arg(language)
                                                    .arg(i)
                                                    .arg(left.join(QLatin1Char('\n')))));
        }
    }
    // Checked in Russian above, too: the role is a word of the interface.
    if (role == QLatin1String("user")) {
        switchTo(QStringLiteral("ru"));
        const QString summary = window->sessionStatus()->summaryText();
        QVERIFY2(!summary.contains(QStringLiteral("(user)")), qPrintable(summary));
    }
}

void TestLanguageSwitch::switchLanguage_windowKeepsItsSize() {
    AppController* controller = startDemo(QStringLiteral("admin"), 60);
    QVERIFY(controller);
    MainWindow* window = controller->mainWindow();
    const QSize size(1280, 700);
    window->resize(size);
    QCoreApplication::processEvents();
    QCOMPARE(window->size(), size);
    for (int round = 0; round < 3; ++round) {
        for (const QString& language : {QStringLiteral("ru"), QStringLiteral("en")}) {
            switchTo(language);
            for (int i = 0; i < window->pageCount(); ++i) {
                window->showPage(i);
                QCoreApplication::processEvents();
            }
            QCoreApplication::processEvents();
            QCOMPARE(window->size(), size);
        }
    }
}

void TestLanguageSwitch::mainWindow_fitsALaptopScreenInBothLanguages() {
    AppController* controller = startDemo(QStringLiteral("admin"), 300);
    QVERIFY(controller);
    MainWindow* window = controller->mainWindow();
    SimsPage* sims = controller->page<SimsPage>();
    // Every block code occurs in 300 demo SIMs: the count strip is at its longest.
    sims->table()->selectRow(0);
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("ru")}) {
        switchTo(language);
        for (int i = 0; i < window->pageCount(); ++i) {
            window->showPage(i);
            QCoreApplication::processEvents();
            const QSize minimum = window->minimumSizeHint().expandedTo(window->minimumSize());
            QVERIFY2(minimum.width() <= 1280 && minimum.height() <= 700,
                     qPrintable(QStringLiteral("%1, page %2: minimum %3×%4")
                                    .arg(language)
                                    .arg(i)
                                    .arg(minimum.width())
                                    .arg(minimum.height())));
        }
    }
    // A first start takes the screen it has, no more.
    QVERIFY(window->defaultSize().width() <= window->screen()->availableGeometry().width());
    QVERIFY(window->defaultSize().height() <= window->screen()->availableGeometry().height());
}

void TestLanguageSwitch::banners_stayBoundedAndReplaceTheirKind() {
    AppController* controller = startDemo(QStringLiteral("admin"), 60);
    QVERIFY(controller);
    MainWindow* window = controller->mainWindow();
    window->resize(1280, 700);
    SimsPage* sims = controller->page<SimsPage>();
    QCoreApplication::processEvents();
    const int tableHeight = sims->table()->height();

    const QString longText = QStringLiteral("A long notice. ").repeated(60);
    window->showNotice(longText);
    window->showNotice(QStringLiteral("The newer notice"));
    window->showInfo(longText);
    window->showInfo(QStringLiteral("The newer news"));
    // One notice and one piece of news: each the newest of its kind.
    QCOMPARE(window->noticeBanner()->text(), QStringLiteral("The newer notice"));
    QCOMPARE(window->infoBanner()->text(), QStringLiteral("The newer news"));
    QVERIFY(window->noticeBanner()->isVisible());
    QVERIFY(window->infoBanner()->isVisible());
    sims->exportBanner()->showMessage(InlineBanner::Kind::Info, QStringLiteral("Export"), longText);
    sims->operationBanner()->showMessage(InlineBanner::Kind::Error, QStringLiteral("Rename"),
                                         longText);
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    // However many banners, the table keeps most of its height.
    QVERIFY2(sims->table()->height() >= tableHeight / 2,
             qPrintable(QStringLiteral("%1 → %2").arg(tableHeight).arg(sims->table()->height())));
    QCOMPARE(window->size(), QSize(1280, 700));
}

void TestLanguageSwitch::detailsPane_collapsesAndIsRemembered() {
    AppController* controller = startDemo(QStringLiteral("admin"), 20);
    QVERIFY(controller);
    SimsPage* sims = controller->page<SimsPage>();
    QVERIFY(sims->isDetailsPaneShown());
    QVERIFY(sims->detailsToggle()->isChecked());
    sims->detailsToggle()->click();
    QVERIFY(!sims->isDetailsPaneShown());
    QVERIFY(!sims->detailsToggle()->isChecked());
    const SimsPage::UserState state = sims->userState();

    sims->restoreUserState({});
    QVERIFY(sims->isDetailsPaneShown());
    sims->restoreUserState(state);
    QVERIFY(!sims->isDetailsPaneShown());
    QVERIFY(!sims->detailsToggle()->isChecked());
    sims->detailsToggle()->click();
    QVERIFY(sims->isDetailsPaneShown());
    QVERIFY(sims->detailsPane()->width() > 0);
}

void TestLanguageSwitch::clippedTexts_showWholeInTooltipsAndPopups() {
    AppController* controller = startDemo(QStringLiteral("admin"), 60);
    QVERIFY(controller);
    SimsPage* sims = controller->page<SimsPage>();
    switchTo(QStringLiteral("ru"));
    // The status column: the tooltip says the status whole.
    const QModelIndex status = sims->table()->model()->index(0, FleetModel::Status);
    QCOMPARE(status.data(Qt::ToolTipRole).toString().section(QLatin1Char('\n'), 0, 0),
             status.data().toString());
    // The status box: its list is as wide as its longest choice.
    QComboBox* box = sims->filterBar()->statusBox();
    int widest = 0;
    for (int i = 0; i < box->count(); ++i)
        widest = qMax(widest, box->view()->fontMetrics().horizontalAdvance(box->itemText(i)));
    QVERIFY2(box->view()->minimumWidth() >= widest + box->iconSize().width(),
             qPrintable(QStringLiteral("%1 < %2").arg(box->view()->minimumWidth()).arg(widest)));
    // A long choice the closed box elides is in its tooltip.
    int longest = 0;
    for (int i = 1; i < box->count(); ++i) {
        if (box->itemText(i).size() > box->itemText(longest).size())
            longest = i;
    }
    box->setCurrentIndex(longest);
    QVERIFY2(box->toolTip().contains(box->itemText(longest)), qPrintable(box->toolTip()));
    // The search hint fits its field.
    QLineEdit* search = sims->filterBar()->textEdit();
    QVERIFY(search->minimumWidth() >
            search->fontMetrics().horizontalAdvance(search->placeholderText()));
}

// Qt's own words (standard buttons, the file dialog) come from Qt's
// translations, installed with ours.
void TestLanguageSwitch::qtOwnDialogs_followTheLanguage() {
    const auto buttonTexts = [] {
        QMessageBox box(QMessageBox::Question, QStringLiteral("t"), QStringLiteral("q"),
                        QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel);
        return QStringList{box.button(QMessageBox::Yes)->text(),
                           box.button(QMessageBox::No)->text(),
                           box.button(QMessageBox::Cancel)->text()};
    };
    const auto fileDialogLabel = [] {
        QFileDialog dialog(nullptr, QStringLiteral("t"));
        dialog.setOption(QFileDialog::DontUseNativeDialog);
        return dialog.labelText(QFileDialog::FileType);
    };
    QVERIFY(Translations::install(QStringLiteral("ru")));
    QCOMPARE(buttonTexts(), (QStringList{QStringLiteral("&Да"), QStringLiteral("&Нет"),
                                         QStringLiteral("Отмена")}));
    const QString russianLabel = fileDialogLabel();
    QVERIFY(Translations::install(QStringLiteral("en")));
    QCOMPARE(buttonTexts(), (QStringList{QStringLiteral("&Yes"), QStringLiteral("&No"),
                                         QStringLiteral("Cancel")}));
    QVERIFY2(russianLabel != fileDialogLabel(), qPrintable(russianLabel));
}

QTEST_MAIN(TestLanguageSwitch)
#include "tst_language_switch.moc"
