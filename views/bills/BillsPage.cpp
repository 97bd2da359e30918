#include "views/bills/BillsPage.h"

#include "api/ApiError.h"
#include "models/bills/BillDownloads.h"
#include "models/bills/BillsModel.h"
#include "models/bills/InvoicePreview.h"
#include "models/workspace/AccountWorkspace.h"
#include "resources/ResourceIcons.h"
#include "views/bills/BillsChart.h"
#include "views/bills/InvoicePreviewPane.h"
#include "views/common/EmptyState.h"
#include "views/common/InlineBanner.h"
#include "views/common/ListTables.h"
#include "views/common/PlainLabels.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <utility>

namespace simfleet {

namespace {

const QString kBill = QStringLiteral("bill");
const QString kDownload = QStringLiteral("download");

} // namespace

BillsPage::BillsPage(AccountWorkspace* workspace, QWidget* parent)
    : WorkspacePage(parent)
    , m_workspace(workspace)
    , m_model(workspace->bills())
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_refreshAction(new QAction(this))
    , m_loadBanner(new InlineBanner(this))
    , m_states(new QStackedWidget(this))
    , m_empty(new EmptyState(m_states))
    , m_stateTimer(new QTimer(this))
    , m_downloads(new BillDownloads(workspace->client(), this))
    , m_invoiceAction(new QAction(this))
    , m_transcriptAction(new QAction(this))
    , m_bothAction(new QAction(this))
    , m_folderAction(new QAction(this))
    , m_downloadButton(new QToolButton(this))
    , m_banner(new InlineBanner(this))
    , m_downloadPanel(new QWidget(this))
    , m_downloadLabel(new QLabel(m_downloadPanel))
    , m_fileBar(new QProgressBar(m_downloadPanel))
    , m_totalBar(new QProgressBar(m_downloadPanel))
    , m_cancelButton(new QPushButton(m_downloadPanel))
    , m_openButton(new QPushButton(m_downloadPanel))
    , m_showButton(new QPushButton(m_downloadPanel))
    , m_closePanelButton(new QPushButton(m_downloadPanel))
    , m_preview(new InvoicePreview(workspace->client(), this))
    , m_previewPane(new InvoicePreviewPane(m_preview, this))
    , m_previewTimer(new QTimer(this))
    , m_chart(new BillsChart(m_model, this)) {
    setObjectName(QStringLiteral("billsPage"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(BillsModel::RawValueRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_filter->setObjectName(QStringLiteral("billsFilter"));
    m_filter->setClearButtonEnabled(true);
    m_filter->addAction(ResourceIcons::icon(QStringLiteral("search")), QLineEdit::LeadingPosition);
    m_count->setObjectName(QStringLiteral("billsCount"));
    m_refreshAction->setObjectName(QStringLiteral("refreshBillsAction"));
    m_refreshAction->setIcon(ResourceIcons::icon(QStringLiteral("refresh")));
    auto* refreshButton = new QToolButton(this);
    refreshButton->setDefaultAction(m_refreshAction);
    refreshButton->setAutoRaise(true);

    auto* toolbar = new QHBoxLayout;
    toolbar->setSpacing(6);
    toolbar->addWidget(m_filter);
    toolbar->addWidget(m_count);
    toolbar->addStretch(1);
    toolbar->addWidget(m_downloadButton);
    toolbar->addWidget(refreshButton);
    m_invoiceAction->setObjectName(QStringLiteral("downloadInvoiceAction"));
    m_transcriptAction->setObjectName(QStringLiteral("downloadTranscriptAction"));
    m_bothAction->setObjectName(QStringLiteral("downloadBothAction"));
    m_folderAction->setObjectName(QStringLiteral("downloadFolderAction"));
    auto* downloadMenu = new QMenu(m_downloadButton);
    downloadMenu->setToolTipsVisible(true);
    downloadMenu->addAction(m_invoiceAction);
    downloadMenu->addAction(m_transcriptAction);
    downloadMenu->addAction(m_bothAction);
    downloadMenu->addSeparator();
    downloadMenu->addAction(m_folderAction);
    m_downloadButton->setObjectName(QStringLiteral("downloadButton"));
    m_downloadButton->setMenu(downloadMenu);
    m_downloadButton->setDefaultAction(m_invoiceAction);
    m_downloadButton->setPopupMode(QToolButton::MenuButtonPopup);
    m_downloadButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_banner->setObjectName(QStringLiteral("billsBanner"));
    m_banner->hide();

    // Downloads: what is being saved, the file's and the total progress.
    m_downloadPanel->setObjectName(QStringLiteral("billsDownloadPanel"));
    m_downloadLabel->setObjectName(QStringLiteral("billsDownloadLabel"));
    m_downloadLabel->setWordWrap(true);
    m_fileBar->setObjectName(QStringLiteral("billsFileProgress"));
    m_totalBar->setObjectName(QStringLiteral("billsTotalProgress"));
    m_cancelButton->setObjectName(QStringLiteral("billsDownloadCancel"));
    m_openButton->setObjectName(QStringLiteral("billsDownloadOpen"));
    m_showButton->setObjectName(QStringLiteral("billsDownloadShow"));
    m_closePanelButton->setObjectName(QStringLiteral("billsDownloadClose"));
    auto* panelLayout = new QHBoxLayout(m_downloadPanel);
    panelLayout->setContentsMargins(0, 0, 0, 0);
    auto* bars = new QVBoxLayout;
    bars->addWidget(m_downloadLabel);
    bars->addWidget(m_fileBar);
    bars->addWidget(m_totalBar);
    panelLayout->addLayout(bars, 1);
    panelLayout->addWidget(m_cancelButton, 0, Qt::AlignBottom);
    panelLayout->addWidget(m_openButton, 0, Qt::AlignBottom);
    panelLayout->addWidget(m_showButton, 0, Qt::AlignBottom);
    panelLayout->addWidget(m_closePanelButton, 0, Qt::AlignBottom);
    m_downloadPanel->hide();

    m_loadBanner->setObjectName(QStringLiteral("billsLoadBanner"));
    m_loadBanner->setClosable(false);
    m_loadBanner->hide();

    m_table = ListTables::make(m_states, QStringLiteral("billsTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(BillsModel::Issued, Qt::DescendingOrder);
    // Several bills may be downloaded at once.
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_empty->setObjectName(QStringLiteral("billsEmptyState"));
    m_states->addWidget(m_table);
    m_states->addWidget(m_empty);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);
    layout->addLayout(toolbar);
    layout->addWidget(m_loadBanner);
    layout->addWidget(m_banner);
    layout->addWidget(m_downloadPanel);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("billsSplitter"));
    splitter->setChildrenCollapsible(false);
    auto* left = new QWidget(splitter);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->setSpacing(4);
    leftLayout->addWidget(m_chart);
    leftLayout->addWidget(m_states, 1);
    splitter->addWidget(left);
    splitter->addWidget(m_previewPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    // The invoice of the current row, once the selection settles.
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(250);
    connect(m_previewTimer, &QTimer::timeout, this,
            [this] { m_previewPane->showBill(m_signedIn ? selectedBillId() : 0); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, m_previewTimer,
            qOverload<>(&QTimer::start));

    m_stateTimer->setSingleShot(true);
    m_stateTimer->setInterval(500);
    connect(m_stateTimer, &QTimer::timeout, this, &BillsPage::stateChanged);
    QHeaderView* header = m_table->horizontalHeader();
    connect(header, &QHeaderView::sortIndicatorChanged, this, &BillsPage::stateChanged);
    connect(header, &QHeaderView::sectionMoved, this, &BillsPage::stateChanged);
    connect(header, &QHeaderView::sectionResized, m_stateTimer, qOverload<>(&QTimer::start));

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterFixedString(text.trimmed());
        updateState();
    });
    connect(m_refreshAction, &QAction::triggered, this, &BillsPage::refresh);
    connect(m_invoiceAction, &QAction::triggered, this,
            [this] { downloadSelected(Download::Invoice); });
    connect(m_transcriptAction, &QAction::triggered, this,
            [this] { downloadSelected(Download::Transcript); });
    connect(m_bothAction, &QAction::triggered, this, [this] { downloadSelected(Download::Both); });
    connect(m_folderAction, &QAction::triggered, this, [this] { chooseFolder(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &BillsPage::updateDownloadActions);
    connect(m_cancelButton, &QPushButton::clicked, m_downloads, &BillDownloads::cancel);
    connect(m_closePanelButton, &QPushButton::clicked, m_downloadPanel, &QWidget::hide);
    connect(m_downloads, &BillDownloads::fileStarted, this, &BillsPage::updateDownloadPanel);
    connect(m_downloads, &BillDownloads::fileProgress, this, &BillsPage::updateDownloadPanel);
    connect(m_downloads, &BillDownloads::finished, this, &BillsPage::updateDownloadPanel);
    connect(m_openButton, &QPushButton::clicked, this, &BillsPage::openLastFile);
    connect(m_showButton, &QPushButton::clicked, this, &BillsPage::showFolder);
    connect(m_empty, &EmptyState::actionTriggered, this, &BillsPage::onEmptyAction);
    connect(m_loadBanner, &InlineBanner::actionTriggered, this, &BillsPage::refresh);
    connect(m_model, &BillsModel::loadingChanged, this, &BillsPage::updateState);
    connect(m_model, &BillsModel::loadFinished, this, [this] {
        updateState();
        if (m_pendingBill != 0 && m_model->rowOfKey(m_pendingBill) >= 0) {
            const qint64 id = std::exchange(m_pendingBill, 0);
            showRequestedBill(id, std::exchange(m_pendingDownload, -1));
        }
    });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &BillsPage::updateState);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &BillsPage::updateState);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &BillsPage::updateState);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &BillsPage::updateState);

    retranslateUi();
    PlainLabels::apply(this);
}

BillsPage::~BillsPage() = default;

QString BillsPage::navigationTitle() const {
    return tr("Bills", "navigation: the page of the account's bills");
}

QIcon BillsPage::navigationIcon() const {
    return ResourceIcons::icon(QStringLiteral("bills"));
}

QList<QWidget*> BillsPage::focusPanes() const {
    return {m_filter, m_states};
}

void BillsPage::retranslateUi() {
    m_filter->setPlaceholderText(tr("Filter by number, period, date or amount"));
    m_filter->setMinimumWidth(
        qMax(260, m_filter->fontMetrics().horizontalAdvance(m_filter->placeholderText()) + 70));
    m_filter->setToolTip(tr("Shows the bills whose number, period, dates, amounts or country "
                            "contain the text"));
    m_refreshAction->setText(tr("Refresh"));
    m_refreshAction->setToolTip(tr("Read the bills from NovaConnect again (F5)"));
    m_invoiceAction->setText(tr("Download invoice (PDF)"));
    m_transcriptAction->setText(tr("Download transcript (XLSX)"));
    m_bothAction->setText(tr("Download invoice and transcript"));
    m_folderAction->setText(tr("Download folder…"));
    m_cancelButton->setText(tr("Cancel"));
    m_openButton->setText(tr("Open"));
    m_showButton->setText(tr("Show in folder"));
    m_closePanelButton->setText(tr("Close"));
    updateDownloadActions();
    updateDownloadPanel();
    sizeColumns();
    m_table->viewport()->update();
    m_table->horizontalHeader()->viewport()->update();
    updateState();
    emit navigationTitleChanged();
}

void BillsPage::sizeColumns() {
    ListTables::fitColumn(m_table, BillsModel::Number, 110, QStringLiteral("NC-2026-000123"));
    ListTables::fitColumn(m_table, BillsModel::Period, 80, QStringLiteral("12.2026"));
    const QString date = QLocale().toString(QDate(2026, 12, 28), QLocale::ShortFormat);
    ListTables::fitColumn(m_table, BillsModel::Issued, 90, date);
    ListTables::fitColumn(m_table, BillsModel::Paid, 100, date + QStringLiteral("MM"));
    ListTables::fitColumn(m_table, BillsModel::AmountEur, 110, QStringLiteral("€12,345.67"));
    ListTables::fitColumn(m_table, BillsModel::AmountLocal, 150,
                          QStringLiteral("6,543,210.00 KZT"));
    ListTables::fitColumn(m_table, BillsModel::ExchangeRate, 130,
                          QStringLiteral("512.34 KZT per €"));
}

void BillsPage::sessionStarted() {
    m_signedIn = true;
    if (!m_model->isLoaded() && !m_model->isLoading())
        m_model->reload();
    updateState();
}

void BillsPage::sessionEnded() {
    m_signedIn = false;
    m_pendingBill = 0;
    m_pendingDownload = -1;
    m_downloads->cancel();
    m_previewPane->clear();
    m_banner->hide();
    m_filter->clear();
    updateState();
}

void BillsPage::refresh() {
    if (!m_signedIn)
        return;
    m_model->reload();
    updateState();
}

QVariantMap BillsPage::saveState() const {
    return {{QStringLiteral("header"), m_table->horizontalHeader()->saveState()},
            {QStringLiteral("folder"), m_folder}};
}

void BillsPage::restoreState(const QVariantMap& state) {
    m_folder = state.value(QStringLiteral("folder")).toString();
    m_workspace->setBillsFolder(m_folder);
    updateDownloadActions();
    const QByteArray header = state.value(QStringLiteral("header")).toByteArray();
    if (header.isEmpty() || !m_table->horizontalHeader()->restoreState(header)) {
        sizeColumns();
        m_table->sortByColumn(BillsModel::Issued, Qt::DescendingOrder);
    }
}

QVariantMap BillsPage::billRequest(qint64 billId) {
    return {{kBill, billId}};
}

QVariantMap BillsPage::downloadRequest(qint64 billId, bool transcript) {
    return {{kBill, billId},
            {kDownload, transcript ? QStringLiteral("transcript") : QStringLiteral("invoice")}};
}

void BillsPage::openRequest(const QVariantMap& request) {
    const qint64 id = request.value(kBill).toLongLong();
    if (id == 0)
        return;
    const QString download = request.value(kDownload).toString();
    const int kind = download == QLatin1String("invoice")      ? 0
                     : download == QLatin1String("transcript") ? 1
                                                               : -1;
    m_filter->clear();
    if (m_model->rowOfKey(id) >= 0) {
        showRequestedBill(id, kind);
    } else { // shown when the rows arrive
        m_pendingBill = id;
        m_pendingDownload = kind;
    }
}

void BillsPage::showRequestedBill(qint64 id, int download) {
    if (!selectBill(id) || download < 0)
        return;
    downloadSelected(download == 1 ? Download::Transcript : Download::Invoice);
}

bool BillsPage::isTableShown() const {
    return m_states->currentWidget() == m_table;
}

qint64 BillsPage::selectedBillId() const {
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? current.data(BillsModel::IdRole).toLongLong() : 0;
}

bool BillsPage::selectBill(qint64 id) {
    return ListTables::selectSourceRow(m_table, m_model->rowOfKey(id));
}

void BillsPage::updateState() {
    const bool hasRows = m_model->rowCount() > 0;
    const ApiError& error = m_model->error();
    m_emptyAction = EmptyAction::None;
    QString title, text, action;
    if (!m_signedIn) {
        title = tr("Not signed in");
        text = tr("Sign in to see the account's bills.");
    } else if (!hasRows && (m_model->isLoading() || !m_model->isLoaded()) && !error.isError()) {
        title = tr("Loading bills…");
    } else if (!hasRows && error.isError()) {
        title = tr("The bills could not be read");
        text = error.userMessage();
        action = tr("Retry");
        m_emptyAction = EmptyAction::Retry;
    } else if (!hasRows) {
        title = tr("No bills yet");
        text = tr("NovaConnect lists no bills for this account.");
        action = tr("Refresh");
        m_emptyAction = EmptyAction::Retry;
    } else if (m_proxy->rowCount() == 0) {
        title = tr("No bills match \"%1\"").arg(m_filter->text().trimmed());
        action = tr("Clear filter");
        m_emptyAction = EmptyAction::ClearFilter;
    }
    m_chart->setVisible(m_signedIn && hasRows);
    if (title.isEmpty()) {
        m_states->setCurrentWidget(m_table);
    } else {
        m_empty->setTitle(title);
        m_empty->setText(text);
        m_empty->setActionText(action);
        m_empty->actionButton()->setVisible(!action.isEmpty());
        m_states->setCurrentWidget(m_empty);
    }

    if (m_signedIn && hasRows && m_model->isOffline()) {
        const QString asOf = QLocale().toString(m_model->loadedAt().time(), QLocale::ShortFormat);
        m_loadBanner->showMessage(
            InlineBanner::Kind::Warning, tr("Offline"),
            tr("NovaConnect cannot be reached; the bills are as of %1.").arg(asOf), tr("Retry"));
    } else if (m_signedIn && hasRows && error.isError() && !m_model->isLoading()) {
        m_loadBanner->showMessage(InlineBanner::Kind::Error, error.title(), error.userMessage(),
                                  tr("Retry"));
    } else {
        m_loadBanner->hide();
    }
    m_filter->setEnabled(m_signedIn);
    m_refreshAction->setEnabled(m_signedIn);
    updateCount();
    updateDownloadActions();
}

void BillsPage::updateCount() {
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    QString text;
    if (m_signedIn && total > 0) {
        text = shown == total ? tr("%n bill(s)", "", total)
                              : tr("%1 of %n bill(s)", "", total).arg(QLocale().toString(shown));
    }
    if (m_signedIn && m_model->isLoading() && total > 0)
        text = tr("Refreshing…");
    m_count->setText(text);
}

void BillsPage::onEmptyAction() {
    switch (m_emptyAction) {
    case EmptyAction::Retry:
        refresh();
        break;
    case EmptyAction::ClearFilter:
        m_filter->clear();
        break;
    case EmptyAction::None:
        break;
    }
}

} // namespace simfleet
