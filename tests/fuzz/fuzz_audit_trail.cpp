// The audit trail (AuditTrail): the input is its SQLite file as found on
// disk; opening sets a damaged one aside and starts afresh, and the entries
// of a usable one are read.
#include "models/jobs/AuditTrail.h"
#include "tests/fuzz/ScratchFiles.h"

using namespace simfleet;

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
    fuzz::initQt(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    AuditTrail trail(
        fuzz::writeScratchFile(QStringLiteral("audit.sqlite"), fuzz::bytes(data, size)));
    QString error;
    if (!trail.open(&error)) {
        fuzz::check(!error.isEmpty(), "an audit trail refused without a reason");
        return 0;
    }
    for (const AuditEntry& entry : trail.entries(&error)) {
        (void)AuditTrail::actionName(entry.action);
        fuzz::check(entry.id > 0, "an entry without id");
    }
    return 0;
}
