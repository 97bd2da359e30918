#include "views/home/ActiveJobsCard.h"

#include "models/home/ActiveJobsModel.h"
#include "models/jobs/JobListModel.h"
#include "resources/ResourceIcons.h"
#include "views/common/ListTables.h"
#include "views/common/ProgressBarDelegate.h"
#include "views/home/HomeCard.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace simfleet {

ActiveJobsCard::ActiveJobsCard(ActiveJobsModel* jobs, QWidget* parent)
    : QWidget(parent)
    , m_jobs(jobs)
    , m_card(new HomeCard(QStringLiteral("jobsCard"), this)) {
    m_table = ListTables::make(m_card, QStringLiteral("activeJobsTable"));
    m_table->setModel(m_jobs);
    m_table->setItemDelegateForColumn(ActiveJobsModel::Progress,
                                      new ProgressBarDelegate(JobListModel::ProgressRole, m_table));
    m_table->setSortingEnabled(false);
    m_card->setContent(m_table);

    m_open = new QPushButton(this);
    m_open->setObjectName(QStringLiteral("openOperations"));
    m_open->setIcon(ResourceIcons::icon(QStringLiteral("operations")));
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_open);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_card, 1);
    layout->addLayout(buttons);

    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (index.isValid())
            emit jobRequested(m_jobs->jobIdAt(index.row()));
    });
    connect(m_open, &QPushButton::clicked, this, &ActiveJobsCard::operationsRequested);
    connect(m_jobs, &QAbstractItemModel::rowsInserted, this, &ActiveJobsCard::showJobs);
    connect(m_jobs, &QAbstractItemModel::rowsRemoved, this, &ActiveJobsCard::showJobs);
    connect(m_jobs, &QAbstractItemModel::modelReset, this, &ActiveJobsCard::showJobs);
    connect(m_jobs, &QAbstractItemModel::layoutChanged, this, &ActiveJobsCard::showJobs);
    retranslateUi();
}

void ActiveJobsCard::showJobs() {
    if (m_jobs->rowCount() > 0)
        m_card->showContent();
    else
        m_card->showMessage(tr("No bulk jobs are being worked on."));
}

void ActiveJobsCard::retranslateUi() {
    m_card->setTitle(tr("Jobs in progress"));
    m_open->setText(tr("Open Operations"));
    m_table->setToolTip(tr("Double-click a job to see it on the Operations page"));
    ListTables::fitColumn(m_table, ActiveJobsModel::Operation, 160);
    ListTables::fitColumn(m_table, ActiveJobsModel::Started, 120, ListTables::sampleDateTime());
    showJobs();
}

} // namespace simfleet
