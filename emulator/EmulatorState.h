#pragma once

#include "emulator/FleetData.h"

#include <QByteArray>
#include <QHash>

#include <vector>

namespace novaemu {

// The emulator's data store: the fleet, groups, users, company and bills, plus a cache of each
// SIM's serialised JSON so that large sim/list pages are concatenated, not re-encoded.
// Every change to a SIM must go through markSimChanged() (or the group helpers) so that the
// cache and the version used by sort caches stay right.
class EmulatorState final {
    Q_DISABLE_COPY_MOVE(EmulatorState)

public:
    explicit EmulatorState(FleetData data);

    // SIMs (stored in ascending id order)
    int simCount() const { return int(m_data.sims.size()); }
    const SimRecord& simAt(int index) const { return m_data.sims[size_t(index)]; }
    SimRecord& simAt(int index) { return m_data.sims[size_t(index)]; }
    int simIndex(int id) const; // -1 when unknown
    void markSimChanged(int index);
    QByteArray simJson(int index) const; // compact JSON with groups, cached
    quint64 version() const { return m_version; }

    // Groups
    const QList<GroupRecord>& groups() const { return m_data.groups; }
    const GroupRecord* group(int id) const;
    const GroupRecord* groupByName(const QString& name) const;
    QString groupNameLower(int id) const;
    const GroupRecord& createGroup(const QString& name, qint64 now);
    void renameGroup(int id, const QString& name);
    void removeGroup(int id);
    QList<int> simIndexesInGroup(int groupId) const;

    // Users
    const QList<UserRecord>& users() const { return m_data.users; }
    UserRecord* user(int id);
    const UserRecord* user(int id) const;
    const UserRecord* userByEmail(const QString& email) const;
    UserRecord& addUser(UserRecord user); // assigns the id
    void removeUser(int id);
    int adminUserId() const { return m_data.adminUserId; }
    int userUserId() const { return m_data.userUserId; }

    // Company and bills
    const CompanyRecord& company() const { return m_data.company; }
    const QList<BillRecord>& bills() const { return m_data.bills; }
    const BillRecord* bill(int id) const;

private:
    void invalidateGroupMembers(int groupId);

    FleetData m_data;
    QHash<int, QString> m_groupNameLower;
    mutable std::vector<QByteArray> m_simJson;
    quint64 m_version = 1;
    int m_nextGroupId = 0;
    int m_nextUserId = 0;
};

} // namespace novaemu
