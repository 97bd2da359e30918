#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class QSystemTrayIcon;
class QTimer;
class QWidget;

namespace simfleet {

// Tells the user that background work ended while they were in another
// window: a desktop notification through the system tray where the desktop
// has one, else the taskbar's attention hint. Nothing is shown while the
// window is active — the page itself shows the outcome there.
class DesktopNotifier final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopNotifier)

public:
    explicit DesktopNotifier(QWidget* window, QObject* parent = nullptr);
    ~DesktopNotifier() override;

    // Returns whether the user was notified (false while the window is active).
    bool notify(const QString& title, const QString& text);

    // The last notification given (tests, and the tray's tooltip).
    const QString& lastTitle() const { return m_lastTitle; }
    const QString& lastText() const { return m_lastText; }
    int notificationCount() const { return m_count; }

signals:
    // The user clicked the notification.
    void activated();

private:
    QPointer<QWidget> m_window;
    QSystemTrayIcon* m_tray = nullptr;
    QTimer* m_hideTray;
    QString m_lastTitle;
    QString m_lastText;
    int m_count = 0;
};

} // namespace simfleet
