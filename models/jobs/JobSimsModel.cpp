#include "models/jobs/JobSimsModel.h"

#include "api/Sim.h"
#include "models/common/PlainToolTip.h"
#include "models/export/OperationsCsv.h"

#include <QLocale>

namespace simfleet {

JobSimsModel::JobSimsModel(QObject* parent)
    : QAbstractTableModel(parent) {}

int JobSimsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int JobSimsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString JobSimsModel::cellText(const SimResult& sim, int column) const {
    switch (column) {
    case SimId:
        return QString::number(sim.simId);
    case Iccid:
    case Number:
    case Name: {
        const Sim* known = m_lookup ? m_lookup(sim.simId) : nullptr;
        if (!known)
            return {};
        return column == Iccid ? known->iccid : column == Number ? known->number : known->name;
    }
    case Outcome:
        return BulkJobText::outcomeName(sim.outcome);
    case Reason:
        return sim.reasonText();
    case Chunk:
        return sim.chunk >= 0 ? QLocale().toString(sim.chunk + 1) : QString();
    case QueueId:
        return sim.chunk >= 0 && sim.chunk < m_job.chunks.size()
                   ? m_job.chunks.at(sim.chunk).queueId
                   : QString();
    case QueueStatus:
        return BulkJobText::queueStatusText(sim.queueStatus);
    default:
        return {};
    }
}

QVariant JobSimsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SimResult& sim = *m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return cellText(sim, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Reason)
            return plainToolTip(sim.reasonText());
        if (index.column() == QueueStatus && !sim.queueStatus.isEmpty())
            return plainToolTip(tr("NovaConnect's code: %1").arg(sim.queueStatus));
        return QString();
    case SimIdRole:
        return sim.simId;
    case OutcomeRole:
        return int(sim.outcome);
    default:
        return {};
    }
}

QVariant JobSimsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SimId:
        return tr("SIM ID");
    case Iccid:
        return tr("ICCID");
    case Number:
        return tr("Number", "phone number");
    case Name:
        return tr("Name", "SIM name");
    case Outcome:
        return tr("Outcome", "what became of the SIM in a job");
    case Reason:
        return tr("Reason");
    case Chunk:
        return tr("Request", "the numbered request (chunk) of a job that carried the SIM");
    case QueueId:
        return tr("Queue ID");
    case QueueStatus:
        return tr("Queue status");
    default:
        return {};
    }
}

void JobSimsModel::setSimLookup(SimLookup lookup) {
    m_lookup = std::move(lookup);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, Iccid), index(int(m_rows.size()) - 1, Name));
}

QVector<const SimResult*> JobSimsModel::filtered() const {
    QVector<const SimResult*> rows;
    rows.reserve(m_job.sims.size());
    for (const SimResult& sim : m_job.sims) {
        if (!m_filter || sim.outcome == *m_filter)
            rows.append(&sim);
    }
    return rows;
}

void JobSimsModel::setJob(const BulkJob& job) {
    const bool sameJob = job.id == m_job.id && job.sims.size() == m_job.sims.size();
    if (!sameJob) {
        beginResetModel();
        m_job = job;
        m_job.sims.detach(); // m_rows points into it
        m_rows = filtered();
        m_counts = m_job.outcomeCounts();
        endResetModel();
        return;
    }
    QVector<qint64> before;
    before.reserve(m_rows.size());
    for (const SimResult* sim : m_rows)
        before.append(sim->simId);
    m_job = job;
    m_job.sims.detach();
    QVector<const SimResult*> rows = filtered();
    m_counts = m_job.outcomeCounts();
    bool sameRows = rows.size() == before.size();
    for (qsizetype i = 0; sameRows && i < rows.size(); ++i)
        sameRows = rows.at(i)->simId == before.at(i);
    if (!sameRows) {
        // The filter lets other SIMs through now.
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
        return;
    }
    m_rows = std::move(rows);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

void JobSimsModel::clear() {
    beginResetModel();
    m_job = BulkJob();
    m_rows.clear();
    m_counts.clear();
    endResetModel();
}

void JobSimsModel::setOutcomeFilter(std::optional<SimOutcome> outcome) {
    if (outcome == m_filter)
        return;
    beginResetModel();
    m_filter = outcome;
    m_rows = filtered();
    endResetModel();
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
    QStringList header;
    for (int column = 0; column < ColumnCount; ++column)
        header << headerData(column, Qt::Horizontal).toString();
    QVector<QStringList> rows;
    rows.reserve(m_job.sims.size());
    for (const SimResult& sim : m_job.sims) {
        QStringList row;
        for (int column = 0; column < ColumnCount; ++column)
            row << (column == Chunk && sim.chunk >= 0 ? QString::number(sim.chunk + 1)
                                                      : cellText(sim, column));
        rows.append(row);
    }
    return OperationsCsv::write(path, header, rows, {SimId, Iccid, Number, QueueId}, error);
}

} // namespace simfleet
