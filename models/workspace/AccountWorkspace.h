#pragma once

#include "api/Provider.h"

#include <QObject>
#include <QString>

class QTimer;

namespace simfleet {

class ApiClient;
class BillsModel;
class BulkOperations;
class FleetModel;
class FleetRepository;
class GroupTableModel;
class GroupsModel;
class ProfileModel;
class ReportsModel;
class SimIdentityChange;
class UsageReport;
class HomeOverview;
class NotificationsModel;
class Session;
class TariffCatalog;
class UsersModel;
struct Preferences;

// Everything that belongs to the signed-in account, for the pages to show:
// the client and session, the fleet (FleetModel and the FleetRepository that
// fills it), the bulk operations (journal, audit trail, jobs) and the
// account's groups, the signed-in user's own profile. One workspace lives as long as the
// application; open() at sign-in gives it the account, close() at sign-out drops the account's
// data. Pages receive what they show from it; none creates a repository or
// calls a service.
class AccountWorkspace final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountWorkspace)

public:
    // `session` may be null (tests that drive a page without signing in).
    explicit AccountWorkspace(ApiClient* client, Session* session = nullptr,
                              QObject* parent = nullptr);
    ~AccountWorkspace() override;

    ApiClient* client() const { return m_client; }
    // The provider the account's SIMs are with, and what it can do: pages,
    // actions, filters and report kinds show only what it has. Set before open().
    ProviderKind provider() const { return m_provider; }
    void setProvider(ProviderKind provider);
    Capabilities capabilities() const { return Providers::capabilities(m_provider); }
    bool has(Capability capability) const { return capabilities().testFlag(capability); }
    // The second operator's tariffs and top-up packets (empty for NovaConnect).
    TariffCatalog* tariffs() const { return m_tariffs; }
    // Activation, number binding and SIM swap (the second operator); audited.
    SimIdentityChange* identityChange() const { return m_identityChange; }
    Session* session() const { return m_session; }
    FleetModel* fleetModel() const { return m_fleetModel; }
    FleetRepository* fleet() const { return m_fleet; }
    BulkOperations* bulkOperations() const { return m_bulk; }
    GroupsModel* groups() const { return m_groups; }
    // The groups with their SIM counts from the loaded fleet (Groups page).
    GroupTableModel* groupTable() const { return m_groupTable; }
    ProfileModel* profile() const { return m_profile; }
    // What the Home page shows: company, fleet figures, jobs in progress, latest bill.
    HomeOverview* home() const { return m_home; }
    // The company's users (the Users page).
    UsersModel* users() const { return m_users; }
    // The reports (the Reports page): read when the user runs one, emptied at sign-out.
    ReportsModel* reports() const { return m_reports; }
    // The second operator's usage report (CDR; the Reports page), emptied at sign-out.
    UsageReport* usage() const { return m_usage; }
    // The account's bills, newest first (the Bills page).
    BillsModel* bills() const { return m_bills; }
    // The account notifications received by the callback listener (the
    // Notifications page, the Home page's card, the unpaid-bill banner).
    NotificationsModel* notifications() const { return m_notifications; }

    // The folder bills are downloaded into (the Bills page's choice, kept with
    // its state); empty while none is chosen. Notification files go there too,
    // or while it is empty into defaultBillsFolder().
    QString billsFolder() const { return m_billsFolder; }
    void setBillsFolder(const QString& folder);
    // <Documents>/SimFleet/<company> of the open account (created only when a
    // file is saved into it): the folder the Bills page proposes.
    QString defaultBillsFolder() const;

    // Where the fleet snapshots are kept; empty = none.
    void setSnapshotDirectory(const QString& directory);
    // Where each account's list of notifications is kept; empty = in memory only.
    void setNotificationsDirectory(const QString& directory);
    // The loading, refresh and server-side values for the fleet and the
    // request size and confirmation timeout for new bulk jobs.
    void applyPreferences(const Preferences& preferences);

    // Sign-in: the account (API URL + "#" + user id, AccountFiles::accountKey)
    // whose snapshot the fleet shows; reads the account's groups and profile.
    void open(const QString& accountKey);
    // Sign-out: stops and empties the fleet, the groups and the profile.
    void close();
    // The open account's key; empty when none (or no snapshot is wanted).
    QString accountKey() const { return m_accountKey; }

signals:
    // The account's data changed on the server (bulk jobs ended): pages
    // showing it reload. One signal for jobs that end close together.
    void dataChanged();

private:
    ApiClient* m_client;
    Session* m_session;
    FleetModel* m_fleetModel;
    FleetRepository* m_fleet;
    BulkOperations* m_bulk;
    GroupsModel* m_groups;
    GroupTableModel* m_groupTable;
    ProfileModel* m_profile;
    HomeOverview* m_home;
    UsersModel* m_users;
    ReportsModel* m_reports;
    UsageReport* m_usage;
    BillsModel* m_bills;
    NotificationsModel* m_notifications;
    TariffCatalog* m_tariffs;
    SimIdentityChange* m_identityChange;
    ProviderKind m_provider = ProviderKind::NovaConnect;
    QString m_notificationsDirectory;
    QString m_billsFolder;
    QTimer* m_dataChanged;
    QString m_accountKey;
};

} // namespace simfleet
