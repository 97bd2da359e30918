#include "models/bills/ZipPackage.h"

#include <QtEndian>

#include <zlib.h>

namespace simfleet {

namespace {

constexpr quint32 kEndSignature = 0x06054b50;
constexpr quint32 kCentralSignature = 0x02014b50;
constexpr quint32 kLocalSignature = 0x04034b50;
constexpr qint64 kEndSize = 22;
constexpr qint64 kCentralSize = 46;
constexpr qint64 kLocalSize = 30;
constexpr qint64 kMaxComment = 0xffff;
constexpr qint64 kChunk = qint64(64) * 1024;

quint16 le16(const QByteArray& data, qint64 at) {
    return qFromLittleEndian<quint16>(data.constData() + at);
}

quint32 le32(const QByteArray& data, qint64 at) {
    return qFromLittleEndian<quint32>(data.constData() + at);
}

bool within(const QByteArray& data, qint64 at, qint64 length) {
    return at >= 0 && length >= 0 && at <= data.size() && length <= data.size() - at;
}

} // namespace

ZipPackage::Status ZipPackage::open(const QByteArray& data, const Limits& limits) {
    m_data = data;
    m_limits = limits;
    m_entries.clear();
    m_index.clear();
    m_totalRead = 0;

    const qint64 size = m_data.size();
    const bool looksLikeZip = size >= 4 && le32(m_data, 0) == kLocalSignature;
    // The end record is the last 22 bytes, or earlier by a comment of up to 64 KiB.
    qint64 end = -1;
    for (qint64 at = size - kEndSize; at >= 0 && at >= size - kEndSize - kMaxComment; --at) {
        if (le32(m_data, at) == kEndSignature && at + kEndSize + le16(m_data, at + 20) == size) {
            end = at;
            break;
        }
    }
    if (end < 0)
        return looksLikeZip ? Status::Damaged : Status::NotZip;
    const quint16 disk = le16(m_data, end + 4);
    const quint16 directoryDisk = le16(m_data, end + 6);
    const quint16 entriesHere = le16(m_data, end + 8);
    const quint16 entries = le16(m_data, end + 10);
    const quint32 directorySize = le32(m_data, end + 12);
    const quint32 directoryOffset = le32(m_data, end + 16);
    if (entries == 0xffff || directorySize == 0xffffffff || directoryOffset == 0xffffffff)
        return Status::Unsupported; // ZIP64
    if (disk != 0 || directoryDisk != 0 || entriesHere != entries)
        return Status::Unsupported; // spanned archive
    if (entries > m_limits.maxEntries)
        return Status::TooManyEntries;
    if (qint64(directoryOffset) + qint64(directorySize) > end)
        return Status::Damaged;

    qint64 at = directoryOffset;
    const qint64 directoryEnd = qint64(directoryOffset) + qint64(directorySize);
    m_entries.reserve(entries);
    for (int i = 0; i < entries; ++i) {
        if (at + kCentralSize > directoryEnd || le32(m_data, at) != kCentralSignature)
            return Status::Damaged;
        Entry entry;
        entry.flags = le16(m_data, at + 8);
        entry.method = le16(m_data, at + 10);
        entry.crc = le32(m_data, at + 16);
        const quint32 packed = le32(m_data, at + 20);
        const quint32 unpacked = le32(m_data, at + 24);
        const quint16 nameLength = le16(m_data, at + 28);
        const quint16 extraLength = le16(m_data, at + 30);
        const quint16 commentLength = le16(m_data, at + 32);
        const quint32 local = le32(m_data, at + 42);
        const qint64 next = at + kCentralSize + nameLength + extraLength + commentLength;
        if (next > directoryEnd)
            return Status::Damaged;
        if (packed == 0xffffffff || unpacked == 0xffffffff || local == 0xffffffff)
            return Status::Unsupported; // ZIP64
        entry.packedSize = packed;
        entry.size = unpacked;
        entry.localOffset = local;
        entry.name = QString::fromUtf8(m_data.constData() + at + kCentralSize, nameLength);
        if (!m_index.contains(entry.name)) {
            m_index.insert(entry.name, int(m_entries.size()));
            m_entries.append(entry);
        }
        at = next;
    }
    return Status::Ok;
}

ZipPackage::Status ZipPackage::read(const QString& name, QByteArray* out,
                                    const std::atomic_bool* cancel) {
    out->clear();
    const auto found = m_index.constFind(name);
    if (found == m_index.constEnd())
        return Status::Missing;
    const Entry& entry = m_entries.at(*found);
    if (entry.flags & 0x1)
        return Status::Unsupported; // encrypted
    if (entry.method != 0 && entry.method != Z_DEFLATED)
        return Status::Unsupported;
    // The header's size is only an upper bound that is checked, never allocated.
    if (entry.size > m_limits.maxEntryBytes)
        return Status::EntryTooBig;
    if (m_totalRead + entry.size > m_limits.maxTotalBytes)
        return Status::TotalTooBig;
    const qint64 local = entry.localOffset;
    if (!within(m_data, local, kLocalSize) || le32(m_data, local) != kLocalSignature)
        return Status::Damaged;
    const qint64 start = local + kLocalSize + le16(m_data, local + 26) + le16(m_data, local + 28);
    if (!within(m_data, start, entry.packedSize))
        return Status::Damaged;

    Status status = Status::Ok;
    if (entry.method == 0) {
        if (entry.packedSize != entry.size)
            return Status::Damaged;
        *out = m_data.mid(start, entry.packedSize);
    } else {
        status = inflateEntry(entry, start, out, cancel);
    }
    if (status == Status::Ok &&
        crc32(0, reinterpret_cast<const Bytef*>(out->constData()), uInt(out->size())) != entry.crc)
        status = Status::Damaged;
    if (status != Status::Ok) {
        out->clear();
        out->squeeze();
        return status;
    }
    m_totalRead += out->size();
    return Status::Ok;
}

ZipPackage::Status ZipPackage::inflateEntry(const Entry& entry, qint64 start, QByteArray* out,
                                            const std::atomic_bool* cancel) {
    z_stream stream{};
    if (inflateInit2(&stream, -MAX_WBITS) != Z_OK)
        return Status::Damaged;
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(m_data.constData() + start));
    stream.avail_in = uInt(entry.packedSize);
    Status status = Status::Ok;
    char chunk[kChunk];
    for (;;) {
        if (cancel && cancel->load()) {
            status = Status::Cancelled;
            break;
        }
        stream.next_out = reinterpret_cast<Bytef*>(chunk);
        stream.avail_out = uInt(kChunk);
        const int result = inflate(&stream, Z_NO_FLUSH);
        const qint64 produced = kChunk - qint64(stream.avail_out);
        const qint64 total = out->size() + produced;
        if (result != Z_OK && result != Z_STREAM_END) {
            status = Status::Damaged; // bad data, or the input ran out (truncated)
            break;
        }
        if (total > m_limits.ratioGraceBytes &&
            total > qint64(stream.total_in) * m_limits.maxRatio) {
            status = Status::RatioTooHigh;
            break;
        }
        if (total > m_limits.maxEntryBytes) {
            status = Status::EntryTooBig;
            break;
        }
        if (total > entry.size) {
            status = Status::Damaged; // more than the header said
            break;
        }
        if (m_totalRead + total > m_limits.maxTotalBytes) {
            status = Status::TotalTooBig;
            break;
        }
        out->append(chunk, produced);
        if (result == Z_STREAM_END) {
            if (out->size() != entry.size)
                status = Status::Damaged; // less than the header said
            break;
        }
        if (produced == 0 && stream.avail_in == 0) {
            status = Status::Damaged; // truncated
            break;
        }
    }
    inflateEnd(&stream);
    return status;
}

} // namespace simfleet
