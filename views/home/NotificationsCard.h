#pragma once

#include <QWidget>

class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace simfleet {

class HomeCard;
class NotificationsModel;

// The Home page's latest account notifications (the newest kShown, unread
// in bold): when, what kind, the summary. A row opens it on the
// Notifications page (noticeRequested()), the button shows the page. With
// none, it says how to receive them (the listener in Preferences and the
// address in the web cabinet).
class NotificationsCard final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationsCard)

public:
    static constexpr int kShown = 5;

    explicit NotificationsCard(NotificationsModel* notifications, QWidget* parent = nullptr);

    HomeCard* card() const { return m_card; }
    QTableView* table() const { return m_table; }
    QPushButton* openPageButton() const { return m_open; }

    void retranslateUi();

signals:
    void noticeRequested(qint64 noticeId);
    void notificationsRequested();

private:
    void showNotices();

    NotificationsModel* m_notifications;
    QSortFilterProxyModel* m_latest;
    HomeCard* m_card;
    QTableView* m_table;
    QPushButton* m_open;
};

} // namespace simfleet
