#pragma once

#include <QWidget>

class QPushButton;
class QTableView;

namespace simfleet {

class ActiveJobsModel;
class HomeCard;

// The bulk jobs in progress (from the Operations journal): operation, when it
// started, progress. Opening a row shows that job on the Operations page
// (jobRequested()); "Open Operations" shows the page (operationsRequested()).
class ActiveJobsCard final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActiveJobsCard)

public:
    explicit ActiveJobsCard(ActiveJobsModel* jobs, QWidget* parent = nullptr);

    HomeCard* card() const { return m_card; }
    QTableView* table() const { return m_table; }
    QPushButton* openOperationsButton() const { return m_open; }

    void retranslateUi();

signals:
    void jobRequested(qint64 jobId);
    void operationsRequested();

private:
    void showJobs();

    ActiveJobsModel* m_jobs;
    HomeCard* m_card;
    QTableView* m_table;
    QPushButton* m_open;
};

} // namespace simfleet
