#include "views/reports/ReportsPage.h"

#include "models/groups/GroupsModel.h"
#include "models/workspace/AccountWorkspace.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QMenu>
#include <QToolButton>

// The days and the SIMs a report is run for.

namespace simfleet {

void ReportsPage::setRange(const QDate& first, const QDate& last) {
    const QDate max = m_model->lastCompleteDay();
    m_from->setMaximumDate(max);
    m_to->setMaximumDate(max);
    m_from->setDate(first);
    m_to->setDate(last);
}

void ReportsPage::setScope(Scope scope) {
    m_scope->setCurrentIndex(int(scope));
}

ReportsPage::Scope ReportsPage::scope() const {
    return Scope(qBound(0, m_scope->currentIndex(), 2));
}

void ReportsPage::setCheckedGroups(const QSet<qint64>& groupIds) {
    m_groups = groupIds;
    updateGroupsButton();
}

void ReportsPage::updateGroupsButton() {
    m_groupsButton->setVisible(scope() == Scope::Groups);
    m_groupsButton->setText(m_groups.isEmpty() ? tr("Choose groups")
                                               : tr("%n group(s)", "", int(m_groups.size())));
}

void ReportsPage::fillGroupsMenu() {
    QMenu* menu = m_groupsButton->menu();
    menu->clear();
    const QVector<Group>& groups = m_workspace->groups()->groups();
    if (groups.isEmpty()) {
        menu->addAction(tr("No groups"))->setEnabled(false);
        return;
    }
    for (const Group& group : groups) {
        QAction* action = menu->addAction(group.name);
        action->setCheckable(true);
        action->setChecked(m_groups.contains(group.id));
        const qint64 id = group.id;
        connect(action, &QAction::toggled, this, [this, id](bool on) {
            if (on)
                m_groups.insert(id);
            else
                m_groups.remove(id);
            updateGroupsButton();
        });
    }
}

} // namespace simfleet
