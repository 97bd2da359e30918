#include "views/shell/AccountMenu.h"

#include <QActionGroup>
#include <QEvent>

namespace simfleet {

AccountMenu::AccountMenu(QWidget* parent)
    : QMenu(parent)
    , m_group(new QActionGroup(this))
    , m_accountsEnd(nullptr)
    , m_none(addAction(QString()))
    , m_add(nullptr)
    , m_rename(nullptr)
    , m_remove(new QMenu(this))
    , m_signOut(nullptr)
    , m_quit(nullptr) {
    setObjectName(QStringLiteral("accountMenu"));
    m_none->setEnabled(false);
    m_accountsEnd = addSeparator();
    m_add = addAction(QString(), this, &AccountMenu::addRequested);
    m_add->setObjectName(QStringLiteral("addAccountAction"));
    m_rename = addAction(QString(), this, &AccountMenu::renameRequested);
    m_rename->setObjectName(QStringLiteral("renameAccountAction"));
    m_remove->setObjectName(QStringLiteral("removeAccountMenu"));
    addMenu(m_remove);
    addSeparator();
    m_signOut = addAction(QString(), this, &AccountMenu::signOutRequested);
    m_signOut->setObjectName(QStringLiteral("signOutAction"));
    addSeparator();
    m_quit = addAction(QString(), this, &AccountMenu::quitRequested);
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_group, &QActionGroup::triggered, this, [this](QAction* action) {
        const QString key = action->data().toString();
        // The open account stays checked until another one is open.
        for (QAction* account : m_group->actions())
            account->setChecked(account->data().toString() == m_currentKey);
        if (key != m_currentKey)
            emit switchRequested(key);
    });
    retranslateUi();
}

void AccountMenu::setAccounts(const QVector<Entry>& accounts, const QString& currentKey) {
    m_accounts = accounts;
    m_currentKey = currentKey;
    rebuild();
}

void AccountMenu::setDemo(bool demo) {
    m_demo = demo;
    rebuild();
}

QList<QAction*> AccountMenu::accountActions() const {
    return m_group->actions();
}

void AccountMenu::rebuild() {
    // Later: the action that asked for this change may still be emitting.
    for (QAction* action : m_group->actions()) {
        m_group->removeAction(action);
        removeAction(action);
        action->deleteLater();
    }
    for (QAction* action : m_remove->actions()) {
        m_remove->removeAction(action);
        action->deleteLater();
    }
    for (const Entry& account : std::as_const(m_accounts)) {
        auto* action = new QAction(account.name, m_group);
        action->setCheckable(true);
        action->setChecked(account.key == m_currentKey);
        action->setData(account.key);
        action->setToolTip(account.address);
        action->setStatusTip(account.address);
        insertAction(m_accountsEnd, action);
        if (account.key != m_currentKey) {
            QAction* remove = m_remove->addAction(
                account.name, this, [this, key = account.key] { emit removeRequested(key); });
            remove->setData(account.key);
            remove->setStatusTip(account.address);
        }
    }
    m_none->setVisible(m_accounts.isEmpty());
    const bool manageable = !m_demo;
    const QString reason =
        manageable ? QString()
                   : tr("Not in demo mode: the demo works with the built-in emulator only. Start "
                        "SimFleet without --demo to add your accounts.");
    m_add->setEnabled(manageable);
    m_rename->setEnabled(manageable && !m_currentKey.isEmpty());
    m_remove->setEnabled(manageable && !m_remove->isEmpty());
    m_remove->menuAction()->setEnabled(m_remove->isEnabled());
    for (QAction* action : {m_add, m_rename, m_remove->menuAction()})
        action->setToolTip(reason);
    setToolTipsVisible(!manageable || !m_accounts.isEmpty());
}

void AccountMenu::retranslateUi() {
    setTitle(tr("&Account"));
    m_none->setText(tr("No saved accounts"));
    m_add->setText(tr("A&dd account…"));
    m_add->setStatusTip(tr("Sign in to another account; the one open now stays saved"));
    m_rename->setText(tr("Re&name this account…"));
    m_remove->setTitle(tr("&Remove saved account"));
    m_signOut->setText(tr("Sign &out"));
    m_signOut->setStatusTip(tr("Close this account and forget its remembered access token"));
    m_quit->setText(tr("&Quit"));
    rebuild();
}

void AccountMenu::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMenu::changeEvent(event);
}

} // namespace simfleet
