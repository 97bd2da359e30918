// The job journal (JobStore): the input is the journal's SQLite file as found
// on disk. It is shown read-only (another process's journal), then opened as
// the app opens its own (migrated, or set aside and started afresh), and
// every job is loaded both times. Then what the app does next must work: a
// new job is stored, a chunk's answer saved, and both read back.
#include "models/storage/JobStore.h"
#include "tests/fuzz/ScratchFiles.h"

#include <QFileInfo>

using namespace simfleet;

namespace {

constexpr int kMaxJobsLoaded = 16;

void loadAll(const JobStore& store) {
    QString error;
    const QVector<qint64> ids = store.jobIds(&error);
    (void)store.unfinishedJobIds(&error);
    for (qsizetype i = 0; i < ids.size() && i < kMaxJobsLoaded; ++i) {
        if (const std::optional<BulkJob> job = store.load(ids.at(i), &error)) {
            fuzz::check(job->id == ids.at(i), "a job loaded under another id");
            (void)job->state();
            (void)job->isFinished();
            (void)job->outcomeCounts();
            (void)job->retryableSims();
            (void)job->unknownSims();
            for (const SimResult& sim : job->sims) {
                fuzz::check(sim.chunk < job->chunks.size(), "a SIM of a chunk that is not there");
                (void)sim.reasonText();
            }
            for (const BulkChunk& chunk : job->chunks)
                (void)chunk.errorText();
        }
    }
}

} // namespace

SIMFLEET_FUZZ_INITIALIZE_QT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray input = fuzz::bytes(data, size);
    {
        JobStore reader(fuzz::writeScratchFile(QStringLiteral("jobs.sqlite"), input));
        QString error;
        if (reader.openForReading(&error))
            loadAll(reader);
    }
    JobStore store(fuzz::writeScratchFile(QStringLiteral("jobs.sqlite"), input));
    QString error;
    if (!store.open(&error)) {
        fuzz::check(!error.isEmpty(), "a journal refused without a reason");
        return 0;
    }
    loadAll(store);
    fuzz::check(QFileInfo::exists(store.filePath()), "an opened journal has no file");

    BulkJob job;
    job.op = SimOperation::Block;
    job.author = QStringLiteral("fuzz");
    job.created = QDateTime::fromSecsSinceEpoch(1764900000, Qt::UTC);
    BulkChunk chunk;
    chunk.simIds = {100001, 100002};
    job.chunks.append(chunk);
    for (const qint64 sim : chunk.simIds)
        job.sims.insert(sim, SimResult{sim, SimOutcome::Pending, 0, {}, {}});
    const std::optional<qint64> id = store.create(job, &error);
    if (!id)
        return 0; // refused with an error: nothing claimed
    chunk.state = ChunkState::Accepted;
    chunk.queueId = QStringLiteral("q-fuzz");
    if (!store.saveChunk(*id, chunk, {}, &error))
        return 0;
    const std::optional<BulkJob> stored = store.load(*id, &error);
    fuzz::check(stored.has_value(), "a stored job was not read back", error);
    fuzz::check(stored->chunks.size() == 1 && stored->chunks.first().queueId == chunk.queueId,
                "a saved chunk's queue id was lost");
    fuzz::check(stored->sims.size() == 2, "a stored job lost SIMs");
    return 0;
}
