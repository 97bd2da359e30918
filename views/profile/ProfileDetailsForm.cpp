#include "views/profile/ProfileDetailsForm.h"

#include "api/Session.h"
#include "models/profile/ProfileModel.h"
#include "views/common/InlineBanner.h"
#include "views/common/Theme.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace simfleet {

ProfileDetailsForm::ProfileDetailsForm(ProfileModel* model, QWidget* parent)
    : QGroupBox(parent)
    , m_model(model)
    , m_firstNameLabel(new QLabel(this))
    , m_lastNameLabel(new QLabel(this))
    , m_emailLabel(new QLabel(this))
    , m_phoneLabel(new QLabel(this))
    , m_roleLabel(new QLabel(this))
    , m_firstName(new QLineEdit(this))
    , m_lastName(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_phone(new QLabel(this))
    , m_role(new QLabel(this))
    , m_roleHint(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_banner(new InlineBanner(this))
    , m_save(new QPushButton(this))
    , m_revert(new QPushButton(this)) {
    setObjectName(QStringLiteral("profileDetails"));
    m_firstName->setObjectName(QStringLiteral("profileFirstName"));
    m_lastName->setObjectName(QStringLiteral("profileLastName"));
    m_email->setObjectName(QStringLiteral("profileEmail"));
    m_phone->setObjectName(QStringLiteral("profilePhone"));
    m_role->setObjectName(QStringLiteral("profileRole"));
    m_problem->setObjectName(QStringLiteral("profileProblem"));
    m_banner->setObjectName(QStringLiteral("profileBanner"));
    m_save->setObjectName(QStringLiteral("profileSave"));
    m_revert->setObjectName(QStringLiteral("profileRevert"));
    m_firstNameLabel->setBuddy(m_firstName);
    m_lastNameLabel->setBuddy(m_lastName);
    m_emailLabel->setBuddy(m_email);
    m_phone->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_role->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (QLabel* label : {m_phone, m_role, m_roleHint, m_problem})
        label->setTextFormat(Qt::PlainText);
    m_roleHint->setWordWrap(true);
    m_roleHint->setForegroundRole(QPalette::PlaceholderText);
    m_problem->setWordWrap(true);
    Theme::setTextTone(m_problem, Theme::Tone::Bad);
    m_problem->hide();
    m_banner->hide();
    m_save->setDefault(true);

    auto* fields = new QFormLayout;
    fields->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    fields->addRow(m_firstNameLabel, m_firstName);
    fields->addRow(m_lastNameLabel, m_lastName);
    fields->addRow(m_emailLabel, m_email);
    fields->addRow(m_phoneLabel, m_phone);
    fields->addRow(m_roleLabel, m_role);
    fields->addRow(QString(), m_roleHint);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(fields);
    layout->addWidget(m_problem);
    layout->addWidget(m_banner);
    layout->addLayout(buttons);

    for (QLineEdit* edit : {m_firstName, m_lastName, m_email}) {
        connect(edit, &QLineEdit::textEdited, this, [this] {
            m_banner->hide();
            // A refusal shown goes away once its field is corrected.
            if (m_problemShown)
                showProblem(ProfileValidation::checkProfile(typed()));
            updateButtons();
        });
        connect(edit, &QLineEdit::returnPressed, this, &ProfileDetailsForm::submit);
    }
    connect(m_save, &QPushButton::clicked, this, &ProfileDetailsForm::submit);
    connect(m_revert, &QPushButton::clicked, this, [this] {
        resetFields();
        m_banner->hide();
    });
    connect(m_model, &ProfileModel::userChanged, this, &ProfileDetailsForm::onUserChanged);
    connect(m_model, &ProfileModel::saveFinished, this, &ProfileDetailsForm::onSaveFinished);
    connect(m_model, &ProfileModel::stateChanged, this, &ProfileDetailsForm::updateButtons);

    resetFields();
    retranslateUi();
}

ProfileEdit ProfileDetailsForm::typed() const {
    return {m_firstName->text(), m_lastName->text(), m_email->text()};
}

QString ProfileDetailsForm::problemText() const {
    return m_problemShown ? m_problem->text() : QString();
}

void ProfileDetailsForm::resetFields() {
    m_shown = m_model->current();
    m_firstName->setText(m_shown.firstName);
    m_lastName->setText(m_shown.lastName);
    m_email->setText(m_shown.email);
    showProblem(std::nullopt);
    updateReadOnlyTexts();
    updateButtons();
}

void ProfileDetailsForm::onUserChanged() {
    // A fresh read (or the saved answer) replaces the fields unless the user
    // has typed something not yet saved: that input is kept.
    if (typed() == m_shown || m_model->current().trimmed() == typed().trimmed())
        resetFields();
    else
        updateReadOnlyTexts();
    updateButtons();
}

void ProfileDetailsForm::submit() {
    m_banner->hide();
    FieldProblem problem{ProfileField::FirstName, {}};
    switch (m_model->save(typed(), &problem)) {
    case ProfileModel::Submit::Refused:
        showProblem(problem, true);
        break;
    case ProfileModel::Submit::Unchanged:
        showProblem(std::nullopt);
        m_banner->showMessage(InlineBanner::Kind::Info, InlineBanner::Text(),
                              [] { return tr("Nothing changed: there is nothing to save."); });
        m_banner->show();
        break;
    case ProfileModel::Submit::Sent:
        showProblem(std::nullopt);
        break;
    case ProfileModel::Submit::Busy:
        break;
    }
    updateButtons();
}

void ProfileDetailsForm::onSaveFinished(const ApiError& error) {
    updateButtons();
    if (error.isError()) {
        // The input stays as typed, to correct and save again.
        m_banner->showMessage(
            InlineBanner::Kind::Error, [] { return tr("Your details were not saved"); },
            [error] { return error.userMessage(); });
    } else {
        m_banner->showMessage(InlineBanner::Kind::Info, InlineBanner::Text(),
                              [] { return tr("Your details were saved."); });
    }
    m_banner->show();
}

void ProfileDetailsForm::showProblem(const std::optional<FieldProblem>& problem, bool focus) {
    m_problemShown = problem.has_value();
    m_problem->setVisible(m_problemShown);
    m_problem->setText(problem ? problem->reason : QString());
    if (!problem || !focus)
        return;
    QLineEdit* field = problem->field == ProfileField::LastName ? m_lastName
                       : problem->field == ProfileField::Email  ? m_email
                                                                : m_firstName;
    field->setFocus(Qt::OtherFocusReason);
}

void ProfileDetailsForm::updateButtons() {
    const bool loaded = m_model->isLoaded();
    const bool saving = m_model->isSaving();
    const bool changed = loaded && m_model->differsFromCurrent(typed());
    for (QLineEdit* edit : {m_firstName, m_lastName, m_email})
        edit->setReadOnly(!loaded || saving);
    m_save->setEnabled(changed && !saving);
    m_revert->setEnabled(changed && !saving);
    m_save->setText(saving ? tr("Saving…") : tr("&Save"));
    m_save->setToolTip(changed ? tr("Send the changed name and email to NovaConnect")
                               : tr("Nothing changed yet"));
}

void ProfileDetailsForm::updateReadOnlyTexts() {
    const User& user = m_model->user();
    const QString none = tr("—", "no value");
    m_phone->setText(user.phone.trimmed().isEmpty() ? none : user.phone);
    m_role->setText(user.role.trimmed().isEmpty() ? none : Session::roleCodeName(user.role));
    if (!m_model->isLoaded())
        m_roleHint->clear();
    else if (user.isAdmin())
        m_roleHint->setText(tr("As an administrator you can change the company's SIMs, groups "
                               "and users."));
    else
        m_roleHint->setText(tr("Your role can view the company's data but not change it. Your "
                               "own details and password you can always change."));
    m_roleHint->setVisible(!m_roleHint->text().isEmpty());
}

void ProfileDetailsForm::retranslateUi() {
    setTitle(tr("Your details"));
    m_firstNameLabel->setText(tr("&First name:"));
    m_lastNameLabel->setText(tr("&Last name:"));
    m_emailLabel->setText(tr("&Email:"));
    m_phoneLabel->setText(tr("Phone:"));
    m_roleLabel->setText(tr("Role:"));
    m_email->setPlaceholderText(tr("name@example.com"));
    m_phone->setToolTip(tr("Your phone number is changed by a company administrator."));
    m_role->setToolTip(tr("Your role is set by a company administrator."));
    m_revert->setText(tr("Un&do changes"));
    m_revert->setToolTip(tr("Show your details as they are saved"));
    if (m_problemShown)
        showProblem(ProfileValidation::checkProfile(typed()));
    updateReadOnlyTexts();
    updateButtons();
}

} // namespace simfleet
