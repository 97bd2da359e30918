#include "api/GroupService.h"
#include "app/cli/Areas.h"
#include "app/cli/CommandRegistry.h"
#include "app/cli/Format.h"
#include "app/cli/RecordView.h"

#include <QCoreApplication>

namespace simfleet {

// groups list | create | edit | remove
class GroupsCommands final {
    Q_DECLARE_TR_FUNCTIONS(GroupsCommands)

public:
    static AreaSpec area();

private:
    static const RecordView<Group>& groupView();
    static void list(Invocation& inv);
    static void create(Invocation& inv);
    static void edit(Invocation& inv);
    static void remove(Invocation& inv);
};

AreaSpec groupsArea() {
    return GroupsCommands::area();
}

AreaSpec GroupsCommands::area() {
    const OptionSpec id{"id", "N", QT_TRANSLATE_NOOP("CliHelp", "Group id")};
    const OptionSpec name{"name", "TEXT", QT_TRANSLATE_NOOP("CliHelp", "Group name")};
    return {QStringLiteral("groups"),
            QT_TRANSLATE_NOOP("CliHelp", "Groups of SIM cards"),
            {{QStringLiteral("list"),
              QT_TRANSLATE_NOOP("CliHelp", "List groups"),
              {{"name", "TEXT",
                QT_TRANSLATE_NOOP("CliHelp", "Only groups whose name contains "
                                             "this text")}},
              &GroupsCommands::list},
             {QStringLiteral("create"),
              QT_TRANSLATE_NOOP("CliHelp", "Create a group"),
              {name},
              &GroupsCommands::create},
             {QStringLiteral("edit"),
              QT_TRANSLATE_NOOP("CliHelp", "Rename a group"),
              {id, name},
              &GroupsCommands::edit},
             {QStringLiteral("remove"),
              QT_TRANSLATE_NOOP("CliHelp", "Delete a group"),
              {id},
              &GroupsCommands::remove}}};
}

const RecordView<Group>& GroupsCommands::groupView() {
    static const RecordView<Group> view{
        {{tr("ID"), TablePrinter::Align::Right}, {tr("Name")}, {tr("Created")}},
        [](const Group& group) {
            return QStringList{QString::number(group.id), group.name,
                               Format::dateTime(group.added)};
        },
        [](const Group& group) { return group.toJson(); }};
    return view;
}

void GroupsCommands::list(Invocation& inv) {
    const QString nameFilter = inv.options().text("name");
    Invocation* invocation = &inv;
    GroupService(inv.client())
        .fetchAll(nameFilter, &inv,
                  inv.onSuccess<ListPage<Group>>([invocation](const ListPage<Group>& groups) {
                      printList(*invocation, groups, groupView(),
                                tr("%n group(s)", nullptr, int(groups.items.size())));
                  }));
}

void GroupsCommands::create(Invocation& inv) {
    const QString name = inv.options().requiredText("name").trimmed();
    if (!inv.optionsOk())
        return;
    Invocation* invocation = &inv;
    inv.afterSignIn([invocation, name] {
        GroupService(invocation->client())
            .create(name, invocation,
                    recordPrinter(*invocation, groupView(), tr("Group created.")));
    });
}

void GroupsCommands::edit(Invocation& inv) {
    const qint64 id = inv.options().requiredId("id");
    const QString name = inv.options().requiredText("name").trimmed();
    if (!inv.optionsOk())
        return;
    Invocation* invocation = &inv;
    inv.afterSignIn([invocation, id, name] {
        GroupService(invocation->client())
            .edit(id, name, invocation,
                  recordPrinter(*invocation, groupView(), tr("Group renamed.")));
    });
}

void GroupsCommands::remove(Invocation& inv) {
    const qint64 id = inv.options().requiredId("id");
    if (!inv.optionsOk())
        return;
    Invocation* invocation = &inv;
    inv.afterSignIn([invocation, id] {
        GroupService(invocation->client())
            .remove(id, invocation, recordPrinter(*invocation, groupView(), tr("Group deleted.")));
    });
}

} // namespace simfleet
