#pragma once

#include "api/ApiError.h"
#include "api/User.h"
#include "models/common/ColumnTableModel.h"

#include <QDateTime>
#include <QPointer>

#include <functional>

namespace simfleet {

class ApiClient;
class PagedFetch;
class Session;
struct NewUser;
struct UserChanges;

// The company's users (user/list, every page), one row each, in the order
// NovaConnect lists them, and the administrator's changes to them through
// UserService: create, edit, activate/deactivate, remove. A change that
// succeeds updates its row from the server's answer (the new user is
// appended, the removed one goes); a failed one leaves the rows alone.
//
// What the client can tell before sending is refused without sending, with a
// translated reason: invalid fields (UserInput), removing or deactivating the
// signed-in user, a user no longer in the list. Passwords pass through to the
// request and are not kept.
class UsersModel final : public ColumnTableModel<User> {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsersModel)

public:
    enum Column { FirstName, LastName, Email, Phone, Role, Active, ColumnCount };
    enum ItemRole { IdRole = FirstCustomRole, ActiveRole };
    // Ends a change: `error` is none on success. Not called when the change
    // was refused before sending.
    using Done = std::function<void(const ApiError& error)>;

    // `session` (may be null) says who is signed in.
    explicit UsersModel(ApiClient* client, Session* session = nullptr, QObject* parent = nullptr);
    ~UsersModel() override;

    // "Administrator", "User", or an unknown code as the server sent it.
    static QString roleName(const QString& code);

    // Reads every user again; ignored while a read runs.
    void reload();
    // Sign-out: stops the read, forgets the changes in flight, empties the model.
    void clear();
    bool isLoading() const;
    // Whether a read has completed since the last clear().
    bool isLoaded() const { return m_loaded; }
    // The last read's failure; none after a successful one. The rows of the
    // last good read stay.
    const ApiError& error() const { return m_error; }
    // The last read failed for want of a connection while rows are shown:
    // they are those of loadedAt().
    bool isOffline() const;
    QDateTime loadedAt() const { return m_loadedAt; }

    // The signed-in user's id; 0 when unknown.
    qint64 currentUserId() const;
    const User* userById(qint64 id) const;

    // Why `id` may not be removed / deactivated from here; empty when it may.
    QString removeRefusal(qint64 id) const;
    QString deactivateRefusal(qint64 id) const;
    // Why the signed-in user cannot change their own password, role or active
    // flag here (NovaConnect refuses it); empty for anyone else.
    QString selfRestriction(qint64 id) const;

    // Each sends one request and returns true, or returns false without
    // sending and puts the reason in *refusal.
    bool create(const NewUser& user, Done done, QString* refusal = nullptr);
    bool edit(qint64 id, const UserChanges& changes, Done done, QString* refusal = nullptr);
    bool setActive(qint64 id, bool active, Done done, QString* refusal = nullptr);
    bool remove(qint64 id, Done done, QString* refusal = nullptr);
    // Changes sent and not answered yet.
    int pendingChanges() const { return m_pending; }

signals:
    void loadingChanged(bool loading);
    // A read ended (`error` is none on success).
    void loadFinished(const ApiError& error);
    // A change was answered (`error` none on success); the rows show it.
    void changeFinished(const ApiError& error);

private:
    static QVector<TableColumn<User>> columns();
    void apply(const QVector<User>& users);
    // Wraps `done` so the answer is ignored after clear().
    std::function<void(const ApiError&)> finishing(Done done);
    void replaceUser(const User& user);

    QPointer<ApiClient> m_client;
    QPointer<Session> m_session;
    QPointer<PagedFetch> m_fetch;
    ApiError m_error;
    QDateTime m_loadedAt;
    bool m_loaded = false;
    int m_pending = 0;
    quint64 m_generation = 0; // advanced by clear(): answers of before are dropped
};

} // namespace simfleet
