#pragma once

#include <QObject>

class QSocketNotifier;

namespace simfleet {

// Turns Ctrl+C (SIGINT) and SIGTERM into a signal of the event loop while it
// lives, so that a command can stop cleanly — cancel its downloads, whose
// QSaveFile then removes the temporary file — instead of being killed with a
// partial file left behind. One at a time; the previous handlers come back
// when it is destroyed. Elsewhere than on Unix it watches nothing.
class InterruptWatch final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InterruptWatch)

public:
    explicit InterruptWatch(QObject* parent = nullptr);
    ~InterruptWatch() override;

    bool wasInterrupted() const { return m_interrupted; }
    // For work that does not return to the event loop (a file written in one
    // go, which a signal then no longer cuts short): whether a signal came,
    // without emitting interrupted().
    bool checkNow();

signals:
    void interrupted();

private:
    void onNotified();

    QSocketNotifier* m_notifier = nullptr;
    bool m_interrupted = false;
};

} // namespace simfleet
