#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace simfleet {

// What the user typed into "My profile": the three fields user/edit (self)
// changes. Compared and sent trimmed.
struct ProfileEdit {
    QString firstName, lastName, email;

    ProfileEdit trimmed() const {
        return {firstName.trimmed(), lastName.trimmed(), email.trimmed()};
    }
    friend bool operator==(const ProfileEdit& a, const ProfileEdit& b) {
        return a.firstName == b.firstName && a.lastName == b.lastName && a.email == b.email;
    }
    friend bool operator!=(const ProfileEdit& a, const ProfileEdit& b) { return !(a == b); }
};

// The fields of the profile page a refusal points at.
enum class ProfileField { FirstName, LastName, Email, OldPassword, NewPassword, RepeatPassword };

// Why an input is refused before anything is sent: the field to correct and
// a translated sentence.
struct FieldProblem {
    ProfileField field;
    QString reason;
};

// The checks made before a profile edit or a password change leaves: names
// not empty, a plausible email; passwords given, the new one typed twice
// alike and different from the old one. The server may still refuse (its
// own rules, e.g. a minimum length); its message is then shown.
class ProfileValidation final {
    Q_DECLARE_TR_FUNCTIONS(ProfileValidation)

public:
    static std::optional<FieldProblem> checkProfile(const ProfileEdit& edit);
    static std::optional<FieldProblem> checkPasswordChange(const QString& oldPassword,
                                                           const QString& newPassword,
                                                           const QString& repeated);
    // One "@", something before it, a domain with a dot after it, no spaces.
    static bool isPlausibleEmail(const QString& email);
};

} // namespace simfleet
