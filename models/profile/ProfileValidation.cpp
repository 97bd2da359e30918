#include "models/profile/ProfileValidation.h"

#include <QRegularExpression>

namespace simfleet {

bool ProfileValidation::isPlausibleEmail(const QString& email) {
    // Deliberately loose: catches typing slips ("ivanov.example.com",
    // "ivanov@example", "iva nov@x.kz") without rejecting real addresses.
    static const QRegularExpression pattern(QStringLiteral(R"(^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$)"));
    const QString trimmed = email.trimmed();
    return trimmed.size() <= 254 && pattern.match(trimmed).hasMatch();
}

std::optional<FieldProblem> ProfileValidation::checkProfile(const ProfileEdit& edit) {
    const ProfileEdit typed = edit.trimmed();
    if (typed.firstName.isEmpty())
        return FieldProblem{ProfileField::FirstName, tr("Enter your first name.")};
    if (typed.lastName.isEmpty())
        return FieldProblem{ProfileField::LastName, tr("Enter your last name.")};
    if (typed.email.isEmpty())
        return FieldProblem{ProfileField::Email, tr("Enter your email address.")};
    if (!isPlausibleEmail(typed.email))
        return FieldProblem{
            ProfileField::Email,
            tr("\"%1\" does not look like an email address (name@example.com).").arg(typed.email)};
    return std::nullopt;
}

std::optional<FieldProblem> ProfileValidation::checkPasswordChange(const QString& oldPassword,
                                                                   const QString& newPassword,
                                                                   const QString& repeated) {
    if (oldPassword.isEmpty())
        return FieldProblem{ProfileField::OldPassword, tr("Enter your current password.")};
    if (newPassword.isEmpty())
        return FieldProblem{ProfileField::NewPassword, tr("Enter a new password.")};
    if (repeated != newPassword)
        return FieldProblem{ProfileField::RepeatPassword,
                            tr("The new password and its repetition differ. Type the same "
                               "password twice.")};
    if (newPassword == oldPassword)
        return FieldProblem{ProfileField::NewPassword,
                            tr("The new password is the same as the current one.")};
    return std::nullopt;
}

} // namespace simfleet
