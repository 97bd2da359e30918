#pragma once

#include "models/export/FleetExporter.h"

#include <QObject>

#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;
class QToolButton;
class QWidget;

namespace simfleet {

class FilterBar;
class FleetCountsTracker;
class InlineBanner;
class SimSelection;
class SimTableView;

// The SIMs page's export: the Export button's menu (the shown or the
// selected SIMs), the save dialog with the CSV separator and the suggested
// name, the export in the background with its progress and Cancel, and the
// banner that says where the file went.
class SimsExportController final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimsExportController)

public:
    enum class Scope { Filtered, Selection };

    // The page's widgets this controller drives: the toolbar's Export button
    // and progress, and the banner in the page's banner area.
    struct Controls {
        QToolButton* button;
        QLabel* label;
        QProgressBar* progress;
        QPushButton* cancel;
        InlineBanner* banner;
    };

    // `page` parents the banner and the save dialog.
    SimsExportController(const Controls& controls, SimSelection* selection, SimTableView* table,
                         FilterBar* filterBar, FleetCountsTracker* countsTracker, QWidget* page);

    InlineBanner* banner() const { return m_controls.banner; }

    // Starts exporting the filtered rows or the selected ones, in table order,
    // to `path` (XLSX for *.xlsx, else CSV). False when nothing is to export or
    // an export runs. finished() follows.
    bool exportTo(const QString& path, Scope scope);
    bool isExporting() const;
    void cancel();
    // The CSV separator of exports: the user's last choice in the export
    // dialog, else what the UI language's spreadsheets expect (';' with
    // decimal commas for Russian).
    ExportRequest::CsvSeparator csvSeparator() const;
    void setCsvSeparator(ExportRequest::CsvSeparator separator);
    // The user's choice (kept per user); none: from the locale. No signal.
    std::optional<ExportRequest::CsvSeparator> csvSeparatorChoice() const { return m_csvSeparator; }
    void restoreCsvSeparatorChoice(std::optional<ExportRequest::CsvSeparator> choice) {
        m_csvSeparator = choice;
    }
    // "sims-blocked-msu-2026-12-03.csv" for the current filter and today.
    QString suggestedName(Scope scope, ExportRequest::Format format) const;

    void retranslate();

signals:
    void finished(bool ok, const QString& pathOrError);
    // The user chose another CSV separator.
    void csvSeparatorChanged();

private:
    void createMenu();
    void askExport(Scope scope);
    void setRunning(bool running);
    void onProgress(int done, int total);
    void onFinished(bool ok, const QString& error);

    Controls m_controls;
    SimSelection* m_selection;
    SimTableView* m_table;
    FilterBar* m_filterBar;
    FleetCountsTracker* m_countsTracker;
    QWidget* m_page;
    FleetExporter* m_exporter;
    QString m_path;
    int m_count = 0;
    std::optional<ExportRequest::CsvSeparator> m_csvSeparator;
};

} // namespace simfleet
