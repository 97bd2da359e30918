#include "models/reports/UsageReport.h"

#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "models/reports/ReportsModel.h"

#include <QColor>
#include <QLocale>
#include <QSet>
#include <QTimeZone>

namespace simfleet {

const QString UsageReport::kFrom = QStringLiteral("from");
const QString UsageReport::kTo = QStringLiteral("to");
const QString UsageReport::kNumbers = QStringLiteral("numbers");
const QString UsageReport::kInn = QStringLiteral("inn");

namespace {

constexpr double kMb = 1024.0 * 1024.0;

// v2 SIM ids are their numbers as integers (V2Answers::simFromJson).
qint64 simIdOf(const QString& number) {
    return number.toLongLong();
}

} // namespace

UsageReport::UsageReport(ApiClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_table(new Table(this)) {
    m_table->setObjectName(QStringLiteral("usageReport"));
    setupColumns();
}

UsageReport::~UsageReport() {
    ++m_generation;
    if (m_call)
        m_call->cancel();
}

void UsageReport::setupColumns() {
    m_table->setColumns({
        TableColumn<V2CdrRow>([] { return tr("Number"); },
                              [](const V2CdrRow& row) { return row.number; }),
        TableColumn<V2CdrRow>(
            [] { return tr("Day"); },
            [](const V2CdrRow& row) { return QLocale().toString(row.date, QLocale::ShortFormat); })
            .withRawValue([](const V2CdrRow& row) { return row.date.toJulianDay(); }),
        TableColumn<V2CdrRow>(
            [] { return tr("Traffic, MB"); },
            [](const V2CdrRow& row) { return QLocale().toString(double(row.bytes) / kMb, 'f', 1); })
            .withRawValue([](const V2CdrRow& row) { return row.bytes; })
            .withToolTip([this](const V2CdrRow& row) {
                QString bytes = tr("%1 bytes").arg(QLocale().toString(row.bytes));
                if (!isAnomaly(row))
                    return bytes;
                return tr("%1\nAn anomaly: at least %2× this SIM's median day in the period and "
                          "at least %3. The Anomalies chart lists them, with thresholds you can "
                          "change.")
                    .arg(bytes,
                         QLocale().toString(ReportAggregates::AnomalyThresholds::kDefaultFactor,
                                            'f', 0),
                         ReportsModel::bytesText(
                             ReportAggregates::AnomalyThresholds::kDefaultMinBytes));
            })
            .withForeground([this](const V2CdrRow& row) {
                return isAnomaly(row) ? QVariant(QColor(0xb7, 0x1c, 0x1c)) : QVariant();
            })
            .alignedRight(),
        TableColumn<V2CdrRow>([] { return tr("Sessions"); },
                              [](const V2CdrRow& row) {
                                  return row.sessions ? QLocale().toString(*row.sessions)
                                                      : QString();
                              })
            .withRawValue([](const V2CdrRow& row) { return row.sessions.value_or(-1); })
            .withToolTip([](const V2CdrRow& row) {
                return row.sessions ? QVariant()
                                    : QVariant(tr("The operator did not say how many sessions"));
            })
            .alignedRight(),
    });
    m_table->setRowRole(SimIdRole, [](const V2CdrRow& row) { return simIdOf(row.number); });
}

bool UsageReport::run(const V2CdrQuery& query) {
    m_fieldProblems = query.validate();
    if (!m_fieldProblems.isEmpty())
        return false;
    if (!m_client)
        return false;
    const quint64 generation = ++m_generation;
    if (m_call)
        m_call->cancel();
    m_running = query;
    m_call = V2Service(m_client).internetCdr(
        query, this, [this, generation](const Result<QVector<V2CdrRow>>& result) {
            if (generation == m_generation)
                finish(result);
        });
    emit runningChanged(true);
    return true;
}

void UsageReport::finish(const Result<QVector<V2CdrRow>>& result) {
    m_call.clear();
    m_error = result.error;
    m_fieldProblems.clear();
    for (auto it = result.error.fieldErrors.begin(); it != result.error.fieldErrors.end(); ++it) {
        const QString field = formField(it.key());
        if (!m_fieldProblems.contains(field) && !it.value().isEmpty())
            m_fieldProblems.insert(field, it.value().join(QLatin1Char(' ')));
    }
    if (result.ok()) {
        m_loaded = true;
        m_query = m_running;
        m_dayRows.clear();
        m_dayRows.reserve(result.value.size());
        for (const V2CdrRow& row : result.value) {
            DayReportRow day;
            day.day = QDateTime(row.date, QTime(12, 0), aggregatesZone());
            day.bytes = row.bytes;
            day.simId = simIdOf(row.number);
            day.number = row.number;
            m_dayRows << day;
        }
        m_anomalies.clear();
        for (const ReportAggregates::Anomaly& a :
             ReportAggregates::anomalies(m_dayRows, aggregatesZone(), m_query.from, m_query.to))
            m_anomalies.insert({a.number, a.day.toJulianDay()});
        m_table->setRows(result.value);
    }
    emit runningChanged(false);
    emit finished(result.error);
}

void UsageReport::cancel() {
    if (!isRunning())
        return;
    ++m_generation;
    m_call->cancel();
    m_call.clear();
    emit runningChanged(false);
    emit finished(ApiError::cancelled());
}

void UsageReport::clear() {
    ++m_generation;
    if (m_call)
        m_call->cancel();
    m_call.clear();
    m_loaded = false;
    m_query = {};
    m_error = {};
    m_fieldProblems.clear();
    m_dayRows.clear();
    m_anomalies.clear();
    m_table->clearRows();
}

QString UsageReport::formField(const QString& key) {
    const int dot = key.indexOf(QLatin1Char('.'));
    return dot < 0 ? key : key.left(dot);
}

QTimeZone UsageReport::aggregatesZone() {
    return QTimeZone::utc();
}

QVector<ReportAggregates::DayTotal> UsageReport::trafficPerDay() const {
    return ReportAggregates::dailyTraffic(m_dayRows, aggregatesZone(), m_query.from, m_query.to);
}

QVector<ReportAggregates::Consumer> UsageReport::topConsumers(int count) const {
    return ReportAggregates::topConsumers(m_dayRows, ReportAggregates::RankBy::Traffic, count);
}

QVector<ReportAggregates::Anomaly>
UsageReport::anomalies(const ReportAggregates::AnomalyThresholds& thresholds) const {
    return ReportAggregates::anomalies(m_dayRows, aggregatesZone(), m_query.from, m_query.to,
                                       thresholds);
}

bool UsageReport::isAnomaly(const V2CdrRow& row) const {
    return m_anomalies.contains({row.number, row.date.toJulianDay()});
}

qint64 UsageReport::totalBytes() const {
    qint64 bytes = 0;
    for (const DayReportRow& row : m_dayRows)
        bytes += row.bytes;
    return bytes;
}

QString UsageReport::totalsText() const {
    QSet<QString> numbers;
    qint64 sessions = 0;
    bool anySessions = false;
    for (const V2CdrRow& row : m_table->rows()) {
        numbers.insert(row.number);
        if (row.sessions) {
            sessions += *row.sessions;
            anySessions = true;
        }
    }
    QStringList parts;
    parts << tr("%n row(s)", nullptr, m_table->rowCount())
          << tr("%n SIM(s)", nullptr, int(numbers.size()))
          << tr("traffic %1").arg(ReportsModel::bytesText(totalBytes()));
    if (anySessions)
        parts << tr("%n session(s)", nullptr, int(sessions));
    if (!m_anomalies.isEmpty())
        parts << tr("%n anomalous day(s)", nullptr, anomalyCount());
    return parts.join(QStringLiteral(" · "));
}

QString UsageReport::kindName() {
    return tr("Internet usage");
}

} // namespace simfleet
