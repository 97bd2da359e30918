// Writes the SQLite seeds of corpus/snapshot_store, corpus/job_store and
// corpus/audit_trail with the stores' own code, from a real sim/list answer
// (captured from the emulator):
//   fuzz_make_seeds SIM_LIST_ANSWER.json OUTDIR
// OUTDIR gets snapshot.sqlite, row.bin (one stored SIM), jobs.sqlite and
// audit.sqlite.
#include "api/ApiError.h"
#include "api/Sim.h"
#include "models/jobs/AuditTrail.h"
#include "models/storage/FleetSnapshotStore.h"
#include "models/storage/JobStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

using namespace simfleet;

namespace {

// fuzz_snapshot_store.cpp loads the snapshot with this key.
const QString kAccountKey = QStringLiteral("http://127.0.0.1/api#11");

BulkJob jobOf(const QVector<Sim>& sims, SimOperation op, qsizetype first, qsizetype count) {
    BulkJob job;
    job.op = op;
    job.author = QStringLiteral("Aigerim Nurlanova");
    job.created = QDateTime::fromSecsSinceEpoch(1764900000, Qt::UTC);
    job.callbackUrl = QStringLiteral("http://127.0.0.1:8123/callback/secret-0123456789abcdef");
    if (op == SimOperation::Sms)
        job.params.smsText = QStringLiteral("Тест связи");
    if (op == SimOperation::Group) {
        job.params.groupIds = {301, 302};
        job.params.newGroupNames = {QStringLiteral("Склад")};
    }
    BulkChunk chunk;
    chunk.index = 0;
    for (qsizetype i = first; i < first + count && i < sims.size(); ++i) {
        chunk.simIds.append(sims.at(i).id);
        SimResult result;
        result.simId = sims.at(i).id;
        result.chunk = 0;
        job.sims.insert(result.simId, result);
    }
    job.chunks.append(chunk);
    // One SIM skipped, with its reason.
    if (first + count < sims.size()) {
        SimResult skipped;
        skipped.simId = sims.at(first + count).id;
        skipped.outcome = SimOutcome::Skipped;
        skipped.setReason(BulkJobText::reason("skip_already_blocked"));
        job.sims.insert(skipped.simId, skipped);
    }
    return job;
}

int fail(const QString& message) {
    std::fprintf(stderr, "fuzz_make_seeds: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    if (argc != 3)
        return fail(QStringLiteral("usage: fuzz_make_seeds SIM_LIST_ANSWER.json OUTDIR"));
    QFile answer(QString::fromLocal8Bit(argv[1]));
    if (!answer.open(QIODevice::ReadOnly))
        return fail(answer.errorString());
    QJsonObject envelope;
    if (ApiError::fromEnvelopeBytes(answer.readAll(), 200, &envelope).isError())
        return fail(QStringLiteral("not a sim/list answer"));
    const QVector<Sim> sims = parseSimPage(envelope).items;
    if (sims.size() < 4)
        return fail(QStringLiteral("the answer needs at least 4 SIMs"));
    const QDir out(QString::fromLocal8Bit(argv[2]));
    QDir().mkpath(out.path());
    QString error;

    FleetSnapshotStore store(out.filePath(QStringLiteral("snapshot")));
    if (!store.save(kAccountKey, sims, QDateTime::fromSecsSinceEpoch(1764900000, Qt::UTC), &error))
        return fail(error);
    QFile::remove(out.filePath(QStringLiteral("snapshot.sqlite")));
    QFile::rename(store.filePath(kAccountKey), out.filePath(QStringLiteral("snapshot.sqlite")));
    QDir(store.directory()).removeRecursively();
    {
        QFile row(out.filePath(QStringLiteral("row.bin")));
        if (!row.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            row.write(FleetSnapshotStore::encode(sims.first())) < 0)
            return fail(row.errorString());
    }

    {
        QFile::remove(out.filePath(QStringLiteral("jobs.sqlite")));
        JobStore jobs(out.filePath(QStringLiteral("jobs.sqlite")));
        if (!jobs.open(&error))
            return fail(error);
        const std::optional<qint64> blocked = jobs.create(jobOf(sims, SimOperation::Block, 0, 2));
        const std::optional<qint64> group = jobs.create(jobOf(sims, SimOperation::Group, 1, 2));
        if (!jobs.create(jobOf(sims, SimOperation::Sms, 2, 1)) || !blocked || !group)
            return fail(QStringLiteral("cannot create the jobs"));
        BulkChunk accepted = jobOf(sims, SimOperation::Block, 0, 2).chunks.first();
        accepted.state = ChunkState::Accepted;
        accepted.queueId = QStringLiteral("q-1764900000-1");
        accepted.acceptedAt = QDateTime::fromSecsSinceEpoch(1764900005, Qt::UTC);
        accepted.attempts = 1;
        accepted.count = 2;
        accepted.processed = 1;
        accepted.percentage = 50;
        QVector<SimResult> results;
        for (const qint64 id : accepted.simIds) {
            SimResult result;
            result.simId = id;
            result.chunk = 0;
            result.outcome = SimOutcome::Done;
            result.queueStatus = QStringLiteral("done");
            results.append(result);
        }
        if (!jobs.saveChunk(*blocked, accepted, results, &error))
            return fail(error);
        BulkChunk refused = jobOf(sims, SimOperation::Group, 1, 2).chunks.first();
        refused.state = ChunkState::Refused;
        ApiError validation = ApiError::fromApiCode(422, QStringLiteral("Validation failed"), 200);
        refused.setError(BulkJobText::apiErrorReason("refused", validation));
        if (!jobs.saveChunk(*group, refused, {}, &error))
            return fail(error);
    }
    QFile::remove(JobStore::lockPath(out.filePath(QStringLiteral("jobs.sqlite"))));

    QFile::remove(out.filePath(QStringLiteral("audit.sqlite")));
    AuditTrail trail(out.filePath(QStringLiteral("audit.sqlite")));
    if (!trail.open(&error))
        return fail(error);
    AuditEntry entry;
    entry.time = QDateTime::fromSecsSinceEpoch(1764900000, Qt::UTC);
    entry.author = QStringLiteral("Aigerim Nurlanova");
    entry.action = QStringLiteral("block");
    entry.details = QStringLiteral("Block 2 SIMs");
    entry.simCount = 2;
    entry.skippedCount = 1;
    entry.jobId = 1;
    const std::optional<qint64> id = trail.record(entry, &error);
    if (!id || !trail.appendQueueId(*id, QStringLiteral("q-1764900000-1"), &error))
        return fail(error);
    entry.action = QString(AuditTrail::kRenameAction);
    entry.details = QStringLiteral("Rename SIM 100001 to \"Склад 1\"");
    entry.simCount = 1;
    entry.skippedCount = 0;
    entry.jobId = 0;
    if (!trail.record(entry, &error))
        return fail(error);
    return 0;
}
