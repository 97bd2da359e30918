#pragma once

#include "views/shell/WorkspacePage.h"

#include <functional>

class QAction;
class QLabel;
class QLineEdit;
class QMenu;
class QMessageBox;
class QProgressBar;
class QPushButton;
class QToolButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTimer;

namespace simfleet {

class AccountWorkspace;
class BillDownloads;
class BillsChart;
class BillsModel;
class EmptyState;
class InlineBanner;
class InvoicePreview;
class InvoicePreviewPane;
class TranscriptPreview;
class TranscriptPreviewPane;

// The Bills page: the account's bills (number, period, issued, paid or
// "Unpaid", amount in euros and in the bill's currency with the rate,
// country), newest first, with an instant filter and sorting. The rows come
// from the workspace's BillsModel; the page shows loading, empty, error
// (Retry) and offline states. Beside the table, the current bill's invoice or
// transcript (tabs); a context menu on the table previews, downloads and
// copies bill numbers. It changes nothing on the server, so read-only
// sessions use all of it. Split by job: BillsPage.cpp builds the page,
// BillsPageState.cpp its states, session and requests,
// BillsPageDownloads.cpp the downloads, BillsPagePreview.cpp the previews
// and the context menu.
class BillsPage final : public WorkspacePage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BillsPage)

public:
    explicit BillsPage(AccountWorkspace* workspace, QWidget* parent = nullptr);
    ~BillsPage() override;

    QString navigationTitle() const override;
    QIcon navigationIcon() const override;
    static QString staticPageId() { return QStringLiteral("bills"); }
    QString pageId() const override { return staticPageId(); }
    QList<QWidget*> focusPanes() const override;

    void sessionStarted() override;
    void sessionEnded() override;
    void refresh() override;
    // The table's columns and sort order ("header").
    QList<QAction*> pageActions() const override {
        return {m_invoiceAction,   m_transcriptAction,     m_bothAction,
                m_folderAction,    m_previewInvoiceAction, m_previewTranscriptAction,
                m_copyNumberAction};
    }
    QVariantMap saveState() const override;
    void restoreState(const QVariantMap& state) override;

    // Asks the page to show one bill (openRequest()).
    static QVariantMap billRequest(qint64 billId);
    // Asks the page to show one bill and download its invoice or transcript.
    static QVariantMap downloadRequest(qint64 billId, bool transcript);
    void openRequest(const QVariantMap& request) override;

    // What to download for the selected bills.
    enum class Download { Invoice, Transcript, Both };
    // Where downloads go (kept with the page's state, per account); empty: ask.
    QString downloadFolder() const { return m_folder; }
    void setDownloadFolder(const QString& folder);
    // Downloads the selected bills' files into downloadFolder() (asking for
    // one when none is set). When files of those names exist, asks first and
    // returns the question (nothing starts before Replace); else nullptr.
    // False in *started when nothing could start (the banner says why).
    QMessageBox* downloadSelected(Download what, bool* started = nullptr);
    // The same for the bills `ids` (the transcript pane's Download).
    QMessageBox* downloadBills(const QVector<qint64>& ids, Download what, bool* started = nullptr);
    void cancelBackgroundWork() override;
    BillDownloads* downloads() const { return m_downloads; }
    QWidget* downloadPanel() const { return m_downloadPanel; }
    QLabel* downloadLabel() const { return m_downloadLabel; }
    InlineBanner* banner() const { return m_banner; }
    QAction* invoiceAction() const { return m_invoiceAction; }
    QAction* transcriptAction() const { return m_transcriptAction; }
    QAction* bothAction() const { return m_bothAction; }
    InvoicePreviewPane* previewPane() const { return m_previewPane; }
    TranscriptPreviewPane* transcriptPane() const { return m_transcriptPane; }
    // "Invoice" and "Transcript" of the current bill.
    enum class Preview { Invoice, Transcript };
    QTabWidget* previewTabs() const { return m_previewTabs; }
    // Shows the current bill's invoice or transcript at once.
    void showPreview(Preview which);
    // The table's context menu and its own actions (the download actions
    // are the toolbar's).
    QMenu* contextMenu() const { return m_contextMenu; }
    QAction* previewInvoiceAction() const { return m_previewInvoiceAction; }
    QAction* previewTranscriptAction() const { return m_previewTranscriptAction; }
    QAction* copyNumberAction() const { return m_copyNumberAction; }
    // The numbers of the selected bills, one a line, to the clipboard.
    void copySelectedNumbers();
    BillsChart* chart() const { return m_chart; }

    // The bill of the current row; 0 when none.
    qint64 selectedBillId() const;
    bool selectBill(qint64 id);

    BillsModel* model() const { return m_model; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    QTableView* table() const { return m_table; }
    QLineEdit* filterEdit() const { return m_filter; }
    EmptyState* emptyState() const { return m_empty; }
    InlineBanner* loadBanner() const { return m_loadBanner; }
    QLabel* countLabel() const { return m_count; }
    bool isTableShown() const;

private:
    enum class EmptyAction { None, Retry, ClearFilter };

    void retranslateUi() override;
    void buildDownloadPanel();
    void buildPreview();
    void retranslatePreview();
    void updatePreview();
    void openContextMenu(const QPoint& pos);
    void updateContextActions();
    void updateState();
    void updateCount();
    void sizeColumns();
    void onEmptyAction();
    void showRequestedBill(qint64 id, int download);
    // The bills of the selected rows, in the table's order.
    QVector<qint64> selectedBillIds() const;
    // Asks for the folder without blocking; `then` runs once one is chosen.
    void chooseFolder(const std::function<void()>& then = {});
    void startDownloads(const QVector<QString>& paths, const QVector<qint64>& ids,
                        const QVector<bool>& transcripts);
    void updateDownloadPanel();
    void updateDownloadActions();
    void openLastFile();
    void showFolder();

    AccountWorkspace* m_workspace;
    BillsModel* m_model;
    QSortFilterProxyModel* m_proxy;
    bool m_signedIn = false;
    qint64 m_pendingBill = 0;   // asked for before the rows arrived
    int m_pendingDownload = -1; // with it: 0 invoice, 1 transcript, -1 none
    EmptyAction m_emptyAction = EmptyAction::None;

    QLineEdit* m_filter;
    QLabel* m_count;
    QAction* m_refreshAction;
    InlineBanner* m_loadBanner;
    QStackedWidget* m_states;
    QTableView* m_table;
    EmptyState* m_empty;
    QTimer* m_stateTimer;

    BillDownloads* m_downloads;
    QString m_folder;
    QAction* m_invoiceAction;
    QAction* m_transcriptAction;
    QAction* m_bothAction;
    QAction* m_folderAction;
    QToolButton* m_downloadButton;
    InlineBanner* m_banner;
    QWidget* m_downloadPanel;
    QLabel* m_downloadLabel;
    QProgressBar* m_fileBar;
    QProgressBar* m_totalBar;
    QPushButton* m_cancelButton;
    QPushButton* m_openButton;
    QPushButton* m_showButton;
    QPushButton* m_closePanelButton;
    InvoicePreview* m_preview;
    InvoicePreviewPane* m_previewPane;
    TranscriptPreview* m_transcript;
    TranscriptPreviewPane* m_transcriptPane;
    QTabWidget* m_previewTabs;
    QTimer* m_previewTimer;
    QMenu* m_contextMenu;
    QAction* m_previewInvoiceAction;
    QAction* m_previewTranscriptAction;
    QAction* m_copyNumberAction;
    BillsChart* m_chart;
};

} // namespace simfleet
