#pragma once

#include "views/shell/WorkspacePage.h"

class QAction;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QTimer;

namespace simfleet {

class AccountWorkspace;
class BillsModel;
class EmptyState;
class InlineBanner;

// The Bills page: the account's bills (number, period, issued, paid or
// "Unpaid", amount in euros and in the bill's currency with the rate,
// country), newest first, with an instant filter and sorting. The rows come
// from the workspace's BillsModel; the page shows loading, empty, error
// (Retry) and offline states. It changes nothing on the server, so read-only
// sessions use all of it.
class BillsPage final : public WorkspacePage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BillsPage)

public:
    explicit BillsPage(AccountWorkspace* workspace, QWidget* parent = nullptr);
    ~BillsPage() override;

    QString navigationTitle() const override;
    QIcon navigationIcon() const override;
    static QString staticPageId() { return QStringLiteral("bills"); }
    QString pageId() const override { return staticPageId(); }
    QList<QWidget*> focusPanes() const override;

    void sessionStarted() override;
    void sessionEnded() override;
    void refresh() override;
    // The table's columns and sort order ("header").
    QVariantMap saveState() const override;
    void restoreState(const QVariantMap& state) override;

    // Asks the page to show one bill (openRequest()).
    static QVariantMap billRequest(qint64 billId);
    void openRequest(const QVariantMap& request) override;

    // The bill of the current row; 0 when none.
    qint64 selectedBillId() const;
    bool selectBill(qint64 id);

    BillsModel* model() const { return m_model; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    QTableView* table() const { return m_table; }
    QLineEdit* filterEdit() const { return m_filter; }
    EmptyState* emptyState() const { return m_empty; }
    InlineBanner* loadBanner() const { return m_loadBanner; }
    QLabel* countLabel() const { return m_count; }
    bool isTableShown() const;

private:
    enum class EmptyAction { None, Retry, ClearFilter };

    void retranslateUi() override;
    void updateState();
    void updateCount();
    void sizeColumns();
    void onEmptyAction();

    BillsModel* m_model;
    QSortFilterProxyModel* m_proxy;
    bool m_signedIn = false;
    qint64 m_pendingBill = 0; // asked for before the rows arrived
    EmptyAction m_emptyAction = EmptyAction::None;

    QLineEdit* m_filter;
    QLabel* m_count;
    QAction* m_refreshAction;
    InlineBanner* m_loadBanner;
    QStackedWidget* m_states;
    QTableView* m_table;
    EmptyState* m_empty;
    QTimer* m_stateTimer;
};

} // namespace simfleet
