#include "views/sims/SimsExportController.h"

#include "models/fleet/FleetCounts.h"
#include "models/fleet/SimTableSource.h"
#include "views/common/InlineBanner.h"
#include "views/sims/FilterBar.h"
#include "views/sims/SimSelection.h"
#include "views/sims/SimTableView.h"

#include <QAction>
#include <QDate>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QToolButton>
#include <QUrl>

#include <algorithm>
#include <numeric>

namespace simfleet {

SimsExportController::SimsExportController(const Controls& controls, SimSelection* selection,
                                           SimTableView* table, FilterBar* filterBar,
                                           FleetCountsTracker* countsTracker, QWidget* page)
    : QObject(page)
    , m_controls(controls)
    , m_selection(selection)
    , m_table(table)
    , m_filterBar(filterBar)
    , m_countsTracker(countsTracker)
    , m_page(page)
    , m_exporter(new FleetExporter(this)) {
    m_controls.button->setObjectName(QStringLiteral("exportSims"));
    m_controls.progress->setObjectName(QStringLiteral("exportProgress"));
    m_controls.progress->setFixedWidth(160);
    m_controls.progress->setTextVisible(false);
    m_controls.cancel->setObjectName(QStringLiteral("exportCancel"));
    connect(m_controls.cancel, &QPushButton::clicked, m_exporter, &FleetExporter::cancel);
    setRunning(false);
    connect(m_exporter, &FleetExporter::progress, this, &SimsExportController::onProgress);
    connect(m_exporter, &FleetExporter::finished, this, &SimsExportController::onFinished);

    InlineBanner* banner = m_controls.banner;
    banner->setObjectName(QStringLiteral("exportBanner"));
    banner->hide();
    connect(banner, &InlineBanner::actionTriggered, this, [this] {
        if (!m_path.isEmpty())
            QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_path).absolutePath()));
    });
    createMenu();
}

void SimsExportController::createMenu() {
    auto* exportMenu = new QMenu(m_controls.button);
    exportMenu->setObjectName(QStringLiteral("exportMenu"));
    m_controls.button->setMenu(exportMenu);
    m_controls.button->setPopupMode(QToolButton::InstantPopup);
    exportMenu->setToolTipsVisible(true);
    connect(exportMenu, &QMenu::aboutToShow, this, [this, exportMenu] {
        exportMenu->clear();
        // A disabled entry says why, in its tooltip and in the status bar.
        const auto enableOrSayWhy = [](QAction* action, bool enabled, const QString& why) {
            action->setEnabled(enabled);
            action->setToolTip(enabled ? action->iconText() : why);
            action->setStatusTip(enabled ? QString() : why);
        };
        const int shown = m_table->model()->rowCount();
        QAction* filtered = exportMenu->addAction(
            tr("Export the %Ln shown SIM(s)…", "export the filtered set", shown), this,
            [this] { askExport(Scope::Filtered); });
        enableOrSayWhy(filtered, shown > 0,
                       tr("No SIMs are shown: change or clear the filter first."));
        // The count the bulk bar shows, so the two always agree.
        const int selected = m_selection->count();
        QAction* selection = exportMenu->addAction(
            tr("Export the %Ln selected SIM(s)…", "export the selection", selected), this,
            [this] { askExport(Scope::Selection); });
        enableOrSayWhy(selection, selected > 0, tr("Select one or more SIMs first."));
    });
}

ExportRequest::CsvSeparator SimsExportController::csvSeparator() const {
    return m_csvSeparator.value_or(FleetExporter::defaultSeparator(QLocale()));
}

void SimsExportController::setCsvSeparator(ExportRequest::CsvSeparator separator) {
    if (m_csvSeparator == separator)
        return;
    m_csvSeparator = separator;
    emit csvSeparatorChanged();
}

QString SimsExportController::suggestedName(Scope scope, ExportRequest::Format format) const {
    const FleetFilter filter = m_filterBar->filter();
    const QString group =
        filter.groupId ? m_countsTracker->counts().groupNames.value(*filter.groupId) : QString();
    return FleetExporter::suggestedFileName(filter, QDate::currentDate(), format, group,
                                            scope == Scope::Selection);
}

void SimsExportController::askExport(Scope scope) {
    const QString csvComma = tr("CSV, comma-separated, decimal point (*.csv)");
    const QString csvSemicolon =
        tr("CSV for Russian Excel, semicolon-separated, decimal comma (*.csv)");
    const QString xlsx = tr("Excel workbook, ICCIDs and numbers as text (*.xlsx)");
    QString chosenFilter =
        csvSeparator() == ExportRequest::CsvSeparator::Semicolon ? csvSemicolon : csvComma;
    const QString suggested =
        QDir(QDir::homePath()).filePath(suggestedName(scope, ExportRequest::Format::Csv));
    QString path = QFileDialog::getSaveFileName(
        m_page, tr("Export SIMs"), suggested,
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

bool SimsExportController::isExporting() const {
    return m_exporter->isRunning();
}

void SimsExportController::cancel() {
    m_exporter->cancel();
    m_controls.banner->hide();
}

bool SimsExportController::exportTo(const QString& path, Scope scope) {
    if (m_exporter->isRunning())
        return false;
    ExportRequest request;
    request.path = path;
    request.format = FleetExporter::formatForPath(path);
    request.separator = csvSeparator();
    QVector<int> rows;
    if (scope == Scope::Selection) {
        for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
            rows.append(index.row());
        std::sort(rows.begin(), rows.end());
    } else {
        // Server-side: the rows fetched so far.
        rows.resize(m_table->model()->rowCount());
        std::iota(rows.begin(), rows.end(), 0);
    }
    if (rows.isEmpty())
        return false;
    request.sims = m_selection->source()->simsOfRows(rows);
    m_path = path;
    m_count = int(request.sims.size());
    if (!m_exporter->start(std::move(request)))
        return false;
    m_controls.banner->hide();
    m_controls.label->setText(tr("Exporting %Ln SIM(s)…", "", m_count));
    m_controls.progress->setRange(0, 0);
    setRunning(true);
    return true;
}

void SimsExportController::setRunning(bool running) {
    for (QWidget* widget :
         {static_cast<QWidget*>(m_controls.label), static_cast<QWidget*>(m_controls.progress),
          static_cast<QWidget*>(m_controls.cancel)})
        widget->setVisible(running);
    m_controls.button->setEnabled(!running);
}

void SimsExportController::onProgress(int done, int total) {
    m_controls.progress->setRange(0, qMax(1, total));
    m_controls.progress->setValue(done);
}

void SimsExportController::onFinished(bool ok, const QString& error) {
    setRunning(false);
    InlineBanner* banner = m_controls.banner;
    if (ok) {
        banner->setClosable(true);
        const int count = m_count;
        const QString path = QDir::toNativeSeparators(m_path);
        banner->showMessage(
            InlineBanner::Kind::Info, [] { return tr("Export finished"); },
            [count, path] { return tr("%Ln SIM(s) exported to %1", "", count).arg(path); },
            [] { return tr("Show in folder"); });
    } else if (!error.isEmpty()) {
        banner->setClosable(true);
        banner->showMessage(
            InlineBanner::Kind::Error, [] { return tr("Export failed"); },
            [error] { return error; });
    }
    emit finished(ok, ok ? m_path : error);
}

void SimsExportController::retranslate() {
    m_controls.button->setText(tr("Export", "verb"));
    m_controls.button->setToolTip(
        tr("Save the shown or the selected SIMs as CSV (plain text, comma or semicolon) or as an "
           "Excel workbook, which keeps ICCIDs and numbers as text"));
    m_controls.cancel->setText(tr("Cancel"));
    if (m_exporter->isRunning())
        m_controls.label->setText(tr("Exporting %Ln SIM(s)…", "", m_count));
}

} // namespace simfleet
