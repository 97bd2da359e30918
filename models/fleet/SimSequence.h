#pragma once

#include "api/Sim.h"
#include "models/fleet/SimStore.h"

#include <QVector>

#include <initializer_list>

namespace simfleet {

// SIMs in a given order, for work that goes through them once (an export):
// rows of a fleet's store, read one at a time — the copy of the store shares
// its data, so a million SIMs cost no more than their row numbers — or SIMs
// built already. Safe to read from another thread while the fleet changes:
// the fleet's store then detaches from this copy.
class SimSequence {
public:
    SimSequence() = default;
    // Implicit: a list of SIMs is the simple case.
    SimSequence(QVector<Sim> sims) // NOLINT(google-explicit-constructor)
        : m_sims(std::move(sims)) {}
    SimSequence(std::initializer_list<Sim> sims)
        : m_sims(sims) {}
    SimSequence(SimStore store, QVector<int> storeRows)
        : m_store(std::move(store))
        , m_storeRows(std::move(storeRows))
        , m_fromStore(true) {}

    qsizetype size() const { return m_fromStore ? m_storeRows.size() : m_sims.size(); }
    bool isEmpty() const { return size() == 0; }
    Sim at(qsizetype i) const {
        return m_fromStore ? m_store.sim(m_storeRows.at(i)) : m_sims.at(i);
    }

private:
    SimStore m_store;
    QVector<int> m_storeRows;
    QVector<Sim> m_sims;
    bool m_fromStore = false;
};

} // namespace simfleet
