#include "app/cli/OperatorCommands.h"

#include "api/ApiClient.h"
#include "api/v2/V2FleetFetch.h"
#include "api/v2/V2Service.h"
#include "app/cli/Areas.h"
#include "app/cli/CommandRegistry.h"
#include "app/cli/ExitCodes.h"
#include "app/cli/Format.h"
#include "app/cli/Invocation.h"
#include "app/cli/Output.h"
#include "app/cli/RecordView.h"
#include "app/cli/SecretInput.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <memory>

namespace simfleet {

namespace {

const OptionSpec kNumbers{
    "numbers", "N,N,...",
    QT_TRANSLATE_NOOP("CliHelp", "Phone numbers of the SIMs (7 and 10 digits)")};

const OptionSpec kLogin{"login", "LOGIN",
                        QT_TRANSLATE_NOOP("CliHelp", "The login the token was given for: the "
                                                     "account whose job journal keeps the job "
                                                     "(default: the desktop app's last sign-in "
                                                     "at this address)")};

} // namespace

AreaSpec operatorArea() {
    return OperatorCommands::area();
}

AreaSpec OperatorCommands::area() {
    AreaSpec area{QStringLiteral("v2"),
                  QT_TRANSLATE_NOOP("CliHelp", "The second operator (api/v2; give its address "
                                               "with --api-url): sign in, SIMs, changes one "
                                               "request per SIM through the job journal, "
                                               "activation, number binding and SIM swap, usage "
                                               "records"),
                  {}};
    area.actions.append({QStringLiteral("login"),
                         QT_TRANSLATE_NOOP("CliHelp", "Exchange a login and a password (read "
                                                      "from standard input, or "
                                                      "SIMFLEET_PASSWORD) for an access token and "
                                                      "print it; the password is not kept"),
                         {{"login", "LOGIN", QT_TRANSLATE_NOOP("CliHelp", "Your login")}},
                         &OperatorCommands::login});
    area.actions.append(
        {QStringLiteral("list"),
         QT_TRANSLATE_NOOP("CliHelp", "List every SIM card"),
         {{"status", "active|blocked", QT_TRANSLATE_NOOP("CliHelp", "Only SIMs with this status")},
          {"inn", "INN",
           QT_TRANSLATE_NOOP("CliHelp", "Only SIMs of this company (10 or 12 digits)")}},
         &OperatorCommands::list});
    area.actions.append({QStringLiteral("show"),
                         QT_TRANSLATE_NOOP("CliHelp", "Show one SIM card by number or by ICCID"),
                         {{"number", "N", QT_TRANSLATE_NOOP("CliHelp", "Phone number")},
                          {"iccid", "ICCID", QT_TRANSLATE_NOOP("CliHelp", "ICCID")}},
                         &OperatorCommands::show});
    area.actions.append({QStringLiteral("packets"),
                         QT_TRANSLATE_NOOP("CliHelp", "List the tariffs (packets)"),
                         {},
                         &OperatorCommands::packets});
    area.actions.append(
        {QStringLiteral("change"),
         QT_TRANSLATE_NOOP("CliHelp", "Change SIMs as a job of the account's job journal (the "
                                      "desktop app's Operations page shows it), one request per "
                                      "SIM at the desktop app's per-SIM rate; a rate limit (429) "
                                      "waits and goes on; a number not in the fleet is skipped. "
                                      "Exit 3 if any SIM failed or its outcome stayed unknown, 5 "
                                      "if another SimFleet program is using the journal"),
         {kNumbers,
          {"action", "NAME",
           QT_TRANSLATE_NOOP("CliHelp", "block, unblock, block-service, unblock-service, "
                                        "block-finance, unblock-finance, packet, small-packet "
                                        "or send-sms")},
          {"service", "internet|sms|call",
           QT_TRANSLATE_NOOP("CliHelp", "The service (block-service, unblock-service)")},
          {"packet-id", "N", QT_TRANSLATE_NOOP("CliHelp", "The new tariff (packet)")},
          {"date", "YYYY-MM-DD",
           QT_TRANSLATE_NOOP("CliHelp", "The new tariff's first day (packet)")},
          {"small-packet-id", "N",
           QT_TRANSLATE_NOOP("CliHelp", "The top-up (small-packet; default: the first of the "
                                        "SIM's tariff)")},
          {"sms-type", "call|internet",
           QT_TRANSLATE_NOOP("CliHelp", "What the informational SMS is about (send-sms)")},
          kLogin,
          {"dry-run", nullptr,
           QT_TRANSLATE_NOOP("CliHelp", "Only show which SIMs the operation applies to and which "
                                        "are skipped, and why; send nothing")}},
         &OperatorCommands::change});
    area.actions.append(
        {QStringLiteral("retry"),
         QT_TRANSLATE_NOOP("CliHelp", "Send a change job's failed SIMs again (never those of "
                                      "unknown outcome), or finish a job a stopped run left "
                                      "unfinished, and follow it like change"),
         {{"job", "N", QT_TRANSLATE_NOOP("CliHelp", "Job number, as change printed it")},
          {"resend-unknown", nullptr,
           QT_TRANSLATE_NOOP("CliHelp", "Instead, send again the SIMs whose outcome is unknown "
                                        "(tariff, top-up, informational SMS): they may receive "
                                        "the change twice")},
          kLogin},
         &OperatorCommands::retry});
    addOperatorIdentityActions(area);
    area.actions.append(
        {QStringLiteral("usage"),
         QT_TRANSLATE_NOOP("CliHelp", "Internet usage records (CDR) of a period"),
         {{"from", "DATE", QT_TRANSLATE_NOOP("CliHelp", "First day")},
          {"to", "DATE", QT_TRANSLATE_NOOP("CliHelp", "Last day")},
          kNumbers,
          {"inn", "INN", QT_TRANSLATE_NOOP("CliHelp", "Only this company (10 or 12 digits)")}},
         &OperatorCommands::usage});
    return area;
}

const RecordView<Sim>& OperatorCommands::simView() {
    using Align = TablePrinter::Align;
    static const RecordView<Sim> view{{{tr("Number")},
                                       {tr("ICCID")},
                                       {tr("IMSI")},
                                       {tr("Status")},
                                       {tr("Tariff plan")},
                                       {tr("Balance"), Align::Right},
                                       {tr("INN")}},
                                      [](const Sim& sim) {
                                          return QStringList{
                                              sim.number,
                                              sim.iccid,
                                              sim.extras.value(QLatin1String("imsi")).toString(),
                                              Format::blockStatus(sim),
                                              sim.tariff.name,
                                              QLocale().toString(sim.balance, 'f', 2),
                                              sim.extras.value(QLatin1String("inn")).toString()};
                                      },
                                      [](const Sim& sim) { return sim.toJson(); }};
    return view;
}

void OperatorCommands::login(Invocation& inv) {
    const QString login = inv.options().requiredText("login");
    if (!inv.optionsOk())
        return;
    QString password = qEnvironmentVariable("SIMFLEET_PASSWORD");
    if (password.isEmpty()) {
        const std::optional<QString> typed = SecretInput::readLine(tr("Password: "));
        if (!typed || typed->isEmpty()) {
            inv.failUsage(tr("No password: type it, or set SIMFLEET_PASSWORD."));
            return;
        }
        password = *typed;
    }
    Invocation* invocation = &inv;
    // Signing in needs no token.
    V2Service(inv.clientWithoutToken())
        .login(login, password, &inv, inv.onSuccess<QString>([invocation](const QString& token) {
            if (invocation->isJson())
                invocation->out().json(QJsonObject{{QStringLiteral("token"), token}});
            else
                invocation->out().line(token);
            invocation->finish(ExitCode::Ok);
        }));
}

void OperatorCommands::list(Invocation& inv) {
    V2ListQuery query;
    query.status = inv.options()
                       .choice("status", {QStringLiteral("active"), QStringLiteral("blocked")})
                       .value_or(QString());
    query.inn = inv.options().text("inn").trimmed();
    if (!query.inn.isEmpty() && !V2Validation::isInn(query.inn))
        inv.options().fail(tr("An INN is 10 or 12 digits."));
    if (!inv.optionsOk())
        return;
    auto* fetch = new V2FleetFetch(inv.client(), query, V2Service::kMaxPageSize, &inv);
    auto sims = std::make_shared<ListPage<Sim>>();
    QObject::connect(fetch, &V2FleetFetch::simsArrived, &inv,
                     [sims](const QVector<Sim>& page) { sims->items += page; });
    Invocation* invocation = &inv;
    QObject::connect(fetch, &V2FleetFetch::finished, &inv, [invocation, sims](const ApiError& e) {
        if (e.isError())
            return invocation->fail(e);
        printList(*invocation, *sims, simView(), tr("%n SIM card(s)", "", int(sims->items.size())));
    });
    fetch->start();
}

void OperatorCommands::show(Invocation& inv) {
    const QString number = inv.options().text("number").trimmed();
    const QString iccid = inv.options().text("iccid").trimmed();
    if (number.isEmpty() == iccid.isEmpty())
        inv.options().fail(tr("Give --number or --iccid (one of them)."));
    else if (!number.isEmpty() && !V2Validation::isNumber(number))
        inv.options().fail(tr("A number is 7 followed by 10 digits, e.g. 79001234567."));
    if (!inv.optionsOk())
        return;
    V2Service service(inv.client());
    auto print = recordPrinter(inv, simView(), QString());
    if (!number.isEmpty())
        service.simByNumber(number, &inv, print);
    else
        service.simByIccid(iccid, &inv, print);
}

void OperatorCommands::packets(Invocation& inv) {
    Invocation* invocation = &inv;
    V2Service(inv.client())
        .packets(&inv, inv.onSuccess<QVector<V2Packet>>([invocation](const QVector<V2Packet>& all) {
            const QLocale locale;
            if (invocation->isJson()) {
                QJsonArray items;
                for (const V2Packet& p : all)
                    items.append(
                        QJsonObject{{QStringLiteral("id"), p.id},
                                    {QStringLiteral("name"), p.name},
                                    {QStringLiteral("price"), p.price.value_or(0)},
                                    {QStringLiteral("internet_mb"), p.internetMb.value_or(0)}});
                invocation->out().json(items);
            } else {
                TablePrinter table({{tr("ID"), TablePrinter::Align::Right},
                                    {tr("Name")},
                                    {tr("Price"), TablePrinter::Align::Right},
                                    {tr("Internet, MB"), TablePrinter::Align::Right},
                                    {tr("Top-ups")}});
                for (const V2Packet& p : all) {
                    QStringList smalls;
                    for (const V2SmallPacket& s : p.smallPackets)
                        smalls.append(QStringLiteral("%1 %2").arg(s.id).arg(s.name));
                    table.addRow({QString::number(p.id), p.name,
                                  p.price ? locale.toString(*p.price, 'f', 2) : QString(),
                                  p.internetMb ? locale.toString(*p.internetMb) : QString(),
                                  smalls.join(QStringLiteral(", "))});
                }
                invocation->out().table(table, tr("%n tariff(s)", "", int(all.size())));
            }
            invocation->finish(ExitCode::Ok);
        }));
}

void OperatorCommands::usage(Invocation& inv) {
    OptionValues& options = inv.options();
    V2CdrQuery query;
    if (const auto from = options.date("from"))
        query.from = *from;
    if (const auto to = options.date("to"))
        query.to = *to;
    options.require("from");
    options.require("to");
    query.numbers = options.textList("numbers");
    query.inn = options.text("inn").trimmed();
    if (!inv.optionsOk())
        return;
    const QMap<QString, QString> problems = query.validate();
    if (!problems.isEmpty()) {
        inv.failUsage(problems.first());
        return;
    }
    Invocation* invocation = &inv;
    V2Service(inv.client())
        .internetCdr(
            query, &inv,
            inv.onSuccess<QVector<V2CdrRow>>([invocation](const QVector<V2CdrRow>& rows) {
                const QLocale locale;
                if (invocation->isJson()) {
                    QJsonArray items;
                    for (const V2CdrRow& row : rows)
                        items.append(
                            QJsonObject{{QStringLiteral("number"), row.number},
                                        {QStringLiteral("date"), V2Validation::dateText(row.date)},
                                        {QStringLiteral("bytes"), row.bytes},
                                        {QStringLiteral("sessions"), row.sessions.value_or(0)}});
                    invocation->out().json(items);
                } else {
                    TablePrinter table({{tr("Number")},
                                        {tr("Date")},
                                        {tr("Traffic, MB"), TablePrinter::Align::Right},
                                        {tr("Sessions"), TablePrinter::Align::Right}});
                    for (const V2CdrRow& row : rows)
                        table.addRow({row.number, V2Validation::dateText(row.date),
                                      locale.toString(double(row.bytes) / 1048576.0, 'f', 2),
                                      row.sessions ? QString::number(*row.sessions) : QString()});
                    invocation->out().table(table, tr("%n record(s)", "", int(rows.size())));
                }
                invocation->finish(ExitCode::Ok);
            }));
}

} // namespace simfleet
