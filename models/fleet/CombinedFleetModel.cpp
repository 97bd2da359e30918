#include "models/fleet/CombinedFleetModel.h"

#include "models/fleet/SimText.h"
#include "models/storage/FleetSnapshotStore.h"

#include <QFutureWatcher>
#include <QLocale>
#include <QtConcurrent>

namespace simfleet {

CombinedFleetModel::CombinedFleetModel(QObject* parent)
    : ColumnTableModel<CombinedFleetRow>(parent) {
    using Row = CombinedFleetRow;
    const auto account = [this](const Row& row) { return m_accounts.value(row.account).account; };
    QVector<ColumnSpec> columns;
    columns.append(ColumnSpec([] { return tr("Account"); },
                              [account](const Row& row) { return account(row).name; }));
    columns.append(ColumnSpec(
        [] { return tr("Provider"); },
        [account](const Row& row) { return Providers::displayName(account(row).provider); }));
    columns.append(
        ColumnSpec([] { return tr("Number"); }, [](const Row& row) { return row.sim.number; }));
    columns.append(
        ColumnSpec([] { return tr("ICCID"); }, [](const Row& row) { return row.sim.iccid; }));
    columns.append(
        ColumnSpec([] { return tr("Name"); }, [](const Row& row) { return row.sim.name; }));
    columns.append(
        ColumnSpec([] { return tr("Status"); },
                   [](const Row& row) { return SimText::status(row.sim.block, row.sim.blockRaw); })
            .withToolTip([](const Row& row) {
                return SimText::statusMeaning(row.sim.block, row.sim.blockRaw);
            }));
    columns.append(ColumnSpec([] { return tr("Tariff"); },
                              [](const Row& row) { return row.sim.tariff.name; }));
    columns.append(
        ColumnSpec([] { return tr("Balance"); },
                   [](const Row& row) { return SimText::money(row.sim.balance, row.sim.currency); })
            .withRawValue([](const Row& row) { return row.sim.balance; })
            .alignedRight());
    setColumns(columns);
    setRowRole(ProviderRole, [account](const Row& row) { return int(account(row).provider); });
    setRowRole(AccountRole, [account](const Row& row) { return account(row).key; });
}

CombinedFleetModel::~CombinedFleetModel() {
    if (m_watcher)
        m_watcher->waitForFinished(); // the read holds nothing of ours, but finish it
}

void CombinedFleetModel::load(const QVector<CombinedAccount>& accounts,
                              const QString& snapshotDirectory, const QString& liveKey,
                              const QVector<Sim>& liveSims) {
    if (m_watcher) {
        m_watcher->disconnect(this);
        m_watcher->deleteLater();
    }
    m_watcher = new QFutureWatcher<Loaded>(this);
    QFutureWatcher<Loaded>* watcher = m_watcher;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        if (watcher != m_watcher)
            return;
        m_watcher = nullptr;
        Loaded result = watcher->future().takeResult();
        m_accounts = std::move(result.accounts);
        setRows(std::move(result.rows));
        emit loaded();
    });
    watcher->setFuture(QtConcurrent::run(&CombinedFleetModel::read, accounts, snapshotDirectory,
                                         liveKey, liveSims));
}

CombinedFleetModel::Loaded CombinedFleetModel::read(const QVector<CombinedAccount>& accounts,
                                                    const QString& directory,
                                                    const QString& liveKey,
                                                    const QVector<Sim>& liveSims) {
    Loaded loaded;
    FleetSnapshotStore store(directory);
    for (int i = 0; i < accounts.size(); ++i) {
        AccountState state;
        state.account = accounts.at(i);
        QVector<Sim> sims;
        if (!liveKey.isEmpty() && state.account.key == liveKey) {
            sims = liveSims;
            state.asOf = QDateTime::currentDateTimeUtc();
        } else if (!directory.isEmpty()) {
            QString error;
            if (auto snapshot = store.load(state.account.key, &error)) {
                sims = std::move(snapshot->sims);
                state.asOf = snapshot->asOf;
            }
            state.problem = error;
        }
        state.sims = int(sims.size());
        loaded.rows.reserve(loaded.rows.size() + sims.size());
        for (Sim& sim : sims)
            loaded.rows.append({i, std::move(sim)});
        loaded.accounts.append(state);
    }
    return loaded;
}

CombinedFleetFilter::CombinedFleetFilter(QObject* parent)
    : QSortFilterProxyModel(parent) {
    setSortRole(CombinedFleetModel::RawValueRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void CombinedFleetFilter::setProvider(std::optional<ProviderKind> provider) {
    m_provider = provider;
    invalidateFilter();
}

void CombinedFleetFilter::setAccount(const QString& key) {
    m_account = key;
    invalidateFilter();
}

void CombinedFleetFilter::setText(const QString& text) {
    m_text = text.trimmed();
    invalidateFilter();
}

bool CombinedFleetFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    const auto* model = static_cast<const CombinedFleetModel*>(sourceModel());
    const QModelIndex first = model->index(sourceRow, 0, sourceParent);
    if (m_provider &&
        model->data(first, CombinedFleetModel::ProviderRole).toInt() != int(*m_provider))
        return false;
    if (!m_account.isEmpty() &&
        model->data(first, CombinedFleetModel::AccountRole).toString() != m_account)
        return false;
    if (m_text.isEmpty())
        return true;
    for (int column :
         {CombinedFleetModel::Account, CombinedFleetModel::Number, CombinedFleetModel::Iccid,
          CombinedFleetModel::Name, CombinedFleetModel::Tariff}) {
        if (model->index(sourceRow, column, sourceParent)
                .data()
                .toString()
                .contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace simfleet
