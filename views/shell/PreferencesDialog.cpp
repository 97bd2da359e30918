#include "views/shell/PreferencesDialog.h"

#include "api/ProviderTime.h"
#include "api/QueueCallback.h"
#include "views/common/TabOrder.h"
#include "views/shell/PreferencesFields.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace simfleet {

using namespace PreferencesFields;

PreferencesDialog::PreferencesDialog(const Preferences& current, QWidget* parent)
    : QDialog(parent)
    , m_requestTimeout(makeSpinBox(QStringLiteral("requestTimeout"), 5, 600, 5,
                                   tr(" s", "seconds, after a number"), this))
    , m_maxInFlight(makeSpinBox(QStringLiteral("maxInFlight"), 1, 16, 1, QString(), this))
    , m_fleetPageSize(makeSpinBox(QStringLiteral("fleetPageSize"), 100, 5000, 100,
                                  tr(" SIMs", "after a number"), this))
    , m_fleetConcurrency(makeSpinBox(QStringLiteral("fleetConcurrency"), 1, 8, 1, QString(), this))
    , m_autoRefresh(makeSpinBox(QStringLiteral("autoRefresh"), 0, 24 * 60, 5,
                                tr(" min", "minutes, after a number"), this))
    , m_serverSideThreshold(makeSpinBox(QStringLiteral("serverSideThreshold"), 1, 100000000, 10000,
                                        tr(" SIMs", "after a number"), this))
    , m_bulkChunkSize(makeSpinBox(QStringLiteral("bulkChunkSize"), 1, 5000, 100,
                                  tr(" SIMs", "after a number"), this))
    , m_unconfirmedTimeout(makeSpinBox(QStringLiteral("unconfirmedTimeout"), 1, 24 * 60, 5,
                                       tr(" min", "minutes, after a number"), this))
    , m_perSimRate(makeSpinBox(QStringLiteral("perSimRate"), 1, 100, 1,
                               tr(" per second", "requests, after a number"), this))
    , m_perSimConcurrency(
          makeSpinBox(QStringLiteral("perSimConcurrency"), 1, 16, 1, QString(), this))
    , m_callbackListener(new QCheckBox(tr("Receive job progress from the provider"), this))
    , m_callbackPort(
          makeSpinBox(QStringLiteral("callbackPort"), kAnyPortValue, 65535, 1, QString(), this))
    , m_publicCallbackUrl(new QLineEdit(this))
    , m_callbackUrlProblem(makeProblem(QStringLiteral("callbackUrlProblem"), this))
    , m_callbackPathNote(makeNote(QString(), this))
    , m_providerTimeZone(makeTimeZoneBox(this))
    , m_providerTimeZoneProblem(makeProblem(QStringLiteral("providerTimeZoneProblem"), this))
    , m_accountNote(makeNote(QString(), this))
    , m_theme(new QComboBox(this))
    , m_tabs(new QTabWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel |
                                         QDialogButtonBox::RestoreDefaults,
                                     this)) {
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    m_maxAnswer = makeSpinBox(QStringLiteral("maxAnswer"), 16, 4096, 16,
                              tr(" MiB", "mebibytes, after a number"), this);
    m_maxDownload = makeSpinBox(QStringLiteral("maxDownload"), 16, 65536, 256,
                                tr(" MiB", "mebibytes, after a number"), this);
    m_answerDeadline = makeSpinBox(QStringLiteral("answerDeadline"), 10, 3600, 30,
                                   tr(" s", "seconds, after a number"), this);
    m_autoRefresh->setSpecialValueText(tr("Off", "automatic refresh"));
    m_callbackListener->setObjectName(QStringLiteral("callbackListener"));
    m_callbackPort->setSpecialValueText(tr("Any free port"));
    m_callbackPort->setGroupSeparatorShown(false);
    m_publicCallbackUrl->setObjectName(QStringLiteral("publicCallbackUrl"));
    m_publicCallbackUrl->setPlaceholderText(tr("https://hooks.example.com/simfleet"));
    m_publicCallbackUrl->setClearButtonEnabled(true);
    m_accountNote->setObjectName(QStringLiteral("accountNote"));
    m_accountNote->hide();
    m_theme->setObjectName(QStringLiteral("theme"));
    m_theme->addItem(tr("System"), QStringLiteral("system"));
    m_theme->addItem(tr("Light"), QStringLiteral("light"));
    m_theme->addItem(tr("Dark"), QStringLiteral("dark"));

    m_tabs->addTab(scrollable(makeGeneralTab()), tr("General"));
    m_tabs->addTab(scrollable(makeOperationsTab()), tr("Operations"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_buttons);
    alignFields();

    m_buttons->button(QDialogButtonBox::Save)->setText(tr("Save"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    m_buttons->button(QDialogButtonBox::RestoreDefaults)->setText(tr("Restore defaults"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &PreferencesDialog::restoreDefaults);
    connect(m_callbackListener, &QCheckBox::toggled, this, &PreferencesDialog::updateCallbackState);
    connect(m_publicCallbackUrl, &QLineEdit::textChanged, this,
            &PreferencesDialog::updateCallbackState);
    connect(m_providerTimeZone, &QComboBox::currentTextChanged, this,
            &PreferencesDialog::updateSaveButton);

    setPreferences(current);

    fitToContents();
    TabOrder::followLayouts(this);
}

void PreferencesDialog::setPreferences(const Preferences& preferences) {
    m_requestTimeout->setValue(preferences.requestTimeoutSec);
    m_maxInFlight->setValue(preferences.maxInFlight);
    m_maxAnswer->setValue(preferences.maxAnswerMiB);
    m_maxDownload->setValue(preferences.maxDownloadMiB);
    m_answerDeadline->setValue(preferences.answerDeadlineSec);
    m_fleetPageSize->setValue(preferences.fleetPageSize);
    m_fleetConcurrency->setValue(preferences.fleetConcurrency);
    m_autoRefresh->setValue(preferences.autoRefreshMinutes);
    m_serverSideThreshold->setValue(preferences.serverSideThreshold);
    m_bulkChunkSize->setValue(preferences.bulkChunkSize);
    m_unconfirmedTimeout->setValue(preferences.unconfirmedTimeoutMinutes);
    m_perSimRate->setValue(preferences.perSimRequestsPerSecond);
    m_perSimConcurrency->setValue(preferences.perSimConcurrency);
    m_callbackListener->setChecked(preferences.callbackListenerEnabled);
    m_callbackPort->setValue(
        preferences.callbackListenerPort == 0 ? kAnyPortValue : preferences.callbackListenerPort);
    m_publicCallbackUrl->setText(preferences.publicCallbackUrl);
    const int zoneIndex = m_providerTimeZone->findText(preferences.providerTimeZone);
    if (zoneIndex >= 0)
        m_providerTimeZone->setCurrentIndex(zoneIndex);
    m_providerTimeZone->setEditText(preferences.providerTimeZone);
    const int themeIndex = m_theme->findData(preferences.theme);
    m_theme->setCurrentIndex(themeIndex >= 0 ? themeIndex : 0);
    updateCallbackState();
}

Preferences PreferencesDialog::preferences() const {
    Preferences result;
    result.requestTimeoutSec = m_requestTimeout->value();
    result.maxInFlight = m_maxInFlight->value();
    result.maxAnswerMiB = m_maxAnswer->value();
    result.maxDownloadMiB = m_maxDownload->value();
    result.answerDeadlineSec = m_answerDeadline->value();
    result.fleetPageSize = m_fleetPageSize->value();
    result.fleetConcurrency = m_fleetConcurrency->value();
    result.autoRefreshMinutes = m_autoRefresh->value();
    result.serverSideThreshold = m_serverSideThreshold->value();
    result.bulkChunkSize = m_bulkChunkSize->value();
    result.unconfirmedTimeoutMinutes = m_unconfirmedTimeout->value();
    result.perSimRequestsPerSecond = m_perSimRate->value();
    result.perSimConcurrency = m_perSimConcurrency->value();
    result.callbackListenerEnabled = m_callbackListener->isChecked();
    result.callbackListenerPort =
        m_callbackPort->value() == kAnyPortValue ? 0 : m_callbackPort->value();
    result.publicCallbackUrl = m_publicCallbackUrl->text().trimmed();
    result.providerTimeZone = chosenTimeZone();
    result.theme = m_theme->currentData().toString();
    return result;
}

void PreferencesDialog::restoreDefaults() {
    setPreferences(Preferences());
}

void PreferencesDialog::setCallbackPath(const QString& path) {
    m_callbackPath = path;
    updateCallbackState();
}

void PreferencesDialog::setNotificationPath(const QString& path) {
    m_notificationPath = path;
    updateCallbackState();
}

QString PreferencesDialog::callbackUrlProblem() const {
    const QString text = m_publicCallbackUrl->text().trimmed();
    if (text.isEmpty())
        return {};
    const QUrl url(text, QUrl::StrictMode);
    QString why;
    if (!QueueCallback::validateUrl(url, &why))
        return why;
    if (!url.query().isEmpty() || !url.fragment().isEmpty())
        return tr("The address cannot have a query (?…) or a fragment (#…): SimFleet adds its own "
                  "path to it.");
    return {};
}

void PreferencesDialog::setAccountAddress(const QString& address) {
    m_accountNote->setText(tr("This setting belongs to the account at %1.").arg(address));
    m_accountNote->setVisible(!address.isEmpty());
    fitToContents();
}

QString PreferencesDialog::chosenTimeZone() const {
    const QString text = m_providerTimeZone->currentText().trimmed();
    const int index = m_providerTimeZone->findText(text, Qt::MatchFixedString);
    return index >= 0 ? m_providerTimeZone->itemText(index) : text;
}

QString PreferencesDialog::providerTimeZoneProblem() const {
    const QString id = chosenTimeZone();
    if (id.isEmpty())
        return tr("Choose the provider's time zone from the list, for example Asia/Almaty.");
    // The default stays usable on a system without zone data: it falls back to UTC+05:00.
    if (id != QLatin1String(ProviderTime::kDefaultZoneId) && !ProviderTime::zoneById(id))
        return tr("This computer does not know the time zone \"%1\". Choose one from the list, "
                  "for example Asia/Almaty.")
            .arg(id);
    return {};
}

void PreferencesDialog::updateSaveButton() {
    const QString callbackProblem =
        m_callbackListener->isChecked() ? callbackUrlProblem() : QString();
    m_callbackUrlProblem->setText(callbackProblem);
    m_callbackUrlProblem->setVisible(!callbackProblem.isEmpty());
    const QString zoneProblem = providerTimeZoneProblem();
    m_providerTimeZoneProblem->setText(zoneProblem);
    m_providerTimeZoneProblem->setVisible(!zoneProblem.isEmpty());
    m_buttons->button(QDialogButtonBox::Save)
        ->setEnabled(callbackProblem.isEmpty() && zoneProblem.isEmpty());
    if (m_fitted)
        fitToContents();
}

void PreferencesDialog::updateCallbackState() {
    const bool on = m_callbackListener->isChecked();
    m_callbackPort->setEnabled(on);
    m_publicCallbackUrl->setEnabled(on);
    updateSaveButton();
    const QString problem = on ? callbackUrlProblem() : QString();

    const QString base = m_publicCallbackUrl->text().trimmed();
    if (!on || m_callbackPath.isEmpty()) {
        m_callbackPathNote->hide();
        return;
    }
    const bool withBase = !base.isEmpty() && problem.isEmpty();
    const QString publicBase = QUrl(base).adjusted(QUrl::StripTrailingSlash).toString();
    QString note =
        !withBase ? tr("The listener answers on the path %1.").arg(m_callbackPath)
                  : tr("The provider will be asked to report to %1 — forward it to this computer's "
                       "listener port, path %2.")
                        .arg(publicBase + m_callbackPath, m_callbackPath);
    if (!m_notificationPath.isEmpty()) {
        note += u'\n';
        note += !withBase ? tr("Account notifications (unpaid bills, SIMs out of data) arrive on "
                               "the path %1: set the public address of this path as the "
                               "notification address in the NovaConnect web cabinet.")
                                .arg(m_notificationPath)
                          : tr("For account notifications (unpaid bills, SIMs out of data) set "
                               "%1 as the notification address in the NovaConnect web cabinet.")
                                .arg(publicBase + m_notificationPath);
    }
    m_callbackPathNote->setText(note);
    m_callbackPathNote->show();
}

} // namespace simfleet
