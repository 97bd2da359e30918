#include "models/fleet/TextScan.h"

#include <algorithm>
#include <cstring>

#if defined(__x86_64__) && defined(__GNUC__)
#define SIMFLEET_TEXTSCAN_X86 1
#include <immintrin.h>
#endif

namespace simfleet {

namespace {

// The offset where the search of rows [firstRow, endRow) ends: endRow's start.
qsizetype endOfRows(const TextScan::Text& text, qsizetype endRow) {
    return endRow < text.rows ? qsizetype(text.starts[endRow]) : text.size;
}

// The row holding offset `at`, found by walking on from `row`: hits come in
// order, so the walk over all hits of a search covers the starts once.
qsizetype rowAt(const TextScan::Text& text, qsizetype row, quint32 at) {
    while (row + 1 < text.rows && text.starts[row + 1] <= at)
        ++row;
    return row;
}

// --- on any processor ------------------------------------------------------

// The offset of the first hit in [from, stop), or -1.
qsizetype plainFirstHit(const TextScan::Text& text, qsizetype from, qsizetype stop,
                        const QByteArray& needle) {
    if (from >= stop)
        return -1;
    const char* begin = text.data + from;
    const char* end = text.data + stop;
#if defined(__GLIBC__)
    const auto* hit = static_cast<const char*>(
        memmem(begin, size_t(end - begin), needle.constData(), size_t(needle.size())));
#else
    const char* hit = std::search(begin, end, needle.cbegin(), needle.cend());
    if (hit == end)
        hit = nullptr;
#endif
    return hit ? hit - text.data : -1;
}

#ifdef SIMFLEET_TEXTSCAN_X86

// --- 16 or 32 bytes at a time -------------------------------------------------
// The same kernel twice: for SSE2, which every x86-64 has, and compiled for
// AVX2, chosen only when the processor has it.

namespace sse2 {
struct Simd {
    using Vector = __m128i;
    static constexpr int kWidth = 16;
    static Vector splat(char c) { return _mm_set1_epi8(c); }
    // Bit i set: `first` at at[i] and `last` at at[i + length - 1].
    static quint32 candidates(const char* at, int length, Vector first, Vector last) {
        const Vector a = _mm_loadu_si128(reinterpret_cast<const Vector*>(at));
        const Vector b = _mm_loadu_si128(reinterpret_cast<const Vector*>(at + length - 1));
        return quint32(
            _mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi8(a, first), _mm_cmpeq_epi8(b, last))));
    }
};
#include "models/fleet/TextScanKernel.inc"
} // namespace sse2

#if defined(__clang__)
#pragma clang attribute push(__attribute__((target("avx2"))), apply_to = function)
#else
#pragma GCC push_options
#pragma GCC target("avx2")
#endif
namespace avx2 {
struct Simd {
    using Vector = __m256i;
    static constexpr int kWidth = 32;
    static Vector splat(char c) { return _mm256_set1_epi8(c); }
    static quint32 candidates(const char* at, int length, Vector first, Vector last) {
        const Vector a = _mm256_loadu_si256(reinterpret_cast<const Vector*>(at));
        const Vector b = _mm256_loadu_si256(reinterpret_cast<const Vector*>(at + length - 1));
        return quint32(_mm256_movemask_epi8(
            _mm256_and_si256(_mm256_cmpeq_epi8(a, first), _mm256_cmpeq_epi8(b, last))));
    }
};
#include "models/fleet/TextScanKernel.inc"
} // namespace avx2
#if defined(__clang__)
#pragma clang attribute pop
#else
#pragma GCC pop_options
#endif

bool hasAvx2() {
    static const bool has = __builtin_cpu_supports("avx2");
    return has;
}

#endif // SIMFLEET_TEXTSCAN_X86

qsizetype findRowsPlain(const TextScan::Text& text, qsizetype firstRow, qsizetype endRow,
                        const QByteArray& needle, int* out) {
    const qsizetype stop = endOfRows(text, endRow);
    qsizetype from = text.starts[firstRow];
    qsizetype row = firstRow;
    int* next = out;
    for (qsizetype hit; (hit = plainFirstHit(text, from, stop, needle)) >= 0;) {
        row = rowAt(text, row, quint32(hit));
        *next++ = int(row);
        if (row + 1 >= endRow)
            break;
        from = text.starts[row + 1];
    }
    return next - out;
}

TextScan::Kernel resolved(TextScan::Kernel kernel) {
    static const TextScan::Kernel best = TextScan::availableKernels().constFirst();
    return kernel == TextScan::Kernel::Best ? best : kernel;
}

} // namespace

QVector<TextScan::Kernel> TextScan::availableKernels() {
    QVector<Kernel> kernels;
#ifdef SIMFLEET_TEXTSCAN_X86
    if (hasAvx2())
        kernels.append(Kernel::Avx2);
    kernels.append(Kernel::Sse2);
#endif
    kernels.append(Kernel::Plain);
    return kernels;
}

qsizetype TextScan::findRows(const Text& text, qsizetype firstRow, qsizetype endRow,
                             const QByteArray& needle, int* out, Kernel kernel) {
    if (firstRow >= endRow || needle.isEmpty())
        return 0;
    switch (resolved(kernel)) {
#ifdef SIMFLEET_TEXTSCAN_X86
    case Kernel::Avx2:
        return avx2::findRows(text, firstRow, endRow, needle, out);
    case Kernel::Sse2:
        return sse2::findRows(text, firstRow, endRow, needle, out);
#endif
    default:
        return findRowsPlain(text, firstRow, endRow, needle, out);
    }
}

bool TextScan::rowContains(const Text& text, qsizetype row, const QByteArray& needle,
                           Kernel kernel) {
    if (needle.isEmpty())
        return true;
    switch (resolved(kernel)) {
#ifdef SIMFLEET_TEXTSCAN_X86
    case Kernel::Avx2:
        return avx2::rowContains(text, row, needle);
    case Kernel::Sse2:
        return sse2::rowContains(text, row, needle);
#endif
    default:
        return plainFirstHit(text, text.starts[row], endOfRows(text, row + 1), needle) >= 0;
    }
}

} // namespace simfleet
