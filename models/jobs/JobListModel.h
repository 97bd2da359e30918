#pragma once

#include "models/common/ColumnTableModel.h"
#include "models/jobs/BulkJob.h"

#include <QMap>
#include <QVector>

#include <optional>

namespace simfleet {

// One row of the jobs table: the job as last seen (its containers are shared,
// not copied) and a summary computed once per change, so repainting never
// walks a job's SIMs.
struct JobListRow {
    BulkJob job;
    JobState state = JobState::Queued;
    int progress = 0;
    bool finished = false;
    QString queueIds;
    QMap<SimOutcome, int> counts;
};

// The bulk jobs of the open account, newest first.
class JobListModel final : public ColumnTableModel<JobListRow> {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobListModel)

public:
    enum Column {
        Operation,
        Sims,
        Counts, // "17 sent · 3 skipped"
        Started,
        Finished,
        Duration,
        Progress,
        State,
        Author,
        QueueIds,
        ColumnCount
    };
    enum Role { JobIdRole = FirstCustomRole, ProgressRole, JobStateRole, FinishedRole };

    explicit JobListModel(QObject* parent = nullptr);

    // Replaces all rows (any order; shown newest first).
    void setJobs(const QVector<BulkJob>& jobs);
    // Adds the job or updates its row.
    void updateJob(const BulkJob& job);
    void clear();

    int rowOfJob(qint64 jobId) const { return rowOfKey(jobId); }
    qint64 jobIdAt(int row) const;
    std::optional<BulkJob> job(qint64 jobId) const;
    bool hasJobs() const { return !isEmpty(); }
    int unfinishedCount() const;

    // 0..100: resolved SIMs, plus the provider's reported progress of queued ones.
    static int progressOf(const BulkJob& job);
    // "Change tariff plan" → "Package size: 25 MB, auto re-add"; empty when the
    // operation has no parameters.
    // "internet", "SMS", "calls" (translated); an unknown code as it is.
    static QString serviceName(const QString& service);
    static QString parametersSummary(SimOperation op, const SimOperationParams& params);
    // "In progress 42%" for a job being worked on, otherwise the state's name.
    static QString stateText(JobState state, int progress);
    // Columns for those who talk to NovaConnect's support (queue ids): hidden
    // until the user shows them.
    static QVector<int> technicalColumns() { return {QueueIds}; }

private:
    static QVector<TableColumn<JobListRow>> columns();
    static JobListRow summarize(const BulkJob& job);
};

} // namespace simfleet
