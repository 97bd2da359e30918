#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <QVector>

#include <functional>

class QAbstractItemModel;
class QJsonObject;
class QUrl;

namespace simfleet {

class ApiClient;
class MetricSink;

namespace BenchSupport {

// Resident set size of this process (/proc/self/statm), in bytes.
qint64 residentBytes();
// Returns freed heap memory to the system so RSS differences measure live data.
void trimHeap();
// Trims the heap, then reads the resident set size.
qint64 settledResidentBytes();
double bytesToMb(qint64 bytes);

// Best of `rounds` passes of `read` over every page, on this thread; `read`
// says whether it could read the page (a warning counts those it could not).
double readPagesMs(const QVector<QByteArray>& pages, int rounds,
                   const std::function<bool(const QByteArray&)>& read);
// readPagesMs with QJsonDocument::fromJson alone: what a loader built on
// QJsonDocument cannot beat on these bytes, and the yardstick of fleet_load_ms.
double parseFloorMs(const QVector<QByteArray>& pages, int rounds);

double median(QVector<double> samples);
// Nearest-rank percentile, p in (0, 100].
double percentile(QVector<double> samples, double p);

double elapsedMs(const QElapsedTimer& timer);
// Runs the event loop until `done` is true or `timeoutMs` passes; false on timeout.
bool spinUntil(const std::function<bool()>& done, int timeoutMs);

// Points `client` at the emulator with the app's request limits (in flight, timeout).
void connectLikeTheApp(ApiClient* client, const QUrl& baseUrl);
// Waits until `client` has no request in flight or waiting; false (and *error) on timeout.
bool waitUntilIdle(ApiClient* client, int timeoutMs, QString* error);
// Each entry of an emulator's request journal (JSON lines) from line `from` on;
// *lines: how many the file has.
void readRequestJournal(const QString& path, qsizetype from, qsizetype* lines,
                        const std::function<void(const QJsonObject&)>& entry);

// The typing then deleting sequence: "a", "ab", … `fragment`, then shorter
// and shorter down to "" (2 × fragment.size() steps).
QStringList keystrokeSequence(const QString& fragment);
// Times `apply(text)` plus the event processing and repaint it causes, per step.
QVector<double> timeKeystrokes(const QStringList& steps,
                               const std::function<void(const QString&)>& apply,
                               const std::function<void()>& settle);
// Reports `<prefix>filter_keystroke_ms_median` and `_p95` of keystroke samples.
void reportKeystrokes(MetricSink* sink, const QString& prefix, const QVector<double>& samples);
// Times each of BenchPlan::kSortSteps on `model` (plus `settle`) and reports
// the median as `<prefix>sort_ms`.
void measureSorts(MetricSink* sink, const QString& prefix, QAbstractItemModel* model,
                  const std::function<void()>& settle);

} // namespace BenchSupport

// Measures the longest GUI-thread stall: a fast timer on the GUI thread records
// the largest gap between consecutive ticks, minus the timer's interval.
class StallMonitor final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StallMonitor)

public:
    explicit StallMonitor(QObject* parent = nullptr);

    void start();
    void stop();
    double maxStallMs() const;
    int ticks() const { return m_ticks; }
    // Milliseconds since start(), on the clock the gaps are measured with.
    double nowMs() const { return double(m_clock.nsecsElapsed()) / 1e6; }
    struct Gap {
        double endMs;
        double lengthMs;
    };
    // Gaps longer than kLongGapMs, for tracing what stalled.
    const QVector<Gap>& longGaps() const { return m_longGaps; }
    static constexpr double kLongGapMs = 20;

private:
    void tick();

    static constexpr int kIntervalMs = 1;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    qint64 m_maxGapNs = 0;
    int m_ticks = 0;
    QVector<Gap> m_longGaps;
};

} // namespace simfleet
