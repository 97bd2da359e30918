#pragma once

#include <QSortFilterProxyModel>

namespace simfleet {

class JobListModel;

// The bulk jobs still being worked on (JobListModel's unfinished rows), with
// the columns the Home page shows: operation, when it started, progress. A job
// leaves the list when it finishes.
class ActiveJobsModel final : public QSortFilterProxyModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActiveJobsModel)

public:
    enum Column { Operation, Started, Progress, ColumnCount };

    explicit ActiveJobsModel(JobListModel* jobs, QObject* parent = nullptr);

    qint64 jobIdAt(int row) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool filterAcceptsColumn(int sourceColumn, const QModelIndex& sourceParent) const override;
};

} // namespace simfleet
