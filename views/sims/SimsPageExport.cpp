#include "views/sims/SimsPage.h"

#include "models/export/FleetExporter.h"
#include "models/fleet/FleetCounts.h"
#include "models/fleet/FleetFilterModel.h"
#include "views/common/InlineBanner.h"
#include "views/sims/FilterBar.h"
#include "views/sims/SimTableView.h"

#include <QAction>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QToolButton>

namespace simfleet {

// The SIMs page's export: the Export menu, the save dialog with the CSV
// separator and the suggested name, the export in the background and its banner.

void SimsPage::createExportMenu() {
    auto* exportMenu = new QMenu(m_export);
    exportMenu->setObjectName(QStringLiteral("exportMenu"));
    m_export->setMenu(exportMenu);
    m_export->setPopupMode(QToolButton::InstantPopup);
    exportMenu->setToolTipsVisible(true);
    connect(exportMenu, &QMenu::aboutToShow, this, [this, exportMenu] {
        exportMenu->clear();
        // A disabled entry says why, in its tooltip and in the status bar.
        const auto enableOrSayWhy = [](QAction* action, bool enabled, const QString& why) {
            action->setEnabled(enabled);
            action->setToolTip(enabled ? action->iconText() : why);
            action->setStatusTip(enabled ? QString() : why);
        };
        const int shown = m_filterModel->rowCount();
        QAction* filtered = exportMenu->addAction(
            tr("Export the %Ln shown SIM(s)…", "export the filtered set", shown), this,
            [this] { askExport(ExportScope::Filtered); });
        enableOrSayWhy(filtered, shown > 0,
                       tr("No SIMs are shown: change or clear the filter first."));
        // The count the bulk bar shows, so the two always agree.
        QAction* selection = exportMenu->addAction(
            tr("Export the %Ln selected SIM(s)…", "export the selection", m_selectedCount), this,
            [this] { askExport(ExportScope::Selection); });
        enableOrSayWhy(selection, m_selectedCount > 0, tr("Select one or more SIMs first."));
    });
}

ExportRequest::CsvSeparator SimsPage::csvSeparator() const {
    return m_csvSeparator.value_or(FleetExporter::defaultSeparator(QLocale()));
}

void SimsPage::setCsvSeparator(ExportRequest::CsvSeparator separator) {
    if (m_csvSeparator == separator)
        return;
    m_csvSeparator = separator;
    emit stateChanged();
}

QString SimsPage::suggestedExportName(ExportScope scope, ExportRequest::Format format) const {
    const FleetFilter filter = m_filterBar->filter();
    const QString group =
        filter.groupId ? m_countsTracker->counts().groupNames.value(*filter.groupId) : QString();
    return FleetExporter::suggestedFileName(filter, QDate::currentDate(), format, group,
                                            scope == ExportScope::Selection);
}

void SimsPage::askExport(ExportScope scope) {
    const QString csvComma = tr("CSV, comma-separated, decimal point (*.csv)");
    const QString csvSemicolon =
        tr("CSV for Russian Excel, semicolon-separated, decimal comma (*.csv)");
    const QString xlsx = tr("Excel workbook, ICCIDs and numbers as text (*.xlsx)");
    QString chosenFilter =
        csvSeparator() == ExportRequest::CsvSeparator::Semicolon ? csvSemicolon : csvComma;
    const QString suggested =
        QDir(QDir::homePath()).filePath(suggestedExportName(scope, ExportRequest::Format::Csv));
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export SIMs"), suggested,
        QStringList{csvComma, csvSemicolon, xlsx}.join(QStringLiteral(";;")), &chosenFilter);
    if (path.isEmpty())
        return;
    const bool wantsXlsx = chosenFilter == xlsx;
    if (chosenFilter == csvSemicolon)
        setCsvSeparator(ExportRequest::CsvSeparator::Semicolon);
    else if (chosenFilter == csvComma)
        setCsvSeparator(ExportRequest::CsvSeparator::Comma);
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("csv") && suffix != QLatin1String("xlsx"))
        path += wantsXlsx ? QStringLiteral(".xlsx") : QStringLiteral(".csv");
    exportTo(path, scope);
}

bool SimsPage::isExporting() const {
    return m_exporter->isRunning();
}

bool SimsPage::exportTo(const QString& path, ExportScope scope) {
    if (m_exporter->isRunning())
        return false;
    ExportRequest request;
    request.path = path;
    request.format = FleetExporter::formatForPath(path);
    request.separator = csvSeparator();
    QVector<int> proxyRows;
    if (scope == ExportScope::Selection) {
        for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
            proxyRows.append(index.row());
        std::sort(proxyRows.begin(), proxyRows.end());
    } else {
        // Server-side: the rows fetched so far.
        proxyRows.resize(m_table->model()->rowCount());
        std::iota(proxyRows.begin(), proxyRows.end(), 0);
    }
    if (proxyRows.isEmpty())
        return false;
    request.sims.reserve(proxyRows.size());
    for (int row : proxyRows) {
        if (const Sim* sim = simAtTableRow(row))
            request.sims.append(*sim);
    }
    m_exportPath = path;
    m_exportCount = int(request.sims.size());
    if (!m_exporter->start(std::move(request)))
        return false;
    m_exportBanner->hide();
    m_exportLabel->setText(tr("Exporting %Ln SIM(s)…", "", m_exportCount));
    m_exportProgress->setRange(0, 0);
    for (QWidget* widget :
         {static_cast<QWidget*>(m_exportLabel), static_cast<QWidget*>(m_exportProgress),
          static_cast<QWidget*>(m_exportCancel)})
        widget->show();
    m_export->setEnabled(false);
    return true;
}

void SimsPage::onExportProgress(int done, int total) {
    m_exportProgress->setRange(0, qMax(1, total));
    m_exportProgress->setValue(done);
}

void SimsPage::onExportFinished(bool ok, const QString& error) {
    for (QWidget* widget :
         {static_cast<QWidget*>(m_exportLabel), static_cast<QWidget*>(m_exportProgress),
          static_cast<QWidget*>(m_exportCancel)})
        widget->hide();
    m_export->setEnabled(true);
    if (ok) {
        m_exportBanner->setClosable(true);
        const int count = m_exportCount;
        const QString path = QDir::toNativeSeparators(m_exportPath);
        m_exportBanner->showMessage(
            InlineBanner::Kind::Info, [] { return tr("Export finished"); },
            [count, path] { return tr("%Ln SIM(s) exported to %1", "", count).arg(path); },
            [] { return tr("Show in folder"); });
    } else if (!error.isEmpty()) {
        m_exportBanner->setClosable(true);
        m_exportBanner->showMessage(
            InlineBanner::Kind::Error, [] { return tr("Export failed"); },
            [error] { return error; });
    }
    emit exportFinished(ok, ok ? m_exportPath : error);
}

} // namespace simfleet
