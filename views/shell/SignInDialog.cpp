#include "views/shell/SignInDialog.h"

#include "api/ApiClient.h"
#include "resources/ResourceIcons.h"
#include "views/common/InlineBanner.h"
#include "views/common/PlainLabels.h"
#include "views/common/Theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QShowEvent>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace simfleet {

SignInDialog::SignInDialog(QWidget* parent)
    : QDialog(parent)
    , m_form(new QFormLayout)
    , m_providerLabel(new QLabel(this))
    , m_provider(new QComboBox(this))
    , m_loginLabel(new QLabel(this))
    , m_login(new QLineEdit(this))
    , m_loginError(new QLabel(this))
    , m_passwordLabel(new QLabel(this))
    , m_password(new QLineEdit(this))
    , m_passwordError(new QLabel(this))
    , m_icon(new QLabel(this))
    , m_heading(new QLabel(this))
    , m_intro(new QLabel(this))
    , m_urlLabel(new QLabel(this))
    , m_url(new QLineEdit(this))
    , m_urlError(new QLabel(this))
    , m_tokenLabel(new QLabel(this))
    , m_token(new QLineEdit(this))
    , m_showToken(new QToolButton(this))
    , m_remember(new QCheckBox(this))
    , m_hint(new QLabel(this))
    , m_message(new InlineBanner(this))
    , m_busyLabel(new QLabel(this))
    , m_busyBar(new QProgressBar(this))
    , m_buttons(new QDialogButtonBox(this))
    , m_signIn(m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole))
    , m_quit(m_buttons->addButton(QString(), QDialogButtonBox::RejectRole)) {
    setObjectName(QStringLiteral("signInDialog"));
    setWindowIcon(ResourceIcons::icon(QStringLiteral("app")));
    setMinimumWidth(560);

    m_icon->setPixmap(ResourceIcons::icon(QStringLiteral("app")).pixmap(48, 48));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_intro->setWordWrap(true);

    m_url->setObjectName(QStringLiteral("apiUrl"));
    m_url->setClearButtonEnabled(true);
    m_urlLabel->setBuddy(m_url);
    m_urlError->setObjectName(QStringLiteral("apiUrlError"));
    m_urlError->setWordWrap(true);
    m_urlError->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    Theme::setTextTone(m_urlError, Theme::Tone::Bad);

    m_token->setObjectName(QStringLiteral("token"));
    m_token->setEchoMode(QLineEdit::Password);
    m_tokenLabel->setBuddy(m_token);
    m_showToken->setCheckable(true);
    m_showToken->setObjectName(QStringLiteral("showToken"));
    connect(m_showToken, &QToolButton::toggled, this, [this](bool shown) {
        m_token->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        updateShowTokenText();
    });
    auto* tokenRow = new QHBoxLayout;
    tokenRow->setSpacing(4);
    tokenRow->addWidget(m_token, 1);
    tokenRow->addWidget(m_showToken);

    m_remember->setObjectName(QStringLiteral("rememberToken"));
    m_remember->setChecked(true);

    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::RichText);
    m_hint->setForegroundRole(QPalette::PlaceholderText);

    m_message->setClosable(false);
    m_busyBar->setRange(0, 0);
    m_busyBar->setMaximumWidth(160);
    m_busyBar->setTextVisible(false);
    m_busyLabel->hide();
    m_busyBar->hide();

    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignInDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);

    m_provider->setObjectName(QStringLiteral("provider"));
    for (ProviderKind kind : Providers::all())
        m_provider->addItem(QString(), int(kind));
    m_providerLabel->setBuddy(m_provider);
    m_login->setObjectName(QStringLiteral("login"));
    m_loginLabel->setBuddy(m_login);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_passwordLabel->setBuddy(m_password);
    for (QLabel* error : {m_loginError, m_passwordError}) {
        error->setWordWrap(true);
        error->hide();
        Theme::setTextTone(error, Theme::Tone::Bad);
    }
    m_loginError->setObjectName(QStringLiteral("loginError"));
    m_passwordError->setObjectName(QStringLiteral("passwordError"));
    auto* loginColumn = new QVBoxLayout;
    loginColumn->setSpacing(2);
    loginColumn->addWidget(m_login);
    loginColumn->addWidget(m_loginError);
    auto* passwordColumn = new QVBoxLayout;
    passwordColumn->setSpacing(2);
    passwordColumn->addWidget(m_password);
    passwordColumn->addWidget(m_passwordError);

    auto* form = m_form;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    auto* urlColumn = new QVBoxLayout;
    urlColumn->setSpacing(2);
    urlColumn->addWidget(m_url);
    urlColumn->addWidget(m_urlError);
    form->addRow(m_providerLabel, m_provider);
    form->addRow(m_urlLabel, urlColumn);
    form->addRow(m_tokenLabel, tokenRow);
    form->addRow(m_loginLabel, loginColumn);
    form->addRow(m_passwordLabel, passwordColumn);
    form->addRow(QString(), m_remember);

    auto* header = new QHBoxLayout;
    header->setSpacing(12);
    header->addWidget(m_icon, 0, Qt::AlignTop);
    auto* headerTexts = new QVBoxLayout;
    headerTexts->addWidget(m_heading);
    headerTexts->addWidget(m_intro);
    header->addLayout(headerTexts, 1);

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_busyLabel);
    bottom->addWidget(m_busyBar);
    bottom->addStretch(1);
    bottom->addWidget(m_buttons);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addLayout(header);
    layout->addSpacing(4);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addLayout(bottom);

    connect(m_url, &QLineEdit::textChanged, this, &SignInDialog::validate);
    connect(m_token, &QLineEdit::textChanged, this, &SignInDialog::validate);
    connect(m_token, &QLineEdit::textEdited, this, [this] { m_tokenRemembered = false; });
    for (QLineEdit* edit : {m_login, m_password}) {
        connect(edit, &QLineEdit::textChanged, this, &SignInDialog::validate);
        connect(edit, &QLineEdit::textEdited, this, &SignInDialog::clearFieldErrors);
    }
    connect(m_provider, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
        // The address of one provider is of no use for the other.
        const QUrl typed = apiUrl();
        for (ProviderKind kind : Providers::all()) {
            if (kind != provider() && typed == Providers::defaultBaseUrl(kind))
                m_url->setText(Providers::defaultBaseUrl(provider()).toString());
        }
        clearFieldErrors();
        updateProviderRows();
        retranslateUi();
    });

    m_url->setText(ApiClient::defaultBaseUrl().toString());
    updateProviderRows();
    retranslateUi();
    PlainLabels::apply(this);
}

void SignInDialog::setProvider(ProviderKind provider) {
    m_provider->setCurrentIndex(m_provider->findData(int(provider)));
}

ProviderKind SignInDialog::provider() const {
    return ProviderKind(m_provider->currentData().toInt());
}

void SignInDialog::setLogin(const QString& login) {
    m_login->setText(login);
}

QString SignInDialog::login() const {
    return m_login->text().trimmed();
}

QString SignInDialog::password() const {
    return m_password->text();
}

void SignInDialog::showFieldErrors(const QMap<QString, QStringList>& errors) {
    const auto show = [&errors](QLabel* label, const QString& field) {
        const QStringList texts = errors.value(field);
        label->setText(texts.join(QLatin1Char(' ')));
        label->setVisible(!texts.isEmpty());
    };
    show(m_loginError, QStringLiteral("login"));
    show(m_passwordError, QStringLiteral("password"));
}

void SignInDialog::clearFieldErrors() {
    showFieldErrors({});
}

void SignInDialog::updateProviderRows() {
    const bool password = Providers::signsInWithPassword(provider());
    m_form->setRowVisible(2, !password); // the rows: provider, address, token, login, password
    m_form->setRowVisible(3, password);
    m_form->setRowVisible(4, password);
    validate();
}

void SignInDialog::setApiUrl(const QUrl& url) {
    m_url->setText(url.toString());
}

QUrl SignInDialog::apiUrl() const {
    return QUrl(m_url->text().trimmed(), QUrl::StrictMode);
}

void SignInDialog::setToken(const QString& token) {
    m_token->setText(token);
    m_tokenRemembered = false;
}

void SignInDialog::setRememberedToken(const QString& token) {
    m_token->setText(token);
    m_tokenRemembered = true;
}

QString SignInDialog::token() const {
    return m_token->text().trimmed();
}

void SignInDialog::setRememberToken(bool remember) {
    m_remember->setChecked(remember);
}

bool SignInDialog::rememberToken() const {
    return m_remember->isChecked();
}

void SignInDialog::setBusy(bool busy) {
    m_busy = busy;
    for (QWidget* input : {static_cast<QWidget*>(m_url), static_cast<QWidget*>(m_token),
                           static_cast<QWidget*>(m_showToken), static_cast<QWidget*>(m_remember),
                           static_cast<QWidget*>(m_login), static_cast<QWidget*>(m_password)})
        input->setEnabled(!busy);
    m_provider->setEnabled(!busy && m_purpose != Purpose::RenewToken);
    m_busyLabel->setVisible(busy);
    m_busyBar->setVisible(busy);
    if (busy)
        m_message->hide();
    validate();
}

void SignInDialog::showError(const QString& title, const QString& message) {
    m_message->showMessage(InlineBanner::Kind::Error, title, message);
}

void SignInDialog::showNotice(const QString& message) {
    m_message->showMessage(InlineBanner::Kind::Info, QString(), message);
}

void SignInDialog::clearMessage() {
    m_message->hide();
}

QString SignInDialog::messageText() const {
    return m_message->isHidden() ? QString() : m_message->text();
}

bool SignInDialog::canSubmit() const {
    if (m_busy || !ApiClient::validateBaseUrl(apiUrl()))
        return false;
    if (Providers::signsInWithPassword(provider()))
        return !login().isEmpty() && !password().isEmpty();
    return !token().isEmpty();
}

void SignInDialog::submit() {
    if (!canSubmit())
        return;
    if (Providers::signsInWithPassword(provider())) {
        const QString secret = password();
        // The password leaves the dialog once: it is never kept in it.
        m_password->clear();
        emit passwordSignInRequested(apiUrl(), login(), secret, rememberToken());
        return;
    }
    emit signInRequested(apiUrl(), token(), rememberToken());
}

void SignInDialog::validate() {
    QString why;
    const bool urlOk = ApiClient::validateBaseUrl(apiUrl(), &why);
    m_urlError->setText(urlOk ? QString() : why);
    m_urlError->setVisible(!urlOk);
    m_signIn->setEnabled(canSubmit());
}

void SignInDialog::updateShowTokenText() {
    m_showToken->setText(m_showToken->isChecked() ? tr("Hide", "hide the token again")
                                                  : tr("Show", "show the hidden token"));
}

void SignInDialog::setPurpose(Purpose purpose) {
    m_purpose = purpose;
    m_url->setReadOnly(purpose == Purpose::RenewToken);
    m_provider->setEnabled(purpose != Purpose::RenewToken && !m_busy);
    m_login->setReadOnly(purpose == Purpose::RenewToken && !m_login->text().isEmpty());
    m_url->setClearButtonEnabled(purpose != Purpose::RenewToken);
    retranslateUi();
}

void SignInDialog::retranslateUi() {
    const bool secondOperator = provider() == ProviderKind::SecondOperator;
    m_providerLabel->setText(tr("&Provider:"));
    for (int i = 0; i < m_provider->count(); ++i)
        m_provider->setItemText(
            i, Providers::displayName(ProviderKind(m_provider->itemData(i).toInt())));
    m_loginLabel->setText(tr("&Login:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_password->setPlaceholderText(tr("Sent once to get a token; never kept"));
    const QString viaWhat =
        secondOperator
            ? tr("SimFleet signs in to the second operator with your login and password, gets an "
                 "access token for them and keeps only the token.")
            : tr("SimFleet works with your NovaConnect account through an access token.");
    switch (m_purpose) {
    case Purpose::SignIn:
        setWindowTitle(tr("Sign in — SimFleet"));
        m_heading->setText(secondOperator ? tr("Sign in to the second operator")
                                          : tr("Sign in to NovaConnect"));
        m_intro->setText(viaWhat);
        m_quit->setText(tr("&Quit"));
        break;
    case Purpose::AddAccount:
        setWindowTitle(tr("Add an account — SimFleet"));
        m_heading->setText(secondOperator ? tr("Add a second-operator account")
                                          : tr("Add a NovaConnect account"));
        m_intro->setText(viaWhat);
        m_quit->setText(tr("Cancel"));
        break;
    case Purpose::RenewToken:
        setWindowTitle(tr("New access token — SimFleet"));
        m_heading->setText(secondOperator ? tr("Sign in again") : tr("Enter a new access token"));
        m_intro->setText(tr("What is on screen and your jobs stay as they are. The old token is "
                            "replaced only once the new one works."));
        m_quit->setText(tr("&Not now"));
        break;
    }
    m_urlLabel->setText(tr("API &address:"));
    m_url->setPlaceholderText(secondOperator ? tr("https://…/api/v2 (ask the operator)")
                                             : ApiClient::defaultBaseUrl().toString());
    m_tokenLabel->setText(tr("Access &token:"));
    m_token->setPlaceholderText(tr("Paste the access token"));
    updateShowTokenText();
    m_showToken->setToolTip(tr("Show or hide the token while typing"));
    m_remember->setText(tr("&Remember the token in the system keychain"));
    m_hint->setText(
        secondOperator
            ? tr("<b>The password is never stored:</b> it is sent once to get a token. The "
                 "operator has no roles, so its token can change SIMs.")
            : tr("<b>Where to get a token:</b> in the NovaConnect web cabinet open "
                 "<i>My profile → Access tokens</i> and create one. An administrator's "
                 "token can change SIMs; other roles can only view."));
    m_busyLabel->setText(tr("Signing in…"));
    m_signIn->setText(tr("&Sign in"));
    validate();
}

void SignInDialog::focusFirstEmptyField() {
    const bool password = Providers::signsInWithPassword(provider());
    if (m_url->isEnabled() && m_url->text().trimmed().isEmpty())
        m_url->setFocus(Qt::OtherFocusReason);
    else if (password && m_login->isEnabled() && login().isEmpty())
        m_login->setFocus(Qt::OtherFocusReason);
    else if (password && m_password->isEnabled() && m_password->text().isEmpty())
        m_password->setFocus(Qt::OtherFocusReason);
    else if (!password && m_token->isEnabled() && m_token->text().trimmed().isEmpty())
        m_token->setFocus(Qt::OtherFocusReason);
    else if (m_signIn->isEnabled())
        m_signIn->setFocus(Qt::OtherFocusReason);
}

void SignInDialog::showEvent(QShowEvent* event) {
    QDialog::showEvent(event);
    if (!event->spontaneous())
        focusFirstEmptyField();
}

void SignInDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace simfleet
