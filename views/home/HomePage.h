#pragma once

#include "views/shell/WorkspacePage.h"

namespace simfleet {

class AccountWorkspace;
class ActiveJobsCard;
class BillCard;
class CompanyCard;
class FleetGlanceCard;
class HomeOverview;
class NotificationsCard;

// The first page after sign-in: the company (CompanyCard), the fleet at a
// glance (FleetGlanceCard: charts by status and profile, SIMs that need
// attention), the bulk jobs in progress (ActiveJobsCard), the latest bill
// (BillCard) and the latest account notifications (NotificationsCard), each
// with its own loading, error (Retry) and offline state. Everything comes
// from the workspace (HomeOverview, NotificationsModel); the page changes
// nothing, so read-only users see it all. Slices and counts open the SIMs
// page filtered, jobs the Operations page, notifications their page.
class HomePage final : public WorkspacePage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HomePage)

public:
    explicit HomePage(AccountWorkspace* workspace, QWidget* parent = nullptr);
    ~HomePage() override;

    QString navigationTitle() const override;
    QIcon navigationIcon() const override;
    static QString staticPageId() { return QStringLiteral("home"); }
    QString pageId() const override { return staticPageId(); }
    // F5: the company, the latest bill and the fleet read again.
    void refresh() override;
    // Bulk jobs ended: the company's balance may have moved.
    void workspaceDataChanged() override;

    CompanyCard* companyCard() const { return m_company; }
    FleetGlanceCard* fleetCard() const { return m_fleet; }
    ActiveJobsCard* jobsCard() const { return m_jobs; }
    BillCard* billCard() const { return m_bill; }
    NotificationsCard* notificationsCard() const { return m_notifications; }

private:
    void retranslateUi() override;

    HomeOverview* m_home;
    CompanyCard* m_company;
    FleetGlanceCard* m_fleet;
    ActiveJobsCard* m_jobs;
    BillCard* m_bill;
    NotificationsCard* m_notifications;
};

} // namespace simfleet
