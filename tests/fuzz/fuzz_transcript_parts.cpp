// The XML inside a bill's transcript: the input lists the package's parts,
//   @@ xl/workbook.xml
//   <workbook ...>...
//   @@ xl/worksheets/sheet1.xml
//   ...
// which the harness stores (uncompressed) in a valid zip before handing it to
// TranscriptReader::read: the fuzzer mutates the XML directly instead of
// deflated bytes, which reaches the workbook, relationships, shared
// strings, styles and sheet readers.
#include "models/bills/TranscriptReader.h"
#include "tests/fuzz/TranscriptChecks.h"

#include <QtEndian>

#include <zlib.h>

using namespace simfleet;

namespace {

void put16(QByteArray* out, quint16 value) {
    char bytes[2];
    qToLittleEndian(value, bytes);
    out->append(bytes, 2);
}

void put32(QByteArray* out, quint32 value) {
    char bytes[4];
    qToLittleEndian(value, bytes);
    out->append(bytes, 4);
}

struct Part {
    QByteArray name;
    QByteArray content;
};

QVector<Part> partsOf(const QByteArray& input) {
    QVector<Part> parts;
    qsizetype at = input.startsWith("@@ ") ? 0 : input.indexOf("\n@@ ");
    if (at > 0)
        ++at;
    while (at >= 0 && at < input.size()) {
        const qsizetype nameEnd = input.indexOf('\n', at);
        if (nameEnd < 0)
            break;
        const qsizetype next = input.indexOf("\n@@ ", nameEnd);
        const qsizetype contentEnd = next < 0 ? input.size() : next;
        parts.append({input.mid(at + 3, nameEnd - at - 3).trimmed(),
                      input.mid(nameEnd + 1, contentEnd - nameEnd - 1)});
        at = next < 0 ? -1 : next + 1;
    }
    return parts;
}

// A zip of the parts, each stored as is (method 0), with right CRCs and sizes.
QByteArray storedZip(const QVector<Part>& parts) {
    QByteArray zip;
    QByteArray directory;
    for (const Part& part : parts) {
        const quint32 crc =
            quint32(crc32(0, reinterpret_cast<const Bytef*>(part.content.constData()),
                          uInt(part.content.size())));
        const quint32 offset = quint32(zip.size());
        put32(&zip, 0x04034b50);
        put16(&zip, 20);
        put16(&zip, 0);    // flags
        put16(&zip, 0);    // stored
        put16(&zip, 0);    // time
        put16(&zip, 0x21); // date: 1980-01-01
        put32(&zip, crc);
        put32(&zip, quint32(part.content.size()));
        put32(&zip, quint32(part.content.size()));
        put16(&zip, quint16(part.name.size()));
        put16(&zip, 0);
        zip += part.name;
        zip += part.content;

        put32(&directory, 0x02014b50);
        put16(&directory, 20);
        put16(&directory, 20);
        put16(&directory, 0);
        put16(&directory, 0);
        put16(&directory, 0);
        put16(&directory, 0x21);
        put32(&directory, crc);
        put32(&directory, quint32(part.content.size()));
        put32(&directory, quint32(part.content.size()));
        put16(&directory, quint16(part.name.size()));
        put16(&directory, 0); // extra
        put16(&directory, 0); // comment
        put16(&directory, 0); // disk
        put16(&directory, 0); // internal attributes
        put32(&directory, 0); // external attributes
        put32(&directory, offset);
        directory += part.name;
    }
    const quint32 directoryOffset = quint32(zip.size());
    zip += directory;
    put32(&zip, 0x06054b50);
    put16(&zip, 0);
    put16(&zip, 0);
    put16(&zip, quint16(parts.size()));
    put16(&zip, quint16(parts.size()));
    put32(&zip, quint32(directory.size()));
    put32(&zip, directoryOffset);
    put16(&zip, 0);
    return zip;
}

} // namespace

SIMFLEET_FUZZ_INITIALIZE_QT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QVector<Part> parts = partsOf(fuzz::bytes(data, size));
    if (parts.isEmpty() || parts.size() > 64)
        return 0;
    fuzz::checkTranscript(TranscriptReader::read(storedZip(parts)));
    return 0;
}
