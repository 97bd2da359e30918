#pragma once

#include "api/Provider.h"
#include "api/Sim.h"
#include "models/common/ColumnTableModel.h"

#include <QDateTime>
#include <QSortFilterProxyModel>
#include <QStringList>

#include <optional>

template <typename T> class QFutureWatcher;

namespace simfleet {

// One saved account whose fleet the combined view shows.
struct CombinedAccount {
    QString key; // AccountFiles::accountKey: the account's snapshot
    QString name;
    ProviderKind provider = ProviderKind::NovaConnect;
};

struct CombinedFleetRow {
    int account = 0; // index into CombinedFleetModel::accounts()
    Sim sim;
};

// Every SIM of every saved account in one table, whatever their providers:
// each account's fleet as its last snapshot keeps it (the open account's as
// loaded now), with the account and the provider as columns. Read-only: a
// change is made in the account itself.
class CombinedFleetModel final : public ColumnTableModel<CombinedFleetRow> {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CombinedFleetModel)

public:
    enum Column { Account, Provider, Number, Iccid, Name, Status, Tariff, Balance, ColumnCount };
    enum Role { ProviderRole = FirstCustomRole, AccountRole };

    struct AccountState {
        CombinedAccount account;
        int sims = 0;
        QDateTime asOf;  // invalid: no snapshot yet
        QString problem; // translated: the snapshot could not be read
    };

    explicit CombinedFleetModel(QObject* parent = nullptr);
    ~CombinedFleetModel() override;

    // Reads the accounts' snapshots from `snapshotDirectory` off the GUI
    // thread; `liveKey`'s SIMs are `liveSims` instead (the open account, as
    // loaded). A load still running is dropped. loaded() says when done.
    void load(const QVector<CombinedAccount>& accounts, const QString& snapshotDirectory,
              const QString& liveKey = {}, const QVector<Sim>& liveSims = {});
    bool isLoading() const { return m_watcher != nullptr; }
    const QVector<AccountState>& accounts() const { return m_accounts; }

signals:
    void loaded();

private:
    struct Loaded {
        QVector<AccountState> accounts;
        QVector<CombinedFleetRow> rows;
    };
    static Loaded read(const QVector<CombinedAccount>& accounts, const QString& directory,
                       const QString& liveKey, const QVector<Sim>& liveSims);

    QVector<AccountState> m_accounts;
    QFutureWatcher<Loaded>* m_watcher = nullptr;
};

// The combined view's filters: one provider (or all), one account (or all),
// and text found in the number, ICCID, name, tariff or account name.
class CombinedFleetFilter final : public QSortFilterProxyModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CombinedFleetFilter)

public:
    explicit CombinedFleetFilter(QObject* parent = nullptr);

    void setProvider(std::optional<ProviderKind> provider);
    void setAccount(const QString& key); // empty: every account
    void setText(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    std::optional<ProviderKind> m_provider;
    QString m_account;
    QString m_text;
};

} // namespace simfleet
