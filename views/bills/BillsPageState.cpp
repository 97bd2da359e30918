// The Bills page's states (loading, empty, error, offline, filtered), the
// session, the saved header and folder, and requests from other pages.
#include "views/bills/BillsPage.h"

#include "api/ApiError.h"
#include "models/bills/BillDownloads.h"
#include "models/bills/BillsModel.h"
#include "models/workspace/AccountWorkspace.h"
#include "views/bills/BillsChart.h"
#include "views/bills/InvoicePreviewPane.h"
#include "views/bills/TranscriptPreviewPane.h"
#include "views/common/EmptyState.h"
#include "views/common/InlineBanner.h"
#include "views/common/ListTables.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>

namespace simfleet {

namespace {

const QString kBill = QStringLiteral("bill");
const QString kDownload = QStringLiteral("download");

} // namespace

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
    m_transcriptPane->clear();
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
    QHeaderView* header = m_table->horizontalHeader();
    const QByteArray saved = state.value(QStringLiteral("header")).toByteArray();
    if (saved.isEmpty() || !header->restoreState(saved)) {
        sizeColumns();
        m_table->sortByColumn(BillsModel::Issued, Qt::DescendingOrder);
    }
    // The arrow shows the order the rows are in: a saved header without a
    // sorted column (or with the arrow hidden) falls back to newest first.
    header->setSortIndicatorShown(true);
    const int section = header->sortIndicatorSection();
    if (section < 0 || section >= m_proxy->columnCount())
        m_table->sortByColumn(BillsModel::Issued, Qt::DescendingOrder);
    else
        m_proxy->sort(section, header->sortIndicatorOrder());
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
    updateContextActions();
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
