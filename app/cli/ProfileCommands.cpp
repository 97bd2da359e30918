#include "api/UserService.h"
#include "app/cli/Areas.h"
#include "app/cli/CommandRegistry.h"
#include "app/cli/SecretInput.h"
#include "app/cli/UserView.h"

#include <QCoreApplication>

namespace simfleet {

// profile get | edit | password (the signed-in user; any role)
class ProfileCommands final {
    Q_DECLARE_TR_FUNCTIONS(ProfileCommands)

public:
    static AreaSpec area();

private:
    static void get(Invocation& inv);
    static void edit(Invocation& inv);
    static void password(Invocation& inv);
    // From SIMFLEET_OLD_PASSWORD / SIMFLEET_NEW_PASSWORD, else two lines of stdin.
    static std::optional<std::pair<QString, QString>> readPasswords(Invocation& inv);
};

AreaSpec profileArea() {
    return ProfileCommands::area();
}

AreaSpec ProfileCommands::area() {
    return {QStringLiteral("profile"),
            QT_TRANSLATE_NOOP("CliHelp", "Your own user profile"),
            {{QStringLiteral("get"),
              QT_TRANSLATE_NOOP("CliHelp", "Show your profile"),
              {},
              &ProfileCommands::get},
             {QStringLiteral("edit"),
              QT_TRANSLATE_NOOP("CliHelp", "Change your name or email; only the options given "
                                           "are changed"),
              {{"first-name", "TEXT", QT_TRANSLATE_NOOP("CliHelp", "First name")},
               {"last-name", "TEXT", QT_TRANSLATE_NOOP("CliHelp", "Last name")},
               {"email", "ADDRESS", QT_TRANSLATE_NOOP("CliHelp", "Email address")}},
              &ProfileCommands::edit},
             {QStringLiteral("password"),
              QT_TRANSLATE_NOOP("CliHelp", "Change your password: the old and the new password "
                                           "are read from two lines of standard input, or from "
                                           "SIMFLEET_OLD_PASSWORD and SIMFLEET_NEW_PASSWORD"),
              {},
              &ProfileCommands::password}}};
}

void ProfileCommands::get(Invocation& inv) {
    Invocation* invocation = &inv;
    ProfileService(inv.client()).get(&inv, inv.onSuccess<User>([invocation](const User& user) {
        printRecord(*invocation, user, UserView::view());
    }));
}

void ProfileCommands::edit(Invocation& inv) {
    OptionValues& options = inv.options();
    const std::optional<QString> firstName = options.optionalText("first-name");
    const std::optional<QString> lastName = options.optionalText("last-name");
    const std::optional<QString> email = options.optionalText("email");
    if (!firstName && !lastName && !email)
        options.fail(tr("Nothing to change: give --first-name, --last-name and/or --email."));
    if (!inv.optionsOk())
        return;
    // user/edit replaces all three fields: keep the ones not given.
    Invocation* invocation = &inv;
    ProfileService(inv.client())
        .get(&inv, inv.onSuccess<User>([invocation, firstName, lastName, email](const User& me) {
            ProfileService(invocation->client())
                .edit(firstName.value_or(me.firstName), lastName.value_or(me.lastName),
                      email.value_or(me.email), invocation,
                      recordPrinter(*invocation, UserView::view(), tr("Profile changed.")));
        }));
}

std::optional<std::pair<QString, QString>> ProfileCommands::readPasswords(Invocation& inv) {
    const QString oldFromEnv = qEnvironmentVariable("SIMFLEET_OLD_PASSWORD");
    const QString newFromEnv = qEnvironmentVariable("SIMFLEET_NEW_PASSWORD");
    if (!oldFromEnv.isEmpty() && !newFromEnv.isEmpty())
        return std::make_pair(oldFromEnv, newFromEnv);
    const std::optional<QString> oldPassword = SecretInput::readLine(tr("Current password: "));
    const std::optional<QString> newPassword =
        oldPassword ? SecretInput::readLine(tr("New password: ")) : std::nullopt;
    if (!oldPassword || !newPassword || oldPassword->isEmpty() || newPassword->isEmpty()) {
        inv.failUsage(tr("Give the current and the new password as two lines on standard input, "
                         "or in SIMFLEET_OLD_PASSWORD and SIMFLEET_NEW_PASSWORD."));
        return std::nullopt;
    }
    return std::make_pair(*oldPassword, *newPassword);
}

void ProfileCommands::password(Invocation& inv) {
    // No prompting for passwords when there is no token to send them with.
    ApiClient* client = inv.client();
    if (inv.isFinished())
        return;
    const auto passwords = readPasswords(inv);
    if (!passwords)
        return;
    Invocation* invocation = &inv;
    ProfileService(client).changePassword(
        passwords->first, passwords->second, &inv, inv.onSuccess<User>([invocation](const User&) {
            if (invocation->isJson())
                invocation->out().json(QJsonObject{{QStringLiteral("password_changed"), true}});
            else
                invocation->out().line(tr("Password changed."));
            invocation->finish(ExitCode::Ok);
        }));
}

} // namespace simfleet
