#include "emulator/EmulatorState.h"

#include "emulator/EntityJson.h"
#include "emulator/FleetGenerator.h"

#include <QJsonDocument>

#include <algorithm>

namespace novaemu {

EmulatorState::EmulatorState(FleetData data)
    : m_data(std::move(data)) {
    m_simJson.resize(m_data.sims.size());
    for (const GroupRecord& g : m_data.groups) {
        m_groupNameLower.insert(g.id, g.name.toLower());
        m_nextGroupId = qMax(m_nextGroupId, g.id + 1);
    }
    for (const UserRecord& u : m_data.users)
        m_nextUserId = qMax(m_nextUserId, u.id + 1);
}

int EmulatorState::simIndex(int id) const {
    // Ids are contiguous from kFirstSimId, so the index is arithmetic.
    const qint64 index = qint64(id) - FleetGenerator::kFirstSimId;
    if (index < 0 || index >= qint64(m_data.sims.size()))
        return -1;
    return int(index);
}

void EmulatorState::markSimChanged(int index) {
    m_simJson[size_t(index)].clear();
    ++m_version;
}

QByteArray EmulatorState::simJson(int index) const {
    QByteArray& cached = m_simJson[size_t(index)];
    if (cached.isEmpty())
        cached = QJsonDocument(EntityJson::sim(simAt(index), *this)).toJson(QJsonDocument::Compact);
    return cached;
}

const GroupRecord* EmulatorState::group(int id) const {
    for (const GroupRecord& g : m_data.groups) {
        if (g.id == id)
            return &g;
    }
    return nullptr;
}

const GroupRecord* EmulatorState::groupByName(const QString& name) const {
    for (const GroupRecord& g : m_data.groups) {
        if (g.name == name)
            return &g;
    }
    return nullptr;
}

QString EmulatorState::groupNameLower(int id) const {
    return m_groupNameLower.value(id);
}

const GroupRecord& EmulatorState::createGroup(const QString& name, qint64 now) {
    m_data.groups.append({m_nextGroupId++, name, now});
    m_groupNameLower.insert(m_data.groups.last().id, name.toLower());
    return m_data.groups.last();
}

void EmulatorState::renameGroup(int id, const QString& name) {
    for (GroupRecord& g : m_data.groups) {
        if (g.id == id)
            g.name = name;
    }
    m_groupNameLower.insert(id, name.toLower());
    invalidateGroupMembers(id);
}

void EmulatorState::removeGroup(int id) {
    invalidateGroupMembers(id);
    for (SimRecord& sim : m_data.sims)
        sim.groupIds.removeAll(id);
    m_data.groups.removeIf([id](const GroupRecord& g) { return g.id == id; });
    m_groupNameLower.remove(id);
}

QList<int> EmulatorState::simIndexesInGroup(int groupId) const {
    QList<int> result;
    for (int i = 0; i < simCount(); ++i) {
        if (simAt(i).groupIds.contains(groupId))
            result.append(i);
    }
    return result;
}

void EmulatorState::invalidateGroupMembers(int groupId) {
    for (int i = 0; i < simCount(); ++i) {
        if (simAt(i).groupIds.contains(groupId))
            m_simJson[size_t(i)].clear();
    }
    ++m_version;
}

UserRecord* EmulatorState::user(int id) {
    auto it = std::find_if(m_data.users.begin(), m_data.users.end(),
                           [id](const UserRecord& u) { return u.id == id; });
    return it == m_data.users.end() ? nullptr : &*it;
}

const UserRecord* EmulatorState::user(int id) const {
    return const_cast<EmulatorState*>(this)->user(id);
}

const UserRecord* EmulatorState::userByEmail(const QString& email) const {
    for (const UserRecord& u : m_data.users) {
        if (u.email.compare(email, Qt::CaseInsensitive) == 0)
            return &u;
    }
    return nullptr;
}

UserRecord& EmulatorState::addUser(UserRecord user) {
    user.id = m_nextUserId++;
    m_data.users.append(std::move(user));
    return m_data.users.last();
}

void EmulatorState::removeUser(int id) {
    m_data.users.removeIf([id](const UserRecord& u) { return u.id == id; });
}

const BillRecord* EmulatorState::bill(int id) const {
    for (const BillRecord& b : m_data.bills) {
        if (b.id == id)
            return &b;
    }
    return nullptr;
}

} // namespace novaemu
