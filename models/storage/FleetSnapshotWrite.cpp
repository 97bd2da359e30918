#include "models/storage/FleetSnapshotStore.h"

#include "models/common/ParallelMap.h"
#include "models/storage/PrivateFiles.h"
#include "models/storage/SimBinaryCodec.h"
#include "models/storage/SnapshotDatabase.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

#include <cstdio>

// FleetSnapshotStore::save: the SIMs encoded in pages on every core, written
// to a new file that replaces the snapshot only once complete.

namespace simfleet {

using namespace Qt::StringLiterals;
using namespace SnapshotDatabase;

namespace {

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
        const qsizetype pageCount = (rowCount + kPageSims - 1) / kPageSims;
        const qsizetype batch = qsizetype(qMax(1, QThread::idealThreadCount())) * 4;
        for (qsizetype first = 0; first < pageCount; first += batch) {
            // Each worker fills its own slot: no results go through QFuture's
            // result store.
            QVector<EncodedPage> encoded(qMin(pageCount, first + batch) - first);
            for (qsizetype i = 0; i < encoded.size(); ++i)
                encoded[i].page = first + i;
            blockingMapVisibly(encoded, [&readPage, rowCount](EncodedPage& slot) {
                const qsizetype begin = slot.page * kPageSims;
                const qsizetype end = qMin(rowCount, begin + kPageSims);
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

} // namespace simfleet
