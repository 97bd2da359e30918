#include "app/gui/NotificationsController.h"

#include "app/demo/DemoBackend.h"
#include "app/gui/OperationsController.h"
#include "models/notifications/NotificationsModel.h"
#include "models/workspace/AccountWorkspace.h"
#include "views/bills/BillsPage.h"
#include "views/common/InlineBanner.h"
#include "views/notifications/NotificationsPage.h"
#include "views/shell/DesktopNotifier.h"
#include "views/shell/MainWindow.h"

#include <QAction>
#include <QLoggingCategory>
#include <QMenu>
#include <QMenuBar>

#include <iterator>

namespace simfleet {

Q_LOGGING_CATEGORY(lcAppNotifications, "simfleet.app.notifications")

namespace {

// The kinds the demo can send, with their menu texts.
struct DemoKind {
    const char* type;
    const char* text;
};

// Which of the shared notifier's messages are account notifications.
constexpr char kNoticeTopic[] = "notice";

const DemoKind kDemoKinds[] = {
    {"msu_lock",
     QT_TRANSLATE_NOOP("simfleet::NotificationsController", "SIMs blocked by MSU (msu_lock)")},
    {"package_empty", QT_TRANSLATE_NOOP("simfleet::NotificationsController",
                                        "Data package used up (package_empty)")},
    {"generate_bill",
     QT_TRANSLATE_NOOP("simfleet::NotificationsController", "New bill (generate_bill)")},
    {"unpaid_bill_3", QT_TRANSLATE_NOOP("simfleet::NotificationsController",
                                        "Unpaid bill: reminder (unpaid_bill_3)")},
    {"unpaid_bill_5", QT_TRANSLATE_NOOP("simfleet::NotificationsController",
                                        "Unpaid bill: second reminder (unpaid_bill_5)")},
    {"unpaid_bill_6", QT_TRANSLATE_NOOP("simfleet::NotificationsController",
                                        "Unpaid bill: all SIMs blocked (unpaid_bill_6)")},
};

} // namespace

NotificationsController::NotificationsController(OperationsController* operations,
                                                 MainWindow* window, QObject* parent)
    : QObject(parent)
    , m_operations(operations)
    , m_window(window)
    , m_notifier(operations->notifier())
    , m_banner(new InlineBanner(window)) {
    m_banner->setObjectName(QStringLiteral("unpaidBillBanner"));
    m_banner->hide();
    window->addBanner(m_banner);
    connect(m_operations, &OperationsController::accountNotificationReceived, this,
            &NotificationsController::onReceived);
    connect(m_notifier, &DesktopNotifier::activated, this, [this](const QString& topic) {
        if (topic != QLatin1String(kNoticeTopic))
            return;
        m_window->showNormal();
        m_window->raise();
        m_window->activateWindow();
        showNotificationsPage(m_lastNotified);
    });
    connect(m_banner, &InlineBanner::closed, this, [this] {
        if (m_workspace && m_bannerNotice != 0)
            m_workspace->notifications()->dismiss(m_bannerNotice);
    });
    connect(m_banner, &InlineBanner::actionTriggered, this, [this] {
        const NotificationsModel* model = m_workspace ? m_workspace->notifications() : nullptr;
        const Notice* notice = model ? model->notice(m_bannerNotice) : nullptr;
        const qint64 billId = notice && !notice->bills.isEmpty() ? notice->bills.first().id : 0;
        m_window->openPage(BillsPage::staticPageId(),
                           billId != 0 ? BillsPage::billRequest(billId) : QVariantMap());
    });
    connect(m_window, &MainWindow::languageChanged, this,
            &NotificationsController::retranslateDemoMenu);
}

NotificationsController::~NotificationsController() = default;

void NotificationsController::attach(AccountWorkspace* workspace) {
    detach();
    m_workspace = workspace;
    NotificationsModel* model = workspace->notifications();
    connect(model, &NotificationsModel::noticeAdded, this, &NotificationsController::onAdded);
    connect(model, &NotificationsModel::blockingChanged, this,
            &NotificationsController::updateBanner);
    connect(model, &NotificationsModel::problem, m_window,
            qOverload<const QString&>(&MainWindow::showNotice));
    updateBanner();
}

void NotificationsController::detach() {
    if (!m_workspace)
        return;
    m_workspace->notifications()->disconnect(this);
    m_workspace->notifications()->disconnect(m_window);
    m_workspace = nullptr;
    updateBanner();
}

void NotificationsController::onReceived(const AccountNotification& notification) {
    if (!m_workspace || m_workspace->accountKey().isEmpty()) {
        qCWarning(lcAppNotifications).noquote()
            << "account notification" << notification.typeRaw << "dropped: no account is open";
        return;
    }
    m_workspace->notifications()->add(notification);
}

void NotificationsController::onAdded(qint64 noticeId) {
    const NotificationsModel* model = m_workspace ? m_workspace->notifications() : nullptr;
    const Notice* notice = model ? model->notice(noticeId) : nullptr;
    if (!notice)
        return;
    m_lastNotified = noticeId;
    const QString title = NotificationsModel::kindText(*notice);
    const QString text = model->summaryOf(*notice);
    // While the window is active the unread count in the navigation, the
    // Home card and the page show it (and the banner for unpaid_bill_6).
    m_notifier->notify(title, text, QLatin1String(kNoticeTopic));
}

void NotificationsController::updateBanner() {
    const NotificationsModel* model = m_workspace ? m_workspace->notifications() : nullptr;
    const Notice* notice = model ? model->blockingNotice() : nullptr;
    if (!notice) {
        m_bannerNotice = 0;
        m_banner->hide();
        return;
    }
    if (notice->id == m_bannerNotice && m_banner->isVisibleTo(m_window))
        return;
    m_bannerNotice = notice->id;
    QString bill;
    if (!notice->bills.isEmpty()) {
        const Notice::BillRef& ref = notice->bills.first();
        bill = ref.number.isEmpty() ? QString::number(ref.id) : ref.number;
    }
    m_banner->showMessage(
        InlineBanner::Kind::Error, [] { return tr("All SIMs are blocked: a bill is unpaid"); },
        [bill] {
            const QString what =
                bill.isEmpty()
                    ? tr("NovaConnect blocked every SIM of the account because a bill is unpaid.")
                    : tr("NovaConnect blocked every SIM of the account because bill %1 is unpaid.")
                          .arg(bill);
            return what + u' ' +
                   tr("The web cabinet and the API are restricted too, so SimFleet may fail to "
                      "load or change data. Pay the bill to have the SIMs unblocked; Open Bills "
                      "shows it.");
        },
        [] { return tr("Open Bills"); });
}

void NotificationsController::showNotificationsPage(qint64 noticeId) {
    m_window->openPage(NotificationsPage::staticPageId(),
                       noticeId != 0 ? NotificationsPage::noticeRequest(noticeId) : QVariantMap());
}

void NotificationsController::setDemo(DemoBackend* demo) {
    m_demo = demo;
    if (!demo || m_demoMenu)
        return;
    m_demoMenu = new QMenu(m_window);
    m_demoMenu->setObjectName(QStringLiteral("demoMenu"));
    m_sendMenu = m_demoMenu->addMenu(QString());
    m_sendMenu->setObjectName(QStringLiteral("demoNotificationMenu"));
    for (const DemoKind& kind : kDemoKinds) {
        QAction* action = m_sendMenu->addAction(QString());
        action->setObjectName(QStringLiteral("demoNotify_") + QLatin1String(kind.type));
        const QString type = QLatin1String(kind.type);
        connect(action, &QAction::triggered, this, [this, type] {
            QString error;
            const QUrl url = m_operations->localNotificationUrl();
            if (!m_demo || url.isEmpty() || !m_demo->sendAccountNotification(type, url, &error)) {
                qCWarning(lcAppNotifications).noquote() << "demo notification not sent:" << error;
                m_window->showNotice([] {
                    return tr("The demo could not send the notification: its emulator or "
                              "listener is not running. Restart the demo.");
                });
            }
        });
    }
    // Before the Help menu, where a user looks for extra menus.
    QMenuBar* bar = m_window->menuBar();
    const QList<QAction*> menus = bar->actions();
    bar->insertMenu(menus.isEmpty() ? nullptr : menus.last(), m_demoMenu);
    retranslateDemoMenu();
}

void NotificationsController::retranslateDemoMenu() {
    if (!m_demoMenu)
        return;
    m_demoMenu->setTitle(tr("&Demo"));
    m_sendMenu->setTitle(tr("Send an account notification"));
    const QList<QAction*> actions = m_sendMenu->actions();
    for (int i = 0; i < actions.size() && i < int(std::size(kDemoKinds)); ++i)
        actions.at(i)->setText(tr(kDemoKinds[i].text));
}

} // namespace simfleet
