#include "models/fleet/ServerFleetModel.h"

#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "api/ListPage.h"
#include "models/fleet/FleetModel.h"
#include "models/fleet/FleetSearchText.h"

#include <QLoggingCategory>
#include <QSet>

#include <algorithm>
#include <limits>

namespace simfleet {

Q_LOGGING_CATEGORY(lcServerFleet, "simfleet.models.serverfleet")

ServerFleetModel::ServerFleetModel(ApiClient* client, QObject* parent)
    : QAbstractTableModel(parent)
    , m_client(client)
    , m_rows(new FleetModel(this)) {}

ServerFleetModel::~ServerFleetModel() {
    dropCall();
}

int ServerFleetModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : m_rows->rowCount();
}

int ServerFleetModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : m_rows->columnCount();
}

QVariant ServerFleetModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return m_rows->data(m_rows->index(index.row(), index.column()), role);
}

QVariant ServerFleetModel::headerData(int section, Qt::Orientation orientation, int role) const {
    return m_rows->headerData(section, orientation, role);
}

Sim ServerFleetModel::simAt(int row) const {
    return m_rows->simAt(row);
}

Qt::ItemFlags ServerFleetModel::flags(const QModelIndex& index) const {
    if (!index.isValid())
        return QAbstractTableModel::flags(index);
    return m_rows->flags(m_rows->index(index.row(), index.column()));
}

void ServerFleetModel::setNameEditable(bool editable) {
    m_rows->setNameEditable(editable);
}

void ServerFleetModel::updateSim(const Sim& sim) {
    const int row = m_rows->rowOfId(sim.id);
    if (row < 0)
        return;
    m_rows->upsert({sim});
    emit dataChanged(index(row, 0), index(row, columnCount() - 1));
}

int ServerFleetModel::rowOfId(qint64 id) const {
    return m_rows->rowOfId(id);
}

void ServerFleetModel::retranslate() {
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                         {Qt::DisplayRole, Qt::ToolTipRole});
}

bool ServerFleetModel::supportsCriterion(Criterion criterion) {
    switch (criterion) {
    case Criterion::Text:
    case Criterion::Profile:
    case Criterion::Status:
    case Criterion::MsuBlocked:
        return true;
    case Criterion::BlockCode: // only "MSU" (msu_block), see the overload
    case Criterion::Group:
    case Criterion::LimitType:
    case Criterion::Tariff:
        return false;
    }
    return false;
}

bool ServerFleetModel::supportsCriterion(FleetFilter::Status status, BlockCode code) {
    return status != FleetFilter::Status::Code || code == BlockCode::Msu;
}

QList<ServerFleetModel::Criterion>
ServerFleetModel::unsupportedCriteria(const FleetFilter& filter) {
    QList<Criterion> out;
    if (!supportsCriterion(filter.status, filter.blockCode))
        out.append(Criterion::BlockCode);
    if (filter.groupId)
        out.append(Criterion::Group);
    if (filter.limitType || filter.nearLimit)
        out.append(Criterion::LimitType);
    if (!filter.tariffName.isEmpty())
        out.append(Criterion::Tariff);
    return out;
}

SimListQuery ServerFleetModel::queryFor(const FleetFilter& filter) {
    SimListQuery query;
    query.query = filter.text.trimmed();
    // A number as people type it ("+7 701 428-", "8 701 428") is sent as the
    // digits NovaConnect stores ("7701428"), like the local search does; when
    // the input may also start an ICCID (89…), as typed.
    const QByteArray needle = filter.needle();
    const bool digitsOnly =
        !needle.isEmpty() && std::all_of(needle.cbegin(), needle.cend(), [](char c) {
            return (c >= '0' && c <= '9') || c == FleetSearchText::kAlternative;
        });
    if (digitsOnly)
        query.query = QString::fromLatin1(needle.split(FleetSearchText::kAlternative).first());
    if (filter.profile && *filter.profile != SimProfile::Unknown)
        query.profile = filter.profile;
    switch (filter.status) {
    case FleetFilter::Status::Any:
        break;
    case FleetFilter::Status::Active:
        query.blocked = false;
        break;
    case FleetFilter::Status::BlockedAny:
        query.blocked = true;
        break;
    case FleetFilter::Status::Code:
        if (filter.blockCode == BlockCode::Msu)
            query.msuBlocked = true;
        break;
    case FleetFilter::Status::NotMsu:
        query.msuBlocked = false;
        break;
    }
    return query;
}

QString ServerFleetModel::sortFieldOf(int column) {
    switch (column) {
    case FleetModel::Iccid:
        return QStringLiteral("iccid");
    case FleetModel::Number:
        return QStringLiteral("number");
    case FleetModel::Name:
        return QStringLiteral("name");
    case FleetModel::Profile:
        return QStringLiteral("profile");
    case FleetModel::Status:
        return QStringLiteral("block");
    case FleetModel::Balance:
        return QStringLiteral("balance");
    default:
        return {};
    }
}

void ServerFleetModel::setFilter(const FleetFilter& filter) {
    const bool sameQuery = queryFor(filter).toJson() == queryFor(m_filter).toJson();
    m_filter = filter;
    if (!sameQuery)
        requery();
}

void ServerFleetModel::sort(int column, Qt::SortOrder order) {
    if (column >= 0 && !isSortable(column))
        return;
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    requery();
}

void ServerFleetModel::reload() {
    requery();
}

void ServerFleetModel::requery() {
    dropCall();
    ++m_generation;
    beginResetModel();
    m_rows->clear();
    m_nextPage = 0;
    m_atEnd = false;
    m_failed = false;
    m_total = -1;
    endResetModel();
    emit totalChanged(m_total);
    fetchMore({});
}

bool ServerFleetModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && !m_atEnd && !m_failed && !m_call && m_client;
}

void ServerFleetModel::fetchMore(const QModelIndex& parent) {
    if (parent.isValid() || m_atEnd || m_call || !m_client)
        return;
    m_failed = false;
    SimListQuery query = queryFor(m_filter);
    if (m_sortColumn >= 0) {
        query.sortField = sortFieldOf(m_sortColumn);
        query.sortOrder = m_sortOrder;
    }
    const quint64 generation = m_generation;
    m_call = SimService(m_client).list(query, m_nextPage, m_pageSize, this,
                                       [this, generation](const Result<ListPage<Sim>>& result) {
                                           ListPage<Sim> page = result.value;
                                           onPage(generation, result.error, std::move(page.items),
                                                  page.count, page.allCount);
                                       });
    emit fetchingChanged(true);
}

void ServerFleetModel::onPage(quint64 generation, const ApiError& error, QVector<Sim> sims,
                              qint64 count, std::optional<qint64> allCount) {
    if (generation != m_generation)
        return;
    m_call = nullptr;
    emit fetchingChanged(false);
    if (error.isError()) {
        if (error.kind == ApiError::Kind::Cancelled)
            return;
        qCWarning(lcServerFleet) << "sim/list page" << m_nextPage
                                 << "failed:" << ApiError::kindName(error.kind) << error.detail;
        m_failed = true;
        emit fetchFailed(error);
        return;
    }
    ++m_nextPage;
    // all_count is the server's word: kept within what a view can count.
    if (allCount)
        allCount = qMin<qint64>(*allCount, std::numeric_limits<int>::max());
    if (allCount && *allCount != m_total) {
        m_total = *allCount;
        emit totalChanged(m_total);
    }
    // Known before the rows go in: views ask for more from rowsInserted.
    m_atEnd = count < m_pageSize || (m_total >= 0 && m_nextPage * qint64(m_pageSize) >= m_total);
    // Rows may shift between pages while the server's data changes: a SIM
    // already shown is not added twice.
    QVector<Sim> fresh;
    fresh.reserve(sims.size());
    QSet<qint64> ids;
    for (Sim& sim : sims) {
        if (m_rows->rowOfId(sim.id) < 0 && !ids.contains(sim.id)) {
            ids.insert(sim.id);
            fresh.append(std::move(sim));
        }
    }
    const int first = m_rows->rowCount();
    if (!fresh.isEmpty()) {
        beginInsertRows({}, first, first + int(fresh.size()) - 1);
        m_rows->upsert(std::move(fresh));
        endInsertRows();
    }
}

void ServerFleetModel::dropCall() {
    if (ApiCall* call = m_call.data()) {
        m_call = nullptr;
        call->disconnect(this);
        call->cancel();
    }
}

// --- SimTableSource -----------------------------------------------------------------

std::optional<Sim> ServerFleetModel::simAtRow(int row) const {
    if (row < 0 || row >= rowCount())
        return std::nullopt;
    return m_rows->simAt(row);
}

QVector<int> ServerFleetModel::storeRowsOf(const QVector<int>& rows) const {
    QVector<int> storeRows; // the rows fetched are the store's rows, in order
    storeRows.reserve(rows.size());
    for (int row : rows) {
        if (row >= 0 && row < rowCount())
            storeRows.append(row);
    }
    return storeRows;
}

QVector<qint64> ServerFleetModel::idsOfRows(const QVector<int>& rows) const {
    QVector<qint64> ids;
    for (int storeRow : storeRowsOf(rows))
        ids.append(m_rows->store().id(storeRow));
    return ids;
}

SimSequence ServerFleetModel::simsOfRows(const QVector<int>& rows) const {
    return SimSequence(m_rows->store(), storeRowsOf(rows));
}

std::optional<Sim> ServerFleetModel::findSim(qint64 id) const {
    const int row = m_rows->rowOfId(id);
    if (row < 0)
        return std::nullopt;
    return m_rows->simAt(row);
}

QVector<Sim> ServerFleetModel::heldSims() const {
    return m_rows->allSims();
}

SimTableSource::RowCounts ServerFleetModel::rowCounts() const {
    // The server tells how many SIMs the query matches, not the fleet's size.
    const int matched = m_total >= 0 ? int(m_total) : rowCount();
    return {matched, matched};
}

bool ServerFleetModel::isFleetEmpty() const {
    return m_total == 0 && m_filter.isEmpty();
}

bool ServerFleetModel::isNoMatch() const {
    return m_total == 0 && !m_filter.isEmpty();
}

void ServerFleetModel::connectCountsChanged(QObject* context, std::function<void()> onChange) {
    connect(this, &QAbstractItemModel::rowsInserted, context, [onChange] { onChange(); });
    connect(this, &QAbstractItemModel::modelReset, context, [onChange] { onChange(); });
    connect(this, &ServerFleetModel::totalChanged, context, [onChange] { onChange(); });
}

bool ServerFleetModel::canFilterBy(FilterCriterion criterion) const {
    switch (criterion) {
    case FilterCriterion::Text:
        return supportsCriterion(Criterion::Text);
    case FilterCriterion::Profile:
        return supportsCriterion(Criterion::Profile);
    case FilterCriterion::Status:
        return supportsCriterion(Criterion::Status);
    case FilterCriterion::Group:
        return supportsCriterion(Criterion::Group);
    case FilterCriterion::LimitType:
        return supportsCriterion(Criterion::LimitType);
    case FilterCriterion::Tariff:
        return supportsCriterion(Criterion::Tariff);
    case FilterCriterion::OnlyIds: // sim/list has no id filter
        return false;
    }
    return false;
}

bool ServerFleetModel::canFilterByBlockCode(BlockCode code) const {
    return supportsCriterion(FleetFilter::Status::Code, code);
}

} // namespace simfleet
