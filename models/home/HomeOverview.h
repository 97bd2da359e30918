#pragma once

#include <QObject>

class QTimeZone;

namespace simfleet {

class ActiveJobsModel;
class ApiClient;
class BulkOperations;
class CompanyInfo;
class FleetCountsTracker;
class FleetModel;
class FleetRepository;
class LatestBill;
class Session;

// What the Home page shows, for the signed-in account: the company
// (CompanyInfo), the fleet's figures (FleetCountsTracker over the account's
// FleetModel, live as SIMs load and change), the bulk jobs in progress
// (ActiveJobsModel over the Operations journal) and the newest bill
// (LatestBill). The fleet itself is the FleetRepository's: its loading,
// offline and server-side states are read from there.
class HomeOverview final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HomeOverview)

public:
    // `session` may be null (tests): the company is then read at open().
    HomeOverview(ApiClient* client, Session* session, FleetRepository* fleet,
                 FleetModel* fleetModel, BulkOperations* bulk, QObject* parent = nullptr);
    ~HomeOverview() override;

    CompanyInfo* company() const { return m_company; }
    LatestBill* latestBill() const { return m_bill; }
    FleetCountsTracker* fleetCounts() const { return m_counts; }
    ActiveJobsModel* activeJobs() const { return m_jobs; }
    FleetRepository* fleet() const { return m_fleet; }
    // Whether the fleet's figures are those of the whole fleet: not in
    // server-side mode, where only the server's pages are read.
    bool holdsWholeFleet() const;

    void setProviderZone(const QTimeZone& zone);

    // Sign-in: the company the session read (no second request) and the bill.
    void open();
    // Whether the provider has a company card and bills to read (the second
    // operator has neither): what it lacks is never asked for.
    void setSources(bool company, bool bills);
    // F5 / Retry: the company and the bill read again.
    void reload();
    // Sign-out: both forgotten.
    void clear();

private:
    Session* m_session;
    FleetRepository* m_fleet;
    CompanyInfo* m_company;
    LatestBill* m_bill;
    FleetCountsTracker* m_counts;
    ActiveJobsModel* m_jobs;
    bool m_readsCompany = true;
    bool m_readsBill = true;
};

} // namespace simfleet
