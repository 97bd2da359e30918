#include "views/home/HomePage.h"

#include "models/fleet/FleetRepository.h"
#include "models/home/CompanyInfo.h"
#include "models/home/HomeOverview.h"
#include "models/notifications/NotificationsModel.h"
#include "models/workspace/AccountWorkspace.h"
#include "resources/ResourceIcons.h"
#include "views/bills/BillsPage.h"
#include "views/home/ActiveJobsCard.h"
#include "views/home/BillCard.h"
#include "views/home/CompanyCard.h"
#include "views/home/FleetGlanceCard.h"
#include "views/home/NotificationsCard.h"
#include "views/notifications/NotificationsPage.h"
#include "views/operations/OperationsPage.h"
#include "views/sims/SimsPage.h"

#include <QGridLayout>
#include <QScrollArea>
#include <QVBoxLayout>

namespace simfleet {

HomePage::HomePage(AccountWorkspace* workspace, QWidget* parent)
    : WorkspacePage(parent)
    , m_home(workspace->home()) {
    setObjectName(QStringLiteral("homePage"));
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("homeScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget(scroll);
    m_company = new CompanyCard(m_home->company(), content);
    m_fleet = new FleetGlanceCard(m_home, content);
    m_jobs = new ActiveJobsCard(m_home->activeJobs(), content);
    m_bill = new BillCard(m_home->latestBill(), content);
    m_notifications = new NotificationsCard(workspace->notifications(), content);
    // Cards of what the account's provider does not have are not shown.
    m_company->setVisible(workspace->has(Capability::Company));
    m_bill->setVisible(workspace->has(Capability::Bills));
    m_notifications->setVisible(workspace->has(Capability::Notifications));
    m_fleet->setShowsProfiles(workspace->has(Capability::SimProfiles));

    // Company and bill on the left, the fleet and the jobs to their right.
    auto* grid = new QGridLayout(content);
    grid->addWidget(m_company, 0, 0);
    grid->addWidget(m_fleet, 0, 1);
    grid->addWidget(m_bill, 1, 0);
    grid->addWidget(m_jobs, 1, 1);
    grid->addWidget(m_notifications, 2, 0, 1, 2);
    // Without company and bill cards the fleet and the jobs take the whole width.
    grid->setColumnStretch(0,
                           m_company->isVisibleTo(content) || m_bill->isVisibleTo(content) ? 2 : 0);
    grid->setColumnStretch(1, 5);
    grid->setRowStretch(0, 3);
    grid->setRowStretch(1, 2);
    grid->setRowStretch(2, 2);
    scroll->setWidget(content);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(m_fleet, &FleetGlanceCard::filterRequested, this, [this](const FleetFilter& filter) {
        emit pageRequested(SimsPage::staticPageId(), SimsPage::filterRequest(filter));
    });
    connect(m_jobs, &ActiveJobsCard::jobRequested, this, [this](qint64 jobId) {
        emit pageRequested(OperationsPage::staticPageId(), OperationsPage::jobRequest(jobId));
    });
    connect(m_bill, &BillCard::downloadRequested, this, [this](qint64 billId, bool transcript) {
        emit pageRequested(BillsPage::staticPageId(),
                           BillsPage::downloadRequest(billId, transcript));
    });
    connect(m_notifications, &NotificationsCard::noticeRequested, this, [this](qint64 id) {
        emit pageRequested(NotificationsPage::staticPageId(), NotificationsPage::noticeRequest(id));
    });
    connect(m_notifications, &NotificationsCard::notificationsRequested, this,
            [this] { emit pageRequested(NotificationsPage::staticPageId(), {}); });
    connect(m_jobs, &ActiveJobsCard::operationsRequested, this,
            [this] { emit pageRequested(OperationsPage::staticPageId(), {}); });
}

HomePage::~HomePage() = default;

QString HomePage::navigationTitle() const {
    return tr("Home", "navigation");
}

QIcon HomePage::navigationIcon() const {
    return ResourceIcons::icon(QStringLiteral("home"));
}

void HomePage::refresh() {
    m_home->reload();
    m_home->fleet()->refresh();
}

void HomePage::workspaceDataChanged() {
    if (m_company->isVisibleTo(this))
        m_home->company()->reload();
}

void HomePage::retranslateUi() {
    m_company->retranslateUi();
    m_fleet->retranslateUi();
    m_jobs->retranslateUi();
    m_bill->retranslateUi();
    m_notifications->retranslateUi();
    emit navigationTitleChanged();
}

} // namespace simfleet
