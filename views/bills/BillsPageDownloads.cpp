// The Bills page's downloads: the selected bills' invoices and transcripts
// into the chosen folder, the overwrite question, progress with Cancel, and
// Open / Show in folder afterwards.
#include "views/bills/BillsPage.h"

#include "api/ApiError.h"
#include "models/bills/BillDownloads.h"
#include "models/bills/BillFileName.h"
#include "models/bills/BillsModel.h"
#include "models/workspace/AccountWorkspace.h"
#include "views/common/InlineBanner.h"

#include <QAction>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace simfleet {

void BillsPage::buildDownloadPanel() {
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

    connect(m_invoiceAction, &QAction::triggered, this,
            [this] { downloadSelected(Download::Invoice); });
    connect(m_transcriptAction, &QAction::triggered, this,
            [this] { downloadSelected(Download::Transcript); });
    connect(m_bothAction, &QAction::triggered, this, [this] { downloadSelected(Download::Both); });
    connect(m_folderAction, &QAction::triggered, this, [this] { chooseFolder(); });
    connect(m_cancelButton, &QPushButton::clicked, m_downloads, &BillDownloads::cancel);
    connect(m_closePanelButton, &QPushButton::clicked, m_downloadPanel, &QWidget::hide);
    connect(m_downloads, &BillDownloads::fileStarted, this, &BillsPage::updateDownloadPanel);
    connect(m_downloads, &BillDownloads::fileProgress, this, &BillsPage::updateDownloadPanel);
    connect(m_downloads, &BillDownloads::finished, this, &BillsPage::updateDownloadPanel);
    connect(m_openButton, &QPushButton::clicked, this, &BillsPage::openLastFile);
    connect(m_showButton, &QPushButton::clicked, this, &BillsPage::showFolder);
}

void BillsPage::setDownloadFolder(const QString& folder) {
    if (folder == m_folder)
        return;
    m_folder = folder;
    m_workspace->setBillsFolder(folder);
    updateDownloadActions();
    emit stateChanged();
}

void BillsPage::chooseFolder(const std::function<void()>& then) {
    // With no folder chosen yet, the one account notifications save into is
    // proposed (when it exists already).
    QString start = m_folder;
    if (start.isEmpty()) {
        const QString proposed = m_workspace->defaultBillsFolder();
        start = QFileInfo(proposed).isDir() ? proposed : QDir::homePath();
    }
    auto* dialog = new QFileDialog(this, tr("Folder for downloaded bills"), start);
    dialog->setObjectName(QStringLiteral("billsFolderDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    connect(dialog, &QFileDialog::fileSelected, this, [this, then](const QString& folder) {
        if (folder.isEmpty())
            return;
        setDownloadFolder(folder);
        if (then)
            then();
    });
    dialog->open();
}

QVector<qint64> BillsPage::selectedBillIds() const {
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    QVector<qint64> ids;
    for (const QModelIndex& row : rows)
        ids.append(row.data(BillsModel::IdRole).toLongLong());
    if (ids.isEmpty() && selectedBillId() != 0)
        ids.append(selectedBillId());
    return ids;
}

void BillsPage::updateDownloadActions() {
    const bool busy = m_downloads->isRunning();
    const bool any = m_signedIn && !selectedBillIds().isEmpty();
    const QString why = !m_signedIn ? tr("Sign in to download bills.")
                        : busy      ? tr("Wait until the current downloads end, or cancel them.")
                        : !any      ? tr("Select one or more bills first.")
                                    : QString();
    const QString where = m_folder.isEmpty()
                              ? tr("SimFleet asks for a folder first.")
                              : tr("Saved into %1.").arg(QDir::toNativeSeparators(m_folder));
    for (QAction* action : {m_invoiceAction, m_transcriptAction, m_bothAction}) {
        action->setEnabled(why.isEmpty());
        action->setToolTip(why.isEmpty() ? where : why);
    }
    m_folderAction->setEnabled(!busy);
    m_folderAction->setToolTip(m_folder.isEmpty() ? tr("Choose the folder for downloaded bills")
                                                  : QDir::toNativeSeparators(m_folder));
    m_downloadButton->setEnabled(m_signedIn);
}

QMessageBox* BillsPage::downloadSelected(Download what, bool* started) {
    return downloadBills(selectedBillIds(), what, started);
}

QMessageBox* BillsPage::downloadBills(const QVector<qint64>& ids, Download what, bool* started) {
    if (started)
        *started = false;
    if (ids.isEmpty() || m_downloads->isRunning() || !m_signedIn) {
        m_banner->showMessage(InlineBanner::Kind::Error, tr("Nothing was downloaded"),
                              m_downloads->isRunning()
                                  ? tr("Wait until the current downloads end, or cancel them.")
                                  : tr("Select one or more bills first."));
        return nullptr;
    }
    if (m_folder.isEmpty() || !QFileInfo(m_folder).isDir()) {
        // Asked first; the download starts once a folder is chosen.
        chooseFolder([this, ids, what] { downloadBills(ids, what); });
        return nullptr;
    }
    const QDir folder(m_folder);
    QVector<QString> paths;
    QVector<qint64> billIds;
    QVector<bool> transcripts;
    QStringList existing;
    for (qint64 id : ids) {
        const Bill* bill = m_model->billById(id);
        if (!bill)
            continue;
        const QString period = bill->periodText(m_model->providerZone());
        for (bool transcript : {false, true}) {
            if ((transcript && what == Download::Invoice) ||
                (!transcript && what == Download::Transcript))
                continue;
            const QString path = folder.filePath(BillFileName::forBill(*bill, period, transcript));
            if (QFileInfo::exists(path))
                existing << QFileInfo(path).fileName();
            paths.append(path);
            billIds.append(id);
            transcripts.append(transcript);
        }
    }
    m_banner->hide();
    if (existing.isEmpty()) {
        startDownloads(paths, billIds, transcripts);
        if (started)
            *started = true;
        return nullptr;
    }
    auto* box = new QMessageBox(this);
    box->setObjectName(QStringLiteral("billsOverwriteQuestion"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIcon(QMessageBox::Question);
    box->setWindowTitle(tr("Replace files?"));
    box->setTextFormat(Qt::PlainText);
    box->setText(
        tr("%n file(s) of these names already exist in %1. Replace them?", "", int(existing.size()))
            .arg(QDir::toNativeSeparators(m_folder)));
    box->setInformativeText(existing.mid(0, 10).join(u'\n') +
                            (existing.size() > 10 ? QStringLiteral("\n…") : QString()));
    QPushButton* replace = box->addButton(tr("Replace"), QMessageBox::AcceptRole);
    replace->setObjectName(QStringLiteral("replaceButton"));
    QPushButton* cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    connect(replace, &QPushButton::clicked, this,
            [this, paths, billIds, transcripts] { startDownloads(paths, billIds, transcripts); });
    box->open();
    return box;
}

void BillsPage::startDownloads(const QVector<QString>& paths, const QVector<qint64>& ids,
                               const QVector<bool>& transcripts) {
    QVector<BillDownloads::File> files;
    for (int i = 0; i < paths.size(); ++i)
        files.append({ids.at(i), transcripts.at(i), paths.at(i)});
    m_downloads->start(files);
    updateDownloadActions();
    updateDownloadPanel();
}

void BillsPage::cancelBackgroundWork() {
    m_downloads->cancel();
}

void BillsPage::updateDownloadPanel() {
    const auto& files = m_downloads->files();
    if (files.isEmpty()) {
        m_downloadPanel->hide();
        return;
    }
    m_downloadPanel->show();
    const bool running = m_downloads->isRunning();
    m_fileBar->setVisible(running);
    m_totalBar->setVisible(running);
    m_cancelButton->setVisible(running);
    const int saved = m_downloads->savedCount();
    m_openButton->setVisible(!running && saved > 0);
    m_showButton->setVisible(!running && saved > 0);
    m_closePanelButton->setVisible(!running);
    m_totalBar->setRange(0, 1000);
    m_totalBar->setValue(int(m_downloads->totalFraction() * 1000));
    m_totalBar->setFormat(
        tr("%1 of %n file(s)", "", int(files.size())).arg(m_downloads->outcomes().size()));
    if (running) {
        const int index = qMin(m_downloads->current(), int(files.size()) - 1);
        m_downloadLabel->setText(tr("Downloading %1 (%2 of %3)…")
                                     .arg(QFileInfo(files.at(index).path).fileName())
                                     .arg(index + 1)
                                     .arg(files.size()));
        m_fileBar->setRange(0, 1000);
        const double fraction = m_downloads->totalFraction() * double(files.size()) - index;
        m_fileBar->setValue(int(qBound(0.0, fraction, 1.0) * 1000));
        updateDownloadActions();
        return;
    }
    QString text;
    if (m_downloads->wasCancelled())
        text = tr("Cancelled: %1 of %n file(s) saved in %2; the cancelled file was not left "
                  "behind.",
                  "", int(files.size()));
    else
        text = tr("%1 of %n file(s) saved in %2.", "", int(files.size()));
    m_downloadLabel->setText(text.arg(saved).arg(QDir::toNativeSeparators(m_folder)));
    QStringList failures;
    for (const BillDownloads::Outcome& outcome : m_downloads->outcomes()) {
        if (outcome.error.isError() && outcome.error.kind != ApiError::Kind::Cancelled)
            failures << tr("%1: %2").arg(QFileInfo(outcome.file.path).fileName(),
                                         outcome.error.userMessage());
    }
    if (!failures.isEmpty())
        m_banner->showMessage(InlineBanner::Kind::Error,
                              tr("%n file(s) could not be downloaded", "", int(failures.size())),
                              failures.join(u'\n') + u'\n' + tr("No partial file was left."));
    updateDownloadActions();
}

void BillsPage::openLastFile() {
    const auto& outcomes = m_downloads->outcomes();
    for (auto it = outcomes.rbegin(); it != outcomes.rend(); ++it) {
        if (!it->error.isError()) {
            QDesktopServices::openUrl(QUrl::fromLocalFile(it->file.path));
            return;
        }
    }
}

void BillsPage::showFolder() {
    QDesktopServices::openUrl(QUrl::fromLocalFile(m_folder));
}

} // namespace simfleet
