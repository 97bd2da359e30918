#pragma once

#include "models/common/Preferences.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTabWidget;

namespace simfleet {

// Edits Preferences in two tabs (General with the theme, Operations) with fields in the
// settings' ranges, grouped with a line explaining each group. "Restore
// defaults" puts the defaults (a default Preferences) back into the fields; nothing is kept until
// Save, which stays disabled while the public callback URL is not a usable
// http(s) address or the provider time zone is not one this computer knows.
class PreferencesDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

public:
    explicit PreferencesDialog(const Preferences& current, QWidget* parent = nullptr);

    void setPreferences(const Preferences& preferences);
    Preferences preferences() const;
    void restoreDefaults();
    // The path the provider's callbacks must reach on the listener
    // ("/callback/<secret>"), shown so the user can set up forwarding.
    void setCallbackPath(const QString& path);
    // The path of account notifications ("/notify/<secret>"): the URL to set
    // in the web cabinet is shown with it.
    void setNotificationPath(const QString& path);
    // Empty when the public callback URL is empty or usable, else why not.
    QString callbackUrlProblem() const;
    // The API address whose provider time zone the dialog edits, shown to the user.
    void setAccountAddress(const QString& address);
    // Empty when the provider time zone is one this computer knows, else why not.
    QString providerTimeZoneProblem() const;

    QSpinBox* requestTimeoutBox() const { return m_requestTimeout; }
    QSpinBox* maxInFlightBox() const { return m_maxInFlight; }
    QSpinBox* maxAnswerBox() const { return m_maxAnswer; }
    QSpinBox* maxDownloadBox() const { return m_maxDownload; }
    QSpinBox* answerDeadlineBox() const { return m_answerDeadline; }
    QSpinBox* fleetPageSizeBox() const { return m_fleetPageSize; }
    QSpinBox* fleetConcurrencyBox() const { return m_fleetConcurrency; }
    QSpinBox* autoRefreshBox() const { return m_autoRefresh; }
    QSpinBox* serverSideThresholdBox() const { return m_serverSideThreshold; }
    QSpinBox* bulkChunkSizeBox() const { return m_bulkChunkSize; }
    QSpinBox* unconfirmedTimeoutBox() const { return m_unconfirmedTimeout; }
    QSpinBox* perSimRateBox() const { return m_perSimRate; }
    QSpinBox* perSimConcurrencyBox() const { return m_perSimConcurrency; }
    QCheckBox* callbackListenerBox() const { return m_callbackListener; }
    QSpinBox* callbackPortBox() const { return m_callbackPort; }
    QLineEdit* publicCallbackUrlEdit() const { return m_publicCallbackUrl; }
    QComboBox* providerTimeZoneBox() const { return m_providerTimeZone; }
    // System, Light, Dark; the item data is the setting's value.
    QComboBox* themeBox() const { return m_theme; }
    QTabWidget* tabs() const { return m_tabs; }
    QDialogButtonBox* buttons() const { return m_buttons; }

private:
    QWidget* scrollable(QWidget* page);
    QWidget* tabPage(int index) const;
    QWidget* makeGeneralTab();
    QWidget* makeOperationsTab();
    void updateCallbackState();
    void updateSaveButton();
    // The zone id typed or chosen, spelt as in the list when only the case differs.
    QString chosenTimeZone() const;
    void alignFields();
    void fitToContents();

    QSpinBox* m_requestTimeout;
    QSpinBox* m_maxInFlight;
    QSpinBox* m_fleetPageSize;
    QSpinBox* m_fleetConcurrency;
    QSpinBox* m_autoRefresh;
    QSpinBox* m_serverSideThreshold;
    QSpinBox* m_bulkChunkSize;
    QSpinBox* m_unconfirmedTimeout;
    QSpinBox* m_perSimRate;
    QSpinBox* m_perSimConcurrency;
    QCheckBox* m_callbackListener;
    QSpinBox* m_callbackPort;
    QLineEdit* m_publicCallbackUrl;
    QLabel* m_callbackUrlProblem;
    QLabel* m_callbackPathNote;
    QString m_callbackPath;
    QString m_notificationPath;
    QComboBox* m_providerTimeZone;
    QLabel* m_providerTimeZoneProblem;
    QLabel* m_accountNote;
    QComboBox* m_theme;
    QTabWidget* m_tabs;
    QDialogButtonBox* m_buttons;
    QSpinBox* m_maxAnswer = nullptr;
    QSpinBox* m_maxDownload = nullptr;
    QSpinBox* m_answerDeadline = nullptr;
    bool m_fitted = false;
};

} // namespace simfleet
