#pragma once

#include <QByteArray>
#include <QVector>

namespace simfleet {

// Finds a byte string in text made of rows laid end to end, each ending in
// '\0' (FleetSearchText's buffer). Candidate positions are found 16 or 32
// bytes at a time by comparing the needle's first and last byte at once, then
// checked byte by byte; after a hit the scan jumps to the next row, since one
// hit per row is enough. On x86-64 this runs at several GB/s, where a memmem
// call per row or per hit spent most of its time starting up.
namespace TextScan {

enum class Kernel {
    Best,  // the fastest this processor has
    Avx2,  // 32 bytes at a time (x86-64 with AVX2)
    Sse2,  // 16 bytes at a time (every x86-64)
    Plain, // memmem, on any processor
};

// The kernels this processor can run, fastest first (Best excluded).
QVector<Kernel> availableKernels();

struct Text {
    const char* data = nullptr; // the whole buffer
    qsizetype size = 0;
    const quint32* starts = nullptr; // offset of each row
    qsizetype rows = 0;
};

// Writes to `out`, ascending, the rows in [firstRow, endRow) that contain
// `needle` (not empty, no '\0') and returns how many. `out` has room for
// endRow - firstRow rows.
qsizetype findRows(const Text& text, qsizetype firstRow, qsizetype endRow, const QByteArray& needle,
                   int* out, Kernel kernel = Kernel::Best);

// Whether row `row` contains `needle` (not empty, no '\0').
bool rowContains(const Text& text, qsizetype row, const QByteArray& needle,
                 Kernel kernel = Kernel::Best);

} // namespace TextScan

} // namespace simfleet
