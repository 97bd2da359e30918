#pragma once

#include "api/ApiError.h"
#include "models/fleet/FleetFilter.h"

#include <QColor>
#include <QPalette>
#include <QWidget>

class QLabel;
class QPushButton;

namespace simfleet {

class DonutChart;
class HomeCard;
class HomeOverview;

// The fleet at a glance: SIMs by status and by profile (donuts), and the
// SIMs that need attention: a used-up package (blocked "p"), a data limit
// near or reached. Figures follow the loaded fleet live (FleetCountsTracker);
// every slice and count opens the SIMs page filtered to those SIMs
// (filterRequested()). In server-side mode the whole fleet is not loaded,
// so there are no figures: the card says so.
class FleetGlanceCard final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetGlanceCard)

public:
    explicit FleetGlanceCard(HomeOverview* home, QWidget* parent = nullptr);

    HomeCard* card() const { return m_card; }
    // The profile chart (TD / TC) and what needs attention (used-up packages,
    // data limits) only for providers that have profiles.
    void setShowsProfiles(bool shows);
    DonutChart* statusChart() const { return m_status; }
    DonutChart* profileChart() const { return m_profile; }
    QPushButton* packageUsedUpButton() const { return m_packageUsedUp; }
    QPushButton* nearLimitButton() const { return m_nearLimit; }
    QLabel* totalLabel() const { return m_total; }

    // What the attention buttons open.
    static FleetFilter packageUsedUpFilter();
    static FleetFilter nearLimitFilter();

    void retranslateUi();
    // The colour of a status's slice on `palette` (the legend names it too).
    static QColor statusColor(BlockCode block, const QPalette& palette);

signals:
    void filterRequested(const FleetFilter& filter);

protected:
    void changeEvent(QEvent* event) override;

private:
    void showFleet();
    void updateCharts();

    HomeOverview* m_home;
    HomeCard* m_card;
    QLabel* m_total;
    DonutChart* m_status;
    DonutChart* m_profile;
    QLabel* m_attention;
    QPushButton* m_packageUsedUp;
    QPushButton* m_nearLimit;
    ApiError m_loadError; // the fleet's last load, none after a good one
};

} // namespace simfleet
