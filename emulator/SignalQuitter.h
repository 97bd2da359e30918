#pragma once

#include <QObject>

class QSocketNotifier;

namespace novaemu {

// Quits the application's event loop on SIGTERM or SIGINT (Unix), using the self-pipe trick so
// that nothing but write() runs inside the signal handler.
class SignalQuitter final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignalQuitter)

public:
    explicit SignalQuitter(QObject* parent = nullptr);
    ~SignalQuitter() override;

private:
    QSocketNotifier* m_notifier = nullptr;
};

} // namespace novaemu
