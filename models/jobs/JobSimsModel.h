#pragma once

#include "models/common/ColumnTableModel.h"
#include "models/jobs/BulkJob.h"

#include <QVector>

#include <functional>
#include <optional>

namespace simfleet {

struct Sim;

// What became of each SIM of one bulk job, by SIM id,
// optionally only those with one outcome ("show failed"). ICCID, number and
// name come from an optional lookup into the fleet as currently loaded. Reasons
// and queue statuses are translated when shown.
class JobSimsModel final : public ColumnTableModel<SimResult> {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobSimsModel)

public:
    enum Column {
        SimId,
        Iccid,
        Number, // the SIM's phone number (MSISDN)
        Name,
        Outcome,
        Reason,
        Chunk,
        QueueId,
        QueueStatus, // the provider's code in words; the code itself in the tooltip
        ColumnCount
    };
    enum Role { SimIdRole = FirstCustomRole, OutcomeRole };
    using SimLookup = std::function<std::optional<Sim>(qint64)>;

    // The request number, queue id and queue status: hidden until the user shows them.
    static QVector<int> technicalColumns() { return {Chunk, QueueId, QueueStatus}; }

    explicit JobSimsModel(QObject* parent = nullptr);

    void setSimLookup(SimLookup lookup);
    // Shows the job; the same job again updates the rows in place.
    void setJob(const BulkJob& job);
    void clear();
    qint64 jobId() const { return m_job.id; }

    void setOutcomeFilter(std::optional<SimOutcome> outcome);
    std::optional<SimOutcome> outcomeFilter() const { return m_filter; }

    // Ids of the job's SIMs with `outcome` (all of them when nullopt).
    QVector<qint64> simIds(std::optional<SimOutcome> outcome = std::nullopt) const;
    const QMap<SimOutcome, int>& outcomeCounts() const { return m_counts; }
    // "298 done · 12 skipped · 2 failed" (only the outcomes that occur).
    QString countsText() const;

    // Every SIM of the job (not only the shown ones); UTF-8 with a BOM, atomic.
    bool exportCsv(const QString& path, QString* error = nullptr) const;

private:
    QVector<TableColumn<SimResult>> columns() const;
    // The SIM's ICCID, number or name in the loaded fleet; empty when unknown.
    QString fleetText(const SimResult& sim, int column) const;
    QVector<SimResult> filtered() const;

    BulkJob m_job;
    QMap<SimOutcome, int> m_counts;
    std::optional<SimOutcome> m_filter;
    SimLookup m_lookup;
};

} // namespace simfleet
