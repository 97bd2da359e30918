#include "models/workspace/AccountWorkspace.h"

#include "api/ProviderTime.h"
#include "api/Session.h"
#include "models/bills/BillsModel.h"
#include "models/common/Preferences.h"
#include "models/fleet/FleetModel.h"
#include "models/fleet/FleetRepository.h"
#include "models/fleet/SimIdentityChange.h"
#include "models/fleet/TariffCatalog.h"
#include "models/groups/GroupTableModel.h"
#include "models/groups/GroupsModel.h"
#include "models/home/HomeOverview.h"
#include "models/jobs/BulkOperations.h"
#include "models/notifications/NotificationFiles.h"
#include "models/notifications/NotificationsModel.h"
#include "models/profile/ProfileModel.h"
#include "models/reports/ReportsModel.h"
#include "models/reports/UsageReport.h"
#include "models/users/UsersModel.h"

#include <QCryptographicHash>
#include <QDir>
#include <QTimeZone>
#include <QTimer>

namespace simfleet {

AccountWorkspace::AccountWorkspace(ApiClient* client, Session* session, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_session(session)
    , m_fleetModel(new FleetModel(this))
    , m_fleet(new FleetRepository(client, m_fleetModel, QString(), this))
    , m_bulk(new BulkOperations(client, this))
    , m_groups(new GroupsModel(client, this))
    , m_groupTable(new GroupTableModel(m_groups, m_fleetModel, m_fleet, client, this))
    , m_profile(new ProfileModel(client, session, this))
    , m_home(new HomeOverview(client, session, m_fleet, m_fleetModel, m_bulk, this))
    , m_users(new UsersModel(client, session, this))
    , m_reports(new ReportsModel(client, this))
    , m_usage(new UsageReport(client, this))
    , m_bills(new BillsModel(client, this))
    , m_notifications(new NotificationsModel(this))
    , m_tariffs(new TariffCatalog(client, this))
    , m_identityChange(new SimIdentityChange(client, m_fleet, this))
    , m_dataChanged(new QTimer(this)) {
    // A rename is an action of this client: the audit trail records it.
    connect(m_fleet, &FleetRepository::simRenamed, m_bulk, &BulkOperations::recordRename);
    connect(m_identityChange, &SimIdentityChange::sent, m_bulk,
            &BulkOperations::recordIdentityChange);
    // Jobs that end together change the data once; the pages' reload updates
    // only the rows that changed.
    m_dataChanged->setSingleShot(true);
    m_dataChanged->setInterval(1000);
    connect(m_bulk, &BulkOperations::jobFinished, m_dataChanged, qOverload<>(&QTimer::start));
    connect(m_dataChanged, &QTimer::timeout, this, [this] {
        if (m_bulk->isOpen())
            emit dataChanged();
    });
}

AccountWorkspace::~AccountWorkspace() {
    m_bulk->closeAccount();
}

void AccountWorkspace::setSnapshotDirectory(const QString& directory) {
    m_fleet->setSnapshotDirectory(directory);
}

void AccountWorkspace::setNotificationsDirectory(const QString& directory) {
    m_notificationsDirectory = directory;
}

void AccountWorkspace::setBillsFolder(const QString& folder) {
    m_billsFolder = folder;
    m_notifications->setBillsFolder(folder);
}

QString AccountWorkspace::defaultBillsFolder() const {
    return NotificationFiles::defaultFolder(m_session ? m_session->company().name : QString());
}

void AccountWorkspace::applyPreferences(const Preferences& preferences) {
    m_fleet->setPageSize(preferences.fleetPageSize);
    m_fleet->setConcurrency(preferences.fleetConcurrency);
    m_fleet->setAutoRefreshMinutes(preferences.autoRefreshMinutes);
    m_fleet->setServerSideThreshold(preferences.serverSideThreshold);
    BulkOperations::Options options = m_bulk->options();
    options.chunkSize = preferences.bulkChunkSize;
    options.unconfirmedTimeoutMinutes = preferences.unconfirmedTimeoutMinutes;
    options.requestsPerSecond = preferences.perSimRequestsPerSecond;
    options.perSimConcurrency = preferences.perSimConcurrency;
    m_bulk->setOptions(options);
    m_home->setProviderZone(ProviderTime::zoneOrDefault(preferences.providerTimeZone));
    m_reports->setProviderZone(ProviderTime::zoneOrDefault(preferences.providerTimeZone));
    m_bills->setProviderZone(ProviderTime::zoneOrDefault(preferences.providerTimeZone));
    m_notifications->setProviderZone(ProviderTime::zoneOrDefault(preferences.providerTimeZone));
}

void AccountWorkspace::setProvider(ProviderKind provider) {
    m_provider = provider;
    m_fleet->setProvider(provider);
    m_home->setSources(has(Capability::Company), has(Capability::Bills));
    m_bulk->setProvider(provider);
}

void AccountWorkspace::open(const QString& accountKey) {
    m_accountKey = accountKey;
    // Only what the provider has is read: another provider's methods would only fail.
    if (has(Capability::Groups))
        m_groups->reload();
    if (has(Capability::Profile))
        m_profile->reload();
    m_home->open();
    if (has(Capability::Users))
        m_users->reload();
    if (has(Capability::Bills))
        m_bills->reload();
    if (has(Capability::TariffFromDate))
        m_tariffs->reload();
    QString storePath;
    if (!m_notificationsDirectory.isEmpty() && !accountKey.isEmpty()) {
        const QByteArray hash =
            QCryptographicHash::hash(accountKey.toUtf8(), QCryptographicHash::Sha1)
                .toHex()
                .left(16);
        storePath = QDir(m_notificationsDirectory)
                        .filePath(QStringLiteral("notifications-%1.json").arg(QLatin1String(hash)));
    }
    m_notifications->setDefaultFolder(defaultBillsFolder());
    m_notifications->open(storePath);
}

void AccountWorkspace::close() {
    m_dataChanged->stop();
    m_fleet->close();
    m_groups->clear();
    m_groupTable->setServerNameFilter(QString());
    m_profile->clear();
    m_home->clear();
    m_users->clear();
    m_reports->clear();
    m_usage->clear();
    m_bills->clear();
    m_tariffs->clear();
    m_notifications->close();
    m_accountKey.clear();
}

} // namespace simfleet
