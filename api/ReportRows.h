#pragma once

#include "api/ListPage.h"
#include "api/ParseReport.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QTimeZone>
#include <QVector>

#include <optional>

namespace simfleet {

// Rows of `report/sessions`, `report/day` and `report/call_sms`.
// Report rows are statistics, not entities: a row whose `sid`/`id` is missing
// or unreadable is KEPT with 0 there (its cost and traffic still count); only
// array entries that are not objects are dropped and reported. fromJson
// therefore never fails.

struct SessionReportRow {
    qint64 sessionId = 0; // `sid`
    std::optional<QDateTime> start, end;
    QString countryName, operatorName; // raw names from the upstream operator
    qint64 operatorCode = 0;           // MCC+MNC
    double costEur = 0;                // `session_cost` (TC only)
    qint64 bytes = 0;                  // `value`, a bigint usually sent as a string
    qint64 simId = 0;                  // `id`
    QString number;                    // `original_number`
    QString iccid, name;               // name: null when null

    static SessionReportRow fromJson(const QJsonObject& o);
};

struct DayReportRow {
    qint64 sessionId = 0;         // `sid`
    std::optional<QDateTime> day; // as sent: a moment of the provider's day
    double costEur = 0;
    qint64 bytes = 0;
    qint64 simId = 0;
    QString number, iccid, name;

    // The provider's calendar day of the row (see ProviderTime.h); invalid
    // when the server sent no day.
    QDate calendarDay(const QTimeZone& providerZone) const;

    static DayReportRow fromJson(const QJsonObject& o);
};

struct CallSmsReportRow {
    enum class Type { Call, IncomingSms, OutgoingSms, Ussd, Unknown };

    qint64 actionId = 0; // `sid`
    std::optional<QDateTime> date;
    Type type = Type::Unknown;
    QString typeRaw; // the server's code as sent (call, in_sms, out_sms, ussd, ...)
    QString toNumber;
    double costEur = 0;
    qint64 simId = 0;
    QString number, iccid, name;

    static Type typeFromString(const QString& code); // trimmed, any case
    static CallSmsReportRow fromJson(const QJsonObject& o);
};

QVector<SessionReportRow> parseSessionRows(const QJsonArray& array, ParseProblems* problems);
QVector<DayReportRow> parseDayRows(const QJsonArray& array, ParseProblems* problems);
QVector<CallSmsReportRow> parseCallSmsRows(const QJsonArray& array, ParseProblems* problems);

// Report answers: rows in `result.items`, no `all_count` (allCount stays nullopt).
ListPage<SessionReportRow> parseSessionPage(const QJsonObject& body);
ListPage<DayReportRow> parseDayPage(const QJsonObject& body);
ListPage<CallSmsReportRow> parseCallSmsPage(const QJsonObject& body);

} // namespace simfleet
