#include "models/storage/FleetSnapshotStore.h"

#include "models/common/ParallelMap.h"
#include "models/storage/PrivateFiles.h"
#include "models/storage/SimBinaryCodec.h"

#include <QAtomicInteger>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLoggingCategory>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

#include <cstdio>
#include <iterator>
#include <map>
#include <mutex>
#include <numeric>

#include <zlib.h>

namespace simfleet {

using namespace Qt::StringLiterals;

namespace {

Q_LOGGING_CATEGORY(lcSnapshot, "simfleet.models.snapshot")

constexpr QLatin1StringView kDriver = "QSQLITE"_L1;
constexpr QLatin1StringView kMetaSchemaVersion = "schema_version"_L1;
constexpr QLatin1StringView kMetaAccountKey = "account_key"_L1;
constexpr QLatin1StringView kMetaAsOf = "as_of"_L1;
constexpr QLatin1StringView kMetaRowCount = "row_count"_L1;
// SIMs per stored page: large enough that SQLite's per-row cost vanishes,
// small enough that the pages spread over the cores.
constexpr qint64 kSnapshotPageSims = 4096;

void setError(QString* error, const QString& text) {
    if (error)
        *error = text;
}

// One named connection per call: QSqlDatabase connections belong to the thread
// that made them, and a unique name lets calls run on any thread. Declare it
// before every QSqlQuery that uses it, so the queries are destroyed first and
// removeDatabase() finds the connection unused.
class ScopedConnection final {
    Q_DISABLE_COPY_MOVE(ScopedConnection)

public:
    ScopedConnection(const QString& path, bool readOnly) {
        static QAtomicInteger<quint64> counter;
        m_name = u"simfleet-snapshot-%1"_s.arg(counter.fetchAndAddRelaxed(1));
        QSqlDatabase db = QSqlDatabase::addDatabase(kDriver, m_name);
        db.setDatabaseName(path);
        if (readOnly)
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        m_open = db.open();
        if (!m_open)
            m_openError = db.lastError().text();
    }
    ~ScopedConnection() {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }

    bool isOpen() const { return m_open; }
    const QString& openError() const { return m_openError; }
    QSqlDatabase database() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    bool m_open = false;
    QString m_openError;
};

bool execAll(const QSqlDatabase& db, std::initializer_list<QLatin1StringView> statements,
             QString* problem) {
    QSqlQuery query(db);
    for (QLatin1StringView statement : statements) {
        if (!query.exec(statement)) {
            *problem = query.lastError().text();
            return false;
        }
    }
    return true;
}

// The positions of `sims` to store: all of them, or where ids repeat, the
// last copy of each id at its own place.
QVector<qsizetype> keptPositions(const FleetSnapshotStore::SimRows& sims) {
    QHash<qint64, qsizetype> last;
    last.reserve(sims.count);
    for (qsizetype i = 0; i < sims.count; ++i)
        last.insert(sims.idAt(i), i);
    QVector<qsizetype> kept;
    kept.reserve(last.size());
    for (qsizetype i = 0; i < sims.count; ++i) {
        if (last.value(sims.idAt(i)) == i)
            kept.append(i);
    }
    return kept;
}

quint32 checksum(const QByteArray& data) {
    return quint32(crc32(crc32(0L, Z_NULL, 0), reinterpret_cast<const Bytef*>(data.constData()),
                         uInt(data.size())));
}

struct EncodedPage {
    qsizetype page = 0;
    qint64 sims = 0;
    QByteArray data;
};

bool writeDatabase(const QString& path, const QString& accountKey,
                   const FleetSnapshotStore::SimRows& sims, const QDateTime& asOf,
                   QString* problem) {
    const ScopedConnection connection(path, false);
    if (!connection.isOpen()) {
        *problem = connection.openError();
        return false;
    }
    QSqlDatabase db = connection.database();
    // The file is new and only renamed into place once complete, so it needs no
    // rollback journal; synchronous=FULL flushes it to disk at commit, before the
    // rename makes it the snapshot.
    if (!execAll(db,
                 {"PRAGMA journal_mode=OFF"_L1, "PRAGMA synchronous=FULL"_L1,
                  "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)"_L1,
                  "CREATE TABLE pages(position INTEGER PRIMARY KEY, sims INTEGER NOT NULL, "
                  "crc INTEGER NOT NULL, data BLOB NOT NULL)"_L1},
                 problem))
        return false;
    if (!db.transaction()) {
        *problem = db.lastError().text();
        return false;
    }
    const QVector<qsizetype> kept = keptPositions(sims);
    const bool allKept = kept.size() == sims.count;
    // A repeated id keeps its last copy: the page is then read SIM by SIM.
    const auto readPage = [&sims, &kept, allKept](qsizetype begin, qsizetype end) {
        if (allKept)
            return sims.read(begin, end);
        QVector<Sim> page;
        page.reserve(end - begin);
        for (qsizetype i = begin; i < end; ++i)
            page += sims.read(kept.at(i), kept.at(i) + 1);
        return page;
    };
    {
        QSqlQuery insert(db);
        if (!insert.prepare(u"INSERT INTO pages(position, sims, crc, data) VALUES(?, ?, ?, ?)"_s)) {
            *problem = insert.lastError().text();
            return false;
        }
        // Pages are encoded a batch at a time on every core, so memory stays
        // bounded whatever the fleet's size.
        const qsizetype rowCount = kept.size();
        const qsizetype pageCount = (rowCount + kSnapshotPageSims - 1) / kSnapshotPageSims;
        const qsizetype batch = qsizetype(qMax(1, QThread::idealThreadCount())) * 4;
        for (qsizetype first = 0; first < pageCount; first += batch) {
            // Each worker fills its own slot: no results go through QFuture's
            // result store.
            QVector<EncodedPage> encoded(qMin(pageCount, first + batch) - first);
            for (qsizetype i = 0; i < encoded.size(); ++i)
                encoded[i].page = first + i;
            blockingMapVisibly(encoded, [&readPage, rowCount](EncodedPage& slot) {
                const qsizetype begin = slot.page * kSnapshotPageSims;
                const qsizetype end = qMin(rowCount, begin + kSnapshotPageSims);
                const QVector<Sim> page = readPage(begin, end);
                slot.sims = page.size();
                slot.data =
                    SimBinaryCodec::encodePage(page.constData(), page.constData() + page.size());
            });
            for (qsizetype i = 0; i < encoded.size(); ++i) {
                insert.bindValue(0, first + i);
                insert.bindValue(1, encoded.at(i).sims);
                insert.bindValue(2, qint64(checksum(encoded.at(i).data)));
                insert.bindValue(3, encoded.at(i).data);
                if (!insert.exec()) {
                    *problem = insert.lastError().text();
                    return false;
                }
            }
        }
    }
    QSqlQuery query(db);
    if (!query.prepare(u"INSERT INTO meta(key, value) VALUES(?, ?)"_s)) {
        *problem = query.lastError().text();
        return false;
    }
    const std::pair<QLatin1StringView, QString> meta[] = {
        {kMetaSchemaVersion, QString::number(FleetSnapshotStore::kSchemaVersion)},
        {kMetaAccountKey, accountKey},
        {kMetaAsOf, asOf.toUTC().toString(Qt::ISODateWithMs)},
        {kMetaRowCount, QString::number(kept.size())},
    };
    for (const auto& [key, value] : meta) {
        query.bindValue(0, QString(key));
        query.bindValue(1, value);
        if (!query.exec()) {
            *problem = query.lastError().text();
            return false;
        }
    }
    query.finish();
    if (!db.commit()) {
        *problem = db.lastError().text();
        return false;
    }
    return true;
}

// POSIX rename() replaces the target atomically: readers see the old file or the
// new one, never neither. Where it cannot replace (Windows), remove then rename.
bool replaceFile(const QString& from, const QString& to) {
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0)
        return true;
    QFile::remove(to);
    return QFile::rename(from, to);
}

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

// Temporary files of interrupted saves (of any process) are removed once
// clearly abandoned; a recent one may be another process's save in progress.
void removeStaleTempFiles(const QString& target) {
    constexpr qint64 kStaleAfterSecs = qint64(60) * 60;
    const QFileInfo info(target);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QFileInfoList leftovers =
        info.dir().entryInfoList({info.fileName() + ".tmp*"_L1}, QDir::Files | QDir::Hidden);
    for (const QFileInfo& leftover : leftovers) {
        if (leftover.lastModified().toUTC().secsTo(now) > kStaleAfterSecs)
            QFile::remove(leftover.filePath());
    }
}

} // namespace

FleetSnapshotStore::FleetSnapshotStore(QString directory)
    : m_directory(std::move(directory)) {}

QString FleetSnapshotStore::filePath(const QString& accountKey) const {
    const QByteArray hash =
        QCryptographicHash::hash(accountKey.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return QDir(m_directory).filePath(u"fleet-%1.sqlite"_s.arg(QLatin1StringView(hash)));
}

bool FleetSnapshotStore::save(const QString& accountKey, const QVector<Sim>& sims,
                              const QDateTime& asOf, QString* error) {
    SimRows rows;
    rows.count = sims.size();
    rows.idAt = [&sims](qsizetype row) { return sims.at(row).id; };
    rows.read = [&sims](qsizetype begin, qsizetype end) { return sims.mid(begin, end - begin); };
    return save(accountKey, rows, asOf, error);
}

bool FleetSnapshotStore::save(const QString& accountKey, const SimRows& sims, const QDateTime& asOf,
                              QString* error) {
    setError(error, {});
    if (!asOf.isValid()) {
        setError(error, tr("Could not save the fleet snapshot: it has no date."));
        return false;
    }
    if (!PrivateFiles::makeFolder(m_directory)) {
        setError(error, tr("Could not save the fleet snapshot: cannot create the folder %1.")
                            .arg(QDir::toNativeSeparators(m_directory)));
        return false;
    }
    const QString target = filePath(accountKey);
    // Unique per process (and per call): two processes saving the same
    // account never write into, or delete, each other's temporary file.
    static QAtomicInteger<quint64> saves;
    const QString temp = u"%1.tmp-%2-%3"_s.arg(target)
                             .arg(QCoreApplication::applicationPid())
                             .arg(saves.fetchAndAddRelaxed(1));
    removeStaleTempFiles(target);
    QString problem;
    // Created 0600 before SQLite opens it; the rename keeps the permissions.
    if (!PrivateFiles::prepareFile(temp)) {
        setError(error, tr("Could not save the fleet snapshot: cannot create the file %1.")
                            .arg(QDir::toNativeSeparators(temp)));
        return false;
    }
    if (!writeDatabase(temp, accountKey, sims, asOf, &problem)) {
        QFile::remove(temp);
        setError(error, tr("Could not save the fleet snapshot: %1").arg(problem));
        return false;
    }
    if (!replaceFile(temp, target)) {
        QFile::remove(temp);
        setError(error, tr("Could not save the fleet snapshot: cannot replace the file %1.")
                            .arg(QDir::toNativeSeparators(target)));
        return false;
    }
    return true;
}

namespace {

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
        if (page.sims < 0 || page.sims > kSnapshotPageSims || total + page.sims > rowCount) {
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

bool FleetSnapshotStore::remove(const QString& accountKey, QString* error) {
    setError(error, {});
    const QString path = filePath(accountKey);
    if (!QFileInfo::exists(path) || QFile::remove(path))
        return true;
    setError(error,
             tr("Could not delete the fleet snapshot %1.").arg(QDir::toNativeSeparators(path)));
    return false;
}

QByteArray FleetSnapshotStore::encode(const Sim& sim) {
    return SimBinaryCodec::encodePage(&sim, &sim + 1);
}

std::optional<Sim> FleetSnapshotStore::decode(const QByteArray& row) {
    std::optional<QVector<Sim>> sims = SimBinaryCodec::decodePage(row, 1);
    if (!sims)
        return std::nullopt;
    Sim sim = std::move(sims->first());
    return sim;
}

} // namespace simfleet
