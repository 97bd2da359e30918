#include "views/sims/SimsPage.h"

#include "api/ApiClient.h"
#include "models/export/FleetExporter.h"
#include "models/fleet/FleetCounts.h"
#include "models/fleet/FleetFilterModel.h"
#include "models/fleet/FleetLoader.h"
#include "models/fleet/FleetModel.h"
#include "models/fleet/FleetRepository.h"
#include "models/fleet/ServerFleetModel.h"
#include "models/fleet/SimListMatcher.h"
#include "models/fleet/SimText.h"
#include "models/jobs/BulkPreview.h"
#include "models/workspace/AccountWorkspace.h"
#include "resources/ResourceIcons.h"
#include "views/common/ColumnChooser.h"
#include "views/common/InlineBanner.h"
#include "views/common/PlainLabels.h"
#include "views/sims/BulkActionBar.h"
#include "views/sims/DashboardCounts.h"
#include "views/sims/FilterBar.h"
#include "views/sims/LimitBarDelegate.h"
#include "views/sims/SavedFiltersBar.h"
#include "views/sims/SimDetailsPane.h"
#include "views/sims/SimTableView.h"

#include <QAction>
#include <QDesktopServices>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelection>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>
#include <numeric>

namespace simfleet {

SimsPage::SimsPage(AccountWorkspace* workspace, QWidget* parent)
    : WorkspacePage(parent)
    , m_workspace(workspace)
    , m_model(workspace->fleetModel())
    , m_repository(workspace->fleet())
    , m_loader(m_repository->loader())
    , m_dataState(new QLabel(this))
    , m_filterModel(new FleetFilterModel(this))
    , m_countsTracker(new FleetCountsTracker(m_model, this))
    , m_exporter(new FleetExporter(this))
    , m_banner(new InlineBanner(this))
    , m_exportBanner(new InlineBanner(this))
    , m_dashboard(new DashboardCounts(this))
    , m_filterBar(new FilterBar(this))
    , m_savedFilters(new SavedFiltersBar(this))
    , m_refresh(new QToolButton(this))
    , m_selectAll(new QToolButton(this))
    , m_selectFromList(new QToolButton(this))
    , m_export(new QToolButton(this))
    , m_progressLabel(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_exportLabel(new QLabel(this))
    , m_exportProgress(new QProgressBar(this))
    , m_exportCancel(new QPushButton(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_detailsToggle(new QToolButton(this))
    , m_states(new QStackedWidget(m_splitter))
    , m_table(new SimTableView(m_states))
    , m_columnChooser(new ColumnChooser(m_table))
    , m_details(new SimDetailsPane(m_splitter))
    , m_empty(new QWidget(m_states))
    , m_emptyTitle(new QLabel(m_empty))
    , m_emptyText(new QLabel(m_empty))
    , m_emptyRefresh(new QToolButton(m_empty))
    , m_noMatch(new QWidget(m_states))
    , m_noMatchTitle(new QLabel(m_noMatch))
    , m_noMatchClear(new QPushButton(m_noMatch))
    , m_userStateTimer(new QTimer(this))
    , m_client(workspace->client())
    , m_operationBanner(new InlineBanner(this)) {
    setObjectName(QStringLiteral("simsPage"));
    m_filterModel->setFleet(m_model);
    m_filterBar->setGroupsModel(workspace->groups());
    m_table->setModel(m_filterModel);
    m_table->setItemDelegateForColumn(FleetModel::Limit, new LimitBarDelegate(m_table));
    m_table->applyDefaultColumnWidths();
    QHeaderView* header = m_table->horizontalHeader();
    header->setSortIndicatorShown(true);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &SimsPage::scheduleUserStateChanged);
    connect(header, &QHeaderView::sectionMoved, this, &SimsPage::scheduleUserStateChanged);
    connect(header, &QHeaderView::sectionResized, this, &SimsPage::scheduleUserStateChanged);
    connect(m_columnChooser, &ColumnChooser::columnsChanged, this,
            &SimsPage::scheduleUserStateChanged);
    // Header drags report every pixel: store once the user is done.
    m_userStateTimer->setSingleShot(true);
    m_userStateTimer->setInterval(500);
    connect(m_userStateTimer, &QTimer::timeout, this, &SimsPage::stateChanged);

    m_exportBanner->setObjectName(QStringLiteral("exportBanner"));
    m_exportBanner->hide();
    connect(m_exportBanner, &InlineBanner::actionTriggered, this, [this] {
        if (!m_exportPath.isEmpty())
            QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_exportPath).absolutePath()));
    });

    m_banner->setClosable(false);
    connect(m_banner, &InlineBanner::actionTriggered, this, &SimsPage::refresh);

    for (QToolButton* button : {m_refresh, m_emptyRefresh}) {
        button->setIcon(ResourceIcons::icon(QStringLiteral("refresh")));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        connect(button, &QToolButton::clicked, this, &SimsPage::refresh);
    }
    m_refresh->setAutoRaise(true);
    m_progress->setFixedWidth(200);
    m_progress->setTextVisible(false);
    m_progressLabel->hide();
    m_progress->hide();

    m_selectAll->setObjectName(QStringLiteral("selectAllFiltered"));
    m_selectFromList->setObjectName(QStringLiteral("selectFromList"));
    m_export->setObjectName(QStringLiteral("exportSims"));
    for (QToolButton* button : {m_selectAll, m_selectFromList, m_export}) {
        button->setAutoRaise(true);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    }
    connect(m_selectAll, &QToolButton::clicked, this, &SimsPage::selectAllFiltered);
    connect(m_selectFromList, &QToolButton::clicked, this, &SimsPage::showImportDialog);
    createExportMenu();
    m_exportProgress->setObjectName(QStringLiteral("exportProgress"));
    m_exportProgress->setFixedWidth(160);
    m_exportProgress->setTextVisible(false);
    m_exportCancel->setObjectName(QStringLiteral("exportCancel"));
    connect(m_exportCancel, &QPushButton::clicked, m_exporter, &FleetExporter::cancel);
    for (QWidget* widget :
         {static_cast<QWidget*>(m_exportLabel), static_cast<QWidget*>(m_exportProgress),
          static_cast<QWidget*>(m_exportCancel)})
        widget->hide();
    connect(m_exporter, &FleetExporter::progress, this, &SimsPage::onExportProgress);
    connect(m_exporter, &FleetExporter::finished, this, &SimsPage::onExportFinished);

    auto* toolbar = new QHBoxLayout;
    toolbar->setSpacing(8);
    toolbar->addWidget(m_refresh);
    toolbar->addWidget(m_selectAll);
    toolbar->addWidget(m_selectFromList);
    toolbar->addWidget(m_export);
    toolbar->addStretch(1);
    toolbar->addWidget(m_dataState);
    toolbar->addWidget(m_exportLabel);
    toolbar->addWidget(m_exportProgress);
    toolbar->addWidget(m_exportCancel);
    toolbar->addWidget(m_progressLabel);
    toolbar->addWidget(m_progress);
    m_detailsToggle->setObjectName(QStringLiteral("detailsToggle"));
    m_detailsToggle->setCheckable(true);
    m_detailsToggle->setChecked(true);
    m_detailsToggle->setAutoRaise(true);
    m_detailsToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_detailsToggle->setIcon(ResourceIcons::icon(QStringLiteral("info")));
    connect(m_detailsToggle, &QToolButton::clicked, this, &SimsPage::setDetailsPaneShown);
    toolbar->addWidget(m_detailsToggle);

    // Ctrl+F anywhere on the page puts the cursor in the search field.
    auto* find = new QShortcut(QKeySequence::Find, this);
    find->setObjectName(QStringLiteral("findShortcut"));
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, m_filterBar, &FilterBar::focusSearch);

    // Ctrl+A in the table selects every shown row; Ctrl+Shift+A does it from
    // anywhere on the page (in the search field Ctrl+A selects its text).
    auto* selectAllShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), this);
    selectAllShortcut->setObjectName(QStringLiteral("selectAllShortcut"));
    selectAllShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(selectAllShortcut, &QShortcut::activated, this, &SimsPage::selectAllFiltered);

    QFont titleFont = m_emptyTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_emptyTitle->setFont(titleFont);
    m_emptyTitle->setObjectName(QStringLiteral("emptyTitle"));
    m_emptyTitle->setAlignment(Qt::AlignCenter);
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setWordWrap(true);
    auto* emptyLayout = new QVBoxLayout(m_empty);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(m_emptyTitle);
    emptyLayout->addWidget(m_emptyText);
    emptyLayout->addSpacing(8);
    emptyLayout->addWidget(m_emptyRefresh, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(2);

    m_noMatchTitle->setObjectName(QStringLiteral("noMatchTitle"));
    m_noMatchTitle->setFont(titleFont);
    m_noMatchTitle->setAlignment(Qt::AlignCenter);
    m_noMatchTitle->setWordWrap(true);
    m_noMatchClear->setObjectName(QStringLiteral("noMatchClear"));
    connect(m_noMatchClear, &QPushButton::clicked, m_filterBar, &FilterBar::clear);
    auto* noMatchLayout = new QVBoxLayout(m_noMatch);
    noMatchLayout->addStretch(1);
    noMatchLayout->addWidget(m_noMatchTitle);
    noMatchLayout->addSpacing(8);
    noMatchLayout->addWidget(m_noMatchClear, 0, Qt::AlignHCenter);
    noMatchLayout->addStretch(2);

    m_states->addWidget(m_table);
    m_states->addWidget(m_empty);
    m_states->addWidget(m_noMatch);

    m_splitter->setObjectName(QStringLiteral("detailsSplitter"));
    m_splitter->addWidget(m_states);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 0);
    m_splitter->setCollapsible(0, false);
    // The details pane folds away on a narrow screen (the toggle brings it back).
    m_splitter->setCollapsible(1, true);
    m_splitter->setSizes({1000, 340});
    connect(m_splitter, &QSplitter::splitterMoved, this, &SimsPage::scheduleUserStateChanged);
    connect(m_splitter, &QSplitter::splitterMoved, this, &SimsPage::syncDetailsToggle);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);
    // One banner per kind (loading, export, rename), in a bounded area: a
    // new message replaces the old of its kind and the table keeps its height.
    auto* banners = new BannerArea(this);
    banners->addBanner(m_banner);
    banners->addBanner(m_exportBanner);
    banners->addBanner(m_operationBanner);
    layout->addWidget(banners);
    layout->addWidget(m_dashboard);
    layout->addWidget(m_filterBar);
    auto* savedRow = new QHBoxLayout;
    savedRow->setSpacing(8);
    savedRow->addWidget(m_savedFilters, 1);
    savedRow->addWidget(m_filterBar->summary());
    layout->addLayout(savedRow);
    layout->addLayout(toolbar);
    layout->addWidget(m_splitter, 1);
    createOperationActions();
    layout->addWidget(m_bulkBar);

    connect(m_filterBar, &FilterBar::filterChanged, this, &SimsPage::onFilterChanged);
    connect(m_filterBar, &FilterBar::resultsRequested, m_table, &SimTableView::enterFromSearch);
    connect(m_dashboard, &DashboardCounts::filterRequested, this, &SimsPage::setFilter);
    connect(m_filterBar, &FilterBar::onlySelectedToggled, this, &SimsPage::showOnlySelected);
    connect(m_savedFilters, &SavedFiltersBar::applyRequested, this, &SimsPage::setFilter);
    connect(m_savedFilters, &SavedFiltersBar::filtersChanged, this, &SimsPage::stateChanged);
    connect(m_filterModel, &FleetFilterModel::countsChanged, this, &SimsPage::updateCount);
    connect(m_countsTracker, &FleetCountsTracker::changed, this, &SimsPage::onCountsChanged);
    connectTableSelection();
    connect(m_filterModel, &QAbstractItemModel::layoutChanged, this, &SimsPage::updateDetails);

    connect(m_loader, &FleetLoader::started, this, &SimsPage::onLoadStarted);
    connect(m_loader, &FleetLoader::progress, this, &SimsPage::onLoadProgress);
    connect(m_loader, &FleetLoader::finished, this, &SimsPage::onLoadFinished);
    connect(m_repository, &FleetRepository::snapshotShown, this, &SimsPage::updateDataState);
    connect(m_repository, &FleetRepository::offlineChanged, this, &SimsPage::updateDataState);
    connect(m_repository, &FleetRepository::offlineChanged, this,
            &SimsPage::updateOperationActions);
    connect(m_repository, &FleetRepository::loadFinished, this, &SimsPage::updateDataState);
    connect(m_repository, &FleetRepository::modeChanged, this, [this] {
        setServerModel(m_repository->serverModel());
        updateDataState();
    });
    connect(m_model, &FleetModel::rowsInserted, this, &SimsPage::updateCount);
    connect(m_model, &FleetModel::rowsRemoved, this, &SimsPage::updateCount);
    connect(m_model, &FleetModel::rowsRemoved, this, &SimsPage::updateDetails);

    retranslateUi();
    PlainLabels::apply(this);
}

SimsPage::~SimsPage() {
    // Children still emit while QWidget deletes them; none may reach this
    // page's slots after its destructor ran.
    for (QObject* sender :
         std::initializer_list<QObject*>{m_table->selectionModel(), m_table, m_details, m_model,
                                         m_filterModel, m_repository, m_serverModel.data()}) {
        if (sender)
            disconnect(sender, nullptr, this, nullptr);
    }
}

QString SimsPage::navigationTitle() const {
    return tr("SIMs", "navigation");
}

QIcon SimsPage::navigationIcon() const {
    return ResourceIcons::icon(QStringLiteral("sims"));
}

bool SimsPage::isLoading() const {
    return m_repository->isLoading();
}

void SimsPage::sessionStarted() {
    m_repository->open(m_workspace->accountKey());
}

void SimsPage::sessionEnded() {
    m_repository->close();
    m_exporter->cancel();
    if (m_importDialog)
        m_importDialog->close();
    m_exportBanner->hide();
    m_filterBar->clear();
    m_model->clear();
    m_details->setSim(nullptr);
    m_lastError = {};
    m_loadedOnce = false;
    m_banner->hide();
    updateState();
}

void SimsPage::refresh() {
    m_repository->refresh();
}

void SimsPage::workspaceDataChanged() {
    m_repository->refresh();
}

QList<QWidget*> SimsPage::focusPanes() const {
    return {m_filterBar, m_states, m_details, m_bulkBar};
}

void SimsPage::cancelBackgroundWork() {
    m_loader->cancel();
}

void SimsPage::onLoadStarted() {
    m_lastError = {};
    m_banner->hide();
    onLoadProgress(0, -1);
}

void SimsPage::onLoadProgress(qint64 received, qint64 total) {
    const QLocale locale;
    if (total >= 0) {
        m_progress->setRange(0, 100);
        m_progress->setValue(total > 0 ? int(qBound(qint64(0), received * 100 / total, qint64(100)))
                                       : 0);
        m_progressLabel->setText(
            tr("Loading SIMs… %1 of %2").arg(locale.toString(received), locale.toString(total)));
    } else {
        m_progress->setRange(0, 0);
        m_progressLabel->setText(tr("Loading SIMs…"));
    }
    m_progressLabel->show();
    m_progress->show();
    updateState();
    emit backgroundProgress(tr("Loading SIMs"), received, total);
}

void SimsPage::onLoadFinished(const ApiError& error) {
    m_progressLabel->hide();
    m_progress->hide();
    emit backgroundFinished();
    if (error.isError() && error.kind != ApiError::Kind::Cancelled) {
        m_lastError = error;
        showError();
    } else {
        m_loadedOnce = m_loadedOnce || !error.isError();
    }
    updateCount();
    updateState();
}

void SimsPage::showError() {
    if (m_repository->isOffline()) {
        m_banner->showMessage(InlineBanner::Kind::Warning, tr("Offline"),
                              tr("SimFleet shows the saved fleet of %1; it cannot change SIMs "
                                 "until the connection is back. %2")
                                  .arg(QLocale().toString(m_repository->dataAsOf().toLocalTime(),
                                                          QLocale::ShortFormat),
                                       m_lastError.userMessage()),
                              tr("Retry"));
        return;
    }
    m_banner->showMessage(InlineBanner::Kind::Error, m_lastError.title(), m_lastError.userMessage(),
                          tr("Retry"));
}

void SimsPage::updateDataState() {
    const QString asOf =
        QLocale().toString(m_repository->dataAsOf().toLocalTime(), QLocale::ShortFormat);
    QString text;
    if (m_repository->mode() == FleetRepository::Mode::ServerSide)
        text = tr("Large fleet: NovaConnect filters, sorts and pages the list");
    else if (m_repository->isOffline())
        text = tr("Offline — snapshot of %1").arg(asOf);
    else if (m_repository->isShowingSnapshot())
        text = tr("As of %1", "time the shown data was loaded").arg(asOf);
    m_dataState->setText(text);
    m_dataState->setVisible(!text.isEmpty());
}

void SimsPage::updateCount() {
    if (m_serverModel) {
        // The server tells how many SIMs the query matches, not the fleet's size.
        const qint64 total = m_serverModel->totalCount();
        const int matched = total >= 0 ? int(total) : m_serverModel->rowCount();
        m_filterBar->setCounts(matched, matched);
    } else {
        m_filterBar->setCounts(m_filterModel->rowCount(), m_model->rowCount());
    }
    updateState();
}

void SimsPage::setServerModel(ServerFleetModel* server) {
    if (server == m_serverModel)
        return;
    if (m_serverModel)
        disconnect(m_serverModel, nullptr, this, nullptr);
    m_serverModel = server;
    // A new model resets the header's sections: keep the user's columns.
    QHeaderView* header = m_table->horizontalHeader();
    const QByteArray columns = header->saveState();
    QItemSelectionModel* oldSelection = m_table->selectionModel();
    m_table->setModel(server ? static_cast<QAbstractItemModel*>(server) : m_filterModel);
    delete oldSelection;
    header->restoreState(columns);
    connectTableSelection();

    const bool serverSide = server != nullptr;
    QList<BlockCode> codes;
    if (serverSide) {
        for (BlockCode block : SimText::knownBlockCodes()) {
            if (!ServerFleetModel::supportsCriterion(FleetFilter::Status::Code, block))
                codes.append(block);
        }
    }
    m_filterBar->setUnavailable(
        serverSide
            ? FilterBar::Criteria(FilterBar::Criterion::Group | FilterBar::Criterion::LimitType |
                                  FilterBar::Criterion::Tariff | FilterBar::Criterion::OnlySelected)
            : FilterBar::Criteria(),
        tr("This fleet is too large to keep on this computer: NovaConnect filters it, and "
           "NovaConnect cannot filter by this."),
        codes);
    const QString localOnly = tr("Not available while NovaConnect filters this very large fleet.");
    m_selectFromList->setEnabled(!serverSide);
    m_selectFromList->setToolTip(
        serverSide ? localOnly
                   : tr("Select SIMs by a pasted or imported list of ICCIDs, numbers or ids"));
    if (serverSide) {
        connect(server, &QAbstractItemModel::rowsInserted, this, &SimsPage::updateCount);
        connect(server, &QAbstractItemModel::modelReset, this, &SimsPage::updateCount);
        connect(server, &ServerFleetModel::totalChanged, this, &SimsPage::updateCount);
        server->setFilter(m_filterBar->filter());
        server->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
    } else {
        m_filterModel->setFilter(m_filterBar->filter());
        m_filterModel->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
    }
    updateCount();
    updateDetails();
    // The other model's Name cells must know whether they start a rename.
    updateOperationActions();
}

void SimsPage::connectTableSelection() {
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SimsPage::updateDetails);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SimsPage::onSelectionChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        m_filterBar->setSelectionAvailable(m_table->selectionModel()->hasSelection());
    });
    m_filterBar->setSelectionAvailable(m_table->selectionModel()->hasSelection());
    // Rows leaving the table leave the selection without selectionChanged.
    QAbstractItemModel* model = m_table->model();
    connect(model, &QAbstractItemModel::layoutChanged, this, &SimsPage::onTableRowsChanged,
            Qt::UniqueConnection);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &SimsPage::onTableRowsChanged,
            Qt::UniqueConnection);
    connect(model, &QAbstractItemModel::modelReset, this, &SimsPage::onTableRowsChanged,
            Qt::UniqueConnection);
    // A new model (server-side mode) starts without a selection.
    onSelectionChanged();
}

const Sim* SimsPage::simAtTableRow(int row) const {
    if (m_serverModel)
        return row >= 0 && row < m_serverModel->rowCount() ? &m_serverModel->simAt(row) : nullptr;
    if (row < 0 || row >= m_filterModel->rowCount())
        return nullptr;
    return &m_model->simAt(m_filterModel->sourceRows().at(row));
}

void SimsPage::updateState() {
    const bool empty =
        m_model->rowCount() == 0 && m_loadedOnce && !isLoading() && !m_lastError.isError();
    const bool noMatch = m_serverModel
                             ? m_serverModel->totalCount() == 0 && !m_filterBar->filter().isEmpty()
                             : m_model->rowCount() > 0 && m_filterModel->rowCount() == 0;
    QWidget* state = m_table;
    if (empty)
        state = m_empty;
    else if (noMatch)
        state = m_noMatch;
    if (m_states->currentWidget() != state)
        m_states->setCurrentWidget(state);
    m_filterBar->setVisible(!empty);
    m_filterBar->summary()->setVisible(!empty);
    m_savedFilters->setVisible(!empty);
    // The counts are the local fleet's; the server-side table has none.
    m_dashboard->setVisible(!empty && !m_serverModel);
    m_details->setVisible(!empty);
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
    if (m_serverModel)
        m_serverModel->setFilter(filter);
    else
        m_filterModel->setFilter(filter);
    m_savedFilters->setCurrentFilter(filter);
    m_appliedFilter = filter;
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

void SimsPage::updateDetails() {
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    m_details->setSim(current.isValid() ? simAtTableRow(current.row()) : nullptr);
}

void SimsPage::selectAllFiltered() {
    m_table->selectAll();
    m_table->setFocus(Qt::ShortcutFocusReason);
}

ImportSelectionDialog::Outcome SimsPage::selectFromList(const QStringList& entries,
                                                        bool clearFilter) {
    if (m_serverModel)
        return {}; // only the loaded fleet can be matched
    if (clearFilter)
        m_filterBar->clear();
    const SimListMatcher::MatchResult match = SimListMatcher::match(m_model->sims(), entries);
    ImportSelectionDialog::Outcome outcome;
    outcome.entries = int(entries.size());
    outcome.notFound = match.notFound;
    QVector<int> proxyRows;
    proxyRows.reserve(match.rows.size());
    for (int sourceRow : match.rows) {
        const QModelIndex proxy = m_filterModel->mapFromSource(m_model->index(sourceRow, 0));
        if (proxy.isValid())
            proxyRows.append(proxy.row());
        else
            ++outcome.hidden;
    }
    outcome.selected = int(proxyRows.size());
    selectProxyRows(std::move(proxyRows));
    return outcome;
}

void SimsPage::selectProxyRows(QVector<int> proxyRows) {
    std::sort(proxyRows.begin(), proxyRows.end());
    proxyRows.erase(std::unique(proxyRows.begin(), proxyRows.end()), proxyRows.end());
    QAbstractItemModel* model = m_table->model();
    // One range per run of adjacent rows: a few ranges even for thousands of SIMs.
    QItemSelection selection;
    const int lastColumn = model->columnCount() - 1;
    for (qsizetype i = 0; i < proxyRows.size();) {
        qsizetype j = i;
        while (j + 1 < proxyRows.size() && proxyRows.at(j + 1) == proxyRows.at(j) + 1)
            ++j;
        selection.select(model->index(proxyRows.at(i), 0),
                         model->index(proxyRows.at(j), lastColumn));
        i = j + 1;
    }
    QItemSelectionModel* selectionModel = m_table->selectionModel();
    selectionModel->select(selection, QItemSelectionModel::ClearAndSelect);
    if (!proxyRows.isEmpty()) {
        const QModelIndex first = model->index(proxyRows.first(), 0);
        selectionModel->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
        m_table->scrollTo(first);
    }
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

SimsPage::UserState SimsPage::userState() const {
    QString separator;
    if (m_csvSeparator)
        separator = *m_csvSeparator == ExportRequest::CsvSeparator::Semicolon ? QStringLiteral(";")
                                                                              : QStringLiteral(",");
    return {m_table->horizontalHeader()->saveState(), m_splitter->saveState(),
            m_savedFilters->filters().toJson(), separator};
}

QVariantMap SimsPage::saveState() const {
    const UserState state = userState();
    return {{QStringLiteral("headerState"), state.header},
            {QStringLiteral("detailsSplitter"), state.splitter},
            {QStringLiteral("savedFilters"), state.savedFilters},
            {QStringLiteral("csvSeparator"), state.csvSeparator}};
}

void SimsPage::restoreState(const QVariantMap& state) {
    restoreUserState({state.value(QStringLiteral("headerState")).toByteArray(),
                      state.value(QStringLiteral("detailsSplitter")).toByteArray(),
                      state.value(QStringLiteral("savedFilters")).toByteArray(),
                      state.value(QStringLiteral("csvSeparator")).toString()});
}

void SimsPage::restoreUserState(const UserState& state) {
    QHeaderView* header = m_table->horizontalHeader();
    if (state.header.isEmpty() || !header->restoreState(state.header)) {
        m_columnChooser->resetColumns();
        header->setSortIndicator(-1, Qt::AscendingOrder);
    }
    // The view sorts on header clicks; a restored indicator needs telling the model.
    m_filterModel->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
    if (state.splitter.isEmpty() || !m_splitter->restoreState(state.splitter))
        m_splitter->setSizes({1000, 340});
    syncDetailsToggle();
    m_savedFilters->setFilters(SavedFilters::fromJson(state.savedFilters));
    if (state.csvSeparator == QLatin1String(";"))
        m_csvSeparator = ExportRequest::CsvSeparator::Semicolon;
    else if (state.csvSeparator == QLatin1String(","))
        m_csvSeparator = ExportRequest::CsvSeparator::Comma;
    else
        m_csvSeparator.reset();
    m_userStateTimer->stop();
}

void SimsPage::setDetailsPaneShown(bool shown) {
    const QList<int> sizes = m_splitter->sizes();
    const int total = qMax(1, sizes.value(0) + sizes.value(1));
    if (shown == isDetailsPaneShown()) {
        syncDetailsToggle();
        return;
    }
    if (shown) {
        const int width = qBound(m_details->minimumWidth(), m_detailsWidth, qMax(1, total / 2));
        m_splitter->setSizes({total - width, width});
    } else {
        m_detailsWidth = sizes.value(1);
        m_splitter->setSizes({total, 0});
    }
    syncDetailsToggle();
    scheduleUserStateChanged();
}

bool SimsPage::isDetailsPaneShown() const {
    return m_splitter->sizes().value(1) > 0;
}

void SimsPage::syncDetailsToggle() {
    const int width = m_splitter->sizes().value(1);
    if (width > 0)
        m_detailsWidth = width;
    m_detailsToggle->setChecked(width > 0);
}

void SimsPage::scheduleUserStateChanged() {
    m_userStateTimer->start();
}

void SimsPage::retranslateUi() {
    updateDataState();
    m_refresh->setText(tr("Refresh"));
    m_refresh->setToolTip(tr("Reload the SIM list from NovaConnect (F5)"));
    m_selectAll->setText(tr("Select all shown"));
    m_selectAll->setToolTip(tr("Select every SIM the filter shows (Ctrl+Shift+A)"));
    m_selectFromList->setText(tr("Select from list…"));
    m_selectFromList->setToolTip(
        tr("Select SIMs by a pasted or imported list of ICCIDs, numbers or ids"));
    m_export->setText(tr("Export", "verb"));
    m_export->setToolTip(tr("Save the shown or the selected SIMs as CSV (plain text, comma or "
                            "semicolon) or as an Excel workbook, which keeps ICCIDs and numbers "
                            "as text"));
    m_detailsToggle->setText(tr("Details", "show or hide the details pane"));
    m_detailsToggle->setToolTip(tr("Show or hide the details of the current SIM beside the "
                                   "table"));
    m_exportCancel->setText(tr("Cancel"));
    // What Help → Keyboard shortcuts lists for them.
    if (auto* find = findChild<QShortcut*>(QStringLiteral("findShortcut")))
        find->setWhatsThis(tr("SIMs page: go to the search field"));
    if (auto* all = findChild<QShortcut*>(QStringLiteral("selectAllShortcut")))
        all->setWhatsThis(tr("SIMs page: select every SIM the filter shows"));
    m_noMatchTitle->setText(tr("No SIMs match this filter"));
    m_noMatchClear->setText(tr("Clear filter"));
    if (m_exporter->isRunning())
        m_exportLabel->setText(tr("Exporting %Ln SIM(s)…", "", m_exportCount));
    m_emptyRefresh->setText(tr("Refresh"));
    m_emptyTitle->setText(tr("No SIMs in this account yet"));
    m_emptyText->setText(tr("SIM cards appear here as soon as NovaConnect assigns them to your "
                            "company."));
    retranslateOperationActions();
    m_model->retranslate();
    updateCount();
    if (m_lastError.isError())
        showError();
    if (isLoading())
        onLoadProgress(m_loader->received(), m_loader->total());
    emit navigationTitleChanged();
}

} // namespace simfleet
