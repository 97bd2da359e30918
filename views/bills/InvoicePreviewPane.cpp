#include "views/bills/InvoicePreviewPane.h"

#include "api/ApiError.h"
#include "models/bills/InvoicePreview.h"
#include "views/common/PdfPageView.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPdfDocument>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace simfleet {

namespace {

QToolButton* button(QWidget* parent, const QString& name) {
    auto* b = new QToolButton(parent);
    b->setObjectName(name);
    b->setAutoRaise(true);
    return b;
}

} // namespace

InvoicePreviewPane::InvoicePreviewPane(InvoicePreview* preview, QWidget* parent)
    : QWidget(parent)
    , m_preview(preview)
    , m_document(new QPdfDocument(this))
    , m_view(new PdfPageView(this))
    , m_stack(new QStackedWidget(this))
    , m_status(new QLabel(this))
    , m_pageLabel(new QLabel(this))
    , m_previous(button(this, QStringLiteral("previewPreviousPage")))
    , m_next(button(this, QStringLiteral("previewNextPage")))
    , m_zoomOut(button(this, QStringLiteral("previewZoomOut")))
    , m_zoomIn(button(this, QStringLiteral("previewZoomIn")))
    , m_fitWidth(button(this, QStringLiteral("previewFitWidth"))) {
    setObjectName(QStringLiteral("invoicePreviewPane"));
    m_view->setObjectName(QStringLiteral("invoicePreviewView"));
    m_view->setDocument(m_document);
    m_status->setObjectName(QStringLiteral("invoicePreviewStatus"));
    m_status->setAlignment(Qt::AlignCenter);
    m_status->setWordWrap(true);
    m_pageLabel->setObjectName(QStringLiteral("invoicePreviewPage"));
    m_previous->setArrowType(Qt::LeftArrow);
    m_next->setArrowType(Qt::RightArrow);
    m_zoomOut->setText(QStringLiteral("−"));
    m_zoomIn->setText(QStringLiteral("+"));
    m_fitWidth->setCheckable(true);
    m_fitWidth->setChecked(true);
    m_fitWidth->setToolButtonStyle(Qt::ToolButtonTextOnly);

    auto* toolbar = new QHBoxLayout;
    toolbar->setSpacing(2);
    toolbar->addWidget(m_previous);
    toolbar->addWidget(m_pageLabel);
    toolbar->addWidget(m_next);
    toolbar->addStretch(1);
    toolbar->addWidget(m_zoomOut);
    toolbar->addWidget(m_zoomIn);
    toolbar->addWidget(m_fitWidth);
    m_stack->addWidget(m_status);
    m_stack->addWidget(m_view);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(toolbar);
    layout->addWidget(m_stack, 1);

    connect(m_previous, &QToolButton::clicked, this, [this] { goToPage(currentPage() - 1); });
    connect(m_next, &QToolButton::clicked, this, [this] { goToPage(currentPage() + 1); });
    connect(m_zoomIn, &QToolButton::clicked, this, [this] { zoomBy(1.25); });
    connect(m_zoomOut, &QToolButton::clicked, this, [this] { zoomBy(0.8); });
    connect(m_fitWidth, &QToolButton::toggled, this, [this](bool on) {
        m_view->setZoomMode(on ? PdfPageView::ZoomMode::FitWidth : PdfPageView::ZoomMode::Custom);
    });
    connect(m_view, &PdfPageView::currentPageChanged, this, &InvoicePreviewPane::updateControls);
    connect(m_preview, &InvoicePreview::ready, this, &InvoicePreviewPane::onReady);
    connect(m_preview, &InvoicePreview::failed, this, &InvoicePreviewPane::onFailed);
    retranslateUi();
}

int InvoicePreviewPane::currentPage() const {
    return m_view->currentPage();
}

void InvoicePreviewPane::goToPage(int page) {
    m_view->setCurrentPage(page);
    updateControls();
}

bool InvoicePreviewPane::isDocumentShown() const {
    return m_stack->currentWidget() == m_view;
}

void InvoicePreviewPane::zoomBy(double factor) {
    const double current = m_view->zoomFactor();
    const QSignalBlocker blocker(m_fitWidth);
    m_fitWidth->setChecked(false);
    m_view->setZoomFactor(current * factor);
}

void InvoicePreviewPane::showBill(qint64 billId) {
    if (billId == m_billId && m_state != Status::Failed)
        return;
    m_billId = billId;
    m_document->close();
    if (billId == 0) {
        m_state = Status::None;
    } else {
        m_state = Status::Loading;
        m_preview->request(billId);
    }
    retranslateUi();
}

void InvoicePreviewPane::clear() {
    m_billId = 0;
    m_state = Status::None;
    m_document->close();
    m_preview->clear();
    retranslateUi();
}

void InvoicePreviewPane::onReady(qint64 billId, const QString& path) {
    if (billId != m_billId)
        return;
    if (m_document->load(path) != QPdfDocument::Error::None) {
        m_state = Status::Failed;
        m_error = tr("The invoice is not a PDF file SimFleet can show.");
    } else {
        m_state = Status::Shown;
    }
    retranslateUi();
}

void InvoicePreviewPane::onFailed(qint64 billId, const ApiError& error) {
    if (billId != m_billId)
        return;
    m_state = Status::Failed;
    m_error = error.userMessage();
    retranslateUi();
}

void InvoicePreviewPane::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void InvoicePreviewPane::retranslateUi() {
    // Icons only: the tooltip's words are their names too.
    for (const auto& [button, name] :
         {std::pair<QWidget*, QString>{m_previous, tr("Previous page")},
          {m_next, tr("Next page")},
          {m_zoomOut, tr("Zoom out")},
          {m_zoomIn, tr("Zoom in")}}) {
        button->setToolTip(name);
        button->setAccessibleName(name);
    }
    m_fitWidth->setText(tr("Fit width"));
    m_fitWidth->setToolTip(tr("Fit the page to the width of the pane"));
    switch (m_state) {
    case Status::None:
        showStatus(tr("Select a bill to see its invoice here."));
        break;
    case Status::Loading:
        showStatus(tr("Loading the invoice…"));
        break;
    case Status::Failed:
        showStatus(tr("The invoice could not be shown: %1").arg(m_error));
        break;
    case Status::Shown:
        m_stack->setCurrentWidget(m_view);
        break;
    }
    updateControls();
}

void InvoicePreviewPane::showStatus(const QString& text) {
    m_status->setText(text);
    m_stack->setCurrentWidget(m_status);
}

void InvoicePreviewPane::updateControls() {
    const bool shown = m_state == Status::Shown;
    const int pages = shown ? m_document->pageCount() : 0;
    const int page = currentPage();
    m_pageLabel->setText(pages > 0 ? tr("Page %1 of %2").arg(page + 1).arg(pages) : QString());
    m_previous->setEnabled(pages > 0 && page > 0);
    m_next->setEnabled(pages > 0 && page < pages - 1);
    for (QToolButton* b : {m_zoomIn, m_zoomOut, m_fitWidth})
        b->setEnabled(shown);
}

} // namespace simfleet
