#include "models/users/UserInput.h"

#include "api/User.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace simfleet {

namespace {

// The separators people type in phone numbers.
bool isPhoneSeparator(QChar c) {
    return c == u' ' || c == u'-' || c == u'.' || c == u'(' || c == u')';
}

} // namespace

QString UserInput::firstNameProblem(const QString& text) {
    return text.trimmed().isEmpty()
               ? QCoreApplication::translate("UserInput", "Enter the first name.")
               : QString();
}

QString UserInput::lastNameProblem(const QString& text) {
    return text.trimmed().isEmpty()
               ? QCoreApplication::translate("UserInput", "Enter the last name.")
               : QString();
}

QString UserInput::emailProblem(const QString& text) {
    const QString email = text.trimmed();
    if (email.isEmpty())
        return QCoreApplication::translate("UserInput", "Enter the email address.");
    // name@domain.tld: one @, no spaces, a dot in the domain.
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"));
    if (!pattern.match(email).hasMatch())
        return QCoreApplication::translate("UserInput",
                                           "Enter an email address like name@example.com.");
    return QString();
}

QString UserInput::phoneProblem(const QString& text) {
    const QString phone = text.trimmed();
    if (phone.isEmpty())
        return QCoreApplication::translate("UserInput", "Enter the phone number.");
    int digits = 0;
    for (qsizetype i = 0; i < phone.size(); ++i) {
        const QChar c = phone.at(i);
        if (c.isDigit() && c.unicode() < 128)
            ++digits;
        else if (!(c == u'+' && i == 0) && !isPhoneSeparator(c))
            return QCoreApplication::translate("UserInput",
                                               "Use digits, with an optional + at the start "
                                               "(spaces, dashes and brackets may separate them).");
    }
    // E.164: at most 15 digits; fewer than 7 is no phone number anywhere.
    if (digits < 7 || digits > 15)
        return QCoreApplication::translate("UserInput", "A phone number has 7 to 15 digits.");
    return QString();
}

QString UserInput::normalizedPhone(const QString& text) {
    const QString phone = text.trimmed();
    QString normalized;
    normalized.reserve(phone.size());
    for (qsizetype i = 0; i < phone.size(); ++i) {
        const QChar c = phone.at(i);
        if ((c == u'+' && i == 0) || !isPhoneSeparator(c))
            normalized += c;
    }
    return normalized;
}

QString UserInput::problem(const NewUser& user) {
    for (const QString& problem : {firstNameProblem(user.firstName), lastNameProblem(user.lastName),
                                   emailProblem(user.email), phoneProblem(user.phone)}) {
        if (!problem.isEmpty())
            return problem;
    }
    return QString();
}

QString UserInput::problem(const UserChanges& changes) {
    const std::pair<const std::optional<QString>*, QString (*)(const QString&)> checks[] = {
        {&changes.firstName, &firstNameProblem},
        {&changes.lastName, &lastNameProblem},
        {&changes.email, &emailProblem},
        {&changes.phone, &phoneProblem}};
    for (const auto& [value, check] : checks) {
        if (*value) {
            QString problem = check(**value);
            if (!problem.isEmpty())
                return problem;
        }
    }
    return QString();
}

} // namespace simfleet
