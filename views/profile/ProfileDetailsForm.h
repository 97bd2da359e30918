#pragma once

#include "api/ApiError.h"
#include "models/profile/ProfileValidation.h"

#include <QGroupBox>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace simfleet {

class InlineBanner;
class ProfileModel;

// "Your details" on the My profile page: first name, last name and email to
// edit, phone and role shown. Save checks the input first (the reason under
// the form, nothing sent), sends only a change, and shows the server's
// refusal in a banner with the input kept.
class ProfileDetailsForm final : public QGroupBox {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileDetailsForm)

public:
    explicit ProfileDetailsForm(ProfileModel* model, QWidget* parent = nullptr);

    // Fills the fields from the model's profile (what was typed is dropped).
    void resetFields();
    // Save: refused with a reason, ignored when unchanged, or sent.
    void submit();
    void retranslateUi();

    QLineEdit* firstNameEdit() const { return m_firstName; }
    QLineEdit* lastNameEdit() const { return m_lastName; }
    QLineEdit* emailEdit() const { return m_email; }
    QLabel* phoneLabel() const { return m_phone; }
    QLabel* roleLabel() const { return m_role; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* revertButton() const { return m_revert; }
    // The reason the input was refused before sending; empty when none.
    QString problemText() const;
    InlineBanner* banner() const { return m_banner; }

private:
    ProfileEdit typed() const;
    void onUserChanged();
    void onSaveFinished(const ApiError& error);
    void showProblem(const std::optional<FieldProblem>& problem, bool focus = false);
    void updateButtons();
    void updateReadOnlyTexts();

    ProfileModel* m_model;
    ProfileEdit m_shown; // what the fields were last filled with
    QLabel* m_firstNameLabel;
    QLabel* m_lastNameLabel;
    QLabel* m_emailLabel;
    QLabel* m_phoneLabel;
    QLabel* m_roleLabel;
    QLineEdit* m_firstName;
    QLineEdit* m_lastName;
    QLineEdit* m_email;
    QLabel* m_phone;
    QLabel* m_role;
    QLabel* m_roleHint;
    QLabel* m_problem;
    InlineBanner* m_banner;
    QPushButton* m_save;
    QPushButton* m_revert;
    bool m_problemShown = false;
};

} // namespace simfleet
