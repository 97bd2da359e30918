#include "models/groups/GroupsModel.h"

#include "api/ApiClient.h"
#include "api/GroupService.h"

#include <QHash>
#include <QSet>

namespace simfleet {

GroupsModel::GroupsModel(ApiClient* client, QObject* parent)
    : QAbstractListModel(parent)
    , m_client(client) {}

GroupsModel::~GroupsModel() {
    if (m_fetch)
        m_fetch->cancel();
}

int GroupsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_groups.size());
}

QVariant GroupsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Group& group = m_groups.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case NameRole:
        return group.name;
    case IdRole:
        return group.id;
    default:
        return {};
    }
}

QHash<int, QByteArray> GroupsModel::roleNames() const {
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "groupId");
    names.insert(NameRole, "name");
    return names;
}

bool GroupsModel::isLoading() const {
    return !m_fetch.isNull() && !m_fetch->isFinished();
}

int GroupsModel::rowOfId(qint64 id) const {
    for (int row = 0; row < m_groups.size(); ++row) {
        if (m_groups.at(row).id == id)
            return row;
    }
    return -1;
}

void GroupsModel::reload() {
    if (!m_client || isLoading())
        return;
    m_fetch = GroupService(m_client).fetchAll(QString(), this,
                                              [this](const Result<ListPage<Group>>& result) {
                                                  m_error = result.error;
                                                  if (result.ok()) {
                                                      m_loaded = true;
                                                      apply(result.value.items);
                                                  }
                                                  emit loadingChanged(false);
                                                  emit loadFinished(m_error);
                                              });
    emit loadingChanged(true);
}

void GroupsModel::clear() {
    if (m_fetch)
        m_fetch->cancel();
    m_fetch.clear();
    m_error = {};
    m_loaded = false;
    if (m_groups.isEmpty())
        return;
    beginRemoveRows({}, 0, int(m_groups.size()) - 1);
    m_groups.clear();
    endRemoveRows();
}

void GroupsModel::apply(const QVector<Group>& groups) {
    QHash<qint64, const Group*> byId;
    byId.reserve(groups.size());
    for (const Group& group : groups)
        byId.insert(group.id, &group);
    // Groups gone: removed from the bottom up, each run of rows at once.
    for (int row = int(m_groups.size()) - 1; row >= 0;) {
        if (byId.contains(m_groups.at(row).id)) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && !byId.contains(m_groups.at(first - 1).id))
            --first;
        beginRemoveRows({}, first, row);
        m_groups.remove(first, row - first + 1);
        endRemoveRows();
        row = first - 1;
    }
    // Groups kept: new names in place.
    QSet<qint64> known;
    for (int row = 0; row < m_groups.size(); ++row) {
        Group& shown = m_groups[row];
        known.insert(shown.id);
        const Group* fresh = byId.value(shown.id);
        if (*fresh == shown)
            continue;
        shown = *fresh;
        emit dataChanged(index(row), index(row));
    }
    // New groups: appended with one insert.
    QVector<Group> added;
    for (const Group& group : groups) {
        if (!known.contains(group.id)) {
            known.insert(group.id); // a group listed twice is shown once
            added.append(group);
        }
    }
    if (added.isEmpty())
        return;
    const int first = int(m_groups.size());
    beginInsertRows({}, first, first + int(added.size()) - 1);
    m_groups += added;
    endInsertRows();
}

} // namespace simfleet
