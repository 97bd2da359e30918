#include "models/groups/GroupTableModel.h"

#include "api/ApiClient.h"
#include "api/GroupService.h"
#include "models/fleet/FleetModel.h"
#include "models/fleet/FleetRepository.h"
#include "models/fleet/SimText.h"
#include "models/groups/GroupsModel.h"

#include <QLocale>
#include <QSet>
#include <QTimer>

namespace simfleet {

GroupTableModel::GroupTableModel(GroupsModel* groups, FleetModel* fleet,
                                 FleetRepository* repository, ApiClient* client, QObject* parent)
    : ColumnTableModel<GroupRow>(parent)
    , m_groups(groups)
    , m_fleet(fleet)
    , m_repository(repository)
    , m_client(client)
    , m_recount(new QTimer(this)) {
    setColumns(columns());
    setRowKey([](const GroupRow& row) { return row.group.id; });
    setSameContent([](const GroupRow& a, const GroupRow& b) {
        return a.group == b.group && a.sims == b.sims;
    });
    setRowRole(GroupIdRole, [](const GroupRow& row) { return row.group.id; });

    // A fleet arrives page by page: counted once the pages stop for a moment
    // (each count walks the whole fleet).
    m_recount->setSingleShot(true);
    m_recount->setInterval(100);
    connect(m_recount, &QTimer::timeout, this, &GroupTableModel::recount);
    connect(m_fleet, &QAbstractItemModel::modelReset, this, &GroupTableModel::scheduleRecount);
    connect(m_groups, &QAbstractItemModel::modelReset, this, &GroupTableModel::sync);
    connect(m_fleet, &QAbstractItemModel::rowsInserted, this, &GroupTableModel::scheduleRecount);
    connect(m_fleet, &QAbstractItemModel::rowsRemoved, this, &GroupTableModel::scheduleRecount);
    connect(m_fleet, &QAbstractItemModel::dataChanged, this, &GroupTableModel::scheduleRecount);
    connect(m_groups, &QAbstractItemModel::rowsInserted, this, &GroupTableModel::sync);
    connect(m_groups, &QAbstractItemModel::rowsRemoved, this, &GroupTableModel::sync);
    connect(m_groups, &QAbstractItemModel::dataChanged, this, &GroupTableModel::sync);
    connect(m_groups, &GroupsModel::loadingChanged, this, &GroupTableModel::loadingChanged);
    connect(m_groups, &GroupsModel::loadFinished, this, &GroupTableModel::loadFinished);
    connect(m_repository, &FleetRepository::modeChanged, this, [this] {
        m_serverRows.clear();
        m_serverLoaded = false;
        m_serverError = {};
        recount();
        if (isServerSide() && !m_serverFilter.isEmpty())
            fetchServerRows();
    });
    recount();
}

GroupTableModel::~GroupTableModel() {
    if (m_fetch)
        m_fetch->cancel();
}

QVector<TableColumn<GroupRow>> GroupTableModel::columns() {
    return {
        TableColumn<GroupRow>([] { return tr("Name", "group"); },
                              [](const GroupRow& row) { return row.group.name; })
            .withRawValue([](const GroupRow& row) { return row.group.name.toCaseFolded(); }),
        TableColumn<GroupRow>([] { return tr("Created", "group"); },
                              [](const GroupRow& row) {
                                  return row.group.added ? SimText::shortDate(*row.group.added)
                                                         : QString();
                              })
            .withRawValue([](const GroupRow& row) { return row.group.added.value_or(QDateTime()); })
            .withToolTip([](const GroupRow& row) -> QVariant {
                if (!row.group.added)
                    return {};
                return SimText::longDateTime(*row.group.added);
            }),
        TableColumn<GroupRow>([] { return tr("SIMs", "number of SIMs in a group"); },
                              [](const GroupRow& row) {
                                  return row.sims < 0 ? QStringLiteral("—")
                                                      : QLocale().toString(row.sims);
                              })
            .withRawValue([](const GroupRow& row) { return row.sims; })
            .withToolTip([](const GroupRow& row) -> QVariant {
                if (row.sims < 0)
                    return countUnknownReason();
                return tr("%Ln SIM(s) of the loaded fleet are in this group", "", row.sims);
            })
            .alignedRight(),
    };
}

QString GroupTableModel::countUnknownReason() {
    return tr("Not counted: this fleet is too large to load, so SimFleet shows it page by page "
              "from NovaConnect (server-side mode). Use \"Show in SIM table\" to see the "
              "group's SIMs.");
}

bool GroupTableModel::isServerSide() const {
    return m_repository->serverModel() != nullptr;
}

void GroupTableModel::setServerNameFilter(const QString& text) {
    const QString trimmed = text.trimmed();
    if (trimmed == m_serverFilter)
        return;
    m_serverFilter = trimmed;
    if (!isServerSide())
        return;
    if (m_serverFilter.isEmpty()) {
        if (m_fetch)
            m_fetch->cancel();
        m_fetch.clear();
        m_serverRows.clear();
        m_serverError = {};
        sync();
        emit loadingChanged(false);
        emit loadFinished(error());
        return;
    }
    fetchServerRows();
}

void GroupTableModel::fetchServerRows() {
    if (m_fetch)
        m_fetch->cancel();
    m_fetch.clear();
    if (!m_client)
        return;
    m_fetch = GroupService(m_client).fetchAll(m_serverFilter, this,
                                              [this](const Result<ListPage<Group>>& result) {
                                                  m_serverError = result.error;
                                                  if (result.ok()) {
                                                      m_serverRows = result.value.items;
                                                      m_serverLoaded = true;
                                                      sync();
                                                  }
                                                  emit loadingChanged(false);
                                                  emit loadFinished(m_serverError);
                                              });
    emit loadingChanged(true);
}

void GroupTableModel::reload() {
    if (m_groups)
        m_groups->reload();
    if (isServerSide() && !m_serverFilter.isEmpty())
        fetchServerRows();
}

bool GroupTableModel::isLoading() const {
    const bool serverLoading = !m_fetch.isNull() && !m_fetch->isFinished();
    return serverLoading || (m_groups && m_groups->isLoading());
}

bool GroupTableModel::isLoaded() const {
    if (isServerSide() && !m_serverFilter.isEmpty())
        return m_serverLoaded;
    return m_groups && m_groups->isLoaded();
}

ApiError GroupTableModel::error() const {
    if (isServerSide() && !m_serverFilter.isEmpty() && m_serverError.isError())
        return m_serverError;
    return m_groups ? m_groups->error() : ApiError();
}

QVector<Sim> GroupTableModel::simsOf(qint64 groupId) const {
    QVector<Sim> sims;
    if (isServerSide())
        return sims;
    const SimStore& store = m_fleet->store();
    for (qsizetype row = 0; row < store.size(); ++row) {
        for (const GroupRef& group : store.groups(row)) {
            if (group.id == groupId) {
                sims.append(store.sim(row));
                break;
            }
        }
    }
    return sims;
}

int GroupTableModel::simCount(qint64 groupId) const {
    if (isServerSide())
        return -1;
    return m_counts.value(groupId, 0);
}

void GroupTableModel::scheduleRecount() {
    m_recount->start();
}

void GroupTableModel::recount() {
    m_recount->stop();
    m_counts.clear();
    if (!isServerSide()) {
        const SimStore& store = m_fleet->store();
        for (qsizetype row = 0; row < store.size(); ++row) {
            for (const GroupRef& group : store.groups(row))
                ++m_counts[group.id];
        }
    }
    sync();
}

void GroupTableModel::sync() {
    const bool filtered = isServerSide() && !m_serverFilter.isEmpty();
    const QVector<Group> empty;
    const QVector<Group>& source =
        filtered ? m_serverRows : (m_groups ? m_groups->groups() : empty);
    QVector<GroupRow> wanted;
    wanted.reserve(source.size());
    QSet<qint64> keys;
    for (const Group& group : source) {
        if (keys.contains(group.id))
            continue;
        keys.insert(group.id);
        wanted.append({group, simCount(group.id)});
    }
    // Rows gone: removed from the bottom up.
    for (int row = rowCount() - 1; row >= 0; --row) {
        if (!keys.contains(rowAt(row).group.id))
            removeRowsAt(row, 1);
    }
    // Rows kept: changed in place; new ones appended with one insert.
    QVector<GroupRow> added;
    for (const GroupRow& row : std::as_const(wanted)) {
        const int at = rowOfKey(row.group.id);
        if (at < 0) {
            added.append(row);
            continue;
        }
        const GroupRow& shown = rowAt(at);
        if (!(shown.group == row.group) || shown.sims != row.sims)
            setRowAt(at, row);
    }
    appendRows(std::move(added));
}

} // namespace simfleet
