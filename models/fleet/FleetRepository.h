#pragma once

#include "api/ApiCall.h"
#include "api/ApiError.h"
#include "api/SimService.h"
#include "models/common/Preferences.h"
#include "models/fleet/SimStore.h"
#include "models/storage/FleetSnapshotStore.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

class QThreadPool;
class QTimer;

namespace simfleet {

class ApiClient;
class FleetLoader;
class FleetModel;
class ServerFleetModel;

// Where the fleet table's data comes from: the account's local snapshot at
// once, then the server (FleetLoader) in the background, saved back as the new
// snapshot after each complete load. A failed refresh over shown data is the
// offline state. Fleets above the server-side threshold are not loaded at
// all: the table switches to ServerFleetModel (the API filters, sorts, pages).
class FleetRepository final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetRepository)

public:
    enum class Mode { Local, ServerSide };
    Q_ENUM(Mode)

    FleetRepository(ApiClient* client, FleetModel* model, QString snapshotDirectory,
                    QObject* parent = nullptr);
    ~FleetRepository() override;

    // Where snapshots are kept; empty = no snapshots. Applies from the next open().
    void setSnapshotDirectory(const QString& directory) { m_store = FleetSnapshotStore(directory); }
    // Shows the account's snapshot at once (if any), then refreshes in the
    // background. An empty key loads without a snapshot.
    void open(const QString& accountKey);
    // Re-reads the fleet; updates in place (upsert + removeAllExcept). Ignored
    // while a load runs. In server-side mode re-queries the server model.
    void refresh();
    void cancel();
    // Sign-out: stops everything and clears the model.
    void close();

    // Renames one SIM (sim/edit) in `context`: `done` gets NovaConnect's
    // answer (the caller shows the new name), then simRenamed() reports the
    // rename for the audit trail. Null without a client.
    ApiCall* renameSim(const Sim& sim, const QString& newName, QObject* context,
                       std::function<void(const Result<SimRename>&)> done);

    void setAutoRefreshMinutes(int minutes); // 0 = off
    int autoRefreshMinutes() const { return m_autoRefreshMinutes; }
    void setServerSideThreshold(int sims);
    int serverSideThreshold() const { return m_serverSideThreshold; }
    void setPageSize(int size);
    // Applies to the next open(); the second operator's fleet is always loaded whole.
    void setProvider(ProviderKind provider);
    void setConcurrency(int pages);

    Mode mode() const { return m_mode; }
    ServerFleetModel* serverModel() const { return m_serverModel; } // non-null in ServerSide mode
    FleetLoader* loader() const { return m_loader; }
    const FleetSnapshotStore& snapshotStore() const { return m_store; }
    QString accountKey() const { return m_accountKey; }
    bool isLoading() const { return m_loading; }
    bool isOffline() const { return m_offline; }
    // Time of the data shown: the snapshot's until a load completes, then that load's.
    QDateTime dataAsOf() const { return m_dataAsOf; }
    // The data comes from the snapshot and no load has completed yet.
    bool isShowingSnapshot() const { return m_showingSnapshot; }
    // Snapshot reads and writes still running (tests wait for them).
    bool isSnapshotBusy() const { return m_snapshotJobs > 0; }

signals:
    void loadingChanged(bool loading);
    void progress(qint64 received, qint64 total);
    void loadFinished(const ApiError& error);
    void snapshotShown(const QDateTime& asOf);
    void snapshotSaved(const QDateTime& asOf);
    // True when a load failed with Network/Timeout while data is shown.
    void offlineChanged(bool offline);
    void modeChanged(FleetRepository::Mode mode);
    // A damaged snapshot was set aside (show it non-modally).
    void snapshotProblem(const QString& message);
    // A rename ended; `errorOrEmpty` is the translated failure.
    void simRenamed(qint64 simId, const QString& oldName, const QString& newName,
                    const QString& errorOrEmpty);

private:
    struct SnapshotRead {
        std::optional<FleetSnapshotStore::Snapshot> snapshot; // its sims moved to `rows`
        SimStore rows;
        QString error;
        qint64 readMs = 0;
    };
    bool hasSnapshots() const;
    void onSnapshotRead(SnapshotRead read);
    void startLoad();
    void onTotalKnown(qint64 total);
    void onLoadFinished(const ApiError& error);
    void switchToServerSide();
    void dropServerModel();
    void saveSnapshot();
    void setLoading(bool loading);
    void setOffline(bool offline);
    void updateTimer();

    QPointer<ApiClient> m_client;
    FleetModel* m_model;
    FleetSnapshotStore m_store;
    FleetLoader* m_loader;
    QTimer* m_autoRefresh;
    QThreadPool* m_snapshotThread; // one thread: snapshot calls never overlap
    ServerFleetModel* m_serverModel = nullptr;

    QString m_accountKey;
    quint64 m_generation = 0; // results for an account closed since are ignored
    Mode m_mode = Mode::Local;
    int m_autoRefreshMinutes = 0;
    int m_serverSideThreshold = Preferences().serverSideThreshold;
    int m_pageSize;
    int m_concurrency;
    bool m_readingSnapshot = false;
    bool m_closing = false;
    bool m_opened = false;
    int m_snapshotJobs = 0;
    bool m_loading = false;
    bool m_offline = false;
    bool m_showingSnapshot = false;
    QDateTime m_dataAsOf;
};

} // namespace simfleet
