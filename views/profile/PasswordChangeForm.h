#pragma once

#include "api/ApiError.h"
#include "models/profile/ProfileValidation.h"

#include <QGroupBox>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace simfleet {

class InlineBanner;
class ProfileModel;

// "Change password" on the My profile page: the current password, the new
// one and its repetition, masked unless "Show passwords" is ticked, with a
// strength hint while the new one is typed. A missing password, a differing
// repetition or an unchanged password is refused before sending; the
// server's refusal (a wrong current password, ...) is shown in a banner. The
// fields are emptied after a change and whenever clear() is called.
class PasswordChangeForm final : public QGroupBox {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PasswordChangeForm)

public:
    explicit PasswordChangeForm(ProfileModel* model, QWidget* parent = nullptr);

    // Empties the three fields, masks them again and hides the messages.
    void clear();
    void submit();
    void retranslateUi();
    void updateEnabled();

    QLineEdit* oldPasswordEdit() const { return m_old; }
    QLineEdit* newPasswordEdit() const { return m_new; }
    QLineEdit* repeatPasswordEdit() const { return m_repeat; }
    QCheckBox* showPasswordsBox() const { return m_show; }
    QLabel* strengthLabel() const { return m_strength; }
    QPushButton* changeButton() const { return m_change; }
    // The reason the input was refused before sending; empty when none.
    QString problemText() const;
    InlineBanner* banner() const { return m_banner; }

private:
    void onFinished(const ApiError& error);
    void showProblem(const std::optional<FieldProblem>& problem, bool focus = false);
    void updateStrength();
    void clearFields();

    ProfileModel* m_model;
    QLabel* m_oldLabel;
    QLabel* m_newLabel;
    QLabel* m_repeatLabel;
    QLineEdit* m_old;
    QLineEdit* m_new;
    QLineEdit* m_repeat;
    QCheckBox* m_show;
    QLabel* m_strength;
    QLabel* m_problem;
    InlineBanner* m_banner;
    QPushButton* m_change;
    bool m_problemShown = false;
};

} // namespace simfleet
