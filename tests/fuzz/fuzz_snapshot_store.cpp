// The fleet snapshot (FleetSnapshotStore): the input is the account's SQLite
// file as found on disk, damaged or foreign; loading it must give the
// snapshot, or nothing and an error with the file set aside, never a crash.
// Each input is also read as one stored row (FleetSnapshotStore::decode),
// which must store again unchanged. The seeds hold files of both formats
// (binary pages, and version 1's JSON rows).
#include "models/storage/FleetSnapshotStore.h"
#include "tests/fuzz/ScratchFiles.h"

#include <QFileInfo>

using namespace simfleet;

namespace {

// The key the seeds of corpus/snapshot_store were saved with.
const QString kAccountKey = QStringLiteral("http://127.0.0.1/api#11");

} // namespace

SIMFLEET_FUZZ_INITIALIZE_QT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray input = fuzz::bytes(data, size);
    if (const std::optional<Sim> sim = FleetSnapshotStore::decode(input)) {
        fuzz::check(sim->id > 0, "a stored row without id read");
        const std::optional<Sim> again =
            FleetSnapshotStore::decode(FleetSnapshotStore::encode(*sim));
        fuzz::check(again && *again == *sim, "a stored row changed when stored again");
    }

    const QString directory = fuzz::scratchDirectory() + QStringLiteral("/input");
    FleetSnapshotStore store(directory);
    const QString path = store.filePath(kAccountKey);
    fuzz::writeScratchFile(QFileInfo(path).fileName(), input);
    QString error;
    const std::optional<FleetSnapshotStore::Snapshot> snapshot = store.load(kAccountKey, &error);
    if (snapshot) {
        fuzz::check(snapshot->asOf.isValid(), "a snapshot without its time");
        for (const Sim& sim : snapshot->sims)
            fuzz::check(sim.id > 0, "a SIM without id loaded");
    } else {
        fuzz::check(!error.isEmpty(), "no snapshot and no error for a file that exists");
        fuzz::check(!QFileInfo::exists(path), "a damaged snapshot was not set aside");
    }
    return 0;
}
