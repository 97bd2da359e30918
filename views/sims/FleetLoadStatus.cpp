#include "views/sims/FleetLoadStatus.h"

#include "models/fleet/FleetLoader.h"
#include "models/fleet/FleetRepository.h"
#include "views/common/InlineBanner.h"
#include "views/sims/SimsToolbar.h"

#include <QLocale>

namespace simfleet {

FleetLoadStatus::FleetLoadStatus(FleetRepository* repository, SimsToolbar* toolbar,
                                 InlineBanner* banner, QObject* parent)
    : QObject(parent)
    , m_repository(repository)
    , m_toolbar(toolbar)
    , m_banner(banner) {
    m_banner->setClosable(false);
    connect(m_banner, &InlineBanner::actionTriggered, this, &FleetLoadStatus::retryRequested);
    FleetLoader* loader = m_repository->loader();
    connect(loader, &FleetLoader::started, this, &FleetLoadStatus::onLoadStarted);
    connect(loader, &FleetLoader::progress, this, &FleetLoadStatus::onLoadProgress);
    connect(loader, &FleetLoader::finished, this, &FleetLoadStatus::onLoadFinished);
    connect(m_repository, &FleetRepository::snapshotShown, this, &FleetLoadStatus::updateDataState);
    connect(m_repository, &FleetRepository::offlineChanged, this,
            &FleetLoadStatus::updateDataState);
    connect(m_repository, &FleetRepository::loadFinished, this, &FleetLoadStatus::updateDataState);
    connect(m_repository, &FleetRepository::modeChanged, this, &FleetLoadStatus::updateDataState);
}

void FleetLoadStatus::reset() {
    m_lastError = {};
    m_loadedOnce = false;
    m_banner->hide();
}

void FleetLoadStatus::onLoadStarted() {
    m_lastError = {};
    m_banner->hide();
    onLoadProgress(0, -1);
}

void FleetLoadStatus::onLoadProgress(qint64 received, qint64 total) {
    m_toolbar->showLoadProgress(received, total);
    emit loadProgress(received, total);
}

void FleetLoadStatus::onLoadFinished(const ApiError& error) {
    m_toolbar->hideLoadProgress();
    if (error.isError() && error.kind != ApiError::Kind::Cancelled) {
        m_lastError = error;
        showError();
    } else {
        m_loadedOnce = m_loadedOnce || !error.isError();
    }
    emit loadFinished();
}

void FleetLoadStatus::showError() {
    if (m_repository->isOffline()) {
        m_banner->showMessage(InlineBanner::Kind::Warning, tr("Offline"),
                              tr("SimFleet shows the saved fleet of %1; it cannot change SIMs "
                                 "until the connection is back. %2")
                                  .arg(QLocale().toString(m_repository->dataAsOf().toLocalTime(),
                                                          QLocale::ShortFormat),
                                       m_lastError.userMessage()),
                              tr("Retry"));
        return;
    }
    m_banner->showMessage(InlineBanner::Kind::Error, m_lastError.title(), m_lastError.userMessage(),
                          tr("Retry"));
}

void FleetLoadStatus::updateDataState() {
    const QString asOf =
        QLocale().toString(m_repository->dataAsOf().toLocalTime(), QLocale::ShortFormat);
    QString text;
    if (m_repository->mode() == FleetRepository::Mode::ServerSide)
        text = tr("Large fleet: NovaConnect filters, sorts and pages the list");
    else if (m_repository->isOffline())
        text = tr("Offline — snapshot of %1").arg(asOf);
    else if (m_repository->isShowingSnapshot())
        text = tr("As of %1", "time the shown data was loaded").arg(asOf);
    m_toolbar->setDataState(text);
}

void FleetLoadStatus::retranslate() {
    updateDataState();
    if (m_lastError.isError())
        showError();
}

} // namespace simfleet
