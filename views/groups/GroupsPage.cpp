#include "views/groups/GroupsPage.h"

#include "models/fleet/FleetFilter.h"
#include "models/fleet/FleetModel.h"
#include "models/fleet/FleetRepository.h"
#include "models/fleet/SimListMatcher.h"
#include "models/groups/GroupSimsModel.h"
#include "models/groups/GroupTableModel.h"
#include "models/groups/GroupsModel.h"
#include "models/jobs/BulkOperations.h"
#include "models/workspace/AccountWorkspace.h"
#include "resources/ResourceIcons.h"
#include "views/common/EmptyState.h"
#include "views/common/InlineBanner.h"
#include "views/common/ListTables.h"
#include "views/common/PlainLabels.h"
#include "views/groups/GroupMembershipDialog.h"
#include "views/groups/GroupNameDialog.h"
#include "views/sims/ImportSelectionDialog.h"
#include "views/sims/SimsPage.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace simfleet {

namespace {

constexpr int kServerFilterDelayMs = 400;

} // namespace

GroupsPage::GroupsPage(AccountWorkspace* workspace, QWidget* parent)
    : WorkspacePage(parent)
    , m_workspace(workspace)
    , m_model(workspace->groupTable())
    , m_sims(new GroupSimsModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_serverFilter(new QTimer(this))
    , m_create(new QPushButton(this))
    , m_rename(new QPushButton(this))
    , m_delete(new QPushButton(this))
    , m_addSims(new QToolButton(this))
    , m_removeSims(new QToolButton(this))
    , m_refresh(new QToolButton(this))
    , m_banner(new InlineBanner(this))
    , m_offline(new InlineBanner(this))
    , m_problem(new InlineBanner(this))
    , m_states(new QStackedWidget(this))
    , m_loading(new QLabel(m_states))
    , m_empty(new EmptyState(m_states))
    , m_splitter(new QSplitter(Qt::Vertical, m_states))
    , m_table(ListTables::make(m_splitter, QStringLiteral("groupsTable")))
    , m_simsTitle(new QLabel(this))
    , m_showInSims(new QPushButton(this))
    , m_simsTable(nullptr) {
    setObjectName(QStringLiteral("groupsPage"));
    // New jobs go to the workspace's journal, like the SIMs page's.
    BulkOperations* bulk = workspace->bulkOperations();
    m_starter = [bulk](const BulkPreview& preview, const SimOperationParams& params,
                       QString* error) { return bulk->start(preview, params, error); };
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(GroupTableModel::Name);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(GroupTableModel::RawValueRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);
    m_proxy->setDynamicSortFilter(true);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(GroupTableModel::Name, Qt::AscendingOrder);
    m_serverFilter->setSingleShot(true);
    m_serverFilter->setInterval(kServerFilterDelayMs);
    layOut();

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (m_model->isServerSide()) {
            m_proxy->setFilterFixedString(QString());
            m_serverFilter->start();
        } else {
            m_proxy->setFilterFixedString(text.trimmed());
        }
        updateState();
    });
    connect(m_serverFilter, &QTimer::timeout, this,
            [this] { m_model->setServerNameFilter(m_filter->text()); });
    connect(m_model, &GroupTableModel::loadingChanged, this, &GroupsPage::updateState);
    connect(m_model, &GroupTableModel::loadFinished, this, &GroupsPage::updateState);
    const auto proxyChanged = [this] {
        updateState();
        updateSims();
    };
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, proxyChanged);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, proxyChanged);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, proxyChanged);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &GroupsPage::updateSims);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &GroupsPage::updateSims);
    connect(m_simsTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &GroupsPage::updateActions);
    FleetRepository* fleet = m_workspace->fleet();
    connect(fleet, &FleetRepository::offlineChanged, this, &GroupsPage::updateState);
    connect(fleet, &FleetRepository::modeChanged, this, [this] {
        if (!m_model->isServerSide())
            m_proxy->setFilterFixedString(m_filter->text().trimmed());
        else
            m_model->setServerNameFilter(m_filter->text());
        updateState();
        updateSims();
    });
    connect(m_banner, &InlineBanner::actionTriggered, this, &GroupsPage::refresh);
    connect(m_empty, &EmptyState::actionTriggered, this, [this] {
        switch (m_emptyAction) {
        case EmptyAction::Create:
            openCreateDialog();
            break;
        case EmptyAction::ClearFilter:
            m_filter->clear();
            break;
        case EmptyAction::Refresh:
            refresh();
            break;
        }
    });
    connect(m_create, &QPushButton::clicked, this, &GroupsPage::openCreateDialog);
    connect(m_rename, &QPushButton::clicked, this, &GroupsPage::openRenameDialog);
    connect(m_delete, &QPushButton::clicked, this, &GroupsPage::deleteSelectedGroup);
    connect(m_refresh, &QToolButton::clicked, this, &GroupsPage::refresh);
    connect(m_showInSims, &QPushButton::clicked, this, &GroupsPage::showInSimTable);
    connect(m_table, &QTableView::doubleClicked, this, &GroupsPage::showInSimTable);
    m_addSims->setMenu(sourceMenu(true));
    m_removeSims->setMenu(sourceMenu(false));
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            &GroupsPage::stateChanged);
    connect(m_splitter, &QSplitter::splitterMoved, this, &GroupsPage::stateChanged);

    retranslateUi();
    PlainLabels::apply(this);
    updateState();
    updateSims();
}

GroupsPage::~GroupsPage() = default;

void GroupsPage::layOut() {
    m_filter->setObjectName(QStringLiteral("groupsFilter"));
    m_filter->setClearButtonEnabled(true);
    m_filter->addAction(ResourceIcons::icon(QStringLiteral("search")), QLineEdit::LeadingPosition);
    m_filter->setMaximumWidth(fontMetrics().averageCharWidth() * 40);
    m_create->setObjectName(QStringLiteral("createGroup"));
    m_rename->setObjectName(QStringLiteral("renameGroup"));
    m_delete->setObjectName(QStringLiteral("deleteGroup"));
    m_delete->setIcon(ResourceIcons::icon(QStringLiteral("status-blocked")));
    for (QPushButton* button : {m_create, m_rename, m_delete})
        button->setAutoDefault(false);
    for (QToolButton* button : {m_addSims, m_removeSims}) {
        button->setPopupMode(QToolButton::InstantPopup);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    }
    m_addSims->setObjectName(QStringLiteral("addSimsToGroup"));
    m_removeSims->setObjectName(QStringLiteral("removeSimsFromGroup"));
    m_refresh->setObjectName(QStringLiteral("refreshGroups"));
    m_refresh->setIcon(ResourceIcons::icon(QStringLiteral("refresh")));
    m_refresh->setAutoRaise(true);

    auto* toolbar = new QHBoxLayout;
    toolbar->setSpacing(6);
    toolbar->addWidget(m_filter, 1);
    toolbar->addSpacing(12);
    toolbar->addWidget(m_create);
    toolbar->addWidget(m_rename);
    toolbar->addWidget(m_delete);
    toolbar->addSpacing(12);
    toolbar->addWidget(m_addSims);
    toolbar->addWidget(m_removeSims);
    toolbar->addStretch(0);
    toolbar->addWidget(m_refresh);

    m_banner->setObjectName(QStringLiteral("groupsBanner"));
    m_banner->setClosable(false);
    m_banner->hide();
    m_offline->setObjectName(QStringLiteral("groupsOffline"));
    m_offline->setClosable(false);
    m_offline->hide();
    m_problem->setObjectName(QStringLiteral("groupsProblem"));
    m_problem->setClosable(true);
    m_problem->hide();

    m_loading->setObjectName(QStringLiteral("groupsLoading"));
    m_loading->setAlignment(Qt::AlignCenter);
    m_empty->setObjectName(QStringLiteral("groupsEmpty"));

    auto* simsPane = new QWidget(m_splitter);
    simsPane->setObjectName(QStringLiteral("groupSimsPane"));
    m_simsTitle->setParent(simsPane);
    m_simsTitle->setObjectName(QStringLiteral("groupSimsTitle"));
    m_simsTitle->setWordWrap(true);
    m_showInSims->setParent(simsPane);
    m_showInSims->setObjectName(QStringLiteral("showInSimTable"));
    m_showInSims->setIcon(ResourceIcons::icon(QStringLiteral("sims")));
    m_showInSims->setAutoDefault(false);
    m_simsTable = ListTables::make(simsPane, QStringLiteral("groupSimsTable"));
    m_simsTable->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_simsTable->setModel(m_sims);
    // A name takes the room; the SIM count is a short number beside it.
    QHeaderView* header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(GroupTableModel::Name, QHeaderView::Stretch);
    auto* titleRow = new QHBoxLayout;
    titleRow->addWidget(m_simsTitle, 1);
    titleRow->addWidget(m_showInSims);
    auto* simsLayout = new QVBoxLayout(simsPane);
    simsLayout->setContentsMargins(0, 6, 0, 0);
    simsLayout->addLayout(titleRow);
    simsLayout->addWidget(m_simsTable, 1);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(simsPane);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);

    m_states->addWidget(m_loading);
    m_states->addWidget(m_empty);
    m_states->addWidget(m_splitter);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);
    layout->addLayout(toolbar);
    layout->addWidget(m_offline);
    layout->addWidget(m_banner);
    layout->addWidget(m_problem);
    layout->addWidget(m_states, 1);
}

QMenu* GroupsPage::sourceMenu(bool add) {
    auto* menu = new QMenu(this);
    menu->setObjectName(add ? QStringLiteral("addSimsMenu") : QStringLiteral("removeSimsMenu"));
    connect(menu, &QMenu::aboutToShow, this, [this, menu, add] {
        menu->clear();
        const auto addItem = [this, menu](const QString& text, bool enabled,
                                          const std::function<void()>& run) {
            auto* action = new QAction(text, menu);
            action->setEnabled(enabled);
            connect(action, &QAction::triggered, this, run);
            menu->addAction(action);
        };
        const int selected = m_simsPageSelection ? int(m_simsPageSelection().size()) : 0;
        addItem(tr("The %Ln SIM(s) selected on the SIMs page", "", selected), selected > 0,
                [this, add] { changeSimsPageSelection(add); });
        addItem(tr("From a list of ICCIDs, numbers or ids…"), true,
                [this, add] { askForList(add); });
        if (!add) {
            const int members = int(m_simsTable->selectionModel()->selectedRows().size());
            addItem(tr("The %Ln SIM(s) selected in the list below", "", members), members > 0,
                    [this] { removeSelectedMembers(); });
        }
    });
    return menu;
}

QString GroupsPage::navigationTitle() const {
    return tr("Groups", "navigation");
}

QIcon GroupsPage::navigationIcon() const {
    return ResourceIcons::icon(QStringLiteral("groups"));
}

void GroupsPage::sessionStarted() {
    m_sessionOpen = true;
    GroupsModel* groups = m_workspace->groups();
    if (!groups->isLoaded() && !groups->isLoading())
        groups->reload();
    updateState();
}

void GroupsPage::sessionEnded() {
    m_sessionOpen = false;
    m_filter->clear();
    m_problem->hide();
    m_sims->clearRows();
    updateState();
    updateSims();
}

void GroupsPage::refresh() {
    m_problem->hide();
    m_model->reload();
    updateState();
}

void GroupsPage::workspaceDataChanged() {
    // A Set groups job may have created groups by name.
    m_workspace->groups()->reload();
}

void GroupsPage::setWriteAccess(const WriteAccess& access) {
    WorkspacePage::setWriteAccess(access);
    updateState();
}

void GroupsPage::setOperationStarter(BulkOperationDialog::Starter starter) {
    m_starter = std::move(starter);
    updateActions();
}

void GroupsPage::setSimsPageSelection(SimsSource source) {
    m_simsPageSelection = std::move(source);
}

QVariantMap GroupsPage::saveState() const {
    return {{QStringLiteral("header"), m_table->horizontalHeader()->saveState()},
            {QStringLiteral("splitter"), m_splitter->saveState()}};
}

void GroupsPage::restoreState(const QVariantMap& state) {
    QHeaderView* header = m_table->horizontalHeader();
    const QByteArray saved = state.value(QStringLiteral("header")).toByteArray();
    if (saved.isEmpty() || !header->restoreState(saved))
        m_table->sortByColumn(GroupTableModel::Name, Qt::AscendingOrder);
    else
        m_proxy->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
    const QByteArray splitter = state.value(QStringLiteral("splitter")).toByteArray();
    if (!splitter.isEmpty())
        m_splitter->restoreState(splitter);
}

QList<QWidget*> GroupsPage::focusPanes() const {
    return {m_filter, m_table, m_simsTable};
}

qint64 GroupsPage::selectedGroupId() const {
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid())
        return 0;
    return current.data(GroupTableModel::GroupIdRole).toLongLong();
}

bool GroupsPage::selectGroup(qint64 groupId) {
    return ListTables::selectSourceRow(m_table, m_model->rowOfGroup(groupId));
}

void GroupsPage::setNameFilter(const QString& text) {
    m_filter->setText(text);
    if (m_model->isServerSide()) {
        m_serverFilter->stop();
        m_model->setServerNameFilter(text);
    }
}

int GroupsPage::shownState() const {
    return m_states->currentIndex();
}

QString GroupsPage::writeReason() const {
    if (!writeAccess().allowed)
        return writeAccess().reason.isEmpty() ? tr("Sign in as an administrator to change groups.")
                                              : writeAccess().reason;
    if (m_workspace->fleet()->isOffline())
        return tr("Offline — changing groups needs a connection to NovaConnect.");
    if (!m_workspace->groups()->isLoaded())
        return tr("The groups have not been read yet.");
    return {};
}

QString GroupsPage::membershipReason() const {
    const QString reason = writeReason();
    if (!reason.isEmpty())
        return reason;
    // Adding and removing SIMs is a bulk job: it needs the job journal too.
    if (!writeAccess().jobsAllowed())
        return writeAccess().jobsDeniedReason();
    if (!m_starter)
        return tr("Operations are not available in this window.");
    return {};
}

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

void GroupsPage::showInSimTable() {
    const qint64 id = selectedGroupId();
    if (id == 0)
        return;
    FleetFilter filter;
    filter.groupId = id;
    emit pageRequested(SimsPage::staticPageId(), SimsPage::filterRequest(filter));
}

void GroupsPage::showProblem(const QString& title, const QString& text) {
    m_problem->showMessage(InlineBanner::Kind::Error, title, text);
    m_problem->show();
}

GroupNameDialog* GroupsPage::openCreateDialog() {
    if (!writeReason().isEmpty())
        return nullptr;
    auto* dialog = new GroupNameDialog(m_workspace->groups(), 0, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        // The new group is the one the user wants to fill.
        const QString name = dialog->nameField()->text().trimmed();
        const QVector<GroupRow>& rows = m_model->rows();
        for (const GroupRow& row : rows) {
            if (row.group.name.trimmed() == name)
                selectGroup(row.group.id);
        }
    });
    dialog->open();
    return dialog;
}

GroupNameDialog* GroupsPage::openRenameDialog() {
    const qint64 id = selectedGroupId();
    if (!writeReason().isEmpty() || id == 0)
        return nullptr;
    auto* dialog = new GroupNameDialog(m_workspace->groups(), id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        // The SIMs' rows show group names: read them again.
        if (m_sessionOpen)
            m_workspace->fleet()->refresh();
    });
    dialog->open();
    return dialog;
}

QString GroupsPage::deleteQuestion(const QString& name, int sims) {
    if (sims < 0)
        return tr("Delete the group \"%1\"? The SIMs in it stay in the fleet and in their other "
                  "groups; only this group is taken off them.")
            .arg(name);
    if (sims == 0)
        return tr("Delete the group \"%1\"? No SIM of the loaded fleet is in it.").arg(name);
    return tr("Delete the group \"%1\"? %Ln SIM(s) are in it. The SIMs themselves stay in the "
              "fleet and in their other groups; only this group is taken off them.",
              "", sims)
        .arg(name);
}

bool GroupsPage::deleteSelectedGroup() {
    const qint64 id = selectedGroupId();
    if (!writeReason().isEmpty() || id == 0)
        return false;
    const int row = m_model->rowOfGroup(id);
    if (row < 0)
        return false;
    const QString name = m_model->rowAt(row).group.name;
    QMessageBox box(QMessageBox::Warning, tr("Delete group"),
                    deleteQuestion(name, m_model->simCount(id)), QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("confirmDeleteGroup"));
    QPushButton* remove = box.addButton(tr("Delete group"), QMessageBox::DestructiveRole);
    QPushButton* keep = box.addButton(tr("Keep"), QMessageBox::RejectRole);
    box.setDefaultButton(keep);
    box.exec();
    if (box.clickedButton() != remove)
        return false;
    m_problem->hide();
    const QString refusal =
        m_workspace->groups()->remove(id, this, [this, name](const ApiError& error) {
            if (error.isError()) {
                showProblem(tr("The group \"%1\" was not deleted").arg(name), error.userMessage());
                return;
            }
            if (m_sessionOpen)
                m_workspace->fleet()->refresh();
        });
    if (!refusal.isEmpty()) {
        showProblem(tr("The group \"%1\" was not deleted").arg(name), refusal);
        return false;
    }
    return true;
}

GroupMembershipDialog* GroupsPage::openMembershipDialog(bool add, const QVector<Sim>& sims,
                                                        const QStringList& notFound) {
    const qint64 id = selectedGroupId();
    if (!membershipReason().isEmpty() || id == 0)
        return nullptr;
    auto* dialog = new GroupMembershipDialog(
        add ? GroupMembership::Change::Add : GroupMembership::Change::Remove, sims,
        m_workspace->groups(), id, m_workspace->bulkOperations()->options().chunkSize, notFound,
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setStarter(m_starter);
    dialog->open();
    return dialog;
}

GroupMembershipDialog* GroupsPage::changeSimsPageSelection(bool add) {
    if (!m_simsPageSelection)
        return nullptr;
    return openMembershipDialog(add, m_simsPageSelection());
}

GroupMembershipDialog* GroupsPage::changeListedSims(bool add, const QStringList& entries) {
    const QVector<Sim>& fleet = m_workspace->fleetModel()->sims();
    const SimListMatcher::MatchResult match = SimListMatcher::match(fleet, entries);
    QVector<Sim> sims;
    sims.reserve(match.rows.size());
    for (int row : match.rows)
        sims.append(fleet.at(row));
    return openMembershipDialog(add, sims, match.notFound);
}

GroupMembershipDialog* GroupsPage::removeSelectedMembers() {
    QVector<Sim> sims;
    const QModelIndexList rows = m_simsTable->selectionModel()->selectedRows();
    for (const QModelIndex& index : rows)
        sims.append(m_sims->rowAt(index.row()));
    return openMembershipDialog(false, sims);
}

void GroupsPage::askForList(bool add) {
    if (!membershipReason().isEmpty() || selectedGroupId() == 0)
        return;
    auto* dialog = new ImportSelectionDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->clearFilterButton()->hide();
    connect(dialog, &ImportSelectionDialog::selectRequested, this,
            [this, dialog, add](const QStringList& entries) {
                dialog->close();
                changeListedSims(add, entries);
            });
    dialog->open();
}

void GroupsPage::retranslateUi() {
    m_filter->setPlaceholderText(tr("Filter groups by name"));
    m_create->setText(tr("&New group…"));
    m_rename->setText(tr("Rena&me…", "a group"));
    m_delete->setText(tr("&Delete…", "a group"));
    m_addSims->setText(tr("Add &SIMs…", "to a group"));
    m_removeSims->setText(tr("Remove S&IMs…", "from a group"));
    m_refresh->setToolTip(tr("Read the groups again (F5)"));
    m_showInSims->setText(tr("Show in SIM table"));
    m_showInSims->setToolTip(tr("Open the SIMs page filtered by this group"));
    ListTables::fitColumn(m_table, GroupTableModel::Created, 110, QStringLiteral("12/31/2026"));
    ListTables::fitColumn(m_table, GroupTableModel::Sims, 90, QStringLiteral("100 000"));
    ListTables::fitColumn(m_simsTable, GroupSimsModel::Iccid, 180,
                          QStringLiteral("89970000000000000000"));
    ListTables::fitColumn(m_simsTable, GroupSimsModel::Name, 280);
    updateState();
    updateSims();
    emit navigationTitleChanged();
}

} // namespace simfleet
