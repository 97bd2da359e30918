#pragma once

#include "api/v2/V2Methods.h"

#include <QDialog>
#include <QHash>
#include <QMap>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace simfleet {

class InlineBanner;
class SimIdentityChange;
class TariffCatalog;
struct Sim;

// Which SIM a number belongs to, at the second operator: Activate (a blank
// SIM, by ICCID or IMSI, gets a number and a tariff), Bind the number to a
// SIM (call forwarding allowed or not) or Swap the SIM (the number moves to a
// new one). What is wrong is said under the field it concerns — the local
// checks and the operator's 422 alike — and the dialog stays open to correct
// it; it closes once the operator has done the change.
class SimIdentityDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimIdentityDialog)

public:
    // `sim`: the SIM the number is on now (Bind, Swap); nullptr for Activate.
    SimIdentityDialog(V2Action action, const Sim* sim, TariffCatalog* tariffs,
                      SimIdentityChange* change, QWidget* parent = nullptr);

    V2Action action() const { return m_action; }
    QString number() const;
    V2ChangeParams params() const;
    // The texts under the fields (local checks, or the operator's answer).
    void showFieldErrors(const QMap<QString, QStringList>& errors);
    QString fieldError(const QString& field) const;
    void submit();

private:
    QLineEdit* addLine(const QString& field, const QString& objectName);
    void addRow(const QString& field, QWidget* input);
    void fillTariffs();
    void onFinished(bool ok, const QMap<QString, QStringList>& errors, const QString& message);
    void retranslateUi();

    V2Action m_action;
    TariffCatalog* m_tariffs;
    SimIdentityChange* m_change;
    QString m_fixedNumber, m_currentIccid;
    QFormLayout* m_form;
    QHash<QString, QLabel*> m_labels; // field → its label
    QHash<QString, QLabel*> m_errors; // field → the line under it
    QLineEdit* m_number = nullptr;
    QLineEdit* m_iccid = nullptr;
    QLineEdit* m_imsi = nullptr;
    QComboBox* m_tariff = nullptr;
    QCheckBox* m_callForwarding = nullptr;
    QLabel* m_intro;
    InlineBanner* m_message;
    QDialogButtonBox* m_buttons;
};

} // namespace simfleet
