// Where the SIMs page's rows come from: the local fleet, or the server-side
// model of a fleet too large to keep (SimTableSource either way).
#include "models/fleet/LocalSimTableSource.h"
#include "models/fleet/ServerFleetModel.h"
#include "views/sims/FilterBar.h"
#include "views/sims/SimActions.h"
#include "views/sims/SimSelection.h"
#include "views/sims/SimTableArea.h"
#include "views/sims/SimTableView.h"
#include "views/sims/SimsPage.h"
#include "views/sims/SimsToolbar.h"
#include "views/sims/SourceFilterLimits.h"

#include <QHeaderView>

namespace simfleet {

void SimsPage::setServerModel(ServerFleetModel* server) {
    if (server == m_serverModel)
        return;
    m_serverModel = server;
    m_actions->setServerModel(server);
    if (server) {
        // Before the table's own handler: back to the local table while the
        // model is still a QObject.
        connect(server, &QObject::destroyed, this, [this] {
            m_source = nullptr;
            useSource(m_local);
        });
    }
    useSource(server ? static_cast<SimTableSource*>(server) : m_local);
}

void SimsPage::useSource(SimTableSource* source) {
    if (source == m_source)
        return;
    if (m_shownModel)
        disconnect(m_shownModel, nullptr, this, nullptr);
    m_source = source;
    m_shownModel = source->tableModel();
    m_area->setModel(m_shownModel);
    attachSource();

    limitFilterBarTo(*source, m_filterBar);
    m_toolbar->setSelectFromListAvailable(source->holdsWholeFleet());
    source->setFilter(m_filterBar->filter());
    const QHeaderView* header = m_table->horizontalHeader();
    source->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
    updateCount();
    updateDetails();
    // The new source's Name cells must know whether they start a rename.
    m_actions->updateOperationActions();
}

void SimsPage::attachSource() {
    // The selection first: it finds the rows a layout change took away.
    m_selection->setSource(m_source);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SimsPage::updateDetails);
    connect(m_shownModel, &QAbstractItemModel::layoutChanged, this, &SimsPage::updateDetails);
    m_source->connectCountsChanged(this, [this] { updateCount(); });
}

} // namespace simfleet
