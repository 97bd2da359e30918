#include "api/ParseThreads.h"

#include <QThreadPool>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace simfleet::ParseThreads {

namespace {
Q_GLOBAL_STATIC(QThreadPool, parseThreads)
} // namespace

QThreadPool* pool() {
    return parseThreads();
}

void yieldToGuiThread() {
#ifdef Q_OS_LINUX
    thread_local bool lowered = false;
    if (!lowered) {
        // nice applies per thread on Linux (QThread::setPriority does not change it).
        setpriority(PRIO_PROCESS, id_t(syscall(SYS_gettid)), 5);
        lowered = true;
    }
#endif
}

} // namespace simfleet::ParseThreads
