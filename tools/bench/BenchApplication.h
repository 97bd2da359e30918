#pragma once

#include <QApplication>
#include <QElapsedTimer>

#include <atomic>
#include <thread>

namespace simfleet {

// QApplication that, when tracing (SIMFLEET_BENCH_TRACE=1), logs on stderr
// every event delivery that kept the GUI thread busy for longer than
// kSlowEventMs, with the receiver's class and the event type: the event that
// caused a GUI stall.
class BenchApplication final : public QApplication {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BenchApplication)

public:
    BenchApplication(int& argc, char** argv);
    ~BenchApplication() override;

    bool notify(QObject* receiver, QEvent* event) override;

private:
    static constexpr double kSlowEventMs = 15;
    bool m_trace = false;
    int m_depth = 0;
    QElapsedTimer m_clock;
    // With SIMFLEET_BENCH_TRACE=2, a watchdog prints the GUI thread's stack
    // (gdb) once an event has run for kStackAfterMs: where a stall is spent.
    static constexpr qint64 kStackAfterMs = 150;
    std::atomic<qint64> m_eventStartNs{-1};
    std::atomic<bool> m_quitWatchdog{false};
    std::thread m_watchdog;
};

} // namespace simfleet
