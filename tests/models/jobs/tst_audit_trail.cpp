#include "models/jobs/AuditTrail.h"

#include "tests/support/DamagedFiles.h"
#include "tests/support/TestTemporaryDir.h"
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTest>

using namespace simfleet;

namespace {

AuditEntry sampleEntry() {
    AuditEntry entry;
    entry.time = QDateTime::fromSecsSinceEpoch(1764900000, Qt::UTC);
    entry.author = QStringLiteral("Aigerim Nurlanova");
    entry.action = QStringLiteral("block");
    entry.details = QStringLiteral("Block 2 SIMs");
    entry.simCount = 2;
    entry.jobId = 1;
    return entry;
}

// Records an entry, appends a queue id to it and checks it reads back.
void checkRecordsAndAppends(AuditTrail& trail) {
    QString error;
    const std::optional<qint64> id = trail.record(sampleEntry(), &error);
    QVERIFY2(id.has_value(), qPrintable(error));
    QVERIFY2(trail.appendQueueId(*id, QStringLiteral("q-1"), &error), qPrintable(error));
    const QVector<AuditEntry> entries = trail.entries(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!entries.isEmpty());
    QCOMPARE(entries.last().id, *id);
    QVERIFY(*id > 0);
    QCOMPARE(entries.last().queueIds, QStringList{QStringLiteral("q-1")});
}

} // namespace

class TestAuditTrail final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void recordAppendAndRead() {
        TestTemporaryDir dir;
        AuditTrail trail(dir.filePath(QStringLiteral("audit.sqlite")));
        QString error;
        QVERIFY2(trail.open(&error), qPrintable(error));
        checkRecordsAndAppends(trail);
    }

    // Found by fuzzing (tests/fuzz, audit_trail): a file whose header,
    // user_version and structure are sound but whose table lost its key
    // ("id INTEGER PRIMARYAUEKY  TOINCREMENT") was used as is: every id read
    // as 0 and queue ids appended to a new entry were lost. It is set aside.
    void tableWithoutItsKey_isSetAside() {
        TestTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("audit.sqlite"));
        {
            AuditTrail trail(path);
            QVERIFY(trail.open());
            QVERIFY(trail.record(sampleEntry()).has_value());
        }
        QVERIFY(replaceInFile(path, "PRIMARY KEY AUTOINCREMENT", "PRIMARYAUEKY  TOINCREMENT"));

        AuditTrail trail(path);
        QString error;
        QVERIFY2(trail.open(&error), qPrintable(error));
        QVERIFY(!trail.setAsidePath().isEmpty());
        QVERIFY(QFileInfo::exists(trail.setAsidePath()));
        QVERIFY(trail.entries().isEmpty());
        checkRecordsAndAppends(trail);
    }
};

QTEST_GUILESS_MAIN(TestAuditTrail)
#include "tst_audit_trail.moc"
