// The accounts signed in to: the Account menu's list, and the provider and
// login of the last sign-in.
#include "app/core/Settings.h"

namespace simfleet {

namespace {

QString key(const char* name) {
    return QString::fromLatin1(name);
}

} // namespace

ProviderKind Settings::provider() const {
    return Providers::fromCode(m_settings.value(key(Keys::provider)).toString())
        .value_or(ProviderKind::NovaConnect);
}

void Settings::setProvider(ProviderKind provider) {
    m_settings.setValue(key(Keys::provider), Providers::code(provider));
}

QString Settings::login() const {
    return m_settings.value(key(Keys::login)).toString();
}

void Settings::setLogin(const QString& login) {
    m_settings.setValue(key(Keys::login), login);
}

QVector<SavedAccount> Settings::savedAccounts() const {
    // Read as QSettings writes an array: "<name>/size", "<name>/<1..size>/<field>".
    const QString array = key(Keys::savedAccounts);
    const int count = m_settings.value(array + QStringLiteral("/size")).toInt();
    QVector<SavedAccount> accounts;
    for (int i = 1; i <= count; ++i) {
        const QString entry = QStringLiteral("%1/%2/").arg(array).arg(i);
        SavedAccount account;
        account.apiUrl = QUrl(m_settings.value(entry + QStringLiteral("apiUrl")).toString());
        account.userId = m_settings.value(entry + QStringLiteral("userId")).toLongLong();
        account.name = m_settings.value(entry + QStringLiteral("name")).toString();
        // Entries saved before there was a second provider are NovaConnect's.
        account.provider =
            Providers::fromCode(m_settings.value(entry + QStringLiteral("provider")).toString())
                .value_or(ProviderKind::NovaConnect);
        account.login = m_settings.value(entry + QStringLiteral("login")).toString();
        // An entry edited by hand into something unusable is left out.
        if (account.isValid())
            accounts.append(account);
    }
    return accounts;
}

void Settings::setSavedAccounts(const QVector<SavedAccount>& accounts) {
    m_settings.remove(key(Keys::savedAccounts));
    m_settings.beginWriteArray(key(Keys::savedAccounts), int(accounts.size()));
    for (int i = 0; i < accounts.size(); ++i) {
        m_settings.setArrayIndex(i);
        m_settings.setValue(QStringLiteral("apiUrl"), accounts.at(i).apiUrl.toString());
        m_settings.setValue(QStringLiteral("userId"), accounts.at(i).userId);
        m_settings.setValue(QStringLiteral("name"), accounts.at(i).name);
        m_settings.setValue(QStringLiteral("provider"), Providers::code(accounts.at(i).provider));
        if (!accounts.at(i).login.isEmpty())
            m_settings.setValue(QStringLiteral("login"), accounts.at(i).login);
    }
    m_settings.endArray();
}

} // namespace simfleet
