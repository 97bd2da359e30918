// The fleet search's text scan (TextScan) with a typed needle: every kernel
// the processor has finds exactly the rows a naive search finds, and never
// reads outside the text. Input: the needle, a newline, then the rows one per
// line, in a buffer of exactly their size.
#include "models/fleet/TextScan.h"
#include "tests/fuzz/FuzzSupport.h"

#include <vector>

using namespace simfleet;

SIMFLEET_FUZZ_INITIALIZE_QT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray input = fuzz::bytes(data, size);
    const qsizetype newline = input.indexOf('\n');
    if (newline <= 0)
        return 0;
    const QByteArray needle = input.left(newline);
    if (needle.contains('\0'))
        return 0; // the search never asks for one
    std::vector<char> bytes;
    std::vector<quint32> starts;
    QList<QByteArray> rows = input.mid(newline + 1).split('\n');
    for (QByteArray& row : rows) {
        row.replace('\0', ' ');
        starts.push_back(quint32(bytes.size()));
        bytes.insert(bytes.end(), row.cbegin(), row.cend());
        bytes.push_back('\0');
    }
    bytes.shrink_to_fit();
    starts.shrink_to_fit();
    const TextScan::Text text{bytes.data(), qsizetype(bytes.size()), starts.data(),
                              qsizetype(starts.size())};
    QVector<int> expected;
    for (qsizetype row = 0; row < rows.size(); ++row) {
        if (rows.at(row).contains(needle))
            expected.append(int(row));
    }
    for (TextScan::Kernel kernel : TextScan::availableKernels()) {
        std::vector<int> out(rows.size());
        out.resize(
            std::size_t(TextScan::findRows(text, 0, rows.size(), needle, out.data(), kernel)));
        fuzz::check(QVector<int>(out.cbegin(), out.cend()) == expected,
                    "rows found differ from a naive search", QString::number(int(kernel)));
        for (qsizetype row = 0; row < rows.size(); ++row)
            fuzz::check(TextScan::rowContains(text, row, needle, kernel) ==
                            expected.contains(int(row)),
                        "a row's check differs from a naive search", QString::number(row));
    }
    return 0;
}
