// The Bills page's construction: the toolbar, the table with its empty
// states, the chart, and the wiring of the parts the other BillsPage*.cpp
// files run.
#include "views/bills/BillsPage.h"

#include "models/bills/BillDownloads.h"
#include "models/bills/BillsModel.h"
#include "models/bills/InvoicePreview.h"
#include "models/bills/TranscriptPreview.h"
#include "models/workspace/AccountWorkspace.h"
#include "resources/ResourceIcons.h"
#include "views/bills/BillsChart.h"
#include "views/bills/InvoicePreviewPane.h"
#include "views/bills/TranscriptPreviewPane.h"
#include "views/common/EmptyState.h"
#include "views/common/FilterField.h"
#include "views/common/InlineBanner.h"
#include "views/common/ListTables.h"
#include "views/common/PlainLabels.h"
#include "views/common/Theme.h"

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
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <utility>

namespace simfleet {

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
    , m_transcript(new TranscriptPreview(workspace->client(), this))
    , m_transcriptPane(new TranscriptPreviewPane(m_transcript, this))
    , m_previewTabs(new QTabWidget(this))
    , m_previewTimer(new QTimer(this))
    , m_contextMenu(new QMenu(this))
    , m_previewInvoiceAction(new QAction(this))
    , m_previewTranscriptAction(new QAction(this))
    , m_copyNumberAction(new QAction(this))
    , m_chart(new BillsChart(m_model, this)) {
    setObjectName(QStringLiteral("billsPage"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(BillsModel::RawValueRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    FilterField::setUp(m_filter, this, QStringLiteral("billsFilter"));
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
    buildDownloadPanel();

    m_loadBanner->setObjectName(QStringLiteral("billsLoadBanner"));
    m_loadBanner->setClosable(false);
    m_loadBanner->hide();

    m_table = ListTables::make(m_states, QStringLiteral("billsTable"));
    m_table->setModel(m_proxy);
    // Unpaid rows' tint and word colour, turned for a dark theme.
    m_table->setItemDelegate(new ThemedColoursDelegate(m_table));
    // Newest first, and the Issued header says so.
    m_table->horizontalHeader()->setSortIndicator(BillsModel::Issued, Qt::DescendingOrder);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    // Several bills may be downloaded at once.
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_empty->setObjectName(QStringLiteral("billsEmptyState"));
    m_states->addWidget(m_table);
    m_states->addWidget(m_empty);
    buildPreview();

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
    splitter->addWidget(m_previewTabs);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

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
    return {m_filter, m_states, m_previewTabs};
}

void BillsPage::retranslateUi() {
    FilterField::setPlaceholder(m_filter, tr("Filter by number, period, date or amount"));
    m_table->setAccessibleName(tr("Bills"));
    FilterField::fitToPlaceholder(m_filter);
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
    retranslatePreview();
    updateDownloadActions();
    updateDownloadPanel();
    sizeColumns();
    m_table->viewport()->update();
    m_table->horizontalHeader()->viewport()->update();
    updateState();
    emit navigationTitleChanged();
}

void BillsPage::sizeColumns() {
    // Room for the header's sort arrow besides its title.
    constexpr int kArrow = 16;
    ListTables::fitColumn(m_table, BillsModel::Number, 110, QStringLiteral("NC-2026-000123"));
    ListTables::fitColumn(m_table, BillsModel::Period, 80 + kArrow, QStringLiteral("12.2026"));
    const QString date = QLocale().toString(QDate(2026, 12, 28), QLocale::ShortFormat);
    ListTables::fitColumn(m_table, BillsModel::Issued, 90 + kArrow, date);
    ListTables::fitColumn(m_table, BillsModel::Paid, 100, date + QStringLiteral("MM"));
    ListTables::fitColumn(m_table, BillsModel::AmountEur, 110, QStringLiteral("€12,345.67"));
    ListTables::fitColumn(m_table, BillsModel::AmountLocal, 150,
                          QStringLiteral("6,543,210.00 KZT"));
    ListTables::fitColumn(m_table, BillsModel::ExchangeRate, 130,
                          QStringLiteral("512.34 KZT per €"));
}

} // namespace simfleet
