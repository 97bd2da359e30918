#include "api/ReportService.h"

#include "api/ProviderTime.h"
#include "api/ServiceSupport.h"

#include <QJsonArray>

namespace simfleet {

using namespace ServiceSupport;

namespace {
const QString kSessions = QStringLiteral("report/sessions");
const QString kDaily = QStringLiteral("report/day");
const QString kCallSms = QStringLiteral("report/call_sms");
} // namespace

QString ReportQuery::apiDate(const QDate& date) {
    return ProviderTime::apiDate(date);
}

QJsonObject ReportQuery::toJson() const {
    QJsonObject body;
    QJsonObject filter;
    if (start.isValid())
        filter.insert(QStringLiteral("start"), apiDate(start));
    if (end.isValid())
        filter.insert(QStringLiteral("end"), apiDate(end));
    if (!filter.isEmpty())
        body.insert(QStringLiteral("filter"), filter);
    body.insert(
        QStringLiteral("select"),
        QJsonArray::fromStringList(select.isEmpty() ? QStringList{QStringLiteral("all")} : select));
    return body;
}

QJsonObject ReportService::pageBody(const ReportQuery& query, int page, int size) {
    QJsonObject body = query.toJson();
    body.insert(QStringLiteral("page"), page);
    body.insert(QStringLiteral("size"), size);
    return body;
}

ApiCall*
ReportService::sessions(const ReportQuery& query, int page, int size, QObject* context,
                        std::function<void(const Result<ListPage<SessionReportRow>>&)> done) {
    return postForPage<SessionReportRow>(m_client, kSessions, pageBody(query, page, size), context,
                                         &parseSessionPage, std::move(done));
}

ApiCall* ReportService::daily(const ReportQuery& query, int page, int size, QObject* context,
                              std::function<void(const Result<ListPage<DayReportRow>>&)> done) {
    return postForPage<DayReportRow>(m_client, kDaily, pageBody(query, page, size), context,
                                     &parseDayPage, std::move(done));
}

ApiCall*
ReportService::callsAndSms(const ReportQuery& query, int page, int size, QObject* context,
                           std::function<void(const Result<ListPage<CallSmsReportRow>>&)> done) {
    return postForPage<CallSmsReportRow>(m_client, kCallSms, pageBody(query, page, size), context,
                                         &parseCallSmsPage, std::move(done));
}

PagedFetch* ReportService::fetchAllSessions(
    const ReportQuery& query, QObject* context,
    std::function<void(const Result<ListPage<SessionReportRow>>&)> done) {
    return fetchAll<SessionReportRow>(m_client, kSessions, query.toJson(), kDefaultPageSize,
                                      PagedFetch::Mode::ShortPage, context, &parseSessionRows,
                                      std::move(done));
}

PagedFetch*
ReportService::fetchAllDaily(const ReportQuery& query, QObject* context,
                             std::function<void(const Result<ListPage<DayReportRow>>&)> done) {
    return fetchAll<DayReportRow>(m_client, kDaily, query.toJson(), kDefaultPageSize,
                                  PagedFetch::Mode::ShortPage, context, &parseDayRows,
                                  std::move(done));
}

PagedFetch* ReportService::fetchAllCallsAndSms(
    const ReportQuery& query, QObject* context,
    std::function<void(const Result<ListPage<CallSmsReportRow>>&)> done) {
    return fetchAll<CallSmsReportRow>(m_client, kCallSms, query.toJson(), kDefaultPageSize,
                                      PagedFetch::Mode::ShortPage, context, &parseCallSmsRows,
                                      std::move(done));
}

} // namespace simfleet
