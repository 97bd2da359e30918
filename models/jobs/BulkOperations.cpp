#include "models/jobs/BulkOperations.h"

#include "api/ApiClient.h"
#include "api/ApiError.h"
#include "models/jobs/AuditTrail.h"
#include "models/jobs/AuditTrailModel.h"
#include "models/jobs/BulkJobRunner.h"
#include "models/jobs/JobListModel.h"
#include "models/jobs/JobTracker.h"
#include "models/storage/JobStore.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTimer>

#include <utility>

namespace simfleet {

namespace {

Q_LOGGING_CATEGORY(lcBulkOps, "simfleet.models.bulkoperations")

void setError(QString* error, const QString& text) {
    if (error)
        *error = text;
}

// How often a read-only window re-reads the journal another program writes.
constexpr int kReadOnlyReloadMs = 5000;
// How often the list shows the progress of a per-SIM job.
constexpr int kPerSimRefreshMs = 250;

// Whether what the Operations page shows of the job differs.
// Changes whenever the writer commits: SQLite writes the journal or, in WAL
// mode, its -wal file. Empty while a write is younger than the clock's
// resolution can tell apart, so that such a journal is always read again.
QString journalStamp(const QString& path) {
    QString stamp;
    const QDateTime settled = QDateTime::currentDateTimeUtc().addSecs(-2);
    for (const QString& file : {path, path + QStringLiteral("-wal")}) {
        QFileInfo info(file);
        info.setCaching(false);
        const QDateTime modified = info.lastModified().toUTC();
        if (modified > settled)
            return {};
        stamp += QStringLiteral("%1:%2;").arg(info.size()).arg(modified.toMSecsSinceEpoch());
    }
    return stamp;
}

BulkJobRunner::Options runnerOptions(const BulkOperations::Options& options) {
    BulkJobRunner::Options runner;
    runner.chunkSize = options.chunkSize;
    runner.maxConcurrentChunks = options.maxConcurrentChunks;
    runner.requestsPerSecond = options.requestsPerSecond;
    runner.perSimConcurrency = options.perSimConcurrency;
    return runner;
}

bool sameProgress(const BulkJob& a, const BulkJob& b) {
    if (a.chunks.size() != b.chunks.size() || a.sims.size() != b.sims.size())
        return false;
    for (int i = 0; i < a.chunks.size(); ++i) {
        const BulkChunk& x = a.chunks.at(i);
        const BulkChunk& y = b.chunks.at(i);
        if (x.state != y.state || x.queueId != y.queueId || x.processed != y.processed ||
            x.percentage != y.percentage || x.error != y.error)
            return false;
    }
    for (auto x = a.sims.cbegin(), y = b.sims.cbegin(); x != a.sims.cend(); ++x, ++y) {
        if (x.key() != y.key() || x->outcome != y->outcome || x->reason != y->reason ||
            x->queueStatus != y->queueStatus)
            return false;
    }
    return true;
}

} // namespace

BulkOperations::BulkOperations(ApiClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_jobs(new JobListModel(this))
    , m_audit(new AuditTrailModel(this))
    , m_reloadTimer(new QTimer(this))
    , m_refreshTimer(new QTimer(this)) {
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(kPerSimRefreshMs);
    connect(m_refreshTimer, &QTimer::timeout, this, [this] {
        const QSet<qint64> due = std::exchange(m_refreshDue, {});
        for (qint64 jobId : due)
            refreshFromStore(jobId);
    });
    m_reloadTimer->setInterval(kReadOnlyReloadMs);
    connect(m_reloadTimer, &QTimer::timeout, this, &BulkOperations::reloadJobs);
}

BulkOperations::~BulkOperations() {
    closeAccount();
}

void BulkOperations::setOptions(const Options& options) {
    const bool trackingChanged =
        options.firstPollMs != m_options.firstPollMs || options.maxPollMs != m_options.maxPollMs ||
        options.unconfirmedTimeoutMinutes != m_options.unconfirmedTimeoutMinutes;
    m_options = options;
    if (m_runner)
        m_runner->setOptions(runnerOptions(m_options));
    if (m_tracker && trackingChanged)
        createTracker();
}

const BulkOperations::Options& BulkOperations::options() const {
    return m_options;
}

void BulkOperations::setProvider(ProviderKind provider) {
    m_provider = provider;
    if (m_runner)
        m_runner->setProvider(provider);
}

bool BulkOperations::isOpen() const {
    return m_store != nullptr;
}

bool BulkOperations::isReadOnly() const {
    return m_store && m_store->isReadOnly();
}

QString BulkOperations::readOnlyReason() const {
    if (!isReadOnly())
        return {};
    return tr("Another SimFleet window or simfleet-cli --wait (process %1) is using the bulk "
              "jobs of this account, so they are shown read-only here and cannot be sent or "
              "retried. Close the other one, then choose Try again on the Operations page.")
        .arg(m_lockHolderPid);
}

bool BulkOperations::refuseWhenUnavailable(QString* error) const {
    if (!isOpen()) {
        setError(error, tr("Operations are not available: the job journal is not open."));
        return true;
    }
    if (isReadOnly()) {
        setError(error, readOnlyReason());
        return true;
    }
    return false;
}

bool BulkOperations::openAccount(const QString& journalPath, const QString& auditPath,
                                 const QString& author, QString* error) {
    closeAccount();
    setError(error, {});
    auto store = std::make_unique<JobStore>(journalPath);
    QString lockProblem;
    if (!store->open(&lockProblem)) {
        if (!store->isLockedElsewhere()) {
            setError(error, lockProblem);
            return false;
        }
        // Another program sends and follows these jobs: only show them.
        qCInfo(lcBulkOps) << "opening the jobs read-only:" << lockProblem;
        if (!store->openForReading(error))
            return false;
    }
    auto audit = std::make_unique<AuditTrail>(auditPath);
    if (!audit->open(error))
        return false;
    m_author = author;
    m_lockHolderPid = store->lockHolderPid();
    m_store = std::move(store);
    m_auditTrail = std::move(audit);
    if (m_store->isReadOnly()) {
        QString problem;
        m_journalStamp = journalStamp(m_store->filePath());
        m_jobs->setJobs(readJournal(&problem));
        reportProblem(problem);
        m_audit->setEntries(m_auditTrail->entries(&problem));
        reportProblem(problem);
        m_reloadTimer->start();
        updateActiveCount();
        return true;
    }

    m_runner = std::make_unique<BulkJobRunner>(m_client, m_store.get());
    m_runner->setOptions(runnerOptions(m_options));
    m_runner->setProvider(m_provider);
    connect(m_runner.get(), &BulkJobRunner::simsSettled, this, &BulkOperations::refreshSoon);
    connect(m_runner.get(), &BulkJobRunner::chunkAccepted, this, &BulkOperations::onChunkAccepted);
    connect(m_runner.get(), &BulkJobRunner::chunkFailed, this,
            [this](qint64 jobId) { refreshFromStore(jobId); });
    // SIMs of unknown outcome are checked by the tracker where the fleet shows them.
    connect(m_runner.get(), &BulkJobRunner::chunkUnknown, this, [this](qint64 jobId) {
        const std::optional<BulkJob> unknown = job(jobId);
        if (m_tracker && unknown && hasVisibleState(unknown->op))
            m_tracker->track(jobId);
        else
            refreshFromStore(jobId);
    });
    // The tracker decides when a job whose chunks all failed is finished.
    connect(m_runner.get(), &BulkJobRunner::sendingFinished, this, [this](qint64 jobId) {
        if (m_tracker)
            m_tracker->track(jobId);
    });
    connect(m_runner.get(), &BulkJobRunner::journalError, this, &BulkOperations::reportProblem);

    QString problem;
    m_runner->recoverInterrupted(&problem);
    if (!problem.isEmpty())
        reportProblem(problem);

    QVector<BulkJob> jobs;
    const QVector<qint64> ids = m_store->jobIds(&problem);
    if (!problem.isEmpty())
        reportProblem(problem);
    for (qint64 id : ids) {
        if (std::optional<BulkJob> job = m_store->load(id, &problem))
            jobs.append(*job);
        else
            reportProblem(problem);
    }
    m_jobs->setJobs(jobs);
    m_audit->setEntries(m_auditTrail->entries(&problem));
    if (!problem.isEmpty())
        reportProblem(problem);
    createTracker();

    if (!m_store->setAsidePath().isEmpty())
        reportProblem(tr("The job journal was damaged and has been set aside as %1; a new one "
                         "was started. Jobs sent before are no longer listed — check them on the "
                         "SIMs page.")
                          .arg(QDir::toNativeSeparators(m_store->setAsidePath())));
    if (!m_auditTrail->setAsidePath().isEmpty())
        reportProblem(tr("The audit trail was damaged and has been set aside as %1; a new one "
                         "was started.")
                          .arg(QDir::toNativeSeparators(m_auditTrail->setAsidePath())));
    updateActiveCount();
    return true;
}

void BulkOperations::createTracker() {
    m_tracker.reset();
    m_lastPollProblem.clear();
    JobTracker::Options options;
    options.firstPollMs = qMax(1, m_options.firstPollMs);
    options.maxPollMs = qMax(options.firstPollMs, m_options.maxPollMs);
    options.timeoutMs = qMax(1, m_options.unconfirmedTimeoutMinutes) * 60 * 1000;
    // Unfinished jobs resume on construction, before these connections: their
    // current state is read back below.
    m_tracker = std::make_unique<JobTracker>(m_client, m_store.get(), options);
    connect(m_tracker.get(), &JobTracker::jobChanged, this, &BulkOperations::refreshFromTracker);
    connect(m_tracker.get(), &JobTracker::jobFinished, this, &BulkOperations::onJobFinished);
    connect(m_tracker.get(), &JobTracker::pollFailed, this, &BulkOperations::onPollFailed);
    connect(m_tracker.get(), &JobTracker::journalError, this, &BulkOperations::reportProblem);
    const QList<qint64> tracked = m_tracker->trackedJobIds();
    for (qint64 jobId : tracked)
        refreshFromTracker(jobId);
}

void BulkOperations::closeAccount() {
    m_reloadTimer->stop();
    m_refreshTimer->stop();
    m_refreshDue.clear();
    m_lastReloadProblem.clear();
    m_lockHolderPid = 0;
    m_tracker.reset();
    m_runner.reset();
    m_store.reset();
    m_auditTrail.reset();
    m_auditEntryOfJob.clear();
    m_jobs->clear();
    m_audit->clear();
    m_author.clear();
    updateActiveCount();
}

void BulkOperations::applyCallback(const QueueCallback& callback) {
    if (m_tracker)
        m_tracker->applyCallback(callback);
}

std::optional<BulkJob> BulkOperations::job(qint64 jobId) const {
    if (std::optional<BulkJob> known = m_jobs->job(jobId))
        return known;
    if (m_store)
        return m_store->load(jobId);
    return std::nullopt;
}

bool BulkOperations::isSending(qint64 jobId) const {
    return m_runner && m_runner->isSending(jobId);
}

int BulkOperations::jobsBeingSent() const {
    int sending = 0;
    for (int row = 0; row < m_jobs->rowCount(); ++row) {
        if (isSending(m_jobs->jobIdAt(row)))
            ++sending;
    }
    return sending;
}

int BulkOperations::activeJobCount() const {
    return m_activeCount;
}

JobListModel* BulkOperations::jobs() const {
    return m_jobs;
}

AuditTrailModel* BulkOperations::audit() const {
    return m_audit;
}

void BulkOperations::reloadJobs() {
    if (!isReadOnly())
        return;
    // Nothing written since the last look: no need to read every job again.
    const QString stamp = journalStamp(m_store->filePath());
    if (!stamp.isEmpty() && stamp == m_journalStamp && m_lastReloadProblem.isEmpty())
        return;
    m_journalStamp = stamp;
    QString problem;
    for (const BulkJob& job : readJournal(&problem)) {
        const std::optional<BulkJob> shown = m_jobs->job(job.id);
        if (shown && sameProgress(*shown, job))
            continue;
        m_jobs->updateJob(job);
        emit jobChanged(job.id);
    }
    // The writer may be mid-way; say a failure once, not every few seconds.
    if (problem != m_lastReloadProblem) {
        m_lastReloadProblem = problem;
        reportProblem(problem);
    }
    updateActiveCount();
}

QVector<BulkJob> BulkOperations::readJournal(QString* problem) const {
    QVector<BulkJob> jobs;
    const QVector<qint64> ids = m_store->jobIds(problem);
    for (qint64 id : ids) {
        if (!problem->isEmpty())
            break;
        std::optional<BulkJob> job = m_store->load(id, problem);
        if (!job)
            break;
        jobs.append(std::move(*job));
    }
    return jobs;
}

void BulkOperations::refreshFromStore(qint64 jobId) {
    if (!m_store)
        return;
    QString problem;
    const std::optional<BulkJob> job = m_store->load(jobId, &problem);
    if (!job) {
        reportProblem(problem);
        return;
    }
    m_jobs->updateJob(*job);
    emit jobChanged(jobId);
    updateActiveCount();
}

void BulkOperations::refreshFromTracker(qint64 jobId) {
    // The tracker holds the job; copying it shares its containers.
    const std::optional<BulkJob> job = m_tracker ? m_tracker->job(jobId) : std::nullopt;
    if (!job)
        return;
    if (!m_lastPollProblem.isEmpty())
        m_lastPollProblem.clear();
    m_jobs->updateJob(*job);
    emit jobChanged(jobId);
    updateActiveCount();
}

void BulkOperations::onJobFinished(qint64 jobId) {
    // The tracker no longer holds it: the journal has the final state.
    refreshFromStore(jobId);
    emit jobFinished(jobId);
}

void BulkOperations::onPollFailed(const ApiError& error) {
    const QString message =
        tr("Checking the progress of bulk jobs failed: %1 SimFleet keeps trying; jobs stay "
           "listed on the Operations page.")
            .arg(error.userMessage());
    if (message == m_lastPollProblem)
        return;
    m_lastPollProblem = message;
    reportProblem(message);
}

void BulkOperations::refreshSoon(qint64 jobId) {
    m_refreshDue.insert(jobId);
    if (!m_refreshTimer->isActive())
        m_refreshTimer->start();
}

void BulkOperations::updateActiveCount() {
    const int count = m_jobs->unfinishedCount();
    if (count == m_activeCount)
        return;
    m_activeCount = count;
    emit activeJobCountChanged(count);
}

void BulkOperations::reportProblem(const QString& message) {
    if (message.isEmpty())
        return;
    qCWarning(lcBulkOps) << message;
    emit problem(message);
}

} // namespace simfleet
