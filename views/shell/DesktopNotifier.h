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
    // `topic` says what the message is about; activated() hands it back, so
    // the several parts of the app that share the one tray icon each act only
    // on their own messages.
    bool notify(const QString& title, const QString& text, const QString& topic = {});

    // The last notification given (tests, and the tray's tooltip).
    const QString& lastTitle() const { return m_lastTitle; }
    const QString& lastText() const { return m_lastText; }
    const QString& lastTopic() const { return m_lastTopic; }
    int notificationCount() const { return m_count; }

signals:
    // The user clicked the notification (the latest one, whose topic is given).
    void activated(const QString& topic);

private:
    QPointer<QWidget> m_window;
    QSystemTrayIcon* m_tray = nullptr;
    QTimer* m_hideTray;
    QString m_lastTitle;
    QString m_lastText;
    QString m_lastTopic;
    int m_count = 0;
};

} // namespace simfleet
