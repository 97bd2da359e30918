#pragma once

#include "api/v2/V2Methods.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QWidget;

namespace simfleet {

class AccountWorkspace;
class SimIdentityChange;
class SimIdentityDialog;
struct Sim;

// The SIMs page's actions that change which SIM a number belongs to (the
// second operator: Activate a SIM…, Bind the number…, Swap the SIM…), each
// opening a SimIdentityDialog. Created only where the provider has
// Capability::Activation / NumberBinding. Binding and swapping need exactly
// one selected SIM; all three need write access and a connection.
class SimIdentityActions final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimIdentityActions)

public:
    using SelectedSim = std::function<std::optional<Sim>()>; // the one selected SIM, or nullopt

    SimIdentityActions(AccountWorkspace* workspace, SelectedSim selected, QWidget* page);

    QList<QAction*> actions() const { return m_actions; }
    QAction* action(V2Action action) const;
    // `unavailable`: why no change can be made now (read-only, offline); empty when it can.
    void update(const QString& unavailable);
    // Opens the dialog; nullptr when the action is not available now.
    SimIdentityDialog* open(V2Action which);
    void retranslate();

private:
    AccountWorkspace* m_workspace;
    SelectedSim m_selected;
    QWidget* m_page;
    SimIdentityChange* m_change;
    QList<QAction*> m_actions;
    QHash<V2Action, QAction*> m_byAction;
    QPointer<SimIdentityDialog> m_dialog;
};

} // namespace simfleet
