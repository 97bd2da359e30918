#pragma once

#include "api/ApiCall.h"
#include "api/ListPage.h"
#include "api/PagedFetch.h"
#include "api/ReportRows.h"

#include <QDate>
#include <QStringList>

#include <functional>

namespace simfleet {

class ApiClient;

// What a report covers: a date range and a scope of `all`, SIMs and groups.
// start and end are the provider's calendar days (ProviderTime.h), sent as they are.
struct ReportQuery {
    QDate start;
    QDate end;
    QStringList select; // empty means all
    void selectAll() { select = {QStringLiteral("all")}; }
    void addSim(qint64 simId) { select << QStringLiteral("s_%1").arg(simId); }
    void addGroup(qint64 groupId) { select << QStringLiteral("g_%1").arg(groupId); }
    static QString apiDate(const QDate& date); // DD-MM-YYYY
    QJsonObject toJson() const;                // filter + select (no page/size)
};

// report/sessions, report/day, report/call_sms. These lists have no
// all_count: fetchAll* read pages until a short one, kReadAhead at a time
// (within the client's maxInFlight()), parsed off the GUI thread, and hand
// over every row in page order.
class ReportService final {
public:
    static constexpr int kDefaultPageSize = 500;
    // Pages requested before the short one is known (as many as a fleet load
    // keeps in flight): fewer than 2 x kReadAhead requests go past the end.
    static constexpr int kReadAhead = 3;

    explicit ReportService(ApiClient* client)
        : m_client(client) {}

    ApiCall* sessions(const ReportQuery& query, int page, int size, QObject* context,
                      std::function<void(const Result<ListPage<SessionReportRow>>&)> done);
    ApiCall* daily(const ReportQuery& query, int page, int size, QObject* context,
                   std::function<void(const Result<ListPage<DayReportRow>>&)> done);
    ApiCall* callsAndSms(const ReportQuery& query, int page, int size, QObject* context,
                         std::function<void(const Result<ListPage<CallSmsReportRow>>&)> done);

    PagedFetch*
    fetchAllSessions(const ReportQuery& query, QObject* context,
                     std::function<void(const Result<ListPage<SessionReportRow>>&)> done);
    PagedFetch* fetchAllDaily(const ReportQuery& query, QObject* context,
                              std::function<void(const Result<ListPage<DayReportRow>>&)> done);
    PagedFetch*
    fetchAllCallsAndSms(const ReportQuery& query, QObject* context,
                        std::function<void(const Result<ListPage<CallSmsReportRow>>&)> done);

private:
    static QJsonObject pageBody(const ReportQuery& query, int page, int size);
    ApiClient* m_client;
};

} // namespace simfleet
