#pragma once

#include "api/ApiError.h"
#include "api/ReportRows.h"
#include "api/ReportService.h"
#include "models/common/ColumnTableModel.h"

#include <QDate>
#include <QObject>
#include <QPointer>
#include <QTimeZone>

#include <array>

namespace simfleet {

class ApiClient;
class PagedFetch;

// Sums of a report's rows, shown under its table.
struct ReportTotals {
    qint64 rows = 0;
    qint64 sims = 0; // distinct SIM ids
    qint64 bytes = 0;
    double costEur = 0;
    qint64 calls = 0, incomingSms = 0, outgoingSms = 0, ussd = 0, other = 0;
};

// The three reports of NovaConnect — sessions, daily traffic, SMS & calls —
// as tables (one ColumnTableModel each) for a date range of the provider's
// calendar days and a scope (ReportQuery: all, s_<id>, g_<id>). run() reads
// every page of one report (reads only; one run at a time, a new one cancels
// the one before), with progress and cancel; a cancelled or failed run leaves
// that report's previous rows. Days from the provider's today on are refused:
// operator data arrives a day late, so today is never shown as if complete.
class ReportsModel final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportsModel)

public:
    enum class Kind { Sessions, Daily, CallsAndSms };
    Q_ENUM(Kind)
    static constexpr int kKindCount = 3;
    enum ItemRole {
        RawValueRole = ColumnTableRoles::RawValueRole,
        SimIdRole = ColumnTableRoles::FirstCustomRole
    };
    enum SessionColumn {
        SessionStart,
        SessionEnd,
        SessionSim,
        SessionNumber,
        SessionIccid,
        SessionCountry,
        SessionOperator,
        SessionTraffic,
        SessionCost
    };
    enum DailyColumn { DailyDay, DailySim, DailyNumber, DailyIccid, DailyTraffic, DailyCost };
    enum CallColumn { CallDate, CallType, CallTo, CallSim, CallNumber, CallIccid, CallCost };

    using SessionTable = ColumnTableModel<SessionReportRow>;
    using DailyTable = ColumnTableModel<DayReportRow>;
    using CallSmsTable = ColumnTableModel<CallSmsReportRow>;

    explicit ReportsModel(ApiClient* client, QObject* parent = nullptr);
    ~ReportsModel() override;

    SessionTable* sessions() const { return m_sessions; }
    DailyTable* daily() const { return m_daily; }
    CallSmsTable* callsAndSms() const { return m_calls; }
    QAbstractItemModel* table(Kind kind) const;

    // The provider's zone: days are its calendar days (default Asia/Almaty).
    void setProviderZone(const QTimeZone& zone);
    const QTimeZone& providerZone() const { return m_zone; }
    // The provider's today, and the last day whose data is complete (yesterday).
    QDate providerToday() const;
    QDate lastCompleteDay() const { return providerToday().addDays(-1); }
    // Why [first, last] cannot be reported (invalid, reversed, reaching the
    // provider's today); empty when it can.
    QString rangeProblem(const QDate& first, const QDate& last) const;

    // Starts reading `kind` for `query` (an empty select means all SIMs);
    // false without sending when the range is refused (*refusal says why).
    bool run(Kind kind, const ReportQuery& query, QString* refusal = nullptr);
    // Stops the run; finished() says Cancelled; the previous rows stay.
    void cancel();
    // Sign-out: stops the run and empties every report.
    void clear();

    bool isRunning() const;
    Kind runningKind() const { return m_runningKind; }
    qint64 rowsReceived() const { return m_received; }

    // Whether `kind` has rows of a completed run (maybe none), its query,
    // the error of its last run (none on success or cancel).
    bool hasResult(Kind kind) const { return m_state[size_t(kind)].loaded; }
    const ReportQuery& query(Kind kind) const { return m_state[size_t(kind)].query; }
    const ApiError& error(Kind kind) const { return m_state[size_t(kind)].error; }
    // Whether the last run of `kind` failed for want of a connection.
    bool isOffline(Kind kind) const;
    ReportTotals totals(Kind kind) const;
    // "1,234 sessions · 12.3 GB · 45.67 €", by kind.
    QString totalsText(Kind kind) const;

    static QString kindName(Kind kind);
    static QString bytesText(qint64 bytes); // human units by the locale
    static QString costText(double eur);    // EUR by the locale
    static QString typeName(CallSmsReportRow::Type type, const QString& raw = {});

signals:
    void runningChanged(bool running);
    void progress(qint64 rowsReceived);
    // A run ended: `error` none on success, Cancelled after cancel().
    void finished(ReportsModel::Kind kind, const ApiError& error);

private:
    struct State {
        bool loaded = false;
        ReportQuery query;
        ApiError error;
    };
    template <typename Row>
    void finish(Kind kind, const ReportQuery& query, quint64 generation,
                const Result<ListPage<Row>>& result, ColumnTableModel<Row>* table);
    void setupColumns();

    QPointer<ApiClient> m_client;
    QTimeZone m_zone;
    SessionTable* m_sessions;
    DailyTable* m_daily;
    CallSmsTable* m_calls;
    std::array<State, kKindCount> m_state;
    QPointer<PagedFetch> m_fetch;
    Kind m_runningKind = Kind::Sessions;
    qint64 m_received = 0;
    quint64 m_generation = 0;
};

} // namespace simfleet
