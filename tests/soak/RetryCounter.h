#pragma once

#include <QAtomicInt>
#include <QtGlobal>

namespace simfleet {

// Counts, while it lives, the requests the client sends again on its own: the
// log lines of ApiClient's backoff ("transient failure, retry in"), of
// FleetLoader asking again for a page it could not read, and of a per-SIM job
// reading a SIM again. The client's own info and debug lines (thousands under
// faults) are kept out of the test's output; warnings and the test's own
// lines pass on.
class RetryCounter final {
public:
    RetryCounter();
    ~RetryCounter();
    Q_DISABLE_COPY_MOVE(RetryCounter)

    int retries() const { return s_retries.loadRelaxed(); }

private:
    static void handler(QtMsgType type, const QMessageLogContext& context, const QString& text);

    static QAtomicInt s_retries;
    static QtMessageHandler s_previous;
};

} // namespace simfleet
