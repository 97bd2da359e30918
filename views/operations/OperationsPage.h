#pragma once

#include "views/shell/WorkspacePage.h"

#include <QVector>

#include <functional>

class QTabWidget;

namespace simfleet {

class AuditPanel;
class BulkOperations;
class InlineBanner;
class JobsPanel;
class TechnicalColumns;
struct Sim;

// The Operations page: every bulk job of the account with its progress and,
// for the selected job, what became of each SIM (JobsPanel); and the audit
// trail of this client (AuditPanel). Errors of either show in the page's banner.
class OperationsPage final : public WorkspacePage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OperationsPage)

public:
    explicit OperationsPage(BulkOperations* ops, QWidget* parent = nullptr);
    ~OperationsPage() override;

    QString navigationTitle() const override;
    QIcon navigationIcon() const override;
    static QString staticPageId() { return QStringLiteral("operations"); }
    QString pageId() const override { return staticPageId(); }
    // A request for openRequest() / WorkspacePage::pageRequested(): the Jobs
    // tab with the job selected ("jobId"). An empty request just shows the page.
    static QVariantMap jobRequest(qint64 jobId);
    void openRequest(const QVariantMap& request) override;
    // The technical columns shown ("technicalColumns").
    QVariantMap saveState() const override;
    void restoreState(const QVariantMap& state) override;

    // Whether jobs may be retried, and why not (read-only role, ...).
    void setWriteAccess(const WriteAccess& access) override;
    // Shows or hides the notice that the jobs are read-only here because
    // another SimFleet program uses the account's journal.
    void updateJournalNotice();
    // ICCID and name of a SIM in the loaded fleet; nullptr when unknown.
    void setSimLookup(std::function<std::optional<Sim>(qint64)> lookup);
    // Shows the Jobs tab with the job selected.
    void showJob(qint64 jobId);
    qint64 selectedJobId() const;

    // The technical columns shown (keys such as "jobs/queueIds"); hidden by
    // default, kept with the page's state.
    QStringList shownTechnicalColumns() const;
    void setShownTechnicalColumns(const QStringList& keys);
    TechnicalColumns* jobsColumns() const;
    TechnicalColumns* simsColumns() const;

    // What the Export buttons write after asking for a file name; an error is
    // shown in the page's banner as well.
    bool exportJobCsv(const QString& path, QString* error = nullptr);
    bool exportAuditCsv(const QString& path, QString* error = nullptr);

    JobsPanel* jobsPanel() const { return m_jobs; }
    AuditPanel* auditPanel() const { return m_audit; }

signals:
    // "Select these SIMs": the page asks for the SIMs page with them selected.
    void selectSimsRequested(const QVector<qint64>& ids);
    // "Try again" on the read-only notice: open the journal again.
    void journalRetryRequested();
    // The user showed or hid a technical column.
    void technicalColumnsChanged();

private:
    void retranslateUi() override;
    void showError(const QString& title, const QString& text);

    BulkOperations* m_ops;
    InlineBanner* m_banner;
    InlineBanner* m_journalNotice;
    QTabWidget* m_tabs;
    JobsPanel* m_jobs;
    AuditPanel* m_audit;
};

} // namespace simfleet
