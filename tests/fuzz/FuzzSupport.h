#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QString>

#include <cstddef>
#include <cstdint>

// What every libFuzzer harness of tests/fuzz shares.
namespace simfleet::fuzz {

// Creates the QCoreApplication once (from LLVMFuzzerInitialize): the SQL
// plugins and the translation functions need one. Silences Qt's messages
// (warnings about the damaged input are expected, and printing them would
// cost more than the parse) unless SIMFLEET_FUZZ_VERBOSE is set.
void initQt(int* argc, char*** argv);

inline QByteArray bytes(const uint8_t* data, size_t size) {
    return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
}

// A directory of this process's own (removed at exit), for harnesses that
// read files.
const QString& scratchDirectory();

// Fails the run (libFuzzer reports it as a crash, with the input saved) when
// an invariant of a parser's result does not hold.
[[noreturn]] void fail(const char* what, const QString& detail = {});
inline void check(bool condition, const char* what, const QString& detail = {}) {
    if (!condition)
        fail(what, detail);
}

} // namespace simfleet::fuzz

// The LLVMFuzzerInitialize of a harness that needs nothing but Qt (initQt).
#define SIMFLEET_FUZZ_INITIALIZE_QT                                                                \
    extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {                                 \
        simfleet::fuzz::initQt(argc, argv);                                                        \
        return 0;                                                                                  \
    }
