#pragma once

#include "api/ApiError.h"
#include "api/Company.h"
#include "api/Provider.h"
#include "api/User.h"

#include <QObject>
#include <QPointer>

namespace simfleet {

class ApiClient;
class ApiCall;

// Who is signed in. signIn() validates the client's token with user/get and
// company/get; the role decides whether the session is read-only (docs/api-notes.md
// "Decision (roles)": only `admin` may write), and a read-only session makes
// the client refuse every method but reads and self-service locally. The
// client stays read-only while signing in and after a failed sign-in.
class Session final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Session)

public:
    explicit Session(ApiClient* client, QObject* parent = nullptr);

    // The provider signIn() talks to, and for the second operator the login
    // its token was given for: that provider has no user/get nor roles, so
    // the token is checked with one small sim/list read and the session is
    // not read-only (docs/api-v2-notes.md, "Decision (roles)"). The user is
    // the login, with an id derived from it (secondOperatorUserId).
    void setProvider(ProviderKind provider, const QString& login = {});
    ProviderKind provider() const { return m_provider; }
    QString login() const { return m_login; }
    // A stable positive id for a login (the first 8 bytes of its SHA-256): what
    // keys the account's files and keychain entry, as a NovaConnect user id does.
    static qint64 secondOperatorUserId(const QString& login);

    void signIn();
    void signOut();
    bool isSignedIn() const { return m_signedIn; }
    bool isSigningIn() const { return m_pending > 0; }
    bool isReadOnly() const { return !m_user.isAdmin(); }
    const User& user() const { return m_user; }
    // The signed-in user's own profile was saved or read again: takes its
    // names, email and phone (what "who is signed in" shows) and says
    // userChanged(). The role learnt at sign-in stays, since it decided what
    // the session may write. Ignored when not signed in or for another user.
    void updateUser(const User& user);
    const Company& company() const { return m_company; }
    // Translated role name: "Administrator", or "Read-only (<code>)"; ask
    // again after a language change.
    QString roleDisplayName() const;
    // A role code in the interface language ("user" → "пользователь");
    // unknown codes as they are.
    static QString roleCodeName(const QString& code);
    ApiClient* client() const { return m_client; }

signals:
    void signedIn();
    void signInFailed(const ApiError& error);
    void signedOut();
    // user() changed while signed in (updateUser()).
    void userChanged();

private:
    void partDone(const ApiError& error);
    // Drops a sign-in in progress without reporting it as failed.
    void abandonSignIn();

    void signInSecondOperator();

    ApiClient* m_client;
    ProviderKind m_provider = ProviderKind::NovaConnect;
    QString m_login;
    QPointer<ApiCall> m_checkCall;
    User m_user;
    Company m_company;
    ApiError m_firstError;
    QPointer<ApiCall> m_userCall;
    QPointer<ApiCall> m_companyCall;
    int m_pending = 0;
    bool m_signedIn = false;
};

} // namespace simfleet
