// The job journal (JobStore): the input is the journal's SQLite file as found
// on disk. It is shown read-only (another process's journal), then opened as
// the app opens its own (migrated, or set aside and started afresh), and
// every job is loaded both times.
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

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
    fuzz::initQt(argc, argv);
    return 0;
}

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
    if (store.open(&error)) {
        loadAll(store);
        fuzz::check(QFileInfo::exists(store.filePath()), "an opened journal has no file");
    } else {
        fuzz::check(!error.isEmpty(), "a journal refused without a reason");
    }
    return 0;
}
