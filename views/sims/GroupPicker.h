#pragma once

#include "api/Sim.h"

#include <QPointer>
#include <QStringList>
#include <QVector>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace simfleet {

struct ApiError;
class GroupsModel;
class InlineBanner;

// Chooses how the groups of a set of SIMs change: the account's groups as a
// checkable, searchable list (the account's GroupsModel, read again when the
// picker gets it) plus new
// group names, each of which becomes a checked item. A group every selected
// SIM is in starts checked, one some of them are in starts partly checked and
// stays as it is unless the user clicks it (partly → checked → unchecked →
// partly); the others start unchecked.
class GroupPicker final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupPicker)

public:
    explicit GroupPicker(QWidget* parent = nullptr);
    ~GroupPicker() override;

    // The selected SIMs' current groups, one list per SIM: their groups are
    // listed (even if the account's list cannot be read) and start checked or
    // partly checked.
    void setSelectionGroups(const QVector<QVector<GroupRef>>& groupsPerSim);
    // Lists `groups` and has them read again (again on Retry); may be null.
    void setGroups(GroupsModel* groups);
    bool isLoading() const;
    bool hasLoadError() const;

    // Adds each comma- or line-separated name as a checked new group (a name
    // that matches a listed group checks that one instead).
    void addNewGroups(const QString& names);
    QVector<qint64> checkedGroupIds() const;
    // Existing groups the user checked that not every SIM is in (to join), and
    // unchecked that some SIM is in (to leave).
    QVector<qint64> joinedGroupIds() const;
    QVector<qint64> leftGroupIds() const;
    // Whether anything differs from the state the picker started in.
    bool hasChanges() const;
    QString groupName(qint64 id) const;
    Qt::CheckState checkState(const QString& name) const;
    QListWidget* groupList() const { return m_list; }
    QStringList checkedNewGroupNames() const;
    // Every listed group name, checked or not, in list order.
    QStringList listedNames() const;
    // The names of the checked groups, existing and new, in list order.
    QStringList checkedNames() const;
    void setSearchText(const QString& text);
    // How many listed groups the search leaves visible.
    int visibleCount() const;
    QLineEdit* newGroupsField() const { return m_newGroups; }
    InlineBanner* errorBanner() const { return m_error; }

signals:
    void changed();

protected:
    void changeEvent(QEvent* event) override;

private:
    QListWidgetItem* itemForId(qint64 id) const;
    QListWidgetItem* itemForName(const QString& name) const;
    QListWidgetItem* addItem(qint64 id, const QString& name, Qt::CheckState state);
    void applySearch();
    void retranslateUi();
    void reload();
    void onGroupsLoaded(const ApiError& error);
    // Adds the groups the model holds that are not listed yet; renames the others.
    void showListed();

    QPointer<GroupsModel> m_groups;
    QLineEdit* m_search;
    QListWidget* m_list;
    QLabel* m_status;
    InlineBanner* m_error;
    QLabel* m_newGroupsLabel;
    QLineEdit* m_newGroups;
    QPushButton* m_addNew;
};

} // namespace simfleet
