#include "views/home/FleetGlanceCard.h"

#include "models/fleet/FleetCounts.h"
#include "models/fleet/FleetRepository.h"
#include "models/fleet/SimText.h"
#include "models/home/HomeOverview.h"
#include "views/common/Theme.h"
#include "views/home/DonutChart.h"
#include "views/home/HomeCard.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace simfleet {

namespace {

// Status colours in the order of SimText's status icons: green working,
// amber package, reds for blocks, grey unknown. The legend names each part,
// so colour is never the only mark.
QColor blockColor(BlockCode block, const QPalette& palette) {
    using Theme::Swatch;
    switch (block) {
    case BlockCode::None:
        return Theme::swatch(Swatch::Green, palette);
    case BlockCode::User:
        return Theme::swatch(Swatch::Blue, palette);
    case BlockCode::Msu:
        return Theme::swatch(Swatch::Purple, palette);
    case BlockCode::Package:
        return Theme::swatch(Swatch::Amber, palette);
    case BlockCode::Financial:
        return Theme::swatch(Swatch::Red, palette);
    case BlockCode::Operator:
        return Theme::swatch(Swatch::Brown, palette);
    case BlockCode::Unknown:
        break;
    }
    return Theme::swatch(Swatch::Grey, palette);
}

FleetFilter statusFilter(BlockCode block) {
    FleetFilter filter;
    if (block == BlockCode::None) {
        filter.status = FleetFilter::Status::Active;
    } else if (block == BlockCode::Unknown) {
        // Unknown codes have no filter of their own (as on the SIMs page's counts).
        filter.status = FleetFilter::Status::BlockedAny;
    } else {
        filter.status = FleetFilter::Status::Code;
        filter.blockCode = block;
    }
    return filter;
}

FleetFilter profileFilter(SimProfile profile) {
    FleetFilter filter;
    filter.profile = profile;
    return filter;
}

} // namespace

FleetGlanceCard::FleetGlanceCard(HomeOverview* home, QWidget* parent)
    : QWidget(parent)
    , m_home(home)
    , m_card(new HomeCard(QStringLiteral("fleetCard"), this)) {
    auto* content = new QWidget(m_card);
    m_total = new QLabel(content);
    m_total->setObjectName(QStringLiteral("fleetTotal"));
    m_status = new DonutChart(QStringLiteral("statusChart"), content);
    m_profile = new DonutChart(QStringLiteral("profileChart"), content);
    m_attention = new QLabel(content);
    m_packageUsedUp = new QPushButton(content);
    m_packageUsedUp->setObjectName(QStringLiteral("packageUsedUp"));
    m_packageUsedUp->setIcon(QIcon(SimText::statusIconPath(BlockCode::Package)));
    m_packageUsedUp->setFlat(true);
    m_nearLimit = new QPushButton(content);
    m_nearLimit->setObjectName(QStringLiteral("nearLimit"));
    m_nearLimit->setIcon(QIcon(SimText::statusIconPath(BlockCode::Package)));
    m_nearLimit->setFlat(true);

    auto* charts = new QHBoxLayout;
    charts->addWidget(m_status, 3);
    charts->addSpacing(12);
    charts->addWidget(m_profile, 2);
    auto* attention = new QHBoxLayout;
    attention->addWidget(m_attention);
    attention->addWidget(m_packageUsedUp);
    attention->addWidget(m_nearLimit);
    attention->addStretch(1);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_total);
    contentLayout->addLayout(charts, 1);
    contentLayout->addLayout(attention);
    m_card->setContent(content);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_card);

    connect(m_status, &DonutChart::filterRequested, this, &FleetGlanceCard::filterRequested);
    connect(m_profile, &DonutChart::filterRequested, this, &FleetGlanceCard::filterRequested);
    connect(m_packageUsedUp, &QPushButton::clicked, this,
            [this] { emit filterRequested(packageUsedUpFilter()); });
    connect(m_nearLimit, &QPushButton::clicked, this,
            [this] { emit filterRequested(nearLimitFilter()); });
    connect(m_home->fleetCounts(), &FleetCountsTracker::changed, this,
            &FleetGlanceCard::updateCharts);
    FleetRepository* fleet = m_home->fleet();
    connect(fleet, &FleetRepository::loadingChanged, this, &FleetGlanceCard::showFleet);
    connect(fleet, &FleetRepository::offlineChanged, this, &FleetGlanceCard::showFleet);
    connect(fleet, &FleetRepository::modeChanged, this, &FleetGlanceCard::showFleet);
    connect(fleet, &FleetRepository::snapshotShown, this, &FleetGlanceCard::showFleet);
    connect(fleet, &FleetRepository::loadFinished, this, [this](const ApiError& error) {
        m_loadError = error.kind == ApiError::Kind::Cancelled ? ApiError() : error;
        showFleet();
    });
    connect(m_card, &HomeCard::retryRequested, fleet, &FleetRepository::refresh);
    retranslateUi();
}

FleetFilter FleetGlanceCard::packageUsedUpFilter() {
    return statusFilter(BlockCode::Package);
}

FleetFilter FleetGlanceCard::nearLimitFilter() {
    FleetFilter filter;
    filter.nearLimit = true;
    return filter;
}

void FleetGlanceCard::showFleet() {
    const FleetRepository* fleet = m_home->fleet();
    const FleetCounts& counts = m_home->fleetCounts()->counts();
    if (!m_home->holdsWholeFleet()) {
        m_card->setNotice(QString());
        m_card->showMessage(
            tr("The charts need the whole fleet loaded. This account has more SIMs than the "
               "server-side threshold, so the SIM table reads them from NovaConnect page by page; "
               "raise the threshold in the preferences to see the charts."));
        return;
    }
    if (counts.total > 0) {
        m_card->showContent();
        if (fleet->isOffline())
            m_card->setNotice(tr("Offline: the figures are those of %1.")
                                  .arg(SimText::shortDateTime(fleet->dataAsOf().toLocalTime())));
        else if (m_loadError.isError())
            m_card->setNotice(tr("Could not refresh: %1").arg(m_loadError.userMessage()));
        else
            m_card->setNotice(QString());
        return;
    }
    m_card->setNotice(QString());
    if (!fleet->isLoading() && m_loadError.isError())
        m_card->showError(m_loadError.userMessage());
    else if (!fleet->isLoading() && fleet->dataAsOf().isValid())
        m_card->showMessage(tr("This account has no SIMs yet."));
    else // loading now, or nothing loaded yet
        m_card->showMessage(tr("Loading the fleet…"));
}

void FleetGlanceCard::updateCharts() {
    const FleetCounts& counts = m_home->fleetCounts()->counts();
    const QLocale locale;
    m_total->setText(tr("%Ln SIM(s) in the fleet", "count of SIM cards", counts.total));

    const QPalette palette = Theme::current();
    QVector<DonutChart::Part> byStatus;
    byStatus.append({SimText::status(BlockCode::None), counts.active,
                     statusColor(BlockCode::None, palette), statusFilter(BlockCode::None)});
    for (BlockCode block : SimText::knownBlockCodes())
        byStatus.append({SimText::status(block), counts.blockedBy(block),
                         statusColor(block, palette), statusFilter(block)});
    m_status->setParts(byStatus);

    const int otherProfiles = counts.total - counts.td - counts.tc;
    QVector<DonutChart::Part> byProfile{
        {SimText::profile(SimProfile::TD), counts.td, Theme::swatch(Theme::Swatch::Sky, palette),
         profileFilter(SimProfile::TD)},
        {SimText::profile(SimProfile::TC), counts.tc, Theme::swatch(Theme::Swatch::Teal, palette),
         profileFilter(SimProfile::TC)},
    };
    if (otherProfiles > 0) {
        // Profiles SimFleet does not know have no filter to open them by.
        byProfile.append({tr("Other profile"), otherProfiles,
                          Theme::swatch(Theme::Swatch::Grey, palette), std::nullopt});
    }
    m_profile->setParts(byProfile);

    const int usedUp = counts.blockedBy(BlockCode::Package);
    m_packageUsedUp->setText(tr("Package used up: %1").arg(locale.toString(usedUp)));
    m_packageUsedUp->setEnabled(usedUp > 0);
    m_nearLimit->setText(
        tr("Data limit near or reached: %1").arg(locale.toString(counts.nearLimit)));
    m_nearLimit->setEnabled(counts.nearLimit > 0);
    showFleet();
}

QColor FleetGlanceCard::statusColor(BlockCode block, const QPalette& palette) {
    return blockColor(block, palette);
}

void FleetGlanceCard::changeEvent(QEvent* event) {
    // The slices take the theme's colours.
    if (event->type() == QEvent::PaletteChange)
        updateCharts();
    QWidget::changeEvent(event);
}

void FleetGlanceCard::retranslateUi() {
    m_card->setTitle(tr("Fleet at a glance"));
    m_status->setTitle(tr("SIMs by status"));
    m_profile->setTitle(tr("SIMs by profile"));
    m_attention->setText(tr("Needs attention:"));
    m_packageUsedUp->setToolTip(
        tr("SIMs blocked because their package is used up (click to show them)"));
    m_nearLimit->setToolTip(tr("SIMs that used %1 % or more of their data limit (click to show "
                               "them)")
                                .arg(QLocale().toString(qRound(kLimitNearShare * 100))));
    updateCharts();
}

void FleetGlanceCard::setShowsProfiles(bool shows) {
    // Used-up packages and data limits are profile matters too.
    for (QWidget* widget :
         {static_cast<QWidget*>(m_profile), static_cast<QWidget*>(m_attention),
          static_cast<QWidget*>(m_packageUsedUp), static_cast<QWidget*>(m_nearLimit)})
        widget->setVisible(shows);
}

} // namespace simfleet
