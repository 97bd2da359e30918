#pragma once

#include <QPdfDocument>
#include <QPointer>
#include <QScrollArea>

class QLabel;

namespace simfleet {

// One page of a QPdfDocument at a time, rendered synchronously with
// QPdfDocument::render(): fit to the width of the view or a zoom factor
// (1.0 = the page's printed size on this screen). QPdfView is not used: in
// Qt 6.4 it leaves a QScroller and a render thread behind at exit, which the
// sanitizer build reports as leaks; a bill's invoice has few small pages, so
// rendering the current page on demand is fast enough.
class PdfPageView final : public QScrollArea {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PdfPageView)

public:
    enum class ZoomMode { FitWidth, Custom };

    explicit PdfPageView(QWidget* parent = nullptr);

    // Not owned; may be null. Shows its first page.
    void setDocument(QPdfDocument* document);
    // cppcheck-suppress CastIntegerToAddressAtReturn ; QPointer<T> converts to T* (no Qt headers)
    QPdfDocument* document() const { return m_document; }

    int pageCount() const;
    int currentPage() const { return m_page; }
    // Clamped to the document's pages.
    void setCurrentPage(int page);

    ZoomMode zoomMode() const { return m_zoomMode; }
    void setZoomMode(ZoomMode mode);
    // The factor now in use (also while fitting the width).
    double zoomFactor() const;
    // Switches to ZoomMode::Custom; clamped to kMinZoom..kMaxZoom.
    void setZoomFactor(double factor);

    static constexpr double kMinZoom = 0.25;
    static constexpr double kMaxZoom = 5.0;

    // The page as drawn now (null when there is nothing to show).
    QPixmap renderedPage() const;

signals:
    void currentPageChanged(int page);
    void zoomChanged();

protected:
    void resizeEvent(QResizeEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void render();
    double fitWidthFactor() const;
    double pointsToPixels() const;

    QPointer<QPdfDocument> m_document;
    QLabel* m_pageLabel;
    int m_page = 0;
    ZoomMode m_zoomMode = ZoomMode::FitWidth;
    double m_customFactor = 1.0;
};

} // namespace simfleet
