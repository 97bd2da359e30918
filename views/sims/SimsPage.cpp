#include "views/sims/SimsPage.h"

#include "api/ApiClient.h"
#include "models/fleet/FleetCounts.h"
#include "models/fleet/FleetFilterModel.h"
#include "models/fleet/FleetLoader.h"
#include "models/fleet/FleetModel.h"
#include "models/fleet/FleetRepository.h"
#include "models/fleet/LocalSimTableSource.h"
#include "models/workspace/AccountWorkspace.h"
#include "resources/ResourceIcons.h"
#include "views/common/ColumnChooser.h"
#include "views/common/InlineBanner.h"
#include "views/common/PlainLabels.h"
#include "views/sims/BulkActionBar.h"
#include "views/sims/DashboardCounts.h"
#include "views/sims/DetailsSplitter.h"
#include "views/sims/FilterBar.h"
#include "views/sims/FleetLoadStatus.h"
#include "views/sims/SavedFiltersBar.h"
#include "views/sims/SimDetailsPane.h"
#include "views/sims/SimTableArea.h"
#include "views/sims/SimTableView.h"
#include "views/sims/SimsToolbar.h"
#include "views/sims/SourceFilterLimits.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QShortcut>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace simfleet {

namespace {

SimsExportController::Controls exportControls(const SimsToolbar* toolbar, InlineBanner* banner) {
    SimsExportController::Controls controls = toolbar->exportControls();
    controls.banner = banner;
    return controls;
}

} // namespace

SimsPage::SimsPage(AccountWorkspace* workspace, QWidget* parent)
    : WorkspacePage(parent)
    , m_workspace(workspace)
    , m_model(workspace->fleetModel())
    , m_repository(workspace->fleet())
    , m_loader(m_repository->loader())
    , m_local(new LocalSimTableSource(m_model, this))
    , m_source(m_local)
    , m_shownModel(m_local->filterModel())
    , m_countsTracker(new FleetCountsTracker(m_model, this))
    , m_banner(new InlineBanner(this))
    , m_exportBanner(new InlineBanner(this))
    , m_dashboard(new DashboardCounts(this))
    , m_filterBar(new FilterBar(this))
    , m_savedFilters(new SavedFiltersBar(this))
    , m_toolbar(new SimsToolbar(this))
    , m_area(new SimTableArea(m_shownModel, this))
    , m_table(m_area->table())
    , m_details(new SimDetailsPane(this))
    , m_splitter(new DetailsSplitter(m_area, m_details, this))
    , m_userStateTimer(new QTimer(this))
    , m_selection(new SimSelection(m_table, m_filterBar, this))
    , m_exports(new SimsExportController(exportControls(m_toolbar, m_exportBanner), m_selection,
                                         m_table, m_filterBar, m_countsTracker, this))
    , m_actions(new SimActions(workspace, m_selection, m_table, m_details, this))
    , m_loadStatus(new FleetLoadStatus(m_repository, m_toolbar, m_banner, this))
    , m_client(workspace->client()) {
    setObjectName(QStringLiteral("simsPage"));
    m_filterBar->setGroupsModel(workspace->groups());
    applyProvider();
    setUpUserState();
    layOut();
    connectParts();
    retranslateUi();
    PlainLabels::apply(this);
}

SimsPage::~SimsPage() {
    // Children still emit while QWidget deletes them; none may reach this
    // page's slots after its destructor ran.
    for (QObject* sender : std::initializer_list<QObject*>{
             m_table->selectionModel(), m_table, m_details, m_model, m_local->filterModel(),
             m_repository, m_serverModel.data(), m_selection, m_exports, m_actions, m_loadStatus}) {
        if (sender)
            disconnect(sender, nullptr, this, nullptr);
    }
}

void SimsPage::applyProvider() {
    const ProviderKind provider = m_workspace->provider();
    const bool nova = provider == ProviderKind::NovaConnect;
    const bool groups = m_workspace->has(Capability::Groups);
    const bool limits = m_workspace->has(Capability::DataLimit);
    m_details->setProvider(provider);
    m_details->setTariffCatalog(m_workspace->tariffs());
    m_dashboard->setProfilesShown(nova);
    m_toolbar->setProvider(provider);
    m_area->setProvider(provider);

    FilterBar::Criteria hidden;
    if (!nova)
        hidden |= FilterBar::Criterion::Profile;
    if (!groups)
        hidden |= FilterBar::Criterion::Group;
    if (!limits)
        hidden |= FilterBar::Criterion::LimitType;
    // NovaConnect's MSU, package and operator blocks; the second operator's
    // SIMs are blocked by the user or financially.
    const QList<BlockCode> codes =
        nova ? QList<BlockCode>{}
             : QList<BlockCode>{BlockCode::Msu, BlockCode::Package, BlockCode::Operator};
    m_filterBar->setHidden(hidden, codes);

    QList<int> withheld;
    if (!nova)
        withheld << FleetModel::ExternalNumber << FleetModel::Profile << FleetModel::Msu
                 << FleetModel::PackageAutoRenew << FleetModel::TariffChangeLock
                 << FleetModel::Comment;
    if (!m_workspace->has(Capability::Rename))
        withheld << FleetModel::Name;
    if (!limits)
        withheld << FleetModel::Limit;
    if (!groups)
        withheld << FleetModel::Groups;
    m_area->columnChooser()->setWithheldColumns(withheld);
}

void SimsPage::layOut() {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);
    // One banner per kind (loading, export, rename), in a bounded area: a
    // new message replaces the old of its kind and the table keeps its height.
    auto* banners = new BannerArea(this);
    banners->addBanner(m_banner);
    banners->addBanner(m_exportBanner);
    banners->addBanner(m_actions->banner());
    layout->addWidget(banners);
    layout->addWidget(m_dashboard);
    layout->addWidget(m_filterBar);
    auto* savedRow = new QHBoxLayout;
    savedRow->setSpacing(8);
    savedRow->addWidget(m_savedFilters, 1);
    savedRow->addWidget(m_filterBar->summary());
    layout->addLayout(savedRow);
    layout->addWidget(m_toolbar);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_actions->bulkBar());
}

void SimsPage::connectParts() {
    connect(m_loadStatus, &FleetLoadStatus::retryRequested, this, &SimsPage::refresh);
    connect(m_loadStatus, &FleetLoadStatus::loadProgress, this,
            [this](qint64 received, qint64 total) {
                updateState();
                emit backgroundProgress(tr("Loading SIMs"), received, total);
            });
    connect(m_loadStatus, &FleetLoadStatus::loadFinished, this, [this] {
        emit backgroundFinished();
        updateCount();
    });
    connect(m_toolbar, &SimsToolbar::refreshRequested, this, &SimsPage::refresh);
    connect(m_area, &SimTableArea::refreshRequested, this, &SimsPage::refresh);
    connect(m_area, &SimTableArea::clearFilterRequested, m_filterBar, &FilterBar::clear);
    connect(m_toolbar, &SimsToolbar::selectAllRequested, this, &SimsPage::selectAllFiltered);
    connect(m_toolbar, &SimsToolbar::selectFromListRequested, this, &SimsPage::showImportDialog);
    connect(m_toolbar, &SimsToolbar::detailsToggled, m_splitter, &DetailsSplitter::setDetailsShown);
    connect(m_splitter, &DetailsSplitter::detailsShownChanged, m_toolbar->detailsToggle(),
            &QToolButton::setChecked);
    connect(m_exports, &SimsExportController::finished, this, &SimsPage::exportFinished);
    connect(m_exports, &SimsExportController::csvSeparatorChanged, this, &SimsPage::stateChanged);
    connect(m_actions, &SimActions::simRenamed, this, &SimsPage::simRenamed);

    // Ctrl+F anywhere in the window, while this page is shown, puts the cursor
    // in the search field (as FilterField does on the other list pages).
    auto* find = new QShortcut(QKeySequence::Find, this);
    find->setObjectName(QStringLiteral("findShortcut"));
    find->setContext(Qt::WindowShortcut);
    connect(find, &QShortcut::activated, m_filterBar, &FilterBar::focusSearch);
    // Ctrl+A in the table selects every shown row; Ctrl+Shift+A does it from
    // anywhere on the page (in the search field Ctrl+A selects its text).
    auto* selectAll = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), this);
    selectAll->setObjectName(QStringLiteral("selectAllShortcut"));
    selectAll->setContext(Qt::WidgetWithChildrenShortcut);
    connect(selectAll, &QShortcut::activated, this, &SimsPage::selectAllFiltered);

    connect(m_filterBar, &FilterBar::filterChanged, this, &SimsPage::onFilterChanged);
    connect(m_filterBar, &FilterBar::resultsRequested, m_table, &SimTableView::enterFromSearch);
    connect(m_dashboard, &DashboardCounts::filterRequested, this, &SimsPage::setFilter);
    connect(m_filterBar, &FilterBar::onlySelectedToggled, this, &SimsPage::showOnlySelected);
    connect(m_savedFilters, &SavedFiltersBar::applyRequested, this, &SimsPage::setFilter);
    connect(m_savedFilters, &SavedFiltersBar::filtersChanged, this, &SimsPage::stateChanged);
    connect(m_countsTracker, &FleetCountsTracker::changed, this, &SimsPage::onCountsChanged);
    attachSource();

    connect(m_repository, &FleetRepository::modeChanged, this,
            [this] { setServerModel(m_repository->serverModel()); });
    connect(m_model, &FleetModel::rowsInserted, this, &SimsPage::updateCount);
    connect(m_model, &FleetModel::rowsRemoved, this, &SimsPage::updateCount);
    connect(m_model, &FleetModel::rowsRemoved, this, &SimsPage::updateDetails);
}

QString SimsPage::navigationTitle() const {
    return tr("SIMs", "navigation");
}

QIcon SimsPage::navigationIcon() const {
    return ResourceIcons::icon(QStringLiteral("sims"));
}

FleetFilterModel* SimsPage::filterModel() const {
    return m_local->filterModel();
}

ColumnChooser* SimsPage::columnChooser() const {
    return m_area->columnChooser();
}

QToolButton* SimsPage::detailsToggle() const {
    return m_toolbar->detailsToggle();
}

bool SimsPage::isLoading() const {
    return m_repository->isLoading();
}

void SimsPage::sessionStarted() {
    m_repository->open(m_workspace->accountKey());
}

void SimsPage::sessionEnded() {
    m_repository->close();
    m_exports->cancel();
    if (m_importDialog)
        m_importDialog->close();
    m_filterBar->clear();
    m_model->clear();
    m_details->setSim(nullptr);
    m_loadStatus->reset();
    updateState();
}

void SimsPage::refresh() {
    m_repository->refresh();
}

void SimsPage::workspaceDataChanged() {
    m_repository->refresh();
}

QList<QWidget*> SimsPage::focusPanes() const {
    return {m_filterBar, m_area, m_details, m_actions->bulkBar()};
}

void SimsPage::cancelBackgroundWork() {
    m_loader->cancel();
}

void SimsPage::updateCount() {
    const SimTableSource::RowCounts counts = m_source->rowCounts();
    m_filterBar->setCounts(counts.matched, counts.total);
    updateState();
}

void SimsPage::updateState() {
    const bool empty = m_source->isFleetEmpty() && m_loadStatus->hasLoadedOnce() && !isLoading() &&
                       !m_loadStatus->hasError();
    m_area->showState(empty                   ? SimTableArea::State::Empty
                      : m_source->isNoMatch() ? SimTableArea::State::NoMatch
                                              : SimTableArea::State::Table);
    m_filterBar->setVisible(!empty);
    m_filterBar->summary()->setVisible(!empty);
    m_savedFilters->setVisible(!empty);
    // The counts are the whole fleet's; a source of server pages has none.
    m_dashboard->setVisible(!empty && m_source->holdsWholeFleet());
    m_details->setVisible(!empty);
}

void SimsPage::updateDetails() {
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const std::optional<Sim> sim =
        current.isValid() ? m_source->simAtRow(current.row()) : std::nullopt;
    m_details->setSim(sim ? &*sim : nullptr);
}

void SimsPage::setFilter(const FleetFilter& filter) {
    m_filterBar->setFilter(filter);
}

void SimsPage::showOnlySelected(bool on) {
    FleetFilter filter = m_filterBar->filter();
    if (on) {
        const QVector<qint64> ids = selectedSimIds();
        filter.onlyIds = QSet<qint64>(ids.cbegin(), ids.cend());
    } else {
        filter.onlyIds.reset(); // every SIM again; the selected rows stay selected
    }
    m_filterBar->setFilter(filter);
}

void SimsPage::onFilterChanged(const FleetFilter& filter) {
    m_dashboard->setCurrentFilter(filter);
    m_source->setFilter(filter);
    m_savedFilters->setCurrentFilter(filter);
    m_selection->setAppliedFilter(filter);
    updateCount();
    updateDetails();
}

void SimsPage::onCountsChanged() {
    const FleetCounts& counts = m_countsTracker->counts();
    m_dashboard->setCounts(counts);
    m_filterBar->setChoices(counts);
    // The current SIM may be among the rows that changed.
    updateDetails();
}

void SimsPage::selectAllFiltered() {
    m_table->selectAll();
    m_table->setFocus(Qt::ShortcutFocusReason);
}

void SimsPage::showImportDialog() {
    if (!m_importDialog) {
        m_importDialog = new ImportSelectionDialog(this);
        m_importDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_importDialog, &ImportSelectionDialog::selectRequested, this,
                [this](const QStringList& entries, bool clearFilter) {
                    m_importDialog->showOutcome(selectFromList(entries, clearFilter));
                });
    }
    m_importDialog->show();
    m_importDialog->raise();
    m_importDialog->activateWindow();
}

void SimsPage::setWriteAccess(const WriteAccess& access) {
    WorkspacePage::setWriteAccess(access);
    m_actions->setWriteAccess(access);
}

void SimsPage::setDetailsPaneShown(bool shown) {
    m_splitter->setDetailsShown(shown);
}

bool SimsPage::isDetailsPaneShown() const {
    return m_splitter->isDetailsShown();
}

void SimsPage::retranslateUi() {
    m_table->setAccessibleName(tr("SIMs"));
    m_loadStatus->retranslate();
    // What Help → Keyboard shortcuts lists for them.
    if (auto* all = findChild<QShortcut*>(QStringLiteral("selectAllShortcut")))
        all->setWhatsThis(tr("SIMs page: select every SIM the filter shows"));
    m_exports->retranslate();
    m_actions->retranslate();
    m_model->retranslate();
    updateCount();
    emit navigationTitleChanged();
}

} // namespace simfleet
