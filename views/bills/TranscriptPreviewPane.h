#pragma once

#include "models/bills/TranscriptWorkbook.h"

#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace simfleet {

class EmptyState;
class InlineBanner;
class TranscriptPreview;
class TranscriptSheetModel;

// The selected bill's transcript (XLSX) inside the Bills page: its sheets as
// tabs with a table each, a filter over the rows of every sheet, and
// Download. Loading, failure (with Retry) and "no bill" show as an
// EmptyState; a sheet the filter empties says so in a banner. The workbook
// comes from a TranscriptPreview (downloaded, read off the GUI thread).
class TranscriptPreviewPane final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TranscriptPreviewPane)

public:
    explicit TranscriptPreviewPane(TranscriptPreview* preview, QWidget* parent = nullptr);

    // 0: nothing selected. Asking again for a failed bill retries.
    void showBill(qint64 billId);
    void clear();
    qint64 billId() const { return m_billId; }

    bool isWorkbookShown() const;
    QTabWidget* sheetTabs() const { return m_tabs; }
    // The table of sheet `index`; nullptr when there is none.
    QTableView* sheetTable(int index) const;
    TranscriptSheetModel* sheetModel(int index) const;
    QLineEdit* filterEdit() const { return m_filter; }
    QLabel* countLabel() const { return m_count; }
    QPushButton* downloadButton() const { return m_download; }
    EmptyState* emptyState() const { return m_empty; }
    InlineBanner* banner() const { return m_banner; }

signals:
    // The user asked to save this bill's transcript (the page's downloads).
    void downloadRequested(qint64 billId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void onReady(qint64 billId, const std::shared_ptr<const TranscriptWorkbook>& workbook);
    void onFailed(qint64 billId, const QString& message);
    void showWorkbook(const std::shared_ptr<const TranscriptWorkbook>& workbook);
    void clearSheets();
    void applyFilter();
    void updateSheetState();
    QSortFilterProxyModel* sheetProxy(int index) const;

    TranscriptPreview* m_preview;
    QLineEdit* m_filter;
    QLabel* m_count;
    QPushButton* m_download;
    InlineBanner* m_banner;
    QStackedWidget* m_stack;
    EmptyState* m_empty;
    QTabWidget* m_tabs;
    qint64 m_billId = 0;
    enum class Status { None, Loading, Failed, Shown } m_state = Status::None;
    QString m_error;
};

} // namespace simfleet
