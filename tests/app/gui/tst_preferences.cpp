#include "api/ApiClient.h"
#include "api/ProviderTime.h"
#include "app/core/Settings.h"
#include "app/gui/AppController.h"
#include "models/common/Preferences.h"
#include "models/fleet/FleetRepository.h"
#include "models/jobs/BulkOperations.h"
#include "models/workspace/AccountWorkspace.h"
#include "tests/support/DemoAppRig.h"
#include "translations/Translations.h"
#include "views/shell/MainWindow.h"
#include "views/shell/PreferencesDialog.h"
#include "views/sims/SimsPage.h"

#include "app/core/CallbackListener.h"
#include "app/gui/OperationsController.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>

#include <memory>

using namespace simfleet;

class TestPreferences final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void menuAction_hasCtrlCommaShortcut();
    void save_storesSettingsAndAppliesThemAtOnce();
    void limits_savedAndAppliedToTheClient();
    void cancel_keepsSettings();
    void restoreDefaults_resetsSpinBoxes();
    void autoRefreshZero_showsOff();
    void render_bothLanguages_textsFit();
    void smallScreen_dialogFitsAndTabsScroll();
    void operationsTab_savesChunkTimeoutAndListener();
    void publicCallbackUrl_invalid_disablesSave();
    void publicCallbackUrl_plainHttp_onlyForLoopback();
    void providerTimeZone_shownAndSavedForTheAccountInUse();
    void providerTimeZone_unknown_disablesSave();
    void settings_preferencesRoundTripUnderTheOldKeys();
    void settings_pageStateReadsTheSimsPageKeys();

private:
    PreferencesDialog* openFromMenu();

    std::unique_ptr<DemoAppRig> m_rig;
    Settings* m_settings = nullptr;
    std::unique_ptr<Settings> m_ownSettings; // a test that reopens the settings file
    std::unique_ptr<AppController> m_controller;
};

namespace {

Preferences changedPreferences() {
    return {45,
            6,
            1500,
            5,
            15,
            50000,
            250,
            30,
            true,
            47001,
            QStringLiteral("https://x.org/h"),
            Preferences().maxAnswerMiB,
            Preferences().maxDownloadMiB,
            Preferences().answerDeadlineSec,
            QStringLiteral("Europe/Berlin")};
}

Preferences defaultPreferences() {
    return Preferences();
}

void setValue(QSpinBox* box, int value) {
    box->setFocus();
    box->selectAll();
    QTest::keyClicks(box, QString::number(value));
    QCOMPARE(box->value(), value);
}

} // namespace

void TestPreferences::initTestCase() {
    DemoAppRig::prepareTestCase();
}

void TestPreferences::init() {
    m_rig = std::make_unique<DemoAppRig>();
    QVERIFY(m_rig->isValid());
    m_settings = m_rig->settings();
    m_controller = std::make_unique<AppController>(m_settings);
}

void TestPreferences::cleanup() {
    m_controller.reset();
    m_settings = nullptr;
    m_ownSettings.reset();
    m_rig.reset();
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
    // Signed in, so the account's fleet takes them too.
    QVERIFY(DemoAppRig::start(m_controller.get(), QStringLiteral("admin"), 20));
    QVERIFY(DemoAppRig::waitForFleet(m_controller.get(), 20));
    PreferencesDialog* dialog = openFromMenu();
    QVERIFY(dialog);
    QCOMPARE(dialog->requestTimeoutBox()->value(), Preferences().requestTimeoutSec);
    QCOMPARE(dialog->serverSideThresholdBox()->value(), Preferences().serverSideThreshold);

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
    FleetRepository* fleet = m_controller->workspace()->fleet();
    QCOMPARE(fleet->autoRefreshMinutes(), wanted.autoRefreshMinutes);
    QCOMPARE(fleet->serverSideThreshold(), wanted.serverSideThreshold);

    // Opened again, it shows what was saved.
    dialog = openFromMenu();
    QVERIFY(dialog);
    QCOMPARE(dialog->fleetPageSizeBox()->value(), wanted.fleetPageSize);
    dialog->reject();
    QTRY_VERIFY(!m_controller->preferencesDialog());
}

void TestPreferences::limits_savedAndAppliedToTheClient() {
    PreferencesDialog* dialog = openFromMenu();
    QVERIFY(dialog);
    QCOMPARE(dialog->maxAnswerBox()->value(), Preferences().maxAnswerMiB);
    QCOMPARE(m_controller->client()->maxAnswerBytes(), ApiClient::kDefaultMaxAnswerBytes);
    setValue(dialog->maxAnswerBox(), 64);
    setValue(dialog->maxDownloadBox(), 512);
    setValue(dialog->answerDeadlineBox(), 90);
    QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Save), Qt::LeftButton);
    QTRY_VERIFY(!m_controller->preferencesDialog());

    QCOMPARE(m_settings->maxAnswerMiB(), 64);
    QCOMPARE(m_settings->maxDownloadMiB(), 512);
    QCOMPARE(m_settings->answerDeadlineSec(), 90);
    QCOMPARE(m_controller->client()->maxAnswerBytes(), 64LL * 1024 * 1024);
    QCOMPARE(m_controller->client()->maxDownloadBytes(), 512LL * 1024 * 1024);
    QCOMPARE(m_controller->client()->deadlineMs(), 90 * 1000);
}

void TestPreferences::cancel_keepsSettings() {
    PreferencesDialog* dialog = openFromMenu();
    QVERIFY(dialog);
    setValue(dialog->requestTimeoutBox(), 90);
    QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY(!m_controller->preferencesDialog());
    QCOMPARE(m_settings->requestTimeoutSec(), Preferences().requestTimeoutSec);
    QCOMPARE(m_controller->client()->transferTimeoutMs(), Preferences().requestTimeoutSec * 1000);
}

void TestPreferences::restoreDefaults_resetsSpinBoxes() {
    PreferencesDialog dialog(changedPreferences());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.fleetConcurrencyBox()->value(), changedPreferences().fleetConcurrency);
    QCOMPARE(dialog.providerTimeZoneBox()->currentText(), QStringLiteral("Europe/Berlin"));

    QTest::mouseClick(dialog.buttons()->button(QDialogButtonBox::RestoreDefaults), Qt::LeftButton);
    const Preferences shown = dialog.preferences();
    const Preferences defaults = defaultPreferences();
    QCOMPARE(shown.requestTimeoutSec, defaults.requestTimeoutSec);
    QCOMPARE(shown.maxInFlight, defaults.maxInFlight);
    QCOMPARE(shown.fleetPageSize, defaults.fleetPageSize);
    QCOMPARE(shown.fleetConcurrency, defaults.fleetConcurrency);
    QCOMPARE(shown.autoRefreshMinutes, defaults.autoRefreshMinutes);
    QCOMPARE(shown.serverSideThreshold, defaults.serverSideThreshold);
    QCOMPARE(shown.providerTimeZone, QStringLiteral("Asia/Almaty"));
    QCOMPARE(dialog.providerTimeZoneBox()->currentText(), QStringLiteral("Asia/Almaty"));
    // Restoring only fills the boxes; the dialog stays open until Save or Cancel.
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

void TestPreferences::autoRefreshZero_showsOff() {
    PreferencesDialog dialog(defaultPreferences());
    QCOMPARE(dialog.autoRefreshBox()->value(), 0);
    QCOMPARE(dialog.autoRefreshBox()->text(), QStringLiteral("Off"));
    // Values beyond the settings' ranges are clamped, as Settings does.
    dialog.setPreferences({1000, 100, 99999, 99, 99999, 0, 99999, 99999, false, 80, QString(),
                           Preferences().maxAnswerMiB, Preferences().maxDownloadMiB,
                           Preferences().answerDeadlineSec, QStringLiteral("Asia/Almaty")});
    const Preferences clamped = dialog.preferences();
    QCOMPARE(clamped.requestTimeoutSec, 600);
    QCOMPARE(clamped.maxInFlight, 16);
    QCOMPARE(clamped.fleetPageSize, 5000);
    QCOMPARE(clamped.fleetConcurrency, 8);
    QCOMPARE(clamped.autoRefreshMinutes, 24 * 60);
    QCOMPARE(clamped.serverSideThreshold, 1);
    QCOMPARE(clamped.bulkChunkSize, 5000);
    QCOMPARE(clamped.unconfirmedTimeoutMinutes, 24 * 60);
    // A privileged port cannot be chosen: it reads as "any free port".
    QCOMPARE(clamped.callbackListenerPort, 0);
}

void TestPreferences::render_bothLanguages_textsFit() {
    // SIMFLEET_SHOTS_DIR, when set, also keeps the renders for a visual check.
    const QString shotsDir = qEnvironmentVariable("SIMFLEET_SHOTS_DIR");
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("ru")}) {
        QVERIFY(Translations::install(language));
        PreferencesDialog dialog(defaultPreferences());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        if (language == QLatin1String("ru"))
            QVERIFY(dialog.windowTitle() != QLatin1String("Preferences"));
        dialog.callbackListenerBox()->setChecked(true);
        dialog.setCallbackPath(QStringLiteral("/callback/0123456789abcdefghij"));
        dialog.setNotificationPath(QStringLiteral("/notify/0123456789abcdefghij"));
        dialog.setAccountAddress(QStringLiteral("https://api.novaconnect.kz/api"));
        dialog.providerTimeZoneBox()->setEditText(QStringLiteral("Asia/Almaty2"));
        for (int tab = 0; tab < dialog.tabs()->count(); ++tab) {
            dialog.tabs()->setCurrentIndex(tab);
            QWidget* page = dialog.tabs()->widget(tab);
            QTest::qWait(1);
            QApplication::processEvents();
            for (QLabel* label : page->findChildren<QLabel*>()) {
                if (!label->wordWrap())
                    QVERIFY2(label->sizeHint().width() <= label->width(),
                             qPrintable(label->text()));
                else if (label->isVisible())
                    QVERIFY2(label->heightForWidth(label->width()) <= label->height(),
                             qPrintable(label->text()));
            }
            for (QSpinBox* box : page->findChildren<QSpinBox*>())
                QVERIFY2(box->sizeHint().width() <= box->width(), qPrintable(box->objectName()));
            for (QComboBox* box : page->findChildren<QComboBox*>())
                QVERIFY2(box->sizeHint().width() <= box->width(), qPrintable(box->objectName()));
            for (QCheckBox* box : page->findChildren<QCheckBox*>())
                QVERIFY2(box->sizeHint().width() <= box->width(), qPrintable(box->text()));
            const QPixmap shot = dialog.grab();
            QVERIFY(!shot.isNull());
            if (!shotsDir.isEmpty())
                QVERIFY(shot.save(shotsDir +
                                  QStringLiteral("/prefs-%1-%2.png").arg(language).arg(tab)));
        }
        for (QPushButton* button : dialog.findChildren<QPushButton*>())
            QVERIFY2(button->sizeHint().width() <= button->width(), qPrintable(button->text()));
    }
}

void TestPreferences::smallScreen_dialogFitsAndTabsScroll() {
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("ru")}) {
        QVERIFY(Translations::install(language));
        PreferencesDialog dialog(defaultPreferences());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QRect available = dialog.screen()->availableGeometry();
        QVERIFY2(dialog.frameGeometry().height() <= available.height(),
                 qPrintable(QStringLiteral("%1 > %2")
                                .arg(dialog.frameGeometry().height())
                                .arg(available.height())));
        QVERIFY(dialog.minimumHeight() <= available.height());
        // What does not fit is reached by scrolling the tab, not cut off.
        auto* area = qobject_cast<QScrollArea*>(dialog.tabs()->widget(0));
        QVERIFY(area);
        QVERIFY(area->widget()->height() >= area->widget()->minimumSizeHint().height());
    }
}

void TestPreferences::operationsTab_savesChunkTimeoutAndListener() {
    PreferencesDialog* dialog = openFromMenu();
    QVERIFY(dialog);
    QCOMPARE(dialog->bulkChunkSizeBox()->value(), Preferences().bulkChunkSize);
    QCOMPARE(dialog->unconfirmedTimeoutBox()->value(), Preferences().unconfirmedTimeoutMinutes);
    QCOMPARE(dialog->perSimRateBox()->value(), Preferences().perSimRequestsPerSecond);
    QCOMPARE(dialog->perSimConcurrencyBox()->value(), Preferences().perSimConcurrency);
    QVERIFY(!dialog->callbackListenerBox()->isChecked());
    QVERIFY(!dialog->publicCallbackUrlEdit()->isEnabled());
    QVERIFY(!m_controller->operations()->listener());

    dialog->tabs()->setCurrentIndex(1);
    setValue(dialog->bulkChunkSizeBox(), 250);
    setValue(dialog->unconfirmedTimeoutBox(), 30);
    setValue(dialog->perSimRateBox(), 25);
    setValue(dialog->perSimConcurrencyBox(), 6);
    dialog->callbackListenerBox()->setChecked(true);
    QVERIFY(dialog->publicCallbackUrlEdit()->isEnabled());
    dialog->publicCallbackUrlEdit()->setText(QStringLiteral("https://hooks.example.com/fleet/"));
    // The address to set in the web cabinet for account notifications.
    const QString notifyUrl =
        QStringLiteral("https://hooks.example.com/fleet/notify/") + m_settings->callbackSecret();
    bool notifyUrlShown = false;
    for (const QLabel* label : dialog->findChildren<QLabel*>())
        notifyUrlShown = notifyUrlShown || label->text().contains(notifyUrl);
    QVERIFY(notifyUrlShown);
    QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Save), Qt::LeftButton);
    QTRY_VERIFY(!m_controller->preferencesDialog());

    QCOMPARE(m_settings->bulkChunkSize(), 250);
    QCOMPARE(m_settings->unconfirmedTimeoutMinutes(), 30);
    QCOMPARE(m_settings->perSimRequestsPerSecond(), 25);
    QCOMPARE(m_settings->perSimConcurrency(), 6);
    QVERIFY(m_settings->callbackListenerEnabled());
    QCOMPARE(m_settings->callbackListenerPort(), 0);
    QCOMPARE(m_settings->publicCallbackUrl(),
             QUrl(QStringLiteral("https://hooks.example.com/fleet/")));

    // Applied at once: the listener runs on loopback with the kept secret, and
    // new jobs pass the public URL with the listener's path.
    CallbackListener* listener = m_controller->operations()->listener();
    QVERIFY(listener);
    QVERIFY(listener->port() != 0);
    QCOMPARE(listener->secret(), m_settings->callbackSecret());
    QCOMPARE(m_controller->operations()->callbackUrl(),
             QStringLiteral("https://hooks.example.com/fleet/callback/") + listener->secret());

    // Turned off: no listener, polling only.
    dialog = openFromMenu();
    QVERIFY(dialog);
    dialog->callbackListenerBox()->setChecked(false);
    QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Save), Qt::LeftButton);
    QTRY_VERIFY(!m_controller->preferencesDialog());
    QVERIFY(!m_controller->operations()->listener());
    QVERIFY(m_controller->operations()->callbackUrl().isEmpty());
}

void TestPreferences::publicCallbackUrl_invalid_disablesSave() {
    PreferencesDialog dialog(defaultPreferences());
    QPushButton* save = dialog.buttons()->button(QDialogButtonBox::Save);
    dialog.callbackListenerBox()->setChecked(true);
    for (const QString& bad :
         {QStringLiteral("hooks.example.com"), QStringLiteral("ftp://x.org/"),
          QStringLiteral("https://"), QStringLiteral("https://x.org/a?token=1")}) {
        dialog.publicCallbackUrlEdit()->setText(bad);
        QVERIFY2(!save->isEnabled(), qPrintable(bad));
        QVERIFY2(!dialog.callbackUrlProblem().isEmpty(), qPrintable(bad));
    }
    dialog.publicCallbackUrlEdit()->setText(QStringLiteral("https://x.org/hook"));
    QVERIFY(save->isEnabled());
    dialog.publicCallbackUrlEdit()->clear();
    QVERIFY(save->isEnabled());
    // A wrong address in a switched-off listener does not block saving.
    dialog.publicCallbackUrlEdit()->setText(QStringLiteral("nonsense"));
    dialog.callbackListenerBox()->setChecked(false);
    QVERIFY(save->isEnabled());
}

void TestPreferences::publicCallbackUrl_plainHttp_onlyForLoopback() {
    PreferencesDialog dialog(defaultPreferences());
    QPushButton* save = dialog.buttons()->button(QDialogButtonBox::Save);
    dialog.callbackListenerBox()->setChecked(true);
    // The provider would send job progress with SIM data over the open internet.
    dialog.publicCallbackUrlEdit()->setText(QStringLiteral("http://hooks.example.com/fleet"));
    QVERIFY(!save->isEnabled());
    QVERIFY2(dialog.callbackUrlProblem().contains(QLatin1String("https://")),
             qPrintable(dialog.callbackUrlProblem()));
    for (const QString& loopback :
         {QStringLiteral("http://127.0.0.1:8080/hook"), QStringLiteral("http://localhost/hook"),
          QStringLiteral("http://[::1]:9000/hook"), QStringLiteral("HTTPS://hooks.example.com/")}) {
        dialog.publicCallbackUrlEdit()->setText(loopback);
        QVERIFY2(save->isEnabled(), qPrintable(loopback));
    }

    // Settings keep only what the dialog accepts.
    m_settings->setPublicCallbackUrl(QUrl(QStringLiteral("http://hooks.example.com/fleet")));
    QVERIFY(m_settings->publicCallbackUrl().isEmpty());
    m_settings->setPublicCallbackUrl(QUrl(QStringLiteral("http://127.0.0.1:8080/hook")));
    QCOMPARE(m_settings->publicCallbackUrl(), QUrl(QStringLiteral("http://127.0.0.1:8080/hook")));
}

void TestPreferences::providerTimeZone_shownAndSavedForTheAccountInUse() {
    const QUrl first(QStringLiteral("https://api.novaconnect.kz/v1"));
    const QUrl signedIn(QStringLiteral("https://staging.novaconnect.kz/v1"));
    m_settings->setProviderTimeZone(first, QStringLiteral("Europe/Berlin"));

    QVERIFY(m_controller->client()->setBaseUrl(first));
    PreferencesDialog* dialog = openFromMenu();
    QVERIFY(dialog);
    QCOMPARE(dialog->providerTimeZoneBox()->currentText(), QStringLiteral("Europe/Berlin"));
    auto* note = dialog->findChild<QLabel*>(QStringLiteral("accountNote"));
    QVERIFY(note);
    QVERIFY2(note->text().contains(first.toString()), qPrintable(note->text()));
    dialog->reject();
    QTRY_VERIFY(!m_controller->preferencesDialog());

    // Signed in elsewhere: that account's zone, the default until set.
    QVERIFY(m_controller->client()->setBaseUrl(signedIn));
    dialog = openFromMenu();
    QVERIFY(dialog);
    QCOMPARE(dialog->providerTimeZoneBox()->currentText(), QStringLiteral("Asia/Almaty"));
    QComboBox* box = dialog->providerTimeZoneBox();
    box->setFocus();
    box->lineEdit()->selectAll();
    QTest::keyClicks(box->lineEdit(), QStringLiteral("asia/tokyo"));
    QCOMPARE(dialog->preferences().providerTimeZone, QStringLiteral("Asia/Tokyo"));
    box->completer()->popup()->hide(); // the list of matches, as the user would close it
    QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Save), Qt::LeftButton);
    QTRY_VERIFY(!m_controller->preferencesDialog());

    QCOMPARE(m_settings->providerTimeZone(signedIn), QStringLiteral("Asia/Tokyo"));
    QCOMPARE(m_settings->providerTimeZone(first), QStringLiteral("Europe/Berlin"));

    // Opened again, it shows what was saved for this account.
    dialog = openFromMenu();
    QVERIFY(dialog);
    QCOMPARE(dialog->providerTimeZoneBox()->currentText(), QStringLiteral("Asia/Tokyo"));
    dialog->reject();
    QTRY_VERIFY(!m_controller->preferencesDialog());
}

void TestPreferences::providerTimeZone_unknown_disablesSave() {
    PreferencesDialog dialog(defaultPreferences());
    QPushButton* save = dialog.buttons()->button(QDialogButtonBox::Save);
    QVERIFY(save->isEnabled());
    auto* problem = dialog.findChild<QLabel*>(QStringLiteral("providerTimeZoneProblem"));
    QVERIFY(problem);
    for (const QString& bad :
         {QStringLiteral("Asia/Almaty2"), QStringLiteral("Almaty"), QStringLiteral("  ")}) {
        dialog.providerTimeZoneBox()->setEditText(bad);
        QVERIFY2(!save->isEnabled(), qPrintable(bad));
        QVERIFY2(!dialog.providerTimeZoneProblem().isEmpty(), qPrintable(bad));
        QCOMPARE(problem->text(), dialog.providerTimeZoneProblem());
        QVERIFY(!problem->isHidden());
    }
    dialog.providerTimeZoneBox()->setEditText(QStringLiteral("Asia/Qostanay"));
    QVERIFY(save->isEnabled());
    QVERIFY(problem->isHidden());
    // Both problems must be gone before Save comes back.
    dialog.callbackListenerBox()->setChecked(true);
    dialog.publicCallbackUrlEdit()->setText(QStringLiteral("nonsense"));
    dialog.providerTimeZoneBox()->setEditText(QStringLiteral("Nowhere/Town"));
    dialog.publicCallbackUrlEdit()->clear();
    QVERIFY(!save->isEnabled());
    dialog.providerTimeZoneBox()->setEditText(QStringLiteral("Asia/Almaty"));
    QVERIFY(save->isEnabled());
}

void TestPreferences::settings_preferencesRoundTripUnderTheOldKeys() {
    const QUrl account(QStringLiteral("https://api.example.com"));
    // Nothing stored: a default Preferences, the one place defaults are written.
    const Preferences stored = m_settings->preferences(account);
    const Preferences defaults;
    QCOMPARE(stored.requestTimeoutSec, defaults.requestTimeoutSec);
    QCOMPARE(stored.fleetPageSize, defaults.fleetPageSize);
    QCOMPARE(stored.serverSideThreshold, defaults.serverSideThreshold);
    QCOMPARE(stored.bulkChunkSize, defaults.bulkChunkSize);
    QCOMPARE(stored.providerTimeZone, QString::fromLatin1(ProviderTime::kDefaultZoneId));
    // The client's and the models' defaults are the same values.
    QCOMPARE(defaults.maxAnswerMiB * Preferences::kMiB, ApiClient::kDefaultMaxAnswerBytes);
    QCOMPARE(defaults.requestTimeoutSec * 1000, ApiClient().transferTimeoutMs());
    QCOMPARE(defaults.maxInFlight, ApiClient().maxInFlight());
    QCOMPARE(BulkOperations::Options().chunkSize, defaults.bulkChunkSize);
    QCOMPARE(BulkOperations::Options().unconfirmedTimeoutMinutes,
             defaults.unconfirmedTimeoutMinutes);

    const Preferences changed = changedPreferences();
    m_settings->setPreferences(account, changed);
    const Preferences back = m_settings->preferences(account);
    QCOMPARE(back.requestTimeoutSec, changed.requestTimeoutSec);
    QCOMPARE(back.maxInFlight, changed.maxInFlight);
    QCOMPARE(back.fleetPageSize, changed.fleetPageSize);
    QCOMPARE(back.fleetConcurrency, changed.fleetConcurrency);
    QCOMPARE(back.autoRefreshMinutes, changed.autoRefreshMinutes);
    QCOMPARE(back.serverSideThreshold, changed.serverSideThreshold);
    QCOMPARE(back.bulkChunkSize, changed.bulkChunkSize);
    QCOMPARE(back.unconfirmedTimeoutMinutes, changed.unconfirmedTimeoutMinutes);
    QCOMPARE(back.callbackListenerEnabled, changed.callbackListenerEnabled);
    QCOMPARE(back.callbackListenerPort, changed.callbackListenerPort);
    QCOMPARE(back.publicCallbackUrl, changed.publicCallbackUrl);
    QCOMPARE(back.providerTimeZone, changed.providerTimeZone);
    // Another account keeps its own zone.
    QCOMPARE(
        m_settings->preferences(QUrl(QStringLiteral("https://other.example.com"))).providerTimeZone,
        QString::fromLatin1(ProviderTime::kDefaultZoneId));

    // The keys users' files already have.
    m_settings->sync();
    const QSettings file(m_rig->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    QCOMPARE(file.value(QStringLiteral("api/requestTimeoutSec")).toInt(), 45);
    QCOMPARE(file.value(QStringLiteral("fleet/pageSize")).toInt(), 1500);
    QCOMPARE(file.value(QStringLiteral("fleet/serverSideThreshold")).toInt(), 50000);
    QCOMPARE(file.value(QStringLiteral("operations/chunkSize")).toInt(), 250);
    QCOMPARE(file.value(QStringLiteral("operations/callbackPort")).toInt(), 47001);
}

void TestPreferences::settings_pageStateReadsTheSimsPageKeys() {
    const QString file = m_rig->filePath(QStringLiteral("settings.ini"));
    {
        // What earlier versions stored for the SIMs page of user 7.
        QSettings old(file, QSettings::IniFormat);
        old.setValue(QStringLiteral("users/7/sims/headerState"), QByteArray("header"));
        old.setValue(QStringLiteral("users/7/sims/detailsSplitter"), QByteArray("splitter"));
        old.setValue(QStringLiteral("users/7/sims/savedFilters"), QByteArray("[]"));
        old.setValue(QStringLiteral("users/7/sims/csvSeparator"), QStringLiteral(";"));
        old.setValue(QStringLiteral("users/8/sims/headerState"), QByteArray("other user"));
    }
    m_controller.reset();
    m_ownSettings = std::make_unique<Settings>(file);
    m_settings = m_ownSettings.get();
    QVariantMap state = m_settings->pageState(7, QStringLiteral("sims"));
    QCOMPARE(state.size(), 4);
    QCOMPARE(state.value(QStringLiteral("headerState")).toByteArray(), QByteArray("header"));
    QCOMPARE(state.value(QStringLiteral("detailsSplitter")).toByteArray(), QByteArray("splitter"));
    QCOMPARE(state.value(QStringLiteral("savedFilters")).toByteArray(), QByteArray("[]"));
    QCOMPARE(state.value(QStringLiteral("csvSeparator")).toString(), QStringLiteral(";"));
    QVERIFY(m_settings->pageState(7, QStringLiteral("operations")).isEmpty());
    QVERIFY(m_settings->pageState(7, QString()).isEmpty());

    // An empty value removes its key; keys not given stay.
    state.insert(QStringLiteral("csvSeparator"), QString());
    state.insert(QStringLiteral("headerState"), QByteArray("new header"));
    state.remove(QStringLiteral("savedFilters"));
    m_settings->setPageState(7, QStringLiteral("sims"), state);
    m_settings->sync();
    const QSettings stored(file, QSettings::IniFormat);
    QVERIFY(!stored.contains(QStringLiteral("users/7/sims/csvSeparator")));
    QCOMPARE(stored.value(QStringLiteral("users/7/sims/headerState")).toByteArray(),
             QByteArray("new header"));
    QCOMPARE(stored.value(QStringLiteral("users/7/sims/savedFilters")).toByteArray(),
             QByteArray("[]"));
    QCOMPARE(stored.value(QStringLiteral("users/8/sims/headerState")).toByteArray(),
             QByteArray("other user"));
}

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
