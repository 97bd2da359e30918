#pragma once

#include <QWidget>

class QLabel;
class QPdfDocument;
class QStackedWidget;
class QToolButton;

namespace simfleet {

class InvoicePreview;
class PdfPageView;
struct ApiError;

// The selected bill's invoice (PDF) inside the Bills page (QtPdf, one
// page at a time): page navigation, zoom in and out, fit to width. The file comes from an
// InvoicePreview (a private temporary copy).
class InvoicePreviewPane final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InvoicePreviewPane)

public:
    explicit InvoicePreviewPane(InvoicePreview* preview, QWidget* parent = nullptr);

    // 0: nothing selected.
    void showBill(qint64 billId);
    void clear();

    QPdfDocument* document() const { return m_document; }
    PdfPageView* view() const { return m_view; }
    int currentPage() const;
    void goToPage(int page);
    QLabel* statusLabel() const { return m_status; }
    QLabel* pageLabel() const { return m_pageLabel; }
    bool isDocumentShown() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void onReady(qint64 billId, const QString& path);
    void onFailed(qint64 billId, const ApiError& error);
    void showStatus(const QString& text);
    void updateControls();
    void zoomBy(double factor);

    InvoicePreview* m_preview;
    QPdfDocument* m_document;
    PdfPageView* m_view;
    QStackedWidget* m_stack;
    QLabel* m_status;
    QLabel* m_pageLabel;
    QToolButton* m_previous;
    QToolButton* m_next;
    QToolButton* m_zoomOut;
    QToolButton* m_zoomIn;
    QToolButton* m_fitWidth;
    qint64 m_billId = 0;
    enum class Status { None, Loading, Failed, Shown } m_state = Status::None;
    QString m_error;
};

} // namespace simfleet
