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
#include "views/common/ButtonActions.h"
#include "views/common/EmptyState.h"
#include "views/common/FilterField.h"
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
#include <QShortcut>
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
    // In the list, Del deletes (after asking) and F2 renames the selected
    // group, when the buttons may.
    m_deleteKey =
        new QShortcut(QKeySequence::Delete, m_table, nullptr, nullptr, Qt::WidgetShortcut);
    m_deleteKey->setObjectName(QStringLiteral("deleteGroupShortcut"));
    connect(m_deleteKey, &QShortcut::activated, m_delete, &QPushButton::click);
    m_renameKey =
        new QShortcut(QKeySequence(Qt::Key_F2), m_table, nullptr, nullptr, Qt::WidgetShortcut);
    m_renameKey->setObjectName(QStringLiteral("renameGroupShortcut"));
    connect(m_renameKey, &QShortcut::activated, m_rename, &QPushButton::click);
    connect(m_refresh, &QToolButton::clicked, this, &GroupsPage::refresh);
    connect(m_showInSims, &QPushButton::clicked, this, &GroupsPage::showInSimTable);
    connect(m_table, &QTableView::doubleClicked, this, &GroupsPage::showInSimTable);
    m_addSims->setMenu(sourceMenu(true));
    m_removeSims->setMenu(sourceMenu(false));
    m_menuActions = new ButtonActions(this);
    m_menuActions->add(m_create);
    m_menuActions->add(m_rename);
    m_menuActions->add(m_delete);
    m_menuActions->add(nullptr);
    m_menuActions->add(m_addSims, sourceMenu(true));
    m_menuActions->add(m_removeSims, sourceMenu(false));
    m_menuActions->add(nullptr);
    m_menuActions->add(m_showInSims);
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
    FilterField::setUp(m_filter, this, QStringLiteral("groupsFilter"));
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

void GroupsPage::showInSimTable() {
    const qint64 id = selectedGroupId();
    if (id == 0)
        return;
    FleetFilter filter;
    filter.groupId = id;
    emit pageRequested(SimsPage::staticPageId(), SimsPage::filterRequest(filter));
}

QList<QAction*> GroupsPage::pageActions() const {
    return m_menuActions->refreshed();
}

void GroupsPage::retranslateUi() {
    FilterField::setPlaceholder(m_filter, tr("Filter groups by name"));
    m_create->setText(tr("&New group…"));
    m_rename->setText(tr("Rena&me…", "a group"));
    m_delete->setText(tr("&Delete…", "a group"));
    // What Help → Keyboard shortcuts lists for them.
    m_deleteKey->setWhatsThis(tr("Groups page, in the list: delete the selected group"));
    m_renameKey->setWhatsThis(tr("Groups page, in the list: rename the selected group"));
    m_addSims->setText(tr("Add &SIMs…", "to a group"));
    m_removeSims->setText(tr("Remove S&IMs…", "from a group"));
    m_refresh->setToolTip(tr("Read the groups again (F5)"));
    m_refresh->setAccessibleName(tr("Refresh"));
    m_table->setAccessibleName(tr("Groups"));
    m_simsTable->setAccessibleName(tr("SIMs in the group"));
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
