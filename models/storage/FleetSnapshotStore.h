#pragma once

#include "api/Sim.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QVector>

#include <functional>
#include <optional>

namespace simfleet {

// The last loaded fleet of each account, kept on disk so the app can show it at
// once (and offline), labelled "as of <time>". One SQLite database per account:
// <directory>/fleet-<first 16 hex of sha1(accountKey)>.sqlite, holding the
// SIMs in pages of binary rows (SimBinaryCodec) with a checksum each, read on
// every core. Files of version 1 (a JSON row per SIM) are still read.
//
// Every call opens its own connection in the calling thread and closes it
// before returning, so calls may run on worker threads. Calls for the same
// account must not run concurrently.
class FleetSnapshotStore final {
    Q_DECLARE_TR_FUNCTIONS(FleetSnapshotStore)

public:
    struct Snapshot {
        QVector<Sim> sims; // in the order they were saved
        QDateTime asOf;    // UTC, millisecond precision
    };

    static constexpr int kSchemaVersion = 2;

    // `directory` is created on the first save.
    explicit FleetSnapshotStore(QString directory);

    const QString& directory() const { return m_directory; }
    // `accountKey` identifies an account (API URL + user id), never a secret:
    // only its hash appears in the file name, but the key itself is stored inside.
    QString filePath(const QString& accountKey) const;

    // Replaces the account's snapshot. Writes a new database next to the old one
    // and renames it over the old file, so a crash leaves the old snapshot
    // intact. Repeated ids keep the last copy. On failure returns false and sets
    // *error (translated); the old snapshot stays.
    bool save(const QString& accountKey, const QVector<Sim>& sims, const QDateTime& asOf,
              QString* error);
    // The SIMs to save, read a page at a time, from several threads at once.
    struct SimRows {
        qsizetype count = 0;
        std::function<qint64(qsizetype row)> idAt;
        std::function<QVector<Sim>(qsizetype begin, qsizetype end)> read;
    };
    bool save(const QString& accountKey, const SimRows& sims, const QDateTime& asOf,
              QString* error);

    // nullopt and an empty *error when there is no snapshot. A damaged or
    // unreadable file is renamed aside to <file>.corrupt-<yyyyMMdd-hhmmss>
    // (kept for diagnosis, never read again) and nullopt returned with *error set.
    std::optional<Snapshot> load(const QString& accountKey, QString* error);
    // The same, each page of SIMs handed to `takePage` as it is decoded, on
    // the worker that decoded it (several at once, in any order; `page` counts
    // from 0 in the saved order); Snapshot::sims stays empty. When the load
    // fails, pages already handed over must be dropped.
    using PageSink = std::function<void(qsizetype page, QVector<Sim>&& sims)>;
    std::optional<Snapshot> load(const QString& accountKey, QString* error,
                                 const PageSink& takePage);

    // Deletes the account's snapshot (sign-out, "forget this account").
    bool remove(const QString& accountKey, QString* error);

    // One SIM as stored (SimBinaryCodec: a page of one).
    static QByteArray encode(const Sim& sim);
    static std::optional<Sim> decode(const QByteArray& row);

private:
    QString m_directory;
};

} // namespace simfleet
