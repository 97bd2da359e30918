#include "views/sims/SimIdentityActions.h"

#include "models/fleet/FleetRepository.h"
#include "models/fleet/SimIdentityChange.h"
#include "models/workspace/AccountWorkspace.h"
#include "views/sims/SimIdentityDialog.h"

#include <QAction>

namespace simfleet {

SimIdentityActions::SimIdentityActions(AccountWorkspace* workspace, SelectedSim selected,
                                       QWidget* page)
    : QObject(page)
    , m_workspace(workspace)
    , m_selected(std::move(selected))
    , m_page(page)
    , m_change(workspace->identityChange()) {
    QList<V2Action> offered;
    if (workspace->has(Capability::Activation))
        offered.append(V2Action::Activate);
    if (workspace->has(Capability::NumberBinding))
        offered << V2Action::BindNumber << V2Action::SwapSim;
    for (V2Action which : offered) {
        auto* action = new QAction(this);
        action->setObjectName(QStringLiteral("operation_") + V2Actions::name(which));
        connect(action, &QAction::triggered, this, [this, which] { open(which); });
        m_actions.append(action);
        m_byAction.insert(which, action);
    }
    retranslate();
}

QAction* SimIdentityActions::action(V2Action action) const {
    return m_byAction.value(action);
}

void SimIdentityActions::update(const QString& unavailable) {
    for (auto it = m_byAction.cbegin(); it != m_byAction.cend(); ++it) {
        QString reason = unavailable;
        if (reason.isEmpty() && it.key() != V2Action::Activate && !m_selected())
            reason = tr("Select one SIM first.");
        it.value()->setEnabled(reason.isEmpty());
        it.value()->setToolTip(reason.isEmpty() ? it.value()->iconText() : reason);
        it.value()->setStatusTip(reason);
    }
}

SimIdentityDialog* SimIdentityActions::open(V2Action which) {
    QAction* action = m_byAction.value(which);
    if (!action || !action->isEnabled() || m_dialog)
        return nullptr;
    const std::optional<Sim> sim = which == V2Action::Activate ? std::nullopt : m_selected();
    m_dialog = new SimIdentityDialog(which, sim ? &*sim : nullptr, m_workspace->tariffs(), m_change,
                                     m_page);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->open();
    return m_dialog;
}

void SimIdentityActions::retranslate() {
    for (auto it = m_byAction.cbegin(); it != m_byAction.cend(); ++it) {
        switch (it.key()) {
        case V2Action::Activate:
            it.value()->setText(tr("Acti&vate a SIM…"));
            break;
        case V2Action::BindNumber:
            it.value()->setText(tr("Bind the &number to a SIM…"));
            break;
        case V2Action::SwapSim:
            it.value()->setText(tr("S&wap the SIM…"));
            break;
        default:
            break;
        }
    }
}

} // namespace simfleet
