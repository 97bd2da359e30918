#pragma once

#include "views/shell/WorkspacePage.h"

#include <QVector>

#include <functional>

class QComboBox;
class QDateEdit;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QToolButton;

namespace simfleet {

class AuditTrailModel;
class BulkOperations;
class InlineBanner;
class JobSimsModel;
class TechnicalColumns;
struct Sim;

// The Operations page: every bulk job of the account with its progress and,
// for the selected job, what became of each SIM (retry the failed ones, select
// them on the SIMs page, export); and the audit trail of this client.
class OperationsPage final : public WorkspacePage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OperationsPage)

public:
    explicit OperationsPage(BulkOperations* ops, QWidget* parent = nullptr);
    ~OperationsPage() override;

    QString navigationTitle() const override;
    QIcon navigationIcon() const override;

    // Whether jobs may be retried, and why not (read-only role, ...).
    void setWriteAccess(const WriteAccess& access) override;
    // Shows or hides the notice that the jobs are read-only here because
    // another SimFleet program uses the account's journal.
    void updateJournalNotice();
    // ICCID and name of a SIM in the loaded fleet; nullptr when unknown.
    void setSimLookup(std::function<const Sim*(qint64)> lookup);
    // Shows the Jobs tab with the job selected.
    void showJob(qint64 jobId);
    qint64 selectedJobId() const;

    // The technical columns shown (keys such as "jobs/queueIds"); hidden by
    // default. The owner keeps them in the settings.
    QStringList shownTechnicalColumns() const;
    void setShownTechnicalColumns(const QStringList& keys);
    TechnicalColumns* jobsColumns() const { return m_jobsColumns; }
    TechnicalColumns* simsColumns() const { return m_simsColumns; }

    // What the Export buttons write after asking for a file name; an error is
    // shown in the page's banner as well.
    bool exportJobCsv(const QString& path, QString* error = nullptr);
    bool exportAuditCsv(const QString& path, QString* error = nullptr);

signals:
    void selectSimsRequested(const QVector<qint64>& ids);
    // "Try again" on the read-only notice: open the journal again.
    void journalRetryRequested();
    // The user showed or hid a technical column.
    void technicalColumnsChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    QWidget* buildJobsTab();
    QWidget* buildAuditTab();
    void retranslateUi();
    void sizeColumns();
    void fillOutcomeFilter();
    void fillActionFilter();
    void selectJob(qint64 jobId);
    void showSelectedJob();
    void onJobChanged(qint64 jobId);
    void updateEmptyState();
    void updateJobActions();
    void applyAuditDates();
    void retrySelected();
    void resendUnknownSelected(); // after asking
    void askExportJob();
    void askExportAudit();
    void showError(const QString& title, const QString& text);

    BulkOperations* m_ops;
    JobSimsModel* m_simsModel;
    bool m_writeAllowed = false;
    QString m_writeReason;

    InlineBanner* m_banner;
    InlineBanner* m_journalNotice;
    QTabWidget* m_tabs;
    QStackedWidget* m_jobsStates;
    QLabel* m_emptyText;
    QSplitter* m_splitter;
    QTableView* m_jobsView;
    QLabel* m_jobTitle;
    QLabel* m_counts;
    QLabel* m_outcomeLabel;
    QComboBox* m_outcomeFilter;
    QPushButton* m_retry;
    QPushButton* m_resendUnknown;
    QToolButton* m_selectSims;
    QPushButton* m_exportJob;
    QTableView* m_simsView;
    TechnicalColumns* m_jobsColumns;
    TechnicalColumns* m_simsColumns;

    QLineEdit* m_auditText;
    QLabel* m_actionLabel;
    QComboBox* m_auditAction;
    QCheckBox* m_auditDates;
    QDateEdit* m_auditFrom;
    QLabel* m_auditToLabel;
    QDateEdit* m_auditTo;
    QPushButton* m_exportAudit;
    QTableView* m_auditView;
};

} // namespace simfleet
