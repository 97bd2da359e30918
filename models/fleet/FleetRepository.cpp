#include "models/fleet/FleetRepository.h"

#include "api/ApiClient.h"
#include "models/fleet/FleetLoader.h"
#include "models/fleet/FleetModel.h"
#include "models/fleet/ServerFleetModel.h"
#include "models/fleet/StoredPages.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QThreadPool>
#include <QTimer>
#include <QtConcurrent>

#include <iterator>
#include <map>
#include <mutex>
#include <utility>

namespace simfleet {

Q_LOGGING_CATEGORY(lcFleetRepository, "simfleet.models.fleetrepository")

FleetRepository::FleetRepository(ApiClient* client, FleetModel* model, QString snapshotDirectory,
                                 QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_model(model)
    , m_store(std::move(snapshotDirectory))
    , m_loader(new FleetLoader(client, model, this))
    , m_autoRefresh(new QTimer(this))
    , m_snapshotThread(new QThreadPool(this))
    , m_pageSize(m_loader->pageSize())
    , m_concurrency(m_loader->concurrency()) {
    m_snapshotThread->setMaxThreadCount(1);
    connect(m_loader, &FleetLoader::progress, this, &FleetRepository::progress);
    connect(m_loader, &FleetLoader::totalKnown, this, &FleetRepository::onTotalKnown);
    connect(m_loader, &FleetLoader::finished, this, &FleetRepository::onLoadFinished);
    connect(m_autoRefresh, &QTimer::timeout, this, [this] {
        // A server-side table is re-queried by the user; a reset would lose their place.
        if (m_mode == Mode::Local)
            refresh();
    });
}

FleetRepository::~FleetRepository() {
    // A snapshot being written is finished (it is atomic either way); its
    // answer, posted to this object, dies with it.
    m_snapshotThread->waitForDone();
}

void FleetRepository::open(const QString& accountKey) {
    if (accountKey != m_accountKey)
        close();
    else
        cancel();
    m_accountKey = accountKey;
    m_opened = true;
    const quint64 generation = ++m_generation;
    updateTimer();
    if (!hasSnapshots()) {
        startLoad();
        return;
    }
    m_readingSnapshot = true;
    ++m_snapshotJobs;
    setLoading(true);
    QtConcurrent::run(m_snapshotThread, [store = m_store, accountKey]() mutable {
        SnapshotRead read;
        QElapsedTimer clock;
        clock.start();
        // Each page is encoded on the worker that decoded it; the GUI thread
        // then only copies records in.
        std::mutex mutex; // not QMutex: ThreadSanitizer sees pthread locks only
        std::map<qsizetype, SimStore> pages;
        read.snapshot = store.load(accountKey, &read.error,
                                   [&mutex, &pages](qsizetype index, QVector<Sim>&& sims) {
                                       SimStore page = SimStore::of(std::exchange(sims, {}));
                                       const std::lock_guard<std::mutex> locker(mutex);
                                       pages.emplace(index, std::move(page));
                                   });
        if (read.snapshot) {
            std::vector<const SimStore*> inOrder;
            for (const auto& page : pages)
                inOrder.push_back(&page.second);
            read.rows = joinStoredPages(inOrder);
        }
        read.readMs = clock.elapsed();
        return read;
    }).then(this, [this, generation](SnapshotRead read) {
        --m_snapshotJobs;
        if (generation == m_generation)
            onSnapshotRead(std::move(read));
    });
}

bool FleetRepository::hasSnapshots() const {
    return !m_store.directory().isEmpty() && !m_accountKey.isEmpty();
}

void FleetRepository::onSnapshotRead(SnapshotRead read) {
    m_readingSnapshot = false;
    qCDebug(lcFleetRepository) << "snapshot read in" << read.readMs << "ms";
    if (!read.error.isEmpty()) {
        qCWarning(lcFleetRepository) << "snapshot set aside:" << read.error;
        emit snapshotProblem(read.error);
    }
    // Only an empty table takes the snapshot: never older data over newer.
    if (read.snapshot && m_mode == Mode::Local && m_model->rowCount() == 0 &&
        !read.rows.isEmpty()) {
        m_dataAsOf = read.snapshot->asOf;
        m_showingSnapshot = true;
        // In id order with each id once (joinStoredPages), the rows are
        // moved into the table in one insert: nothing is copied, and the
        // proxy's per-row work is small (the search text follows later).
        if (m_model->canTake(read.rows))
            m_model->take(std::move(read.rows));
        else
            m_model->upsert(read.rows);
        qCDebug(lcFleetRepository) << "snapshot shown:" << m_model->rowCount() << "SIMs";
        emit snapshotShown(m_dataAsOf);
    }
    startLoad();
}

void FleetRepository::refresh() {
    if (m_mode == Mode::ServerSide) {
        if (m_serverModel)
            m_serverModel->reload();
        return;
    }
    if (m_readingSnapshot || m_loader->isRunning())
        return; // the load under way (or the one after the snapshot) is the refresh
    startLoad();
}

void FleetRepository::setProvider(ProviderKind provider) {
    m_loader->setProvider(provider);
}

void FleetRepository::startLoad() {
    setLoading(true);
    m_loader->setPageSize(m_pageSize);
    m_loader->setConcurrency(m_concurrency);
    m_loader->start();
}

void FleetRepository::cancel() {
    if (m_loader->isRunning())
        m_loader->cancel(); // answers through onLoadFinished
}

ApiCall* FleetRepository::renameSim(const Sim& sim, const QString& newName, QObject* context,
                                    std::function<void(const Result<SimRename>&)> done) {
    if (!m_client)
        return nullptr;
    const qint64 id = sim.id;
    const QString oldName = sim.name;
    const QString name = newName.trimmed();
    return SimService(m_client).rename(
        id, name, context,
        [this, id, oldName, name, done = std::move(done)](const Result<SimRename>& result) {
            done(result);
            if (result.ok())
                emit simRenamed(id, oldName, result.value.name.isNull() ? name : result.value.name,
                                QString());
            else
                emit simRenamed(id, oldName, name, result.error.userMessage());
        });
}

void FleetRepository::close() {
    ++m_generation;
    m_accountKey.clear();
    m_opened = false;
    m_closing = true; // the cancelled load's answer is not news
    m_readingSnapshot = false;
    if (m_loader->isRunning())
        m_loader->cancel();
    m_autoRefresh->stop();
    if (m_mode == Mode::ServerSide) {
        m_mode = Mode::Local;
        emit modeChanged(m_mode);
        dropServerModel();
    }
    m_model->clear();
    m_showingSnapshot = false;
    m_dataAsOf = {};
    setOffline(false);
    setLoading(false);
    m_closing = false;
}

void FleetRepository::setAutoRefreshMinutes(int minutes) {
    m_autoRefreshMinutes = qMax(0, minutes);
    updateTimer();
}

void FleetRepository::updateTimer() {
    if (m_autoRefreshMinutes > 0 && m_opened)
        m_autoRefresh->start(m_autoRefreshMinutes * 60 * 1000);
    else
        m_autoRefresh->stop();
}

void FleetRepository::setServerSideThreshold(int sims) {
    m_serverSideThreshold = qMax(1, sims);
}

void FleetRepository::setPageSize(int size) {
    m_pageSize = qMax(1, size);
}

void FleetRepository::setConcurrency(int pages) {
    m_concurrency = qMax(1, pages);
}

void FleetRepository::onTotalKnown(qint64 total) {
    if (total > m_serverSideThreshold)
        switchToServerSide();
}

void FleetRepository::switchToServerSide() {
    qCInfo(lcFleetRepository) << "fleet above" << m_serverSideThreshold
                              << "SIMs: switching to server-side paging";
    m_mode = Mode::ServerSide;
    m_loader->cancel(); // onLoadFinished sees the mode and stays quiet
    m_model->clear();
    m_showingSnapshot = false;
    m_dataAsOf = QDateTime::currentDateTimeUtc();
    setOffline(false);
    dropServerModel();
    m_serverModel = new ServerFleetModel(m_client, this);
    emit modeChanged(m_mode);
    m_serverModel->reload();
    emit loadFinished(ApiError{});
}

void FleetRepository::dropServerModel() {
    if (m_serverModel) {
        m_serverModel->deleteLater(); // views may still hold it until they see modeChanged
        m_serverModel = nullptr;
    }
}

void FleetRepository::onLoadFinished(const ApiError& error) {
    setLoading(false);
    if (m_closing || m_mode == Mode::ServerSide)
        return; // closed, or switched to server-side: nothing was loaded for this table
    if (!error.isError()) {
        m_showingSnapshot = false;
        m_dataAsOf = QDateTime::currentDateTimeUtc();
        setOffline(false);
        if (hasSnapshots())
            saveSnapshot();
    } else if ((error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout) &&
               m_model->rowCount() > 0) {
        setOffline(true);
    }
    emit loadFinished(error);
}

void FleetRepository::saveSnapshot() {
    ++m_snapshotJobs;
    const quint64 generation = m_generation;
    // The copy shares the fleet's rows until the model next changes them.
    QtConcurrent::run(m_snapshotThread, [store = m_store, key = m_accountKey,
                                         sims = m_model->store(), asOf = m_dataAsOf]() mutable {
        FleetSnapshotStore::SimRows rows;
        rows.count = sims.size();
        rows.idAt = [&sims](qsizetype row) { return sims.id(row); };
        rows.read = [&sims](qsizetype begin, qsizetype end) {
            QVector<Sim> page;
            page.reserve(end - begin);
            for (qsizetype row = begin; row < end; ++row)
                page.append(sims.sim(row));
            return page;
        };
        QString error;
        store.save(key, rows, asOf, &error);
        return error;
    }).then(this, [this, generation, asOf = m_dataAsOf](const QString& error) {
        --m_snapshotJobs;
        if (!error.isEmpty())
            qCWarning(lcFleetRepository) << "snapshot not saved:" << error;
        else if (generation == m_generation)
            emit snapshotSaved(asOf);
    });
}

void FleetRepository::setLoading(bool loading) {
    if (loading == m_loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

void FleetRepository::setOffline(bool offline) {
    if (offline == m_offline)
        return;
    m_offline = offline;
    emit offlineChanged(offline);
}

} // namespace simfleet
