#pragma once

#include "views/shell/WorkspacePage.h"

class QLabel;
class QScrollArea;
class QStackedWidget;

namespace simfleet {

class EmptyState;
class InlineBanner;
class PasswordChangeForm;
class ProfileDetailsForm;
class ProfileModel;

// "My profile": the signed-in user's own details (name and email to edit,
// phone and role shown) and the password change, from the workspace's
// ProfileModel. Until the profile is read it shows loading, the error or
// offline state with Retry, or "not signed in". Every role may change their
// own profile (docs/api-notes.md "Decision (roles)"), so the page stays
// writable when the session is read-only.
class ProfilePage final : public WorkspacePage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfilePage)

public:
    explicit ProfilePage(ProfileModel* model, QWidget* parent = nullptr);
    ~ProfilePage() override;

    QString navigationTitle() const override;
    QIcon navigationIcon() const override;
    static QString staticPageId() { return QStringLiteral("profile"); }
    QString pageId() const override { return staticPageId(); }

    void sessionStarted() override;
    void sessionEnded() override;
    void refresh() override;
    // The profile is the user's own: a read-only role may still change it.
    void setWriteAccess(const WriteAccess& access) override;

    ProfileDetailsForm* detailsForm() const { return m_details; }
    PasswordChangeForm* passwordForm() const { return m_password; }
    EmptyState* statusState() const { return m_state; }
    // Whether the forms are shown (the profile has been read).
    bool isShowingProfile() const;
    InlineBanner* banner() const { return m_banner; }

protected:
    void hideEvent(QHideEvent* event) override;

private:
    void retranslateUi() override;
    void updateState();

    ProfileModel* m_model;
    QStackedWidget* m_stack;
    EmptyState* m_state;
    QScrollArea* m_scroll;
    QLabel* m_heading;
    QLabel* m_intro;
    InlineBanner* m_banner;
    ProfileDetailsForm* m_details;
    PasswordChangeForm* m_password;
};

} // namespace simfleet
