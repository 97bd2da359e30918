#pragma once

#include "api/ApiError.h"
#include "api/Group.h"
#include "api/Sim.h"
#include "models/common/ColumnTableModel.h"

#include <QHash>
#include <QPointer>
#include <QVector>

class QTimer;

namespace simfleet {

class ApiClient;
class FleetModel;
class FleetRepository;
class GroupsModel;
class PagedFetch;

// One row of the Groups page: a group and how many SIMs of the loaded fleet
// are in it (-1: not counted, in server-side mode the fleet is not loaded).
struct GroupRow {
    Group group;
    int sims = -1;
};

// The Groups page's table: the account's groups (GroupsModel) with their SIM
// counts from the workspace's loaded fleet (FleetModel), kept up to date as
// either changes (rows change in place; new groups are appended, deleted ones
// removed). In server-side mode (FleetRepository::serverModel()) the counts
// are unknown, and a name filter is asked of the API (group/list filter.name)
// instead of filtering locally.
class GroupTableModel final : public ColumnTableModel<GroupRow> {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupTableModel)

public:
    enum Column { Name, Created, Sims, ColumnCount };
    enum Role { GroupIdRole = FirstCustomRole };

    GroupTableModel(GroupsModel* groups, FleetModel* fleet, FleetRepository* repository,
                    ApiClient* client, QObject* parent = nullptr);
    ~GroupTableModel() override;

    // The fleet is too large to load: counts unknown, filters by the API.
    bool isServerSide() const;
    // Server-side mode: the rows are the groups whose name contains `text`
    // as the API filters them (empty: every group). Ignored in local mode,
    // where the page filters the rows itself.
    void setServerNameFilter(const QString& text);
    QString serverNameFilter() const { return m_serverFilter; }

    // Reads the groups again (and the server's filtered groups).
    void reload();
    // The groups (or the server's filtered groups) are being read.
    bool isLoading() const;
    // Whether the rows come from a completed read.
    bool isLoaded() const;
    // The last read's failure; none after a successful one.
    ApiError error() const;

    qint64 groupIdAt(int row) const { return rowAt(row).group.id; }
    int rowOfGroup(qint64 id) const { return rowOfKey(id); }
    // SIMs of the loaded fleet in the group (in fleet order).
    QVector<Sim> simsOf(qint64 groupId) const;
    // -1 when not counted (server-side mode).
    int simCount(qint64 groupId) const;

    // Why the SIM count is not shown in server-side mode (translated).
    static QString countUnknownReason();

signals:
    void loadingChanged(bool loading);
    void loadFinished(const ApiError& error);

private:
    static QVector<TableColumn<GroupRow>> columns();
    void scheduleRecount();
    void recount();
    void sync();
    void fetchServerRows();

    QPointer<GroupsModel> m_groups;
    FleetModel* m_fleet;
    FleetRepository* m_repository;
    QPointer<ApiClient> m_client;
    QTimer* m_recount;
    QHash<qint64, int> m_counts;
    QString m_serverFilter;
    QPointer<PagedFetch> m_fetch;
    QVector<Group> m_serverRows;
    ApiError m_serverError;
    bool m_serverLoaded = false;
};

} // namespace simfleet
