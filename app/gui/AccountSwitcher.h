#pragma once

#include "api/Provider.h"
#include "app/core/SavedAccount.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <memory>

class QWidget;

namespace simfleet {

class AccountMenu;
class ApiClient;
class Session;
class Settings;
class SignInDialog;
class TokenStore;

// Several saved accounts (Settings::savedAccounts, tokens in the keychain per
// account): the Account menu's list, adding one, switching to one, renaming
// and removing. A token is tried on a client of its own first, so the open
// account stays open until the other one is known to work; then
// switchReady() hands it over (the application closes the open account and
// signs in with it). In demo mode nothing is saved: the demo account is the
// only one.
// Who a token is tried as: the provider and, for the second operator, the login.
struct TryAs {
    ProviderKind provider = ProviderKind::NovaConnect;
    QString login;
};

class AccountSwitcher final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountSwitcher)

public:
    // `client` lends its language and the network limits to the tries;
    // `dialogParent` parents the dialogs.
    AccountSwitcher(Settings* settings, ApiClient* client, AccountMenu* menu, QWidget* dialogParent,
                    QObject* parent = nullptr);
    ~AccountSwitcher() override;

    void setDemo(bool demo);
    // Demo mode with both providers: an account the Account menu offers and
    // how to open it (NovaConnect: `secret` is a token; the second operator:
    // the demo login and its password). The demo's own emulator only.
    void addDemoAccount(const QUrl& apiUrl, ProviderKind provider, const QString& secret,
                        const QString& login, const QString& name);
    // Signed in: the account is saved (named after its company the first time) and checked.
    void accountOpened(const QUrl& apiUrl, qint64 userId, const QString& companyName,
                       ProviderKind provider = ProviderKind::NovaConnect,
                       const QString& login = {});
    // Signed out: no account is checked.
    void accountClosed();
    QString currentKey() const { return m_currentKey; }
    QVector<SavedAccount> accounts() const { return m_accounts; }

    // Reads the account's token from the keychain and tries it; without one,
    // or when it no longer works, the add-account dialog asks for one.
    void switchTo(const QString& key);
    // The add-account dialog, empty.
    void addAccount();
    void renameCurrent();
    // Asks, then removes the saved account and its keychain entry (not the
    // open one: that is what Sign out is for).
    void remove(const QString& key);
    // The add-account dialog (created on first use).
    SignInDialog* dialog();

signals:
    // A token that works for another account: open it.
    void switchReady(const QUrl& apiUrl, const QString& token, bool remember, ProviderKind provider,
                     const QString& login);

private:
    void tryToken(const QUrl& apiUrl, const QString& token, bool remember, const TryAs& as = {});
    // A fresh client and session to try an account with; false when the address is refused.
    bool prepareTryClient(const QUrl& apiUrl, const TryAs& as);
    // Signs the try's session in with `token`.
    void startTry(const QString& token, bool remember);
    // The second operator: the password is exchanged for a token first.
    void tryPassword(const QUrl& apiUrl, const QString& login, const QString& password,
                     bool remember);
    void onTryFinished(bool ok, const QString& title, const QString& message);
    void askForToken(const QUrl& apiUrl, const QString& notice, const TryAs& as = {});
    void updateMenu();
    void store();

    Settings* m_settings;
    ApiClient* m_client;
    AccountMenu* m_menu;
    QPointer<QWidget> m_dialogParent;
    std::unique_ptr<TokenStore> m_tokens;
    QPointer<SignInDialog> m_dialog; // the parent's child
    std::unique_ptr<ApiClient> m_tryClient;
    std::unique_ptr<Session> m_trySession;
    QVector<SavedAccount> m_accounts;
    QString m_currentKey;
    QString m_wantedKey; // the account whose token is being read
    QUrl m_tryUrl;
    QString m_tryToken;
    bool m_tryRemember = false;
    TryAs m_tryAs;
    struct DemoEntry {
        ProviderKind provider = ProviderKind::NovaConnect;
        QString secret, login;
    };
    QHash<QString, DemoEntry> m_demoEntries; // by API address
    bool m_tryFromDialog = false;
    bool m_demo = false;
};

} // namespace simfleet
