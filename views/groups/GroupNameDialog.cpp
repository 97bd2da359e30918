#include "views/groups/GroupNameDialog.h"

#include "models/groups/GroupsModel.h"
#include "views/common/PlainLabels.h"
#include "views/common/Theme.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace simfleet {

GroupNameDialog::GroupNameDialog(GroupsModel* groups, qint64 groupId, QWidget* parent)
    : QDialog(parent)
    , m_groups(groups)
    , m_groupId(groupId)
    , m_intro(new QLabel(this))
    , m_label(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_ok(new QPushButton(this))
    , m_cancel(new QPushButton(this)) {
    setObjectName(QStringLiteral("groupNameDialog"));
    const int row = groupId != 0 ? groups->rowOfId(groupId) : -1;
    if (row >= 0)
        m_oldName = groups->groupAt(row).name;
    m_intro->setObjectName(QStringLiteral("groupNameIntro"));
    m_intro->setWordWrap(true);
    m_name->setObjectName(QStringLiteral("groupName"));
    m_name->setText(m_oldName);
    m_name->setMaxLength(200);
    m_label->setBuddy(m_name);
    m_problem->setObjectName(QStringLiteral("groupNameProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    Theme::setTextTone(m_problem, Theme::Tone::Bad);
    m_problem->hide();
    m_ok->setObjectName(QStringLiteral("okButton"));
    m_ok->setDefault(true);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setAutoDefault(false);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_ok, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &GroupNameDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &GroupNameDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, [this] {
        m_serverError.clear();
        updateState();
    });

    auto* form = new QFormLayout;
    form->addRow(m_label, m_name);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    retranslateUi();
    PlainLabels::apply(this);
}

void GroupNameDialog::updateState() {
    QString problem = m_serverError;
    const QString typed = m_name->text();
    // An untouched empty field needs no scolding; OK stays off.
    if (problem.isEmpty() && !typed.trimmed().isEmpty())
        problem = m_groups->nameProblem(typed, m_groupId);
    const bool unchanged = m_groupId != 0 && typed.trimmed() == m_oldName.trimmed();
    showProblem(problem);
    m_ok->setEnabled(!m_busy && problem.isEmpty() && !typed.trimmed().isEmpty() && !unchanged);
    m_name->setEnabled(!m_busy);
}

void GroupNameDialog::showProblem(const QString& text) {
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

void GroupNameDialog::accept() {
    if (m_busy)
        return;
    if (m_groupId != 0 && m_name->text().trimmed() == m_oldName.trimmed()) {
        QDialog::accept(); // nothing to change
        return;
    }
    auto done = [this](const ApiError& error) {
        m_busy = false;
        if (error.isError()) {
            m_serverError = error.userMessage();
            updateState();
            return;
        }
        QDialog::accept();
    };
    const QString refusal = m_groupId == 0
                                ? m_groups->create(m_name->text(), this, done)
                                : m_groups->rename(m_groupId, m_name->text(), this, done);
    if (!refusal.isEmpty()) {
        showProblem(refusal);
        m_ok->setEnabled(false);
        return;
    }
    m_busy = true;
    m_serverError.clear();
    updateState();
}

void GroupNameDialog::retranslateUi() {
    if (m_groupId == 0) {
        setWindowTitle(tr("New group"));
        m_intro->setText(
            tr("SIMs can be in several groups. Add SIMs to the group once it exists."));
        m_ok->setText(tr("Create", "a group"));
    } else {
        setWindowTitle(tr("Rename group"));
        m_intro->setText(tr("Rename the group \"%1\". Its SIMs stay in it.").arg(m_oldName));
        m_ok->setText(tr("Rename", "a group"));
    }
    m_label->setText(tr("&Name:", "group"));
    m_cancel->setText(tr("Cancel"));
    updateState();
}

void GroupNameDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace simfleet
