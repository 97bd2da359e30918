// The audit trail (AuditTrail): the input is its SQLite file as found on
// disk. Opening sets a damaged one aside and starts afresh; the entries of a
// usable one are read; then what the app does next must work: an entry is
// recorded, a queue id appended to it, and both read back.
#include "models/jobs/AuditTrail.h"
#include "tests/fuzz/ScratchFiles.h"

using namespace simfleet;

SIMFLEET_FUZZ_INITIALIZE_QT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    AuditTrail trail(
        fuzz::writeScratchFile(QStringLiteral("audit.sqlite"), fuzz::bytes(data, size)));
    QString error;
    if (!trail.open(&error)) {
        fuzz::check(!error.isEmpty(), "an audit trail refused without a reason");
        return 0;
    }
    for (const AuditEntry& entry : trail.entries(&error))
        (void)AuditTrail::actionName(entry.action);

    AuditEntry entry;
    entry.time = QDateTime::fromSecsSinceEpoch(1764900000, Qt::UTC);
    entry.author = QStringLiteral("fuzz");
    entry.action = QStringLiteral("block");
    const std::optional<qint64> id = trail.record(entry, &error);
    if (!id)
        return 0; // refused with an error: nothing claimed
    if (!trail.appendQueueId(*id, QStringLiteral("q-fuzz"), &error))
        return 0;
    bool found = false;
    for (const AuditEntry& read : trail.entries(&error)) {
        if (read.id == *id) {
            found = true;
            fuzz::check(read.queueIds.contains(QStringLiteral("q-fuzz")),
                        "an appended queue id was lost");
        }
    }
    fuzz::check(found, "a recorded entry was not read back");
    return 0;
}
