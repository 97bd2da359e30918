#include "views/users/UserDialog.h"

#include "api/ApiError.h"
#include "api/User.h"
#include "models/users/UserInput.h"
#include "models/users/UsersModel.h"
#include "views/common/InlineBanner.h"
#include "views/common/PlainLabels.h"
#include "views/common/Theme.h"
#include "views/users/PasswordField.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace simfleet {

namespace {

const QString kAdmin = QStringLiteral("admin");
const QString kUser = QStringLiteral("user");

QLabel* problemLabel(QWidget* parent, const QString& name) {
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    Theme::setTextTone(label, Theme::Tone::Bad);
    label->hide();
    return label;
}

} // namespace

UserDialog::UserDialog(UsersModel* model, QWidget* parent)
    : QDialog(parent)
    , m_model(model)
    , m_editing(false) {
    build();
}

UserDialog::UserDialog(UsersModel* model, const User& user, QWidget* parent)
    : QDialog(parent)
    , m_model(model)
    , m_user(user)
    , m_editing(true) {
    build();
}

UserDialog::~UserDialog() {
    m_password->clearPassword();
}

void UserDialog::build() {
    setObjectName(m_editing ? QStringLiteral("editUserDialog")
                            : QStringLiteral("createUserDialog"));
    setMinimumWidth(520);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_firstName = new QLineEdit(this);
    m_firstName->setObjectName(QStringLiteral("firstName"));
    m_lastName = new QLineEdit(this);
    m_lastName->setObjectName(QStringLiteral("lastName"));
    m_email = new QLineEdit(this);
    m_email->setObjectName(QStringLiteral("email"));
    m_phone = new QLineEdit(this);
    m_phone->setObjectName(QStringLiteral("phone"));
    m_phone->setPlaceholderText(QStringLiteral("+77011234567"));
    m_firstNameLabel = new QLabel(this);
    m_lastNameLabel = new QLabel(this);
    m_emailLabel = new QLabel(this);
    m_phoneLabel = new QLabel(this);
    m_passwordLabel = new QLabel(this);
    m_roleLabel = new QLabel(this);
    m_password = new PasswordField(this);
    m_passwordHint = new QLabel(this);
    m_passwordHint->setWordWrap(true);
    m_passwordHint->setForegroundRole(QPalette::PlaceholderText);
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("role"));
    m_active = new QCheckBox(this);
    m_active->setObjectName(QStringLiteral("active"));
    m_send = new QCheckBox(this);
    m_send->setObjectName(QStringLiteral("sendCredentials"));
    m_selfNote = new QLabel(this);
    m_selfNote->setObjectName(QStringLiteral("selfNote"));
    m_selfNote->setWordWrap(true);
    m_selfNote->setForegroundRole(QPalette::PlaceholderText);
    m_message = new InlineBanner(this);
    m_message->setObjectName(QStringLiteral("userDialogMessage"));
    m_message->setClosable(false);
    m_buttons = new QDialogButtonBox(this);
    m_primary = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_primary->setObjectName(QStringLiteral("primaryButton"));
    m_primary->setDefault(true);
    m_buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &UserDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &UserDialog::reject);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    auto addField = [&](QLabel* label, QLineEdit* field, const QString& problemName) {
        label->setBuddy(field);
        QLabel* problem = problemLabel(this, problemName);
        m_problems.insert(field, problem);
        auto* column = new QVBoxLayout;
        column->setSpacing(2);
        column->addWidget(field);
        column->addWidget(problem);
        form->addRow(label, column);
        connect(field, &QLineEdit::textEdited, this, [this, field] { recheckShownProblem(field); });
    };
    addField(m_firstNameLabel, m_firstName, QStringLiteral("firstNameProblem"));
    addField(m_lastNameLabel, m_lastName, QStringLiteral("lastNameProblem"));
    addField(m_emailLabel, m_email, QStringLiteral("emailProblem"));
    addField(m_phoneLabel, m_phone, QStringLiteral("phoneProblem"));
    m_passwordLabel->setBuddy(m_password->lineEdit());
    auto* passwordColumn = new QVBoxLayout;
    passwordColumn->setSpacing(2);
    passwordColumn->addWidget(m_password);
    passwordColumn->addWidget(m_passwordHint);
    form->addRow(m_passwordLabel, passwordColumn);
    m_roleLabel->setBuddy(m_role);
    form->addRow(m_roleLabel, m_role);
    form->addRow(QString(), m_active);
    form->addRow(QString(), m_send);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_selfNote);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    if (m_editing) {
        m_firstName->setText(m_user.firstName.trimmed());
        m_lastName->setText(m_user.lastName.trimmed());
        m_email->setText(m_user.email.trimmed());
        m_phone->setText(m_user.phone.trimmed());
        m_active->setChecked(m_user.active);
        m_send->hide();
        // NovaConnect refuses these for oneself (user/password is the way).
        const QString restriction = m_model ? m_model->selfRestriction(m_user.id) : QString();
        m_self = !restriction.isEmpty();
        if (m_self) {
            for (QWidget* control :
                 {static_cast<QWidget*>(m_password), static_cast<QWidget*>(m_role),
                  static_cast<QWidget*>(m_active)}) {
                control->setEnabled(false);
                control->setToolTip(restriction);
            }
        }
        m_selfNote->setVisible(m_self);
    } else {
        m_active->hide();
        m_selfNote->hide();
    }
    fillRoles();
    retranslateUi();
    PlainLabels::apply(this);
}

void UserDialog::fillRoles() {
    // Items: the role name, with the code as data. A user's unknown code is
    // offered as it is, so an edit keeps it unless another is chosen.
    const QString current = m_editing ? m_user.role.trimmed() : kUser;
    const QString selected = m_role->count() > 0 ? m_role->currentData().toString() : current;
    m_role->clear();
    m_role->addItem(UsersModel::roleName(kUser), kUser);
    m_role->addItem(UsersModel::roleName(kAdmin), kAdmin);
    const bool known = current.compare(kAdmin, Qt::CaseInsensitive) == 0 ||
                       current.compare(kUser, Qt::CaseInsensitive) == 0;
    if (!known)
        m_role->addItem(current.isEmpty() ? tr("(no role)") : current, current);
    int index = m_role->findData(selected);
    if (index < 0) {
        for (int i = 0; i < m_role->count(); ++i) {
            if (m_role->itemData(i).toString().compare(selected, Qt::CaseInsensitive) == 0)
                index = i;
        }
    }
    m_role->setCurrentIndex(qMax(0, index));
}

void UserDialog::retranslateUi() {
    if (m_editing) {
        setWindowTitle(tr("Edit user"));
        m_intro->setText(
            tr("Change the details of %1. Only what you change is sent.").arg(m_user.fullName()));
        m_primary->setText(tr("Save"));
        m_passwordHint->setText(tr("Leave empty to keep the current password."));
    } else {
        setWindowTitle(tr("New user"));
        m_intro->setText(tr("Add a user to the company. First name, last name, email and phone "
                            "are required."));
        m_primary->setText(tr("Create"));
        m_passwordHint->setText(tr("Leave empty and NovaConnect generates a password; send the "
                                   "sign-in details by email so the user learns it."));
    }
    m_firstNameLabel->setText(tr("&First name:"));
    m_lastNameLabel->setText(tr("&Last name:"));
    m_emailLabel->setText(tr("&Email:"));
    m_phoneLabel->setText(tr("P&hone:"));
    m_passwordLabel->setText(m_editing ? tr("New &password:") : tr("&Password:"));
    // The label's buddy is in another widget (the field and its Show button),
    // where a screen reader does not look for it.
    m_password->lineEdit()->setAccessibleName(m_editing ? tr("New password") : tr("Password"));
    m_roleLabel->setText(tr("&Role:"));
    m_active->setText(tr("&Active (may sign in)"));
    m_send->setText(tr("&Send the sign-in details by email"));
    if (m_self)
        m_selfNote->setText(m_model->selfRestriction(m_user.id));
    fillRoles();
    // Problems already shown follow the language.
    for (const QLineEdit* field : {m_firstName, m_lastName, m_email, m_phone})
        recheckShownProblem(field);
}

void UserDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

QString UserDialog::fieldProblem(const QLineEdit* field) const {
    const QLabel* label = m_problems.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

QString UserDialog::messageText() const {
    return m_message->isHidden() ? QString() : m_message->text();
}

QString UserDialog::problemOf(const QLineEdit* field) const {
    if (field == m_firstName)
        return UserInput::firstNameProblem(field->text());
    if (field == m_lastName)
        return UserInput::lastNameProblem(field->text());
    if (field == m_email)
        return UserInput::emailProblem(field->text());
    return UserInput::phoneProblem(field->text());
}

void UserDialog::showProblem(const QLineEdit* field, const QString& problem) {
    QLabel* label = m_problems.value(field);
    label->setText(problem);
    label->setVisible(!problem.isEmpty());
}

void UserDialog::recheckShownProblem(const QLineEdit* field) {
    // While typing, a problem shown goes away once fixed (or changes); a field
    // without one is judged on submit.
    if (!m_problems.value(field)->isHidden())
        showProblem(field, problemOf(field));
}

bool UserDialog::validate(bool focusFirst) {
    QLineEdit* first = nullptr;
    for (QLineEdit* field : {m_firstName, m_lastName, m_email, m_phone}) {
        const QString problem = problemOf(field);
        showProblem(field, problem);
        if (!problem.isEmpty() && !first)
            first = field;
    }
    if (first && focusFirst)
        first->setFocus();
    return first == nullptr;
}

NewUser UserDialog::newUser() const {
    NewUser user;
    user.firstName = m_firstName->text().trimmed();
    user.lastName = m_lastName->text().trimmed();
    user.email = m_email->text().trimmed();
    user.phone = UserInput::normalizedPhone(m_phone->text());
    user.password = m_password->password();
    user.role = m_role->currentData().toString();
    user.sendCredentials = m_send->isChecked();
    return user;
}

UserChanges UserDialog::changes() const {
    UserChanges changes;
    auto changed = [](const QString& now, const QString& before) -> std::optional<QString> {
        if (now == before.trimmed())
            return std::nullopt;
        return now;
    };
    changes.firstName = changed(m_firstName->text().trimmed(), m_user.firstName);
    changes.lastName = changed(m_lastName->text().trimmed(), m_user.lastName);
    changes.email = changed(m_email->text().trimmed(), m_user.email);
    const QString phone = UserInput::normalizedPhone(m_phone->text());
    if (phone != UserInput::normalizedPhone(m_user.phone))
        changes.phone = phone;
    if (m_self)
        return changes; // NovaConnect refuses the rest for oneself
    if (!m_password->password().isEmpty())
        changes.password = m_password->password();
    if (const QString role = m_role->currentData().toString(); role != m_user.role.trimmed())
        changes.role = role;
    if (m_active->isChecked() != m_user.active)
        changes.active = m_active->isChecked();
    return changes;
}

bool UserDialog::submit() {
    if (m_busy || !m_model)
        return false;
    m_message->hide();
    if (!validate(true))
        return false;
    QPointer<UserDialog> self(this);
    auto done = [self](const ApiError& error) {
        if (self)
            self->finished(error);
    };
    QString refusal;
    bool sent = false;
    if (m_editing) {
        const UserChanges wanted = changes();
        if (wanted.toJson().isEmpty()) {
            accept(); // nothing changed: nothing to send
            return false;
        }
        sent = m_model->edit(m_user.id, wanted, done, &refusal);
    } else {
        sent = m_model->create(newUser(), done, &refusal);
    }
    if (!sent) {
        m_message->showMessage(InlineBanner::Kind::Error, tr("Not sent"), refusal);
        return false;
    }
    setBusy(true);
    return true;
}

void UserDialog::setBusy(bool busy) {
    m_busy = busy;
    m_primary->setEnabled(!busy);
    for (QWidget* input : {static_cast<QWidget*>(m_firstName), static_cast<QWidget*>(m_lastName),
                           static_cast<QWidget*>(m_email), static_cast<QWidget*>(m_phone),
                           static_cast<QWidget*>(m_send)})
        input->setEnabled(!busy);
    for (QWidget* input : {static_cast<QWidget*>(m_password), static_cast<QWidget*>(m_role),
                           static_cast<QWidget*>(m_active)})
        input->setEnabled(!busy && !m_self);
    if (busy)
        m_message->showMessage(InlineBanner::Kind::Info, QString(),
                               m_editing ? tr("Saving…") : tr("Creating the user…"));
}

void UserDialog::finished(const ApiError& error) {
    setBusy(false);
    if (!error.isError()) {
        m_message->hide();
        accept();
        return;
    }
    // Everything typed stays, so the user can correct it and try again.
    m_message->showMessage(InlineBanner::Kind::Error, error.title(), error.userMessage());
}

void UserDialog::done(int result) {
    // The password lives only as long as the dialog needs it.
    m_password->clearPassword();
    QDialog::done(result);
}

} // namespace simfleet
