#pragma once

#include <QVector>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QToolButton;

namespace simfleet {

class BulkOperations;
class JobSimsModel;
class TechnicalColumns;
struct Sim;

// The job selected on the Jobs tab: what became of each of its SIMs, with an
// outcome filter, and what can be done about them (retry the failed ones,
// send again those of unknown outcome, select them on the SIMs page, export).
class JobDetailsPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobDetailsPanel)

public:
    explicit JobDetailsPanel(BulkOperations* ops, QWidget* parent = nullptr);
    ~JobDetailsPanel() override;

    // Shows the job (0: none); follows its changes until another is shown.
    void showJob(qint64 jobId);
    qint64 jobId() const;
    void setWriteAllowed(bool allowed, const QString& reason);
    // ICCID and name of a SIM in the loaded fleet; nullptr when unknown.
    void setSimLookup(std::function<std::optional<Sim>(qint64)> lookup);
    TechnicalColumns* simsColumns() const { return m_simsColumns; }

    // What the Export button writes after asking for a file name.
    bool exportJobCsv(const QString& path, QString* error = nullptr);

signals:
    void selectSimsRequested(const QVector<qint64>& ids);
    void technicalColumnsChanged();
    // An action failed, or one succeeded (a failure shown before is over).
    void problemOccurred(const QString& title, const QString& text);
    void problemCleared();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void sizeColumns();
    void fillOutcomeFilter();
    void fillSelectMenu();
    void onJobChanged(qint64 jobId);
    void updateJobActions();
    void updateRetry(qint64 jobId, int failed);
    void updateSelectMenu();
    void retrySelected();
    void resendUnknownSelected(); // after asking
    void askExportJob();

    BulkOperations* m_ops;
    JobSimsModel* m_simsModel;
    bool m_writeAllowed = false;
    QString m_writeReason;

    QLabel* m_jobTitle;
    QLabel* m_counts;
    QLabel* m_outcomeLabel;
    QComboBox* m_outcomeFilter;
    QPushButton* m_retry;
    QPushButton* m_resendUnknown;
    QToolButton* m_selectSims;
    QPushButton* m_exportJob;
    QTableView* m_simsView;
    TechnicalColumns* m_simsColumns;
};

} // namespace simfleet
