#include "api/ProviderTime.h"
#include "api/ReportService.h"
#include "app/cli/Areas.h"
#include "app/cli/CommandRegistry.h"
#include "app/cli/Format.h"
#include "app/cli/ProviderZone.h"
#include "app/cli/RecordView.h"
#include "app/cli/ReportFile.h"

#include <QCoreApplication>

namespace simfleet {

namespace {

constexpr int kDefaultDays = 30;

// Totals for a report's summary line.
template <typename Row> double totalCost(const QVector<Row>& rows) {
    double sum = 0;
    for (const Row& row : rows)
        sum += row.costEur;
    return sum;
}

template <typename Row> qint64 totalBytes(const QVector<Row>& rows) {
    qint64 sum = 0;
    for (const Row& row : rows)
        sum += row.bytes;
    return sum;
}

// The SIM fields every report row carries.
template <typename Row> void putSim(QJsonObject& object, const Row& row) {
    object.insert(QStringLiteral("id"), row.simId);
    object.insert(QStringLiteral("original_number"), row.number);
    object.insert(QStringLiteral("iccid"), row.iccid);
    object.insert(QStringLiteral("name"), row.name.isNull() ? QJsonValue() : QJsonValue(row.name));
}

} // namespace

// reports sessions | day | calls
class ReportsCommands final {
    Q_DECLARE_TR_FUNCTIONS(ReportsCommands)

public:
    static AreaSpec area();

private:
    template <typename Row>
    using FetchAll =
        PagedFetch* (ReportService::*)(const ReportQuery&, QObject*,
                                       std::function<void(const Result<ListPage<Row>>&)>);
    template <typename Row> using Summary = QString (*)(const QVector<Row>&);

    template <typename Row> using ViewIn = RecordView<Row> (*)(const QTimeZone& providerZone);

    static std::optional<ReportQuery> query(Invocation& inv, const QTimeZone& providerZone);
    template <typename Row>
    static void run(Invocation& inv, FetchAll<Row> fetchAll, ViewIn<Row> view,
                    Summary<Row> summary);

    static RecordView<SessionReportRow> sessionView(const QTimeZone& providerZone);
    static RecordView<DayReportRow> dayView(const QTimeZone& providerZone);
    static RecordView<CallSmsReportRow> callView(const QTimeZone& providerZone);
    static QString callType(const CallSmsReportRow& row);
    static QString sessionSummary(const QVector<SessionReportRow>& rows);
    static QString daySummary(const QVector<DayReportRow>& rows);
    static QString callSummary(const QVector<CallSmsReportRow>& rows);
};

AreaSpec reportsArea() {
    return ReportsCommands::area();
}

AreaSpec ReportsCommands::area() {
    QList<OptionSpec> options{
        {"from", "DATE",
         QT_TRANSLATE_NOOP("CliHelp", "First day of the provider's calendar, YYYY-MM-DD or "
                                      "DD-MM-YYYY (default: 30 days ago)")},
        {"to", "DATE",
         QT_TRANSLATE_NOOP("CliHelp", "Last day of the provider's calendar (default: the "
                                      "provider's today)")},
        {"sims", "ID,...", QT_TRANSLATE_NOOP("CliHelp", "Only these SIM ids")},
        {"groups", "ID,...", QT_TRANSLATE_NOOP("CliHelp", "Only SIMs of these group ids")}};
    options << ReportFile::options() << ProviderZone::option();
    const char* notes = QT_TRANSLATE_NOOP(
        "CliHelp", "Without --csv or --xlsx the rows are printed as a table (or --json). A file "
                   "is written whole or not at all. Examples:\n"
                   "  simfleet-cli reports day --from 2026-03-01 --to 2026-03-31 --xlsx "
                   "march.xlsx\n"
                   "  simfleet-cli reports calls --groups 3 --csv calls.csv");
    return {QStringLiteral("reports"),
            QT_TRANSLATE_NOOP("CliHelp", "Traffic and usage reports (operator data arrives a day "
                                         "late)"),
            {{QStringLiteral("sessions"), QT_TRANSLATE_NOOP("CliHelp", "Sessions report"), options,
              [](Invocation& inv) {
                  run<SessionReportRow>(inv, &ReportService::fetchAllSessions, &sessionView,
                                        &ReportsCommands::sessionSummary);
              },
              notes},
             {QStringLiteral("day"), QT_TRANSLATE_NOOP("CliHelp", "Daily traffic report"), options,
              [](Invocation& inv) {
                  run<DayReportRow>(inv, &ReportService::fetchAllDaily, &dayView,
                                    &ReportsCommands::daySummary);
              },
              notes},
             {QStringLiteral("calls"), QT_TRANSLATE_NOOP("CliHelp", "SMS & calls report"), options,
              [](Invocation& inv) {
                  run<CallSmsReportRow>(inv, &ReportService::fetchAllCallsAndSms, &callView,
                                        &ReportsCommands::callSummary);
              },
              notes}}};
}

std::optional<ReportQuery> ReportsCommands::query(Invocation& inv, const QTimeZone& providerZone) {
    OptionValues& options = inv.options();
    ReportQuery query;
    // The dates are the provider's calendar days, so "today" is the provider's today too.
    const QDate providerToday =
        ProviderTime::dayOf(QDateTime::currentSecsSinceEpoch(), providerZone);
    query.end = options.date("to").value_or(providerToday);
    query.start = options.date("from").value_or(query.end.addDays(-kDefaultDays));
    if (options.ok() && query.start > query.end)
        options.fail(tr("--from (%1) is after --to (%2).")
                         .arg(query.start.toString(Qt::ISODate), query.end.toString(Qt::ISODate)));
    for (qint64 simId : options.idList("sims"))
        query.addSim(simId);
    for (qint64 groupId : options.idList("groups"))
        query.addGroup(groupId);
    if (query.select.isEmpty())
        query.selectAll();
    if (!inv.optionsOk())
        return std::nullopt;
    return query;
}

template <typename Row>
void ReportsCommands::run(Invocation& inv, FetchAll<Row> fetchAll, ViewIn<Row> view,
                          Summary<Row> summary) {
    const std::optional<QTimeZone> providerZone = ProviderZone::of(inv);
    const std::optional<ReportFile> target = ReportFile::fromOptions(inv.options());
    const std::optional<ReportQuery> reportQuery =
        query(inv, providerZone.value_or(ProviderTime::defaultZone()));
    if (!providerZone || !reportQuery)
        return;
    if (target && !target->checkWritable(inv))
        return;
    Invocation* invocation = &inv;
    ReportService reports(inv.client());
    (reports.*fetchAll)(*reportQuery, &inv,
                        inv.onSuccess<ListPage<Row>>([invocation, target, zone = *providerZone,
                                                      rows = view(*providerZone),
                                                      summary](const ListPage<Row>& page) {
                            if (target)
                                target->write(*invocation, zone, page.items, summary(page.items));
                            else
                                printList(*invocation, page, rows, summary(page.items));
                        }));
}

QString ReportsCommands::sessionSummary(const QVector<SessionReportRow>& rows) {
    return tr("%n session(s)", nullptr, int(rows.size())) + QStringLiteral("; ") +
           tr("traffic %1, cost %2 EUR")
               .arg(Format::bytes(totalBytes(rows)), Format::money(totalCost(rows)));
}

QString ReportsCommands::daySummary(const QVector<DayReportRow>& rows) {
    return tr("%n row(s)", nullptr, int(rows.size())) + QStringLiteral("; ") +
           tr("traffic %1, cost %2 EUR")
               .arg(Format::bytes(totalBytes(rows)), Format::money(totalCost(rows)));
}

QString ReportsCommands::callSummary(const QVector<CallSmsReportRow>& rows) {
    return tr("%n call(s) and SMS", nullptr, int(rows.size())) + QStringLiteral("; ") +
           tr("cost %1 EUR").arg(Format::money(totalCost(rows)));
}

// Session start and end are instants: shown in the user's zone.
RecordView<SessionReportRow> ReportsCommands::sessionView(const QTimeZone&) {
    using Align = TablePrinter::Align;
    static const RecordView<SessionReportRow> view{
        {{tr("Start")},
         {tr("End")},
         {tr("SIM ID"), Align::Right},
         {tr("ICCID")},
         {tr("Number")},
         {tr("Name")},
         {tr("Country")},
         {tr("Operator")},
         {tr("Traffic"), Align::Right},
         {tr("Cost, EUR"), Align::Right}},
        [](const SessionReportRow& row) {
            return QStringList{Format::dateTime(row.start),
                               Format::dateTime(row.end),
                               QString::number(row.simId),
                               row.iccid,
                               row.number,
                               row.name,
                               row.countryName,
                               row.operatorName,
                               Format::bytes(row.bytes),
                               Format::money(row.costEur)};
        },
        [](const SessionReportRow& row) {
            QJsonObject object{{QStringLiteral("sid"), row.sessionId},
                               {QStringLiteral("start"), Format::unixTime(row.start)},
                               {QStringLiteral("end"), Format::unixTime(row.end)},
                               {QStringLiteral("country_name"), row.countryName},
                               {QStringLiteral("operator_name"), row.operatorName},
                               {QStringLiteral("operator_code"), row.operatorCode},
                               {QStringLiteral("session_cost"), row.costEur},
                               {QStringLiteral("value"), row.bytes}};
            putSim(object, row);
            return object;
        }};
    return view;
}

// A row's day is the provider's calendar day, whatever this computer's zone.
RecordView<DayReportRow> ReportsCommands::dayView(const QTimeZone& providerZone) {
    using Align = TablePrinter::Align;
    return RecordView<DayReportRow>{
        {{tr("Day")},
         {tr("SIM ID"), Align::Right},
         {tr("ICCID")},
         {tr("Number")},
         {tr("Name")},
         {tr("Traffic"), Align::Right},
         {tr("Cost, EUR"), Align::Right}},
        [providerZone](const DayReportRow& row) {
            return QStringList{Format::day(row.calendarDay(providerZone)),
                               QString::number(row.simId),
                               row.iccid,
                               row.number,
                               row.name,
                               Format::bytes(row.bytes),
                               Format::money(row.costEur)};
        },
        [](const DayReportRow& row) {
            QJsonObject object{{QStringLiteral("sid"), row.sessionId},
                               {QStringLiteral("day"), Format::unixTime(row.day)},
                               {QStringLiteral("session_cost"), row.costEur},
                               {QStringLiteral("value"), row.bytes}};
            putSim(object, row);
            return object;
        }};
}

QString ReportsCommands::callType(const CallSmsReportRow& row) {
    switch (row.type) {
    case CallSmsReportRow::Type::Call:
        return tr("Call");
    case CallSmsReportRow::Type::IncomingSms:
        return tr("Incoming SMS");
    case CallSmsReportRow::Type::OutgoingSms:
        return tr("Outgoing SMS");
    case CallSmsReportRow::Type::Ussd:
        return tr("USSD");
    case CallSmsReportRow::Type::Unknown:
        break;
    }
    return row.typeRaw;
}

// The time of a call or SMS is an instant: shown in the user's zone.
RecordView<CallSmsReportRow> ReportsCommands::callView(const QTimeZone&) {
    using Align = TablePrinter::Align;
    static const RecordView<CallSmsReportRow> view{
        {{tr("Date")},
         {tr("Type")},
         {tr("SIM ID"), Align::Right},
         {tr("ICCID")},
         {tr("Number")},
         {tr("Name")},
         {tr("To number")},
         {tr("Cost, EUR"), Align::Right}},
        [](const CallSmsReportRow& row) {
            return QStringList{Format::dateTime(row.date),
                               callType(row),
                               QString::number(row.simId),
                               row.iccid,
                               row.number,
                               row.name,
                               row.toNumber,
                               Format::money(row.costEur)};
        },
        [](const CallSmsReportRow& row) {
            QJsonObject object{{QStringLiteral("sid"), row.actionId},
                               {QStringLiteral("date"), Format::unixTime(row.date)},
                               {QStringLiteral("type"), row.typeRaw},
                               {QStringLiteral("to_number"), row.toNumber},
                               {QStringLiteral("session_cost"), row.costEur}};
            putSim(object, row);
            return object;
        }};
    return view;
}

} // namespace simfleet
