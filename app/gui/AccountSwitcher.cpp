#include "app/gui/AccountSwitcher.h"

#include "api/ApiClient.h"
#include "api/Session.h"
#include "api/v2/V2Service.h"
#include "app/core/Settings.h"
#include "app/core/TokenStore.h"
#include "views/shell/AccountMenu.h"
#include "views/shell/SignInDialog.h"

#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>

namespace simfleet {

AccountSwitcher::AccountSwitcher(Settings* settings, ApiClient* client, AccountMenu* menu,
                                 QWidget* dialogParent, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_client(client)
    , m_menu(menu)
    , m_dialogParent(dialogParent)
    , m_tokens(std::make_unique<TokenStore>())
    , m_accounts(settings->savedAccounts()) {
    connect(m_tokens.get(), &TokenStore::readFinished, this,
            [this](const QString& apiUrl, const QString& token, const QString& error) {
                const SavedAccount* wanted = SavedAccounts::find(m_accounts, m_wantedKey);
                if (!wanted || m_wantedKey.isEmpty())
                    return;
                m_wantedKey.clear();
                const TryAs as{wanted->provider, wanted->login};
                if (token.isEmpty()) {
                    askForToken(QUrl(apiUrl),
                                error.isEmpty()
                                    ? tr("No access token is remembered for %1. Enter one to "
                                         "open it.")
                                          .arg(wanted->name)
                                    : tr("The access token of %1 could not be read from the "
                                         "system keychain (%2). Enter it to open the account.")
                                          .arg(wanted->name, error),
                                as);
                    return;
                }
                m_tryFromDialog = false;
                tryToken(wanted->apiUrl, token, true, as);
            });
    updateMenu();
}

AccountSwitcher::~AccountSwitcher() = default;

void AccountSwitcher::setDemo(bool demo) {
    m_demo = demo;
    if (demo)
        m_accounts.clear();
    m_menu->setDemo(demo);
    updateMenu();
}

SignInDialog* AccountSwitcher::dialog() {
    if (!m_dialog) {
        m_dialog = new SignInDialog(m_dialogParent);
        m_dialog->setPurpose(SignInDialog::Purpose::AddAccount);
        m_dialog->setWindowModality(Qt::WindowModal);
        m_dialog->setObjectName(QStringLiteral("addAccountDialog"));
        connect(m_dialog, &SignInDialog::signInRequested, this,
                [this](const QUrl& url, const QString& token, bool remember) {
                    m_tryFromDialog = true;
                    tryToken(url, token, remember);
                });
        connect(
            m_dialog, &SignInDialog::passwordSignInRequested, this,
            [this](const QUrl& url, const QString& login, const QString& password, bool remember) {
                m_tryFromDialog = true;
                tryPassword(url, login, password, remember);
            });
    }
    return m_dialog;
}

void AccountSwitcher::addDemoAccount(const QUrl& apiUrl, ProviderKind provider,
                                     const QString& secret, const QString& login,
                                     const QString& name) {
    m_demoEntries.insert(apiUrl.toString(), {provider, secret, login});
    if (provider == ProviderKind::SecondOperator) {
        SavedAccount account;
        account.apiUrl = apiUrl;
        account.userId = Session::secondOperatorUserId(login);
        account.name = name;
        account.provider = provider;
        account.login = login;
        SavedAccounts::remember(m_accounts, account);
        updateMenu();
    }
}

void AccountSwitcher::accountOpened(const QUrl& apiUrl, qint64 userId, const QString& companyName,
                                    ProviderKind provider, const QString& login) {
    SavedAccount account;
    account.apiUrl = apiUrl;
    account.userId = userId;
    account.provider = provider;
    account.login = login;
    account.name = companyName.trimmed().isEmpty() ? apiUrl.host() : companyName.trimmed();
    m_currentKey = account.key();
    if (m_demo && m_demoEntries.isEmpty()) {
        m_accounts = {account};
    } else if (m_demo) {
        SavedAccounts::remember(m_accounts, account);
    } else {
        SavedAccounts::remember(m_accounts, account);
        store();
    }
    updateMenu();
}

void AccountSwitcher::accountClosed() {
    m_currentKey.clear();
    if (m_demo && m_demoEntries.isEmpty())
        m_accounts.clear();
    updateMenu();
}

void AccountSwitcher::switchTo(const QString& key) {
    const SavedAccount* account = SavedAccounts::find(m_accounts, key);
    if (!account || key == m_currentKey)
        return;
    if (m_demo) {
        const auto entry = m_demoEntries.constFind(account->apiUrl.toString());
        if (entry == m_demoEntries.constEnd())
            return;
        m_tryFromDialog = false;
        if (entry->provider == ProviderKind::SecondOperator)
            tryPassword(account->apiUrl, entry->login, entry->secret, false);
        else
            tryToken(account->apiUrl, entry->secret, false, {entry->provider, entry->login});
        return;
    }
    m_wantedKey = key;
    m_tokens->read(account->apiUrl.toString(), account->userId);
}

void AccountSwitcher::addAccount() {
    if (m_demo)
        return;
    SignInDialog* d = dialog();
    d->clearMessage();
    d->setApiUrl(m_settings->apiUrl());
    d->setProvider(m_settings->provider());
    d->setToken({});
    d->setRememberToken(m_settings->rememberToken());
    d->show();
    d->raise();
    d->activateWindow();
    d->focusFirstEmptyField();
}

void AccountSwitcher::askForToken(const QUrl& apiUrl, const QString& notice, const TryAs& as) {
    SignInDialog* d = dialog();
    d->setProvider(as.provider);
    d->setLogin(as.login);
    d->setApiUrl(apiUrl);
    d->setToken({});
    d->setRememberToken(true);
    d->showNotice(notice);
    d->show();
    d->raise();
    d->activateWindow();
    d->focusFirstEmptyField();
}

bool AccountSwitcher::prepareTryClient(const QUrl& apiUrl, const TryAs& as) {
    m_tryClient = std::make_unique<ApiClient>();
    m_trySession = std::make_unique<Session>(m_tryClient.get());
    m_trySession->setProvider(as.provider, as.login);
    m_tryUrl = apiUrl;
    m_tryAs = as;
    QString why;
    if (!m_tryClient->setBaseUrl(apiUrl, &why)) {
        onTryFinished(false, QString(), why);
        return false;
    }
    m_settings->applyNetworkLimits(m_tryClient.get());
    m_tryClient->setLanguage(m_client->language());
    return true;
}

void AccountSwitcher::tryPassword(const QUrl& apiUrl, const QString& login, const QString& password,
                                  bool remember) {
    if (!prepareTryClient(apiUrl, {ProviderKind::SecondOperator, login}))
        return;
    if (m_dialog && m_tryFromDialog)
        m_dialog->setBusy(true);
    V2Service(m_tryClient.get())
        .login(login, password, m_tryClient.get(), [this, remember](const Result<QString>& result) {
            if (!result.ok()) {
                if (m_dialog)
                    m_dialog->showFieldErrors(result.error.fieldErrors);
                onTryFinished(false, result.error.title(), result.error.userMessage());
                return;
            }
            startTry(result.value, remember); // on the same client: it is emitting
        });
}

void AccountSwitcher::tryToken(const QUrl& apiUrl, const QString& token, bool remember,
                               const TryAs& as) {
    if (prepareTryClient(apiUrl, as))
        startTry(token, remember);
}

void AccountSwitcher::startTry(const QString& token, bool remember) {
    m_tryClient->setToken(token);
    m_tryToken = token;
    m_tryRemember = remember;
    if (m_dialog && m_tryFromDialog)
        m_dialog->setBusy(true);
    connect(m_trySession.get(), &Session::signedIn, this, [this] { onTryFinished(true, {}, {}); });
    connect(m_trySession.get(), &Session::signInFailed, this, [this](const ApiError& error) {
        onTryFinished(false, error.title(), error.userMessage());
    });
    m_trySession->signIn();
}

void AccountSwitcher::onTryFinished(bool ok, const QString& title, const QString& message) {
    // The try's client goes once its signal has returned.
    if (m_trySession)
        m_trySession.release()->deleteLater();
    if (m_tryClient)
        m_tryClient.release()->deleteLater();
    const QString token = std::exchange(m_tryToken, QString());
    if (m_dialog)
        m_dialog->setBusy(false);
    if (!ok) {
        if (m_tryFromDialog) {
            m_dialog->showError(title, message);
            return;
        }
        askForToken(m_tryUrl,
                    tr("The remembered access token no longer works (%1). Enter a new "
                       "one to open the account.")
                        .arg(message),
                    m_tryAs);
        return;
    }
    if (m_dialog)
        m_dialog->hide();
    emit switchReady(m_tryUrl, token, m_tryRemember, m_tryAs.provider, m_tryAs.login);
}

void AccountSwitcher::renameCurrent() {
    const SavedAccount* account = SavedAccounts::find(m_accounts, m_currentKey);
    if (m_demo || !account)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(
        m_dialogParent, tr("Rename account"),
        tr("Name of the account in the Account menu (%1):").arg(account->apiUrl.toDisplayString()),
        QLineEdit::Normal, account->name, &ok);
    if (!ok || !SavedAccounts::rename(m_accounts, m_currentKey, name))
        return;
    store();
    updateMenu();
}

void AccountSwitcher::remove(const QString& key) {
    const SavedAccount* account = SavedAccounts::find(m_accounts, key);
    if (m_demo || !account || key == m_currentKey)
        return;
    QMessageBox box(QMessageBox::Question, tr("Remove saved account"),
                    tr("Remove %1 from the saved accounts?").arg(account->name),
                    QMessageBox::NoButton, m_dialogParent);
    box.setObjectName(QStringLiteral("confirmRemoveAccount"));
    box.setInformativeText(tr("Its remembered access token is removed from the system keychain. "
                              "Its job journal, audit trail and fleet snapshot stay on this "
                              "computer and are there again when you add the account back."));
    QPushButton* removeButton = box.addButton(tr("Remove"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != removeButton)
        return;
    m_tokens->remove(account->apiUrl.toString(), account->userId);
    SavedAccounts::remove(m_accounts, key);
    store();
    updateMenu();
}

void AccountSwitcher::store() {
    if (!m_demo)
        m_settings->setSavedAccounts(m_accounts);
}

void AccountSwitcher::updateMenu() {
    QVector<AccountMenu::Entry> entries;
    for (const SavedAccount& account : std::as_const(m_accounts))
        entries.append(
            {account.key(), account.name,
             tr("%1 · %2", "provider · API address")
                 .arg(Providers::displayName(account.provider), account.apiUrl.toDisplayString())});
    m_menu->setAccounts(entries, m_currentKey);
}

} // namespace simfleet
