#pragma once

#include "api/ApiError.h"

#include <QObject>

namespace simfleet {

class FleetRepository;
class InlineBanner;
class SimsToolbar;

// How the SIMs page's data is doing, said where the user looks: the load's
// progress in the toolbar, what the data is ("As of 14:02", offline,
// server-side), and a failed load as a banner with Retry (a warning while the
// saved fleet is shown offline).
class FleetLoadStatus final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetLoadStatus)

public:
    FleetLoadStatus(FleetRepository* repository, SimsToolbar* toolbar, InlineBanner* banner,
                    QObject* parent = nullptr);

    // A load completed since the session started: an empty fleet is really empty.
    bool hasLoadedOnce() const { return m_loadedOnce; }
    bool hasError() const { return m_lastError.isError(); }
    // The session ended: no error, nothing loaded.
    void reset();
    void retranslate();

signals:
    // `total` < 0 when unknown.
    void loadProgress(qint64 received, qint64 total);
    void loadFinished();
    // Retry in the banner.
    void retryRequested();

private:
    void onLoadStarted();
    void onLoadProgress(qint64 received, qint64 total);
    void onLoadFinished(const ApiError& error);
    void showError();
    void updateDataState();

    FleetRepository* m_repository;
    SimsToolbar* m_toolbar;
    InlineBanner* m_banner;
    ApiError m_lastError;
    bool m_loadedOnce = false;
};

} // namespace simfleet
