#include "models/storage/FleetSnapshotStore.h"

#include "models/storage/SimBinaryCodec.h"
#include "models/storage/SnapshotDatabase.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

// FleetSnapshotStore's file names, removal and single-SIM codec; saving is in
// FleetSnapshotWrite.cpp, loading in FleetSnapshotRead.cpp.

namespace simfleet {

using namespace Qt::StringLiterals;
using SnapshotDatabase::setError;

FleetSnapshotStore::FleetSnapshotStore(QString directory)
    : m_directory(std::move(directory)) {}

QString FleetSnapshotStore::filePath(const QString& accountKey) const {
    const QByteArray hash =
        QCryptographicHash::hash(accountKey.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return QDir(m_directory).filePath(u"fleet-%1.sqlite"_s.arg(QLatin1StringView(hash)));
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
