#include "models/home/HomeOverview.h"

#include "api/Session.h"
#include "models/fleet/FleetCounts.h"
#include "models/fleet/FleetRepository.h"
#include "models/home/ActiveJobsModel.h"
#include "models/home/CompanyInfo.h"
#include "models/home/LatestBill.h"
#include "models/jobs/BulkOperations.h"

#include <QTimeZone>

namespace simfleet {

HomeOverview::HomeOverview(ApiClient* client, Session* session, FleetRepository* fleet,
                           FleetModel* fleetModel, BulkOperations* bulk, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_fleet(fleet)
    , m_company(new CompanyInfo(client, this))
    , m_bill(new LatestBill(client, this))
    , m_counts(new FleetCountsTracker(fleetModel, this))
    , m_jobs(new ActiveJobsModel(bulk->jobs(), this)) {}

HomeOverview::~HomeOverview() = default;

bool HomeOverview::holdsWholeFleet() const {
    return m_fleet->mode() == FleetRepository::Mode::Local;
}

void HomeOverview::setProviderZone(const QTimeZone& zone) {
    m_bill->setProviderZone(zone);
}

void HomeOverview::setSources(bool company, bool bills) {
    m_readsCompany = company;
    m_readsBill = bills;
}

void HomeOverview::open() {
    if (m_readsCompany && m_session && m_session->isSignedIn())
        m_company->setCompany(m_session->company());
    else if (m_readsCompany)
        m_company->reload();
    if (m_readsBill)
        m_bill->reload();
}

void HomeOverview::reload() {
    if (m_readsCompany)
        m_company->reload();
    if (m_readsBill)
        m_bill->reload();
}

void HomeOverview::clear() {
    m_company->clear();
    m_bill->clear();
}

} // namespace simfleet
