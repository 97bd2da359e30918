#include "models/profile/ProfileModel.h"

#include "api/ApiClient.h"
#include "api/Session.h"
#include "api/UserService.h"

namespace simfleet {

namespace {

// Ends a call without its callback running: a result that arrives for a
// cleared model must not show.
void drop(QPointer<ApiCall>& call, QObject* receiver) {
    if (call) {
        call->disconnect(receiver);
        call->cancel();
    }
    call.clear();
}

} // namespace

ProfileModel::ProfileModel(ApiClient* client, Session* session, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_session(session) {}

ProfileModel::~ProfileModel() {
    drop(m_readCall, this);
    drop(m_saveCall, this);
    drop(m_passwordCall, this);
}

bool ProfileModel::isOffline() const {
    return m_error.kind == ApiError::Kind::Network || m_error.kind == ApiError::Kind::Timeout;
}

void ProfileModel::reload() {
    if (!m_client || m_readCall)
        return;
    m_readCall = ProfileService(m_client).get(this, [this](const Result<User>& result) {
        m_readCall.clear();
        m_error = result.error;
        if (result.ok()) {
            m_loaded = true;
            setUser(result.value);
            // Changed elsewhere (the web cabinet): the status bar follows too.
            if (m_session)
                m_session->updateUser(result.value);
        }
        setState(m_loaded ? State::Loaded : State::Failed);
    });
    setState(State::Loading);
}

void ProfileModel::clear() {
    drop(m_readCall, this);
    drop(m_saveCall, this);
    drop(m_passwordCall, this);
    m_error = {};
    m_loaded = false;
    const bool hadUser = m_user != User();
    m_user = {};
    if (hadUser)
        emit userChanged();
    setState(State::Empty);
}

ProfileEdit ProfileModel::current() const {
    return {m_user.firstName, m_user.lastName, m_user.email};
}

bool ProfileModel::differsFromCurrent(const ProfileEdit& edit) const {
    return edit.trimmed() != current().trimmed();
}

ProfileModel::Submit ProfileModel::save(const ProfileEdit& edit, FieldProblem* problem) {
    if (const std::optional<FieldProblem> refusal = ProfileValidation::checkProfile(edit)) {
        if (problem)
            *problem = *refusal;
        return Submit::Refused;
    }
    if (!m_client || !m_loaded || m_saveCall)
        return Submit::Busy;
    if (!differsFromCurrent(edit))
        return Submit::Unchanged;
    const ProfileEdit typed = edit.trimmed();
    m_saveCall = ProfileService(m_client).edit(typed.firstName, typed.lastName, typed.email, this,
                                               [this](const Result<User>& result) {
                                                   m_saveCall.clear();
                                                   if (result.ok()) {
                                                       setUser(result.value);
                                                       if (m_session)
                                                           m_session->updateUser(result.value);
                                                   }
                                                   emit saveFinished(result.error);
                                               });
    return Submit::Sent;
}

ProfileModel::Submit ProfileModel::changePassword(const QString& oldPassword,
                                                  const QString& newPassword,
                                                  const QString& repeated, FieldProblem* problem) {
    if (const std::optional<FieldProblem> refusal =
            ProfileValidation::checkPasswordChange(oldPassword, newPassword, repeated)) {
        if (problem)
            *problem = *refusal;
        return Submit::Refused;
    }
    if (!m_client || !m_loaded || m_passwordCall)
        return Submit::Busy;
    m_passwordCall = ProfileService(m_client).changePassword(
        oldPassword, newPassword, this, [this](const Result<User>& result) {
            m_passwordCall.clear();
            emit passwordChangeFinished(result.error);
        });
    return Submit::Sent;
}

void ProfileModel::setState(State state) {
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void ProfileModel::setUser(const User& user) {
    if (user == m_user)
        return;
    m_user = user;
    emit userChanged();
}

} // namespace simfleet
