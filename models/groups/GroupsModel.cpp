#include "models/groups/GroupsModel.h"

#include "api/ApiClient.h"
#include "api/GroupService.h"

#include <QHash>
#include <QSet>

namespace simfleet {

namespace {

// The caller's callback, dropped when `context` is gone; the model itself
// always takes the answer.
GroupsModel::Done answer(QObject* context, GroupsModel::Done done) {
    return [guard = QPointer<QObject>(context), hasContext = context != nullptr,
            done = std::move(done)](const ApiError& error) {
        if (done && (!hasContext || guard))
            done(error);
    };
}

} // namespace

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

QString GroupsModel::nameProblem(const QString& name, qint64 renamedId) const {
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return tr("Enter a name for the group.");
    const QString folded = trimmed.toCaseFolded();
    for (const Group& group : m_groups) {
        if (group.id != renamedId && group.name.trimmed().toCaseFolded() == folded)
            return tr("A group named \"%1\" already exists. Group names must differ (letter "
                      "case aside).")
                .arg(group.name.trimmed());
    }
    return {};
}

QString GroupsModel::changeRefusal() const {
    if (!m_client)
        return tr("Groups cannot be changed in this window.");
    if (!m_loaded)
        return tr("The groups have not been read yet: refresh and try again.");
    return {};
}

QString GroupsModel::create(const QString& name, QObject* context, Done done) {
    QString refusal = changeRefusal();
    if (refusal.isEmpty())
        refusal = nameProblem(name);
    if (!refusal.isEmpty())
        return refusal;
    ++m_changes;
    GroupService(m_client).create(
        name.trimmed(), this,
        [this, reply = answer(context, std::move(done))](const Result<Group>& result) {
            --m_changes;
            if (result.ok())
                applyGroup(result.value);
            reply(result.error);
        });
    return {};
}

QString GroupsModel::rename(qint64 id, const QString& name, QObject* context, Done done) {
    QString refusal = changeRefusal();
    if (refusal.isEmpty() && rowOfId(id) < 0)
        refusal = tr("This group is no longer in the list: refresh and try again.");
    if (refusal.isEmpty())
        refusal = nameProblem(name, id);
    if (!refusal.isEmpty())
        return refusal;
    ++m_changes;
    const QString trimmed = name.trimmed();
    GroupService(m_client).edit(
        id, trimmed, this,
        [this, id, trimmed, reply = answer(context, std::move(done))](const Result<Group>& result) {
            --m_changes;
            if (result.ok()) {
                Group group = result.value;
                // An answer without the group still means the new name holds.
                if (group.id == 0)
                    group.id = id;
                if (group.name.isEmpty())
                    group.name = trimmed;
                const int row = rowOfId(id);
                if (!group.added && row >= 0)
                    group.added = m_groups.at(row).added;
                applyGroup(group);
            }
            reply(result.error);
        });
    return {};
}

QString GroupsModel::remove(qint64 id, QObject* context, Done done) {
    QString refusal = changeRefusal();
    if (refusal.isEmpty() && rowOfId(id) < 0)
        refusal = tr("This group is no longer in the list: refresh and try again.");
    if (!refusal.isEmpty())
        return refusal;
    ++m_changes;
    GroupService(m_client).remove(
        id, this,
        [this, id, reply = answer(context, std::move(done))](const Result<Group>& result) {
            --m_changes;
            if (result.ok())
                removeId(id);
            reply(result.error);
        });
    return {};
}

void GroupsModel::applyGroup(const Group& group) {
    if (group.id <= 0)
        return;
    const int row = rowOfId(group.id);
    if (row >= 0) {
        if (m_groups.at(row) == group)
            return;
        m_groups[row] = group;
        emit dataChanged(index(row), index(row));
        return;
    }
    const int last = int(m_groups.size());
    beginInsertRows({}, last, last);
    m_groups.append(group);
    endInsertRows();
}

void GroupsModel::removeId(qint64 id) {
    const int row = rowOfId(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_groups.remove(row);
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
