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
class UsageReport;

// The Reports page: one of the three reports (sessions, daily traffic, SMS &
// calls) for a range of the provider's calendar days (never today: operator
// data arrives a day late) and a scope — all SIMs, the SIMs selected on the
// SIMs page, or chosen groups. Run reads every page with progress and Cancel
// in the status bar; the rows show in a sortable, filterable table with
// totals under it, or as charts of their sums (ReportCharts). The page only
// reads, so a read-only user uses it fully. Loading, empty, error (Retry) and
// offline states.
// The kinds offered are the account's provider's: NovaConnect's three with
// Capability::SessionReports, the second operator's "Internet usage"
// (UsageReport: From, To, an optional INN, all or the selected SIMs; field
// problems, local or the server's, shown under their fields) with
// Capability::UsageReport; the others are hidden.
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
    // NovaConnect's kind shown (Daily while the usage report is).
    ReportsModel::Kind kind() const;
    // The usage report: chooses it (false when the provider does not offer
    // it), and whether it is the kind shown.
    bool showUsage();
    bool isUsageShown() const;
    // Whether the kind combo offers NovaConnect's `kind` / the usage report.
    bool offers(ReportsModel::Kind kind) const;
    bool offersUsage() const;
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
    UsageReport* usage() const { return m_usage; }
    QComboBox* kindCombo() const { return m_kind; }
    QComboBox* scopeCombo() const { return m_scope; }
    QLineEdit* innEdit() const { return m_inn; }
    // The problem line under a usage form field (UsageReport::kFrom, kTo,
    // kInn, kNumbers for the SIMs), hidden when there is none.
    QLabel* fieldProblemLabel(const QString& field) const;
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
    // The kind combo's data of the usage report (after NovaConnect's kinds).
    static constexpr int kUsageKind = ReportsModel::kKindCount;

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
    // The kinds and scopes the provider offers (at construction and sign-in).
    void applyProvider();
    void showUsageForm(bool usage);
    bool runUsage();
    void onUsageFinished(const ApiError& error);
    void showFieldProblems(const QMap<QString, QString>& problems);
    QString providerName() const;

    AccountWorkspace* m_workspace;
    ReportsModel* m_model;
    UsageReport* m_usage;
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
    QLabel* m_innLabel;
    QLineEdit* m_inn;
    QLabel* m_fromProblem;
    QLabel* m_toProblem;
    QLabel* m_innProblem;
    QLabel* m_scopeProblem;
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
