#include "app/core/Settings.h"
#include "app/gui/AppController.h"
#include "models/common/Preferences.h"
#include "models/fleet/SimText.h"
#include "tests/support/DemoAppRig.h"
#include "views/bills/BillsChart.h"
#include "views/bills/BillsPage.h"
#include "views/common/Theme.h"
#include "views/home/DonutChart.h"
#include "views/home/FleetGlanceCard.h"
#include "views/home/HomeCard.h"
#include "views/home/HomePage.h"
#include "views/shell/MainWindow.h"
#include "views/shell/PreferencesDialog.h"

#include <QAction>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLegend>
#include <QPieSlice>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include "tests/support/TestTemporaryDir.h"
#include <QTest>

#include <memory>

using namespace simfleet;

// The theme setting (ui/theme): kept and clamped by Settings, edited in
// Preferences → General → Appearance, and applied at once on Save: the
// palette and the colours the charts draw change without a restart.
class TestThemeSetting final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void settings_roundTripAndUnknownIsSystem();
    void preferences_showStoreAndApplyTheThemeLive();

private:
    PreferencesDialog* openFromMenu();
    void chooseAndSave(const QString& theme);

    std::unique_ptr<DemoAppRig> m_rig;
    std::unique_ptr<AppController> m_controller;
};

void TestThemeSetting::initTestCase() {
    DemoAppRig::prepareTestCase();
}

void TestThemeSetting::init() {
    m_rig = std::make_unique<DemoAppRig>();
    QVERIFY(m_rig->isValid());
    m_controller = std::make_unique<AppController>(m_rig->settings());
}

void TestThemeSetting::cleanup() {
    m_controller.reset();
    m_rig.reset();
    Theme::apply(Theme::Mode::System);
}

PreferencesDialog* TestThemeSetting::openFromMenu() {
    auto* action =
        m_controller->mainWindow()->findChild<QAction*>(QStringLiteral("preferencesAction"));
    if (!action)
        return nullptr;
    action->trigger();
    PreferencesDialog* dialog = m_controller->preferencesDialog();
    if (dialog && !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

void TestThemeSetting::settings_roundTripAndUnknownIsSystem() {
    Settings* settings = m_rig->settings();
    QCOMPARE(settings->theme(), QStringLiteral("system"));
    QCOMPARE(Preferences().theme, QStringLiteral("system"));
    QCOMPARE(settings->preferences(QUrl()).theme, QStringLiteral("system"));
    settings->setTheme(QStringLiteral("dark"));
    QCOMPARE(settings->theme(), QStringLiteral("dark"));
    QCOMPARE(settings->preferences(QUrl()).theme, QStringLiteral("dark"));
    Preferences preferences = settings->preferences(QUrl());
    preferences.theme = QStringLiteral("light");
    settings->setPreferences(QUrl(), preferences);
    QCOMPARE(settings->theme(), QStringLiteral("light"));
    // Something else is never stored: it reads as the default.
    settings->setTheme(QStringLiteral("sepia"));
    QCOMPARE(settings->theme(), QStringLiteral("system"));

    // A value written by hand (or by a newer version) that is not known.
    TestTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString ini = dir.filePath(QStringLiteral("settings.ini"));
    {
        QSettings raw(ini, QSettings::IniFormat);
        raw.setValue(QStringLiteral("ui/theme"), QStringLiteral("solarized"));
    }
    QCOMPARE(Settings(ini).theme(), QStringLiteral("system"));
    {
        QSettings raw(ini, QSettings::IniFormat);
        raw.setValue(QStringLiteral("ui/theme"), QStringLiteral("Dark"));
    }
    QCOMPARE(Settings(ini).theme(), QStringLiteral("dark"));
    // The key users' files have.
    Settings(ini).setTheme(QStringLiteral("light"));
    QCOMPARE(QSettings(ini, QSettings::IniFormat).value(QStringLiteral("ui/theme")).toString(),
             QStringLiteral("light"));
}

void TestThemeSetting::chooseAndSave(const QString& theme) {
    PreferencesDialog* dialog = openFromMenu();
    QVERIFY(dialog);
    QComboBox* box = dialog->themeBox();
    QCOMPARE(dialog->tabs()->currentIndex(), 0); // General, where it is
    QVERIFY(box->isVisible());
    const int index = box->findData(theme);
    QVERIFY(index >= 0);
    box->setCurrentIndex(index);
    QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Save), Qt::LeftButton);
    QTRY_VERIFY(!m_controller->preferencesDialog());
}

void TestThemeSetting::preferences_showStoreAndApplyTheThemeLive() {
    QVERIFY(DemoAppRig::start(m_controller.get(), QStringLiteral("admin"), 20));
    QVERIFY(DemoAppRig::waitForFleet(m_controller.get(), 20));
    FleetGlanceCard* fleet = m_controller->page<HomePage>()->fleetCard();
    QTRY_VERIFY(fleet->card()->isShowingContent());
    BillsChart* bills = m_controller->page<BillsPage>()->chart();
    QVERIFY(bills);
    auto activeSlice = [fleet] {
        return fleet->statusChart()->slice(SimText::status(BlockCode::None));
    };
    QVERIFY(activeSlice());
    auto billBars = [bills] { return bills->paidBars(); };
    // Unpaid bars are hatched and named in the legend, not told by colour alone.
    QCOMPARE(bills->unpaidBars()->brush().style(), Qt::BDiagPattern);
    QCOMPARE(bills->unpaidBars()->label(), QStringLiteral("Unpaid"));
    QVERIFY(bills->chart()->legend()->isVisible());

    // Shown with its three choices; the default is System.
    PreferencesDialog* dialog = openFromMenu();
    QVERIFY(dialog);
    QComboBox* box = dialog->themeBox();
    QCOMPARE(box->count(), 3);
    QCOMPARE(box->itemText(0), QStringLiteral("System"));
    QCOMPARE(box->itemText(1), QStringLiteral("Light"));
    QCOMPARE(box->itemText(2), QStringLiteral("Dark"));
    QCOMPARE(box->currentData().toString(), QStringLiteral("system"));
    // Restore defaults puts System back.
    box->setCurrentIndex(2);
    dialog->restoreDefaults();
    QCOMPARE(box->currentData().toString(), QStringLiteral("system"));
    dialog->reject();
    QTRY_VERIFY(!m_controller->preferencesDialog());
    QVERIFY(!Theme::isDark(QApplication::palette()));

    // Dark: stored, and applied to what is open without a restart.
    chooseAndSave(QStringLiteral("dark"));
    QCOMPARE(m_rig->settings()->theme(), QStringLiteral("dark"));
    const QPalette dark = Theme::darkPalette();
    QVERIFY(Theme::isDark(QApplication::palette()));
    QVERIFY(Theme::isDark(m_controller->mainWindow()->palette()));
    QCOMPARE(bills->chart()->backgroundBrush().color(), dark.color(QPalette::Base));
    QCOMPARE(billBars()->color(), Theme::swatch(Theme::Swatch::Sky, dark));
    QCOMPARE(bills->unpaidBars()->brush().color(), Theme::swatch(Theme::Swatch::Red, dark));
    QCOMPARE(bills->unpaidBars()->brush().style(), Qt::BDiagPattern);
    QCOMPARE(activeSlice()->color(), Theme::swatch(Theme::Swatch::Green, dark));
    QCOMPARE(activeSlice()->borderColor(), dark.color(QPalette::Base));

    // Opened again, it shows Dark; Light puts the light colours back.
    dialog = openFromMenu();
    QVERIFY(dialog);
    QCOMPARE(dialog->themeBox()->currentData().toString(), QStringLiteral("dark"));
    dialog->reject();
    QTRY_VERIFY(!m_controller->preferencesDialog());
    chooseAndSave(QStringLiteral("light"));
    QCOMPARE(m_rig->settings()->theme(), QStringLiteral("light"));
    const QPalette light = Theme::lightPalette();
    QVERIFY(!Theme::isDark(QApplication::palette()));
    QCOMPARE(bills->chart()->backgroundBrush().color(), light.color(QPalette::Base));
    QCOMPARE(bills->chart()->titleBrush().color(), light.color(QPalette::Text));
    QCOMPARE(billBars()->color(), Theme::swatch(Theme::Swatch::Sky, light));
    QCOMPARE(activeSlice()->color(), Theme::swatch(Theme::Swatch::Green, light));
}

QTEST_MAIN(TestThemeSetting)
#include "tst_theme_setting.moc"
