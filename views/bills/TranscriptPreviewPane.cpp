#include "views/bills/TranscriptPreviewPane.h"

#include "models/bills/TranscriptPreview.h"
#include "models/bills/TranscriptSheetModel.h"
#include "resources/ResourceIcons.h"
#include "views/common/EmptyState.h"
#include "views/common/InlineBanner.h"
#include "views/common/ListTables.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace simfleet {

namespace {

constexpr int kMaxColumnWidth = 240;

} // namespace

TranscriptPreviewPane::TranscriptPreviewPane(TranscriptPreview* preview, QWidget* parent)
    : QWidget(parent)
    , m_preview(preview)
    , m_filter(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_download(new QPushButton(this))
    , m_banner(new InlineBanner(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyState(m_stack))
    , m_tabs(new QTabWidget(m_stack)) {
    setObjectName(QStringLiteral("transcriptPreviewPane"));
    m_filter->setObjectName(QStringLiteral("transcriptFilter"));
    m_filter->setClearButtonEnabled(true);
    m_filter->addAction(ResourceIcons::icon(QStringLiteral("search")), QLineEdit::LeadingPosition);
    m_count->setObjectName(QStringLiteral("transcriptCount"));
    m_download->setObjectName(QStringLiteral("transcriptDownloadButton"));
    m_banner->setObjectName(QStringLiteral("transcriptBanner"));
    m_banner->setClosable(false);
    m_banner->hide();
    m_empty->setObjectName(QStringLiteral("transcriptEmptyState"));
    m_tabs->setObjectName(QStringLiteral("transcriptSheets"));
    m_tabs->setDocumentMode(true);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_tabs);

    auto* toolbar = new QHBoxLayout;
    toolbar->setSpacing(6);
    toolbar->addWidget(m_filter, 1);
    toolbar->addWidget(m_count);
    toolbar->addWidget(m_download);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(toolbar);
    layout->addWidget(m_banner);
    layout->addWidget(m_stack, 1);

    connect(m_filter, &QLineEdit::textChanged, this, &TranscriptPreviewPane::applyFilter);
    connect(m_tabs, &QTabWidget::currentChanged, this, &TranscriptPreviewPane::updateSheetState);
    connect(m_banner, &InlineBanner::actionTriggered, m_filter, &QLineEdit::clear);
    connect(m_download, &QPushButton::clicked, this, [this] {
        if (m_billId != 0)
            emit downloadRequested(m_billId);
    });
    connect(m_empty, &EmptyState::actionTriggered, this, [this] {
        if (m_state == Status::Failed)
            showBill(m_billId);
    });
    connect(m_preview, &TranscriptPreview::ready, this, &TranscriptPreviewPane::onReady);
    connect(m_preview, &TranscriptPreview::failed, this, &TranscriptPreviewPane::onFailed);
    retranslateUi();
}

void TranscriptPreviewPane::showBill(qint64 billId) {
    if (billId == m_billId && m_state != Status::Failed)
        return;
    m_billId = billId;
    clearSheets();
    if (billId == 0) {
        m_state = Status::None;
        m_preview->request(0);
    } else {
        m_state = Status::Loading;
        m_preview->request(billId);
    }
    retranslateUi();
}

void TranscriptPreviewPane::clear() {
    m_billId = 0;
    m_state = Status::None;
    clearSheets();
    m_preview->clear();
    m_filter->clear();
    retranslateUi();
}

bool TranscriptPreviewPane::isWorkbookShown() const {
    return m_stack->currentWidget() == m_tabs;
}

QTableView* TranscriptPreviewPane::sheetTable(int index) const {
    return qobject_cast<QTableView*>(m_tabs->widget(index));
}

QSortFilterProxyModel* TranscriptPreviewPane::sheetProxy(int index) const {
    QTableView* table = sheetTable(index);
    return table ? qobject_cast<QSortFilterProxyModel*>(table->model()) : nullptr;
}

TranscriptSheetModel* TranscriptPreviewPane::sheetModel(int index) const {
    QSortFilterProxyModel* proxy = sheetProxy(index);
    return proxy ? qobject_cast<TranscriptSheetModel*>(proxy->sourceModel()) : nullptr;
}

void TranscriptPreviewPane::onReady(qint64 billId,
                                    const std::shared_ptr<const TranscriptWorkbook>& workbook) {
    if (billId != m_billId)
        return;
    m_state = Status::Shown;
    showWorkbook(workbook);
    retranslateUi();
}

void TranscriptPreviewPane::onFailed(qint64 billId, const QString& message) {
    if (billId != m_billId)
        return;
    m_state = Status::Failed;
    m_error = message;
    retranslateUi();
}

void TranscriptPreviewPane::clearSheets() {
    while (m_tabs->count() > 0) {
        QWidget* page = m_tabs->widget(0);
        m_tabs->removeTab(0);
        page->deleteLater(); // it owns its models
    }
}

void TranscriptPreviewPane::showWorkbook(
    const std::shared_ptr<const TranscriptWorkbook>& workbook) {
    clearSheets();
    for (int i = 0; i < workbook->sheets.size(); ++i) {
        QTableView* table =
            ListTables::make(m_tabs, QStringLiteral("transcriptSheetTable%1").arg(i));
        auto* model = new TranscriptSheetModel(table);
        model->setSheet(workbook, i);
        auto* proxy = new QSortFilterProxyModel(table);
        proxy->setSourceModel(model);
        proxy->setSortRole(TranscriptSheetModel::RawValueRole);
        proxy->setFilterKeyColumn(-1);
        proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
        proxy->setFilterFixedString(m_filter->text().trimmed());
        table->setModel(proxy);
        // The sheet's own order until a header is clicked.
        table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
        table->setSortingEnabled(true);
        table->resizeColumnsToContents();
        for (int column = 0; column < model->columnCount(); ++column) {
            if (table->columnWidth(column) > kMaxColumnWidth)
                table->setColumnWidth(column, kMaxColumnWidth);
        }
        m_tabs->addTab(table, workbook->sheets.at(i).name);
    }
}

void TranscriptPreviewPane::applyFilter() {
    const QString text = m_filter->text().trimmed();
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (QSortFilterProxyModel* proxy = sheetProxy(i))
            proxy->setFilterFixedString(text);
    }
    updateSheetState();
}

void TranscriptPreviewPane::updateSheetState() {
    const int index = m_tabs->currentIndex();
    QSortFilterProxyModel* proxy = sheetProxy(index);
    const int total = proxy ? proxy->sourceModel()->rowCount() : 0;
    const int shown = proxy ? proxy->rowCount() : 0;
    const bool showing = m_state == Status::Shown && proxy;
    QString count;
    if (showing) {
        count = shown == total ? tr("%n row(s)", "", total)
                               : tr("%1 of %n row(s)", "", total).arg(QLocale().toString(shown));
    }
    m_count->setText(count);
    const QString sheet = m_tabs->tabText(index);
    const QString filter = m_filter->text().trimmed();
    if (showing && total == 0) {
        m_banner->showMessage(
            InlineBanner::Kind::Info, [] { return tr("Empty sheet"); },
            [sheet] { return tr("The sheet \"%1\" has no rows.").arg(sheet); });
    } else if (showing && shown == 0) {
        m_banner->showMessage(
            InlineBanner::Kind::Info, [] { return tr("No rows match"); },
            [sheet, filter] {
                return tr("No rows on the sheet \"%1\" match \"%2\".").arg(sheet, filter);
            },
            [] { return tr("Clear filter"); });
    } else {
        m_banner->hide();
    }
}

void TranscriptPreviewPane::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void TranscriptPreviewPane::retranslateUi() {
    m_filter->setPlaceholderText(tr("Filter the rows"));
    m_filter->setToolTip(tr("Shows the rows of every sheet that contain the text"));
    m_download->setText(tr("Download"));
    m_download->setToolTip(tr("Save this transcript (XLSX) into the download folder"));
    m_download->setEnabled(m_billId != 0);
    m_filter->setEnabled(m_state == Status::Shown);
    QString title, text, action;
    switch (m_state) {
    case Status::None:
        title = tr("No bill selected");
        text = tr("Select a bill to see its transcript here.");
        break;
    case Status::Loading:
        title = tr("Loading the transcript…");
        break;
    case Status::Failed:
        title = tr("The transcript could not be shown");
        text = m_error + QLatin1Char(' ') +
               tr("Download it to open it in a spreadsheet program, or try again.");
        action = tr("Retry");
        break;
    case Status::Shown:
        if (m_tabs->count() == 0) {
            title = tr("The transcript has no sheets");
            text = tr("NovaConnect sent a workbook without sheets.");
        }
        break;
    }
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (QTableView* table = sheetTable(i))
            table->horizontalHeader()->viewport()->update();
    }
    if (title.isEmpty()) {
        m_stack->setCurrentWidget(m_tabs);
    } else {
        m_empty->setTitle(title);
        m_empty->setText(text);
        m_empty->setActionText(action);
        m_empty->actionButton()->setVisible(!action.isEmpty());
        m_stack->setCurrentWidget(m_empty);
    }
    updateSheetState();
}

} // namespace simfleet
