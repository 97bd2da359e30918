#pragma once

#include "api/SimOperation.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QSpinBox;

namespace simfleet {

class GroupPicker;
class GroupsModel;

// The part of an operation dialog that says what the operation does and
// takes its parameters (SMS text, data limit, tariff, groups), with the
// problem of the current input shown next to the fields as they change.
class OperationParamsEditor final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OperationParamsEditor)

public:
    // `groups`: the account's groups for Set groups (may be null).
    OperationParamsEditor(SimOperation op, GroupsModel* groups, QWidget* parent = nullptr);

    SimOperation operation() const { return m_op; }
    SimOperationParams params() const;
    // Empty when the input can be sent; otherwise what is wrong (translated).
    QString problem() const;

    // The SIMs the operation would change: a value they all have now is
    // filled in (data limit, package, auto-renew, groups); where they differ,
    // nothing is, and the user has to choose. Worldwide roaming cannot be read
    // and starts partly checked: each SIM keeps its setting.
    void setSelection(const QVector<const Sim*>& sims);

    // The fields, for tests and screenshots (null when `op` has no such field).
    QPlainTextEdit* smsEdit() const { return m_sms; }
    QLabel* smsCounter() const { return m_smsCounter; }
    QLabel* smsNote() const { return m_smsNote; }
    QComboBox* limitTypeCombo() const { return m_limitType; }
    QSpinBox* limitValueSpin() const { return m_limitValue; }
    QComboBox* packageCombo() const { return m_package; }
    QCheckBox* autoPackageCheck() const { return m_autoPackage; }
    QCheckBox* worldRoamingCheck() const { return m_worldRoaming; }
    GroupPicker* groupPicker() const { return m_groups; }
    QLabel* problemLabel() const { return m_problem; }

signals:
    void changed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildSms();
    void buildLimit();
    void buildTariff();
    void buildGroups(GroupsModel* groups);
    void onSmsChanged();
    void updateState();
    void retranslateUi();

    SimOperation m_op;
    QLabel* m_explanation;
    QLabel* m_problem;
    QPlainTextEdit* m_sms = nullptr;
    QLabel* m_smsCounter = nullptr;
    QLabel* m_smsNote = nullptr;
    QLabel* m_limitTypeLabel = nullptr;
    QComboBox* m_limitType = nullptr;
    QLabel* m_limitValueLabel = nullptr;
    QSpinBox* m_limitValue = nullptr;
    QLabel* m_packageLabel = nullptr;
    QComboBox* m_package = nullptr;
    QCheckBox* m_autoPackage = nullptr;
    QCheckBox* m_worldRoaming = nullptr;
    GroupPicker* m_groups = nullptr;
};

} // namespace simfleet
