#include "tools/bench/BenchSupport.h"

#include "api/ApiClient.h"
#include "models/common/Preferences.h"
#include "tools/bench/BenchPlan.h"
#include "tools/bench/MetricSink.h"

#include <QAbstractItemModel>

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <malloc.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace simfleet {

namespace BenchSupport {

qint64 residentBytes() {
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().simplified().split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() * sysconf(_SC_PAGESIZE) : 0;
}

void trimHeap() {
    malloc_trim(0);
}

qint64 settledResidentBytes() {
    trimHeap();
    return residentBytes();
}

double bytesToMb(qint64 bytes) {
    return double(bytes) / (1024.0 * 1024.0);
}

double readPagesMs(const QVector<QByteArray>& pages, int rounds,
                   const std::function<bool(const QByteArray&)>& read) {
    double best = -1;
    for (int round = 0; round < rounds; ++round) {
        qsizetype readable = 0;
        QElapsedTimer timer;
        timer.start();
        for (const QByteArray& page : pages)
            readable += read(page) ? 1 : 0;
        const double ms = elapsedMs(timer);
        if (readable != pages.size())
            std::fprintf(stderr, "warning: %lld of %lld pages could not be read\n",
                         qlonglong(pages.size() - readable), qlonglong(pages.size()));
        best = best < 0 ? ms : std::min(best, ms);
    }
    return best;
}

double parseFloorMs(const QVector<QByteArray>& pages, int rounds) {
    return readPagesMs(pages, rounds, [](const QByteArray& page) {
        return QJsonDocument::fromJson(page).isObject();
    });
}

double median(QVector<double> samples) {
    if (samples.isEmpty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const qsizetype mid = samples.size() / 2;
    return samples.size() % 2 ? samples.at(mid) : (samples.at(mid - 1) + samples.at(mid)) / 2;
}

double percentile(QVector<double> samples, double p) {
    if (samples.isEmpty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const auto rank = qsizetype(std::ceil(p / 100.0 * double(samples.size())));
    return samples.at(std::clamp<qsizetype>(rank - 1, 0, samples.size() - 1));
}

double elapsedMs(const QElapsedTimer& timer) {
    return double(timer.nsecsElapsed()) / 1e6;
}

bool spinUntil(const std::function<bool()>& done, int timeoutMs) {
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
    }
    return true;
}

void connectLikeTheApp(ApiClient* client, const QUrl& baseUrl) {
    client->setBaseUrl(baseUrl);
    client->setMaxInFlight(Preferences().maxInFlight);
    client->setTransferTimeoutMs(Preferences().requestTimeoutSec * 1000);
}

bool waitUntilIdle(ApiClient* client, int timeoutMs, QString* error) {
    if (spinUntil([client] { return client->inFlightCount() == 0 && client->pendingCount() == 0; },
                  timeoutMs))
        return true;
    *error = QStringLiteral("requests still in flight after the job");
    return false;
}

void readRequestJournal(const QString& path, qsizetype from, qsizetype* lines,
                        const std::function<void(const QJsonObject&)>& entry) {
    QFile file(path);
    *lines = 0;
    if (!file.open(QIODevice::ReadOnly))
        return;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty())
            continue;
        if (*lines >= from)
            entry(QJsonDocument::fromJson(line).object());
        ++*lines;
    }
}

QStringList keystrokeSequence(const QString& fragment) {
    QStringList steps;
    for (qsizetype n = 1; n <= fragment.size(); ++n)
        steps << fragment.left(n);
    for (qsizetype n = fragment.size() - 1; n >= 0; --n)
        steps << fragment.left(n);
    return steps;
}

QVector<double> timeKeystrokes(const QStringList& steps,
                               const std::function<void(const QString&)>& apply,
                               const std::function<void()>& settle) {
    QVector<double> samples;
    samples.reserve(steps.size());
    for (const QString& text : steps) {
        QElapsedTimer timer;
        timer.start();
        apply(text);
        settle();
        samples << elapsedMs(timer);
    }
    return samples;
}

void reportKeystrokes(MetricSink* sink, const QString& prefix, const QVector<double>& samples) {
    sink->report(prefix + QStringLiteral("filter_keystroke_ms_median"), median(samples),
                 QStringLiteral("ms"));
    sink->report(prefix + QStringLiteral("filter_keystroke_ms_p95"), percentile(samples, 95),
                 QStringLiteral("ms"));
}

void measureSorts(MetricSink* sink, const QString& prefix, QAbstractItemModel* model,
                  const std::function<void()>& settle) {
    QVector<double> samples;
    for (const BenchPlan::SortStep& step : BenchPlan::kSortSteps) {
        QElapsedTimer timer;
        timer.start();
        model->sort(step.column, step.order);
        const double modelMs = elapsedMs(timer);
        settle();
        samples << elapsedMs(timer);
        if (qEnvironmentVariableIntValue("SIMFLEET_BENCH_TRACE") != 0)
            std::fprintf(stderr, "trace %ssort column %d: model %.2f ms, view %.2f ms\n",
                         qPrintable(prefix), step.column, modelMs, samples.last() - modelMs);
    }
    sink->report(prefix + QStringLiteral("sort_ms"), median(samples), QStringLiteral("ms"));
}

} // namespace BenchSupport

StallMonitor::StallMonitor(QObject* parent)
    : QObject(parent) {
    m_timer.setInterval(kIntervalMs);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &StallMonitor::tick);
}

void StallMonitor::start() {
    m_maxGapNs = 0;
    m_ticks = 0;
    m_longGaps.clear();
    m_clock.start();
    m_lastNs = 0;
    m_timer.start();
}

void StallMonitor::stop() {
    tick(); // the stretch since the last tick counts too
    m_timer.stop();
}

double StallMonitor::maxStallMs() const {
    return std::max(0.0, double(m_maxGapNs) / 1e6 - kIntervalMs);
}

void StallMonitor::tick() {
    const qint64 now = m_clock.nsecsElapsed();
    const qint64 gapNs = now - m_lastNs;
    m_maxGapNs = std::max(m_maxGapNs, gapNs);
    if (double(gapNs) / 1e6 > kLongGapMs)
        m_longGaps.append({double(now) / 1e6, double(gapNs) / 1e6});
    m_lastNs = now;
    ++m_ticks;
}

} // namespace simfleet
