#include "models/jobs/JobSimsModel.h"

#include "api/Sim.h"
#include "models/common/PlainToolTip.h"
#include "models/export/OperationsCsv.h"

#include <QLocale>

namespace simfleet {

JobSimsModel::JobSimsModel(QObject* parent)
    : ColumnTableModel(parent) {
    setColumns(columns());
    setRowKey([](const SimResult& sim) { return sim.simId; });
    setRowRole(SimIdRole, [](const SimResult& sim) { return sim.simId; });
    setRowRole(OutcomeRole, [](const SimResult& sim) { return int(sim.outcome); });
}

QVector<TableColumn<SimResult>> JobSimsModel::columns() const {
    using SimColumn = TableColumn<SimResult>;
    const auto fromFleet = [this](int column) {
        return [this, column](const SimResult& sim) { return fleetText(sim, column); };
    };
    QVector<SimColumn> columns{
        SimColumn([] { return tr("SIM ID"); },
                  [](const SimResult& sim) { return QString::number(sim.simId); })
            .withRawValue([](const SimResult& sim) { return sim.simId; }),
        SimColumn([] { return tr("ICCID"); }, fromFleet(Iccid)),
        SimColumn([] { return tr("Number", "phone number"); }, fromFleet(Number)),
        SimColumn([] { return tr("Name", "SIM name"); }, fromFleet(Name)),
        SimColumn([] { return tr("Outcome", "what became of the SIM in a job"); },
                  [](const SimResult& sim) { return BulkJobText::outcomeName(sim.outcome); })
            .withRawValue([](const SimResult& sim) { return int(sim.outcome); }),
        SimColumn([] { return tr("Reason"); },
                  [](const SimResult& sim) { return sim.reasonText(); })
            .withToolTip([](const SimResult& sim) { return plainToolTip(sim.reasonText()); }),
        SimColumn(
            [] {
                return tr("Request", "the numbered request (chunk) of a job that carried the SIM");
            },
            [](const SimResult& sim) {
                return sim.chunk >= 0 ? QLocale().toString(sim.chunk + 1) : QString();
            })
            .withRawValue([](const SimResult& sim) -> QVariant {
                return sim.chunk >= 0 ? QVariant(sim.chunk + 1) : QVariant();
            }),
        SimColumn([] { return tr("Queue ID"); },
                  [this](const SimResult& sim) {
                      return sim.chunk >= 0 && sim.chunk < m_job.chunks.size()
                                 ? m_job.chunks.at(sim.chunk).queueId
                                 : QString();
                  }),
        SimColumn(
            [] { return tr("Queue status"); },
            [](const SimResult& sim) { return BulkJobText::queueStatusText(sim.queueStatus); })
            .withToolTip([](const SimResult& sim) -> QVariant {
                if (sim.queueStatus.isEmpty())
                    return QString();
                return plainToolTip(tr("NovaConnect's code: %1").arg(sim.queueStatus));
            }),
    };
    Q_ASSERT(columns.size() == ColumnCount);
    return columns;
}

QString JobSimsModel::fleetText(const SimResult& sim, int column) const {
    const std::optional<Sim> known = m_lookup ? m_lookup(sim.simId) : std::nullopt;
    if (!known)
        return {};
    return column == Iccid ? known->iccid : column == Number ? known->number : known->name;
}

void JobSimsModel::setSimLookup(SimLookup lookup) {
    m_lookup = std::move(lookup);
    columnsChanged(Iccid, Name);
}

QVector<SimResult> JobSimsModel::filtered() const {
    QVector<SimResult> rows;
    rows.reserve(m_job.sims.size());
    for (const SimResult& sim : m_job.sims) {
        if (!m_filter || sim.outcome == *m_filter)
            rows.append(sim);
    }
    return rows;
}

void JobSimsModel::setJob(const BulkJob& job) {
    const bool sameJob = job.id == m_job.id && job.sims.size() == m_job.sims.size();
    m_job = job;
    m_counts = m_job.outcomeCounts();
    // The same SIMs in the same order change in place; when the filter lets
    // other SIMs through now, or for another job, the rows are new.
    if (sameJob)
        updateRows(filtered());
    else
        setRows(filtered());
}

void JobSimsModel::clear() {
    m_job = BulkJob();
    m_counts.clear();
    setRows({});
}

void JobSimsModel::setOutcomeFilter(std::optional<SimOutcome> outcome) {
    if (outcome == m_filter)
        return;
    m_filter = outcome;
    setRows(filtered());
}

QVector<qint64> JobSimsModel::simIds(std::optional<SimOutcome> outcome) const {
    QVector<qint64> ids;
    for (const SimResult& sim : m_job.sims) {
        if (!outcome || sim.outcome == *outcome)
            ids.append(sim.simId);
    }
    return ids;
}

QString JobSimsModel::countsText() const {
    return BulkJobText::countsText(m_counts);
}

bool JobSimsModel::exportCsv(const QString& path, QString* error) const {
    QVector<QStringList> rows;
    rows.reserve(m_job.sims.size());
    for (const SimResult& sim : m_job.sims) {
        QStringList row;
        for (int column = 0; column < ColumnCount; ++column)
            row << (column == Chunk && sim.chunk >= 0 ? QString::number(sim.chunk + 1)
                                                      : displayText(sim, column));
        rows.append(row);
    }
    return OperationsCsv::write(path, headerTexts(), rows, {SimId, Iccid, Number, QueueId}, error);
}

} // namespace simfleet
