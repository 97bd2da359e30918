#pragma once

#include <QDialog>

class QDialogButtonBox;
class QSpinBox;

// The settings a user may change in the Preferences dialog, as plain values.
// The application fills it from its settings and stores it back; the views
// know nothing about where it is kept.
struct Preferences {
    int requestTimeoutSec = 0;
    int maxInFlight = 0;
    int fleetPageSize = 0;
    int fleetConcurrency = 0;
    int autoRefreshMinutes = 0; // 0 = off
    int serverSideThreshold = 0;
};

// Edits Preferences with spin boxes in the settings' ranges, grouped with a
// line explaining each group. "Restore defaults" puts the given defaults back
// into the boxes; nothing is kept until Save.
class PreferencesDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

public:
    PreferencesDialog(const Preferences& current, const Preferences& defaults,
                      QWidget* parent = nullptr);

    void setPreferences(const Preferences& preferences);
    Preferences preferences() const;
    void restoreDefaults();

    QSpinBox* requestTimeoutBox() const { return m_requestTimeout; }
    QSpinBox* maxInFlightBox() const { return m_maxInFlight; }
    QSpinBox* fleetPageSizeBox() const { return m_fleetPageSize; }
    QSpinBox* fleetConcurrencyBox() const { return m_fleetConcurrency; }
    QSpinBox* autoRefreshBox() const { return m_autoRefresh; }
    QSpinBox* serverSideThresholdBox() const { return m_serverSideThreshold; }
    QDialogButtonBox* buttons() const { return m_buttons; }

private:
    Preferences m_defaults;
    QSpinBox* m_requestTimeout;
    QSpinBox* m_maxInFlight;
    QSpinBox* m_fleetPageSize;
    QSpinBox* m_fleetConcurrency;
    QSpinBox* m_autoRefresh;
    QSpinBox* m_serverSideThreshold;
    QDialogButtonBox* m_buttons;
};
