#include "api/GroupService.h"
#include "api/QueueTicket.h"
#include "api/SimService.h"
#include "app/cli/Areas.h"
#include "app/cli/BulkWait.h"
#include "app/cli/CommandRegistry.h"
#include "app/cli/Format.h"
#include "app/cli/RecordView.h"
#include "app/cli/SimSelection.h"
#include "models/jobs/BulkJobRunner.h"
#include "models/jobs/GroupMembership.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <memory>

namespace simfleet {

// groups list | create | edit | remove | add-sims | remove-sims
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
    // add-sims / remove-sims: the SIMs keep their other groups; one request
    // per distinct set of current groups (GroupMembership).
    static void changeSims(Invocation& inv, GroupMembership::Change change);
    static void planChange(Invocation& inv, GroupMembership::Change change, qint64 groupId,
                           const QVector<qint64>& ids, bool dryRun, bool wait);
    static void printPlan(Invocation& inv, GroupMembership::Change change, const Group& group,
                          const GroupMembership::Plan& plan);
    static void sendPlan(Invocation& inv, const GroupMembership::Plan& plan);
};

AreaSpec groupsArea() {
    return GroupsCommands::area();
}

AreaSpec GroupsCommands::area() {
    const OptionSpec id{"id", "N", QT_TRANSLATE_NOOP("CliHelp", "Group id")};
    const OptionSpec name{"name", "TEXT", QT_TRANSLATE_NOOP("CliHelp", "Group name")};
    const QList<OptionSpec> membershipOptions{
        id,
        {"ids", "ID,...", QT_TRANSLATE_NOOP("CliHelp", "SIM ids or ICCIDs, separated by commas")},
        {"ids-file", "FILE",
         QT_TRANSLATE_NOOP("CliHelp", "File with one SIM id or ICCID per line (blank lines and "
                                      "# comments ignored)")},
        {"dry-run", nullptr,
         QT_TRANSLATE_NOOP("CliHelp", "Only show the requests it takes and the SIMs of each, "
                                      "and the SIMs skipped and why; send nothing")},
        {"wait", nullptr,
         QT_TRANSLATE_NOOP("CliHelp", "Send through the account's job journal and follow the "
                                      "job to the end; exit 3 if any SIM failed or its outcome "
                                      "stayed unknown, 5 if another SimFleet program is using "
                                      "the journal")}};
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
              &GroupsCommands::remove},
             {QStringLiteral("add-sims"),
              QT_TRANSLATE_NOOP("CliHelp", "Add SIM cards to a group; their other groups stay "
                                           "(one request per set of current groups)"),
              membershipOptions,
              [](Invocation& inv) { changeSims(inv, GroupMembership::Change::Add); }},
             {QStringLiteral("remove-sims"),
              QT_TRANSLATE_NOOP("CliHelp", "Remove SIM cards from a group; their other groups "
                                           "stay (one request per set of current groups)"),
              membershipOptions,
              [](Invocation& inv) { changeSims(inv, GroupMembership::Change::Remove); }}}};
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

void GroupsCommands::changeSims(Invocation& inv, GroupMembership::Change change) {
    OptionValues& options = inv.options();
    const qint64 groupId = options.requiredId("id");
    const bool dryRun = options.isSet("dry-run");
    const bool wait = options.isSet("wait");
    if (dryRun && wait)
        options.fail(tr("--dry-run and --wait cannot be used together."));
    if (!inv.optionsOk())
        return;
    const std::optional<QStringList> entries = SimSelection::entries(inv);
    if (!entries)
        return;
    Invocation* invocation = &inv;
    SimSelection::resolve(
        inv, *entries, [invocation, change, groupId, dryRun, wait](const QVector<qint64>& ids) {
            invocation->afterSignIn([invocation, change, groupId, ids, dryRun, wait] {
                planChange(*invocation, change, groupId, ids, dryRun, wait);
            });
        });
}

// The plan needs the group (it must exist) and every SIM's current groups.
void GroupsCommands::planChange(Invocation& inv, GroupMembership::Change change, qint64 groupId,
                                const QVector<qint64>& ids, bool dryRun, bool wait) {
    // Checked before anything is read: a journal in use refuses at once.
    BulkWait* waiter = nullptr;
    if (wait) {
        waiter = new BulkWait(inv, BulkWait::journalPath(inv));
        if (!waiter->open())
            return;
    }
    Invocation* invocation = &inv;
    auto progress = [invocation](qint64 received, qint64 total) {
        if (total > 0)
            invocation->out().progress(tr("Reading SIMs: %1 of %2").arg(received).arg(total));
    };
    auto withFleet = [invocation, change, groupId, ids, dryRun,
                      waiter](const Group& group, const ListPage<Sim>& fleet) {
        invocation->out().endProgress();
        invocation->warnAboutProblems(fleet.problems);
        QHash<qint64, Sim> sims;
        sims.reserve(fleet.items.size());
        for (const Sim& sim : fleet.items)
            sims.insert(sim.id, sim);
        const GroupMembership::Plan plan =
            GroupMembership::plan(change, groupId, ids, sims, BulkJobRunner::Options().chunkSize);
        if (dryRun || plan.preview.applicable.isEmpty()) {
            printPlan(*invocation, change, group, plan);
            invocation->finish(ExitCode::Ok);
            return;
        }
        if (waiter) {
            waiter->start(plan.preview, plan.params, QString());
            return;
        }
        sendPlan(*invocation, plan);
    };
    GroupService(inv.client())
        .fetchAll(
            QString(), &inv,
            inv.onSuccess<ListPage<Group>>([invocation, groupId, withFleet,
                                            progress](const ListPage<Group>& groups) {
                const Group* found = nullptr;
                for (const Group& group : groups.items) {
                    if (group.id == groupId)
                        found = &group;
                }
                if (!found) {
                    invocation->failUsage(
                        tr("There is no group %1 in this account. Nothing was sent.").arg(groupId));
                    return;
                }
                const Group group = *found;
                SimService(invocation->client())
                    .fetchAll(SimListQuery{}, SimService::kDefaultPageSize, invocation,
                              invocation->onSuccess<ListPage<Sim>>(
                                  [withFleet, group](const ListPage<Sim>& fleet) {
                                      withFleet(group, fleet);
                                  }),
                              progress);
            }));
}

void GroupsCommands::printPlan(Invocation& inv, GroupMembership::Change change, const Group& group,
                               const GroupMembership::Plan& plan) {
    const bool add = change == GroupMembership::Change::Add;
    if (inv.isJson()) {
        QJsonArray requests;
        for (const QVector<qint64>& request : plan.requests) {
            QJsonArray items;
            for (qint64 id : request)
                items.append(id);
            QJsonArray groups;
            for (qint64 id : plan.params.groupIdsBySim.value(request.value(0)))
                groups.append(id);
            requests.append(
                QJsonObject{{QStringLiteral("group"), groups}, {QStringLiteral("items"), items}});
        }
        QJsonArray skipped;
        for (const BulkPreview::Skip& skip : plan.preview.skipped)
            skipped.append(QJsonObject{{QStringLiteral("id"), skip.simId},
                                       {QStringLiteral("reason"), skip.reason}});
        inv.out().json(
            QJsonObject{{QStringLiteral("operation"),
                         add ? QStringLiteral("add-sims") : QStringLiteral("remove-sims")},
                        {QStringLiteral("group"), group.id},
                        {QStringLiteral("sims"), int(plan.preview.applicable.size())},
                        {QStringLiteral("requests"), requests},
                        {QStringLiteral("skipped"), skipped}});
        return;
    }
    const int sims = int(plan.preview.applicable.size());
    if (sims == 0)
        inv.out().line(add ? tr("Nothing to send: no given SIM needs adding to %1.").arg(group.name)
                           : tr("Nothing to send: no given SIM is in %1.").arg(group.name));
    else
        inv.out().line(
            (add ? tr("Add %n SIM(s) to %1", nullptr, sims)
                 : tr("Remove %n SIM(s) from %1", nullptr, sims))
                .arg(group.name) +
            QStringLiteral(": ") +
            tr("%n request(s), one per set of current groups", nullptr, plan.requestCount()));
    int number = 0;
    for (const QVector<qint64>& request : plan.requests) {
        QStringList groups;
        for (qint64 id : plan.params.groupIdsBySim.value(request.value(0)))
            groups.append(QString::number(id));
        QStringList items;
        for (qint64 id : request)
            items.append(QString::number(id));
        inv.out().line(
            tr("  Request %1: groups [%2], %n SIM(s): %3", nullptr, int(request.size()))
                .arg(++number)
                .arg(groups.join(QStringLiteral(", ")), items.join(QStringLiteral(", "))));
    }
    if (plan.preview.skipped.isEmpty())
        return;
    inv.out().line(tr("%n SIM(s) skipped:", nullptr, int(plan.preview.skipped.size())));
    for (const BulkPreview::Skip& skip : plan.preview.skipped)
        inv.out().line(tr("  SIM %1: %2").arg(skip.simId).arg(skip.reason));
}

// Without --wait: the requests one after the other, each queue id printed.
void GroupsCommands::sendPlan(Invocation& inv, const GroupMembership::Plan& plan) {
    struct Sending {
        QVector<QVector<qint64>> requests;
        SimOperationParams params;
        QJsonArray tickets;
        int next = 0;
    };
    auto state = std::make_shared<Sending>();
    state->requests = plan.requests;
    state->params = plan.params;
    Invocation* invocation = &inv;
    // Each request's callback holds the sender until the next one is on its way.
    auto sendNext = std::make_shared<std::function<void()>>();
    *sendNext = [invocation, state, weak = std::weak_ptr<std::function<void()>>(sendNext)] {
        if (state->next >= state->requests.size()) {
            if (invocation->isJson())
                invocation->out().json(QJsonObject{{QStringLiteral("requests"), state->tickets}});
            invocation->finish(ExitCode::Ok);
            return;
        }
        const QVector<qint64> ids = state->requests.at(state->next++);
        SimOperationParams params;
        params.groupIds = state->params.groupIdsBySim.value(ids.value(0));
        SimService(invocation->client())
            .run(SimOperation::Group, ids, params, QString(), invocation,
                 invocation->onSuccess<QueueTicket>(
                     [invocation, state, self = weak.lock(), ids](const QueueTicket& ticket) {
                         if (invocation->isJson()) {
                             QJsonArray items;
                             for (qint64 id : ids)
                                 items.append(id);
                             state->tickets.append(
                                 QJsonObject{{QStringLiteral("queue_id"), ticket.queueId},
                                             {QStringLiteral("items"), items}});
                         } else {
                             invocation->out().line(
                                 tr("Queued: queue id %1 for %n SIM(s)", nullptr, int(ids.size()))
                                     .arg(ticket.queueId));
                         }
                         if (self)
                             (*self)();
                     }));
    };
    (*sendNext)();
}

} // namespace simfleet
