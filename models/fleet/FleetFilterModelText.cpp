#include "models/fleet/FleetFilterModel.h"

#include "models/fleet/FleetModel.h"

#include <QElapsedTimer>

namespace simfleet {

// FleetFilterModel's search text: complete when a text filter needs it;
// otherwise appended rows are added, and text made stale by changed or
// removed rows rebuilt, in short turns of the event loop once the source
// stops changing.

bool FleetFilterModel::isSearchTextComplete() const {
    return !m_textDirty && m_text.rowCount() == m_match.size();
}

void FleetFilterModel::completeSearchText() {
    m_textCatchUp.stop();
    if (m_fleet)
        appendSearchText(m_fleet->store().size());
}

void FleetFilterModel::scheduleSearchTextCatchUp() {
    // Restarted by every change: while pages keep coming the turns wait.
    if (m_fleet && !isSearchTextComplete())
        m_textCatchUp.start(kTextCatchUpDelayMs);
}

void FleetFilterModel::catchUpSearchText() {
    if (!m_fleet)
        return;
    const qsizetype rows = m_fleet->store().size();
    QElapsedTimer turn;
    turn.start();
    constexpr qsizetype kStep = 4096;
    while (!isSearchTextComplete() && !turn.hasExpired(kTextCatchUpTurnMs))
        appendSearchText(qMin(rows, m_text.rowCount() + kStep));
    if (!isSearchTextComplete())
        m_textCatchUp.start(0);
}

void FleetFilterModel::appendSearchText(qsizetype endRow) {
    const SimStore& store = m_fleet->store();
    if (m_textDirty) {
        // Rebuilt from the first row; what was found with the old text is
        // forgotten with it.
        m_text.clear();
        m_textDirty = false;
        forgetRecentMatches();
    }
    if (m_text.rowCount() == 0 && endRow > 0)
        m_text.reserve(store.size());
    for (qsizetype row = m_text.rowCount(); row < endRow; ++row)
        m_text.append(store, row);
}

} // namespace simfleet
