#include "views/profile/PasswordChangeForm.h"

#include "models/profile/PasswordStrength.h"
#include "models/profile/ProfileModel.h"
#include "views/common/InlineBanner.h"
#include "views/common/Theme.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace simfleet {

PasswordChangeForm::PasswordChangeForm(ProfileModel* model, QWidget* parent)
    : QGroupBox(parent)
    , m_model(model)
    , m_oldLabel(new QLabel(this))
    , m_newLabel(new QLabel(this))
    , m_repeatLabel(new QLabel(this))
    , m_old(new QLineEdit(this))
    , m_new(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_show(new QCheckBox(this))
    , m_strength(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_banner(new InlineBanner(this))
    , m_change(new QPushButton(this)) {
    setObjectName(QStringLiteral("passwordChange"));
    m_old->setObjectName(QStringLiteral("oldPassword"));
    m_new->setObjectName(QStringLiteral("newPassword"));
    m_repeat->setObjectName(QStringLiteral("repeatPassword"));
    m_show->setObjectName(QStringLiteral("showPasswords"));
    m_strength->setObjectName(QStringLiteral("passwordStrength"));
    m_problem->setObjectName(QStringLiteral("passwordProblem"));
    m_banner->setObjectName(QStringLiteral("passwordBanner"));
    m_change->setObjectName(QStringLiteral("changePassword"));
    m_oldLabel->setBuddy(m_old);
    m_newLabel->setBuddy(m_new);
    m_repeatLabel->setBuddy(m_repeat);
    for (QLineEdit* edit : {m_old, m_new, m_repeat}) {
        edit->setEchoMode(QLineEdit::Password);
        // No completion or input-method memory of what is typed here.
        edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData |
                                  Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    }
    for (QLabel* label : {m_strength, m_problem}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
    }
    Theme::setTextTone(m_problem, Theme::Tone::Bad);
    m_problem->hide();
    m_banner->hide();

    auto* fields = new QFormLayout;
    fields->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    fields->addRow(m_oldLabel, m_old);
    fields->addRow(m_newLabel, m_new);
    fields->addRow(QString(), m_strength);
    fields->addRow(m_repeatLabel, m_repeat);
    fields->addRow(QString(), m_show);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_change);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(fields);
    layout->addWidget(m_problem);
    layout->addWidget(m_banner);
    layout->addLayout(buttons);

    connect(m_show, &QCheckBox::toggled, this, [this](bool shown) {
        for (QLineEdit* edit : {m_old, m_new, m_repeat})
            edit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    });
    connect(m_new, &QLineEdit::textChanged, this, &PasswordChangeForm::updateStrength);
    for (QLineEdit* edit : {m_old, m_new, m_repeat}) {
        connect(edit, &QLineEdit::textEdited, this, [this] {
            m_banner->hide();
            if (m_problemShown)
                showProblem(ProfileValidation::checkPasswordChange(m_old->text(), m_new->text(),
                                                                   m_repeat->text()));
        });
        connect(edit, &QLineEdit::returnPressed, this, &PasswordChangeForm::submit);
    }
    connect(m_change, &QPushButton::clicked, this, &PasswordChangeForm::submit);
    connect(m_model, &ProfileModel::passwordChangeFinished, this, &PasswordChangeForm::onFinished);
    connect(m_model, &ProfileModel::stateChanged, this, &PasswordChangeForm::updateEnabled);

    retranslateUi();
}

QString PasswordChangeForm::problemText() const {
    return m_problemShown ? m_problem->text() : QString();
}

void PasswordChangeForm::clearFields() {
    for (QLineEdit* edit : {m_old, m_new, m_repeat})
        edit->clear();
}

void PasswordChangeForm::clear() {
    clearFields();
    m_show->setChecked(false);
    showProblem(std::nullopt);
    m_banner->hide();
}

void PasswordChangeForm::submit() {
    m_banner->hide();
    FieldProblem problem{ProfileField::OldPassword, {}};
    const ProfileModel::Submit outcome =
        m_model->changePassword(m_old->text(), m_new->text(), m_repeat->text(), &problem);
    if (outcome == ProfileModel::Submit::Refused)
        showProblem(problem, true);
    else if (outcome == ProfileModel::Submit::Sent)
        showProblem(std::nullopt);
    updateEnabled();
}

void PasswordChangeForm::onFinished(const ApiError& error) {
    updateEnabled();
    if (error.isError()) {
        // The input stays, to correct the one that was wrong.
        m_banner->showMessage(
            InlineBanner::Kind::Error, [] { return tr("The password was not changed"); },
            [error] { return error.userMessage(); });
    } else {
        clearFields();
        m_show->setChecked(false);
        m_banner->showMessage(InlineBanner::Kind::Info, InlineBanner::Text(), [] {
            return tr("Your password was changed. Use the new one the next time you sign in to "
                      "the web cabinet.");
        });
    }
    m_banner->show();
}

void PasswordChangeForm::showProblem(const std::optional<FieldProblem>& problem, bool focus) {
    m_problemShown = problem.has_value();
    m_problem->setVisible(m_problemShown);
    m_problem->setText(problem ? problem->reason : QString());
    if (!problem || !focus)
        return;
    QLineEdit* field = problem->field == ProfileField::NewPassword      ? m_new
                       : problem->field == ProfileField::RepeatPassword ? m_repeat
                                                                        : m_old;
    field->setFocus(Qt::OtherFocusReason);
    field->selectAll();
}

void PasswordChangeForm::updateStrength() {
    const PasswordStrength strength = PasswordStrength::of(m_new->text());
    m_strength->setText(strength.hint());
    // The hint says the level in words; the colour only repeats it.
    switch (strength.level()) {
    case PasswordStrength::Level::Empty:
        Theme::clearTextTone(m_strength);
        break;
    case PasswordStrength::Level::Weak:
        Theme::setTextTone(m_strength, Theme::Tone::Bad);
        break;
    case PasswordStrength::Level::Fair:
        Theme::setTextTone(m_strength, Theme::Tone::Warning);
        break;
    case PasswordStrength::Level::Strong:
        Theme::setTextTone(m_strength, Theme::Tone::Good);
        break;
    }
    m_strength->setForegroundRole(strength.level() == PasswordStrength::Level::Empty
                                      ? QPalette::PlaceholderText
                                      : QPalette::WindowText);
}

void PasswordChangeForm::updateEnabled() {
    const bool busy = m_model->isChangingPassword();
    const bool loaded = m_model->isLoaded();
    for (QLineEdit* edit : {m_old, m_new, m_repeat})
        edit->setReadOnly(busy || !loaded);
    m_change->setEnabled(loaded && !busy);
    m_change->setText(busy ? tr("Changing…") : tr("&Change password"));
}

void PasswordChangeForm::retranslateUi() {
    setTitle(tr("Change password"));
    m_oldLabel->setText(tr("C&urrent password:"));
    m_newLabel->setText(tr("&New password:"));
    m_repeatLabel->setText(tr("&Repeat new password:"));
    m_show->setText(tr("Show pass&words"));
    m_show->setToolTip(tr("Show the passwords as you type them, or hide them again"));
    m_change->setToolTip(tr("Send the current and the new password to NovaConnect"));
    if (m_problemShown)
        showProblem(
            ProfileValidation::checkPasswordChange(m_old->text(), m_new->text(), m_repeat->text()));
    updateStrength();
    updateEnabled();
}

} // namespace simfleet
