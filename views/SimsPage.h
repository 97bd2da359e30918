#pragma once

#include "ApiError.h"
#include "WorkspacePage.h"

class ApiClient;
class FleetLoader;
class FleetModel;
class InlineBanner;
class QLabel;
class QProgressBar;
class QSortFilterProxyModel;
class QStackedWidget;
class QToolButton;
class SimTableView;

// The SIMs page: the whole fleet in one table. States (UI.md): Loading
// (progress in place, rows appear as pages arrive), Empty (a sentence and
// Refresh), Error (an inline banner with Retry above whatever was loaded).
// It only reads, so a read-only session sees all of it.
class SimsPage final : public WorkspacePage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimsPage)

public:
    explicit SimsPage(ApiClient* client, QWidget* parent = nullptr);
    ~SimsPage() override;

    QString navigationTitle() const override;
    QIcon navigationIcon() const override;
    void sessionStarted() override;
    void sessionEnded() override;
    void refresh() override;
    void cancelBackgroundWork() override;

    FleetModel* model() const { return m_model; }
    FleetLoader* loader() const { return m_loader; }
    SimTableView* table() const { return m_table; }
    bool isLoading() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void onLoadStarted();
    void onLoadProgress(qint64 received, qint64 total);
    void onLoadFinished(const ApiError& error);
    void showError();
    void updateCount();
    void updateState();
    void retranslateUi();

    FleetModel* m_model;
    FleetLoader* m_loader;
    QSortFilterProxyModel* m_proxy;
    InlineBanner* m_banner;
    QToolButton* m_refresh;
    QLabel* m_progressLabel;
    QProgressBar* m_progress;
    QLabel* m_count;
    QStackedWidget* m_states;
    SimTableView* m_table;
    QWidget* m_empty;
    QLabel* m_emptyTitle;
    QLabel* m_emptyText;
    QToolButton* m_emptyRefresh;
    ApiError m_lastError;
    bool m_loadedOnce = false;
};
