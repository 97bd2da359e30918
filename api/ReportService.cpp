#include "api/ReportService.h"

#include "api/ProviderTime.h"
#include "api/ServiceSupport.h"

#include <QHash>
#include <QJsonArray>

#include <memory>

namespace simfleet {

using namespace ServiceSupport;

namespace {
const QString kSessions = QStringLiteral("report/sessions");
const QString kDaily = QStringLiteral("report/day");
const QString kCallSms = QStringLiteral("report/call_sms");

void shareText(QString& text, const QString& shared) {
    if (text == shared)
        text = shared; // one copy of the characters instead of two
}

// A report repeats each SIM's number, ICCID and name on every row of it (a
// day report: once a day): rows of the same SIM share one copy of each.
template <typename Row> std::function<void(QVector<Row>&)> sharingSimTexts() {
    struct Texts {
        QString number, iccid, name;
    };
    auto seen = std::make_shared<QHash<qint64, Texts>>();
    return [seen](QVector<Row>& rows) {
        for (Row& row : rows) {
            const auto found = seen->constFind(row.simId);
            if (found == seen->constEnd()) {
                seen->insert(row.simId, Texts{row.number, row.iccid, row.name});
                continue;
            }
            shareText(row.number, found->number);
            shareText(row.iccid, found->iccid);
            shareText(row.name, found->name);
        }
    };
}
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
    return fetchAllReadAhead<SessionReportRow>(
        m_client, kSessions, query.toJson(), kDefaultPageSize, kReadAhead, context,
        &parseSessionPage, std::move(done), sharingSimTexts<SessionReportRow>());
}

PagedFetch*
ReportService::fetchAllDaily(const ReportQuery& query, QObject* context,
                             std::function<void(const Result<ListPage<DayReportRow>>&)> done) {
    return fetchAllReadAhead<DayReportRow>(m_client, kDaily, query.toJson(), kDefaultPageSize,
                                           kReadAhead, context, &parseDayPage, std::move(done),
                                           sharingSimTexts<DayReportRow>());
}

PagedFetch* ReportService::fetchAllCallsAndSms(
    const ReportQuery& query, QObject* context,
    std::function<void(const Result<ListPage<CallSmsReportRow>>&)> done) {
    return fetchAllReadAhead<CallSmsReportRow>(
        m_client, kCallSms, query.toJson(), kDefaultPageSize, kReadAhead, context,
        &parseCallSmsPage, std::move(done), sharingSimTexts<CallSmsReportRow>());
}

} // namespace simfleet
