#include "ApiClient.h"
#include "AppController.h"
#include "FleetRepository.h"
#include "MainWindow.h"
#include "PreferencesDialog.h"
#include "Settings.h"
#include "SimsPage.h"
#include "Translations.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TestPreferences final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void menuAction_hasCtrlCommaShortcut();
    void save_storesSettingsAndAppliesThemAtOnce();
    void cancel_keepsSettings();
    void restoreDefaults_resetsSpinBoxes();
    void autoRefreshZero_showsOff();
    void render_bothLanguages_textsFit();

private:
    PreferencesDialog* openFromMenu();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<AppController> m_controller;
};

namespace {

Preferences changedPreferences() {
    return {45, 6, 1500, 5, 15, 50000};
}

Preferences defaultPreferences() {
    return {Settings::kDefaultRequestTimeoutSec,  Settings::kDefaultMaxInFlight,
            Settings::kDefaultFleetPageSize,      Settings::kDefaultFleetConcurrency,
            Settings::kDefaultAutoRefreshMinutes, Settings::kDefaultServerSideThreshold};
}

void setValue(QSpinBox* box, int value) {
    box->setFocus();
    box->selectAll();
    QTest::keyClicks(box, QString::number(value));
    QCOMPARE(box->value(), value);
}

} // namespace

void TestPreferences::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setStyle(QStringLiteral("Fusion"));
}

void TestPreferences::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("settings.ini")));
    m_settings->setLanguage(QStringLiteral("en"));
    m_controller = std::make_unique<AppController>(m_settings.get());
}

void TestPreferences::cleanup() {
    m_controller.reset();
    m_settings.reset();
    m_dir.reset();
    Translations::install(QStringLiteral("en"));
}

PreferencesDialog* TestPreferences::openFromMenu() {
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

void TestPreferences::menuAction_hasCtrlCommaShortcut() {
    auto* action =
        m_controller->mainWindow()->findChild<QAction*>(QStringLiteral("preferencesAction"));
    QVERIFY(action);
    QVERIFY(action->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)));
    QVERIFY(!action->text().isEmpty());
}

void TestPreferences::save_storesSettingsAndAppliesThemAtOnce() {
    PreferencesDialog* dialog = openFromMenu();
    QVERIFY(dialog);
    QCOMPARE(dialog->requestTimeoutBox()->value(), Settings::kDefaultRequestTimeoutSec);
    QCOMPARE(dialog->serverSideThresholdBox()->value(), Settings::kDefaultServerSideThreshold);

    const Preferences wanted = changedPreferences();
    setValue(dialog->requestTimeoutBox(), wanted.requestTimeoutSec);
    setValue(dialog->maxInFlightBox(), wanted.maxInFlight);
    setValue(dialog->fleetPageSizeBox(), wanted.fleetPageSize);
    setValue(dialog->fleetConcurrencyBox(), wanted.fleetConcurrency);
    setValue(dialog->autoRefreshBox(), wanted.autoRefreshMinutes);
    setValue(dialog->serverSideThresholdBox(), wanted.serverSideThreshold);
    QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Save), Qt::LeftButton);
    QTRY_VERIFY(!m_controller->preferencesDialog());

    QCOMPARE(m_settings->requestTimeoutSec(), wanted.requestTimeoutSec);
    QCOMPARE(m_settings->maxInFlight(), wanted.maxInFlight);
    QCOMPARE(m_settings->fleetPageSize(), wanted.fleetPageSize);
    QCOMPARE(m_settings->fleetConcurrency(), wanted.fleetConcurrency);
    QCOMPARE(m_settings->autoRefreshMinutes(), wanted.autoRefreshMinutes);
    QCOMPARE(m_settings->serverSideThreshold(), wanted.serverSideThreshold);

    QCOMPARE(m_controller->client()->transferTimeoutMs(), wanted.requestTimeoutSec * 1000);
    QCOMPARE(m_controller->client()->maxInFlight(), wanted.maxInFlight);
    FleetRepository* fleet = m_controller->simsPage()->repository();
    QCOMPARE(fleet->autoRefreshMinutes(), wanted.autoRefreshMinutes);
    QCOMPARE(fleet->serverSideThreshold(), wanted.serverSideThreshold);

    // Opened again, it shows what was saved.
    dialog = openFromMenu();
    QVERIFY(dialog);
    QCOMPARE(dialog->fleetPageSizeBox()->value(), wanted.fleetPageSize);
    dialog->reject();
    QTRY_VERIFY(!m_controller->preferencesDialog());
}

void TestPreferences::cancel_keepsSettings() {
    PreferencesDialog* dialog = openFromMenu();
    QVERIFY(dialog);
    setValue(dialog->requestTimeoutBox(), 90);
    QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY(!m_controller->preferencesDialog());
    QCOMPARE(m_settings->requestTimeoutSec(), Settings::kDefaultRequestTimeoutSec);
    QCOMPARE(m_controller->client()->transferTimeoutMs(),
             Settings::kDefaultRequestTimeoutSec * 1000);
}

void TestPreferences::restoreDefaults_resetsSpinBoxes() {
    PreferencesDialog dialog(changedPreferences(), defaultPreferences());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.fleetConcurrencyBox()->value(), changedPreferences().fleetConcurrency);

    QTest::mouseClick(dialog.buttons()->button(QDialogButtonBox::RestoreDefaults), Qt::LeftButton);
    const Preferences shown = dialog.preferences();
    const Preferences defaults = defaultPreferences();
    QCOMPARE(shown.requestTimeoutSec, defaults.requestTimeoutSec);
    QCOMPARE(shown.maxInFlight, defaults.maxInFlight);
    QCOMPARE(shown.fleetPageSize, defaults.fleetPageSize);
    QCOMPARE(shown.fleetConcurrency, defaults.fleetConcurrency);
    QCOMPARE(shown.autoRefreshMinutes, defaults.autoRefreshMinutes);
    QCOMPARE(shown.serverSideThreshold, defaults.serverSideThreshold);
    // Restoring only fills the boxes; the dialog stays open until Save or Cancel.
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

void TestPreferences::autoRefreshZero_showsOff() {
    PreferencesDialog dialog(defaultPreferences(), defaultPreferences());
    QCOMPARE(dialog.autoRefreshBox()->value(), 0);
    QCOMPARE(dialog.autoRefreshBox()->text(), QStringLiteral("Off"));
    // Values beyond the settings' ranges are clamped, as Settings does.
    dialog.setPreferences({1000, 100, 99999, 99, 99999, 0});
    const Preferences clamped = dialog.preferences();
    QCOMPARE(clamped.requestTimeoutSec, 600);
    QCOMPARE(clamped.maxInFlight, 16);
    QCOMPARE(clamped.fleetPageSize, 5000);
    QCOMPARE(clamped.fleetConcurrency, 8);
    QCOMPARE(clamped.autoRefreshMinutes, 24 * 60);
    QCOMPARE(clamped.serverSideThreshold, 1);
}

void TestPreferences::render_bothLanguages_textsFit() {
    // SIMFLEET_SHOTS_DIR, when set, also keeps the renders for a visual check.
    const QString shotsDir = qEnvironmentVariable("SIMFLEET_SHOTS_DIR");
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("ru")}) {
        QVERIFY(Translations::install(language));
        PreferencesDialog dialog(defaultPreferences(), defaultPreferences());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        if (language == QLatin1String("ru"))
            QVERIFY(dialog.windowTitle() != QLatin1String("Preferences"));
        for (QLabel* label : dialog.findChildren<QLabel*>()) {
            if (!label->wordWrap())
                QVERIFY2(label->sizeHint().width() <= label->width(), qPrintable(label->text()));
        }
        for (QSpinBox* box : dialog.findChildren<QSpinBox*>())
            QVERIFY2(box->sizeHint().width() <= box->width(), qPrintable(box->objectName()));
        for (QPushButton* button : dialog.findChildren<QPushButton*>())
            QVERIFY2(button->sizeHint().width() <= button->width(), qPrintable(button->text()));
        const QPixmap shot = dialog.grab();
        QVERIFY(!shot.isNull());
        if (!shotsDir.isEmpty())
            QVERIFY(shot.save(shotsDir + QStringLiteral("/prefs-%1.png").arg(language)));
    }
}

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
