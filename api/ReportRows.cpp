#include "api/ReportRows.h"

#include "api/JsonRead.h"
#include "api/ProviderTime.h"

#include <QStringView>

#include <utility>

namespace simfleet {

using namespace Qt::Literals::StringLiterals;

namespace {

// The columns every report row shares.
struct SimColumns {
    qint64 sessionId = 0;
    double costEur = 0;
    qint64 simId = 0;
    QString number, iccid, name;
};

SimColumns readSimColumns(const QJsonObject& o) {
    SimColumns c;
    c.sessionId = JsonRead::toInt(o.value("sid"_L1)).value_or(0);
    c.costEur = JsonRead::toDouble(o.value("session_cost"_L1)).value_or(0.0);
    c.simId = JsonRead::toInt(o.value("id"_L1)).value_or(0);
    c.number = JsonRead::toString(o.value("original_number"_L1));
    c.iccid = JsonRead::toString(o.value("iccid"_L1));
    c.name = JsonRead::toString(o.value("name"_L1));
    return c;
}

template <typename Row>
QVector<Row> parseRows(const QJsonArray& array, QLatin1String what, ParseProblems* problems) {
    return PageParsing::parseObjects<Row>(
        array, what, problems,
        [](const QJsonObject& o, QString*) { return std::optional<Row>(Row::fromJson(o)); });
}

} // namespace

SessionReportRow SessionReportRow::fromJson(const QJsonObject& o) {
    SimColumns c = readSimColumns(o);
    SessionReportRow row;
    row.sessionId = c.sessionId;
    row.start = JsonRead::toUnixTime(o.value("start"_L1));
    row.end = JsonRead::toUnixTime(o.value("end"_L1));
    row.countryName = JsonRead::toString(o.value("country_name"_L1));
    row.operatorName = JsonRead::toString(o.value("operator_name"_L1));
    row.operatorCode = JsonRead::toInt(o.value("operator_code"_L1)).value_or(0);
    row.costEur = c.costEur;
    row.bytes = JsonRead::toInt(o.value("value"_L1)).value_or(0);
    row.simId = c.simId;
    row.number = std::move(c.number);
    row.iccid = std::move(c.iccid);
    row.name = std::move(c.name);
    return row;
}

DayReportRow DayReportRow::fromJson(const QJsonObject& o) {
    SimColumns c = readSimColumns(o);
    DayReportRow row;
    row.sessionId = c.sessionId;
    row.day = JsonRead::toUnixTime(o.value("day"_L1));
    row.costEur = c.costEur;
    row.bytes = JsonRead::toInt(o.value("value"_L1)).value_or(0);
    row.simId = c.simId;
    row.number = std::move(c.number);
    row.iccid = std::move(c.iccid);
    row.name = std::move(c.name);
    return row;
}

QDate DayReportRow::calendarDay(const QTimeZone& providerZone) const {
    return ProviderTime::dayOf(day, providerZone);
}

CallSmsReportRow::Type CallSmsReportRow::typeFromString(const QString& code) {
    const QStringView c = QStringView(code).trimmed();
    if (c.compare(u"call", Qt::CaseInsensitive) == 0)
        return Type::Call;
    if (c.compare(u"in_sms", Qt::CaseInsensitive) == 0)
        return Type::IncomingSms;
    if (c.compare(u"out_sms", Qt::CaseInsensitive) == 0)
        return Type::OutgoingSms;
    if (c.compare(u"ussd", Qt::CaseInsensitive) == 0)
        return Type::Ussd;
    return Type::Unknown;
}

CallSmsReportRow CallSmsReportRow::fromJson(const QJsonObject& o) {
    SimColumns c = readSimColumns(o);
    CallSmsReportRow row;
    row.actionId = c.sessionId;
    row.date = JsonRead::toUnixTime(o.value("date"_L1));
    row.typeRaw = JsonRead::toString(o.value("type"_L1));
    row.type = typeFromString(row.typeRaw);
    row.toNumber = JsonRead::toString(o.value("to_number"_L1));
    row.costEur = c.costEur;
    row.simId = c.simId;
    row.number = std::move(c.number);
    row.iccid = std::move(c.iccid);
    row.name = std::move(c.name);
    return row;
}

QVector<SessionReportRow> parseSessionRows(const QJsonArray& array, ParseProblems* problems) {
    return parseRows<SessionReportRow>(array, "Session row"_L1, problems);
}

QVector<DayReportRow> parseDayRows(const QJsonArray& array, ParseProblems* problems) {
    return parseRows<DayReportRow>(array, "Day row"_L1, problems);
}

QVector<CallSmsReportRow> parseCallSmsRows(const QJsonArray& array, ParseProblems* problems) {
    return parseRows<CallSmsReportRow>(array, "Call/SMS row"_L1, problems);
}

ListPage<SessionReportRow> parseSessionPage(const QJsonObject& body) {
    return PageParsing::parsePage<SessionReportRow>(body, parseSessionRows);
}

ListPage<DayReportRow> parseDayPage(const QJsonObject& body) {
    return PageParsing::parsePage<DayReportRow>(body, parseDayRows);
}

ListPage<CallSmsReportRow> parseCallSmsPage(const QJsonObject& body) {
    return PageParsing::parsePage<CallSmsReportRow>(body, parseCallSmsRows);
}

} // namespace simfleet
