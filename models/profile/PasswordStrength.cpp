#include "models/profile/PasswordStrength.h"

namespace simfleet {

namespace {

constexpr int kFairLength = 8;
constexpr int kStrongLength = 12;
constexpr int kLongLength = 16;

} // namespace

PasswordStrength PasswordStrength::of(const QString& password) {
    PasswordStrength strength;
    // Characters as people count them, not UTF-16 units.
    strength.m_length = int(password.toUcs4().size());
    bool lower = false, upper = false, digit = false, other = false;
    for (const char32_t c : password.toUcs4()) {
        if (QChar::isLower(c))
            lower = true;
        else if (QChar::isUpper(c))
            upper = true;
        else if (QChar::isDigit(c))
            digit = true;
        else
            other = true;
    }
    strength.m_classes = int(lower) + int(upper) + int(digit) + int(other);
    if (strength.m_length == 0)
        strength.m_level = Level::Empty;
    else if (strength.m_length < kFairLength || strength.m_classes < 2)
        strength.m_level = Level::Weak;
    else if ((strength.m_length >= kStrongLength && strength.m_classes >= 3) ||
             strength.m_length >= kLongLength)
        strength.m_level = Level::Strong;
    else
        strength.m_level = Level::Fair;
    return strength;
}

QString PasswordStrength::verdict() const {
    switch (m_level) {
    case Level::Empty:
        return {};
    case Level::Weak:
        return tr("Weak", "password strength");
    case Level::Fair:
        return tr("Fair", "password strength");
    case Level::Strong:
        return tr("Strong", "password strength");
    }
    return {};
}

QString PasswordStrength::hint() const {
    if (m_level == Level::Empty)
        return tr("Use at least %1 characters and mix upper and lower case letters, digits and "
                  "symbols.")
            .arg(kStrongLength);
    const QString made = tr("%n character(s)", nullptr, m_length) + QStringLiteral(", ") +
                         tr("%n kind(s) of characters", nullptr, m_classes);
    QString advice;
    if (m_level == Level::Weak && m_length < kFairLength)
        advice = tr("Use at least %1 characters.").arg(kFairLength);
    else if (m_level == Level::Weak)
        advice = tr("Mix upper and lower case letters, digits and symbols.");
    else if (m_level == Level::Fair)
        advice = tr("%1 or more characters of 3 kinds make it strong.").arg(kStrongLength);
    return tr("%1: %2.", "password strength: verdict: what it is made of").arg(verdict(), made) +
           (advice.isEmpty() ? QString() : QStringLiteral(" ") + advice);
}

} // namespace simfleet
