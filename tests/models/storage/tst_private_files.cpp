// File modes: the job journal, the audit trail and the fleet snapshot (and the
// folders made for them) are the user's alone; exports follow the umask.

#include "models/export/FleetExporter.h"
#include "models/export/OperationsCsv.h"
#include "models/jobs/AuditTrail.h"
#include "models/storage/FleetSnapshotStore.h"
#include "models/storage/JobStore.h"
#include "tests/support/SimBuilders.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include "tests/support/TestTemporaryDir.h"
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <sys/types.h>

using namespace simfleet;
#endif

namespace {

constexpr QFile::Permissions kGroupOrOther = QFile::ReadGroup | QFile::WriteGroup |
                                             QFile::ExeGroup | QFile::ReadOther |
                                             QFile::WriteOther | QFile::ExeOther;

bool userOnly(const QString& path) {
    const QFileInfo info(path);
    return info.exists() && !(info.permissions() & kGroupOrOther) &&
           (info.permissions() & QFile::ReadOwner) && (info.permissions() & QFile::WriteOwner);
}

QByteArray describe(const QString& path) {
    return QStringLiteral("%1: %2")
        .arg(path)
        .arg(int(QFileInfo(path).permissions()), 0, 16)
        .toUtf8();
}

} // namespace

class TstPrivateFiles final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void jobJournal_newFileAndFolders_userOnly();
    void auditTrail_newFileAndFolders_userOnly();
    void existingJournal_permissionsTightened();
    void existingFolder_leftAsItIs();
    void snapshot_fileAndFolder_userOnly();
    void exports_followTheUmask();

private:
#ifdef Q_OS_UNIX
    mode_t m_savedUmask = 0;
#endif
};

void TstPrivateFiles::initTestCase() {
#ifdef Q_OS_UNIX
    // A permissive umask, so that only the code can make the files private.
    m_savedUmask = ::umask(022);
#else
    QSKIP("file modes are POSIX");
#endif
}

void TstPrivateFiles::cleanupTestCase() {
#ifdef Q_OS_UNIX
    ::umask(m_savedUmask);
#endif
}

void TstPrivateFiles::jobJournal_newFileAndFolders_userOnly() {
    TestTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("data/SimFleet/jobs.sqlite"));
    JobStore store(path);
    QString error;
    QVERIFY2(store.open(&error), qPrintable(error));
    QVERIFY2(userOnly(path), describe(path).constData());
    for (const QString& folder :
         {dir.filePath(QStringLiteral("data")), dir.filePath(QStringLiteral("data/SimFleet"))}) {
        QVERIFY2(userOnly(folder), describe(folder).constData());
        QVERIFY(QFileInfo(folder).permissions() & QFile::ExeOwner);
    }
}

void TstPrivateFiles::auditTrail_newFileAndFolders_userOnly() {
    TestTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(QStringLiteral("audit"));
    const QString path = folder + QStringLiteral("/audit.sqlite");
    AuditTrail trail(path);
    QString error;
    QVERIFY2(trail.open(&error), qPrintable(error));
    AuditEntry entry;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.author = QStringLiteral("Anna Admin");
    entry.action = QStringLiteral("block");
    entry.simCount = 1;
    QVERIFY2(trail.record(entry, &error).has_value(), qPrintable(error));
    QVERIFY2(userOnly(path), describe(path).constData());
    QVERIFY2(userOnly(folder), describe(folder).constData());
}

void TstPrivateFiles::existingJournal_permissionsTightened() {
    TestTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("jobs.sqlite"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                            QFile::ReadOther));
    JobStore store(path);
    QString error;
    QVERIFY2(store.open(&error), qPrintable(error));
    QVERIFY2(userOnly(path), describe(path).constData());
}

void TstPrivateFiles::existingFolder_leftAsItIs() {
    TestTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(QStringLiteral("shared"));
    QVERIFY(QDir().mkdir(folder));
    const QFile::Permissions before = QFileInfo(folder).permissions();
    QVERIFY(before & QFile::ReadOther); // the umask of 022
    JobStore store(folder + QStringLiteral("/jobs.sqlite"));
    QVERIFY(store.open());
    QCOMPARE(QFileInfo(folder).permissions(), before);
    QVERIFY(userOnly(folder + QStringLiteral("/jobs.sqlite")));
}

void TstPrivateFiles::snapshot_fileAndFolder_userOnly() {
    TestTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(QStringLiteral("local/snapshots"));
    FleetSnapshotStore store(folder);
    QString error;
    QVERIFY2(store.save(QStringLiteral("account#1"), {makeSim(1), makeSim(2)},
                        QDateTime::currentDateTimeUtc(), &error),
             qPrintable(error));
    const QString path = store.filePath(QStringLiteral("account#1"));
    QVERIFY(QFileInfo::exists(path));
    QVERIFY2(userOnly(path), describe(path).constData());
    QVERIFY2(userOnly(folder), describe(folder).constData());
    QVERIFY2(userOnly(dir.filePath(QStringLiteral("local"))), "local");
    // A second save replaces the file through a new temporary file: still private.
    QVERIFY(store.save(QStringLiteral("account#1"), {makeSim(3)}, QDateTime::currentDateTimeUtc(),
                       &error));
    QVERIFY2(userOnly(path), describe(path).constData());
}

void TstPrivateFiles::exports_followTheUmask() {
    TestTemporaryDir dir;
    QVERIFY(dir.isValid());
    ExportRequest request;
    request.path = dir.filePath(QStringLiteral("fleet.csv"));
    request.sims = {makeSim(1)};
    QString error;
    QVERIFY2(FleetExporter::exportNow(request, &error), qPrintable(error));
    QVERIFY2(QFileInfo(request.path).permissions() & QFile::ReadOther,
             describe(request.path).constData());
    request.path = dir.filePath(QStringLiteral("fleet.xlsx"));
    request.format = ExportRequest::Format::Xlsx;
    QVERIFY2(FleetExporter::exportNow(request, &error), qPrintable(error));
    QVERIFY2(QFileInfo(request.path).permissions() & QFile::ReadOther,
             describe(request.path).constData());

    const QString csv = dir.filePath(QStringLiteral("operations.csv"));
    QVERIFY(
        OperationsCsv::write(csv, {QStringLiteral("SIM")}, {{QStringLiteral("1")}}, {}, &error));
    QVERIFY2(QFileInfo(csv).permissions() & QFile::ReadOther, describe(csv).constData());
}

QTEST_GUILESS_MAIN(TstPrivateFiles)
#include "tst_private_files.moc"
