#include "views/shell/JobsIndicator.h"

#include "models/jobs/BulkOperations.h"
#include "models/jobs/JobListModel.h"
#include "resources/ResourceIcons.h"

#include <QEvent>

namespace simfleet {

JobsIndicator::JobsIndicator(BulkOperations* ops, QWidget* parent)
    : QToolButton(parent)
    , m_ops(ops) {
    setObjectName(QStringLiteral("jobsIndicator"));
    setAutoRaise(true);
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setFocusPolicy(Qt::NoFocus);
    JobListModel* jobs = m_ops->jobs();
    connect(jobs, &QAbstractItemModel::modelReset, this, &JobsIndicator::refresh);
    connect(jobs, &QAbstractItemModel::rowsInserted, this, &JobsIndicator::refresh);
    connect(jobs, &QAbstractItemModel::dataChanged, this, &JobsIndicator::refresh);
    refresh();
}

void JobsIndicator::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QToolButton::changeEvent(event);
}

void JobsIndicator::refresh() {
    const JobListModel* jobs = m_ops->jobs();
    setVisible(jobs->hasJobs());
    if (!jobs->hasJobs())
        return;
    const int active = jobs->unfinishedCount();
    if (active > 0) {
        setText(tr("Jobs: %L1", "running bulk jobs").arg(active));
        setIcon(ResourceIcons::icon(QStringLiteral("refresh")));
        QStringList lines{tr("Running jobs:")};
        for (int row = 0; row < jobs->rowCount(); ++row) {
            const QModelIndex state = jobs->index(row, JobListModel::State);
            const std::optional<BulkJob> job = jobs->job(jobs->jobIdAt(row));
            if (!job || job->isFinished())
                continue;
            lines << tr("%1, %n SIM(s): %2%", "operation, SIM count: progress",
                        int(job->sims.size()))
                         .arg(SimOperations::displayName(job->op))
                         .arg(state.data(JobListModel::ProgressRole).toInt());
        }
        setToolTip(lines.join(QLatin1Char('\n')));
        return;
    }
    const QModelIndex newest = jobs->index(0, JobListModel::State);
    const auto state = JobState(newest.data(JobListModel::JobStateRole).toInt());
    const bool good = state == JobState::Done || state == JobState::Sent;
    setIcon(
        ResourceIcons::icon(good ? QStringLiteral("status-active") : QStringLiteral("warning")));
    setText(state == JobState::Done ? tr("Jobs: done", "all bulk jobs finished")
                                    : tr("Jobs: %1", "the newest job's state")
                                          .arg(BulkJobText::stateName(state).toLower()));
    setToolTip(tr("No job is running. Show the Operations page."));
}

} // namespace simfleet
