#pragma once

#include "models/reports/ReportsModel.h"
#include "views/shell/WorkspacePage.h"

#include <QSet>

#include <functional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace simfleet {

class ButtonActions;

class AccountWorkspace;
class EmptyState;
class InlineBanner;
class ReportCharts;

// The Reports page: one of the three reports (sessions, daily traffic, SMS &
// calls) for a range of the provider's calendar days (never today: operator
// data arrives a day late) and a scope — all SIMs, the SIMs selected on the
// SIMs page, or chosen groups. Run reads every page with progress and Cancel
// in the status bar; the rows show in a sortable, filterable table with
// totals under it, or as charts of their sums (ReportCharts). The page only
// reads, so a read-only user uses it fully. Loading, empty, error (Retry) and
// offline states.
class ReportsPage final : public WorkspacePage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportsPage)

public:
    enum class Scope { All, SelectedSims, Groups };

    explicit ReportsPage(AccountWorkspace* workspace, QWidget* parent = nullptr);
    ~ReportsPage() override;

    QString navigationTitle() const override;
    QIcon navigationIcon() const override;
    static QString staticPageId() { return QStringLiteral("reports"); }
    QString pageId() const override { return staticPageId(); }
    QList<QWidget*> focusPanes() const override;

    void sessionStarted() override;
    void sessionEnded() override;
    // F5: runs the shown report again.
    void refresh() override;
    void cancelBackgroundWork() override;
    QVariantMap saveState() const override;
    QList<QAction*> pageActions() const override;
    void restoreState(const QVariantMap& state) override;

    // The SIM ids selected on the SIMs page (the "Selected SIMs" scope).
    void setSimsPageSelection(std::function<QVector<qint64>()> selection);

    // What the controls say; run() reads the report they describe: false
    // (the reason in the banner) when refused before sending.
    void setKind(ReportsModel::Kind kind);
    ReportsModel::Kind kind() const;
    void setRange(const QDate& first, const QDate& last);
    void setScope(Scope scope);
    Scope scope() const;
    void setCheckedGroups(const QSet<qint64>& groupIds);
    QSet<qint64> checkedGroups() const { return m_groups; }
    bool run();
    // Writes the table as shown (filter, order) to `path`; false with the
    // reason in the banner when it could not.
    bool exportTo(const QString& path, bool xlsx);
    // Table (false) or charts (true).
    void setChartsShown(bool shown);
    bool isChartsShown() const;

    ReportsModel* model() const { return m_model; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    QTableView* table() const { return m_table; }
    QLineEdit* filterEdit() const { return m_filter; }
    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }
    QPushButton* runButton() const { return m_run; }
    QPushButton* cancelButton() const { return m_cancel; }
    QPushButton* exportButton() const { return m_export; }
    EmptyState* emptyState() const { return m_empty; }
    InlineBanner* banner() const { return m_banner; }
    QLabel* totalsLabel() const { return m_totals; }
    QLabel* noteLabel() const { return m_note; }
    ReportCharts* charts() const { return m_charts; }
    bool isTableShown() const;

private:
    enum class EmptyAction { None, Run, ClearFilter };

    void retranslateUi() override;
    void showKind();
    void updateState();
    void updateGroupsButton();
    void fillGroupsMenu();
    void onProgress(qint64 rows);
    void onFinished(ReportsModel::Kind kind, const ApiError& error);
    void onEmptyAction();
    void openSimOfRow(const QModelIndex& index);
    void askExport();
    bool runQuery(ReportsModel::Kind kind, const ReportQuery& query);

    AccountWorkspace* m_workspace;
    ReportsModel* m_model;
    QSortFilterProxyModel* m_proxy;
    std::function<QVector<qint64>()> m_simsSelection;
    QSet<qint64> m_groups;
    bool m_signedIn = false;
    EmptyAction m_emptyAction = EmptyAction::None;
    ReportQuery m_lastQuery; // of the last run started (Retry, F5)
    ReportsModel::Kind m_lastKind = ReportsModel::Kind::Daily;
    bool m_hasLastQuery = false;

    QLabel* m_kindLabel;
    QComboBox* m_kind;
    QLabel* m_fromLabel;
    QDateEdit* m_from;
    QLabel* m_toLabel;
    QDateEdit* m_to;
    QLabel* m_scopeLabel;
    QComboBox* m_scope;
    QToolButton* m_groupsButton;
    QPushButton* m_run;
    ButtonActions* m_menuActions = nullptr; // the buttons' entries in the page menu
    QPushButton* m_cancel;
    QLabel* m_note;
    InlineBanner* m_banner;
    QLineEdit* m_filter;
    QLabel* m_count;
    QPushButton* m_export;
    QToolButton* m_tableButton;
    QToolButton* m_chartsButton;
    QStackedWidget* m_views;
    QStackedWidget* m_states;
    QTableView* m_table;
    EmptyState* m_empty;
    QLabel* m_totals;
    ReportCharts* m_charts;
};

} // namespace simfleet
