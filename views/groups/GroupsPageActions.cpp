#include "views/groups/GroupsPage.h"

#include "models/fleet/FleetRepository.h"
#include "models/groups/GroupTableModel.h"
#include "models/groups/GroupsModel.h"
#include "models/workspace/AccountWorkspace.h"
#include "views/common/InlineBanner.h"
#include "views/groups/GroupNameDialog.h"

#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

namespace simfleet {

void GroupsPage::showProblem(const QString& title, const QString& text) {
    m_problem->showMessage(InlineBanner::Kind::Error, title, text);
    m_problem->show();
}

GroupNameDialog* GroupsPage::openCreateDialog() {
    if (!writeReason().isEmpty())
        return nullptr;
    auto* dialog = new GroupNameDialog(m_workspace->groups(), 0, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        // The new group is the one the user wants to fill.
        const QString name = dialog->nameField()->text().trimmed();
        const QVector<GroupRow>& rows = m_model->rows();
        for (const GroupRow& row : rows) {
            if (row.group.name.trimmed() == name)
                selectGroup(row.group.id);
        }
    });
    dialog->open();
    return dialog;
}

GroupNameDialog* GroupsPage::openRenameDialog() {
    const qint64 id = selectedGroupId();
    if (!writeReason().isEmpty() || id == 0)
        return nullptr;
    auto* dialog = new GroupNameDialog(m_workspace->groups(), id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        // The SIMs' rows show group names: read them again.
        if (m_sessionOpen)
            m_workspace->fleet()->refresh();
    });
    dialog->open();
    return dialog;
}

QString GroupsPage::deleteQuestion(const QString& name, int sims) {
    if (sims < 0)
        return tr("Delete the group \"%1\"? The SIMs in it stay in the fleet and in their other "
                  "groups; only this group is taken off them.")
            .arg(name);
    if (sims == 0)
        return tr("Delete the group \"%1\"? No SIM of the loaded fleet is in it.").arg(name);
    return tr("Delete the group \"%1\"? %Ln SIM(s) are in it. The SIMs themselves stay in the "
              "fleet and in their other groups; only this group is taken off them.",
              "", sims)
        .arg(name);
}

bool GroupsPage::deleteSelectedGroup() {
    const qint64 id = selectedGroupId();
    if (!writeReason().isEmpty() || id == 0)
        return false;
    const int row = m_model->rowOfGroup(id);
    if (row < 0)
        return false;
    const QString name = m_model->rowAt(row).group.name;
    QMessageBox box(QMessageBox::Warning, tr("Delete group"),
                    deleteQuestion(name, m_model->simCount(id)), QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("confirmDeleteGroup"));
    QPushButton* remove = box.addButton(tr("Delete group"), QMessageBox::DestructiveRole);
    QPushButton* keep = box.addButton(tr("Keep"), QMessageBox::RejectRole);
    box.setDefaultButton(keep);
    box.exec();
    if (box.clickedButton() != remove)
        return false;
    m_problem->hide();
    const QString refusal =
        m_workspace->groups()->remove(id, this, [this, name](const ApiError& error) {
            if (error.isError()) {
                showProblem(tr("The group \"%1\" was not deleted").arg(name), error.userMessage());
                return;
            }
            if (m_sessionOpen)
                m_workspace->fleet()->refresh();
        });
    if (!refusal.isEmpty()) {
        showProblem(tr("The group \"%1\" was not deleted").arg(name), refusal);
        return false;
    }
    return true;
}

} // namespace simfleet
