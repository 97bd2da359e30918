#include "views/operations/JobsPanel.h"

#include "models/jobs/BulkOperations.h"
#include "models/jobs/JobListModel.h"
#include "views/common/ListTables.h"
#include "views/common/PlainLabels.h"
#include "views/common/ProgressBarDelegate.h"
#include "views/operations/JobDetailsPanel.h"
#include "views/sims/TechnicalColumns.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace simfleet {

JobsPanel::JobsPanel(BulkOperations* ops, QWidget* parent)
    : QWidget(parent)
    , m_ops(ops)
    , m_states(new QStackedWidget(this)) {
    setObjectName(QStringLiteral("jobsPanel"));
    auto* empty = new QWidget(m_states);
    m_emptyText = new QLabel(empty);
    m_emptyText->setObjectName(QStringLiteral("emptyText"));
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setWordWrap(true);
    auto* emptyLayout = new QVBoxLayout(empty);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(m_emptyText);
    emptyLayout->addStretch(2);

    auto* splitter = new QSplitter(Qt::Vertical, m_states);
    m_jobsView = ListTables::make(splitter, QStringLiteral("jobsTable"));
    m_jobsView->setModel(m_ops->jobs());
    m_jobsView->setItemDelegateForColumn(
        JobListModel::Progress, new ProgressBarDelegate(JobListModel::ProgressRole, m_jobsView));
    m_jobsColumns = new TechnicalColumns(
        m_jobsView, {{JobListModel::QueueIds, QStringLiteral("jobs/queueIds")}});
    m_details = new JobDetailsPanel(m_ops, splitter);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);

    m_states->addWidget(empty);
    m_states->addWidget(splitter);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(m_states);

    connect(m_jobsColumns, &TechnicalColumns::changed, this, &JobsPanel::technicalColumnsChanged);
    connect(m_details, &JobDetailsPanel::technicalColumnsChanged, this,
            &JobsPanel::technicalColumnsChanged);
    JobListModel* jobs = m_ops->jobs();
    connect(jobs, &QAbstractItemModel::modelReset, this, [this] {
        m_details->showJob(0);
        updateEmptyState();
    });
    connect(jobs, &QAbstractItemModel::rowsInserted, this, &JobsPanel::updateEmptyState);
    connect(m_jobsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &JobsPanel::showSelectedJob);
    // The job just started is the one the user wants to follow.
    connect(m_ops, &BulkOperations::jobStarted, this, &JobsPanel::selectJob);

    updateEmptyState();
    sizeColumns();
    PlainLabels::apply(this);
}

JobsPanel::~JobsPanel() = default;

void JobsPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        updateEmptyState();
        sizeColumns();
        // The model translates when asked: repaint the view and its header.
        m_jobsView->viewport()->update();
        m_jobsView->horizontalHeader()->viewport()->update();
    }
    QWidget::changeEvent(event);
}

void JobsPanel::sizeColumns() {
    const QString when = ListTables::sampleDateTime();
    ListTables::fitColumn(m_jobsView, JobListModel::Operation, 180);
    ListTables::fitColumn(m_jobsView, JobListModel::Sims, 60, QStringLiteral("10 000"));
    // Longer results elide; the tooltip has them whole.
    ListTables::fitColumn(
        m_jobsView, JobListModel::Counts, 120,
        BulkJobText::countsText({{SimOutcome::Sent, 60}, {SimOutcome::Skipped, 3}}));
    ListTables::fitColumn(m_jobsView, JobListModel::Started, 120, when);
    ListTables::fitColumn(m_jobsView, JobListModel::Finished, 120, when);
    ListTables::fitColumn(m_jobsView, JobListModel::Duration, 80, BulkJobText::durationText(3599));
    ListTables::fitColumn(m_jobsView, JobListModel::Progress, 120);
    ListTables::fitColumn(m_jobsView, JobListModel::State, 150);
    ListTables::fitColumn(m_jobsView, JobListModel::Author, 120);
}

void JobsPanel::setWriteAllowed(bool allowed, const QString& reason) {
    m_writeAllowed = allowed;
    m_writeReason = reason;
    updateEmptyState();
    m_details->setWriteAllowed(allowed, reason);
}

void JobsPanel::setSimLookup(std::function<std::optional<Sim>(qint64)> lookup) {
    m_details->setSimLookup(std::move(lookup));
}

QStringList JobsPanel::shownTechnicalColumns() const {
    return m_jobsColumns->shownKeys() + m_details->simsColumns()->shownKeys();
}

void JobsPanel::setShownTechnicalColumns(const QStringList& keys) {
    m_jobsColumns->setShownKeys(keys);
    m_details->simsColumns()->setShownKeys(keys);
}

TechnicalColumns* JobsPanel::simsColumns() const {
    return m_details->simsColumns();
}

qint64 JobsPanel::selectedJobId() const {
    const QModelIndex current = m_jobsView->selectionModel()->currentIndex();
    return current.isValid() ? m_ops->jobs()->jobIdAt(current.row()) : 0;
}

void JobsPanel::selectJob(qint64 jobId) {
    const int row = m_ops->jobs()->rowOfJob(jobId);
    if (row < 0)
        return;
    const QModelIndex index = m_ops->jobs()->index(row, 0);
    m_jobsView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                             QItemSelectionModel::Rows);
    m_jobsView->scrollTo(index);
}

void JobsPanel::showSelectedJob() {
    m_details->showJob(selectedJobId());
}

void JobsPanel::updateEmptyState() {
    m_states->setCurrentIndex(m_ops->jobs()->hasJobs() ? 1 : 0);
    // Only someone who may start operations is told how to.
    if (m_writeAllowed) {
        m_emptyText->setText(
            tr("No operations yet. Select SIMs on the SIMs page and choose an operation."));
        return;
    }
    QString text = tr("No operations yet. Operations that administrators of this account start "
                      "in SimFleet on this computer appear here.");
    if (!m_writeReason.isEmpty())
        text += QLatin1Char('\n') + m_writeReason;
    m_emptyText->setText(text);
}

} // namespace simfleet
