#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace simfleet {

class GroupsModel;

// Creates a group or renames one. The name is checked as it is typed
// (trimmed, not empty, no other group of the same name ignoring letter case)
// and again on OK, where a refusal shows its reason and sends nothing. While
// NovaConnect answers the dialog waits; its error is shown as text and the
// dialog stays open. It closes once the group is created or renamed.
class GroupNameDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupNameDialog)

public:
    // `groupId` 0: a new group; otherwise the group to rename.
    GroupNameDialog(GroupsModel* groups, qint64 groupId, QWidget* parent = nullptr);

    qint64 groupId() const { return m_groupId; }
    QLineEdit* nameField() const { return m_name; }
    // Why the name cannot be used, or what NovaConnect answered.
    QLabel* problemLabel() const { return m_problem; }
    QPushButton* okButton() const { return m_ok; }
    bool isBusy() const { return m_busy; }

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateState();
    void showProblem(const QString& text);
    void retranslateUi();

    GroupsModel* m_groups;
    qint64 m_groupId;
    QString m_oldName;
    QLabel* m_intro;
    QLabel* m_label;
    QLineEdit* m_name;
    QLabel* m_problem;
    QPushButton* m_ok;
    QPushButton* m_cancel;
    QString m_serverError;
    bool m_busy = false;
};

} // namespace simfleet
