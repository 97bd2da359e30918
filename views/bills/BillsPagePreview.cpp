// The Bills page's previews of the current bill (the invoice or the
// transcript, as tabs beside the table) and the table's context menu.
#include "views/bills/BillsPage.h"

#include "models/bills/BillsModel.h"
#include "views/bills/InvoicePreviewPane.h"
#include "views/bills/TranscriptPreviewPane.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QItemSelectionModel>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

namespace simfleet {

void BillsPage::buildPreview() {
    m_previewTabs->setObjectName(QStringLiteral("billsPreviewTabs"));
    m_previewTabs->addTab(m_previewPane, QString());
    m_previewTabs->addTab(m_transcriptPane, QString());

    // The current row's file once the selection settles; only the tab shown
    // is fetched.
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(250);
    connect(m_previewTimer, &QTimer::timeout, this, &BillsPage::updatePreview);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, m_previewTimer,
            qOverload<>(&QTimer::start));
    connect(m_previewTabs, &QTabWidget::currentChanged, this, &BillsPage::updatePreview);
    connect(m_transcriptPane, &TranscriptPreviewPane::downloadRequested, this,
            [this](qint64 id) { downloadBills({id}, Download::Transcript); });

    m_previewInvoiceAction->setObjectName(QStringLiteral("previewInvoiceAction"));
    m_previewTranscriptAction->setObjectName(QStringLiteral("previewTranscriptAction"));
    m_copyNumberAction->setObjectName(QStringLiteral("copyBillNumberAction"));
    m_contextMenu->setObjectName(QStringLiteral("billsContextMenu"));
    m_contextMenu->setToolTipsVisible(true);
    m_contextMenu->addAction(m_previewInvoiceAction);
    m_contextMenu->addAction(m_previewTranscriptAction);
    m_contextMenu->addSeparator();
    m_contextMenu->addAction(m_invoiceAction);
    m_contextMenu->addAction(m_transcriptAction);
    m_contextMenu->addAction(m_bothAction);
    m_contextMenu->addSeparator();
    m_contextMenu->addAction(m_copyNumberAction);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, &BillsPage::openContextMenu);
    connect(m_previewInvoiceAction, &QAction::triggered, this,
            [this] { showPreview(Preview::Invoice); });
    connect(m_previewTranscriptAction, &QAction::triggered, this,
            [this] { showPreview(Preview::Transcript); });
    connect(m_copyNumberAction, &QAction::triggered, this, &BillsPage::copySelectedNumbers);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateDownloadActions();
        updateContextActions();
    });
}

void BillsPage::retranslatePreview() {
    m_previewTabs->setTabText(0, tr("Invoice"));
    m_previewTabs->setTabText(1, tr("Transcript"));
    m_previewTabs->setTabToolTip(0, tr("The current bill's invoice (PDF)"));
    m_previewTabs->setTabToolTip(1, tr("The current bill's transcript (XLSX): what each SIM "
                                       "used in the period"));
    m_previewInvoiceAction->setText(tr("Preview invoice"));
    m_previewTranscriptAction->setText(tr("Preview transcript"));
    m_copyNumberAction->setText(tr("Copy bill number"));
    updateContextActions();
}

void BillsPage::updatePreview() {
    m_previewTimer->stop();
    const qint64 id = m_signedIn ? selectedBillId() : 0;
    if (m_previewTabs->currentWidget() == m_transcriptPane)
        m_transcriptPane->showBill(id);
    else
        m_previewPane->showBill(id);
}

void BillsPage::showPreview(Preview which) {
    m_previewTabs->setCurrentWidget(which == Preview::Transcript
                                        ? static_cast<QWidget*>(m_transcriptPane)
                                        : static_cast<QWidget*>(m_previewPane));
    updatePreview();
}

void BillsPage::openContextMenu(const QPoint& pos) {
    // A right click outside the selection selects the row under the mouse,
    // as file managers do; inside it, the menu acts on the whole selection.
    const QModelIndex index = m_table->indexAt(pos);
    if (index.isValid() && !m_table->selectionModel()->isRowSelected(index.row(), QModelIndex()))
        m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                              QItemSelectionModel::Rows);
    else if (index.isValid())
        m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
    updateContextActions();
    m_contextMenu->popup(m_table->viewport()->mapToGlobal(pos));
}

void BillsPage::updateContextActions() {
    const QVector<qint64> ids = selectedBillIds();
    const bool any = m_signedIn && !ids.isEmpty();
    const bool one = m_signedIn && selectedBillId() != 0;
    const QString why =
        !m_signedIn ? tr("Sign in to see the bills.") : tr("Select one or more bills first.");
    m_previewInvoiceAction->setEnabled(one);
    m_previewTranscriptAction->setEnabled(one);
    m_copyNumberAction->setEnabled(any);
    m_previewInvoiceAction->setToolTip(one ? tr("Shows the current bill's invoice beside the table")
                                           : why);
    m_previewTranscriptAction->setToolTip(
        one ? tr("Shows the current bill's transcript beside the table") : why);
    m_copyNumberAction->setToolTip(any ? tr("Copies the numbers of the selected bills, one a line")
                                       : why);
}

void BillsPage::copySelectedNumbers() {
    QStringList numbers;
    for (qint64 id : selectedBillIds()) {
        if (const Bill* bill = m_model->billById(id))
            numbers << bill->billNumber;
    }
    if (!numbers.isEmpty())
        QGuiApplication::clipboard()->setText(numbers.join(QLatin1Char('\n')));
}

} // namespace simfleet
