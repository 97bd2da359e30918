#pragma once

#include "api/ApiError.h"
#include "models/export/FleetExporter.h"
#include "models/fleet/FleetFilter.h"
#include "models/fleet/ServerFleetModel.h"
#include "views/operations/BulkOperationDialog.h"
#include "views/shell/WorkspacePage.h"
#include "views/sims/ImportSelectionDialog.h"
#include "views/sims/SimActions.h"
#include "views/sims/SimSelection.h"
#include "views/sims/SimsExportController.h"

#include <QPointer>

class QAction;
class QTimer;
class QToolButton;

namespace simfleet {

class AccountWorkspace;
class ApiClient;
class BulkActionBar;
class ColumnChooser;
class DashboardCounts;
class DetailsSplitter;
class FilterBar;
class FleetCountsTracker;
class FleetFilterModel;
class FleetLoadStatus;
class FleetLoader;
class FleetRepository;
class FleetModel;
class InlineBanner;
class LocalSimTableSource;
class SavedFiltersBar;
class SimDetailsPane;
class SimTableArea;
class SimTableSource;
class SimTableView;
class SimsToolbar;

// The SIMs page: the whole fleet in one table. States: Loading
// (progress in place, rows appear as pages arrive), Empty (a sentence and
// Refresh), Error (an inline banner with Retry above whatever was loaded).
// Above the table: dashboard counts, the filter bar with the live count and
// the saved filters; right of it the details pane. Selection tools (select
// all filtered, select from a list) and export to CSV/XLSX
// (SimsExportController). Under the table, while SIMs are selected, the bulk
// bar starts operations on them (SimActions; the same actions are in the
// table's context menu and the main window's menu); a SIM is renamed from the
// details pane or by editing its Name cell. The table shows a SimTableSource:
// the local fleet, or in server-side mode the server's pages. The page lays
// these parts out and connects them.
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
    static QString staticPageId() { return QStringLiteral("sims"); }
    QString pageId() const override { return staticPageId(); }
    // Requests for openRequest() / WorkspacePage::pageRequested(): the table
    // shows `filter` (the filter bar takes it; the selection stays); or the
    // SIMs `ids` (of a job, a notification, a report's chart) are selected (a
    // banner says how many are no longer in the fleet).
    static QVariantMap filterRequest(const FleetFilter& filter);
    static QVariantMap selectionRequest(const QVector<qint64>& ids);
    void openRequest(const QVariantMap& request) override;
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

    // Export (see SimsExportController).
    using ExportScope = SimsExportController::Scope;
    bool exportTo(const QString& path, ExportScope scope) {
        return m_exports->exportTo(path, scope);
    }
    bool isExporting() const { return m_exports->isExporting(); }
    ExportRequest::CsvSeparator csvSeparator() const { return m_exports->csvSeparator(); }
    void setCsvSeparator(ExportRequest::CsvSeparator separator) {
        m_exports->setCsvSeparator(separator);
    }
    QString suggestedExportName(ExportScope scope, ExportRequest::Format format) const {
        return m_exports->suggestedName(scope, format);
    }
    SimsExportController* exports() const { return m_exports; }

    // Selection (see SimSelection).
    ImportSelectionDialog::Outcome selectFromList(const QStringList& entries, bool clearFilter) {
        return m_selection->selectFromList(entries, clearFilter);
    }
    void selectAllFiltered();
    void setFilter(const FleetFilter& filter);
    // "Show only selected": on, the table shows the selected SIMs only (their
    // ids go to the filter); off, every SIM again with the selection kept.
    void showOnlySelected(bool on);
    void showImportDialog();
    QVector<qint64> selectedSimIds() const { return m_selection->selectedIds(); }
    int selectedCount() const { return m_selection->count(); }
    const QVector<qint64>& hiddenSelectedIds() const { return m_selection->hiddenIds(); }
    void bringBackHiddenSelection() { m_selection->bringBackHidden(); }
    int selectSims(const QVector<qint64>& ids) { return m_selection->selectSims(ids); }
    SimSelection* selection() const { return m_selection; }

    // Server-side mode (very large fleets): the table shows `server`, which
    // the API filters, sorts and pages; the filter bar disables what the API
    // cannot filter by. nullptr returns to the local table.
    void setServerModel(ServerFleetModel* server);
    // cppcheck-suppress CastIntegerToAddressAtReturn ; QPointer<T> converts to T* (no Qt headers)
    ServerFleetModel* serverModel() const { return m_serverModel; }
    // What the table shows now: the local fleet or the server model.
    SimTableSource* tableSource() const { return m_source; }

    // Operations and rename (see SimActions).
    QList<QAction*> operationActions() const override { return m_actions->actions(); }
    QAction* operationAction(SimOperation op) const { return m_actions->operationAction(op); }
    QAction* renameAction() const { return m_actions->renameAction(); }
    // Whether the session may change SIMs, and why not.
    void setWriteAccess(const WriteAccess& access) override;
    bool hasWriteAccess() const { return m_actions->hasWriteAccess(); }
    using OperationStarter = BulkOperationDialog::Starter;
    void setOperationStarter(OperationStarter starter) {
        m_actions->setOperationStarter(std::move(starter));
    }
    QString operationsUnavailableReason() const { return m_actions->operationsUnavailableReason(); }
    BulkOperationDialog* openOperationDialog(SimOperation op) {
        return m_actions->openOperationDialog(op);
    }
    BulkOperationDialog* operationDialog() const { return m_actions->operationDialog(); }
    bool renameSim(qint64 simId, const QString& newName) {
        return m_actions->renameSim(simId, newName);
    }
    bool isRenaming() const { return m_actions->isRenaming(); }
    BulkActionBar* bulkBar() const { return m_actions->bulkBar(); }
    InlineBanner* operationBanner() const { return m_actions->banner(); }
    SimActions* actions() const { return m_actions; }

    FleetModel* model() const { return m_model; }
    FleetLoader* loader() const { return m_loader; }
    // Where the table's data comes from: snapshot, server, server-side mode.
    FleetRepository* repository() const { return m_repository; }
    SimTableView* table() const { return m_table; }
    FleetFilterModel* filterModel() const;
    FilterBar* filterBar() const { return m_filterBar; }
    SavedFiltersBar* savedFiltersBar() const { return m_savedFilters; }
    SimDetailsPane* detailsPane() const { return m_details; }
    // Shows or collapses the details pane; remembered with the user's state.
    void setDetailsPaneShown(bool shown);
    bool isDetailsPaneShown() const;
    QToolButton* detailsToggle() const;
    DashboardCounts* dashboard() const { return m_dashboard; }
    ColumnChooser* columnChooser() const;
    FleetCountsTracker* countsTracker() const { return m_countsTracker; }
    // cppcheck-suppress CastIntegerToAddressAtReturn ; QPointer<T> converts to T* (no Qt headers)
    ImportSelectionDialog* importDialog() const { return m_importDialog; }
    InlineBanner* exportBanner() const { return m_exports->banner(); }
    bool isLoading() const;

signals:
    void exportFinished(bool ok, const QString& pathOrError);
    // A rename ended; `errorOrEmpty` is the translated failure (audit trail).
    void simRenamed(qint64 simId, const QString& oldName, const QString& newName,
                    const QString& errorOrEmpty);

private:
    void setUpUserState();
    // Hides what the workspace's provider has no data or method for.
    void applyProvider();
    void layOut();
    void connectParts();
    void useSource(SimTableSource* source);
    void attachSource();
    void updateCount();
    void updateState();
    void updateDetails();
    void onFilterChanged(const FleetFilter& filter);
    void onCountsChanged();
    void retranslateUi() override;

    AccountWorkspace* m_workspace;
    FleetModel* m_model;
    FleetRepository* m_repository;
    FleetLoader* m_loader; // m_repository's
    LocalSimTableSource* m_local;
    SimTableSource* m_source; // m_local or m_serverModel
    QPointer<ServerFleetModel> m_serverModel;
    QPointer<QAbstractItemModel> m_shownModel; // m_source's table model
    FleetCountsTracker* m_countsTracker;
    InlineBanner* m_banner;
    InlineBanner* m_exportBanner;
    DashboardCounts* m_dashboard;
    FilterBar* m_filterBar;
    SavedFiltersBar* m_savedFilters;
    SimsToolbar* m_toolbar;
    SimTableArea* m_area;
    SimTableView* m_table; // m_area's
    SimDetailsPane* m_details;
    DetailsSplitter* m_splitter;
    QTimer* m_userStateTimer;
    SimSelection* m_selection;
    SimsExportController* m_exports;
    SimActions* m_actions;
    FleetLoadStatus* m_loadStatus;
    QPointer<ImportSelectionDialog> m_importDialog;
    QPointer<ApiClient> m_client;
};

} // namespace simfleet
