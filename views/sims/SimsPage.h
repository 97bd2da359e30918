#pragma once

#include "api/ApiError.h"
#include "models/export/FleetExporter.h"
#include "models/fleet/FleetFilter.h"
#include "models/fleet/ServerFleetModel.h"
#include "views/operations/BulkOperationDialog.h"
#include "views/shell/WorkspacePage.h"
#include "views/sims/ImportSelectionDialog.h"

#include <QHash>
#include <QPointer>

#include <functional>
#include <optional>

class QAction;
class QLabel;
class QProgressBar;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTimer;
class QToolButton;

namespace simfleet {

class AccountWorkspace;
class ApiClient;
class BulkActionBar;
class ColumnChooser;
class DashboardCounts;
class FilterBar;
class FleetCountsTracker;
class FleetExporter;
class FleetFilterModel;
class FleetLoader;
class FleetRepository;
class FleetModel;
class InlineBanner;
class SavedFiltersBar;
class SimDetailsPane;
class SimTableView;

// The SIMs page: the whole fleet in one table. States: Loading
// (progress in place, rows appear as pages arrive), Empty (a sentence and
// Refresh), Error (an inline banner with Retry above whatever was loaded).
// Above the table: dashboard counts, the filter bar with the live count and
// the saved filters; right of it the details pane. Selection tools (select
// all filtered, select from a list) and export to CSV/XLSX. Under the table,
// while SIMs are selected, the bulk bar starts operations on them (the same
// actions are in the table's context menu and the main window's menu); a SIM
// is renamed from the details pane or by editing its Name cell. Operations
// need write access, a connection and a starter; otherwise their actions are
// disabled and say why.
class SimsPage final : public WorkspacePage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimsPage)

public:
    // Shows `workspace`'s fleet (its FleetRepository, FleetModel and groups).
    explicit SimsPage(AccountWorkspace* workspace, QWidget* parent = nullptr);
    ~SimsPage() override;

    QString navigationTitle() const override;
    QIcon navigationIcon() const override;
    void sessionStarted() override;
    void sessionEnded() override;
    void refresh() override;
    void cancelBackgroundWork() override;
    // Bulk jobs ended: the fleet is read again (only changed rows change).
    void workspaceDataChanged() override;
    // Filter bar, table, details pane, bulk bar.
    QList<QWidget*> focusPanes() const override;
    // The state is kept under "users/<id>/sims/": headerState, detailsSplitter,
    // savedFilters, csvSeparator (the UserState below).
    QString pageId() const override { return QStringLiteral("sims"); }
    QVariantMap saveState() const override;
    void restoreState(const QVariantMap& state) override;

    // What the page keeps per user between sessions (the settings store it).
    struct UserState {
        QByteArray header;       // column widths, order, visibility, sort
        QByteArray splitter;     // details pane width
        QByteArray savedFilters; // SavedFilters JSON
        QString csvSeparator;    // "," or ";" chosen for CSV export; empty: from the locale
    };
    UserState userState() const;
    // Restores a user's state at sign-in; empty parts reset to the defaults.
    void restoreUserState(const UserState& state);

    enum class ExportScope { Filtered, Selection };
    // Starts exporting the filtered rows or the selected ones, in table order,
    // to `path` (XLSX for *.xlsx, else CSV). False when nothing is to export or
    // an export runs. exportFinished() follows.
    bool exportTo(const QString& path, ExportScope scope);
    bool isExporting() const;
    // The CSV separator of exports: the user's last choice in the export
    // dialog, else what the UI language's spreadsheets expect (';' with
    // decimal commas for Russian).
    ExportRequest::CsvSeparator csvSeparator() const;
    void setCsvSeparator(ExportRequest::CsvSeparator separator);
    // "sims-blocked-msu-2026-12-03.csv" for the current filter and today.
    QString suggestedExportName(ExportScope scope, ExportRequest::Format format) const;

    // Selects the SIMs `entries` name (SimListMatcher). `clearFilter` clears the
    // filter first so SIMs it hides can be selected too.
    ImportSelectionDialog::Outcome selectFromList(const QStringList& entries, bool clearFilter);
    void selectAllFiltered();
    void setFilter(const FleetFilter& filter);
    // "Show only selected": on, the table shows the selected SIMs only (their
    // ids go to the filter); off, every SIM again with the selection kept.
    void showOnlySelected(bool on);
    void showImportDialog();

    // Server-side mode (very large fleets): the table shows `server`, which
    // the API filters, sorts and pages; the filter bar disables what the API
    // cannot filter by. nullptr returns to the local table.
    void setServerModel(ServerFleetModel* server);
    ServerFleetModel* serverModel() const { return m_serverModel; }

    // The operation actions in menu order (Block, Disconnect, separator,
    // the others, separator, Rename…); separators are separator actions.
    QList<QAction*> operationActions() const { return m_actionList; }
    QAction* operationAction(SimOperation op) const { return m_opActions.value(op); }
    QAction* renameAction() const { return m_renameAction; }
    // Whether the session may change SIMs, and why not.
    void setWriteAccess(const WriteAccess& access) override;
    bool hasWriteAccess() const { return m_writeAllowed; }
    // Starts a confirmed bulk job (the job facade). Without one, operations are disabled.
    using OperationStarter = BulkOperationDialog::Starter;
    void setOperationStarter(OperationStarter starter);
    // Why operations cannot start now (read-only, offline, no starter, no
    // selection); empty when they can.
    QString operationsUnavailableReason() const;

    // The selected SIMs' ids in table order, each once. The selection is
    // exactly the selected rows the table shows.
    QVector<qint64> selectedSimIds() const;
    int selectedCount() const { return m_selectedCount; }
    // Selected SIMs that a filter change or a refresh hid, and so left the
    // selection (the bulk bar says so), until the user selects anew.
    const QVector<qint64>& hiddenSelectedIds() const { return m_droppedIds; }
    // Restores the filter of before they were hidden and selects them again.
    void bringBackHiddenSelection();
    // Selects these SIMs (clearing a filter that hides some), scrolls to the
    // first; returns how many were found.
    int selectSims(const QVector<qint64>& ids);
    // Opens the dialog for `op` on the selection; nullptr when operations are
    // unavailable. The dialog deletes itself when closed.
    BulkOperationDialog* openOperationDialog(SimOperation op);
    BulkOperationDialog* operationDialog() const { return m_operationDialog; }

    // Renames one SIM (sim/edit); the table shows the new name once
    // NovaConnect accepted it. False when renaming is not possible now.
    bool renameSim(qint64 simId, const QString& newName);
    bool isRenaming() const { return m_renaming; }

    BulkActionBar* bulkBar() const { return m_bulkBar; }
    // Rename failures.
    InlineBanner* operationBanner() const { return m_operationBanner; }

    FleetModel* model() const { return m_model; }
    FleetLoader* loader() const { return m_loader; }
    // Where the table's data comes from: snapshot, server, server-side mode.
    FleetRepository* repository() const { return m_repository; }
    SimTableView* table() const { return m_table; }
    FleetFilterModel* filterModel() const { return m_filterModel; }
    FilterBar* filterBar() const { return m_filterBar; }
    SavedFiltersBar* savedFiltersBar() const { return m_savedFilters; }
    SimDetailsPane* detailsPane() const { return m_details; }
    // Shows or collapses the details pane; remembered with the user's state.
    void setDetailsPaneShown(bool shown);
    bool isDetailsPaneShown() const;
    QToolButton* detailsToggle() const { return m_detailsToggle; }
    DashboardCounts* dashboard() const { return m_dashboard; }
    ColumnChooser* columnChooser() const { return m_columnChooser; }
    FleetCountsTracker* countsTracker() const { return m_countsTracker; }
    ImportSelectionDialog* importDialog() const { return m_importDialog; }
    InlineBanner* exportBanner() const { return m_exportBanner; }
    bool isLoading() const;

signals:
    void exportFinished(bool ok, const QString& pathOrError);
    // A rename ended; `errorOrEmpty` is the translated failure (audit trail).
    void simRenamed(qint64 simId, const QString& oldName, const QString& newName,
                    const QString& errorOrEmpty);

private:
    void onLoadStarted();
    void onLoadProgress(qint64 received, qint64 total);
    void onLoadFinished(const ApiError& error);
    void updateDataState();
    void showError();
    void updateCount();
    void updateState();
    void updateDetails();
    void connectTableSelection();
    void createExportMenu();
    const Sim* simAtTableRow(int row) const;
    void onFilterChanged(const FleetFilter& filter);
    void onCountsChanged();
    void askExport(ExportScope scope);
    void onExportProgress(int done, int total);
    void onExportFinished(bool ok, const QString& error);
    void scheduleUserStateChanged();
    void createOperationActions();
    void updateOperationActions();
    void onSelectionChanged();
    void onTableRowsChanged();
    void recountSelection();
    void selectProxyRows(QVector<int> proxyRows);
    const Sim* findSim(qint64 id) const;
    QString renameUnavailableReason() const;
    void retranslateOperationActions();
    void retranslateUi() override;
    void syncDetailsToggle();

    AccountWorkspace* m_workspace;
    FleetModel* m_model;
    FleetRepository* m_repository;
    FleetLoader* m_loader; // m_repository's
    QLabel* m_dataState;   // "As of 14:02", offline, server-side mode
    FleetFilterModel* m_filterModel;
    FleetCountsTracker* m_countsTracker;
    FleetExporter* m_exporter;
    InlineBanner* m_banner;
    InlineBanner* m_exportBanner;
    DashboardCounts* m_dashboard;
    FilterBar* m_filterBar;
    SavedFiltersBar* m_savedFilters;
    QToolButton* m_refresh;
    QToolButton* m_selectAll;
    QToolButton* m_selectFromList;
    QToolButton* m_export;
    QLabel* m_progressLabel;
    QProgressBar* m_progress;
    QLabel* m_exportLabel;
    QProgressBar* m_exportProgress;
    QPushButton* m_exportCancel;
    QSplitter* m_splitter;
    QToolButton* m_detailsToggle;
    int m_detailsWidth = 340;
    QStackedWidget* m_states;
    SimTableView* m_table;
    ColumnChooser* m_columnChooser;
    SimDetailsPane* m_details;
    QWidget* m_empty;
    QLabel* m_emptyTitle;
    QLabel* m_emptyText;
    QToolButton* m_emptyRefresh;
    QWidget* m_noMatch;
    QLabel* m_noMatchTitle;
    QPushButton* m_noMatchClear;
    QTimer* m_userStateTimer;
    QPointer<ImportSelectionDialog> m_importDialog;
    QPointer<ServerFleetModel> m_serverModel;
    QPointer<ApiClient> m_client;
    QHash<SimOperation, QAction*> m_opActions;
    QAction* m_renameAction = nullptr;
    QList<QAction*> m_actionList;
    BulkActionBar* m_bulkBar = nullptr;
    InlineBanner* m_operationBanner;
    QPointer<BulkOperationDialog> m_operationDialog;
    OperationStarter m_starter;
    QString m_writeReason;
    bool m_writeAllowed = false;
    bool m_renaming = false;
    int m_selectedCount = 0;
    QVector<qint64> m_selectionIds; // as last counted
    QVector<qint64> m_droppedIds;   // hidden by a filter or refresh, no longer selected
    FleetFilter m_appliedFilter;    // the filter the table shows
    FleetFilter m_restoreFilter;    // the filter before m_droppedIds were hidden
    bool m_restoringSelection = false;
    QString m_exportPath;
    int m_exportCount = 0;
    std::optional<ExportRequest::CsvSeparator> m_csvSeparator;
    ApiError m_lastError;
    bool m_loadedOnce = false;
    bool m_restoringState = false;
};

} // namespace simfleet
