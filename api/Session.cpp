#include "api/Session.h"

#include "api/AccountService.h"
#include "api/ApiClient.h"
#include "api/UserService.h"
#include "api/v2/V2Service.h"

#include <QCryptographicHash>

namespace simfleet {

Session::Session(ApiClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client) {}

void Session::setProvider(ProviderKind provider, const QString& login) {
    m_provider = provider;
    m_login = login.trimmed();
    m_client->setMethodRules(Providers::methodRules(provider));
}

qint64 Session::secondOperatorUserId(const QString& login) {
    const QByteArray hash =
        QCryptographicHash::hash(login.trimmed().toUtf8(), QCryptographicHash::Sha256);
    quint64 value = 0;
    for (int i = 0; i < 8; ++i)
        value = (value << 8) | quint8(hash.at(i));
    return qint64(value & 0x3fffffffffffffffULL) | 1; // positive, never 0
}

QString Session::roleDisplayName() const {
    if (m_provider == ProviderKind::SecondOperator)
        return tr("Full access (the provider has no roles)");
    if (m_user.isAdmin())
        return tr("Administrator");
    if (m_user.role.trimmed().isEmpty())
        return tr("Read-only");
    return tr("Read-only (%1)").arg(roleCodeName(m_user.role));
}

QString Session::roleCodeName(const QString& code) {
    // The codes the API is known to use are words of the interface language;
    // others are shown as the server sent them.
    QString trimmed = code.trimmed();
    if (trimmed.compare(QLatin1String("user"), Qt::CaseInsensitive) == 0)
        return tr("user", "role code of a user who may only view");
    if (trimmed.compare(QLatin1String("admin"), Qt::CaseInsensitive) == 0)
        return tr("admin", "role code of an administrator");
    return trimmed;
}

void Session::abandonSignIn() {
    for (ApiCall* call : {m_userCall.data(), m_companyCall.data(), m_checkCall.data()}) {
        if (call) {
            call->disconnect(this); // its Cancelled result must not count as a failure
            call->cancel();
        }
    }
    m_pending = 0;
}

void Session::signIn() {
    abandonSignIn();
    m_signedIn = false;
    m_firstError = {};
    m_pending = 2;
    // Until the role is known nothing but reads may leave: user/get and
    // company/get are reads.
    m_client->setReadOnly(true);
    if (m_provider == ProviderKind::SecondOperator)
        return signInSecondOperator();
    m_userCall = ProfileService(m_client).get(this, [this](const Result<User>& r) {
        if (r.ok())
            m_user = r.value;
        partDone(r.error);
    });
    m_companyCall = CompanyService(m_client).get(this, [this](const Result<Company>& r) {
        if (r.ok())
            m_company = r.value;
        partDone(r.error);
    });
}

void Session::signInSecondOperator() {
    m_pending = 1;
    m_checkCall =
        V2Service(m_client).listPage({}, 1, 1, this, [this](const Result<V2SimPage>& result) {
            if (result.ok()) {
                m_user = User{};
                m_user.id = secondOperatorUserId(m_login);
                m_user.firstName = m_login;
                m_user.role = QStringLiteral("admin"); // no roles: the token may do everything
                m_company = Company{};
                m_company.name = m_login;
            }
            partDone(result.error);
        });
}

void Session::updateUser(const User& user) {
    if (!m_signedIn || user.id != m_user.id)
        return;
    User updated = user;
    updated.role = m_user.role;
    updated.active = m_user.active;
    if (updated == m_user)
        return;
    m_user = updated;
    emit userChanged();
}

void Session::partDone(const ApiError& error) {
    if (error.isError() && !m_firstError.isError())
        m_firstError = error;
    if (--m_pending > 0)
        return;
    if (m_firstError.isError()) {
        m_client->setReadOnly(true);
        emit signInFailed(m_firstError);
        return;
    }
    m_signedIn = true;
    m_client->setReadOnly(isReadOnly());
    emit signedIn();
}

void Session::signOut() {
    abandonSignIn();
    m_client->cancelAll();
    m_client->setToken({});
    m_client->setReadOnly(true);
    m_signedIn = false;
    m_user = {};
    m_company = {};
    emit signedOut();
}

} // namespace simfleet
