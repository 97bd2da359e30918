// The Users page's changing actions: New user, Edit, Activate/Deactivate and
// Remove, with their reasons when they are not available.
#include "views/users/UsersPage.h"

#include "api/ApiError.h"
#include "models/users/UsersModel.h"
#include "views/common/InlineBanner.h"
#include "views/users/UserDialog.h"

#include <QAction>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTableView>

namespace simfleet {

void UsersPage::updateActions() {
    const QString blocked = writeBlockedReason();
    const User* user = selectedUser();
    const bool may = blocked.isEmpty();
    const QString chooseFirst = tr("Select a user first.");

    m_createAction->setEnabled(may);
    m_createAction->setToolTip(may ? tr("Add a user to the company") : blocked);

    m_editAction->setEnabled(may && user);
    m_editAction->setToolTip(!may   ? blocked
                             : user ? tr("Change the selected user's details")
                                    : chooseFirst);

    const bool activating = user && !user->active;
    m_activeAction->setText(activating ? tr("Activate", "user") : tr("Deactivate", "user"));
    const QString activeRefusal =
        user && !activating ? m_model->deactivateRefusal(user->id) : QString();
    m_activeAction->setEnabled(may && user && activeRefusal.isEmpty());
    m_activeAction->setToolTip(!may                       ? blocked
                               : !user                    ? chooseFirst
                               : !activeRefusal.isEmpty() ? activeRefusal
                               : activating ? tr("Let the selected user sign in again")
                                            : tr("Stop the selected user from signing in; the "
                                                 "user is kept"));

    const QString removeRefusal = user ? m_model->removeRefusal(user->id) : QString();
    m_removeAction->setEnabled(may && user && removeRefusal.isEmpty());
    m_removeAction->setToolTip(!may                       ? blocked
                               : !user                    ? chooseFirst
                               : !removeRefusal.isEmpty() ? removeRefusal
                                                          : tr("Remove the selected user"));
    m_refreshAction->setEnabled(m_signedIn);
}

UserDialog* UsersPage::openCreateDialog() {
    const QString blocked = writeBlockedReason();
    if (!blocked.isEmpty()) {
        showProblem(tr("No user was created"), blocked);
        return nullptr;
    }
    m_banner->hide();
    auto* dialog = new UserDialog(m_model, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        // The new user is the model's last row: show it.
        if (m_model->rowCount() > 0)
            selectUser(m_model->rowAt(m_model->rowCount() - 1).id);
    });
    dialog->open();
    return dialog;
}

UserDialog* UsersPage::openEditDialog() {
    const QString blocked = writeBlockedReason();
    const User* user = selectedUser();
    if (!blocked.isEmpty() || !user) {
        showProblem(tr("No user was changed"),
                    !blocked.isEmpty() ? blocked : tr("Select a user first."));
        return nullptr;
    }
    m_banner->hide();
    auto* dialog = new UserDialog(m_model, *user, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

bool UsersPage::toggleActiveSelected() {
    const QString blocked = writeBlockedReason();
    const User* user = selectedUser();
    if (!blocked.isEmpty() || !user) {
        showProblem(tr("No user was changed"),
                    !blocked.isEmpty() ? blocked : tr("Select a user first."));
        return false;
    }
    m_banner->hide();
    const bool activate = !user->active;
    const QString name = user->fullName();
    QPointer<UsersPage> self(this);
    QString refusal;
    const bool sent = m_model->setActive(
        user->id, activate,
        [self, activate, name](const ApiError& error) {
            if (self && error.isError())
                self->showChangeError(activate ? tr("%1 was not activated").arg(name)
                                               : tr("%1 was not deactivated").arg(name),
                                      error);
        },
        &refusal);
    if (!sent)
        showProblem(activate ? tr("%1 was not activated").arg(name)
                             : tr("%1 was not deactivated").arg(name),
                    refusal);
    return sent;
}

QMessageBox* UsersPage::confirmRemoveSelected() {
    const QString blocked = writeBlockedReason();
    const User* user = selectedUser();
    if (!blocked.isEmpty() || !user) {
        showProblem(tr("No user was removed"),
                    !blocked.isEmpty() ? blocked : tr("Select a user first."));
        return nullptr;
    }
    // Refused before asking: nothing would be sent anyway.
    if (const QString refusal = m_model->removeRefusal(user->id); !refusal.isEmpty()) {
        showProblem(tr("%1 was not removed").arg(user->fullName()), refusal);
        return nullptr;
    }
    m_banner->hide();
    const qint64 id = user->id;
    auto* box = new QMessageBox(this);
    box->setObjectName(QStringLiteral("removeUserConfirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIcon(QMessageBox::Warning);
    box->setWindowTitle(tr("Remove user"));
    const QString email = user->email.trimmed();
    box->setText(email.isEmpty() ? tr("Remove %1?").arg(user->fullName())
                                 : tr("Remove %1 (%2)?").arg(user->fullName(), email));
    box->setInformativeText(tr("The user can no longer sign in to NovaConnect, and NovaConnect "
                               "forgets them. This cannot be undone; to stop someone signing in "
                               "for a while, deactivate them instead."));
    box->setTextFormat(Qt::PlainText);
    QPushButton* remove = box->addButton(tr("Remove", "user"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmRemoveButton"));
    QPushButton* cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    connect(remove, &QPushButton::clicked, this, [this, id] { removeConfirmed(id); });
    box->open();
    return box;
}

void UsersPage::removeConfirmed(qint64 id) {
    const User* user = m_model->userById(id);
    const QString name = user ? user->fullName() : QStringLiteral("#%1").arg(id);
    QPointer<UsersPage> self(this);
    QString refusal;
    const bool sent = m_model->remove(
        id,
        [self, name](const ApiError& error) {
            if (self && error.isError())
                self->showChangeError(tr("%1 was not removed").arg(name), error);
        },
        &refusal);
    if (!sent)
        showProblem(tr("%1 was not removed").arg(name), refusal);
}

void UsersPage::showContextMenu(const QPoint& position) {
    const QModelIndex index = m_table->indexAt(position);
    if (index.isValid())
        selectUser(index.data(UsersModel::IdRole).toLongLong());
    QMenu menu(this);
    menu.setToolTipsVisible(true); // a disabled action says why
    menu.addAction(m_editAction);
    menu.addAction(m_activeAction);
    menu.addAction(m_removeAction);
    menu.addSeparator();
    menu.addAction(m_createAction);
    menu.addAction(m_refreshAction);
    menu.exec(m_table->viewport()->mapToGlobal(position));
}

} // namespace simfleet
