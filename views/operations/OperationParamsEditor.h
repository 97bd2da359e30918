#pragma once

#include "api/SimOperation.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QSpinBox;

namespace simfleet {

class GroupPicker;
class GroupsModel;
class TariffCatalog;

// The part of an operation dialog that says what the operation does and
// takes its parameters (SMS text, data limit, tariff, groups; the second
// operator's service, tariff from a date, top-up packet and informational SMS
// kind), with the problem of the current input shown next to the fields as
// they change.
class OperationParamsEditor final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OperationParamsEditor)

public:
    // `groups`: the account's groups for Set groups (may be null).
    OperationParamsEditor(SimOperation op, GroupsModel* groups, QWidget* parent = nullptr)
        : OperationParamsEditor(op, groups, nullptr, parent) {}
    // `tariffs`: the second operator's tariffs and top-ups for Tariff from a
    // date and Top-up (may be null: then none can be chosen).
    OperationParamsEditor(SimOperation op, GroupsModel* groups, TariffCatalog* tariffs,
                          QWidget* parent = nullptr);

    // The first day a new tariff may start: today, and never a day the
    // operator (whose calendar may be behind this computer's) has not reached.
    static QDate earliestTariffDate();

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
    QComboBox* serviceCombo() const { return m_service; }
    QComboBox* packetCombo() const { return m_packet; }
    QDateEdit* tariffDateEdit() const { return m_tariffDate; }
    QComboBox* smallPacketCombo() const { return m_smallPacket; }
    QComboBox* infoSmsCombo() const { return m_infoSms; }
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
    QFormLayout* choiceForm();
    QComboBox* addChoice(const char* objectName, QLabel** label);
    void buildService();
    void buildTariffFromDate();
    void buildTopUp();
    void buildInfoSms();
    void fillPackets();
    void fillSmallPackets();
    QString catalogProblem() const;
    QString topUpProblem() const;
    void retranslateChoices();
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
    TariffCatalog* m_tariffs = nullptr;
    QFormLayout* m_form = nullptr; // the second operator's choices
    // Top-up: how many of the selected SIMs are on each tariff (by packet id).
    QHash<qint64, int> m_simsByTariff;
    int m_simCount = 0;
    QLabel* m_serviceLabel = nullptr;
    QComboBox* m_service = nullptr;
    QLabel* m_packetLabel = nullptr;
    QComboBox* m_packet = nullptr;
    QLabel* m_tariffDateLabel = nullptr;
    QDateEdit* m_tariffDate = nullptr;
    QLabel* m_smallPacketLabel = nullptr;
    QComboBox* m_smallPacket = nullptr;
    QLabel* m_infoSmsLabel = nullptr;
    QComboBox* m_infoSms = nullptr;
};

} // namespace simfleet
