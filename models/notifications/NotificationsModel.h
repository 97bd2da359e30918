#pragma once

#include "models/common/ColumnTableModel.h"
#include "models/notifications/Notice.h"

#include <QObject>
#include <QTimeZone>

#include <functional>

namespace simfleet {

// The account's notifications (msu_lock, package_empty, generate_bill,
// unpaid_bill_3/5/6), newest first: received at, kind, a one-line summary
// and the files saved. Each arriving notification's files are saved into the
// bills folder (NotificationFiles::save: never replacing a file); a failed
// save is kept in its row and reported through problem().
//
// The list is kept per account in one JSON file (written through QSaveFile
// after every change, readable by the user alone) and holds the newest
// kMaxNotices; older ones are dropped, their files stay.
class NotificationsModel final : public ColumnTableModel<Notice> {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationsModel)

public:
    enum Column { Received, Kind, Summary, Files, ColumnCount };
    enum Role { NoticeIdRole = FirstCustomRole, UnreadRole };
    static constexpr int kMaxNotices = 500;

    explicit NotificationsModel(QObject* parent = nullptr);

    // Reads the account's list from `storePath` (none yet: empty); an
    // unreadable file is reported and a new list started. Empty path: kept in
    // memory only.
    void open(const QString& storePath);
    // Empties the list (sign-out); nothing is written.
    void close();
    QString storePath() const { return m_storePath; }

    // Where files go: the Bills page's folder, or `fallback` when it has none.
    void setBillsFolder(const QString& folder);
    void setDefaultFolder(const QString& fallback);
    // The folder files are saved into now.
    QString folder() const;
    void setProviderZone(const QTimeZone& zone);

    // A notification arrived: its files are saved, a row is added on top.
    // Returns the new row's id.
    qint64 add(const AccountNotification& notification,
               const QDateTime& receivedAt = QDateTime::currentDateTimeUtc());

    const Notice* notice(qint64 id) const;
    int unreadCount() const;
    void markRead(qint64 id);
    void markAllRead();
    // Closes the warning banner of this notification for good.
    void dismiss(qint64 id);
    // Removes every row (saved files stay).
    void clear();
    // The newest unpaid_bill_6 notification whose banner was not dismissed;
    // nullptr when none. The provider sends no "paid again" notification, so
    // only the user's dismissal hides it.
    const Notice* blockingNotice() const;

    // Texts for the interface, in the current language.
    static QString kindText(const Notice& notice);
    // The longest kindText() of the known kinds (to size a column).
    static QString longestKindText();
    static QString summary(const Notice& notice, const QTimeZone& providerZone = QTimeZone::utc());
    static QString filesText(const Notice& notice);
    QString summaryOf(const Notice& notice) const { return summary(notice, m_zone); }

signals:
    // A row was added (after its files were saved).
    void noticeAdded(qint64 id);
    // What the banner shows may have changed (blockingNotice()).
    void blockingChanged();
    void unreadCountChanged(int count);
    // Something failed that the user must hear of: a file not saved, the
    // list not stored. Translated.
    void problem(const QString& text);

private:
    void changeRow(qint64 id, const std::function<void(Notice&)>& change);
    void store();
    void notifyCounts(int unreadBefore);

    QString m_storePath;
    QString m_billsFolder;
    QString m_defaultFolder;
    QTimeZone m_zone = QTimeZone::utc();
    qint64 m_nextId = 1;
};

} // namespace simfleet
