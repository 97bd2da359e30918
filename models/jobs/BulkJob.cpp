#include "models/jobs/BulkJob.h"

#include <QJsonArray>

namespace simfleet {

namespace {

struct OutcomeCode {
    SimOutcome outcome;
    const char* code;
};
constexpr OutcomeCode kOutcomeCodes[] = {
    {SimOutcome::Pending, "pending"},
    {SimOutcome::Queued, "queued"},
    {SimOutcome::Done, "done"},
    {SimOutcome::Sent, "sent"},
    {SimOutcome::Unconfirmed, "unconfirmed"},
    {SimOutcome::Skipped, "skipped"},
    {SimOutcome::Failed, "failed"},
    {SimOutcome::Unknown, "unknown"},
};

struct ChunkCode {
    ChunkState state;
    const char* code;
};
constexpr ChunkCode kChunkCodes[] = {
    {ChunkState::Pending, "pending"},
    {ChunkState::Sending, "sending"},
    {ChunkState::Accepted, "accepted"},
    {ChunkState::Refused, "failed"}, // the code of schema 1, where every error was "failed"
    {ChunkState::Unknown, "unknown"},
};

} // namespace

QMap<SimOutcome, int> BulkJob::outcomeCounts() const {
    QMap<SimOutcome, int> counts;
    for (const SimResult& sim : sims)
        ++counts[sim.outcome];
    return counts;
}

QVector<qint64> BulkJob::simsWith(SimOutcome outcome) const {
    QVector<qint64> ids;
    for (const SimResult& sim : sims) {
        if (sim.outcome == outcome)
            ids.append(sim.simId);
    }
    return ids;
}

bool hasVisibleState(SimOperation op) {
    switch (op) {
    case SimOperation::Block:
    case SimOperation::Unblock:
    case SimOperation::Limit:
    case SimOperation::Tariff:
    case SimOperation::Group:
    case SimOperation::ServiceBlock:
    case SimOperation::ServiceUnblock:
    case SimOperation::FinanceBlock:
    case SimOperation::FinanceUnblock:
        return true;
    case SimOperation::Reconnect:
    case SimOperation::Disconnect:
    case SimOperation::Ping:
    case SimOperation::Sms:
    case SimOperation::Repackage:
    case SimOperation::TariffFromDate: // takes effect on a later day
    case SimOperation::TopUp:
    case SimOperation::InfoSms:
        return false;
    }
    return false;
}

QVector<qint64> BulkJob::retryableSims() const {
    QVector<qint64> ids;
    for (const SimResult& sim : sims) {
        if (sim.chunk < 0 || sim.chunk >= chunks.size())
            continue;
        const ChunkState chunkState = chunks.at(sim.chunk).state;
        if ((sim.outcome == SimOutcome::Failed && chunkState == ChunkState::Refused) ||
            (sim.outcome == SimOutcome::Unconfirmed && chunkState == ChunkState::Unknown))
            ids.append(sim.simId);
    }
    return ids;
}

QVector<qint64> BulkJob::unknownSims() const {
    if (hasVisibleState(op))
        return {};
    return simsWith(SimOutcome::Unknown);
}

bool BulkJob::isFinished() const {
    for (const BulkChunk& chunk : chunks) {
        if (chunk.state == ChunkState::Pending || chunk.state == ChunkState::Sending)
            return false;
    }
    const bool checkable = hasVisibleState(op);
    for (const SimResult& sim : sims) {
        if (sim.outcome == SimOutcome::Pending || sim.outcome == SimOutcome::Queued ||
            (checkable && sim.outcome == SimOutcome::Unknown))
            return false;
    }
    return true;
}

JobState BulkJob::state() const {
    const QMap<SimOutcome, int> counts = outcomeCounts();
    if (!isFinished()) {
        for (const BulkChunk& chunk : chunks) {
            if (chunk.state != ChunkState::Pending)
                return JobState::InProgress;
        }
        return JobState::Queued;
    }
    const int failed = counts.value(SimOutcome::Failed);
    const int reached = counts.value(SimOutcome::Done) + counts.value(SimOutcome::Sent) +
                        counts.value(SimOutcome::Unconfirmed);
    if (failed > 0)
        return reached > 0 ? JobState::PartlyFailed : JobState::Failed;
    if (counts.value(SimOutcome::Unknown) > 0)
        return JobState::Unknown;
    if (counts.value(SimOutcome::Unconfirmed) > 0)
        return JobState::Unconfirmed;
    if (counts.value(SimOutcome::Sent) > 0)
        return JobState::Sent;
    return JobState::Done;
}

QString BulkJobText::outcomeName(SimOutcome outcome) {
    switch (outcome) {
    case SimOutcome::Pending:
        return tr("Waiting to be sent");
    case SimOutcome::Queued:
        return tr("Queued", "SIM outcome");
    case SimOutcome::Done:
        return tr("Done", "SIM outcome");
    case SimOutcome::Sent:
        return tr("Sent", "SIM outcome");
    case SimOutcome::Unconfirmed:
        return tr("Unconfirmed", "SIM outcome");
    case SimOutcome::Skipped:
        return tr("Skipped", "SIM outcome");
    case SimOutcome::Failed:
        return tr("Failed", "SIM outcome");
    case SimOutcome::Unknown:
        return tr("Outcome unknown", "SIM outcome");
    }
    return {};
}

QString BulkJobText::stateName(JobState state) {
    switch (state) {
    case JobState::Queued:
        return tr("Queued", "job state");
    case JobState::InProgress:
        return tr("In progress", "job state");
    case JobState::Done:
        return tr("Done", "job state");
    case JobState::PartlyFailed:
        return tr("Partly failed", "job state");
    case JobState::Sent:
        return tr("Sent", "job state");
    case JobState::Unconfirmed:
        return tr("Unconfirmed", "job state");
    case JobState::Failed:
        return tr("Failed", "job state");
    case JobState::Unknown:
        return tr("Outcome unknown", "job state");
    }
    return {};
}

QString BulkJobText::stateCode(JobState state) {
    switch (state) {
    case JobState::Queued:
        return QStringLiteral("queued");
    case JobState::InProgress:
        return QStringLiteral("in_progress");
    case JobState::Done:
        return QStringLiteral("done");
    case JobState::PartlyFailed:
        return QStringLiteral("partly_failed");
    case JobState::Sent:
        return QStringLiteral("sent");
    case JobState::Unconfirmed:
        return QStringLiteral("unconfirmed");
    case JobState::Failed:
        return QStringLiteral("failed");
    case JobState::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
}

QString BulkJobText::outcomeCode(SimOutcome outcome) {
    for (const auto& entry : kOutcomeCodes) {
        if (entry.outcome == outcome)
            return QString::fromLatin1(entry.code);
    }
    return {};
}

std::optional<SimOutcome> BulkJobText::outcomeFromCode(const QString& code) {
    for (const auto& entry : kOutcomeCodes) {
        if (code == QLatin1String(entry.code))
            return entry.outcome;
    }
    return std::nullopt;
}

QString BulkJobText::chunkStateCode(ChunkState state) {
    for (const auto& entry : kChunkCodes) {
        if (entry.state == state)
            return QString::fromLatin1(entry.code);
    }
    return {};
}

std::optional<ChunkState> BulkJobText::chunkStateFromCode(const QString& code) {
    for (const auto& entry : kChunkCodes) {
        if (code == QLatin1String(entry.code))
            return entry.state;
    }
    return std::nullopt;
}

QJsonObject BulkJobText::paramsToJson(const SimOperationParams& p) {
    QJsonArray groupIds;
    for (qint64 id : p.groupIds)
        groupIds.append(id);
    QJsonObject json{
        {QStringLiteral("sms_text"), p.smsText},
        {QStringLiteral("limit_type"), limitTypeCode(p.limitType)},
        {QStringLiteral("limit_mb"), p.limitMb},
        {QStringLiteral("package_mb"), p.packageMb},
        {QStringLiteral("auto_package"), p.autoPackage},
        {QStringLiteral("group_ids"), groupIds},
        {QStringLiteral("new_group_names"), QJsonArray::fromStringList(p.newGroupNames)}};
    if (p.worldRoaming)
        json.insert(QStringLiteral("world_roaming"), *p.worldRoaming);
    if (!p.service.isEmpty())
        json.insert(QStringLiteral("service"), p.service);
    if (p.packetId > 0)
        json.insert(QStringLiteral("packet_id"), p.packetId);
    if (p.tariffDate.isValid())
        json.insert(QStringLiteral("tariff_date"), p.tariffDate.toString(Qt::ISODate));
    if (p.smallPacketId > 0)
        json.insert(QStringLiteral("small_packet_id"), p.smallPacketId);
    if (!p.infoSmsType.isEmpty())
        json.insert(QStringLiteral("info_sms_type"), p.infoSmsType);
    if (!p.leftGroupIds.isEmpty()) {
        QJsonArray left;
        for (qint64 id : p.leftGroupIds)
            left.append(id);
        json.insert(QStringLiteral("left_group_ids"), left);
    }
    if (!p.groupIdsBySim.isEmpty()) {
        QJsonObject bySim;
        for (auto it = p.groupIdsBySim.cbegin(); it != p.groupIdsBySim.cend(); ++it) {
            QJsonArray ids;
            for (qint64 id : it.value())
                ids.append(id);
            bySim.insert(QString::number(it.key()), ids);
        }
        json.insert(QStringLiteral("group_ids_by_sim"), bySim);
    }
    if (!p.iccidBySim.isEmpty()) {
        QJsonObject bySim;
        for (auto it = p.iccidBySim.cbegin(); it != p.iccidBySim.cend(); ++it)
            bySim.insert(QString::number(it.key()), it.value());
        json.insert(QStringLiteral("iccid_by_sim"), bySim);
    }
    return json;
}

SimOperationParams BulkJobText::paramsFromJson(const QJsonObject& json) {
    SimOperationParams p;
    p.smsText = json.value(QStringLiteral("sms_text")).toString();
    p.limitType = limitTypeFromString(json.value(QStringLiteral("limit_type")).toString());
    p.limitMb = json.value(QStringLiteral("limit_mb")).toInteger();
    p.packageMb = json.value(QStringLiteral("package_mb")).toInt(p.packageMb);
    p.autoPackage = json.value(QStringLiteral("auto_package")).toBool();
    const QJsonValue roaming = json.value(QStringLiteral("world_roaming"));
    if (roaming.isBool())
        p.worldRoaming = roaming.toBool();
    for (const auto& id : json.value(QStringLiteral("group_ids")).toArray())
        p.groupIds.append(id.toInteger());
    p.service = json.value(QStringLiteral("service")).toString();
    p.packetId = json.value(QStringLiteral("packet_id")).toInteger();
    p.tariffDate =
        QDate::fromString(json.value(QStringLiteral("tariff_date")).toString(), Qt::ISODate);
    p.smallPacketId = json.value(QStringLiteral("small_packet_id")).toInteger();
    p.infoSmsType = json.value(QStringLiteral("info_sms_type")).toString();
    for (const auto& name : json.value(QStringLiteral("new_group_names")).toArray())
        p.newGroupNames.append(name.toString());
    for (const auto& id : json.value(QStringLiteral("left_group_ids")).toArray())
        p.leftGroupIds.append(id.toInteger());
    const QJsonObject bySim = json.value(QStringLiteral("group_ids_by_sim")).toObject();
    for (auto it = bySim.constBegin(); it != bySim.constEnd(); ++it) {
        QVector<qint64> ids;
        for (const auto& id : it.value().toArray())
            ids.append(id.toInteger());
        p.groupIdsBySim.insert(it.key().toLongLong(), ids);
    }
    const QJsonObject iccids = json.value(QStringLiteral("iccid_by_sim")).toObject();
    for (auto it = iccids.constBegin(); it != iccids.constEnd(); ++it) {
        bool ok = false;
        const qint64 id = it.key().toLongLong(&ok);
        if (ok && it.value().isString())
            p.iccidBySim.insert(id, it.value().toString());
    }
    return p;
}

QJsonObject BulkJobText::jobParamsToJson(const BulkJob& job) {
    QJsonObject json = paramsToJson(job.params);
    if (job.provider != ProviderKind::NovaConnect)
        json.insert(QStringLiteral("provider"), Providers::code(job.provider));
    return json;
}

void BulkJobText::jobParamsFromJson(const QJsonObject& json, BulkJob* job) {
    job->params = paramsFromJson(json);
    job->provider = Providers::fromCode(json.value(QStringLiteral("provider")).toString())
                        .value_or(ProviderKind::NovaConnect);
}

} // namespace simfleet
