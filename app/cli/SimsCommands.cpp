#include "api/QueueCallback.h"
#include "api/SimService.h"
#include "app/cli/Areas.h"
#include "app/cli/BulkWait.h"
#include "app/cli/CommandRegistry.h"
#include "app/cli/Format.h"
#include "app/cli/RecordView.h"
#include "app/cli/SimSelection.h"

#include <QUrl>

namespace simfleet {

namespace {

const OptionSpec kIds{"ids", "ID,...",
                      QT_TRANSLATE_NOOP("CliHelp", "SIM ids or ICCIDs, separated by commas")};
const OptionSpec kIdsFile{"ids-file", "FILE",
                          QT_TRANSLATE_NOOP("CliHelp", "File with one SIM id or ICCID per line "
                                                       "(blank lines and # comments ignored)")};
const OptionSpec kCallbackUrl{"callback-url", "URL",
                              QT_TRANSLATE_NOOP("CliHelp", "Address NovaConnect posts the job's "
                                                           "progress to")};

const OptionSpec kDryRun{"dry-run", nullptr,
                         QT_TRANSLATE_NOOP("CliHelp", "Only show which SIMs the operation "
                                                      "applies to and which are skipped, and "
                                                      "why; send nothing")};
const OptionSpec kWait{"wait", nullptr,
                       QT_TRANSLATE_NOOP("CliHelp", "Send in chunks and follow the job to the "
                                                    "end; exit 3 if any SIM failed or its "
                                                    "outcome stayed unknown (listed apart), 5 "
                                                    "if another SimFleet program is using the "
                                                    "account's job journal")};

struct OperationCommand {
    SimOperation op;
    const char* summary;
    QList<OptionSpec> options;
};

const QList<OperationCommand>& operationCommands() {
    static const QList<OperationCommand> commands{
        {SimOperation::Block, QT_TRANSLATE_NOOP("CliHelp", "Block SIM cards"), {}},
        {SimOperation::Unblock, QT_TRANSLATE_NOOP("CliHelp", "Unblock SIM cards"), {}},
        {SimOperation::Reconnect,
         QT_TRANSLATE_NOOP("CliHelp", "Reconnect (soft reset); NovaConnect performs it as a "
                                      "disconnect from the network"),
         {}},
        {SimOperation::Disconnect,
         QT_TRANSLATE_NOOP("CliHelp", "Disconnect SIM cards from the network"),
         {}},
        {SimOperation::Ping,
         QT_TRANSLATE_NOOP("CliHelp", "Ping SIM cards with an SMS \"PING\" (TD profile only)"),
         {}},
        {SimOperation::Sms,
         QT_TRANSLATE_NOOP("CliHelp", "Send an SMS (TD profile only)"),
         {{"text", "TEXT", QT_TRANSLATE_NOOP("CliHelp", "SMS text, at most 70 characters")}}},
        {SimOperation::Limit,
         QT_TRANSLATE_NOOP("CliHelp", "Set the data limit (TC profile only)"),
         {{"type", "off|month1",
           QT_TRANSLATE_NOOP("CliHelp", "No limit, or a limit per calendar month")},
          {"value", "MB", QT_TRANSLATE_NOOP("CliHelp", "Data limit in MB (for month1)")}}},
        {SimOperation::Tariff,
         QT_TRANSLATE_NOOP("CliHelp", "Change the tariff plan (TD profile only)"),
         {{"package-mb", "MB",
           QT_TRANSLATE_NOOP("CliHelp", "Package size: 15 to 100 MB in steps of 5 MB")},
          {"auto-package", "yes|no",
           QT_TRANSLATE_NOOP("CliHelp", "Renew the package "
                                        "automatically")},
          {"world-roaming", "yes|no",
           QT_TRANSLATE_NOOP("CliHelp", "Worldwide roaming (TD_Mega)")}}},
        {SimOperation::Repackage,
         QT_TRANSLATE_NOOP("CliHelp", "Re-add the package (TD profile only)"),
         {}},
        {SimOperation::Group,
         QT_TRANSLATE_NOOP("CliHelp", "Set the groups of SIM cards (replaces their groups)"),
         {{"group-ids", "ID,...", QT_TRANSLATE_NOOP("CliHelp", "Existing group ids")},
          {"new-groups", "NAME,...",
           QT_TRANSLATE_NOOP("CliHelp", "Groups to create on the fly (existing names are "
                                        "reused)")}}},
    };
    return commands;
}

} // namespace

// sims list | <bulk operation> | rename
class SimsCommands final {
    Q_DECLARE_TR_FUNCTIONS(SimsCommands)

public:
    static AreaSpec area();

private:
    static const RecordView<Sim>& simView();
    static void list(Invocation& inv);
    static void printPage(Invocation& inv, const ListPage<Sim>& page, int pageIndex, int size);
    static void runOperation(Invocation& inv, SimOperation op);
    static SimOperationParams operationParams(SimOperation op, OptionValues& options);
    static void runWithPreview(Invocation& inv, SimOperation op, const QVector<qint64>& ids,
                               const SimOperationParams& params, const QString& callbackUrl,
                               bool dryRun);
    static void printTicket(Invocation& inv, const QueueTicket& ticket, int simCount);
    static void rename(Invocation& inv);
    static void retry(Invocation& inv);
};

AreaSpec simsArea() {
    return SimsCommands::area();
}

AreaSpec SimsCommands::area() {
    AreaSpec area{QStringLiteral("sims"),
                  QT_TRANSLATE_NOOP("CliHelp", "SIM cards: list them and queue bulk operations"),
                  {}};
    area.actions.append(
        {QStringLiteral("list"),
         QT_TRANSLATE_NOOP("CliHelp", "List SIM cards (every page unless --page or --size is "
                                      "given)"),
         {{"profile", "TD|TC", QT_TRANSLATE_NOOP("CliHelp", "Only SIMs of this profile")},
          {"blocked", "yes|no", QT_TRANSLATE_NOOP("CliHelp", "Only blocked or only active SIMs")},
          {"msu-blocked", "yes|no",
           QT_TRANSLATE_NOOP("CliHelp", "Only SIMs blocked, or not blocked, by the MSU limit")},
          {"query", "TEXT", QT_TRANSLATE_NOOP("CliHelp", "Search in ICCID, number and name")},
          {"sort", "FIELD",
           QT_TRANSLATE_NOOP("CliHelp", "Sort by this field (id, iccid, "
                                        "number, name, ...)")},
          {"desc", nullptr, QT_TRANSLATE_NOOP("CliHelp", "Sort in descending order")},
          {"page", "N", QT_TRANSLATE_NOOP("CliHelp", "Only this page (from 0)")},
          {"size", "N", QT_TRANSLATE_NOOP("CliHelp", "Page size, 1 to 1000 (with --page)")}},
         &SimsCommands::list});
    for (const OperationCommand& command : operationCommands()) {
        QList<OptionSpec> options{kIds, kIdsFile};
        options += command.options;
        options.append(kCallbackUrl);
        options.append(kDryRun);
        options.append(kWait);
        const SimOperation op = command.op;
        area.actions.append({SimOperations::name(op), command.summary, options,
                             [op](Invocation& inv) { runOperation(inv, op); }});
    }
    area.actions.append(
        {QStringLiteral("retry"),
         QT_TRANSLATE_NOOP("CliHelp", "Send a --wait job's failed SIMs again (never those of "
                                      "unknown outcome) and follow it like --wait"),
         {{"job", "N", QT_TRANSLATE_NOOP("CliHelp", "Job number, as --wait printed it")},
          {"resend-unknown", nullptr,
           QT_TRANSLATE_NOOP("CliHelp", "Instead, send again the SIMs whose outcome is unknown "
                                        "(SMS, ping, reconnect, disconnect, re-add package): "
                                        "they may receive the operation twice")}},
         &SimsCommands::retry});
    area.actions.append({QStringLiteral("rename"),
                         QT_TRANSLATE_NOOP("CliHelp", "Rename one SIM card"),
                         {{"id", "N", QT_TRANSLATE_NOOP("CliHelp", "SIM id")},
                          {"name", "TEXT", QT_TRANSLATE_NOOP("CliHelp", "New name")}},
                         &SimsCommands::rename});
    return area;
}

const RecordView<Sim>& SimsCommands::simView() {
    using Align = TablePrinter::Align;
    static const RecordView<Sim> view{
        {{tr("ID"), Align::Right},
         {tr("ICCID")},
         {tr("Number")},
         {tr("Name")},
         {tr("Profile")},
         {tr("Status")},
         {tr("Balance"), Align::Right},
         {tr("Tariff plan")},
         {tr("Data limit")},
         {tr("Groups")}},
        [](const Sim& sim) {
            const QString profile =
                sim.profile == SimProfile::Unknown ? sim.profileRaw : simProfileCode(sim.profile);
            return QStringList{QString::number(sim.id),
                               sim.iccid,
                               sim.number,
                               sim.name,
                               profile,
                               Format::blockStatus(sim),
                               sim.profile == SimProfile::TC
                                   ? Format::money(sim.balance, sim.currency)
                                   : QString(),
                               sim.tariff.name,
                               Format::limit(sim.limit),
                               Format::groups(sim.groups)};
        },
        [](const Sim& sim) { return sim.toJson(); }};
    return view;
}

void SimsCommands::list(Invocation& inv) {
    OptionValues& options = inv.options();
    SimListQuery query;
    if (const auto profile =
            options.choice("profile", {QStringLiteral("TD"), QStringLiteral("TC")}))
        query.profile = simProfileFromCode(*profile);
    query.blocked = options.yesNo("blocked");
    query.msuBlocked = options.yesNo("msu-blocked");
    query.query = options.text("query");
    query.sortField = options.text("sort").trimmed();
    if (options.isSet("sort") && query.sortField.isEmpty())
        options.fail(tr("--sort needs a field name, e.g. --sort iccid."));
    if (options.isSet("desc")) {
        query.sortOrder = Qt::DescendingOrder;
        if (query.sortField.isEmpty())
            query.sortField = QStringLiteral("id");
    }
    const bool onePage = options.isSet("page") || options.isSet("size");
    const int page =
        int(qMin<qint64>(options.integer("page", 0).value_or(0), std::numeric_limits<int>::max()));
    const int size = int(options.integer("size", 1, SimService::kDefaultPageSize)
                             .value_or(SimService::kDefaultPageSize));
    if (!inv.optionsOk())
        return;

    Invocation* invocation = &inv;
    SimService sims(inv.client());
    if (onePage) {
        sims.list(
            query, page, size, &inv,
            inv.onSuccess<ListPage<Sim>>([invocation, page, size](const ListPage<Sim>& result) {
                printPage(*invocation, result, page, size);
            }));
        return;
    }
    auto progress = [invocation](qint64 received, qint64 total) {
        if (total > 0)
            invocation->out().progress(tr("Reading SIMs: %1 of %2").arg(received).arg(total));
    };
    sims.fetchAll(query, SimService::kDefaultPageSize, &inv,
                  inv.onSuccess<ListPage<Sim>>([invocation](const ListPage<Sim>& fleet) {
                      invocation->out().endProgress();
                      printList(*invocation, fleet, simView(),
                                tr("%n SIM(s)", nullptr, int(fleet.items.size())));
                  }),
                  progress);
}

void SimsCommands::printPage(Invocation& inv, const ListPage<Sim>& page, int pageIndex, int size) {
    if (!inv.isJson()) {
        QString summary =
            tr("%n SIM(s) on page %1", nullptr, int(page.items.size())).arg(pageIndex);
        if (page.allCount)
            summary += QStringLiteral("; ") + tr("%n in total", nullptr, int(*page.allCount));
        printList(inv, page, simView(), summary);
        return;
    }
    inv.warnAboutProblems(page.problems);
    QJsonArray items;
    for (const Sim& sim : page.items)
        items.append(simView().json(sim));
    QJsonObject answer{{QStringLiteral("page"), pageIndex},
                       {QStringLiteral("size"), size},
                       {QStringLiteral("count"), page.count},
                       {QStringLiteral("items"), items}};
    if (page.allCount)
        answer.insert(QStringLiteral("all_count"), *page.allCount);
    inv.out().json(answer);
    inv.finish(ExitCode::Ok);
}

SimOperationParams SimsCommands::operationParams(SimOperation op, OptionValues& options) {
    SimOperationParams params;
    switch (op) {
    case SimOperation::Sms:
        params.smsText = options.requiredText("text");
        break;
    case SimOperation::Limit: {
        options.require("type");
        const auto type = options.choice("type", {QStringLiteral("off"), QStringLiteral("month1")});
        params.limitType = limitTypeFromString(type.value_or(QStringLiteral("off")));
        if (params.limitType == LimitType::Month)
            options.require("value");
        params.limitMb = options.integer("value", 0).value_or(0);
        break;
    }
    case SimOperation::Tariff:
        params.packageMb = int(options.requiredInteger("package-mb", 0, qint64(1024) * 1024));
        params.autoPackage = options.requiredYesNo("auto-package").value_or(false);
        params.worldRoaming = options.yesNo("world-roaming");
        break;
    case SimOperation::Group:
        if (!options.isSet("group-ids") && !options.isSet("new-groups"))
            options.fail(tr("Give the groups with --group-ids and/or --new-groups."));
        if (!options.text("group-ids").trimmed().isEmpty())
            params.groupIds = options.idList("group-ids");
        params.newGroupNames = options.textList("new-groups");
        break;
    default:
        break;
    }
    return params;
}

void SimsCommands::runOperation(Invocation& inv, SimOperation op) {
    OptionValues& options = inv.options();
    const SimOperationParams params = operationParams(op, options);
    const QString callbackUrl = options.text("callback-url").trimmed();
    if (options.isSet("callback-url")) {
        QString why;
        if (!QueueCallback::validateUrl(QUrl(callbackUrl, QUrl::StrictMode), &why))
            options.fail(tr("Cannot use --callback-url \"%1\": %2").arg(callbackUrl, why));
    }
    const bool dryRun = options.isSet("dry-run");
    const bool wait = options.isSet("wait");
    if (dryRun && wait)
        options.fail(tr("--dry-run and --wait cannot be used together."));
    if (!inv.optionsOk())
        return;
    const QString invalid = SimOperations::validate(op, params);
    if (!invalid.isEmpty()) {
        inv.failUsage(invalid);
        return;
    }
    const std::optional<QStringList> entries = SimSelection::entries(inv);
    if (!entries)
        return;
    Invocation* invocation = &inv;
    SimSelection::resolve(
        inv, *entries,
        [invocation, op, params, callbackUrl, dryRun, wait](const QVector<qint64>& ids) {
            invocation->afterSignIn([invocation, op, params, callbackUrl, ids, dryRun, wait] {
                if (dryRun || wait) {
                    runWithPreview(*invocation, op, ids, params, callbackUrl, dryRun);
                    return;
                }
                SimService(invocation->client())
                    .run(op, ids, params, callbackUrl, invocation,
                         invocation->onSuccess<QueueTicket>(
                             [invocation, ids](const QueueTicket& ticket) {
                                 printTicket(*invocation, ticket, int(ids.size()));
                             }));
            });
        });
}

// The preview needs every selected SIM's profile and block code: read the fleet.
void SimsCommands::runWithPreview(Invocation& inv, SimOperation op, const QVector<qint64>& ids,
                                  const SimOperationParams& params, const QString& callbackUrl,
                                  bool dryRun) {
    // Checked before the fleet is read: a journal in use refuses at once.
    BulkWait* wait = nullptr;
    if (!dryRun) {
        wait = new BulkWait(inv, BulkWait::journalPath(inv));
        if (!wait->open())
            return;
    }
    Invocation* invocation = &inv;
    auto progress = [invocation](qint64 received, qint64 total) {
        if (total > 0)
            invocation->out().progress(tr("Reading SIMs: %1 of %2").arg(received).arg(total));
    };
    SimService(inv.client())
        .fetchAll(SimListQuery{}, SimService::kDefaultPageSize, &inv,
                  inv.onSuccess<ListPage<Sim>>([invocation, op, ids, params, callbackUrl, dryRun,
                                                wait](const ListPage<Sim>& fleet) {
                      invocation->out().endProgress();
                      const BulkPreview preview = BulkPreview::build(op, ids, fleet.items);
                      if (dryRun) {
                          BulkWait::printPreview(*invocation, preview);
                          invocation->finish(ExitCode::Ok);
                          return;
                      }
                      wait->start(preview, params, callbackUrl);
                  }),
                  progress);
}

void SimsCommands::printTicket(Invocation& inv, const QueueTicket& ticket, int simCount) {
    if (inv.isJson()) {
        bool numeric = false;
        const qint64 number = ticket.queueId.toLongLong(&numeric);
        inv.out().json(QJsonObject{
            {QStringLiteral("queue_id"), numeric ? QJsonValue(number) : QJsonValue(ticket.queueId)},
            {QStringLiteral("items"), simCount}});
    } else {
        inv.out().line(
            tr("Queued: queue id %1 for %n SIM(s)", nullptr, simCount).arg(ticket.queueId));
    }
    inv.finish(ExitCode::Ok);
}

void SimsCommands::retry(Invocation& inv) {
    OptionValues& options = inv.options();
    const qint64 jobId = options.requiredId("job");
    const bool resendUnknown = options.isSet("resend-unknown");
    if (!inv.optionsOk())
        return;
    Invocation* invocation = &inv;
    inv.afterSignIn([invocation, jobId, resendUnknown] {
        auto* wait = new BulkWait(*invocation, BulkWait::journalPath(*invocation));
        wait->retry(jobId, resendUnknown);
    });
}

void SimsCommands::rename(Invocation& inv) {
    OptionValues& options = inv.options();
    const qint64 id = options.requiredId("id");
    options.require("name");
    const QString name = options.text("name");
    if (!inv.optionsOk())
        return;
    Invocation* invocation = &inv;
    inv.afterSignIn([invocation, id, name] {
        SimService(invocation->client())
            .rename(
                id, name, invocation,
                invocation->onSuccess<SimRename>([invocation](const SimRename& renamed) {
                    if (invocation->isJson())
                        invocation->out().json(QJsonObject{{QStringLiteral("id"), renamed.id},
                                                           {QStringLiteral("name"), renamed.name}});
                    else
                        invocation->out().line(
                            tr("SIM %1 is now named \"%2\".").arg(renamed.id).arg(renamed.name));
                    invocation->finish(ExitCode::Ok);
                }));
    });
}

} // namespace simfleet
