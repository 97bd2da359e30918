#pragma once

#include "models/fleet/FleetCounts.h"
#include "models/fleet/FleetFilter.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QToolButton;

namespace simfleet {

// The figures across the top of the SIMs page: total, TD, TC, active,
// blocked (any) and one chip per block code that occurs, with the status
// texts of the table and the status filter (SimText). A click on a chip
// filters the table to those SIMs; the chip of an active filter is shown
// checked, and a click on it turns that filter off.
class DashboardCounts final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardCounts)

public:
    explicit DashboardCounts(QWidget* parent = nullptr);

    void setCounts(const FleetCounts& counts);
    // False for a provider without profiles: no TD and TC chips.
    void setProfilesShown(bool shown);
    const FleetCounts& counts() const { return m_counts; }
    // The chip texts in order (tests, screenshots).
    QStringList texts() const;
    // The table's filter, so the chips show which of them are on.
    void setCurrentFilter(const FleetFilter& filter);

signals:
    void filterRequested(const FleetFilter& filter);

protected:
    void changeEvent(QEvent* event) override;

private:
    QToolButton* addChip(const QString& objectName, const FleetFilter& filter);
    void updateTexts();
    void updateChecked();
    void onChipClicked(QToolButton* chip);
    bool isOn(QToolButton* chip) const;

    FleetCounts m_counts;
    FleetFilter m_current;
    QHash<QToolButton*, FleetFilter> m_chipFilters;
    QToolButton* m_total;
    QToolButton* m_td;
    QToolButton* m_tc;
    QToolButton* m_active;
    QToolButton* m_blocked;
    QList<QPair<BlockCode, QToolButton*>> m_byBlock;
    QWidget* m_profileSeparator = nullptr;
};

} // namespace simfleet
