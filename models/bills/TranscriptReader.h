#pragma once

#include "models/bills/TranscriptWorkbook.h"
#include "models/bills/ZipPackage.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <atomic>

namespace simfleet {

// What TranscriptReader reads at most. A transcript has one sheet of at most 5,000 SIMs and five
// columns; the limits leave room for twenty times that while keeping memory bounded (a cell takes
// about 40 bytes).
struct TranscriptLimits {
    qint64 maxFileBytes = 64LL * 1024 * 1024;
    ZipPackage::Limits zip;
    int maxSheets = 64;
    int maxRows = 100000;
    int maxColumns = 256;
    qint64 maxCells = 2000000;
    int maxSharedStrings = 1000000;
};

// Reads a bill's transcript (an XLSX workbook) for the preview: the sheets in
// the workbook's order (xl/workbook.xml through its relationships), shared
// strings (rich-text runs joined), inline strings, formula strings, booleans,
// errors, numbers and dates (by the cell's number format, 1900 or 1904 date
// system). The file is input: a malformed or hostile one ends in an Error and
// a translated message that says which limit or which part, never in a crash
// or an allocation its headers ask for. Thread-safe (no shared state): run it
// off the GUI thread.
class TranscriptReader final {
    Q_DECLARE_TR_FUNCTIONS(TranscriptReader)

public:
    enum class Error {
        None,
        FileUnreadable,
        FileTooBig,
        NotZip,
        Damaged,
        Unsupported,
        TooManyEntries,
        EntryTooBig,
        RatioTooHigh,
        TotalTooBig,
        MissingPart,
        BadXml,
        BadSharedString,
        BadCellReference,
        TooManySheets,
        TooManyRows,
        TooManyColumns,
        TooManyCells,
        TooManySharedStrings,
        Cancelled,
    };
    using Limits = TranscriptLimits;
    struct Result {
        TranscriptWorkbook workbook;
        Error error = Error::None;
        QString message; // translated; empty when ok
        bool ok() const { return error == Error::None; }
    };

    static Result readFile(const QString& path, const Limits& limits = {},
                           const std::atomic_bool* cancel = nullptr);
    static Result read(const QByteArray& data, const Limits& limits = {},
                       const std::atomic_bool* cancel = nullptr);
};

} // namespace simfleet
