#pragma once

#include "FleetCounts.h"
#include "FleetFilter.h"

#include <QWidget>

class QLabel;
class QToolButton;

// The figures across the top of the SIMs page: total, TD, TC, active,
// blocked (any) and one chip per block code that occurs. A click on a chip
// filters the table to those SIMs.
class DashboardCounts final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardCounts)

public:
    explicit DashboardCounts(QWidget* parent = nullptr);

    void setCounts(const FleetCounts& counts);
    const FleetCounts& counts() const { return m_counts; }
    // The chip texts in order (tests, screenshots).
    QStringList texts() const;

signals:
    void filterRequested(const FleetFilter& filter);

protected:
    void changeEvent(QEvent* event) override;

private:
    QToolButton* addChip(const QString& objectName, const FleetFilter& filter);
    void updateTexts();

    FleetCounts m_counts;
    QToolButton* m_total;
    QToolButton* m_td;
    QToolButton* m_tc;
    QToolButton* m_active;
    QToolButton* m_blocked;
    QList<QPair<BlockCode, QToolButton*>> m_byBlock;
};
