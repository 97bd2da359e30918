#pragma once

#include "app/core/SavedAccount.h"

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
    // Signed in: the account is saved (named after its company the first time) and checked.
    void accountOpened(const QUrl& apiUrl, qint64 userId, const QString& companyName);
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
    void switchReady(const QUrl& apiUrl, const QString& token, bool remember);

private:
    void tryToken(const QUrl& apiUrl, const QString& token, bool remember);
    void onTryFinished(bool ok, const QString& title, const QString& message);
    void askForToken(const QUrl& apiUrl, const QString& notice);
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
    bool m_tryFromDialog = false;
    bool m_demo = false;
};

} // namespace simfleet
