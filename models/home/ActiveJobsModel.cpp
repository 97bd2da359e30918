#include "models/home/ActiveJobsModel.h"

#include "models/jobs/JobListModel.h"

namespace simfleet {

ActiveJobsModel::ActiveJobsModel(JobListModel* jobs, QObject* parent)
    : QSortFilterProxyModel(parent) {
    // A job's row changes as it runs: it leaves the list once finished.
    setDynamicSortFilter(true);
    setSourceModel(jobs);
}

qint64 ActiveJobsModel::jobIdAt(int row) const {
    return index(row, 0).data(JobListModel::JobIdRole).toLongLong();
}

bool ActiveJobsModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    return !sourceModel()
                ->index(sourceRow, 0, sourceParent)
                .data(JobListModel::FinishedRole)
                .toBool();
}

bool ActiveJobsModel::filterAcceptsColumn(int sourceColumn, const QModelIndex& sourceParent) const {
    Q_UNUSED(sourceParent)
    // In the source's order, which is the order of Column.
    return sourceColumn == JobListModel::Operation || sourceColumn == JobListModel::Started ||
           sourceColumn == JobListModel::Progress;
}

} // namespace simfleet
