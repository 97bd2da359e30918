#pragma once

#include "api/AccountNotification.h"

#include <QObject>

class QMenu;

namespace simfleet {

class AccountWorkspace;
class DemoBackend;
class DesktopNotifier;
class InlineBanner;
class MainWindow;
class OperationsController;

// Account notifications in the GUI: what the callback listener receives
// (OperationsController::accountNotificationReceived) goes into the open
// account's NotificationsModel, which saves its files into the bills folder;
// each one becomes a desktop notification while the window is not active
// (else the navigation's unread count, the Home card and the page show it);
// failures reach the window's notice. An unpaid_bill_6 (all SIMs blocked) shows an error banner
// above every page until the user closes it (remembered with the notification). A notification that
// arrives while no account is open is logged and dropped. In demo mode it adds Demo → Send an
// account notification.
class NotificationsController final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationsController)

public:
    NotificationsController(OperationsController* operations, MainWindow* window,
                            QObject* parent = nullptr);
    ~NotificationsController() override;

    void attach(AccountWorkspace* workspace);
    void detach();
    // Adds the Demo menu whose entries have `demo`'s emulator post each kind
    // to the listener.
    void setDemo(DemoBackend* demo);

    InlineBanner* blockedBanner() const { return m_banner; }
    DesktopNotifier* notifier() const { return m_notifier; }
    QMenu* demoMenu() const { return m_demoMenu; }

private:
    void onReceived(const AccountNotification& notification);
    void onAdded(qint64 noticeId);
    void updateBanner();
    void retranslateDemoMenu();
    void showNotificationsPage(qint64 noticeId);

    OperationsController* m_operations;
    MainWindow* m_window;
    DesktopNotifier* m_notifier;
    InlineBanner* m_banner;
    AccountWorkspace* m_workspace = nullptr;
    DemoBackend* m_demo = nullptr;
    QMenu* m_demoMenu = nullptr;
    QMenu* m_sendMenu = nullptr;
    qint64 m_bannerNotice = 0;
    qint64 m_lastNotified = 0;
};

} // namespace simfleet
