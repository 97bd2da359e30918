#include "models/fleet/LocalSimTableSource.h"

#include "models/fleet/FleetFilterModel.h"
#include "models/fleet/FleetModel.h"

namespace simfleet {

LocalSimTableSource::LocalSimTableSource(FleetModel* fleet, QObject* parent)
    : QObject(parent)
    , m_fleet(fleet)
    , m_filterModel(new FleetFilterModel(this)) {
    m_filterModel->setFleet(fleet);
}

QAbstractItemModel* LocalSimTableSource::tableModel() {
    return m_filterModel;
}

std::optional<Sim> LocalSimTableSource::simAtRow(int row) const {
    if (row < 0 || row >= m_filterModel->rowCount())
        return std::nullopt;
    return m_fleet->simAt(m_filterModel->sourceRows().at(row));
}

int LocalSimTableSource::rowOfSim(qint64 id) const {
    const int sourceRow = m_fleet->rowOfId(id);
    if (sourceRow < 0)
        return -1;
    const QModelIndex shown = m_filterModel->mapFromSource(m_fleet->index(sourceRow, 0));
    return shown.isValid() ? shown.row() : -1;
}

QVector<int> LocalSimTableSource::storeRowsOf(const QVector<int>& rows) const {
    QVector<int> storeRows;
    storeRows.reserve(rows.size());
    const QVector<int>& sourceRows = m_filterModel->sourceRows();
    for (int row : rows) {
        if (row >= 0 && row < sourceRows.size())
            storeRows.append(sourceRows.at(row));
    }
    return storeRows;
}

QVector<qint64> LocalSimTableSource::idsOfRows(const QVector<int>& rows) const {
    QVector<qint64> ids;
    for (int storeRow : storeRowsOf(rows))
        ids.append(m_fleet->store().id(storeRow));
    return ids;
}

SimSequence LocalSimTableSource::simsOfRows(const QVector<int>& rows) const {
    return SimSequence(m_fleet->store(), storeRowsOf(rows));
}

std::optional<Sim> LocalSimTableSource::findSim(qint64 id) const {
    const int row = m_fleet->rowOfId(id);
    if (row < 0)
        return std::nullopt;
    return m_fleet->simAt(row);
}

bool LocalSimTableSource::hidesSim(qint64 id) const {
    const int row = m_fleet->rowOfId(id);
    return row >= 0 && !m_filterModel->mapFromSource(m_fleet->index(row, 0)).isValid();
}

QVector<Sim> LocalSimTableSource::heldSims() const {
    return m_fleet->allSims();
}

SimTableSource::RowCounts LocalSimTableSource::rowCounts() const {
    return {m_filterModel->rowCount(), m_fleet->rowCount()};
}

bool LocalSimTableSource::isFleetEmpty() const {
    return m_fleet->rowCount() == 0;
}

bool LocalSimTableSource::isNoMatch() const {
    return m_fleet->rowCount() > 0 && m_filterModel->rowCount() == 0;
}

void LocalSimTableSource::connectCountsChanged(QObject* context, std::function<void()> onChange) {
    QObject::connect(m_filterModel, &FleetFilterModel::countsChanged, context,
                     [onChange = std::move(onChange)] { onChange(); });
}

void LocalSimTableSource::setFilter(const FleetFilter& filter) {
    m_filterModel->setFilter(filter);
}

void LocalSimTableSource::sort(int column, Qt::SortOrder order) {
    m_filterModel->sort(column, order);
}

void LocalSimTableSource::setNameEditable(bool editable) {
    m_fleet->setNameEditable(editable);
}

} // namespace simfleet
