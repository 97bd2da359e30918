#include "views/groups/GroupsPage.h"

#include "models/fleet/FleetRepository.h"
#include "models/groups/GroupSimsModel.h"
#include "models/groups/GroupTableModel.h"
#include "models/groups/GroupsModel.h"
#include "models/workspace/AccountWorkspace.h"
#include "views/common/EmptyState.h"
#include "views/common/InlineBanner.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>

namespace simfleet {

void GroupsPage::updateState() {
    const ApiError error = m_model->error();
    if (error.isError()) {
        m_banner->showMessage(
            InlineBanner::Kind::Error, [] { return tr("The groups could not be read"); },
            [error] { return error.userMessage(); }, [] { return tr("Retry"); });
        m_banner->show();
    } else {
        m_banner->hide();
    }
    if (m_sessionOpen && m_workspace->fleet()->isOffline()) {
        m_offline->showMessage(
            InlineBanner::Kind::Warning, [] { return tr("Offline"); },
            [] {
                return tr("NovaConnect cannot be reached. The groups shown are as last read; "
                          "creating, renaming, deleting and changing SIMs' groups wait for the "
                          "connection.");
            });
        m_offline->show();
    } else {
        m_offline->hide();
    }

    const bool filtering = !m_filter->text().trimmed().isEmpty();
    if (m_proxy->rowCount() > 0) {
        m_states->setCurrentWidget(m_splitter);
    } else if (m_model->isLoading()) {
        m_loading->setText(tr("Reading the groups…"));
        m_states->setCurrentWidget(m_loading);
    } else {
        m_empty->setActionIcon(QIcon());
        if (!m_sessionOpen && !m_model->isLoaded()) {
            m_empty->setTitle(tr("No groups shown"));
            m_empty->setText(tr("Sign in to see the account's groups."));
            m_emptyAction = EmptyAction::Refresh;
            m_empty->actionButton()->hide();
        } else if (error.isError() && !m_model->isLoaded()) {
            m_empty->setTitle(tr("The groups could not be read"));
            m_empty->setText(error.userMessage());
            m_empty->setActionText(tr("Retry"));
            m_emptyAction = EmptyAction::Refresh;
            m_empty->actionButton()->show();
        } else if (filtering) {
            m_empty->setTitle(tr("No group matches the filter"));
            m_empty->setText(tr("No group name contains \"%1\".").arg(m_filter->text().trimmed()));
            m_empty->setActionText(tr("Clear filter"));
            m_emptyAction = EmptyAction::ClearFilter;
            m_empty->actionButton()->show();
        } else {
            m_empty->setTitle(tr("No groups yet"));
            const bool canCreate = writeReason().isEmpty();
            m_empty->setText(canCreate ? tr("Groups sort SIMs by site, customer or purpose; a SIM "
                                            "can be in several. Create the first one.")
                                       : tr("Groups that administrators create appear here."));
            m_empty->setActionText(canCreate ? tr("New group…") : tr("Refresh"));
            m_emptyAction = canCreate ? EmptyAction::Create : EmptyAction::Refresh;
            m_empty->actionButton()->show();
        }
        m_states->setCurrentWidget(m_empty);
    }
    updateActions();
}

void GroupsPage::updateActions() {
    const QString reason = writeReason();
    const bool selected = selectedGroupId() != 0;
    const QString selectFirst = tr("Select a group first.");
    const auto apply = [](QWidget* control, const QString& why, const QString& tip) {
        control->setEnabled(why.isEmpty());
        control->setToolTip(why.isEmpty() ? tip : why);
    };
    apply(m_create, reason, tr("Create a group"));
    const QString selectionReason = reason.isEmpty() && !selected ? selectFirst : reason;
    apply(m_rename, selectionReason, tr("Rename the selected group"));
    apply(m_delete, selectionReason,
          tr("Delete the selected group; its SIMs stay in the fleet and in their other groups"));
    QString membership = membershipReason();
    if (membership.isEmpty() && !selected)
        membership = selectFirst;
    apply(m_addSims, membership, tr("Add SIMs to the selected group; their other groups stay"));
    apply(m_removeSims, membership,
          tr("Remove SIMs from the selected group; their other groups stay"));
}

void GroupsPage::updateSims() {
    const qint64 id = selectedGroupId();
    if (id == 0) {
        m_sims->clearRows();
        m_simsTitle->setText(tr("Select a group to see its SIMs."));
        m_showInSims->setEnabled(false);
        updateActions();
        return;
    }
    const int row = m_model->rowOfGroup(id);
    const QString name = row >= 0 ? m_model->rowAt(row).group.name : QString();
    m_showInSims->setEnabled(true);
    if (m_model->isServerSide()) {
        m_sims->clearRows();
        m_simsTitle->setText(tr("SIMs in %1: this fleet is shown page by page from NovaConnect "
                                "(server-side mode); \"Show in SIM table\" lists them.")
                                 .arg(name));
    } else {
        m_sims->setSims(m_model->simsOf(id));
        m_simsTitle->setText(
            tr("%Ln SIM(s) in %1", "SIMs of a group", m_sims->rowCount()).arg(name));
    }
    updateActions();
}

} // namespace simfleet
