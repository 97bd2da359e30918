#include "models/jobs/JobListModel.h"

#include "models/common/PlainToolTip.h"
#include "models/fleet/SimText.h"

#include <QLocale>

#include <algorithm>

namespace simfleet {

namespace {

using JobColumn = TableColumn<JobListRow>;

QDateTime startedAt(const JobListRow& row) {
    return row.job.created.toLocalTime();
}

// Finished jobs only: a running job shows neither when it finished nor a duration.
QDateTime finishedAt(const JobListRow& row) {
    return row.finished && row.job.finished.isValid() ? row.job.finished.toLocalTime()
                                                      : QDateTime();
}

} // namespace

JobListModel::JobListModel(QObject* parent)
    : ColumnTableModel(parent) {
    setColumns(columns());
    setRowKey([](const JobListRow& row) { return row.job.id; });
    setRowRole(JobIdRole, [](const JobListRow& row) { return row.job.id; });
    setRowRole(ProgressRole, [](const JobListRow& row) { return row.progress; });
    setRowRole(JobStateRole, [](const JobListRow& row) { return int(row.state); });
    setRowRole(FinishedRole, [](const JobListRow& row) { return row.finished; });
}

QVector<TableColumn<JobListRow>> JobListModel::columns() {
    // Why a finished job shows no time: it is running, or it finished before
    // the time was kept.
    const auto noTimeReason = [](const JobListRow& row) -> QVariant {
        return row.finished ? tr("Not recorded: the job finished before this version of "
                                 "SimFleet kept the time.")
                            : tr("The job is still running.");
    };
    QVector<JobColumn> columns{
        JobColumn([] { return tr("Operation"); },
                  [](const JobListRow& row) { return SimOperations::displayName(row.job.op); })
            .withToolTip([](const JobListRow& row) -> QVariant {
                const QString name = SimOperations::displayName(row.job.op);
                const QString summary = parametersSummary(row.job.op, row.job.params);
                return summary.isEmpty()
                           ? name
                           : plainToolTip(
                                 tr("%1: %2", "operation: its parameters").arg(name, summary));
            }),
        JobColumn([] { return tr("SIMs"); },
                  [](const JobListRow& row) { return QLocale().toString(row.job.sims.size()); })
            .withRawValue([](const JobListRow& row) { return qint64(row.job.sims.size()); })
            .alignedRight(),
        JobColumn(
            [] {
                return tr("Result", "job column: how many SIMs were sent, skipped, "
                                    "failed...");
            },
            [](const JobListRow& row) { return BulkJobText::countsText(row.counts); })
            .withToolTip([](const JobListRow& row) { return BulkJobText::countsText(row.counts); }),
        JobColumn([] { return tr("Started", "job column"); },
                  [](const JobListRow& row) { return SimText::shortDateTime(startedAt(row)); })
            .withRawValue([](const JobListRow& row) { return row.job.created; })
            .withToolTip([](const JobListRow& row) {
                return QLocale().toString(startedAt(row), QLocale::LongFormat);
            }),
        JobColumn([] { return tr("Finished", "job column: when the job finished"); },
                  [](const JobListRow& row) {
                      const QDateTime finished = finishedAt(row);
                      return finished.isValid() ? SimText::shortDateTime(finished) : QString();
                  })
            .withRawValue([](const JobListRow& row) { return finishedAt(row).toUTC(); })
            .withToolTip([noTimeReason](const JobListRow& row) -> QVariant {
                const QDateTime finished = finishedAt(row);
                return finished.isValid() ? QLocale().toString(finished, QLocale::LongFormat)
                                          : noTimeReason(row);
            }),
        JobColumn([] { return tr("Duration", "job column"); },
                  [](const JobListRow& row) {
                      return finishedAt(row).isValid()
                                 ? BulkJobText::durationText(
                                       row.job.created.secsTo(row.job.finished))
                                 : QString();
                  })
            .withRawValue([](const JobListRow& row) -> QVariant {
                return finishedAt(row).isValid() ? row.job.created.secsTo(row.job.finished)
                                                 : QVariant();
            })
            .withToolTip([noTimeReason](const JobListRow& row) -> QVariant {
                return finishedAt(row).isValid() ? QVariant() : noTimeReason(row);
            })
            .alignedRight(),
        JobColumn([] { return tr("Progress"); },
                  [](const JobListRow& row) {
                      return tr("%1%", "progress percentage").arg(row.progress);
                  })
            .withRawValue([](const JobListRow& row) { return row.progress; })
            .alignedRight(),
        JobColumn([] { return tr("State", "job column"); },
                  [](const JobListRow& row) { return stateText(row.state, row.progress); }),
        JobColumn([] { return tr("Author", "who started the job"); },
                  [](const JobListRow& row) { return row.job.author; }),
        JobColumn([] { return tr("Queue IDs"); },
                  [](const JobListRow& row) { return row.queueIds; })
            .withToolTip([](const JobListRow& row) { return row.queueIds; }),
    };
    Q_ASSERT(columns.size() == ColumnCount);
    return columns;
}

JobListRow JobListModel::summarize(const BulkJob& job) {
    JobListRow row;
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

QString JobListModel::serviceName(const QString& service) {
    if (service == QLatin1String("internet"))
        return tr("internet");
    if (service == QLatin1String("sms"))
        return tr("SMS");
    if (service == QLatin1String("call"))
        return tr("calls");
    return service;
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
    case SimOperation::ServiceBlock:
    case SimOperation::ServiceUnblock:
        return tr("Service: %1").arg(serviceName(params.service));
    case SimOperation::TariffFromDate:
        return tr("Tariff %1 from %2")
            .arg(params.packetId)
            .arg(locale.toString(params.tariffDate, QLocale::ShortFormat));
    case SimOperation::TopUp:
        if (params.smallPacketId > 0)
            return tr("Top-up packet %1").arg(params.smallPacketId);
        return tr("The first top-up packet of each SIM's tariff");
    case SimOperation::InfoSms:
        return params.infoSmsType == QLatin1String("call") ? tr("About: calls")
                                                           : tr("About: internet");
    case SimOperation::Block:
    case SimOperation::Unblock:
    case SimOperation::Reconnect:
    case SimOperation::Disconnect:
    case SimOperation::Ping:
    case SimOperation::Repackage:
    case SimOperation::FinanceBlock:
    case SimOperation::FinanceUnblock:
        return {};
    }
    return {};
}

void JobListModel::setJobs(const QVector<BulkJob>& jobs) {
    QVector<JobListRow> rows;
    rows.reserve(jobs.size());
    for (const BulkJob& job : jobs)
        rows.append(summarize(job));
    std::sort(rows.begin(), rows.end(),
              [](const JobListRow& a, const JobListRow& b) { return a.job.id > b.job.id; });
    setRows(std::move(rows));
}

void JobListModel::updateJob(const BulkJob& job) {
    const int existing = rowOfJob(job.id);
    if (existing >= 0) {
        setRowAt(existing, summarize(job));
        return;
    }
    // Ids grow with time: a new job goes above the first older one.
    int row = 0;
    while (row < rowCount() && rowAt(row).job.id > job.id)
        ++row;
    insertRowAt(row, summarize(job));
}

void JobListModel::clear() {
    clearRows();
}

qint64 JobListModel::jobIdAt(int row) const {
    return row >= 0 && row < rowCount() ? rowAt(row).job.id : 0;
}

std::optional<BulkJob> JobListModel::job(qint64 jobId) const {
    const int row = rowOfJob(jobId);
    if (row < 0)
        return std::nullopt;
    return rowAt(row).job;
}

int JobListModel::unfinishedCount() const {
    return int(std::count_if(rows().cbegin(), rows().cend(),
                             [](const JobListRow& row) { return !row.finished; }));
}

} // namespace simfleet
