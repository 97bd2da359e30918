#include "views/common/ButtonActions.h"

#include <QAbstractButton>
#include <QAction>
#include <QEvent>
#include <QMenu>

namespace simfleet {

ButtonActions::ButtonActions(QObject* parent)
    : QObject(parent) {}

void ButtonActions::add(QAbstractButton* button, QMenu* submenu) {
    auto* action = new QAction(this);
    if (!button) {
        action->setSeparator(true);
    } else if (submenu) {
        action->setMenu(submenu);
    } else {
        connect(action, &QAction::triggered, button, &QAbstractButton::click);
    }
    m_entries.append({button, action});
    if (button) {
        copyState(m_entries.last());
        button->installEventFilter(this);
    }
}

void ButtonActions::copyState(const Entry& entry) {
    entry.action->setText(entry.button->text());
    entry.action->setIcon(entry.button->icon());
    entry.action->setToolTip(entry.button->toolTip());
    entry.action->setEnabled(entry.button->isEnabled());
    entry.action->setVisible(!entry.button->isHidden());
}

bool ButtonActions::eventFilter(QObject* watched, QEvent* event) {
    switch (event->type()) {
    case QEvent::LanguageChange: // the page has set the new texts by now
    case QEvent::EnabledChange:
    case QEvent::ToolTipChange:
    case QEvent::ShowToParent:
    case QEvent::HideToParent:
        for (const Entry& entry : m_entries) {
            if (entry.button == watched)
                copyState(entry);
        }
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

QList<QAction*> ButtonActions::refreshed() const {
    QList<QAction*> actions;
    for (const Entry& entry : m_entries) {
        if (entry.button)
            copyState(entry);
        actions.append(entry.action);
    }
    return actions;
}

} // namespace simfleet
