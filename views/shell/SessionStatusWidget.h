#pragma once

#include <QWidget>

class QLabel;

namespace simfleet {

class Session;

// The status bar's "who is signed in": user · company · role, and a clear
// "Read-only" badge when the role may not change anything.
class SessionStatusWidget final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionStatusWidget)

public:
    explicit SessionStatusWidget(Session* session, QWidget* parent = nullptr);

    // Re-reads the session (after sign-in and sign-out; by itself when the
    // signed-in user changes, Session::userChanged()).
    void updateFromSession();
    QString summaryText() const;
    bool isReadOnlyBadgeShown() const;

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void applyBadgeColours();
    void retranslateUi();

    Session* m_session;
    QLabel* m_summary;
    QWidget* m_badge;
    QLabel* m_badgeIcon;
    QLabel* m_badgeText;
};

} // namespace simfleet
