// What the SIMs page keeps per user: columns, the details splitter, saved
// filters and the CSV separator chosen last.
#include "models/fleet/SavedFilters.h"
#include "models/fleet/SimTableSource.h"
#include "views/common/ColumnChooser.h"
#include "views/sims/DetailsSplitter.h"
#include "views/sims/SavedFiltersBar.h"
#include "views/sims/SimTableArea.h"
#include "views/sims/SimTableView.h"
#include "views/sims/SimsExportController.h"
#include "views/sims/SimsPage.h"

#include <QHeaderView>
#include <QTimer>

namespace simfleet {

void SimsPage::setUpUserState() {
    connect(m_area, &SimTableArea::columnsChanged, m_userStateTimer, qOverload<>(&QTimer::start));
    connect(m_splitter, &DetailsSplitter::sizesChangedByUser, m_userStateTimer,
            qOverload<>(&QTimer::start));
    // Header drags report every pixel: store once the user is done.
    m_userStateTimer->setSingleShot(true);
    m_userStateTimer->setInterval(500);
    connect(m_userStateTimer, &QTimer::timeout, this, &SimsPage::stateChanged);
}

SimsPage::UserState SimsPage::userState() const {
    QString separator;
    if (const auto choice = m_exports->csvSeparatorChoice())
        separator = *choice == ExportRequest::CsvSeparator::Semicolon ? QStringLiteral(";")
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
        m_area->columnChooser()->resetColumns();
        header->setSortIndicator(-1, Qt::AscendingOrder);
    }
    // A state saved with columns this provider has no data for.
    m_area->columnChooser()->applyWithheld();
    // The view sorts on header clicks; a restored indicator needs telling the model.
    m_source->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
    m_splitter->restoreSizes(state.splitter);
    m_savedFilters->setFilters(SavedFilters::fromJson(state.savedFilters));
    if (state.csvSeparator == QLatin1String(";"))
        m_exports->restoreCsvSeparatorChoice(ExportRequest::CsvSeparator::Semicolon);
    else if (state.csvSeparator == QLatin1String(","))
        m_exports->restoreCsvSeparatorChoice(ExportRequest::CsvSeparator::Comma);
    else
        m_exports->restoreCsvSeparatorChoice(std::nullopt);
    m_userStateTimer->stop();
}

} // namespace simfleet
