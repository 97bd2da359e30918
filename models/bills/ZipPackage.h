#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QVector>

#include <atomic>

namespace simfleet {

// The parts of a zip archive held in memory (an XLSX package), read with zlib
// alone. Every size the archive states is distrusted: nothing is allocated
// from a header, a part is inflated in chunks while counting the bytes that
// actually come out, and reading stops at the first of: the part's limit, the
// total limit, a compression ratio no real XML reaches, a size other than
// the header's, a wrong CRC. Not QuaZip: it exports its own copy of minizip's
// zip functions, which would replace the system minizip that libxlsxwriter
// (the fleet export, the emulator) calls in the same program.
class ZipPackage final {
public:
    enum class Status {
        Ok,
        NotZip,         // no end-of-archive record
        Damaged,        // truncated, inconsistent offsets or sizes, bad CRC
        Unsupported,    // encrypted, ZIP64, multi-disk, a method other than stored/deflated
        TooManyEntries, // more than Limits::maxEntries
        EntryTooBig,    // a part unpacks to more than Limits::maxEntryBytes
        RatioTooHigh,   // a part unpacks to more than Limits::maxRatio times its packed size
        TotalTooBig,    // the parts read so far unpack to more than Limits::maxTotalBytes
        Missing,        // no part of that name
        Cancelled,
    };
    struct Limits {
        int maxEntries = 1000;
        qint64 maxEntryBytes = 64LL * 1024 * 1024;
        qint64 maxTotalBytes = 256LL * 1024 * 1024;
        int maxRatio = 100;
        // The ratio is judged once this much has come out (tiny parts pack
        // at any ratio).
        qint64 ratioGraceBytes = qint64(1024) * 1024;
    };

    // Reads the central directory; Ok or why not.
    Status open(const QByteArray& data, const Limits& limits);
    bool contains(const QString& name) const { return m_index.contains(name); }
    int entryCount() const { return int(m_entries.size()); }
    // Unpacks one part into *out (cleared first). `cancel` is polled between chunks.
    Status read(const QString& name, QByteArray* out, const std::atomic_bool* cancel = nullptr);

private:
    struct Entry {
        QString name;
        quint16 flags = 0;
        quint16 method = 0;
        quint32 crc = 0;
        qint64 packedSize = 0;
        qint64 size = 0;
        qint64 localOffset = 0;
    };
    Status inflateEntry(const Entry& entry, qint64 start, QByteArray* out,
                        const std::atomic_bool* cancel);

    QByteArray m_data;
    Limits m_limits;
    QVector<Entry> m_entries;
    QHash<QString, int> m_index;
    qint64 m_totalRead = 0;
};

} // namespace simfleet
