#pragma once

#include "api/Provider.h"

#include <QDialog>
#include <QMap>
#include <QStringList>
#include <QUrl>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QToolButton;

namespace simfleet {

class InlineBanner;

// Asks for the API address and the access token. The address is validated
// live (ApiClient::validateBaseUrl) with the reason next to the field; the
// Sign in button stays disabled until both inputs are usable. The dialog
// does not sign in itself: it emits signInRequested() and shows the outcome
// through setBusy() / showError(), staying open for another try.
class SignInDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInDialog)

public:
    // SignIn: the application's sign-in, whose rejection quits. AddAccount:
    // another account from the Account menu; Cancel leaves the open one as it is.
    // RenewToken: NovaConnect refused the open account's token; a new one for
    // the same address (locked), and "Not now" keeps the window as it is.
    enum class Purpose { SignIn, AddAccount, RenewToken };

    explicit SignInDialog(QWidget* parent = nullptr);

    void setPurpose(Purpose purpose);
    Purpose purpose() const { return m_purpose; }

    // Which provider to sign in to. NovaConnect takes an access token; the
    // second operator takes a login and a password, exchanged for a token by
    // the caller (passwordSignInRequested). Locked while renewing a token.
    void setProvider(ProviderKind provider);
    ProviderKind provider() const;
    void setLogin(const QString& login);
    QString login() const;
    QString password() const;
    // The server's (or the local checks') texts per field ("login",
    // "password"), shown under those fields; cleared by any edit.
    void showFieldErrors(const QMap<QString, QStringList>& errors);

    void setApiUrl(const QUrl& url);
    QUrl apiUrl() const;
    void setToken(const QString& token);
    QString token() const;
    // Fills in the token read from the keychain; it counts as remembered until
    // the user edits it or setToken() replaces it.
    void setRememberedToken(const QString& token);
    bool isTokenRemembered() const { return m_tokenRemembered; }
    void setRememberToken(bool remember);
    bool rememberToken() const;

    // While busy the inputs are locked and "Signing in…" is shown.
    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }
    // A message for the user above the buttons (an error or a notice).
    void showError(const QString& title, const QString& message);
    void showNotice(const QString& message);
    void clearMessage();
    QString messageText() const;
    bool canSubmit() const;

    // Runs the same checks as the Sign in button and, when they pass, emits signInRequested().
    void submit();
    // Puts the cursor in the first empty field (usually the token), else on Sign in.
    void focusFirstEmptyField();

signals:
    void signInRequested(const QUrl& apiUrl, const QString& token, bool rememberToken);
    void passwordSignInRequested(const QUrl& apiUrl, const QString& login, const QString& password,
                                 bool rememberToken);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void validate();
    void updateProviderRows();
    void clearFieldErrors();
    void updateShowTokenText();
    void retranslateUi();

    QFormLayout* m_form;
    QLabel* m_providerLabel;
    QComboBox* m_provider;
    QLabel* m_loginLabel;
    QLineEdit* m_login;
    QLabel* m_loginError;
    QLabel* m_passwordLabel;
    QLineEdit* m_password;
    QLabel* m_passwordError;
    QLabel* m_icon;
    QLabel* m_heading;
    QLabel* m_intro;
    QLabel* m_urlLabel;
    QLineEdit* m_url;
    QLabel* m_urlError;
    QLabel* m_tokenLabel;
    QLineEdit* m_token;
    QToolButton* m_showToken;
    QCheckBox* m_remember;
    QLabel* m_hint;
    InlineBanner* m_message;
    QLabel* m_busyLabel;
    QProgressBar* m_busyBar;
    QDialogButtonBox* m_buttons;
    QPushButton* m_signIn;
    QPushButton* m_quit;
    Purpose m_purpose = Purpose::SignIn;
    bool m_busy = false;
    bool m_tokenRemembered = false;
};

} // namespace simfleet
