#include "models/reports/ReportsModel.h"

#include "api/ApiClient.h"
#include "api/PagedFetch.h"
#include "api/ProviderTime.h"
#include "models/fleet/SimText.h"

#include <QLocale>
#include <QSet>

namespace simfleet {

namespace {

QString dateTimeText(const std::optional<QDateTime>& time) {
    return time && time->isValid() ? QLocale().toString(time->toLocalTime(), QLocale::ShortFormat)
                                   : QString();
}

QVariant dateTimeValue(const std::optional<QDateTime>& time) {
    return time && time->isValid() ? QVariant(time->toSecsSinceEpoch()) : QVariant(qint64(0));
}

template <typename Row> QString simText(const Row& row) {
    return row.name.trimmed();
}

template <typename Row> void addSimColumns(QVector<TableColumn<Row>>& columns) {
    columns << TableColumn<Row>([] { return ReportsModel::tr("SIM name"); }, &simText<Row>)
            << TableColumn<Row>([] { return ReportsModel::tr("Number"); },
                                [](const Row& row) { return row.number; })
            << TableColumn<Row>([] { return ReportsModel::tr("ICCID"); },
                                [](const Row& row) { return row.iccid; });
}

template <typename Row> TableColumn<Row> trafficColumn() {
    return TableColumn<Row>([] { return ReportsModel::tr("Traffic"); },
                            [](const Row& row) { return ReportsModel::bytesText(row.bytes); })
        .withRawValue([](const Row& row) { return row.bytes; })
        .withToolTip([](const Row& row) {
            return ReportsModel::tr("%1 bytes").arg(QLocale().toString(row.bytes));
        })
        .alignedRight();
}

template <typename Row> TableColumn<Row> costColumn() {
    return TableColumn<Row>([] { return ReportsModel::tr("Cost"); },
                            [](const Row& row) { return ReportsModel::costText(row.costEur); })
        .withRawValue([](const Row& row) { return row.costEur; })
        .alignedRight();
}

template <typename Row> qint64 distinctSims(const QVector<Row>& rows) {
    QSet<qint64> ids;
    for (const Row& row : rows)
        ids.insert(row.simId);
    return ids.size();
}

} // namespace

ReportsModel::ReportsModel(ApiClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_zone(ProviderTime::defaultZone())
    , m_sessions(new SessionTable(this))
    , m_daily(new DailyTable(this))
    , m_calls(new CallSmsTable(this)) {
    m_sessions->setObjectName(QStringLiteral("sessionsReport"));
    m_daily->setObjectName(QStringLiteral("dailyReport"));
    m_calls->setObjectName(QStringLiteral("callSmsReport"));
    setupColumns();
}

ReportsModel::~ReportsModel() {
    if (m_fetch)
        m_fetch->cancel();
}

void ReportsModel::setupColumns() {
    QVector<TableColumn<SessionReportRow>> sessions{
        TableColumn<SessionReportRow>(
            [] { return tr("Start"); },
            [](const SessionReportRow& row) { return dateTimeText(row.start); })
            .withRawValue([](const SessionReportRow& row) { return dateTimeValue(row.start); }),
        TableColumn<SessionReportRow>(
            [] { return tr("End"); },
            [](const SessionReportRow& row) { return dateTimeText(row.end); })
            .withRawValue([](const SessionReportRow& row) { return dateTimeValue(row.end); })};
    addSimColumns(sessions);
    sessions << TableColumn<SessionReportRow>(
                    [] { return tr("Country"); },
                    [](const SessionReportRow& row) { return row.countryName.trimmed(); })
             << TableColumn<SessionReportRow>(
                    [] { return tr("Operator"); },
                    [](const SessionReportRow& row) { return row.operatorName.trimmed(); })
                    .withToolTip([](const SessionReportRow& row) -> QVariant {
                        return row.operatorCode ? tr("MCC+MNC %1").arg(row.operatorCode)
                                                : QVariant();
                    })
             << trafficColumn<SessionReportRow>() << costColumn<SessionReportRow>();
    m_sessions->setColumns(sessions);
    m_sessions->setRowRole(SimIdRole, [](const SessionReportRow& row) { return row.simId; });

    QVector<TableColumn<DayReportRow>> daily{
        TableColumn<DayReportRow>([] { return tr("Day"); },
                                  [this](const DayReportRow& row) {
                                      return QLocale().toString(row.calendarDay(m_zone),
                                                                QLocale::ShortFormat);
                                  })
            .withRawValue(
                [this](const DayReportRow& row) { return row.calendarDay(m_zone).toJulianDay(); })};
    addSimColumns(daily);
    daily << trafficColumn<DayReportRow>() << costColumn<DayReportRow>();
    m_daily->setColumns(daily);
    m_daily->setRowRole(SimIdRole, [](const DayReportRow& row) { return row.simId; });

    QVector<TableColumn<CallSmsReportRow>> calls{
        TableColumn<CallSmsReportRow>(
            [] { return tr("Date"); },
            [](const CallSmsReportRow& row) { return dateTimeText(row.date); })
            .withRawValue([](const CallSmsReportRow& row) { return dateTimeValue(row.date); }),
        TableColumn<CallSmsReportRow>(
            [] { return tr("Type"); },
            [](const CallSmsReportRow& row) { return typeName(row.type, row.typeRaw); }),
        TableColumn<CallSmsReportRow>([] { return tr("To"); },
                                      [](const CallSmsReportRow& row) { return row.toNumber; })};
    addSimColumns(calls);
    calls << costColumn<CallSmsReportRow>();
    m_calls->setColumns(calls);
    m_calls->setRowRole(SimIdRole, [](const CallSmsReportRow& row) { return row.simId; });
}

QAbstractItemModel* ReportsModel::table(Kind kind) const {
    switch (kind) {
    case Kind::Sessions:
        return m_sessions;
    case Kind::Daily:
        return m_daily;
    case Kind::CallsAndSms:
        return m_calls;
    }
    return m_daily;
}

void ReportsModel::setProviderZone(const QTimeZone& zone) {
    if (zone == m_zone || !zone.isValid())
        return;
    m_zone = zone;
    m_daily->columnsChanged(DailyDay, DailyDay);
}

QDate ReportsModel::providerToday() const {
    return ProviderTime::dayOf(QDateTime::currentSecsSinceEpoch(), m_zone);
}

QString ReportsModel::rangeProblem(const QDate& first, const QDate& last) const {
    if (!first.isValid() || !last.isValid())
        return tr("Choose the first and the last day.");
    if (first > last)
        return tr("The first day is after the last day.");
    if (last >= providerToday())
        return tr("Operator data arrives a day late: the last complete day is %1.")
            .arg(QLocale().toString(lastCompleteDay(), QLocale::ShortFormat));
    return QString();
}

bool ReportsModel::isRunning() const {
    return !m_fetch.isNull() && !m_fetch->isFinished();
}

bool ReportsModel::isOffline(Kind kind) const {
    const ApiError& e = error(kind);
    return e.kind == ApiError::Kind::Network || e.kind == ApiError::Kind::Timeout;
}

bool ReportsModel::run(Kind kind, const ReportQuery& query, QString* refusal) {
    QString problem = rangeProblem(query.start, query.end);
    if (problem.isEmpty() && !m_client)
        problem = tr("Not connected to NovaConnect.");
    if (!problem.isEmpty()) {
        if (refusal)
            *refusal = problem;
        return false;
    }
    if (isRunning())
        cancel();
    ReportQuery sent = query;
    if (sent.select.isEmpty())
        sent.selectAll();
    const quint64 generation = ++m_generation;
    m_runningKind = kind;
    m_received = 0;
    ReportService service(m_client);
    switch (kind) {
    case Kind::Sessions:
        m_fetch = service.fetchAllSessions(
            sent, this,
            [this, kind, sent, generation](const Result<ListPage<SessionReportRow>>& r) {
                finish(kind, sent, generation, r, m_sessions);
            });
        break;
    case Kind::Daily:
        m_fetch = service.fetchAllDaily(
            sent, this, [this, kind, sent, generation](const Result<ListPage<DayReportRow>>& r) {
                finish(kind, sent, generation, r, m_daily);
            });
        break;
    case Kind::CallsAndSms:
        m_fetch = service.fetchAllCallsAndSms(
            sent, this,
            [this, kind, sent, generation](const Result<ListPage<CallSmsReportRow>>& r) {
                finish(kind, sent, generation, r, m_calls);
            });
        break;
    }
    connect(m_fetch, &PagedFetch::progress, this, [this, generation](qint64 received, qint64) {
        if (generation != m_generation)
            return;
        m_received = received;
        emit progress(received);
    });
    emit runningChanged(true);
    return true;
}

template <typename Row>
void ReportsModel::finish(Kind kind, const ReportQuery& query, quint64 generation,
                          const Result<ListPage<Row>>& result, ColumnTableModel<Row>* table) {
    if (generation != m_generation)
        return; // cancelled or replaced
    m_fetch.clear();
    State& state = m_state[size_t(kind)];
    state.error = result.error;
    if (result.ok()) {
        state.loaded = true;
        state.query = query;
        table->setRows(result.value.items);
    }
    emit runningChanged(false);
    emit finished(kind, result.error);
}

void ReportsModel::cancel() {
    if (!isRunning())
        return;
    ++m_generation;
    m_fetch->cancel();
    m_fetch.clear();
    emit runningChanged(false);
    emit finished(m_runningKind, ApiError::cancelled());
}

void ReportsModel::clear() {
    ++m_generation;
    if (m_fetch)
        m_fetch->cancel();
    m_fetch.clear();
    m_received = 0;
    m_state = {};
    m_sessions->clearRows();
    m_daily->clearRows();
    m_calls->clearRows();
}

ReportTotals ReportsModel::totals(Kind kind) const {
    ReportTotals totals;
    switch (kind) {
    case Kind::Sessions:
        for (const SessionReportRow& row : m_sessions->rows()) {
            totals.bytes += row.bytes;
            totals.costEur += row.costEur;
        }
        totals.rows = m_sessions->rowCount();
        totals.sims = distinctSims(m_sessions->rows());
        break;
    case Kind::Daily:
        for (const DayReportRow& row : m_daily->rows()) {
            totals.bytes += row.bytes;
            totals.costEur += row.costEur;
        }
        totals.rows = m_daily->rowCount();
        totals.sims = distinctSims(m_daily->rows());
        break;
    case Kind::CallsAndSms:
        for (const CallSmsReportRow& row : m_calls->rows()) {
            totals.costEur += row.costEur;
            switch (row.type) {
            case CallSmsReportRow::Type::Call:
                ++totals.calls;
                break;
            case CallSmsReportRow::Type::IncomingSms:
                ++totals.incomingSms;
                break;
            case CallSmsReportRow::Type::OutgoingSms:
                ++totals.outgoingSms;
                break;
            case CallSmsReportRow::Type::Ussd:
                ++totals.ussd;
                break;
            case CallSmsReportRow::Type::Unknown:
                ++totals.other;
                break;
            }
        }
        totals.rows = m_calls->rowCount();
        totals.sims = distinctSims(m_calls->rows());
        break;
    }
    return totals;
}

QString ReportsModel::totalsText(Kind kind) const {
    const ReportTotals t = totals(kind);
    const QString sep = QStringLiteral(" · ");
    QStringList parts;
    switch (kind) {
    case Kind::Sessions:
        parts << tr("%n session(s)", nullptr, int(t.rows));
        break;
    case Kind::Daily:
        parts << tr("%n row(s)", nullptr, int(t.rows));
        break;
    case Kind::CallsAndSms:
        parts << tr("%n call(s)", nullptr, int(t.calls))
              << tr("%n incoming SMS", nullptr, int(t.incomingSms))
              << tr("%n outgoing SMS", nullptr, int(t.outgoingSms))
              << tr("%n USSD", nullptr, int(t.ussd));
        if (t.other > 0)
            parts << tr("%n other", nullptr, int(t.other));
        break;
    }
    parts << tr("%n SIM(s)", nullptr, int(t.sims));
    if (kind != Kind::CallsAndSms)
        parts << tr("traffic %1").arg(bytesText(t.bytes));
    parts << tr("cost %1").arg(costText(t.costEur));
    return parts.join(sep);
}

QString ReportsModel::kindName(Kind kind) {
    switch (kind) {
    case Kind::Sessions:
        return tr("Sessions");
    case Kind::Daily:
        return tr("Daily traffic");
    case Kind::CallsAndSms:
        return tr("SMS & calls");
    }
    return {};
}

QString ReportsModel::bytesText(qint64 bytes) {
    return SimText::megabytes(double(bytes) / (1024.0 * 1024.0));
}

QString ReportsModel::costText(double eur) {
    return QLocale().toCurrencyString(eur, QStringLiteral("€"), 2);
}

QString ReportsModel::typeName(CallSmsReportRow::Type type, const QString& raw) {
    switch (type) {
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
    return raw.trimmed().isEmpty() ? tr("Other") : raw.trimmed();
}

} // namespace simfleet
