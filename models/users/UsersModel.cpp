#include "models/users/UsersModel.h"

#include "api/ApiClient.h"
#include "api/PagedFetch.h"
#include "api/Session.h"
#include "api/UserService.h"
#include "models/users/UserInput.h"

#include <QColor>
#include <QSet>

namespace simfleet {

namespace {

// Deactivated users are listed greyed out.
QVariant dimmedWhenInactive(const User& user) {
    return user.active ? QVariant() : QVariant(QColor(0x80, 0x80, 0x80));
}

} // namespace

UsersModel::UsersModel(ApiClient* client, Session* session, QObject* parent)
    : ColumnTableModel<User>(parent)
    , m_client(client)
    , m_session(session) {
    setColumns(columns());
    setRowKey([](const User& user) { return user.id; });
    setSameContent([](const User& a, const User& b) { return a == b; });
    setRowRole(IdRole, [](const User& user) { return user.id; });
    setRowRole(ActiveRole, [](const User& user) { return user.active; });
}

UsersModel::~UsersModel() {
    if (m_fetch)
        m_fetch->cancel();
}

QString UsersModel::roleName(const QString& code) {
    QString trimmed = code.trimmed();
    if (trimmed.compare(QLatin1String("admin"), Qt::CaseInsensitive) == 0)
        return tr("Administrator", "role");
    if (trimmed.compare(QLatin1String("user"), Qt::CaseInsensitive) == 0)
        return tr("User", "role: may only view");
    return trimmed;
}

QVector<TableColumn<User>> UsersModel::columns() {
    auto text = [](QString User::*field) {
        return [field](const User& user) { return (user.*field).trimmed(); };
    };
    QVector<TableColumn<User>> list{
        TableColumn<User>([] { return tr("First name"); }, text(&User::firstName)),
        TableColumn<User>([] { return tr("Last name"); }, text(&User::lastName)),
        TableColumn<User>([] { return tr("Email"); }, text(&User::email)),
        TableColumn<User>([] { return tr("Phone"); }, text(&User::phone)),
        TableColumn<User>([] { return tr("Role"); },
                          [](const User& user) { return roleName(user.role); })
            .withToolTip([](const User& user) -> QVariant {
                if (user.isAdmin())
                    return tr("May view and change everything of the company.");
                if (user.role.trimmed().isEmpty())
                    return tr("No role given: read-only in SimFleet.");
                return tr("May only view (role code \"%1\").").arg(user.role.trimmed());
            }),
        TableColumn<User>([] { return tr("Active"); },
                          [](const User& user) {
                              return user.active ? tr("Yes", "user is active")
                                                 : tr("No", "user is deactivated");
                          })
            .withRawValue([](const User& user) { return user.active ? 1 : 0; }),
    };
    for (TableColumn<User>& column : list)
        column.withForeground(&dimmedWhenInactive);
    return list;
}

bool UsersModel::isLoading() const {
    return !m_fetch.isNull() && !m_fetch->isFinished();
}

bool UsersModel::isOffline() const {
    return m_loaded && !isEmpty() &&
           (m_error.kind == ApiError::Kind::Network || m_error.kind == ApiError::Kind::Timeout);
}

qint64 UsersModel::currentUserId() const {
    return m_session ? m_session->user().id : 0;
}

const User* UsersModel::userById(qint64 id) const {
    const int row = rowOfKey(id);
    return row < 0 ? nullptr : &rowAt(row);
}

void UsersModel::reload() {
    if (!m_client || isLoading())
        return;
    const quint64 generation = m_generation;
    m_fetch = UserService(m_client).fetchAll(
        this, [this, generation](const Result<ListPage<User>>& result) {
            if (generation != m_generation)
                return;
            m_error = result.error;
            if (result.ok()) {
                m_loaded = true;
                m_loadedAt = QDateTime::currentDateTime();
                apply(result.value.items);
            }
            emit loadingChanged(false);
            emit loadFinished(m_error);
        });
    emit loadingChanged(true);
}

void UsersModel::clear() {
    ++m_generation;
    if (m_fetch)
        m_fetch->cancel();
    m_fetch.clear();
    m_error = {};
    m_loaded = false;
    m_loadedAt = {};
    m_pending = 0;
    clearRows();
}

void UsersModel::apply(const QVector<User>& users) {
    QVector<User> unique;
    unique.reserve(users.size());
    QSet<qint64> seen;
    for (const User& user : users) {
        if (!seen.contains(user.id)) { // a user listed twice is shown once
            seen.insert(user.id);
            unique.append(user);
        }
    }
    updateRows(std::move(unique));
}

QString UsersModel::removeRefusal(qint64 id) const {
    if (id != 0 && id == currentUserId())
        return tr("You cannot remove yourself. Another administrator can remove your user.");
    return QString();
}

QString UsersModel::deactivateRefusal(qint64 id) const {
    if (id != 0 && id == currentUserId())
        return tr("You cannot deactivate yourself. Another administrator can deactivate your "
                  "user.");
    return QString();
}

QString UsersModel::selfRestriction(qint64 id) const {
    if (id != 0 && id == currentUserId())
        return tr("Your own password, role and active state cannot be changed here. Change your "
                  "password on the My profile page.");
    return QString();
}

std::function<void(const ApiError&)> UsersModel::finishing(Done done) {
    ++m_pending;
    const quint64 generation = m_generation;
    return [this, generation, done = std::move(done)](const ApiError& error) {
        if (generation != m_generation)
            return; // signed out meanwhile: the rows belong to nobody now
        --m_pending;
        if (done)
            done(error);
        emit changeFinished(error);
    };
}

void UsersModel::replaceUser(const User& user) {
    const int row = rowOfKey(user.id);
    if (row >= 0)
        setRowAt(row, user);
    else
        appendRows({user});
}

bool UsersModel::create(const NewUser& user, Done done, QString* refusal) {
    QString problem = UserInput::problem(user);
    if (problem.isEmpty() && !m_client)
        problem = tr("Not connected to NovaConnect.");
    if (!problem.isEmpty()) {
        if (refusal)
            *refusal = problem;
        return false;
    }
    NewUser sent = user;
    sent.phone = UserInput::normalizedPhone(user.phone);
    auto finish = finishing(std::move(done));
    UserService(m_client).create(sent, this, [this, finish](const Result<User>& result) {
        if (result.ok())
            replaceUser(result.value);
        finish(result.error);
    });
    return true;
}

bool UsersModel::edit(qint64 id, const UserChanges& changes, Done done, QString* refusal) {
    QString problem;
    if (!userById(id))
        problem = tr("This user is no longer in the list. Refresh the list and try again.");
    else if (!m_client)
        problem = tr("Not connected to NovaConnect.");
    if (problem.isEmpty())
        problem = UserInput::problem(changes);
    if (problem.isEmpty() && changes.active && !*changes.active)
        problem = deactivateRefusal(id);
    if (problem.isEmpty() && (changes.password || changes.role || changes.active))
        problem = selfRestriction(id);
    if (!problem.isEmpty()) {
        if (refusal)
            *refusal = problem;
        return false;
    }
    UserChanges sent = changes;
    if (sent.phone)
        sent.phone = UserInput::normalizedPhone(*sent.phone);
    auto finish = finishing(std::move(done));
    UserService(m_client).edit(id, sent, this, [this, finish](const Result<User>& result) {
        if (result.ok())
            replaceUser(result.value);
        finish(result.error);
    });
    return true;
}

bool UsersModel::setActive(qint64 id, bool active, Done done, QString* refusal) {
    UserChanges changes;
    changes.active = active;
    return edit(id, changes, std::move(done), refusal);
}

bool UsersModel::remove(qint64 id, Done done, QString* refusal) {
    QString problem = removeRefusal(id);
    if (problem.isEmpty() && !userById(id))
        problem = tr("This user is no longer in the list. Refresh the list and try again.");
    if (problem.isEmpty() && !m_client)
        problem = tr("Not connected to NovaConnect.");
    if (!problem.isEmpty()) {
        if (refusal)
            *refusal = problem;
        return false;
    }
    auto finish = finishing(std::move(done));
    UserService(m_client).remove(id, this, [this, id, finish](const Result<User>& result) {
        if (result.ok()) {
            const int row = rowOfKey(id);
            if (row >= 0)
                removeRowsAt(row, 1);
        }
        finish(result.error);
    });
    return true;
}

} // namespace simfleet
