#include "app/core/Settings.h"
#include "app/gui/AppController.h"
#include "models/bills/BillDownloads.h"
#include "models/bills/BillsModel.h"
#include "tools/screenshots/ScreenshotSupport.h"
#include "tools/screenshots/Shots.h"
#include "views/bills/BillsPage.h"
#include "views/bills/InvoicePreviewPane.h"
#include "views/bills/TranscriptPreviewPane.h"
#include "views/shell/MainWindow.h"
#include "views/sims/SimsPage.h"

#include <QItemSelectionModel>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include "tests/support/TestTemporaryDir.h"

#include <cstdio>

namespace simfleet::screenshots {

// The Bills page: the chart, the table with the unpaid bill, the invoice
// preview, the transcript preview, downloads finished and the overwrite
// question. Files bills-<language>-*.png.
bool shootBills(const QString& language, const QString& dir) {
    TestTemporaryDir settingsDir;
    TestTemporaryDir downloadDir;
    Settings settings(settingsDir.filePath(QStringLiteral("settings.ini")));
    AppController controller(&settings);
    AppController::StartOptions options;
    options.demoSims = 300;
    options.demoRole = QStringLiteral("user");
    options.language = language;
    if (!startDemo(controller, options, QSize(1400, 800)) ||
        !waitForFleet(controller.page<SimsPage>()))
        return false;
    MainWindow* window = controller.mainWindow();
    BillsPage* page = controller.page<BillsPage>();
    window->openPage(BillsPage::staticPageId());
    if (!waitFor([page] { return page->model()->isLoaded() && !page->model()->isLoading(); },
                 30000)) {
        std::fprintf(stderr, "the bills did not load\n");
        return false;
    }
    const QString prefix = dir + QStringLiteral("/bills-%1-").arg(language);
    page->table()->selectionModel()->select(
        page->proxy()->index(0, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    settle();
    bool ok = save(window, prefix + QStringLiteral("page.png"));

    // The same bill's transcript: its sheet as a table beside the bills.
    page->selectBill(page->proxy()->index(0, 0).data(BillsModel::IdRole).toLongLong());
    page->showPreview(BillsPage::Preview::Transcript);
    // A wider window, the room given to the sheet's five columns, as a user
    // would drag the splitter.
    auto* splitter = page->findChild<QSplitter*>(QStringLiteral("billsSplitter"));
    const QList<int> sizes = splitter->sizes();
    const QSize windowSize = window->size();
    window->resize(windowSize.width() + 320, windowSize.height());
    settle();
    const int total = splitter->sizes().value(0) + splitter->sizes().value(1);
    splitter->setSizes({total - 720, 720});
    if (waitFor([page] { return page->transcriptPane()->isWorkbookShown(); }, 30000)) {
        settle();
        ok = save(window, prefix + QStringLiteral("transcript.png")) && ok;
    } else {
        std::fprintf(stderr, "the transcript was not shown\n");
        ok = false;
    }
    page->showPreview(BillsPage::Preview::Invoice);
    window->resize(windowSize);
    settle();
    splitter->setSizes(sizes);

    // Two bills downloaded with both files.
    page->setDownloadFolder(downloadDir.path());
    QItemSelectionModel* selection = page->table()->selectionModel();
    selection->select(page->proxy()->index(1, 0),
                      QItemSelectionModel::Select | QItemSelectionModel::Rows);
    page->downloadSelected(BillsPage::Download::Both);
    waitFor([page] { return !page->downloads()->isRunning(); }, 30000);
    settle();
    ok = save(window, prefix + QStringLiteral("downloaded.png")) && ok;
    QMessageBox* box = page->downloadSelected(BillsPage::Download::Invoice);
    if (box) {
        box->adjustSize();
        settle();
        ok = save(box, prefix + QStringLiteral("overwrite.png")) && ok;
        box->reject();
        settle();
    } else {
        ok = false;
    }
    return ok;
}

} // namespace simfleet::screenshots
