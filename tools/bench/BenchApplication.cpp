#include "tools/bench/BenchApplication.h"

#include <QEvent>
#include <QMetaEnum>

#include <cstdio>
#include <cstdlib>

#include <unistd.h>

namespace simfleet {

BenchApplication::BenchApplication(int& argc, char** argv)
    : QApplication(argc, argv)
    , m_trace(qEnvironmentVariableIntValue("SIMFLEET_BENCH_TRACE") != 0) {
    m_clock.start();
    if (qEnvironmentVariableIntValue("SIMFLEET_BENCH_TRACE") < 2)
        return;
    m_watchdog = std::thread([this] {
        int dumps = 0;
        while (!m_quitWatchdog && dumps < 3) {
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
            const qint64 start = m_eventStartNs;
            if (start >= 0 && (m_clock.nsecsElapsed() - start) / 1000000 > kStackAfterMs) {
                ++dumps;
                const QByteArray command = "gdb -batch -p " + QByteArray::number(getpid()) +
                                           " -ex 'thread 1' -ex bt 1>&2 2>/dev/null";
                std::fprintf(stderr, "watchdog: event running for over %lld ms\n", kStackAfterMs);
                // The command is made here from our own pid, nothing from outside; the
                // watchdog is the only thread that starts a process.
                // NOLINTNEXTLINE(cert-env33-c,concurrency-mt-unsafe): see above
                if (std::system(command.constData()) != 0)
                    std::fprintf(stderr, "watchdog: gdb failed\n");
                m_eventStartNs = -1;
            }
        }
    });
}

BenchApplication::~BenchApplication() {
    m_quitWatchdog = true;
    if (m_watchdog.joinable())
        m_watchdog.join();
}

bool BenchApplication::notify(QObject* receiver, QEvent* event) {
    if (!m_trace || m_depth > 0)
        return QApplication::notify(receiver, event);
    const QEvent::Type type = event->type();
    const char* receiverClass = receiver->metaObject()->className();
    const qint64 start = m_clock.nsecsElapsed();
    ++m_depth;
    m_eventStartNs = start;
    const bool result = QApplication::notify(receiver, event);
    --m_depth;
    m_eventStartNs = -1;
    const double ms = double(m_clock.nsecsElapsed() - start) / 1e6;
    if (ms > kSlowEventMs) {
        const char* typeName = QMetaEnum::fromType<QEvent::Type>().valueToKey(type);
        std::fprintf(stderr, "slow-event %.1f ms: %s to %s (at %.1f ms)\n", ms,
                     typeName ? typeName : "?", receiverClass, double(start) / 1e6);
    }
    return result;
}

} // namespace simfleet
