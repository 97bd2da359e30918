#include "models/storage/FleetSnapshotStore.h"
#include "tests/support/SimBuilders.h"

#include "tests/support/TestTemporaryDir.h"
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QThread>

#include <limits>
#include <optional>

using namespace simfleet;

using namespace Qt::StringLiterals;

namespace {

const QString kAccountA = u"https://api.novaconnect.example/api|user:17"_s;
const QString kAccountB = u"https://api.novaconnect.example/api|user:18"_s;

QDateTime sampleTime() {
    return QDateTime(QDate(2024, 5, 6), QTime(14, 2, 7, 345), Qt::UTC);
}

QStringList filesIn(const QString& directory) {
    return QDir(directory).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

// Runs SQL on a snapshot file the way another program would (to damage it).
void execSql(const QString& path, const QStringList& statements) {
    const QString name = u"test-damage"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        for (const QString& statement : statements)
            QVERIFY2(query.exec(statement), qPrintable(statement));
    }
    QSqlDatabase::removeDatabase(name);
}

// The most address space the process has ever had mapped (Linux), -1 elsewhere.
qint64 peakVirtualBytes() {
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmPeak:"))
            return line.mid(7).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    return -1;
}

} // namespace

class TestFleetSnapshot final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() {
        // A connection left open when removed means a query outlived its call.
        QTest::failOnWarning(QRegularExpression(u"removeDatabase.*still in use"_s));
        QTest::failOnWarning(QRegularExpression(u"duplicate connection name"_s));
    }

    void load_noSnapshot_returnsNothingWithoutError() {
        TestTemporaryDir dir;
        FleetSnapshotStore store(dir.path() + u"/snapshots"_s);
        QString error = u"stale"_s;
        QVERIFY(!store.load(kAccountA, &error));
        QVERIFY(error.isEmpty());
        QVERIFY(!QFileInfo::exists(store.directory()));
    }

    void saveLoad_roundTrip_keepsEveryFieldAndOrder() {
        TestTemporaryDir dir;
        FleetSnapshotStore store(dir.path());
        // Three pages of 4,096 SIMs, the last one short.
        QVector<Sim> sims = TestFleet::makeSims(9000);
        std::reverse(sims.begin(), sims.end()); // not in id order
        QString error;
        QVERIFY2(store.save(kAccountA, sims, sampleTime(), &error), qPrintable(error));
        QVERIFY(error.isEmpty());

        const std::optional<FleetSnapshotStore::Snapshot> snapshot = store.load(kAccountA, &error);
        QVERIFY2(snapshot, qPrintable(error));
        QVERIFY(error.isEmpty());
        QCOMPARE(snapshot->asOf, sampleTime());
        QCOMPARE(snapshot->asOf.timeSpec(), Qt::UTC);
        QCOMPARE(snapshot->sims.size(), sims.size());
        for (qsizetype i = 0; i < sims.size(); ++i) {
            if (snapshot->sims.at(i) != sims.at(i))
                QFAIL(qPrintable(u"SIM %1 differs after the round trip"_s.arg(sims.at(i).id)));
        }
        QVERIFY(snapshot->sims.at(0).name.isNull() == sims.at(0).name.isNull());
        QCOMPARE(filesIn(dir.path()), QStringList{QFileInfo(store.filePath(kAccountA)).fileName()});
    }

    void save_emptyFleet_loadsEmpty() {
        TestTemporaryDir dir;
        FleetSnapshotStore store(dir.path());
        QString error;
        QVERIFY(store.save(kAccountA, QVector<Sim>{}, sampleTime(), &error));
        const auto snapshot = store.load(kAccountA, &error);
        QVERIFY2(snapshot, qPrintable(error));
        QVERIFY(snapshot->sims.isEmpty());
    }

    void encodeDecode_singleSim_roundTrips() {
        Sim sim = TestFleet::makeSim(66);
        sim.extras = QJsonObject{{u"status"_s, u"active"_s}, {u"inn"_s, 7701234567LL}};
        sim.comment = u""_s; // empty, not null
        const QByteArray bytes = FleetSnapshotStore::encode(sim);
        const std::optional<Sim> decoded = FleetSnapshotStore::decode(bytes);
        QVERIFY(decoded);
        QVERIFY(*decoded == sim);
        QVERIFY(!decoded->comment.isNull());
        for (const Sim& each : TestFleet::makeSims(40)) {
            const std::optional<Sim> again =
                FleetSnapshotStore::decode(FleetSnapshotStore::encode(each));
            QVERIFY2(again && *again == each, qPrintable(QString::number(each.id)));
        }
    }

    void decode_damagedRow_refused() {
        const QByteArray bytes = FleetSnapshotStore::encode(TestFleet::makeSim(66));
        QVERIFY(!FleetSnapshotStore::decode({}));
        QVERIFY(!FleetSnapshotStore::decode("{\"id\":"));
        QVERIFY(!FleetSnapshotStore::decode(bytes.left(bytes.size() - 1)));
        QVERIFY(!FleetSnapshotStore::decode(bytes + '\0'));
        for (qsizetype cut = 0; cut < bytes.size(); ++cut)
            QVERIFY(!FleetSnapshotStore::decode(bytes.left(cut)));
        // A count of SIMs the bytes cannot hold is refused before reserving for it.
        QByteArray huge = bytes;
        huge[3] = char(0x7f);
        QVERIFY(!FleetSnapshotStore::decode(huge));
        // A SIM without an id cannot exist.
        QByteArray noId = bytes;
        for (int i = 4; i < 12; ++i)
            noId[i] = 0;
        QVERIFY(!FleetSnapshotStore::decode(noId));
        // A NaN or infinite number (no API answer gives one): found by the
        // snapshot_store fuzzer, where NaN made a row differ from itself.
        Sim withBalance = TestFleet::makeSim(67);
        withBalance.balance = 12.5;
        const QByteArray plain = FleetSnapshotStore::encode(withBalance);
        double balance = 12.5;
        QByteArray balanceBytes(reinterpret_cast<const char*>(&balance), sizeof balance);
        const qsizetype at = plain.indexOf(balanceBytes);
        QVERIFY(at > 0);
        for (const double bad : {std::numeric_limits<double>::quiet_NaN(),
                                 std::numeric_limits<double>::infinity()}) {
            QByteArray damaged = plain;
            damaged.replace(at, sizeof bad,
                            QByteArray(reinterpret_cast<const char*>(&bad), sizeof bad));
            QVERIFY(!FleetSnapshotStore::decode(damaged));
        }
    }

    void load_version1File_stillRead() {
        TestTemporaryDir dir;
        FleetSnapshotStore store(dir.path());
        const QString path = store.filePath(kAccountA);
        QVERIFY(QDir().mkpath(dir.path()));
        const QVector<Sim> sims = TestFleet::makeSims(3);
        QStringList statements{
            u"CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
            u"CREATE TABLE sims(id INTEGER PRIMARY KEY, position INTEGER NOT NULL, "
            "json BLOB NOT NULL)"_s,
            u"INSERT INTO meta VALUES('schema_version', '1')"_s,
            u"INSERT INTO meta VALUES('account_key', '%1')"_s.arg(kAccountA),
            u"INSERT INTO meta VALUES('as_of', '%1')"_s.arg(
                sampleTime().toString(Qt::ISODateWithMs)),
            u"INSERT INTO meta VALUES('row_count', '3')"_s};
        for (qsizetype i = 0; i < sims.size(); ++i) {
            const QByteArray json =
                QJsonDocument(sims.at(i).toJson()).toJson(QJsonDocument::Compact);
            statements.append(u"INSERT INTO sims VALUES(%1, %2, X'%3')"_s.arg(sims.at(i).id)
                                  .arg(sims.size() - i)
                                  .arg(QString::fromLatin1(json.toHex())));
        }
        execSql(path, statements);
        if (QTest::currentTestFailed())
            return;
        QString error;
        const std::optional<FleetSnapshotStore::Snapshot> snapshot = store.load(kAccountA, &error);
        QVERIFY2(snapshot, qPrintable(error));
        QCOMPARE(snapshot->asOf, sampleTime());
        // In the stored positions' order.
        QCOMPARE(snapshot->sims.size(), 3);
        QVERIFY(snapshot->sims.at(0) == sims.at(2));
        QVERIFY(snapshot->sims.at(2) == sims.at(0));
    }

    void filePath_perAccount_hashedNameWithoutKey() {
        FleetSnapshotStore store(u"/nowhere"_s);
        const QString a = QFileInfo(store.filePath(kAccountA)).fileName();
        const QString b = QFileInfo(store.filePath(kAccountB)).fileName();
        QVERIFY(a != b);
        const QRegularExpression pattern(u"^fleet-[0-9a-f]{16}\\.sqlite$"_s);
        QVERIFY2(pattern.match(a).hasMatch(), qPrintable(a));
        QVERIFY(!a.contains(u"novaconnect"_s));
        QCOMPARE(store.filePath(kAccountA), store.filePath(kAccountA));
    }

    void accounts_keepSeparateSnapshots() {
        TestTemporaryDir dir;
        FleetSnapshotStore store(dir.path());
        const QVector<Sim> simsA = TestFleet::makeSims(10);
        const QVector<Sim> simsB = TestFleet::makeSims(5, 500);
        QString error;
        QVERIFY(store.save(kAccountA, simsA, sampleTime(), &error));
        QVERIFY(store.save(kAccountB, simsB, sampleTime().addSecs(60), &error));

        const auto a = store.load(kAccountA, &error);
        const auto b = store.load(kAccountB, &error);
        QVERIFY(a && b);
        QVERIFY(a->sims == simsA);
        QVERIFY(b->sims == simsB);
        QCOMPARE(b->asOf, sampleTime().addSecs(60));
        QVERIFY(!store.load(u"https://other.example/api|user:1"_s, &error));
        QVERIFY(error.isEmpty());
    }

    void save_again_keepsOnlyTheNewest() {
        TestTemporaryDir dir;
        FleetSnapshotStore store(dir.path());
        QString error;
        QVERIFY(store.save(kAccountA, TestFleet::makeSims(100), sampleTime(), &error));
        const QVector<Sim> newer = TestFleet::makeSims(50, 1000);
        QVERIFY(store.save(kAccountA, newer, sampleTime().addSecs(3600), &error));

        const auto snapshot = store.load(kAccountA, &error);
        QVERIFY(snapshot);
        QVERIFY(snapshot->sims == newer);
        QCOMPARE(snapshot->asOf, sampleTime().addSecs(3600));
        QCOMPARE(filesIn(dir.path()).size(), 1); // no .tmp left behind
    }

    void save_repeatedIds_keepsLastCopy() {
        TestTemporaryDir dir;
        FleetSnapshotStore store(dir.path());
        Sim first = TestFleet::makeSim(1);
        Sim updated = first;
        updated.name = u"renamed"_s;
        QString error;
        QVERIFY(
            store.save(kAccountA, {first, TestFleet::makeSim(2), updated}, sampleTime(), &error));
        const auto snapshot = store.load(kAccountA, &error);
        QVERIFY2(snapshot, qPrintable(error));
        QCOMPARE(snapshot->sims.size(), 2);
        QVERIFY(snapshot->sims.at(0) == TestFleet::makeSim(2));
        QVERIFY(snapshot->sims.at(1) == updated);
    }

    void save_leftoverTempFile_isReplaced() {
        TestTemporaryDir dir;
        FleetSnapshotStore store(dir.path());
        const QString target = store.filePath(kAccountA);
        const QStringList leftovers{target + u".tmp"_s, target + u".tmp-99999-0"_s};
        for (const QString& path : leftovers) {
            QFile temp(path);
            QVERIFY(temp.open(QIODevice::WriteOnly));
            temp.write("half-written garbage from a crashed save");
            QVERIFY(temp.flush());
            // Hours old: clearly abandoned, not another process's save under way.
            QVERIFY(temp.setFileTime(QDateTime::currentDateTime().addSecs(qint64(-3) * 3600),
                                     QFileDevice::FileModificationTime));
            temp.close();
        }
        QString error;
        QVERIFY2(store.save(kAccountA, TestFleet::makeSims(20), sampleTime(), &error),
                 qPrintable(error));
        QVERIFY(store.load(kAccountA, &error));
        for (const QString& path : leftovers)
            QVERIFY2(!QFile::exists(path), qPrintable(path));
    }

    void save_anotherProcessSaving_itsTempFileIsLeftAlone() {
        // Another process (of an older version, with the fixed name) is writing
        // its temporary file right now: our save neither deletes nor reuses it.
        TestTemporaryDir dir;
        FleetSnapshotStore store(dir.path());
        const QString theirs = store.filePath(kAccountA) + u".tmp"_s;
        QFile temp(theirs);
        QVERIFY(temp.open(QIODevice::WriteOnly));
        temp.write("their save in progress");
        temp.close();
        QString error;
        QVERIFY2(store.save(kAccountA, TestFleet::makeSims(20), sampleTime(), &error),
                 qPrintable(error));
        QVERIFY(temp.open(QIODevice::ReadOnly));
        QCOMPARE(temp.readAll(), QByteArray("their save in progress"));
        const auto snapshot = store.load(kAccountA, &error);
        QVERIFY2(snapshot, qPrintable(error));
        QCOMPARE(snapshot->sims.size(), 20);
        // Our own temporary file is gone after the rename.
        QCOMPARE(QDir(dir.path()).entryList({u"*.tmp*"_s}, QDir::Files),
                 QStringList{QFileInfo(theirs).fileName()});
    }

    void load_hugeStoredRowCount_reservesNothingForIt() {
        TestTemporaryDir dir;
        FleetSnapshotStore store(dir.path());
        QString error;
        QVERIFY(store.save(kAccountA, TestFleet::makeSims(3), sampleTime(), &error));
        const QString path = store.filePath(kAccountA);
        execSql(path, {u"UPDATE meta SET value='9000000000000000000' WHERE key='row_count'"_s});
        if (QTest::currentTestFailed())
            return;
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"damaged fleet snapshot"_s));
        const qint64 peakBefore = peakVirtualBytes();
        const std::optional<FleetSnapshotStore::Snapshot> snapshot = store.load(kAccountA, &error);
        const qint64 peakAfter = peakVirtualBytes();
        QVERIFY(!snapshot);
        // Reserving for the stored count (even capped at 10 million rows) maps gigabytes.
        if (peakBefore > 0)
            QVERIFY2(
                peakAfter - peakBefore < 512LL * 1024 * 1024,
                qPrintable(u"address space grew by %1 MiB"_s.arg((peakAfter - peakBefore) >> 20)));
        QVERIFY2(error.contains(u"3 of 9000000000000000000"_s), qPrintable(error));
    }

    void save_interruptedBeforeRename_keepsOldSnapshot() {
        TestTemporaryDir dir;
        FleetSnapshotStore store(dir.path());
        const QVector<Sim> old = TestFleet::makeSims(30);
        QString error;
        QVERIFY(store.save(kAccountA, old, sampleTime(), &error));
        // What a crash mid-save leaves: an incomplete new file beside the old one.
        QFile temp(store.filePath(kAccountA) + u".tmp"_s);
        QVERIFY(temp.open(QIODevice::WriteOnly));
        temp.write(QByteArray("SQLite format 3\0", 16) + QByteArray(100, '\x07'));
        temp.close();
        const auto snapshot = store.load(kAccountA, &error);
        QVERIFY2(snapshot, qPrintable(error));
        QVERIFY(snapshot->sims == old);
    }

    void save_directoryIsAFile_failsWithError() {
        TestTemporaryDir dir;
        const QString blocker = dir.filePath(u"not-a-directory"_s);
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        FleetSnapshotStore store(blocker);
        QString error;
        QVERIFY(!store.save(kAccountA, TestFleet::makeSims(3), sampleTime(), &error));
        QVERIFY(!error.isEmpty());
    }

    void save_invalidTime_fails() {
        TestTemporaryDir dir;
        FleetSnapshotStore store(dir.path());
        QString error;
        QVERIFY(!store.save(kAccountA, TestFleet::makeSims(3), QDateTime(), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(filesIn(dir.path()).isEmpty());
    }

    void load_damagedFile_setAsideAndRecovers_data() {
        QTest::addColumn<QString>("damage");
        QTest::newRow("random bytes") << u"random"_s;
        QTest::newRow("empty file") << u"empty"_s;
        QTest::newRow("truncated") << u"truncated"_s;
        QTest::newRow("wrong schema") << u"schema"_s;
        QTest::newRow("newer format") << u"version"_s;
        QTest::newRow("page missing") << u"pageMissing"_s;
        QTest::newRow("page replaced") << u"pageGarbage"_s;
        QTest::newRow("page checksum") << u"checksum"_s;
        QTest::newRow("page count") << u"pageCount"_s;
        QTest::newRow("page byte flipped") << u"pageByte"_s;
        QTest::newRow("other account") << u"account"_s;
    }
    void load_damagedFile_setAsideAndRecovers() {
        QFETCH(QString, damage);
        TestTemporaryDir dir;
        FleetSnapshotStore store(dir.path());
        const QString path = store.filePath(kAccountA);
        QString error;
        QVERIFY(store.save(kAccountA, TestFleet::makeSims(5000), sampleTime(), &error));

        if (damage == u"random"_s || damage == u"empty"_s) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            QByteArray bytes(damage == u"random"_s ? 64 * 1024 : 0, Qt::Uninitialized);
            QRandomGenerator generator(42);
            for (char& byte : bytes)
                byte = char(generator.bounded(256));
            file.write(bytes);
        } else if (damage == u"truncated"_s) {
            QFile file(path);
            QVERIFY(file.resize(file.size() / 2));
        } else if (damage == u"schema"_s) {
            QVERIFY(QFile::remove(path));
            execSql(path, {u"CREATE TABLE fleet(x INTEGER)"_s, u"INSERT INTO fleet VALUES(1)"_s});
        } else if (damage == u"version"_s) {
            execSql(path, {u"UPDATE meta SET value='99' WHERE key='schema_version'"_s});
        } else if (damage == u"pageMissing"_s) {
            execSql(path, {u"DELETE FROM pages WHERE position=1"_s});
        } else if (damage == u"pageGarbage"_s) {
            execSql(path, {u"UPDATE pages SET data=X'00FF7B' WHERE position=0"_s});
        } else if (damage == u"checksum"_s) {
            execSql(path, {u"UPDATE pages SET crc=crc+1 WHERE position=1"_s});
        } else if (damage == u"pageCount"_s) {
            execSql(path, {u"UPDATE pages SET sims=sims-1 WHERE position=0"_s,
                           u"UPDATE meta SET value='4999' WHERE key='row_count'"_s});
        } else if (damage == u"pageByte"_s) {
            // The bytes change, the checksum does not: the checksum catches it.
            execSql(path, {u"UPDATE pages SET data=substr(data, 1, 100) || X'FF' || "
                           "substr(data, 102) WHERE position=0"_s});
        } else if (damage == u"account"_s) {
            execSql(path, {u"UPDATE meta SET value='someone else' WHERE key='account_key'"_s});
        }
        if (QTest::currentTestFailed())
            return;

        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"damaged fleet snapshot"_s));
        QVERIFY(!store.load(kAccountA, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFileInfo::exists(path));
        const QStringList aside = QDir(dir.path()).entryList({u"*.corrupt-*"_s}, QDir::Files);
        QCOMPARE(aside.size(), 1);
        QVERIFY(QRegularExpression(u"^fleet-[0-9a-f]{16}\\.sqlite\\.corrupt-\\d{8}-\\d{6}$"_s)
                    .match(aside.first())
                    .hasMatch());

        // Nothing left to read until the fleet is saved again; then all is well.
        QVERIFY(!store.load(kAccountA, &error));
        QVERIFY(error.isEmpty());
        const QVector<Sim> reloaded = TestFleet::makeSims(40);
        QVERIFY2(store.save(kAccountA, reloaded, sampleTime(), &error), qPrintable(error));
        const auto snapshot = store.load(kAccountA, &error);
        QVERIFY2(snapshot, qPrintable(error));
        QVERIFY(snapshot->sims == reloaded);
    }

    void load_damagedTwiceInOneSecond_keepsBothAside() {
        TestTemporaryDir dir;
        FleetSnapshotStore store(dir.path());
        QString error;
        for (int round = 0; round < 2; ++round) {
            QFile file(store.filePath(kAccountA));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("not a database");
            file.close();
            QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"damaged fleet snapshot"_s));
            QVERIFY(!store.load(kAccountA, &error));
        }
        QCOMPARE(QDir(dir.path()).entryList({u"*.corrupt-*"_s}, QDir::Files).size(), 2);
    }

    void remove_deletesSnapshot() {
        TestTemporaryDir dir;
        FleetSnapshotStore store(dir.path());
        QString error;
        QVERIFY(store.save(kAccountA, TestFleet::makeSims(5), sampleTime(), &error));
        QVERIFY(store.remove(kAccountA, &error));
        QVERIFY(!store.load(kAccountA, &error));
        QVERIFY(error.isEmpty());
        QVERIFY(store.remove(kAccountA, &error)); // nothing to delete is fine
    }

    void saveLoad_onWorkerThreads_work() {
        TestTemporaryDir dir;
        FleetSnapshotStore store(dir.path());
        const QVector<Sim> simsA = TestFleet::makeSims(500);
        const QVector<Sim> simsB = TestFleet::makeSims(300, 900);
        bool okA = false;
        bool okB = false;
        // Two accounts at once: each call has its own connection in its own thread.
        std::unique_ptr<QThread> threadA(QThread::create([&] {
            QString error;
            if (!store.save(kAccountA, simsA, sampleTime(), &error))
                return;
            const auto snapshot = store.load(kAccountA, &error);
            okA = snapshot && snapshot->sims == simsA;
        }));
        std::unique_ptr<QThread> threadB(QThread::create([&] {
            QString error;
            if (!store.save(kAccountB, simsB, sampleTime(), &error))
                return;
            const auto snapshot = store.load(kAccountB, &error);
            okB = snapshot && snapshot->sims == simsB;
        }));
        threadA->start();
        threadB->start();
        QVERIFY(threadA->wait(30000));
        QVERIFY(threadB->wait(30000));
        QVERIFY(okA);
        QVERIFY(okB);
        QVERIFY(QSqlDatabase::connectionNames().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFleetSnapshot)
#include "tst_fleet_snapshot.moc"
