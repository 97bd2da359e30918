#include "api/AccountNotification.h"
#include "models/notifications/NotificationFiles.h"
#include "models/notifications/NotificationsModel.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include "tests/support/TestTemporaryDir.h"
#include <QTest>

using namespace simfleet;

namespace {

AccountNotification::File pdf(const QString& name, const QByteArray& content = "%PDF-1.4 x") {
    AccountNotification::File file;
    file.format = QStringLiteral("application/pdf");
    file.name = name;
    file.content = content;
    return file;
}

AccountNotification billNotification(AccountNotification::Type type, const QString& typeRaw,
                                     QVector<AccountNotification::File> files = {}) {
    AccountNotification n;
    n.type = type;
    n.typeRaw = typeRaw;
    Bill bill;
    bill.id = 5024;
    bill.billNumber = QStringLiteral("2026-11");
    bill.period = QStringLiteral("11.2026");
    bill.costEur = 120.5;
    n.bills = {bill};
    n.files = std::move(files);
    return n;
}

AccountNotification simNotification(int sims) {
    AccountNotification n;
    n.type = AccountNotification::Type::PackageEmpty;
    n.typeRaw = QStringLiteral("package_empty");
    for (int i = 0; i < sims; ++i) {
        Sim sim;
        sim.id = 100001 + i;
        sim.iccid = QStringLiteral("89970110000000000%1").arg(i, 3, 10, QChar(u'0'));
        n.sims.append(sim);
    }
    return n;
}

// Every file under `root`, relative to it.
QStringList filesUnder(const QString& root) {
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(QDir(root).relativeFilePath(it.next()));
    files.sort();
    return files;
}

} // namespace

class TestNotificationsModel final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void rows_newestFirstWithTextsAndUnreadBold() {
        NotificationsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.columnCount(), int(NotificationsModel::ColumnCount));
        const QDateTime t0 = QDateTime::currentDateTimeUtc();
        const qint64 first = model.add(simNotification(5), t0);
        const qint64 second = model.add(billNotification(AccountNotification::Type::GenerateBill,
                                                         QStringLiteral("generate_bill")),
                                        t0.addSecs(60));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowAt(0).id, second);
        QCOMPARE(model.rowAt(1).id, first);
        const QString sims = model.index(1, NotificationsModel::Summary).data().toString();
        // The count is in parentheses: no plural form is needed.
        QVERIFY2(sims.startsWith(QStringLiteral("SIMs out of data (5): 8997011")),
                 qPrintable(sims));
        QVERIFY(sims.endsWith(QStringLiteral(", …")));
        const QString bill = model.index(0, NotificationsModel::Summary).data().toString();
        QVERIFY2(bill.contains(QStringLiteral("Bill 2026-11 for 11.2026 issued")),
                 qPrintable(bill));
        QVERIFY2(bill.contains(QStringLiteral("120.50")), qPrintable(bill));
        QCOMPARE(model.index(0, NotificationsModel::Kind).data().toString(),
                 QStringLiteral("New bill"));
        QVERIFY(model.index(0, 0).data(Qt::FontRole).value<QFont>().bold());
        QCOMPARE(model.unreadCount(), 2);
        model.markRead(second);
        QVERIFY(!model.index(0, 0).data(Qt::FontRole).isValid());
        QCOMPARE(model.unreadCount(), 1);
        model.markAllRead();
        QCOMPARE(model.unreadCount(), 0);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void hostileFileNames_savedInsideTheFolderOnly() {
        TestTemporaryDir root;
        QVERIFY(root.isValid());
        const QString folder = root.filePath(QStringLiteral("bills"));
        NotificationsModel model;
        model.setDefaultFolder(folder);
        const QString longName = QString(300, u'a') + QStringLiteral(".pdf");
        const qint64 id = model.add(billNotification(
            AccountNotification::Type::UnpaidBill3, QStringLiteral("unpaid_bill_3"),
            {pdf(QStringLiteral("../../etc/passwd")), pdf(QStringLiteral("CON")),
             pdf(QStringLiteral("con.pdf")), pdf(longName),
             pdf(QStringLiteral("in\u0001voi\nce\u202Efdp.exe")),
             pdf(QStringLiteral("..\\..\\windows\\win.ini")), pdf(QStringLiteral("..")),
             pdf(QStringLiteral("/")), pdf(QStringLiteral("/etc/shadow")),
             pdf(QStringLiteral("C:\\boot.ini")),
             pdf(QStringLiteral("nu") + QChar(0) + QStringLiteral("ll.pdf")),
             pdf(QStringLiteral("Invoice.pdf")), pdf(QStringLiteral("INVOICE.pdf"))}));
        const Notice* notice = model.notice(id);
        QVERIFY(notice);
        QCOMPARE(notice->files.size(), 13);
        for (const Notice::SavedFile& file : notice->files) {
            QVERIFY2(file.error.isEmpty(), qPrintable(file.error));
            QCOMPARE(QFileInfo(file.path).absolutePath(), QFileInfo(folder).absoluteFilePath());
            QVERIFY(QFileInfo(file.path).fileName().size() <= 125);
        }
        // Nothing was written outside the folder, nothing is left half-written.
        const QStringList all = filesUnder(root.path());
        QCOMPARE(all.size(), 13);
        for (const QString& path : all) {
            QVERIFY2(path.startsWith(QStringLiteral("bills/")), qPrintable(path));
            QVERIFY2(!path.contains(QStringLiteral("/.")), qPrintable(path));
            QCOMPARE(QFile(root.filePath(path)).size(), qint64(10));
        }
        QVERIFY(all.contains(QStringLiteral("bills/passwd")));
        QVERIFY(all.contains(QStringLiteral("bills/_CON")));
        QVERIFY(all.contains(QStringLiteral("bills/_con.pdf")));
        QVERIFY(all.contains(QStringLiteral("bills/invoicefdp.exe")));
        QVERIFY(all.contains(QStringLiteral("bills/win.ini")));
        QVERIFY(all.contains(QStringLiteral("bills/shadow")));
        QVERIFY(all.contains(QStringLiteral("bills/boot.ini")));
        QVERIFY(all.contains(QStringLiteral("bills/null.pdf"))); // the NUL dropped
        // Names that differ only in case never replace one another (on a disk
        // where case counts as the same, the second gets a number).
        QVERIFY(all.contains(QStringLiteral("bills/Invoice.pdf")));
        QVERIFY(all.contains(QStringLiteral("bills/INVOICE.pdf")) ||
                all.contains(QStringLiteral("bills/INVOICE (2).pdf")));
    }

    void existingFiles_areNeverReplaced() {
        TestTemporaryDir root;
        QVERIFY(root.isValid());
        QFile mine(root.filePath(QStringLiteral("invoice-5024.pdf")));
        QVERIFY(mine.open(QIODevice::WriteOnly));
        mine.write("the user's own file");
        mine.close();
        NotificationsModel model;
        model.setBillsFolder(root.path());
        QCOMPARE(model.folder(), root.path());
        for (int i = 0; i < 3; ++i)
            model.add(billNotification(AccountNotification::Type::GenerateBill,
                                       QStringLiteral("generate_bill"),
                                       {pdf(QStringLiteral("invoice-5024.pdf"), "new")}));
        QVERIFY(mine.open(QIODevice::ReadOnly));
        QCOMPARE(mine.readAll(), QByteArray("the user's own file"));
        QCOMPARE(filesUnder(root.path()), QStringList({QStringLiteral("invoice-5024 (2).pdf"),
                                                       QStringLiteral("invoice-5024 (3).pdf"),
                                                       QStringLiteral("invoice-5024 (4).pdf"),
                                                       QStringLiteral("invoice-5024.pdf")}));
        QCOMPARE(NotificationsModel::filesText(model.rowAt(0)),
                 QStringLiteral("invoice-5024 (4).pdf"));
    }

    void failedSave_isKeptInTheRowAndReported() {
        TestTemporaryDir root;
        QVERIFY(root.isValid());
        // A file where the folder should be: nothing can be saved into it.
        const QString notAFolder = root.filePath(QStringLiteral("bills"));
        QFile blocker(notAFolder);
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        NotificationsModel model;
        model.setBillsFolder(notAFolder);
        QSignalSpy problems(&model, &NotificationsModel::problem);
        const qint64 id = model.add(billNotification(AccountNotification::Type::UnpaidBill5,
                                                     QStringLiteral("unpaid_bill_5"),
                                                     {pdf(QStringLiteral("invoice.pdf"))}));
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.at(0).at(0).toString().contains(QStringLiteral("not saved")),
                 qPrintable(problems.at(0).at(0).toString()));
        const Notice* notice = model.notice(id);
        QVERIFY(notice->hasFileErrors());
        QVERIFY(notice->savedPaths().isEmpty());
        QCOMPARE(model.index(0, NotificationsModel::Files).data().toString(),
                 QStringLiteral("invoice.pdf not saved"));
        QCOMPARE(filesUnder(root.path()), QStringList({QStringLiteral("bills")}));
    }

    void store_survivesRestartWithReadAndDismissedState() {
        TestTemporaryDir root;
        QVERIFY(root.isValid());
        const QString store = root.filePath(QStringLiteral("state/notifications-x.json"));
        qint64 blocked = 0;
        qint64 older = 0;
        {
            NotificationsModel model;
            model.open(store);
            QCOMPARE(model.rowCount(), 0);
            older = model.add(simNotification(2));
            blocked = model.add(billNotification(AccountNotification::Type::UnpaidBill6,
                                                 QStringLiteral("unpaid_bill_6")));
            QVERIFY(model.blockingNotice());
            QCOMPARE(model.blockingNotice()->id, blocked);
            model.markRead(older);
            QVERIFY(QFileInfo::exists(store));
            QCOMPARE(QFileInfo(store).permissions() &
                         (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                     QFileDevice::Permissions());
        }
        {
            NotificationsModel model;
            QAbstractItemModelTester tester(&model,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
            model.open(store);
            QCOMPARE(model.rowCount(), 2);
            QCOMPARE(model.rowAt(0).id, blocked);
            QVERIFY(model.notice(older)->read);
            QVERIFY(!model.notice(blocked)->read);
            QCOMPARE(model.notice(older)->sims.size(), 2);
            QVERIFY(model.blockingNotice());
            QSignalSpy blocking(&model, &NotificationsModel::blockingChanged);
            model.dismiss(blocked);
            QVERIFY(!blocking.isEmpty());
            QVERIFY(!model.blockingNotice());
            // A new id never reuses an old one.
            QVERIFY(model.add(simNotification(1)) > blocked);
        }
        NotificationsModel model;
        model.open(store);
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(model.notice(blocked)->dismissed);
        QVERIFY(!model.blockingNotice());
        // A newer unpaid_bill_6 shows the banner again.
        model.add(billNotification(AccountNotification::Type::UnpaidBill6,
                                   QStringLiteral("unpaid_bill_6")));
        QVERIFY(model.blockingNotice());
    }

    void store_isBoundedToTheNewest() {
        TestTemporaryDir root;
        QVERIFY(root.isValid());
        const QString store = root.filePath(QStringLiteral("n.json"));
        NotificationsModel model;
        model.open(store);
        for (int i = 0; i < NotificationsModel::kMaxNotices + 20; ++i)
            model.add(simNotification(1));
        QCOMPARE(model.rowCount(), NotificationsModel::kMaxNotices);
        NotificationsModel reread;
        reread.open(store);
        QCOMPARE(reread.rowCount(), NotificationsModel::kMaxNotices);
        QCOMPARE(reread.rowAt(0).id, qint64(NotificationsModel::kMaxNotices + 20));
    }

    void corruptStore_isReportedAndANewListStarts() {
        TestTemporaryDir root;
        QVERIFY(root.isValid());
        const QString store = root.filePath(QStringLiteral("n.json"));
        QFile file(store);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"notices\": [tru");
        file.close();
        NotificationsModel model;
        QSignalSpy problems(&model, &NotificationsModel::problem);
        model.open(store);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(model.rowCount(), 0);
        model.add(simNotification(1));
        NotificationsModel reread;
        reread.open(store);
        QCOMPARE(reread.rowCount(), 1);
    }

    void defaultFolder_isUnderDocumentsWithASafeAccountName() {
        const QString folder =
            NotificationFiles::defaultFolder(QStringLiteral("ACME/../Logistics"));
        QVERIFY2(folder.contains(QStringLiteral("/SimFleet/")), qPrintable(folder));
        QVERIFY(!QFileInfo(folder).fileName().contains(u'/'));
        QVERIFY(!folder.contains(QStringLiteral("..")));
        QVERIFY(NotificationFiles::defaultFolder(QString()).endsWith(QStringLiteral("/account")));
    }
};

QTEST_MAIN(TestNotificationsModel)
#include "tst_notifications_model.moc"
