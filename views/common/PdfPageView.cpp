#include "views/common/PdfPageView.h"

#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QPdfDocument>
#include <QScrollBar>

namespace simfleet {

PdfPageView::PdfPageView(QWidget* parent)
    : QScrollArea(parent)
    , m_pageLabel(new QLabel) {
    m_pageLabel->setObjectName(QStringLiteral("pdfPageImage"));
    m_pageLabel->setAlignment(Qt::AlignCenter);
    setWidget(m_pageLabel);
    setWidgetResizable(false);
    setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    setBackgroundRole(QPalette::Dark);
    setFocusPolicy(Qt::StrongFocus);
}

void PdfPageView::setDocument(QPdfDocument* document) {
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_page = 0;
    if (m_document) {
        connect(m_document, &QPdfDocument::statusChanged, this, [this] {
            m_page = qBound(0, m_page, qMax(0, pageCount() - 1));
            render();
        });
    }
    render();
    emit currentPageChanged(m_page);
}

int PdfPageView::pageCount() const {
    if (!m_document || m_document->status() != QPdfDocument::Status::Ready)
        return 0;
    return m_document->pageCount();
}

void PdfPageView::setCurrentPage(int page) {
    page = qBound(0, page, qMax(0, pageCount() - 1));
    if (page == m_page)
        return;
    m_page = page;
    render();
    verticalScrollBar()->setValue(0);
    emit currentPageChanged(m_page);
}

void PdfPageView::setZoomMode(ZoomMode mode) {
    if (mode == m_zoomMode)
        return;
    if (mode == ZoomMode::Custom)
        m_customFactor = fitWidthFactor();
    m_zoomMode = mode;
    render();
    emit zoomChanged();
}

double PdfPageView::zoomFactor() const {
    return m_zoomMode == ZoomMode::FitWidth ? fitWidthFactor() : m_customFactor;
}

void PdfPageView::setZoomFactor(double factor) {
    m_customFactor = qBound(kMinZoom, factor, kMaxZoom);
    m_zoomMode = ZoomMode::Custom;
    render();
    emit zoomChanged();
}

QPixmap PdfPageView::renderedPage() const {
    return m_pageLabel->pixmap();
}

void PdfPageView::resizeEvent(QResizeEvent* event) {
    QScrollArea::resizeEvent(event);
    if (m_zoomMode == ZoomMode::FitWidth)
        render();
}

void PdfPageView::keyPressEvent(QKeyEvent* event) {
    QScrollBar* bar = verticalScrollBar();
    const bool atTop = bar->value() == bar->minimum();
    const bool atBottom = bar->value() == bar->maximum();
    switch (event->key()) {
    case Qt::Key_PageDown:
        if (atBottom && m_page + 1 < pageCount()) {
            setCurrentPage(m_page + 1);
            return;
        }
        break;
    case Qt::Key_PageUp:
        if (atTop && m_page > 0) {
            setCurrentPage(m_page - 1);
            bar->setValue(bar->maximum());
            return;
        }
        break;
    case Qt::Key_Home:
        if (event->modifiers() & Qt::ControlModifier) {
            setCurrentPage(0);
            return;
        }
        break;
    case Qt::Key_End:
        if (event->modifiers() & Qt::ControlModifier) {
            setCurrentPage(pageCount() - 1);
            return;
        }
        break;
    default:
        break;
    }
    QScrollArea::keyPressEvent(event);
}

double PdfPageView::pointsToPixels() const {
    return logicalDpiX() / 72.0;
}

double PdfPageView::fitWidthFactor() const {
    if (pageCount() == 0)
        return 1.0;
    const QSizeF points = m_document->pagePointSize(m_page);
    const int margin = 2 * frameWidth() + verticalScrollBar()->sizeHint().width() + 8;
    const double available = qMax(50, viewport()->width() - margin);
    if (points.width() <= 0)
        return 1.0;
    return qBound(kMinZoom, available / (points.width() * pointsToPixels()), kMaxZoom);
}

void PdfPageView::render() {
    if (pageCount() == 0) {
        m_pageLabel->clear();
        m_pageLabel->resize(0, 0);
        return;
    }
    const QSizeF points = m_document->pagePointSize(m_page);
    const QSize logical = (points * pointsToPixels() * zoomFactor()).toSize().expandedTo({1, 1});
    const qreal ratio = devicePixelRatioF();
    QImage image = m_document->render(m_page, (QSizeF(logical) * ratio).toSize());
    if (image.isNull()) {
        m_pageLabel->clear();
        m_pageLabel->resize(0, 0);
        return;
    }
    // The page is drawn on white: a PDF page without a background is transparent.
    QImage page(image.size(), QImage::Format_RGB32);
    page.fill(Qt::white);
    {
        QPainter painter(&page);
        painter.drawImage(0, 0, image);
    }
    QPixmap pixmap = QPixmap::fromImage(page);
    pixmap.setDevicePixelRatio(ratio);
    m_pageLabel->setPixmap(pixmap);
    m_pageLabel->resize(logical);
}

} // namespace simfleet
