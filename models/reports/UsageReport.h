#pragma once

#include "api/ApiError.h"
#include "api/ReportRows.h"
#include "api/v2/V2Answers.h"
#include "api/v2/V2Service.h"
#include "models/common/ColumnTableModel.h"
#include "models/reports/ReportAggregates.h"

#include <QMap>
#include <QObject>
#include <QPointer>
#include <QSet>

namespace simfleet {

class ApiCall;
class ApiClient;

// The second operator's usage report: its internet records (CDR, one row per
// SIM and day) for a period, optionally some numbers and a company's INN, as
// a table (number, day, traffic in MB, sessions) and the sums the charts
// plot (traffic per day, top consumers, anomalies) — the aggregates of the
// daily report, over the same per-SIM days. run() validates the query first:
// a refused field is in fieldProblems() and nothing is sent; the server's
// field errors (HTTP 422) land there too, under the form's field they belong
// to. One run at a time; a failed or cancelled run keeps the previous rows.
class UsageReport final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsageReport)

public:
    enum Column { Number, Day, TrafficMb, Sessions, ColumnCount };
    enum ItemRole {
        RawValueRole = ColumnTableRoles::RawValueRole,
        SimIdRole = ColumnTableRoles::FirstCustomRole
    };
    // The form's fields a problem is shown next to (V2CdrQuery::validate()'s keys).
    static const QString kFrom, kTo, kNumbers, kInn;
    static constexpr int kTopCount = 10;

    using Table = ColumnTableModel<V2CdrRow>;

    explicit UsageReport(ApiClient* client, QObject* parent = nullptr);
    ~UsageReport() override;

    Table* table() const { return m_table; }

    // Starts reading `query`; false without sending when a field is refused
    // (fieldProblems() says which and why, finished() is not emitted).
    bool run(const V2CdrQuery& query);
    // Stops the run; finished() says Cancelled; the previous rows stay.
    void cancel();
    // Sign-out: stops the run and empties the report.
    void clear();

    bool isRunning() const { return !m_call.isNull(); }
    // Whether rows of a completed run are shown (maybe none), and its query.
    bool hasResult() const { return m_loaded; }
    const V2CdrQuery& query() const { return m_query; }
    // The last run's error (none on success); a local refusal is Validation.
    const ApiError& error() const { return m_error; }
    // Field (kFrom, kTo, kNumbers, kInn) → what is wrong with it, from the
    // local check or the server's 422 answer; empty when nothing is.
    const QMap<QString, QString>& fieldProblems() const { return m_fieldProblems; }
    // The form field a server's error key belongs to ("numbers.0" → "numbers").
    static QString formField(const QString& key);

    // The rows as the daily report's per-SIM days (SIM id = the number), for
    // ReportAggregates and the charts; days in UTC (aggregatesZone()).
    const QVector<DayReportRow>& dayRows() const { return m_dayRows; }
    static QTimeZone aggregatesZone();
    // Every day of the period with the traffic of all SIMs that day.
    QVector<ReportAggregates::DayTotal> trafficPerDay() const;
    // The `count` numbers with the most traffic, biggest first.
    QVector<ReportAggregates::Consumer> topConsumers(int count = kTopCount) const;
    // Every SIM-day with traffic >= thresholds.factor × the SIM's median day
    // in the period and >= thresholds.minBytes (ReportAggregates::anomalies).
    QVector<ReportAggregates::Anomaly>
    anomalies(const ReportAggregates::AnomalyThresholds& thresholds = {}) const;
    // Whether the row's day is an anomaly at the default thresholds (5× the
    // SIM's median day and 50 MB): its traffic shows highlighted in the table.
    bool isAnomaly(const V2CdrRow& row) const;
    int anomalyCount() const { return int(m_anomalies.size()); }
    qint64 totalBytes() const;
    // "84 rows · 12 SIMs · traffic 1.2 GB · 340 sessions · 2 anomalous days".
    QString totalsText() const;
    static QString kindName();

signals:
    void runningChanged(bool running);
    // A run ended: `error` none on success, Cancelled after cancel().
    void finished(const ApiError& error);

private:
    void finish(const Result<QVector<V2CdrRow>>& result);
    void setupColumns();

    QPointer<ApiClient> m_client;
    Table* m_table;
    QPointer<ApiCall> m_call;
    V2CdrQuery m_query;
    V2CdrQuery m_running;
    ApiError m_error;
    QMap<QString, QString> m_fieldProblems;
    QVector<DayReportRow> m_dayRows;
    QSet<QPair<QString, qint64>> m_anomalies; // (number, Julian day) at the default thresholds
    bool m_loaded = false;
    quint64 m_generation = 0;
};

} // namespace simfleet
