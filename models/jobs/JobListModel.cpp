#include "models/jobs/JobListModel.h"

#include "models/common/PlainToolTip.h"
#include "models/fleet/SimText.h"

#include <QLocale>

#include <algorithm>

namespace simfleet {

JobListModel::JobListModel(QObject* parent)
    : QAbstractTableModel(parent) {}

int JobListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int JobListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JobListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    if (role == JobIdRole)
        return row.job.id;
    if (role == ProgressRole)
        return row.progress;
    if (role == JobStateRole)
        return int(row.state);
    const QLocale locale;
    const QDateTime started = row.job.created.toLocalTime();
    // Finished jobs only: a running job shows neither when it finished nor a duration.
    const QDateTime finished =
        row.finished && row.job.finished.isValid() ? row.job.finished.toLocalTime() : QDateTime();
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Operation:
            return SimOperations::displayName(row.job.op);
        case Sims:
            return locale.toString(row.job.sims.size());
        case Counts:
            return BulkJobText::countsText(row.counts);
        case Started:
            return SimText::shortDateTime(started);
        case Finished:
            return finished.isValid() ? SimText::shortDateTime(finished) : QString();
        case Duration:
            return finished.isValid()
                       ? BulkJobText::durationText(row.job.created.secsTo(row.job.finished))
                       : QString();
        case Progress:
            return tr("%1%", "progress percentage").arg(row.progress);
        case State:
            return stateText(row.state, row.progress);
        case Author:
            return row.job.author;
        case QueueIds:
            return row.queueIds;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Operation: {
            const QString summary = parametersSummary(row.job.op, row.job.params);
            return summary.isEmpty()
                       ? SimOperations::displayName(row.job.op)
                       : plainToolTip(tr("%1: %2", "operation: its parameters")
                                          .arg(SimOperations::displayName(row.job.op), summary));
        }
        case Started:
            return locale.toString(started, QLocale::LongFormat);
        case Finished:
        case Duration:
            if (finished.isValid())
                return index.column() == Finished ? locale.toString(finished, QLocale::LongFormat)
                                                  : QVariant();
            return row.finished ? tr("Not recorded: the job finished before this version of "
                                     "SimFleet kept the time.")
                                : tr("The job is still running.");
        case Counts:
            return BulkJobText::countsText(row.counts);
        case QueueIds:
            return row.queueIds;
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole &&
        (index.column() == Sims || index.column() == Progress || index.column() == Duration))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant JobListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Operation:
        return tr("Operation");
    case Sims:
        return tr("SIMs");
    case Counts:
        return tr("Result", "job column: how many SIMs were sent, skipped, failed...");
    case Started:
        return tr("Started", "job column");
    case Finished:
        return tr("Finished", "job column: when the job finished");
    case Duration:
        return tr("Duration", "job column");
    case Progress:
        return tr("Progress");
    case State:
        return tr("State", "job column");
    case Author:
        return tr("Author", "who started the job");
    case QueueIds:
        return tr("Queue IDs");
    default:
        return {};
    }
}

JobListModel::Row JobListModel::summarize(const BulkJob& job) {
    Row row;
    row.job = job;
    row.state = job.state();
    row.finished = job.isFinished();
    row.progress = progressOf(job);
    row.counts = job.outcomeCounts();
    QStringList ids;
    for (const BulkChunk& chunk : job.chunks) {
        if (!chunk.queueId.isEmpty())
            ids << chunk.queueId;
    }
    row.queueIds = ids.join(QStringLiteral(", "));
    return row;
}

int JobListModel::progressOf(const BulkJob& job) {
    if (job.sims.isEmpty())
        return 100;
    double resolved = 0;
    for (const SimResult& sim : job.sims) {
        if (sim.outcome == SimOutcome::Pending ||
            (sim.outcome == SimOutcome::Unknown && hasVisibleState(job.op)))
            continue; // still being checked
        if (sim.outcome == SimOutcome::Queued) {
            if (sim.chunk >= 0 && sim.chunk < job.chunks.size())
                resolved += job.chunks.at(sim.chunk).percentage / 100.0;
            continue;
        }
        resolved += 1;
    }
    const int percent = int(resolved * 100 / double(job.sims.size()));
    return job.isFinished() ? 100 : qBound(0, percent, 99);
}

QString JobListModel::stateText(JobState state, int progress) {
    if (state == JobState::InProgress)
        return tr("%1 %2%", "job state and its progress, e.g. In progress 42%")
            .arg(BulkJobText::stateName(state))
            .arg(progress);
    return BulkJobText::stateName(state);
}

QString JobListModel::parametersSummary(SimOperation op, const SimOperationParams& params) {
    const QLocale locale;
    switch (op) {
    case SimOperation::Sms:
        return tr("Text: “%1”").arg(params.smsText);
    case SimOperation::Limit:
        if (params.limitType == LimitType::Off)
            return tr("Data limit: none");
        return tr("Data limit: %1 MB per calendar month").arg(locale.toString(params.limitMb));
    case SimOperation::Tariff: {
        QStringList parts{tr("Package size: %1 MB").arg(locale.toString(params.packageMb))};
        parts << (params.autoPackage ? tr("auto-renew") : tr("no auto-renew"));
        if (params.worldRoaming)
            parts << (*params.worldRoaming ? tr("worldwide roaming on")
                                           : tr("worldwide roaming off"));
        return parts.join(QStringLiteral(", "));
    }
    case SimOperation::Group: {
        QStringList parts;
        if (!params.groupIdsBySim.isEmpty()) {
            // Set per SIM: the groups joined and left; the others stay as they were.
            if (!params.groupIds.isEmpty())
                parts << tr("join %n group(s)", "", int(params.groupIds.size()));
            if (!params.leftGroupIds.isEmpty())
                parts << tr("leave %n group(s)", "", int(params.leftGroupIds.size()));
        } else if (!params.groupIds.isEmpty()) {
            parts << tr("%n existing group(s)", "", int(params.groupIds.size()));
        }
        if (!params.newGroupNames.isEmpty())
            parts << tr("new: %1").arg(params.newGroupNames.join(QStringLiteral(", ")));
        if (parts.isEmpty())
            return tr("No groups");
        return parts.join(QStringLiteral("; "));
    }
    case SimOperation::Block:
    case SimOperation::Unblock:
    case SimOperation::Reconnect:
    case SimOperation::Disconnect:
    case SimOperation::Ping:
    case SimOperation::Repackage:
        return {};
    }
    return {};
}

void JobListModel::setJobs(const QVector<BulkJob>& jobs) {
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(jobs.size());
    for (const BulkJob& job : jobs)
        m_rows.append(summarize(job));
    std::sort(m_rows.begin(), m_rows.end(),
              [](const Row& a, const Row& b) { return a.job.id > b.job.id; });
    reindex();
    endResetModel();
}

void JobListModel::updateJob(const BulkJob& job) {
    const int existing = rowOfJob(job.id);
    if (existing >= 0) {
        m_rows[existing] = summarize(job);
        emit dataChanged(index(existing, 0), index(existing, ColumnCount - 1));
        return;
    }
    // Ids grow with time: a new job goes above the first older one.
    int row = 0;
    while (row < m_rows.size() && m_rows.at(row).job.id > job.id)
        ++row;
    beginInsertRows({}, row, row);
    m_rows.insert(row, summarize(job));
    reindex();
    endInsertRows();
}

void JobListModel::clear() {
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    m_rowOfJob.clear();
    endResetModel();
}

void JobListModel::reindex() {
    m_rowOfJob.clear();
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowOfJob.insert(m_rows.at(i).job.id, i);
}

int JobListModel::rowOfJob(qint64 jobId) const {
    return m_rowOfJob.value(jobId, -1);
}

qint64 JobListModel::jobIdAt(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).job.id : 0;
}

std::optional<BulkJob> JobListModel::job(qint64 jobId) const {
    const int row = rowOfJob(jobId);
    if (row < 0)
        return std::nullopt;
    return m_rows.at(row).job;
}

int JobListModel::unfinishedCount() const {
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [](const Row& row) { return !row.finished; }));
}

} // namespace simfleet
