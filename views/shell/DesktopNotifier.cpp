#include "views/shell/DesktopNotifier.h"

#include "resources/ResourceIcons.h"

#include <QApplication>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QWidget>

namespace simfleet {

namespace {

// The tray icon exists only to carry the message; it leaves after a while.
constexpr int kTrayLingerMs = 30 * 1000;
constexpr int kMessageShownMs = 10 * 1000;

} // namespace

DesktopNotifier::DesktopNotifier(QWidget* window, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_hideTray(new QTimer(this)) {
    m_hideTray->setSingleShot(true);
    m_hideTray->setInterval(kTrayLingerMs);
    connect(m_hideTray, &QTimer::timeout, this, [this] {
        if (m_tray)
            m_tray->hide();
    });
}

DesktopNotifier::~DesktopNotifier() = default;

bool DesktopNotifier::notify(const QString& title, const QString& text, const QString& topic) {
    if (!m_window || (m_window->isVisible() && m_window->isActiveWindow()))
        return false;
    m_lastTitle = title;
    m_lastText = text;
    m_lastTopic = topic;
    ++m_count;
    if (QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(ResourceIcons::icon(QStringLiteral("app")), this);
            connect(m_tray, &QSystemTrayIcon::messageClicked, this,
                    [this] { emit activated(m_lastTopic); });
            connect(m_tray, &QSystemTrayIcon::activated, this,
                    [this] { emit activated(m_lastTopic); });
        }
        m_tray->setToolTip(title);
        m_tray->show();
        m_tray->showMessage(title, text, QSystemTrayIcon::Information, kMessageShownMs);
        m_hideTray->start();
    }
    // Where there is no tray (and in addition where there is), the taskbar
    // entry asks for attention until the window is activated.
    QApplication::alert(m_window, 0);
    return true;
}

} // namespace simfleet
