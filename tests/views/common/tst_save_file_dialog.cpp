#include "views/common/SaveFileDialog.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QLineEdit>
#include "tests/support/TestTemporaryDir.h"
#include <QTest>
#include <QTimer>

#include <functional>

using namespace simfleet;

namespace {

// Answers the next save dialog: sees what it offers, then types `name` in
// `dir` with `filter` chosen.
struct DialogAnswer {
    QString shownFile;   // the name the dialog suggested
    QString shownFilter; // the filter it had chosen
    bool answered = false;
};

void answerNextDialog(DialogAnswer* answer, const QString& path, const QString& filter) {
    auto* timer = new QTimer(qApp);
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, qApp, [=] {
        auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        timer->stop();
        timer->deleteLater();
        answer->shownFile = dialog->selectedFiles().value(0);
        answer->shownFilter = dialog->selectedNameFilter();
        if (!filter.isEmpty())
            dialog->selectNameFilter(filter);
        if (path.isEmpty()) {
            dialog->reject();
        } else {
            // selectFile() leaves the name field alone while it has the focus,
            // which it may have by now.
            if (QWidget* focused = dialog->focusWidget())
                focused->clearFocus();
            dialog->selectFile(path);
            QMetaObject::invokeMethod(dialog, "accept");
        }
        answer->answered = true;
    });
    timer->start();
}

const QString kCsv = QStringLiteral("CSV (*.csv)");
const QString kXlsx = QStringLiteral("Excel (*.xlsx)");

} // namespace

class TestSaveFileDialog final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QVERIFY(m_home.isValid());
        qputenv("HOME", QFile::encodeName(m_home.path()));
        QApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
    }

    void withSuffix_addsTheSuffixUnlessOneOfTheAcceptedIsThere() {
        const QStringList both{QStringLiteral("csv"), QStringLiteral("xlsx")};
        QCOMPARE(
            SaveFileDialog::withSuffix(QStringLiteral("/t/job-5"), QStringLiteral("csv"), both),
            QStringLiteral("/t/job-5.csv"));
        QCOMPARE(
            SaveFileDialog::withSuffix(QStringLiteral("/t/a.CSV"), QStringLiteral("xlsx"), both),
            QStringLiteral("/t/a.CSV"));
        QCOMPARE(
            SaveFileDialog::withSuffix(QStringLiteral("/t/a.xlsx"), QStringLiteral("csv"), both),
            QStringLiteral("/t/a.xlsx"));
        QCOMPARE(SaveFileDialog::withSuffix(QStringLiteral("/t/v1.5 report"),
                                            QStringLiteral("xlsx"), both),
                 QStringLiteral("/t/v1.5 report.xlsx"));
        QCOMPARE(SaveFileDialog::withSuffix(QString(), QStringLiteral("csv"), both), QString());
    }

    void ask_suggestsInHomeAndAddsTheChosenTypesSuffix() {
        DialogAnswer answer;
        const QString typed = QDir(m_home.path()).filePath(QStringLiteral("fleet"));
        answerNextDialog(&answer, typed, kXlsx);
        const SaveFileDialog::Choice choice = SaveFileDialog::ask(
            nullptr, QStringLiteral("Export"), QStringLiteral("sims-2026"),
            {{kCsv, QStringLiteral("csv")}, {kXlsx, QStringLiteral("xlsx")}}, 0);
        QVERIFY(answer.answered);
        QCOMPARE(answer.shownFile, QDir(m_home.path()).filePath(QStringLiteral("sims-2026.csv")));
        QCOMPARE(answer.shownFilter, kCsv);
        QCOMPARE(choice.type, 1);
        QCOMPARE(choice.path, typed + QStringLiteral(".xlsx"));
    }

    void ask_keepsAnOfferedSuffixAndThePreferredType() {
        DialogAnswer answer;
        const QString typed = QDir(m_home.path()).filePath(QStringLiteral("fleet.csv"));
        answerNextDialog(&answer, typed, QString());
        const SaveFileDialog::Choice choice = SaveFileDialog::ask(
            nullptr, QStringLiteral("Export"), QStringLiteral("sims.xlsx"),
            {{kCsv, QStringLiteral("csv")}, {kXlsx, QStringLiteral("xlsx")}}, 1);
        QVERIFY(answer.answered);
        QCOMPARE(answer.shownFile, QDir(m_home.path()).filePath(QStringLiteral("sims.xlsx")));
        QCOMPARE(answer.shownFilter, kXlsx);
        QCOMPARE(choice.type, 1);
        QCOMPARE(choice.path, typed);
    }

    void askCsv_cancelled_isEmpty() {
        DialogAnswer answer;
        answerNextDialog(&answer, QString(), QString());
        QVERIFY(SaveFileDialog::askCsv(nullptr, QStringLiteral("Export"), QStringLiteral("job-1"))
                    .isEmpty());
        QVERIFY(answer.answered);
        QCOMPARE(answer.shownFile, QDir(m_home.path()).filePath(QStringLiteral("job-1.csv")));
    }

private:
    TestTemporaryDir m_home;
};

QTEST_MAIN(TestSaveFileDialog)
#include "tst_save_file_dialog.moc"
