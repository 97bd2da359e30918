#pragma once

#include "api/ApiError.h"
#include "api/User.h"
#include "models/profile/ProfileValidation.h"

#include <QObject>
#include <QPointer>

namespace simfleet {

class ApiCall;
class ApiClient;
class Session;

// The signed-in user's own profile ("My profile"): reads it with user/get,
// saves name and email with user/edit (self) and changes the password with
// user/password (ProfileService). Every role may do all three
// (docs/api-notes.md "Decision (roles)"). Input is checked before anything
// is sent (ProfileValidation); a refused input never reaches the network. A
// saved edit is handed to the Session, so "who is signed in" shows the new
// name. Passwords pass through to the request and are kept nowhere.
class ProfileModel final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileModel)

public:
    enum class State { Empty, Loading, Loaded, Failed };
    // What a save or a password change did with the input.
    enum class Submit {
        Sent,      // the request left; saveFinished()/passwordChangeFinished() follow
        Refused,   // invalid input: *problem says why, nothing was sent
        Unchanged, // a save with nothing changed: nothing was sent
        Busy,      // the same request is still running, or no profile is loaded
    };

    // `session` may be null (tests of the model alone).
    explicit ProfileModel(ApiClient* client, Session* session = nullptr, QObject* parent = nullptr);
    ~ProfileModel() override;

    // Reads the profile (user/get); ignored while a read runs. The profile
    // shown so far stays until the answer.
    void reload();
    // Sign-out: stops every request and forgets the profile.
    void clear();

    State state() const { return m_state; }
    bool isLoaded() const { return m_loaded; }
    // The profile as the server last sent it.
    const User& user() const { return m_user; }
    // The last read's failure; none after a successful one.
    const ApiError& error() const { return m_error; }
    // The read failed because NovaConnect could not be reached.
    bool isOffline() const;
    bool isSaving() const { return !m_saveCall.isNull(); }
    bool isChangingPassword() const { return !m_passwordCall.isNull(); }

    // The profile's name and email as an edit (what the form starts with).
    ProfileEdit current() const;
    bool differsFromCurrent(const ProfileEdit& edit) const;
    // Sends user/edit (self) with the trimmed fields, unless invalid or unchanged.
    Submit save(const ProfileEdit& edit, FieldProblem* problem = nullptr);
    // Sends user/password, unless a password is missing, the repetition
    // differs or the new one equals the old one.
    Submit changePassword(const QString& oldPassword, const QString& newPassword,
                          const QString& repeated, FieldProblem* problem = nullptr);

signals:
    void stateChanged(State state);
    // user() changed (read or saved).
    void userChanged();
    // A save ended: `error` is none on success (user() is then the saved profile).
    void saveFinished(const ApiError& error);
    void passwordChangeFinished(const ApiError& error);

private:
    void setState(State state);
    void setUser(const User& user);

    QPointer<ApiClient> m_client;
    QPointer<Session> m_session;
    QPointer<ApiCall> m_readCall;
    QPointer<ApiCall> m_saveCall;
    QPointer<ApiCall> m_passwordCall;
    User m_user;
    ApiError m_error;
    State m_state = State::Empty;
    bool m_loaded = false;
};

} // namespace simfleet
