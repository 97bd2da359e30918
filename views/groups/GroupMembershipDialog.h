#pragma once

#include "models/jobs/GroupMembership.h"
#include "views/operations/BulkOperationDialog.h"

#include <QDialog>
#include <QHash>
#include <QStringList>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;

namespace simfleet {

class GroupsModel;
class InlineBanner;

// "Add to group…" / "Remove from group…" for chosen SIMs: the group (fixed,
// or chosen from the account's groups), the preview — how many SIMs change,
// which are skipped and why, and how many requests it takes (one per distinct
// set of current groups, GroupMembership) — and the button that starts the
// job through the same starter as every bulk operation. An error keeps the
// dialog open with the reason.
class GroupMembershipDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupMembershipDialog)

public:
    using Change = GroupMembership::Change;

    // `sims`: the SIMs to change as last read (in the user's order).
    // `groupId` 0: the user picks the group from `groups`. `notFound`: entries
    // of a pasted list that matched no SIM, mentioned in the preview.
    GroupMembershipDialog(Change change, const QVector<Sim>& sims, GroupsModel* groups,
                          qint64 groupId, int chunkSize, const QStringList& notFound = {},
                          QWidget* parent = nullptr);

    void setStarter(BulkOperationDialog::Starter starter);
    // Chooses the group (one of the account's).
    void setGroup(qint64 groupId);
    qint64 groupId() const { return m_groupId; }
    const GroupMembership::Plan& plan() const { return m_plan; }
    std::optional<qint64> startedJob() const { return m_startedJob; }

    QComboBox* groupBox() const { return m_groupBox; }
    QLabel* summaryLabel() const { return m_summary; }
    QLabel* requestsLabel() const { return m_requests; }
    QLabel* skippedLabel() const { return m_skipped; }
    QPushButton* primaryButton() const { return m_primary; }
    InlineBanner* errorBanner() const { return m_banner; }
    // "Add %n SIM(s) to %1" / "Remove %n SIM(s) from %1".
    static QString actionText(Change change, int count, const QString& groupName);

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void fillGroups();
    void refresh();
    QString groupName() const;
    void retranslateUi();

    Change m_change;
    QVector<qint64> m_selection;
    QHash<qint64, Sim> m_sims;
    GroupsModel* m_groups;
    qint64 m_groupId;
    bool m_fixedGroup;
    int m_chunkSize;
    QStringList m_notFound;
    GroupMembership::Plan m_plan;
    BulkOperationDialog::Starter m_starter;
    std::optional<qint64> m_startedJob;
    QLabel* m_title;
    InlineBanner* m_banner;
    QLabel* m_groupLabel;
    QComboBox* m_groupBox;
    QLabel* m_summary;
    QLabel* m_requests;
    QLabel* m_skipped;
    QLabel* m_notFoundLabel;
    QPushButton* m_primary;
    QPushButton* m_cancel;
};

} // namespace simfleet
