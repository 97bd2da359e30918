// The Bills page against an in-process emulator: the table newest first with
// its filter, sorting and count; the loading, no-match, error (Retry) and
// offline states; the header kept per user, the Issued arrow on start; a
// request selecting a bill; the transcript preview (sheets, filter,
// Download); the table's context menu; and the whole app with a read-only user: the page
// registered, loaded, and no write request sent.
#include "api/ApiClient.h"
#include "api/Session.h"
#include "app/demo/DemoBackend.h"
#include "app/gui/AppController.h"
#include "emulator/Emulator.h"
#include "models/bills/BillDownloads.h"
#include "models/bills/BillsModel.h"
#include "models/bills/TranscriptSheetModel.h"
#include "models/workspace/AccountWorkspace.h"
#include "tests/support/DemoAppRig.h"
#include "tests/support/EmulatorFixture.h"
#include "tests/support/EmulatorJournal.h"
#include "translations/Translations.h"
#include "views/bills/BillsChart.h"
#include "views/bills/BillsPage.h"
#include "views/bills/InvoicePreviewPane.h"
#include "views/bills/TranscriptPreviewPane.h"
#include "views/common/EmptyState.h"
#include "views/common/InlineBanner.h"
#include "views/common/PdfPageView.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPdfDocument>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include "tests/support/TestTemporaryDir.h"
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace simfleet;

namespace {

constexpr int kSeedBills = 24;

} // namespace

class TestBillsPage final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void table_newestFirstFilterSortAndCount();
    void states_loadingNoMatchErrorAndOffline();
    void billRequest_selectsTheBill();
    void download_selection_bothFilesIntoTheFolder_overwriteAsked();
    void download_cancel_leavesNoFile_failureSaysWhy();
    void preview_selectedInvoiceShown_pagesZoomAndFitWidth();
    void header_issuedShowsTheSortArrowOfTheActualOrder();
    void transcript_selectedBillShowsItsSheets_filterAndDownload();
    void contextMenu_actionsExistAndActOnTheSelection();
    void app_pageRegistered_readOnlyUserSendsNoWrite();

private:
    void startPage(bool load = true);
    BillsModel* model() const { return m_workspace->bills(); }

    std::unique_ptr<novaemu::Emulator> m_emulator;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<AccountWorkspace> m_workspace;
    std::unique_ptr<BillsPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestBillsPage::initTestCase() {
    DemoAppRig::prepareTestCase();
    QVERIFY(Translations::install(QStringLiteral("en")));
}

void TestBillsPage::init() {
    m_emulator = EmulatorFixture::startEmulator(EmulatorFixture::smallFleet(10));
    QVERIFY(m_emulator->port() != 0);
}

void TestBillsPage::cleanup() {
    m_tester.reset();
    m_page.reset();
    m_workspace.reset();
    m_session.reset();
    m_client.reset();
    m_emulator.reset();
}

void TestBillsPage::startPage(bool load) {
    m_client = std::make_unique<ApiClient>();
    EmulatorFixture::connectClient(*m_client, *m_emulator, QStringLiteral("demo-user"), true);
    m_session = std::make_unique<Session>(m_client.get());
    QSignalSpy signedIn(m_session.get(), &Session::signedIn);
    m_session->signIn();
    QVERIFY(signedIn.wait(30000));
    m_workspace = std::make_unique<AccountWorkspace>(m_client.get(), m_session.get());
    m_page = std::make_unique<BillsPage>(m_workspace.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_page->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_page->setWriteAccess(WriteAccess::denied(QStringLiteral("read-only")));
    m_page->resize(1200, 700);
    m_page->show();
    if (!load)
        return;
    m_page->sessionStarted();
    QTRY_VERIFY_WITH_TIMEOUT(model()->isLoaded() && !model()->isLoading(), 30000);
    QCOMPARE(m_page->proxy()->rowCount(), kSeedBills);
    QVERIFY(m_page->isTableShown());
}

void TestBillsPage::table_newestFirstFilterSortAndCount() {
    startPage();
    QSortFilterProxyModel* proxy = m_page->proxy();
    QCOMPARE(m_page->countLabel()->text(), QStringLiteral("24 bills"));
    // The chart: one bar per period of the last 24 bills, oldest first.
    QVERIFY(m_page->chart()->isVisible());
    QVERIFY(m_page->chart()->barCount() > 0 && m_page->chart()->barCount() <= 24);
    QCOMPARE(m_page->chart()->periods().last(),
             model()->rowAt(0).periodText(model()->providerZone()));
    // Newest first: the unpaid bill on top.
    QCOMPARE(proxy->index(0, BillsModel::Paid).data().toString(), QStringLiteral("Unpaid"));
    QCOMPARE(proxy->index(0, 0).data(BillsModel::IdRole).toLongLong(), model()->rowAt(0).id);

    // Sorting by amount, then the filter on the unpaid word.
    m_page->table()->sortByColumn(BillsModel::AmountEur, Qt::AscendingOrder);
    for (int row = 1; row < proxy->rowCount(); ++row)
        QVERIFY(proxy->index(row - 1, BillsModel::AmountEur)
                    .data(BillsModel::RawValueRole)
                    .toDouble() <=
                proxy->index(row, BillsModel::AmountEur).data(BillsModel::RawValueRole).toDouble());
    QTest::keyClicks(m_page->filterEdit(), QStringLiteral("unpaid"));
    QCOMPARE(proxy->rowCount(), 1);
    QCOMPARE(m_page->countLabel()->text(), QStringLiteral("1 of 24 bills"));
    m_page->filterEdit()->setText(model()->rowAt(3).billNumber);
    QCOMPARE(proxy->rowCount(), 1);
    m_page->filterEdit()->clear();
    QCOMPARE(proxy->rowCount(), kSeedBills);

    // The header state is kept with the page's state.
    const QVariantMap state = m_page->saveState();
    m_page->table()->sortByColumn(BillsModel::Country, Qt::DescendingOrder);
    m_page->restoreState(state);
    QCOMPARE(m_page->table()->horizontalHeader()->sortIndicatorSection(),
             int(BillsModel::AmountEur));
    m_page->restoreState({});
    QCOMPARE(m_page->table()->horizontalHeader()->sortIndicatorSection(), int(BillsModel::Issued));
}

void TestBillsPage::states_loadingNoMatchErrorAndOffline() {
    startPage(false);
    m_page->sessionStarted();
    QVERIFY(model()->isLoading());
    QVERIFY(!m_page->isTableShown());
    QCOMPARE(m_page->emptyState()->titleLabel()->text(), QStringLiteral("Loading bills…"));
    QTRY_VERIFY_WITH_TIMEOUT(m_page->isTableShown(), 30000);

    m_page->filterEdit()->setText(QStringLiteral("no such bill"));
    QVERIFY(!m_page->isTableShown());
    QCOMPARE(m_page->emptyState()->titleLabel()->text(),
             QStringLiteral("No bills match \"no such bill\""));
    m_page->emptyState()->actionButton()->click();
    QVERIFY(m_page->filterEdit()->text().isEmpty());
    QVERIFY(m_page->isTableShown());

    // Offline: the rows stay with a banner offering Retry.
    m_emulator.reset();
    m_page->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!model()->isLoading(), 60000);
    QVERIFY(m_page->isTableShown());
    QVERIFY(m_page->loadBanner()->isVisible());
    QCOMPARE(m_page->loadBanner()->title(), QStringLiteral("Offline"));

    // No rows and an error: the error state with Retry.
    model()->clear();
    m_page->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!model()->isLoading(), 60000);
    QVERIFY(!m_page->isTableShown());
    QCOMPARE(m_page->emptyState()->titleLabel()->text(),
             QStringLiteral("The bills could not be read"));
    QCOMPARE(m_page->emptyState()->actionButton()->text(), QStringLiteral("Retry"));

    m_page->sessionEnded();
    QCOMPARE(m_page->emptyState()->titleLabel()->text(), QStringLiteral("Not signed in"));
}

void TestBillsPage::billRequest_selectsTheBill() {
    startPage(false);
    const qint64 wanted = 5010;
    m_page->openRequest(BillsPage::billRequest(wanted)); // before the rows: kept
    m_page->sessionStarted();
    QTRY_COMPARE_WITH_TIMEOUT(m_page->selectedBillId(), wanted, 30000);
    m_page->filterEdit()->setText(QStringLiteral("unpaid"));
    m_page->openRequest(BillsPage::billRequest(5003));
    QVERIFY(m_page->filterEdit()->text().isEmpty());
    QCOMPARE(m_page->selectedBillId(), qint64(5003));

    // The Home page's Transcript button: this bill's transcript into the folder.
    TestTemporaryDir dir;
    m_page->setDownloadFolder(dir.path());
    m_page->openRequest(BillsPage::downloadRequest(5007, true));
    QCOMPARE(m_page->selectedBillId(), qint64(5007));
    QVERIFY(m_page->downloads()->isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->downloads()->isRunning(), 30000);
    const QStringList files = QDir(dir.path()).entryList(QDir::Files);
    QCOMPARE(files.size(), 1);
    QVERIFY(files.first().startsWith(QStringLiteral("transcript-")));
    QVERIFY(files.first().endsWith(QStringLiteral(".xlsx")));
}

void TestBillsPage::download_selection_bothFilesIntoTheFolder_overwriteAsked() {
    startPage(); // a read-only session downloads too
    TestTemporaryDir dir;
    QSignalSpy stateChanged(m_page.get(), &BillsPage::stateChanged);
    m_page->setDownloadFolder(dir.path());
    QCOMPARE(stateChanged.size(), 1);
    QCOMPARE(m_page->saveState().value(QStringLiteral("folder")).toString(), dir.path());
    QVERIFY(!m_page->invoiceAction()->isEnabled()); // nothing selected
    QItemSelectionModel* selection = m_page->table()->selectionModel();
    selection->select(m_page->proxy()->index(0, 0),
                      QItemSelectionModel::Select | QItemSelectionModel::Rows);
    selection->select(m_page->proxy()->index(1, 0),
                      QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QVERIFY(m_page->bothAction()->isEnabled());
    bool started = false;
    QVERIFY(!m_page->downloadSelected(BillsPage::Download::Both, &started));
    QVERIFY(started);
    QVERIFY(m_page->downloadPanel()->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->downloads()->isRunning(), 30000);
    QCOMPARE(m_page->downloads()->savedCount(), 4);
    const QStringList names = QDir(dir.path()).entryList(QDir::Files, QDir::Name);
    QCOMPARE(names.size(), 4);
    QCOMPARE(names.filter(QStringLiteral(".pdf")).size(), 2);
    QCOMPARE(names.filter(QStringLiteral(".xlsx")).size(), 2);
    QVERIFY(names.first().contains(model()->rowAt(0).billNumber) ||
            names.first().contains(model()->rowAt(1).billNumber));
    QVERIFY(m_page->downloadLabel()->text().startsWith(QStringLiteral("4 of 4 files saved")));
    QVERIFY(m_page->findChild<QPushButton*>(QStringLiteral("billsDownloadOpen"))->isVisible());
    QVERIFY(m_page->findChild<QPushButton*>(QStringLiteral("billsDownloadShow"))->isVisible());

    // Again: the files exist, so the page asks; Cancel downloads nothing.
    const int downloadsBefore = int(std::count_if(
        m_emulator->journal().cbegin(), m_emulator->journal().cend(),
        [](const auto& e) { return e.method.startsWith(QStringLiteral("bill/download/")); }));
    QPointer<QMessageBox> box = m_page->downloadSelected(BillsPage::Download::Invoice, &started);
    QVERIFY(box);
    QVERIFY(!started);
    QVERIFY(box->text().contains(QStringLiteral("2 files")));
    box->button(QMessageBox::Cancel)->click();
    QTest::qWait(200);
    QVERIFY(!m_page->downloads()->isRunning());
    box = m_page->downloadSelected(BillsPage::Download::Invoice);
    QVERIFY(box);
    box->findChild<QPushButton*>(QStringLiteral("replaceButton"))->click();
    QVERIFY(m_page->downloads()->isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->downloads()->isRunning(), 30000);
    QCOMPARE(m_page->downloads()->savedCount(), 2);
    const int downloadsAfter = int(std::count_if(
        m_emulator->journal().cbegin(), m_emulator->journal().cend(),
        [](const auto& e) { return e.method.startsWith(QStringLiteral("bill/download/")); }));
    QCOMPARE(downloadsAfter - downloadsBefore, 2);
    QCOMPARE(EmulatorJournal::writeRequests(*m_emulator), 0);
}

void TestBillsPage::download_cancel_leavesNoFile_failureSaysWhy() {
    startPage();
    TestTemporaryDir dir;
    m_page->setDownloadFolder(dir.path());
    m_page->selectBill(5010);
    m_emulator->setLatencyMs(1500);
    bool started = false;
    m_page->downloadSelected(BillsPage::Download::Both, &started);
    QVERIFY(started);
    auto* cancel = m_page->findChild<QPushButton*>(QStringLiteral("billsDownloadCancel"));
    QVERIFY(cancel->isVisible());
    QTest::qWait(300);
    cancel->click();
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->downloads()->isRunning(), 10000);
    QVERIFY(m_page->downloadLabel()->text().startsWith(QStringLiteral("Cancelled: 0 of 2")));
    QVERIFY(!m_page->banner()->isVisible()); // a cancel is no failure
    QTest::qWait(1700);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 0);

    // NovaConnect went away: the download fails, says why, leaves nothing.
    m_emulator.reset();
    m_page->downloadSelected(BillsPage::Download::Invoice, &started);
    QVERIFY(started);
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->downloads()->isRunning(), 60000);
    QVERIFY(m_page->banner()->isVisible());
    QCOMPARE(m_page->banner()->title(), QStringLiteral("1 file could not be downloaded"));
    QVERIFY(m_page->banner()->text().contains(QStringLiteral("No partial file was left.")));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 0);
}

void TestBillsPage::preview_selectedInvoiceShown_pagesZoomAndFitWidth() {
    startPage();
    InvoicePreviewPane* pane = m_page->previewPane();
    QVERIFY(!pane->isDocumentShown());
    QCOMPARE(pane->statusLabel()->text(), QStringLiteral("Select a bill to see its invoice here."));
    QVERIFY(m_page->selectBill(5010));
    QTRY_VERIFY_WITH_TIMEOUT(pane->isDocumentShown(), 30000);
    QCOMPARE(pane->document()->status(), QPdfDocument::Status::Ready);
    QVERIFY(pane->document()->pageCount() >= 1);
    QCOMPARE(pane->pageLabel()->text(),
             QStringLiteral("Page 1 of %1").arg(pane->document()->pageCount()));
    QCOMPARE(pane->view()->zoomMode(), PdfPageView::ZoomMode::FitWidth);
    QVERIFY(!pane->view()->renderedPage().isNull());
    const QImage page = pane->view()->renderedPage().toImage();
    bool inked = false;
    for (int y = 0; y < page.height() && !inked; y += 2)
        for (int x = 0; x < page.width() && !inked; x += 2)
            inked = page.pixelColor(x, y).lightness() < 128;
    QVERIFY2(inked, "the page shows the invoice's text, not a blank sheet");
    const double fitted = pane->view()->zoomFactor();
    pane->findChild<QToolButton*>(QStringLiteral("previewZoomIn"))->click();
    QCOMPARE(pane->view()->zoomMode(), PdfPageView::ZoomMode::Custom);
    QVERIFY(pane->view()->zoomFactor() > fitted);
    QVERIFY(pane->view()->renderedPage().width() > page.width());
    pane->findChild<QToolButton*>(QStringLiteral("previewFitWidth"))->click();
    QCOMPARE(pane->view()->zoomMode(), PdfPageView::ZoomMode::FitWidth);
    if (pane->document()->pageCount() > 1) {
        pane->findChild<QToolButton*>(QStringLiteral("previewNextPage"))->click();
        QCOMPARE(pane->currentPage(), 1);
    }
    // Another bill: its own invoice; an unknown one says why.
    QVERIFY(m_page->selectBill(5011));
    QTRY_VERIFY_WITH_TIMEOUT(
        EmulatorJournal::entries(*m_emulator, QStringLiteral("bill/download/5011")).size() == 1,
        30000);
    QTRY_VERIFY_WITH_TIMEOUT(pane->isDocumentShown(), 30000);
    pane->showBill(999999);
    QTRY_VERIFY_WITH_TIMEOUT(
        pane->statusLabel()->text().startsWith(QStringLiteral("The invoice could not be shown")),
        30000);
    QCOMPARE(EmulatorJournal::writeRequests(*m_emulator), 0);
    m_page->sessionEnded();
    QVERIFY(!pane->isDocumentShown());
}

void TestBillsPage::header_issuedShowsTheSortArrowOfTheActualOrder() {
    startPage();
    QHeaderView* header = m_page->table()->horizontalHeader();
    QVERIFY(header->isSortIndicatorShown());
    QCOMPARE(header->sortIndicatorSection(), int(BillsModel::Issued));
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    QSortFilterProxyModel* proxy = m_page->proxy();
    for (int row = 1; row < proxy->rowCount(); ++row)
        QVERIFY(
            proxy->index(row - 1, BillsModel::Issued).data(BillsModel::RawValueRole).toDateTime() >=
            proxy->index(row, BillsModel::Issued).data(BillsModel::RawValueRole).toDateTime());
    // The arrow takes room in the header: the Issued title is not cut.
    const QString title = proxy->headerData(BillsModel::Issued, Qt::Horizontal).toString();
    QVERIFY(header->sectionSize(BillsModel::Issued) >=
            header->fontMetrics().horizontalAdvance(title) + 28);

    // A saved header with no sorted column or a hidden arrow: newest first, shown.
    header->setSortIndicatorShown(false);
    header->setSortIndicator(-1, Qt::AscendingOrder);
    const QVariantMap unsorted = m_page->saveState();
    m_page->restoreState({});
    m_page->restoreState(unsorted);
    QVERIFY(header->isSortIndicatorShown());
    QCOMPARE(header->sortIndicatorSection(), int(BillsModel::Issued));
    QCOMPARE(proxy->index(0, 0).data(BillsModel::IdRole).toLongLong(), model()->rowAt(0).id);
    // A saved order is the order the rows are put in.
    m_page->table()->sortByColumn(BillsModel::AmountEur, Qt::AscendingOrder);
    const QVariantMap byAmount = m_page->saveState();
    m_page->restoreState({});
    m_page->restoreState(byAmount);
    QCOMPARE(header->sortIndicatorSection(), int(BillsModel::AmountEur));
    for (int row = 1; row < proxy->rowCount(); ++row)
        QVERIFY(proxy->index(row - 1, BillsModel::AmountEur)
                    .data(BillsModel::RawValueRole)
                    .toDouble() <=
                proxy->index(row, BillsModel::AmountEur).data(BillsModel::RawValueRole).toDouble());
}

void TestBillsPage::transcript_selectedBillShowsItsSheets_filterAndDownload() {
    startPage();
    TranscriptPreviewPane* pane = m_page->transcriptPane();
    QTabWidget* tabs = m_page->previewTabs();
    QCOMPARE(tabs->count(), 2);
    QCOMPARE(tabs->tabText(0), QStringLiteral("Invoice"));
    QCOMPARE(tabs->tabText(1), QStringLiteral("Transcript"));
    QVERIFY(m_page->selectBill(5010));
    tabs->setCurrentWidget(pane); // the user picks Transcript
    QCOMPARE(pane->billId(), qint64(5010));
    QCOMPARE(pane->emptyState()->titleLabel()->text(), QStringLiteral("Loading the transcript…"));
    QTRY_VERIFY_WITH_TIMEOUT(pane->isWorkbookShown(), 30000);
    QCOMPARE(pane->sheetTabs()->count(), 1);
    QCOMPARE(pane->sheetTabs()->tabText(0), QStringLiteral("Transcript"));
    TranscriptSheetModel* sheet = pane->sheetModel(0);
    QVERIFY(sheet);
    QAbstractItemModelTester tester(sheet, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(sheet->headerData(0, Qt::Horizontal).toString(), QStringLiteral("ICCID"));
    QCOMPARE(sheet->headerData(4, Qt::Horizontal).toString(), QStringLiteral("Cost, EUR"));
    const int rows = sheet->rowCount();
    QVERIFY(rows > 0);
    QVERIFY(pane->countLabel()->text().startsWith(QString::number(rows) + QLatin1Char(' ')));
    QCOMPARE(sheet->index(0, 4).data(Qt::TextAlignmentRole).toInt(),
             int(Qt::AlignRight | Qt::AlignVCenter));
    QVERIFY(pane->sheetTable(0)->isVisible());

    // The filter: one ICCID, then nothing (a banner offers to clear it).
    const QString iccid = sheet->index(0, 0).data().toString();
    pane->filterEdit()->setText(iccid);
    QCOMPARE(pane->sheetTable(0)->model()->rowCount(), 1);
    pane->filterEdit()->setText(QStringLiteral("no such SIM"));
    QCOMPARE(pane->sheetTable(0)->model()->rowCount(), 0);
    QVERIFY(pane->banner()->isVisible());
    QCOMPARE(pane->banner()->title(), QStringLiteral("No rows match"));
    pane->banner()->findChild<QPushButton*>()->click();
    QVERIFY(pane->filterEdit()->text().isEmpty());
    QCOMPARE(pane->sheetTable(0)->model()->rowCount(), rows);
    QVERIFY(!pane->banner()->isVisible());

    // Download: this bill's transcript into the folder.
    TestTemporaryDir dir;
    m_page->setDownloadFolder(dir.path());
    pane->downloadButton()->click();
    QVERIFY(m_page->downloads()->isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->downloads()->isRunning(), 30000);
    const QStringList files = QDir(dir.path()).entryList(QDir::Files);
    QCOMPARE(files.size(), 1);
    QVERIFY(files.first().startsWith(QStringLiteral("transcript-")));

    // Another bill while on the Transcript tab: its transcript; an unknown
    // bill says why and offers Retry.
    QVERIFY(m_page->selectBill(5011));
    QTRY_COMPARE_WITH_TIMEOUT(pane->billId(), qint64(5011), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(pane->isWorkbookShown(), 30000);
    pane->showBill(999999);
    QTRY_COMPARE_WITH_TIMEOUT(pane->emptyState()->titleLabel()->text(),
                              QStringLiteral("The transcript could not be shown"), 30000);
    QCOMPARE(pane->emptyState()->actionButton()->text(), QStringLiteral("Retry"));
    QVERIFY(!pane->emptyState()->textLabel()->text().isEmpty());
    // The invoice tab is not fetched while the transcript is shown.
    QCOMPARE(EmulatorJournal::entries(*m_emulator, QStringLiteral("bill/download/5011")).size(), 1);
    QCOMPARE(EmulatorJournal::writeRequests(*m_emulator), 0);
    m_page->sessionEnded();
    QVERIFY(!pane->isWorkbookShown());
    QCOMPARE(pane->sheetTabs()->count(), 0);
}

void TestBillsPage::contextMenu_actionsExistAndActOnTheSelection() {
    startPage();
    QMenu* menu = m_page->contextMenu();
    QStringList names;
    for (QAction* action : menu->actions()) {
        if (!action->isSeparator())
            names << action->objectName();
    }
    QCOMPARE(
        names,
        QStringList(
            {QStringLiteral("previewInvoiceAction"), QStringLiteral("previewTranscriptAction"),
             QStringLiteral("downloadInvoiceAction"), QStringLiteral("downloadTranscriptAction"),
             QStringLiteral("downloadBothAction"), QStringLiteral("copyBillNumberAction")}));
    QCOMPARE(m_page->previewTranscriptAction()->text(), QStringLiteral("Preview transcript"));
    QVERIFY(!m_page->copyNumberAction()->isEnabled()); // nothing selected

    // A right click on a row selects it and opens the menu.
    QTableView* table = m_page->table();
    const QRect row2 = table->visualRect(m_page->proxy()->index(2, 1));
    emit table->customContextMenuRequested(row2.center());
    QTRY_VERIFY_WITH_TIMEOUT(menu->isVisible(), 5000);
    const qint64 second = m_page->proxy()->index(2, 0).data(BillsModel::IdRole).toLongLong();
    QCOMPARE(m_page->selectedBillId(), second);
    QVERIFY(m_page->copyNumberAction()->isEnabled());
    menu->close();

    // Copy: the numbers of the selection, one a line.
    m_page->copyNumberAction()->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), model()->billById(second)->billNumber);
    table->selectionModel()->select(m_page->proxy()->index(3, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const qint64 third = m_page->proxy()->index(3, 0).data(BillsModel::IdRole).toLongLong();
    m_page->copyNumberAction()->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), model()->billById(second)->billNumber +
                                                       QLatin1Char('\n') +
                                                       model()->billById(third)->billNumber);
    // A right click inside the selection keeps it.
    emit table->customContextMenuRequested(
        table->visualRect(m_page->proxy()->index(3, 1)).center());
    QCOMPARE(table->selectionModel()->selectedRows().size(), 2);
    menu->close();

    // Previews: the tab switches at once to the current bill's file.
    m_page->previewTranscriptAction()->trigger();
    QCOMPARE(m_page->previewTabs()->currentWidget(), m_page->transcriptPane());
    QCOMPARE(m_page->transcriptPane()->billId(), third);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->transcriptPane()->isWorkbookShown(), 30000);
    m_page->previewInvoiceAction()->trigger();
    QCOMPARE(m_page->previewTabs()->currentWidget(), m_page->previewPane());
    QTRY_VERIFY_WITH_TIMEOUT(m_page->previewPane()->isDocumentShown(), 30000);

    // Downloads from the menu act on the selection like the toolbar's.
    TestTemporaryDir dir;
    m_page->setDownloadFolder(dir.path());
    QVERIFY(m_page->bothAction()->isEnabled());
    m_page->bothAction()->trigger();
    QVERIFY(m_page->downloads()->isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->downloads()->isRunning(), 30000);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 4);
    QCOMPARE(EmulatorJournal::writeRequests(*m_emulator), 0);
}

void TestBillsPage::app_pageRegistered_readOnlyUserSendsNoWrite() {
    DemoAppRig rig;
    AppController controller(rig.settings());
    QVERIFY(!controller.page<BillsPage>());
    QVERIFY(DemoAppRig::start(&controller, QStringLiteral("user"), 50));
    QVERIFY(DemoAppRig::waitForFleet(&controller, 50));
    BillsPage* page = controller.page<BillsPage>();
    QVERIFY(page);
    QTRY_VERIFY_WITH_TIMEOUT(page->proxy()->rowCount() == kSeedBills, 30000);
    page->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!page->model()->isLoading(), 30000);
    for (const auto& entry : controller.demoBackend()->journal())
        QVERIFY2(EmulatorJournal::isRead(entry.method), qPrintable(entry.method));
}

QTEST_MAIN(TestBillsPage)
#include "tst_bills_page.moc"
