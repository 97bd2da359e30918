#include "app/cli/InterruptWatch.h"

#include <QSocketNotifier>

#ifdef Q_OS_UNIX
#include <csignal>
#include <fcntl.h>
#include <unistd.h>
#endif

namespace simfleet {

#ifdef Q_OS_UNIX
namespace {

// The self-pipe: the handler may only write(); the event loop reads.
int g_pipe[2] = {-1, -1};
struct sigaction g_previousInt;
struct sigaction g_previousTerm;

void onSignal(int) {
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(g_pipe[1], &byte, 1);
}

} // namespace
#endif

InterruptWatch::InterruptWatch(QObject* parent)
    : QObject(parent) {
#ifdef Q_OS_UNIX
    if (g_pipe[0] >= 0 || ::pipe(g_pipe) != 0)
        return;
    for (int fd : g_pipe) {
        ::fcntl(fd, F_SETFD, FD_CLOEXEC);
        ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
    }
    m_notifier = new QSocketNotifier(g_pipe[0], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &InterruptWatch::onNotified);
    struct sigaction action = {};
    action.sa_handler = &onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &action, &g_previousInt);
    ::sigaction(SIGTERM, &action, &g_previousTerm);
#endif
}

InterruptWatch::~InterruptWatch() {
#ifdef Q_OS_UNIX
    if (!m_notifier)
        return;
    ::sigaction(SIGINT, &g_previousInt, nullptr);
    ::sigaction(SIGTERM, &g_previousTerm, nullptr);
    m_notifier->setEnabled(false); // before its descriptor is closed
    for (int& fd : g_pipe) {
        ::close(fd);
        fd = -1;
    }
#endif
}

bool InterruptWatch::checkNow() {
#ifdef Q_OS_UNIX
    char buffer[16];
    while (m_notifier && ::read(g_pipe[0], buffer, sizeof buffer) > 0)
        m_interrupted = true;
#endif
    return m_interrupted;
}

void InterruptWatch::onNotified() {
    const bool before = m_interrupted;
    checkNow();
    m_interrupted = true;
    if (before)
        return;
    m_interrupted = true;
    emit interrupted();
}

} // namespace simfleet
