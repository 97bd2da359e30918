#include "api/UserService.h"
#include "app/cli/Areas.h"
#include "app/cli/CommandRegistry.h"
#include "app/cli/SecretInput.h"
#include "app/cli/UserView.h"

#include <QCoreApplication>

namespace simfleet {

// users list | create | edit | remove (company users; writes need an Administrator)
class UsersCommands final {
    Q_DECLARE_TR_FUNCTIONS(UsersCommands)

public:
    static AreaSpec area();

private:
    static void list(Invocation& inv);
    static void create(Invocation& inv);
    static void edit(Invocation& inv);
    static void remove(Invocation& inv);
    // With --set-password: the new password from SIMFLEET_NEW_PASSWORD, else one
    // line of standard input; never from the command line, where other users of
    // the computer can read it. nullopt when the command has ended (no token, no
    // password given).
    static std::optional<QString> readNewPassword(Invocation& inv);
};

AreaSpec usersArea() {
    return UsersCommands::area();
}

AreaSpec UsersCommands::area() {
    const OptionSpec id{"id", "N", QT_TRANSLATE_NOOP("CliHelp", "User id")};
    const OptionSpec firstName{"first-name", "TEXT", QT_TRANSLATE_NOOP("CliHelp", "First name")};
    const OptionSpec lastName{"last-name", "TEXT", QT_TRANSLATE_NOOP("CliHelp", "Last name")};
    const OptionSpec email{"email", "ADDRESS", QT_TRANSLATE_NOOP("CliHelp", "Email address")};
    const OptionSpec phone{"phone", "NUMBER", QT_TRANSLATE_NOOP("CliHelp", "Phone number")};
    const OptionSpec password{
        "set-password", nullptr,
        QT_TRANSLATE_NOOP("CliHelp", "Set a password, read from one line of standard input or "
                                     "from SIMFLEET_NEW_PASSWORD (never from the command line)")};
    const OptionSpec role{"role", "ROLE", QT_TRANSLATE_NOOP("CliHelp", "Role code: admin or user")};
    return {QStringLiteral("users"),
            QT_TRANSLATE_NOOP("CliHelp", "The company's users"),
            {{QStringLiteral("list"),
              QT_TRANSLATE_NOOP("CliHelp", "List users"),
              {},
              &UsersCommands::list},
             {QStringLiteral("create"),
              QT_TRANSLATE_NOOP("CliHelp", "Create a user; without --set-password the server "
                                           "generates the password"),
              {firstName,
               lastName,
               email,
               phone,
               password,
               role,
               {"send", nullptr,
                QT_TRANSLATE_NOOP("CliHelp", "Email the sign-in details to the user")}},
              &UsersCommands::create},
             {QStringLiteral("edit"),
              QT_TRANSLATE_NOOP("CliHelp", "Change a user; only the options given are changed"),
              {id,
               firstName,
               lastName,
               email,
               phone,
               password,
               role,
               {"active", "yes|no", QT_TRANSLATE_NOOP("CliHelp", "Enable or disable the user")}},
              &UsersCommands::edit},
             {QStringLiteral("remove"),
              QT_TRANSLATE_NOOP("CliHelp", "Delete a user"),
              {id},
              &UsersCommands::remove}}};
}

void UsersCommands::list(Invocation& inv) {
    Invocation* invocation = &inv;
    UserService(inv.client())
        .fetchAll(&inv, inv.onSuccess<ListPage<User>>([invocation](const ListPage<User>& users) {
            printList(*invocation, users, UserView::view(),
                      tr("%n user(s)", nullptr, int(users.items.size())));
        }));
}

void UsersCommands::create(Invocation& inv) {
    OptionValues& options = inv.options();
    NewUser user;
    user.firstName = options.requiredText("first-name");
    user.lastName = options.requiredText("last-name");
    user.email = options.requiredText("email");
    user.phone = options.requiredText("phone");
    user.role = options.text("role").trimmed();
    user.sendCredentials = options.isSet("send");
    if (!inv.optionsOk())
        return;
    if (options.isSet("set-password")) {
        const std::optional<QString> password = readNewPassword(inv);
        if (!password)
            return;
        user.password = *password;
    }
    Invocation* invocation = &inv;
    inv.afterSignIn([invocation, user] {
        UserService(invocation->client())
            .create(user, invocation,
                    recordPrinter(*invocation, UserView::view(), tr("User created.")));
    });
}

void UsersCommands::edit(Invocation& inv) {
    OptionValues& options = inv.options();
    const qint64 id = options.requiredId("id");
    UserChanges changes;
    changes.firstName = options.optionalText("first-name");
    changes.lastName = options.optionalText("last-name");
    changes.email = options.optionalText("email");
    changes.phone = options.optionalText("phone");
    changes.role = options.optionalText("role");
    changes.active = options.yesNo("active");
    if (changes.toJson().isEmpty() && !options.isSet("set-password"))
        options.fail(tr("Nothing to change: give at least one of --first-name, --last-name, "
                        "--email, --phone, --set-password, --role, --active."));
    if (!inv.optionsOk())
        return;
    if (options.isSet("set-password")) {
        changes.password = readNewPassword(inv);
        if (!changes.password)
            return;
    }
    Invocation* invocation = &inv;
    inv.afterSignIn([invocation, id, changes] {
        UserService(invocation->client())
            .edit(id, changes, invocation,
                  recordPrinter(*invocation, UserView::view(), tr("User changed.")));
    });
}

std::optional<QString> UsersCommands::readNewPassword(Invocation& inv) {
    // No prompting for a password when there is no token to send it with.
    inv.client();
    if (inv.isFinished())
        return std::nullopt;
    const QString fromEnvironment = qEnvironmentVariable("SIMFLEET_NEW_PASSWORD");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    std::optional<QString> password = SecretInput::readLine(tr("New password: "));
    if (!password || password->isEmpty()) {
        inv.failUsage(tr("Give the new password as one line on standard input, or in "
                         "SIMFLEET_NEW_PASSWORD."));
        return std::nullopt;
    }
    return password;
}

void UsersCommands::remove(Invocation& inv) {
    const qint64 id = inv.options().requiredId("id");
    if (!inv.optionsOk())
        return;
    Invocation* invocation = &inv;
    inv.afterSignIn([invocation, id] {
        UserService(invocation->client())
            .remove(id, invocation,
                    recordPrinter(*invocation, UserView::view(), tr("User deleted.")));
    });
}

} // namespace simfleet
