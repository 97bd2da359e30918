#include "models/storage/FleetSnapshotStore.h"

#include "models/common/ParallelMap.h"
#include "models/storage/SimBinaryCodec.h"
#include "models/storage/SnapshotDatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <iterator>
#include <map>
#include <mutex>
#include <numeric>

// FleetSnapshotStore::load: the stored pages checked and decoded on every
// core; a damaged file set aside.

namespace simfleet {

using namespace Qt::StringLiterals;
using namespace SnapshotDatabase;

namespace {

// Repeated short strings (currency, tariff and group names) share one QString,
// as parseSims() does for server pages: 100,000 SIMs then hold a handful of
// copies. Bounded so unique values cannot make it grow without limit.
class StringSharing final {
public:
    void share(QString& text) {
        if (text.isEmpty() || text.size() > kMaxLength)
            return;
        const auto it = m_strings.constFind(text);
        if (it != m_strings.constEnd())
            text = *it;
        else if (m_strings.size() < kMaxEntries)
            m_strings.insert(text);
    }
    void share(Sim& sim) {
        share(sim.currency);
        share(sim.tariff.name);
        share(sim.queueStatus);
        for (GroupRef& group : sim.groups)
            share(group.name);
    }

private:
    static constexpr qsizetype kMaxLength = 64;
    static constexpr qsizetype kMaxEntries = 4096;
    QSet<QString> m_strings;
};

// Version 1 (SimFleet before the binary pages): one row of JSON per SIM.
std::optional<Sim> decodeJsonRow(const QByteArray& row) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(row, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return Sim::fromJson(document.object());
}

bool readJsonRows(const QSqlDatabase& db, qint64 rowCount, QVector<Sim>* sims, QString* problem) {
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // Reserved from the rows the file really holds, never from the stored count.
    {
        QSqlQuery rows(db);
        if (rows.exec(u"SELECT COUNT(*) FROM sims"_s) && rows.next())
            sims->reserve(qsizetype(qBound(qint64(0), rows.value(0).toLongLong(), rowCount)));
    }
    if (!query.exec(u"SELECT json FROM sims ORDER BY position"_s)) {
        *problem = query.lastError().text();
        return false;
    }
    StringSharing sharing;
    while (query.next()) {
        std::optional<Sim> sim = decodeJsonRow(query.value(0).toByteArray());
        if (!sim) {
            *problem = FleetSnapshotStore::tr("SIM row %1 is unreadable").arg(sims->size() + 1);
            return false;
        }
        sharing.share(*sim);
        sims->append(std::move(*sim));
    }
    if (query.lastError().isValid()) {
        *problem = query.lastError().text();
        return false;
    }
    return true;
}

struct StoredPage {
    qint64 sims = 0;
    quint32 crc = 0;
    QByteArray data;
};

// Version 2: pages of binary SIMs (SimBinaryCodec), each with its checksum,
// decoded on every core.
bool readPages(const QSqlDatabase& db, qint64 rowCount,
               const FleetSnapshotStore::PageSink& takePage, QString* problem) {
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT sims, crc, data FROM pages ORDER BY position"_s)) {
        *problem = query.lastError().text();
        return false;
    }
    QVector<StoredPage> stored;
    qint64 total = 0;
    while (query.next()) {
        StoredPage page{query.value(0).toLongLong(), quint32(query.value(1).toLongLong()),
                        query.value(2).toByteArray()};
        if (page.sims < 0 || page.sims > kPageSims || total + page.sims > rowCount) {
            *problem = FleetSnapshotStore::tr("page %1 is unreadable").arg(stored.size() + 1);
            return false;
        }
        total += page.sims;
        stored.append(std::move(page));
    }
    if (query.lastError().isValid()) {
        *problem = query.lastError().text();
        return false;
    }
    if (total != rowCount) {
        *problem = FleetSnapshotStore::tr("SIM rows present: %1 of %2").arg(total).arg(rowCount);
        return false;
    }
    // One slot per page, filled by the workers, as when saving.
    QVector<char> readable(stored.size(), 0);
    char* pageReadable = readable.data();
    QVector<qsizetype> pages(stored.size());
    std::iota(pages.begin(), pages.end(), 0);
    blockingMapVisibly(pages, [&stored, pageReadable, &takePage](qsizetype index) {
        const StoredPage& page = stored.at(index);
        if (checksum(page.data) != page.crc)
            return;
        std::optional<QVector<Sim>> sims =
            SimBinaryCodec::decodePage(page.data, qsizetype(page.sims));
        if (!sims)
            return;
        pageReadable[index] = 1;
        takePage(index, std::move(*sims));
    });
    for (qsizetype i = 0; i < readable.size(); ++i) {
        if (!readable.at(i)) {
            *problem = FleetSnapshotStore::tr("page %1 is unreadable").arg(i + 1);
            return false;
        }
    }
    return true;
}

// nullopt and *problem (translated, or the driver's text) when unusable.
std::optional<FleetSnapshotStore::Snapshot>
readDatabase(const QString& path, const QString& accountKey,
             const FleetSnapshotStore::PageSink& takePage, QString* problem) {
    {
        // SQLite opens any file lazily; reject what is plainly not a database first.
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *problem = file.errorString();
            return std::nullopt;
        }
        static const QByteArray header("SQLite format 3\0", 16);
        if (file.read(header.size()) != header) {
            *problem = FleetSnapshotStore::tr("the file is not a SQLite database");
            return std::nullopt;
        }
    }
    const ScopedConnection connection(path, true);
    if (!connection.isOpen()) {
        *problem = connection.openError();
        return std::nullopt;
    }
    QSqlQuery query(connection.database());
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT key, value FROM meta"_s)) {
        *problem = query.lastError().text();
        return std::nullopt;
    }
    QHash<QString, QString> meta;
    while (query.next())
        meta.insert(query.value(0).toString(), query.value(1).toString());
    if (query.lastError().isValid()) {
        *problem = query.lastError().text();
        return std::nullopt;
    }
    const QString version = meta.value(kMetaSchemaVersion);
    const bool pages = version == QString::number(FleetSnapshotStore::kSchemaVersion);
    if (!pages && version != "1"_L1) {
        *problem = FleetSnapshotStore::tr("unsupported snapshot format \"%1\"").arg(version);
        return std::nullopt;
    }
    if (meta.value(kMetaAccountKey) != accountKey) {
        *problem = FleetSnapshotStore::tr("the snapshot belongs to another account");
        return std::nullopt;
    }
    FleetSnapshotStore::Snapshot snapshot;
    snapshot.asOf = QDateTime::fromString(meta.value(kMetaAsOf), Qt::ISODateWithMs);
    bool countOk = false;
    const qint64 rowCount = meta.value(kMetaRowCount).toLongLong(&countOk);
    if (!snapshot.asOf.isValid() || !countOk || rowCount < 0) {
        *problem = FleetSnapshotStore::tr("the snapshot's description is incomplete");
        return std::nullopt;
    }
    snapshot.asOf = snapshot.asOf.toUTC();

    if (pages) {
        // Every page's count is checked against its bytes and their sum
        // against rowCount while reading.
        if (!readPages(connection.database(), rowCount, takePage, problem))
            return std::nullopt;
        return snapshot;
    }
    QVector<Sim> sims;
    if (!readJsonRows(connection.database(), rowCount, &sims, problem))
        return std::nullopt;
    if (sims.size() != rowCount) {
        // A damaged file's count may be any number: no plural form for it.
        *problem =
            FleetSnapshotStore::tr("SIM rows present: %1 of %2").arg(sims.size()).arg(rowCount);
        return std::nullopt;
    }
    takePage(0, std::move(sims));
    return snapshot;
}

// Renames a damaged snapshot out of the way (kept for diagnosis) so the next
// load does not meet it again. Returns the new path, or empty when even
// deleting failed.
QString setAside(const QString& path) {
    const QString base =
        path + ".corrupt-"_L1 + QDateTime::currentDateTime().toString(u"yyyyMMdd-hhmmss"_s);
    QString aside = base;
    for (int n = 2; QFileInfo::exists(aside); ++n)
        aside = base + u'-' + QString::number(n);
    if (QFile::rename(path, aside))
        return aside;
    return QFile::remove(path) ? path : QString();
}

} // namespace

std::optional<FleetSnapshotStore::Snapshot> FleetSnapshotStore::load(const QString& accountKey,
                                                                     QString* error) {
    // std::mutex, not QMutex: ThreadSanitizer sees through pthread locks only.
    std::mutex mutex;
    std::map<qsizetype, QVector<Sim>> pages;
    std::optional<Snapshot> snapshot =
        load(accountKey, error, [&mutex, &pages](qsizetype index, QVector<Sim>&& sims) {
            StringSharing sharing;
            for (Sim& sim : sims)
                sharing.share(sim);
            const std::lock_guard<std::mutex> locker(mutex);
            pages[index] = std::move(sims);
        });
    if (!snapshot)
        return snapshot;
    qsizetype count = 0;
    for (const auto& page : pages)
        count += page.second.size();
    snapshot->sims.reserve(count);
    // Moved, not copied: a copy costs every string's reference count twice.
    for (auto& page : pages)
        std::move(page.second.begin(), page.second.end(), std::back_inserter(snapshot->sims));
    return snapshot;
}

std::optional<FleetSnapshotStore::Snapshot>
FleetSnapshotStore::load(const QString& accountKey, QString* error, const PageSink& takePage) {
    setError(error, {});
    const QString path = filePath(accountKey);
    if (!QFileInfo(path).isFile())
        return std::nullopt;
    QString problem;
    std::optional<Snapshot> snapshot = readDatabase(path, accountKey, takePage, &problem);
    if (snapshot)
        return snapshot;
    const QString aside = setAside(path);
    qCWarning(lcSnapshot) << "damaged fleet snapshot" << path << problem << "set aside as" << aside;
    setError(error, aside.isEmpty()
                        ? tr("The saved fleet snapshot is damaged (%1) and could not be "
                             "removed: %2")
                              .arg(problem, QDir::toNativeSeparators(path))
                        : tr("The saved fleet snapshot is damaged (%1); it was set aside "
                             "and the fleet will be loaded again.")
                              .arg(problem));
    return std::nullopt;
}

} // namespace simfleet
