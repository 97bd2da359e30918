// A bill's transcript as downloaded: the XLSX file's bytes through
// TranscriptReader::read (the zip container, then the workbook's XML), with
// the app's limits.
#include "models/bills/TranscriptReader.h"
#include "tests/fuzz/TranscriptChecks.h"

using namespace simfleet;

SIMFLEET_FUZZ_INITIALIZE_QT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    fuzz::checkTranscript(TranscriptReader::read(fuzz::bytes(data, size)));
    return 0;
}
