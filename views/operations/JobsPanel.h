#pragma once

#include <QVector>
#include <QWidget>

#include <functional>

class QLabel;
class QStackedWidget;
class QTableView;

namespace simfleet {

class BulkOperations;
class JobDetailsPanel;
class TechnicalColumns;
struct Sim;

// The Operations page's Jobs tab: every bulk job of the account with its
// progress, newest first, and below it the selected job (JobDetailsPanel);
// with no jobs yet, a text that says how to start one.
class JobsPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobsPanel)

public:
    explicit JobsPanel(BulkOperations* ops, QWidget* parent = nullptr);
    ~JobsPanel() override;

    // Whether jobs may be retried; `reason` says why not (read-only role, ...).
    void setWriteAllowed(bool allowed, const QString& reason);
    // ICCID and name of a SIM in the loaded fleet; nullptr when unknown.
    void setSimLookup(std::function<std::optional<Sim>(qint64)> lookup);
    void selectJob(qint64 jobId);
    qint64 selectedJobId() const;
    JobDetailsPanel* details() const { return m_details; }

    // The technical columns shown (keys such as "jobs/queueIds"); hidden by default.
    QStringList shownTechnicalColumns() const;
    void setShownTechnicalColumns(const QStringList& keys);
    TechnicalColumns* jobsColumns() const { return m_jobsColumns; }
    TechnicalColumns* simsColumns() const;

signals:
    // The user showed or hid a technical column.
    void technicalColumnsChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void sizeColumns();
    void showSelectedJob();
    void updateEmptyState();

    BulkOperations* m_ops;
    bool m_writeAllowed = false;
    QString m_writeReason;

    QStackedWidget* m_states;
    QLabel* m_emptyText;
    QTableView* m_jobsView;
    JobDetailsPanel* m_details;
    TechnicalColumns* m_jobsColumns;
};

} // namespace simfleet
