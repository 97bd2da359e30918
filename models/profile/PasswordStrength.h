#pragma once

#include <QCoreApplication>
#include <QString>

namespace simfleet {

// A hint while a new password is typed: its length and how many kinds of
// characters it mixes (lower case, upper case, digits, others), summed up as
// weak, fair or strong. Only a hint: the server decides what it accepts.
class PasswordStrength final {
    Q_DECLARE_TR_FUNCTIONS(PasswordStrength)

public:
    enum class Level { Empty, Weak, Fair, Strong };

    static PasswordStrength of(const QString& password);

    Level level() const { return m_level; }
    int length() const { return m_length; }
    int characterClasses() const { return m_classes; }

    // "Weak", "Fair", "Strong"; empty for an empty password.
    QString verdict() const;
    // The verdict with what it is made of and what would improve it:
    // "Fair: 9 characters, 2 kinds of characters. Longer is stronger: 12 or more…".
    QString hint() const;

private:
    Level m_level = Level::Empty;
    int m_length = 0;
    int m_classes = 0;
};

} // namespace simfleet
