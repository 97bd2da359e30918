#pragma once

#include "models/fleet/CombinedFleetModel.h"
#include "views/shell/WorkspacePage.h"

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace simfleet {

class AccountWorkspace;

// Every SIM of every saved account in one table, NovaConnect's and the second
// operator's alike (CombinedFleetModel: the accounts' snapshots, the open one
// as loaded), filtered by provider, account and text. An account never opened
// on this computer has no snapshot yet: the page says so.
class CombinedFleetPage final : public WorkspacePage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CombinedFleetPage)

public:
    using AccountList = std::function<QVector<CombinedAccount>()>;

    CombinedFleetPage(AccountWorkspace* workspace, AccountList accounts, QWidget* parent = nullptr);

    static QString staticPageId() { return QStringLiteral("allAccounts"); }
    QString navigationTitle() const override;
    QIcon navigationIcon() const override;
    void sessionStarted() override;
    void refresh() override;
    void workspaceDataChanged() override { refresh(); }
    void retranslateUi() override;

    CombinedFleetModel* model() const { return m_model; }
    CombinedFleetFilter* filter() const { return m_filter; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void fillChoices();
    void updateSummary();

    AccountWorkspace* m_workspace;
    AccountList m_accountList;
    CombinedFleetModel* m_model;
    CombinedFleetFilter* m_filter;
    QLineEdit* m_search;
    QLabel* m_providerLabel;
    QComboBox* m_provider;
    QLabel* m_accountLabel;
    QComboBox* m_account;
    QPushButton* m_reload;
    QLabel* m_summary;
    QTableView* m_table;
    bool m_loadedOnce = false;
};

} // namespace simfleet
