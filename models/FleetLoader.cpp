#include "FleetLoader.h"

#include "ApiClient.h"
#include "FleetModel.h"
#include "PagedFetch.h"
#include "Sim.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcFleetLoader, "simfleet.models.fleetloader")

FleetLoader::FleetLoader(ApiClient* client, FleetModel* model, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_model(model) {}

FleetLoader::~FleetLoader() {
    dropFetch();
}

void FleetLoader::start(const SimListQuery& query) {
    dropFetch();
    m_seen.clear();
    m_problems = {};
    m_received = 0;
    m_total = -1;
    if (!m_client) {
        emit finished(ApiError::cancelled());
        return;
    }
    m_fetch = new PagedFetch(m_client, QStringLiteral("sim/list"), query.toJson(), m_pageSize,
                             PagedFetch::Mode::AllCount, this);
    connect(m_fetch, &PagedFetch::pageArrived, this, &FleetLoader::onPage);
    connect(m_fetch, &PagedFetch::progress, this, [this](qint64 received, qint64 total) {
        m_received = received;
        m_total = total;
        emit progress(received, total);
    });
    connect(m_fetch, &PagedFetch::finished, this, &FleetLoader::onFetchFinished);
    emit started();
    m_fetch->start();
}

void FleetLoader::cancel() {
    if (m_fetch)
        m_fetch->cancel(); // answers through onFetchFinished with Kind::Cancelled
}

void FleetLoader::onPage(int index, const QJsonObject& envelope) {
    ParseProblems problems;
    QVector<Sim> sims =
        parseSims(PagedFetch::itemsOf(envelope, PagedFetch::Mode::AllCount), &problems);
    if (!problems.isEmpty()) {
        qCWarning(lcFleetLoader) << "sim/list page" << index << "dropped" << problems.total()
                                 << "rows:" << problems.messages.value(0);
        m_problems.merge(problems);
    }
    for (const Sim& sim : std::as_const(sims))
        m_seen.insert(sim.id);
    m_model->upsert(std::move(sims));
}

void FleetLoader::onFetchFinished(const ApiError& error) {
    m_fetch->deleteLater();
    m_fetch = nullptr;
    if (!error.isError())
        m_model->removeAllExcept(m_seen);
    else if (error.kind != ApiError::Kind::Cancelled)
        qCWarning(lcFleetLoader) << "loading the fleet failed:" << ApiError::kindName(error.kind)
                                 << error.detail;
    emit finished(error);
}

void FleetLoader::dropFetch() {
    if (!m_fetch)
        return;
    m_fetch->disconnect(this);
    m_fetch->cancel();
    m_fetch->deleteLater();
    m_fetch = nullptr;
}
